//! Native tests of the domain's stored keys and form values: steps, statuses and choices
//! round-trip through their keys, post-mortem ids are built and validated, the form inputs'
//! dates and times are read and written, and stored ids are checked.

#![allow(clippy::unwrap_used)]
// Size rules (clippy.toml) are for the shipped wasm, not for tests.
#![allow(clippy::disallowed_methods)]

use super::tests::*;
use super::*;
use chrono::Timelike as _;

// ---- steps and statuses ----

#[test]
fn steps_are_numbered_and_linked_in_order() {
    assert_eq!(Step::Facts.number(), 1);
    assert_eq!(Step::Causes.number(), 2);
    assert_eq!(Step::Actions.number(), 3);
    assert_eq!(Step::Review.number(), 4);

    assert_eq!(Step::Facts.previous(), None);
    assert_eq!(Step::Causes.previous(), Some(Step::Facts));
    assert_eq!(Step::Review.previous(), Some(Step::Actions));

    assert_eq!(Step::Facts.next(), Some(Step::Causes));
    assert_eq!(Step::Actions.next(), Some(Step::Review));
    assert_eq!(Step::Review.next(), None);

    for step in Step::ALL {
        if let Some(next) = step.next() {
            assert_eq!(next.previous(), Some(step));
            assert_eq!(next.number(), step.number() + 1);
        }
    }
    assert_eq!(Step::default(), Step::Facts);
}

#[test]
fn step_slugs_round_trip_and_unknown_slugs_are_refused() {
    for step in Step::ALL {
        assert_eq!(Step::from_slug(step.slug()), Some(step));
        assert!(!step.label().is_empty());
    }
    assert_eq!(Step::from_slug("review"), Some(Step::Review));
    for slug in [
        "", "Facts", "FACTS", "review/", " facts", "step", "<script>",
    ] {
        assert_eq!(Step::from_slug(slug), None, "{slug:?}");
    }
}

#[test]
fn status_keys_round_trip_and_unknown_keys_are_refused() {
    for status in Status::ALL {
        assert_eq!(Status::from_key(status.key()), Some(status));
    }
    assert_eq!(Status::from_key("in_review"), Some(Status::InReview));
    assert_eq!(Status::InReview.label(), "In review");
    for key in ["", "In review", "in-review", "Draft", "open", "deleted"] {
        assert_eq!(Status::from_key(key), None, "{key:?}");
    }
    assert_eq!(Status::default(), Status::Draft);
}

#[test]
fn action_status_keys_round_trip() {
    for status in ActionStatus::ALL {
        assert_eq!(ActionStatus::from_key(status.key()), Some(status));
    }
    assert_eq!(ActionStatus::from_key("done"), Some(ActionStatus::Done));
    assert_eq!(ActionStatus::from_key("Done"), None);
    assert_eq!(ActionStatus::from_key(""), None);
    assert_eq!(ActionStatus::Done.label(), "Done");
}

/// Every choice is stored as its key, exactly as serde's derive wrote it before the impls
/// were written by hand (`"in_review"`, not `"InReview"`), and reads back; anything else is
/// refused with the keys it could have been.
#[test]
fn choices_are_stored_as_their_keys() {
    fn check<T>(all: &[T], key: fn(&T) -> &'static str)
    where
        T: serde::Serialize + serde::de::DeserializeOwned + PartialEq + std::fmt::Debug,
    {
        for choice in all {
            let json = serde_json::to_value(choice).unwrap();
            assert_eq!(json, serde_json::Value::String(key(choice).into()));
            assert_eq!(&serde_json::from_value::<T>(json.clone()).unwrap(), choice);
            assert_eq!(&T::deserialize(&json).unwrap(), choice);
        }
        let error = serde_json::from_str::<T>("\"Nope\"")
            .unwrap_err()
            .to_string();
        let first = key(&all[0]);
        assert!(
            error.contains("unknown variant `Nope`") && error.contains(first),
            "{error}"
        );
        assert!(serde_json::from_str::<T>("3").is_err());
    }
    check(&Status::ALL, |c| c.key());
    check(&FactKind::ALL, |c| c.key());
    check(&CauseKind::ALL, |c| c.key());
    check(&Category::ALL, |c| c.key());
    check(&ActionKind::ALL, |c| c.key());
    check(&Priority::ALL, |c| c.key());
    check(&ActionStatus::ALL, |c| c.key());
    check(&Step::ALL, |c| c.slug());
    assert_eq!(
        serde_json::to_string(&Status::InReview).unwrap(),
        "\"in_review\""
    );
    assert_eq!(
        serde_json::to_string(&ActionStatus::WontDo).unwrap(),
        "\"wont_do\""
    );
}

// ---- post-mortem ids ----

#[test]
fn post_mortem_ids_are_built_from_a_timestamp_and_random_bits() {
    assert_eq!(PostmortemId::from_parts(0, 0).as_str(), "0-00000000");
    assert_eq!(PostmortemId::from_parts(35, 255).as_str(), "z-000000ff");
    assert_eq!(
        PostmortemId::from_parts(36, u32::MAX).as_str(),
        "10-ffffffff"
    );
    assert_eq!(
        PostmortemId::from_parts(u64::MAX, 1).as_str(),
        "3w5e11264sgsf-00000001"
    );
    let id = PostmortemId::from_parts(1_795_770_000_000, 0xdead_beef);
    assert_eq!(id.to_string(), id.as_str());
    assert!(PostmortemId::is_valid(id.as_str()));
    assert_ne!(id, PostmortemId::from_parts(1_795_770_000_000, 0xdead_beee));
}

#[test]
fn post_mortem_id_validation() {
    for ok in ["a", "abc-123", "A_b-C", "0-00000000", &"x".repeat(64)] {
        assert!(PostmortemId::is_valid(ok), "{ok:?} should be valid");
    }
    for bad in [
        "",
        "<script>",
        "a/b",
        "../x",
        "a b",
        " a",
        "a.b",
        "é",
        "a\n",
        "%2e%2e",
        &"x".repeat(65),
    ] {
        assert!(!PostmortemId::is_valid(bad), "{bad:?} should be invalid");
    }
}

// ---- form values ----

#[test]
fn parse_local_datetime_accepts_input_values_with_or_without_seconds() {
    let minute = date(2026, 11, 27).and_hms_opt(9, 0, 0).unwrap();
    assert_eq!(parse_local_datetime("2026-11-27T09:00"), Some(minute));
    assert_eq!(parse_local_datetime(" 2026-11-27T09:00 "), Some(minute));
    let seconds = date(2026, 11, 27).and_hms_opt(9, 0, 30).unwrap();
    assert_eq!(parse_local_datetime("2026-11-27T09:00:30"), Some(seconds));
}

#[test]
fn parse_local_datetime_rejects_garbage() {
    for bad in [
        "",
        "garbage",
        "2026-11-27",
        "09:00",
        "2026-11-27 09:00",
        "2026-11-27T9",
        "2026-13-01T00:00",
        "2026-02-30T10:00",
        "2026-11-27T24:00",
        "2026-11-27T09:00:30Z",
        "2026-11-27T09:00junk",
    ] {
        assert_eq!(parse_local_datetime(bad), None, "{bad:?}");
    }
}

#[test]
fn format_local_datetime_writes_what_the_input_reads() {
    let when = date(2026, 11, 27).and_hms_opt(9, 5, 30).unwrap();
    let text = format_local_datetime(&when);
    assert_eq!(text, "2026-11-27T09:05");
    assert_eq!(parse_local_datetime(&text), when.with_second(0));
}

#[test]
fn parse_date_reads_date_inputs() {
    assert_eq!(parse_date("2026-12-05"), Some(date(2026, 12, 5)));
    assert_eq!(parse_date(" 2026-12-05\n"), Some(date(2026, 12, 5)));
    for bad in [
        "",
        "2026-12-32",
        "2026-02-29",
        "05/12/2026",
        "2026-12-05T00:00",
        "soon",
    ] {
        assert_eq!(parse_date(bad), None, "{bad:?}");
    }
}

// Guards against stored data with duplicate or exhausted ids, which the UI's keyed lists
// and `take_id` cannot handle.
#[test]
fn check_ids_rejects_duplicates_and_exhausted_counters() {
    let mut pm = worked_example(PostmortemId("example".into()), instant(28, 9));
    assert_eq!(pm.check_ids(), Ok(()));
    let dup = pm.facts[0].clone();
    pm.facts.push(dup);
    assert!(pm.check_ids().is_err());

    let mut pm = Postmortem::new(PostmortemId("x".into()), "", instant(28, 9));
    let id = pm.add_cause("c");
    pm.causes[0].id = MAX_ITEM_ID + 1;
    assert!(pm.check_ids().is_err(), "id {id} raised past the limit");
}

#[test]
fn a_root_cause_can_be_left_without_action_by_saying_why() {
    let mut pm = complete();
    let action = pm.actions[0].id;
    pm.remove_action(action);
    let cause = pm.causes[0].id;
    assert!(kinds(&pm).contains(&HintKind::CauseWithoutAction));
    pm.set_no_action_reason(cause, Some("   ".into()));
    assert!(
        kinds(&pm).contains(&HintKind::CauseWithoutAction),
        "a blank reason is no reason"
    );
    pm.set_no_action_reason(cause, Some("The vendor fixed it for everyone.".into()));
    assert!(!kinds(&pm).contains(&HintKind::CauseWithoutAction));
}

#[test]
fn unsupported_causes_untraced_actions_and_unexplained_wont_dos_are_hinted() {
    let mut pm = complete();
    let cause = pm.add_cause("A second cause with no facts");
    let action = pm.add_action("Add an alert on failed codes");
    pm.set_action_owner(action, "Ops");
    pm.set_action_due(action, Some(date(2026, 12, 15)));
    let found = kinds(&pm);
    assert!(found.contains(&HintKind::UnsupportedCause), "{found:?}");
    assert!(found.contains(&HintKind::ActionWithoutCause), "{found:?}");
    pm.set_action_cause(action, cause, true);
    pm.set_evidence(cause, pm.facts[0].id, true);
    assert_eq!(pm.hints(), []);
    pm.set_action_status(action, ActionStatus::WontDo);
    assert_eq!(kinds(&pm), [HintKind::WontDoWithoutReason]);
    pm.set_action_status_reason(action, "Covered by the vendor's own alerting.");
    assert_eq!(pm.hints(), []);
}

#[test]
fn lifecycle_dates_are_recorded_when_each_stage_is_reached() {
    let mut pm = complete();
    pm.set_status(Status::InReview, instant(28, 10));
    pm.set_status(Status::InReview, instant(28, 11));
    assert_eq!(
        pm.in_review_at,
        Some(instant(28, 10)),
        "staying in a stage keeps its date"
    );
    pm.set_status(Status::Closed, instant(29, 9));
    assert_eq!(pm.closed_at, Some(instant(29, 9)));
}

#[test]
fn amounts_and_counts_are_read_as_people_type_them() {
    assert_eq!(parse_amount("9,300.50"), Ok(Some(930_050)));
    assert_eq!(parse_amount("12.5"), Ok(Some(1_250)));
    assert_eq!(parse_amount(" "), Ok(None));
    assert!(parse_amount("12.345").is_err(), "no silent rounding");
    assert!(parse_amount("ten").is_err());
    assert!(parse_amount("-5").is_err());
    assert!(parse_amount("99999999999999999999").is_err());
    // A currency sign is refused with what to do instead: read past, it would be lost or
    // contradict the Currency field ("8,670 €" shown as 8,670 USD).
    assert_eq!(
        parse_amount("$8,670"),
        Err("Type the amount without “$” (8,670), and the currency's code in Currency beside it (for example USD or EUR)".into())
    );
    assert!(parse_amount("1,200 €").is_err_and(|e| e.contains("without “€” (1,200)")));
    assert!(parse_amount("$").is_err_and(|e| e.contains("has no amount")));
    assert!(parse_amount("USD 5").is_err());
    assert_eq!(format_amount(930_050), "9,300.50");
    assert_eq!(format_amount(930_000), "9,300");
    assert_eq!(parse_count("1,200"), Ok(Some(1_200)));
    assert_eq!(parse_count(""), Ok(None));
    assert!(parse_count("1.5").is_err());
    assert!(parse_count("about 190").is_err_and(|e| e.contains("not a whole number")));
    assert!(parse_count("-5").is_err_and(|e| e.contains("below zero")));
    assert!(parse_amount("-100").is_err_and(|e| e.contains("below zero")));
}

#[test]
fn a_separator_out_of_place_is_refused_not_read_as_ten_times_the_figure() {
    for (typed, cents) in [
        ("4,800", 480_000),
        ("4 800", 480_000),
        ("4\u{a0}800.50", 480_050),
        ("1,00,000", 10_000_000),
        ("12,34,567", 123_456_700),
        ("1,234,567.5", 123_456_750),
        ("4800", 480_000),
        ("1, 200", 120_000),
    ] {
        assert_eq!(parse_amount(typed), Ok(Some(cents)), "{typed:?}");
    }
    for slip in [
        "4,8000",
        "12,34",
        "1,2345,678",
        "48,00",
        "4,80",
        "1234,567",
        "4,8000.00",
    ] {
        let read = parse_amount(slip);
        assert!(
            read.as_ref()
                .is_err_and(|e| e.contains("no group of thousands ends") && e.contains(slip)),
            "{slip:?}: {read:?}"
        );
        assert!(parse_count(slip).is_err(), "{slip:?}");
    }
    assert_eq!(parse_count("1,00,000"), Ok(Some(100_000)));
    // Each slip is named for what it is.
    assert!(parse_count("99999999999999999999").is_err_and(|e| e.contains("too large")));
    assert!(parse_amount("99999999999999999999").is_err_and(|e| e.contains("too large")));
    assert_eq!(
        parse_amount("4800 USD"),
        Err("Type the amount without “USD” (4800), and USD in Currency beside it".into())
    );
    assert!(parse_amount("eur 12").is_err_and(|e| e.contains("without “eur” (12)")));
    for european in ["4.800", "1.234,56", "12.500"] {
        assert!(
            parse_amount(european)
                .is_err_and(|e| e.contains("more than two digits after its point")),
            "{european}"
        );
    }
    assert!(parse_amount("about 190").is_err_and(|e| e.contains("not an amount")));
    assert_eq!(parse_count("212"), Ok(Some(212)));
    assert_eq!(format_count(12_400), "12,400");
    assert_eq!(format_count(7), "7");
}

#[test]
fn overdue_means_past_due_and_not_finished() {
    let mut pm = complete();
    let id = pm.actions[0].id;
    let today = chrono::NaiveDate::from_ymd_opt(2026, 12, 10).unwrap();
    pm.set_action_due(id, chrono::NaiveDate::from_ymd_opt(2026, 12, 9));
    assert!(Postmortem::is_overdue(pm.action(id).unwrap(), today));
    pm.set_action_status(id, ActionStatus::WontDo);
    assert!(!Postmortem::is_overdue(pm.action(id).unwrap(), today));
    pm.set_action_status(id, ActionStatus::InProgress);
    pm.set_action_due(id, Some(today));
    assert!(
        !Postmortem::is_overdue(pm.action(id).unwrap(), today),
        "due today is not overdue"
    );
}

// Regression: the names-to-roles choice was not stored and reset on every visit, so the
// next export carried real names.
#[test]
fn names_are_replaced_by_default_once_someone_is_listed_and_the_choice_is_kept() {
    let mut pm = Postmortem::new(PostmortemId("r".into()), "Launch", instant(27, 9));
    assert!(!pm.uses_roles());
    let i = pm.add_person();
    assert!(!pm.uses_roles(), "a blank row names nobody");
    pm.set_person_name(i, "Dave");
    assert!(pm.uses_roles());
    pm.set_roles_in_exports(false);
    assert!(!pm.uses_roles());
    let stored = serde_json::to_string(&pm).unwrap();
    assert!(stored.contains("\"roles_in_exports\":false"), "{stored}");
}

#[test]
fn open_actions_are_the_agreed_ones_not_yet_finished() {
    let mut pm = Postmortem::new(PostmortemId("o".into()), "Launch", instant(27, 9));
    let open = pm.add_action("Add a zone check");
    let done = pm.add_action("Add an alert");
    pm.add_action("  ");
    let dropped = pm.add_action("Rewrite the tool");
    pm.set_action_status(done, ActionStatus::Done);
    pm.set_action_status(dropped, ActionStatus::WontDo);
    assert_eq!(pm.open_actions(), 1);
    pm.set_action_status(open, ActionStatus::InProgress);
    assert_eq!(pm.open_actions(), 1);
    assert_eq!(
        pm.before_closing().as_deref(),
        Some("1 action is still open, and 1 is done but not verified yet. Close the post-mortem anyway?")
    );
    pm.set_action_status(open, ActionStatus::WontDo);
    assert_eq!(
        pm.before_closing().as_deref(),
        Some("1 action is done but not verified yet. Close the post-mortem anyway?")
    );
    // Verification is what closing waits for; the Review hints say which action it is.
    assert!(pm
        .hints()
        .iter()
        .any(|h| h.kind == HintKind::UnverifiedAction && h.item == Some(done)));
    pm.verify_action(
        done,
        chrono::NaiveDate::from_ymd_opt(2026, 12, 4).unwrap(),
        "Test alert fired",
    )
    .unwrap();
    assert_eq!(pm.before_closing(), None);
    assert!(pm
        .hints()
        .iter()
        .all(|h| h.kind != HintKind::UnverifiedAction));
}

#[test]
fn a_new_fact_starts_in_the_zone_of_the_fact_before_it() {
    let mut pm = Postmortem::new(
        PostmortemId("z".into()),
        "Zones",
        chrono::DateTime::UNIX_EPOCH,
    );
    let rules = &crate::domain::time::zones::TestZones;
    assert_eq!(
        pm.zone_for_new_fact(rules),
        None,
        "the browser's zone, then"
    );
    pm.set_report_zone(Some("Europe/London".into()));
    assert_eq!(
        pm.zone_for_new_fact(rules).as_deref(),
        Some("Europe/London")
    );
    let a = pm.add_fact("a");
    pm.set_fact_zone(a, Some("America/New_York".into()));
    let b = pm.add_fact("b");
    pm.set_fact_zone(b, Some("  ".into()));
    assert_eq!(
        pm.zone_for_new_fact(rules).as_deref(),
        Some("America/New_York"),
        "the last fact with a zone"
    );
    // A typo is not passed on: the last zone that is one is.
    let c = pm.add_fact("c");
    pm.set_fact_zone(c, Some("Mars/Olympus_Mons".into()));
    assert_eq!(
        pm.zone_for_new_fact(rules).as_deref(),
        Some("America/New_York")
    );
}

#[test]
fn a_currency_is_three_letters_the_browser_knows() {
    use super::numbers::currency_problem;
    let known = |_: &str| Some(true);
    let cannot_tell = |_: &str| None;
    assert_eq!(currency_problem("", cannot_tell), None);
    assert_eq!(currency_problem(" usd ", known), None);
    assert_eq!(currency_problem("EUR", cannot_tell), None);
    let words =
        currency_problem("dollars", |_| unreachable!("asked only of three letters")).unwrap();
    assert!(
        words.contains("“dollars” is not a currency code"),
        "{words}"
    );
    assert!(currency_problem("US$", cannot_tell).is_some());
    let unknown = currency_problem("dol", |_| Some(false)).unwrap();
    assert!(
        unknown.contains("“DOL” is not a currency code this browser knows"),
        "{unknown}"
    );
}
