//! Native tests of what the domain says about a post-mortem as a whole: the hints (what is
//! missing, per step), the worked example, and the summary the home list shows.

#![allow(clippy::unwrap_used)]
// Size rules (clippy.toml) are for the shipped wasm, not for tests.
#![allow(clippy::disallowed_methods)]

use super::tests::*;
use super::*;

// ---- hints ----

#[test]
fn a_complete_post_mortem_has_no_hints() {
    assert_eq!(complete().hints(), []);
}

#[test]
fn an_empty_post_mortem_lacks_title_facts_causes_and_actions_in_step_order() {
    let pm = empty("  ");
    let hints = pm.hints();
    let kinds: Vec<HintKind> = hints.iter().map(|h| h.kind).collect();
    assert_eq!(
        kinds,
        [
            HintKind::NoTitle,
            HintKind::NoFacts,
            HintKind::NoCauses,
            HintKind::NoActions
        ]
    );
    let steps: Vec<Step> = hints.iter().map(|h| h.step).collect();
    assert_eq!(
        steps,
        [Step::Facts, Step::Facts, Step::Causes, Step::Actions]
    );
    assert!(hints
        .iter()
        .all(|h| h.item.is_none() && !h.message.is_empty()));
    assert!(hints[0].message.contains(UNTITLED), "{}", hints[0].message);
}

#[test]
fn each_missing_part_gives_its_own_hint() {
    let mut pm = complete();
    pm.set_title("");
    assert_eq!(kinds(&pm), [HintKind::NoTitle]);

    let mut pm = complete();
    let id = pm.facts[0].id;
    pm.remove_fact(id);
    // Its cause loses its evidence too.
    assert_eq!(kinds(&pm), [HintKind::NoFacts, HintKind::UnsupportedCause]);

    let mut pm = complete();
    let id = pm.actions[0].id;
    pm.remove_action(id);
    // The cause is now unaddressed too.
    assert_eq!(
        kinds(&pm),
        [HintKind::CauseWithoutAction, HintKind::NoActions]
    );

    let mut pm = complete();
    let id = pm.causes[0].id;
    pm.remove_cause(id);
    // Its action now traces to nothing.
    assert_eq!(
        kinds(&pm),
        [HintKind::NoCauses, HintKind::ActionWithoutCause]
    );
}

#[test]
fn empty_items_are_reported_per_step_with_a_count() {
    let mut pm = complete();
    pm.add_fact("   ");
    pm.add_fact("");
    pm.add_cause("\n\t");
    pm.add_action(" ");
    let hints: Vec<Hint> = pm
        .hints()
        .into_iter()
        .filter(|h| h.kind == HintKind::EmptyItem)
        .collect();
    assert_eq!(hints.len(), 3, "{hints:?}");
    assert_eq!(hints[0].step, Step::Facts);
    assert!(
        hints[0].message.starts_with("2 facts have no text"),
        "{}",
        hints[0].message
    );
    assert_eq!(hints[1].step, Step::Causes);
    assert!(
        hints[1].message.starts_with("1 cause has no statement"),
        "{}",
        hints[1].message
    );
    assert_eq!(hints[2].step, Step::Actions);
    assert!(
        hints[2].message.starts_with("1 action has no description"),
        "{}",
        hints[2].message
    );
    assert!(hints
        .iter()
        .all(|h| h.message.contains("left out of the export")));
}

#[test]
fn empty_items_do_not_count_as_content_or_trigger_other_hints() {
    let mut pm = complete();
    // A blank cause needs no action and a blank action needs no owner: they are reported
    // as empty, and only as empty.
    pm.add_cause("  ");
    pm.add_action("  ");
    assert_eq!(kinds(&pm), [HintKind::EmptyItem, HintKind::EmptyItem]);
}

#[test]
fn a_cause_without_action_is_named_and_a_linked_one_is_not() {
    let mut pm = complete();
    let addressed = pm.causes[0].id;
    let orphan = pm.add_cause("Nobody is prompted to confirm the time zone.");
    let fact = pm.facts[0].id;
    pm.set_evidence(orphan, fact, true);
    // A contributing cause may stay without action; a root cause may not.
    assert_eq!(pm.cause(orphan).unwrap().kind, CauseKind::Contributing);
    assert_eq!(pm.hints(), []);
    pm.set_cause_kind(orphan, CauseKind::Root);
    let hints = pm.hints();
    assert_eq!(hints.len(), 1, "{hints:?}");
    let hint = &hints[0];
    assert_eq!(hint.kind, HintKind::CauseWithoutAction);
    assert_eq!(hint.step, Step::Actions);
    assert_eq!(hint.item, Some(orphan));
    assert_ne!(hint.item, Some(addressed));
    assert!(
        hint.message
            .contains("“Nobody is prompted to confirm the time zone.”"),
        "{}",
        hint.message
    );

    // Linking any action to it clears the hint.
    let action = pm.actions[0].id;
    pm.set_action_cause(action, orphan, true);
    assert_eq!(pm.hints(), []);
}

#[test]
fn open_actions_need_a_due_date_after_the_incident_began() {
    let mut pm = complete();
    let action = pm.actions[0].id;
    let fact = pm.facts[0].id;
    pm.set_fact_when(fact, Some(date(2026, 11, 27).and_hms_opt(9, 0, 0).unwrap()));
    assert_eq!(pm.hints(), []);

    pm.set_action_due(action, None);
    let hints = pm.hints();
    assert_eq!(kinds(&pm), [HintKind::ActionWithoutDueDate]);
    assert_eq!(hints[0].item, Some(action));
    assert!(
        hints[0].message.contains("has no due date"),
        "{}",
        hints[0].message
    );
    // A finished action has nothing left to be held to.
    pm.set_action_status(action, ActionStatus::Done);
    assert!(!kinds(&pm).contains(&HintKind::ActionWithoutDueDate));
    pm.set_action_status(action, ActionStatus::Open);

    // A year typed wrong: due before the incident's first fact.
    pm.set_action_due(action, Some(date(2025, 12, 15)));
    let hints = pm.hints();
    assert_eq!(kinds(&pm), [HintKind::ActionDueBeforeIncident]);
    assert!(
        hints[0].message.contains("2025-12-15") && hints[0].message.contains("2026-11-27"),
        "{}",
        hints[0].message
    );
    // The incident's own day is fine.
    pm.set_action_due(action, Some(date(2026, 11, 27)));
    assert_eq!(pm.hints(), []);
}

#[test]
fn a_fact_after_the_last_edit_and_an_action_due_years_on_are_questioned() {
    let mut pm = complete();
    pm.updated_at = instant(28, 9);
    let (fact, action) = (pm.facts[0].id, pm.actions[0].id);
    // A zone a day ahead of the writer's is fine; 2062 is not.
    pm.set_fact_when(fact, Some(date(2026, 11, 29).and_hms_opt(9, 0, 0).unwrap()));
    assert_eq!(pm.hints(), []);
    pm.set_fact_when(
        fact,
        Some(date(2062, 11, 27).and_hms_opt(9, 40, 0).unwrap()),
    );
    let hints = pm.hints();
    assert_eq!(kinds(&pm), [HintKind::FactInFuture]);
    assert_eq!(hints[0].item, Some(fact));
    assert!(
        hints[0]
            .message
            .starts_with("Fact 1 is dated 2062-11-27, after"),
        "{}",
        hints[0].message
    );

    pm.set_fact_when(fact, Some(date(2026, 11, 27).and_hms_opt(9, 0, 0).unwrap()));
    pm.set_action_due(action, Some(date(9999, 12, 31)));
    let hints = pm.hints();
    assert_eq!(kinds(&pm), [HintKind::ActionDueFarOff]);
    assert!(
        hints[0].message.contains("9999-12-31"),
        "{}",
        hints[0].message
    );
    // Five years on is a long plan, not a typo; without a timed fact the incident is
    // taken to have begun when the post-mortem did.
    pm.set_action_due(action, Some(date(2031, 11, 27)));
    assert_eq!(pm.hints(), []);
    pm.set_fact_when(fact, None);
    pm.set_action_due(action, Some(date(2040, 1, 1)));
    assert_eq!(kinds(&pm), [HintKind::ActionDueFarOff]);
}

#[test]
fn an_action_without_owner_is_named_and_blank_owners_count_as_none() {
    let mut pm = complete();
    let action = pm.actions[0].id;
    for owner in ["", "   "] {
        pm.set_action_owner(action, owner);
        let hints = pm.hints();
        assert_eq!(hints.len(), 1, "{hints:?}");
        assert_eq!(hints[0].kind, HintKind::ActionWithoutOwner);
        assert_eq!(hints[0].step, Step::Actions);
        assert_eq!(hints[0].item, Some(action));
        assert!(
            hints[0].message.contains("Alert 14 days"),
            "{}",
            hints[0].message
        );
    }
    pm.set_action_owner(action, "SRE");
    assert_eq!(pm.hints(), []);
}

#[test]
fn long_statements_are_shortened_in_hint_messages() {
    let mut pm = complete();
    let long = "word ".repeat(40);
    let id = pm.add_cause(long.clone());
    let hint = pm.hints().into_iter().find(|h| h.item == Some(id)).unwrap();
    assert!(hint.message.contains('…'), "{}", hint.message);
    assert!(
        hint.message.chars().count() < long.chars().count(),
        "{}",
        hint.message
    );
}

// ---- worked example ----

#[test]
fn the_worked_example_is_complete() {
    let now = instant(28, 9);
    let pm = worked_example(PostmortemId("example".into()), now);
    assert_eq!(pm.id, PostmortemId("example".into()));
    assert_eq!(pm.created_at, now);
    assert!(!pm.title.trim().is_empty());
    assert_eq!(pm.facts.len(), 6);
    let timeline = Timeline::build(&pm, &crate::domain::time::zones::TestZones, &Zone::Utc);
    assert_eq!(
        timeline.entries.iter().map(|e| e.fact).collect::<Vec<_>>(),
        pm.facts
            .iter()
            .filter(|f| f.when.is_some())
            .map(|f| f.id)
            .collect::<Vec<_>>(),
        "the example's facts are listed in time order"
    );
    assert!(
        timeline.mixed_zones.is_some(),
        "the example's root cause shows as mixed zones"
    );
    assert_eq!(pm.causes.len(), 2);
    assert_eq!(pm.actions.len(), 2);
    assert_eq!(pm.facts.iter().filter(|f| f.when.is_none()).count(), 1);
    assert!(pm.causes.iter().all(|c| !c.evidence.is_empty()));
    assert!(pm.causes.iter().any(|c| c.whys.len() >= 3));
    assert!(pm
        .actions
        .iter()
        .all(|a| a.due.is_some() && !a.causes.is_empty()));
    let kinds = kinds(&pm);
    assert!(!kinds.contains(&HintKind::CauseWithoutAction), "{kinds:?}");
    assert!(!kinds.contains(&HintKind::ActionWithoutOwner), "{kinds:?}");
    assert!(!kinds.contains(&HintKind::EmptyItem), "{kinds:?}");
}

#[test]
fn the_worked_example_has_sound_links_and_ids() {
    let pm = worked_example(PostmortemId("example".into()), instant(28, 9));
    let mut normalized = pm.clone();
    normalized.normalize();
    assert_eq!(normalized, pm, "normalize found something to repair");
    let mut ids: Vec<ItemId> = fact_ids(&pm);
    ids.extend(pm.causes.iter().map(|c| c.id));
    ids.extend(pm.actions.iter().map(|a| a.id));
    let count = ids.len();
    ids.sort_unstable();
    ids.dedup();
    assert_eq!(ids.len(), count, "item ids must be unique");
    assert!(ids.iter().all(|id| *id < pm.next_id));
}

// ---- summary and the home list ----

#[test]
fn summary_counts_items_and_never_has_a_blank_title() {
    let mut pm = complete();
    pm.add_fact("second");
    pm.set_status(Status::Closed, instant(28, 10));
    pm.touch(instant(30, 17));
    let summary = pm.summary();
    assert_eq!(summary.id, pm.id);
    assert_eq!(summary.title, "Checkout outage");
    assert_eq!(summary.status, Status::Closed);
    assert_eq!(summary.updated_at, instant(30, 17));
    assert_eq!((summary.facts, summary.causes, summary.actions), (2, 1, 1));

    pm.set_title("  ");
    assert_eq!(pm.summary().title, UNTITLED);
}

#[test]
fn sort_newest_first_orders_by_last_edit_then_id() {
    let at = |id: &str, day: u32| {
        let mut pm = Postmortem::new(PostmortemId(id.into()), id, instant(1, 0));
        pm.touch(instant(day, 12));
        pm.summary()
    };
    let mut list = vec![
        at("b", 2),
        at("old", 1),
        at("c", 5),
        at("a", 2),
        at("new", 9),
    ];
    sort_newest_first(&mut list);
    let order: Vec<&str> = list.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(order, ["new", "c", "a", "b", "old"]);
}

#[test]
fn review_lists_facts_off_the_timeline_and_mistyped_years() {
    let rules = &crate::domain::time::zones::TestZones;
    let mut pm = complete();
    assert_eq!(pm.hints_with_zones(rules), pm.hints());
    let when = crate::domain::parse_local_datetime("2026-11-27T09:00");
    let a = pm.add_fact("Sale email sent");
    pm.set_fact_when(a, when);
    pm.set_fact_zone(a, Some("Mars/Olympus_Mons".into()));
    let b = pm.add_fact("Discount code fixed");
    pm.set_fact_when(b, crate::domain::parse_local_datetime("2301-11-27T09:00"));
    pm.set_fact_zone(b, Some("UTC".into()));
    let hints = pm.hints_with_zones(rules);
    let messages: Vec<&str> = hints.iter().map(|h| h.message.as_str()).collect();
    assert!(
        messages
            .iter()
            .any(|m| m.contains("“Mars/Olympus_Mons” is not one Hindsight knows")),
        "{messages:?}"
    );
    assert!(
        messages
            .iter()
            .any(|m| m.contains("dated in the year 2301: is the year mistyped?")),
        "{messages:?}"
    );
    assert!(hints
        .iter()
        .filter(|h| matches!(
            h.kind,
            HintKind::FactZoneUnknown | HintKind::FactYearMistyped
        ))
        .all(|h| h.step == Step::Facts && h.item.is_some()));
}
