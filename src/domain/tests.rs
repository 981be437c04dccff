//! Native tests of the domain: every method that changes a post-mortem, and the rules it keeps
//! (ids are never reused, links never dangle or repeat), the hints, the worked example, and
//! the small parsers used by the form inputs.

#![allow(clippy::unwrap_used)]
// Size rules (clippy.toml) are for the shipped wasm, not for tests.
#![allow(clippy::disallowed_methods)]

use super::*;
use chrono::{DateTime, NaiveDate, TimeZone, Timelike as _, Utc};

// ---- helpers ----

fn instant(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, hour, 0, 0).unwrap()
}

fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap()
}

fn empty(title: &str) -> Postmortem {
    Postmortem::new(PostmortemId("pm-1".into()), title, instant(27, 8))
}

fn fact_ids(pm: &Postmortem) -> Vec<ItemId> {
    pm.facts.iter().map(|f| f.id).collect()
}

fn kinds(pm: &Postmortem) -> Vec<HintKind> {
    pm.hints().into_iter().map(|h| h.kind).collect()
}

/// A post-mortem with nothing missing: every hint rule is satisfied.
fn complete() -> Postmortem {
    let mut pm = empty("Checkout outage");
    let fact = pm.add_fact("Checkout returned 500 for 20 minutes.");
    let cause = pm.add_cause("The certificate expired unnoticed.");
    pm.set_evidence(cause, fact, true);
    let action = pm.add_action("Alert 14 days before a certificate expires.");
    pm.set_action_owner(action, "Platform team");
    pm.set_action_cause(action, cause, true);
    pm
}

// ---- creation and plain setters ----

#[test]
fn a_new_post_mortem_is_an_empty_draft_on_the_first_step() {
    let now = instant(27, 8);
    let pm = Postmortem::new(PostmortemId("abc".into()), "Title", now);
    assert_eq!(pm.id, PostmortemId("abc".into()));
    assert_eq!(pm.title, "Title");
    assert_eq!(pm.status, Status::Draft);
    assert_eq!(pm.step, Step::Facts);
    assert_eq!(pm.created_at, now);
    assert_eq!(pm.updated_at, now);
    assert!(pm.facts.is_empty() && pm.causes.is_empty() && pm.actions.is_empty());
    assert_eq!(pm.next_id, 1);
    assert!(!pm.is_deleted());
}

#[test]
fn title_status_step_and_touch_change_only_their_field() {
    let mut pm = empty("Old");
    let created = pm.created_at;
    pm.set_title("New");
    pm.set_status(Status::InReview, instant(28, 10));
    pm.set_step(Step::Actions);
    pm.touch(instant(28, 10));
    assert_eq!(pm.title, "New");
    assert_eq!(pm.status, Status::InReview);
    assert_eq!(pm.step, Step::Actions);
    assert_eq!(pm.updated_at, instant(28, 10));
    assert_eq!(
        pm.created_at, created,
        "touch must not move the creation time"
    );
}

#[test]
fn deletion_is_reversible() {
    let mut pm = empty("T");
    pm.mark_deleted(instant(29, 12));
    assert!(pm.is_deleted());
    assert_eq!(pm.deleted_at, Some(instant(29, 12)));
    pm.restore();
    assert!(!pm.is_deleted());
    assert_eq!(pm.deleted_at, None);
}

#[test]
fn display_title_falls_back_to_a_placeholder_and_trims() {
    assert_eq!(display_title(""), UNTITLED);
    assert_eq!(display_title(" \t\n "), UNTITLED);
    assert_eq!(display_title("  Outage  "), "Outage");
    assert_eq!(empty("   ").display_title(), UNTITLED);
    assert_eq!(empty("Outage").display_title(), "Outage");
}

// ---- ids ----

#[test]
fn ids_are_shared_by_all_item_kinds_and_handed_out_in_order() {
    let mut pm = empty("T");
    assert_eq!(pm.add_fact("a"), 1);
    assert_eq!(pm.add_cause("b"), 2);
    assert_eq!(pm.add_action("c"), 3);
    assert_eq!(pm.add_fact("d"), 4);
    assert_eq!(pm.next_id, 5);
}

#[test]
fn ids_are_never_reused_after_removal() {
    let mut pm = empty("T");
    let fact = pm.add_fact("a");
    let cause = pm.add_cause("b");
    let action = pm.add_action("c");
    assert!(pm.remove_action(action).is_some());
    assert!(pm.remove_cause(cause).is_some());
    assert!(pm.remove_fact(fact).is_some());
    // Everything is gone, including the item with the highest id: still no reuse.
    let again = [pm.add_fact("x"), pm.add_cause("y"), pm.add_action("z")];
    for id in again {
        assert!(![fact, cause, action].contains(&id), "id {id} was reused");
    }
    assert_eq!(again, [4, 5, 6]);
}

#[test]
fn removed_ids_stay_retired_through_normalize() {
    let mut pm = empty("T");
    let first = pm.add_fact("a");
    let last = pm.add_fact("b");
    pm.remove_fact(last);
    pm.normalize();
    let next = pm.add_fact("c");
    assert!(
        next > last,
        "normalize must not lower next_id ({next} <= {last})"
    );
    assert_ne!(next, first);
}

// ---- facts ----

#[test]
fn facts_are_added_read_and_edited_by_id() {
    let mut pm = empty("T");
    let id = pm.add_fact("Email sent");
    assert_eq!(pm.fact(id).map(|f| f.text.as_str()), Some("Email sent"));
    assert_eq!(pm.fact(id).and_then(|f| f.when), None);
    pm.set_fact_text(id, "Email sent to 12,400 people");
    let when = parse_local_datetime("2026-11-27T09:00");
    pm.set_fact_when(id, when);
    let fact = pm.fact(id).unwrap();
    assert_eq!(fact.text, "Email sent to 12,400 people");
    assert_eq!(fact.when, when);
    pm.set_fact_when(id, None);
    assert_eq!(pm.fact(id).unwrap().when, None);
    assert!(pm.fact(999).is_none());
}

#[test]
fn editing_unknown_items_changes_nothing() {
    let mut pm = complete();
    let before = pm.clone();
    pm.set_fact_text(999, "x");
    pm.set_fact_when(999, parse_local_datetime("2026-11-27T09:00"));
    pm.move_fact(999, Direction::Up);
    pm.set_cause_statement(999, "x");
    pm.add_why(999);
    pm.set_why(999, 0, "x");
    pm.remove_why(999, 0);
    pm.set_action_description(999, "x");
    pm.set_action_owner(999, "x");
    pm.set_action_due(999, Some(date(2026, 12, 1)));
    pm.set_action_status(999, ActionStatus::Done);
    assert!(pm.remove_fact(999).is_none());
    assert!(pm.remove_cause(999).is_none());
    assert!(pm.remove_action(999).is_none());
    assert_eq!(pm, before);
}

#[test]
fn move_fact_swaps_with_its_neighbour() {
    let mut pm = empty("T");
    let a = pm.add_fact("a");
    let b = pm.add_fact("b");
    let c = pm.add_fact("c");
    pm.move_fact(b, Direction::Up);
    assert_eq!(fact_ids(&pm), [b, a, c]);
    pm.move_fact(b, Direction::Down);
    assert_eq!(fact_ids(&pm), [a, b, c]);
    pm.move_fact(b, Direction::Down);
    assert_eq!(fact_ids(&pm), [a, c, b]);
}

#[test]
fn move_fact_does_nothing_at_either_end() {
    let mut pm = empty("T");
    let a = pm.add_fact("a");
    let b = pm.add_fact("b");
    let c = pm.add_fact("c");
    pm.move_fact(a, Direction::Up);
    assert_eq!(fact_ids(&pm), [a, b, c]);
    pm.move_fact(c, Direction::Down);
    assert_eq!(fact_ids(&pm), [a, b, c]);

    let mut single = empty("T");
    let only = single.add_fact("only");
    single.move_fact(only, Direction::Up);
    single.move_fact(only, Direction::Down);
    assert_eq!(fact_ids(&single), [only]);
}

#[test]
fn remove_fact_returns_it_and_unlinks_it_from_every_cause() {
    let mut pm = empty("T");
    let f1 = pm.add_fact("one");
    let f2 = pm.add_fact("two");
    let c1 = pm.add_cause("c1");
    let c2 = pm.add_cause("c2");
    pm.set_evidence(c1, f1, true);
    pm.set_evidence(c1, f2, true);
    pm.set_evidence(c2, f1, true);

    let removed = pm.remove_fact(f1).unwrap();
    assert_eq!(removed.id, f1);
    assert_eq!(removed.text, "one");
    assert!(pm.fact(f1).is_none());
    assert_eq!(pm.cause(c1).unwrap().evidence, [f2]);
    assert!(pm.cause(c2).unwrap().evidence.is_empty());
    assert!(
        pm.remove_fact(f1).is_none(),
        "a second removal finds nothing"
    );
}

// ---- causes ----

#[test]
fn causes_are_added_read_and_edited_by_id() {
    let mut pm = empty("T");
    let id = pm.add_cause("Zone mismatch");
    let cause = pm.cause(id).unwrap();
    assert_eq!(cause.statement, "Zone mismatch");
    assert!(cause.whys.is_empty() && cause.evidence.is_empty());
    pm.set_cause_statement(id, "Time-zone mismatch between two tools");
    assert_eq!(
        pm.cause(id).unwrap().statement,
        "Time-zone mismatch between two tools"
    );
    assert!(pm.cause(999).is_none());
}

#[test]
fn why_chain_add_set_and_remove() {
    let mut pm = empty("T");
    let id = pm.add_cause("c");
    pm.add_why(id);
    assert_eq!(
        pm.cause(id).unwrap().whys,
        [""],
        "add_why appends an empty answer"
    );
    pm.add_why(id);
    pm.add_why(id);
    pm.set_why(id, 0, "first");
    pm.set_why(id, 1, "second");
    pm.set_why(id, 2, "third");
    assert_eq!(pm.cause(id).unwrap().whys, ["first", "second", "third"]);

    pm.remove_why(id, 1);
    assert_eq!(pm.cause(id).unwrap().whys, ["first", "third"]);
    pm.remove_why(id, 1);
    assert_eq!(pm.cause(id).unwrap().whys, ["first"]);
    pm.remove_why(id, 0);
    assert!(pm.cause(id).unwrap().whys.is_empty());
}

#[test]
fn why_chain_ignores_out_of_range_indexes() {
    let mut pm = empty("T");
    let id = pm.add_cause("c");
    pm.set_why(id, 0, "nothing to set yet");
    pm.remove_why(id, 0);
    assert!(pm.cause(id).unwrap().whys.is_empty());

    pm.add_why(id);
    pm.set_why(id, 0, "kept");
    pm.set_why(id, 1, "out of range");
    pm.set_why(id, usize::MAX, "far out of range");
    pm.remove_why(id, 1);
    pm.remove_why(id, usize::MAX);
    assert_eq!(pm.cause(id).unwrap().whys, ["kept"]);
}

#[test]
fn set_evidence_links_unlinks_and_never_duplicates() {
    let mut pm = empty("T");
    let f1 = pm.add_fact("one");
    let f2 = pm.add_fact("two");
    let c = pm.add_cause("c");
    pm.set_evidence(c, f2, true);
    pm.set_evidence(c, f1, true);
    pm.set_evidence(c, f2, true);
    assert_eq!(
        pm.cause(c).unwrap().evidence,
        [f2, f1],
        "linked in order, once each"
    );
    pm.set_evidence(c, f2, false);
    assert_eq!(pm.cause(c).unwrap().evidence, [f1]);
    pm.set_evidence(c, f2, false);
    assert_eq!(
        pm.cause(c).unwrap().evidence,
        [f1],
        "unlinking twice is harmless"
    );
}

#[test]
fn set_evidence_ignores_unknown_ids() {
    let mut pm = empty("T");
    let f = pm.add_fact("f");
    let c = pm.add_cause("c");
    let before = pm.clone();
    pm.set_evidence(c, 999, true);
    pm.set_evidence(999, f, true);
    // A cause id is not a fact id: linking a cause as evidence is refused too.
    pm.set_evidence(c, c, true);
    assert_eq!(pm, before);

    // A removed fact is unknown as well.
    pm.remove_fact(f);
    pm.set_evidence(c, f, true);
    assert!(pm.cause(c).unwrap().evidence.is_empty());
}

#[test]
fn remove_cause_returns_it_and_unlinks_it_from_every_action() {
    let mut pm = empty("T");
    let c1 = pm.add_cause("c1");
    let c2 = pm.add_cause("c2");
    let a1 = pm.add_action("a1");
    let a2 = pm.add_action("a2");
    pm.set_action_cause(a1, c1, true);
    pm.set_action_cause(a1, c2, true);
    pm.set_action_cause(a2, c1, true);

    let removed = pm.remove_cause(c1).unwrap();
    assert_eq!(removed.id, c1);
    assert_eq!(removed.statement, "c1");
    assert!(pm.cause(c1).is_none());
    assert_eq!(pm.action(a1).unwrap().causes, [c2]);
    assert!(pm.action(a2).unwrap().causes.is_empty());
    assert_eq!(pm.actions_for(c1).count(), 0);
}

// ---- actions ----

#[test]
fn actions_are_added_read_and_edited_by_id() {
    let mut pm = empty("T");
    let id = pm.add_action("Add a check");
    let action = pm.action(id).unwrap();
    assert_eq!(action.description, "Add a check");
    assert_eq!(action.owner, "");
    assert_eq!(action.due, None);
    assert_eq!(action.status, ActionStatus::Open);
    assert!(action.causes.is_empty());

    pm.set_action_description(id, "Add a two-person check");
    pm.set_action_owner(id, "Launch manager");
    pm.set_action_due(id, Some(date(2026, 12, 5)));
    pm.set_action_status(id, ActionStatus::Done);
    let action = pm.action(id).unwrap();
    assert_eq!(action.description, "Add a two-person check");
    assert_eq!(action.owner, "Launch manager");
    assert_eq!(action.due, Some(date(2026, 12, 5)));
    assert_eq!(action.status, ActionStatus::Done);

    pm.set_action_due(id, None);
    assert_eq!(pm.action(id).unwrap().due, None);
    assert!(pm.action(999).is_none());
}

#[test]
fn set_action_cause_links_unlinks_and_never_duplicates() {
    let mut pm = empty("T");
    let c1 = pm.add_cause("c1");
    let c2 = pm.add_cause("c2");
    let a = pm.add_action("a");
    pm.set_action_cause(a, c1, true);
    pm.set_action_cause(a, c1, true);
    pm.set_action_cause(a, c2, true);
    assert_eq!(pm.action(a).unwrap().causes, [c1, c2]);
    pm.set_action_cause(a, c1, false);
    pm.set_action_cause(a, c1, false);
    assert_eq!(pm.action(a).unwrap().causes, [c2]);
}

#[test]
fn set_action_cause_ignores_unknown_ids() {
    let mut pm = empty("T");
    let f = pm.add_fact("f");
    let c = pm.add_cause("c");
    let a = pm.add_action("a");
    let before = pm.clone();
    pm.set_action_cause(a, 999, true);
    pm.set_action_cause(999, c, true);
    // Neither a fact nor another action is a cause.
    pm.set_action_cause(a, f, true);
    pm.set_action_cause(a, a, true);
    assert_eq!(pm, before);
}

#[test]
fn remove_action_returns_it_and_leaves_causes_alone() {
    let mut pm = empty("T");
    let c = pm.add_cause("c");
    let a1 = pm.add_action("a1");
    let a2 = pm.add_action("a2");
    pm.set_action_cause(a1, c, true);
    pm.set_action_cause(a2, c, true);
    let removed = pm.remove_action(a1).unwrap();
    assert_eq!(removed.id, a1);
    assert_eq!(removed.causes, [c]);
    assert!(pm.action(a1).is_none());
    assert!(pm.cause(c).is_some());
    let ids: Vec<ItemId> = pm.actions_for(c).map(|a| a.id).collect();
    assert_eq!(ids, [a2]);
}

#[test]
fn actions_for_lists_exactly_the_actions_linked_to_a_cause() {
    let mut pm = empty("T");
    let c1 = pm.add_cause("c1");
    let c2 = pm.add_cause("c2");
    let a1 = pm.add_action("a1");
    let a2 = pm.add_action("a2");
    let a3 = pm.add_action("a3");
    pm.set_action_cause(a1, c1, true);
    pm.set_action_cause(a3, c1, true);
    pm.set_action_cause(a2, c2, true);
    let for_c1: Vec<ItemId> = pm.actions_for(c1).map(|a| a.id).collect();
    let for_c2: Vec<ItemId> = pm.actions_for(c2).map(|a| a.id).collect();
    assert_eq!(for_c1, [a1, a3]);
    assert_eq!(for_c2, [a2]);
    assert_eq!(pm.actions_for(999).count(), 0);
}

// ---- normalize ----

#[test]
fn normalize_removes_dangling_links_and_keeps_valid_ones() {
    let mut pm = empty("T");
    let f = pm.add_fact("f");
    let c = pm.add_cause("c");
    let a = pm.add_action("a");
    // Damage the document the way hand-edited or corrupted storage could.
    pm.causes[0].evidence = vec![f, 77, c, a];
    pm.actions[0].causes = vec![88, c, f];
    pm.normalize();
    assert_eq!(pm.cause(c).unwrap().evidence, [f]);
    assert_eq!(pm.action(a).unwrap().causes, [c]);
}

#[test]
fn normalize_removes_duplicate_links_even_when_not_adjacent() {
    let mut pm = empty("T");
    let f1 = pm.add_fact("f1");
    let f2 = pm.add_fact("f2");
    let c1 = pm.add_cause("c1");
    let c2 = pm.add_cause("c2");
    let a = pm.add_action("a");
    pm.causes[0].evidence = vec![f1, f1, f2, f1];
    pm.actions[0].causes = vec![c2, c1, c2, c2];
    pm.normalize();
    assert_eq!(pm.cause(c1).unwrap().evidence, [f1, f2]);
    assert_eq!(pm.action(a).unwrap().causes, [c2, c1]);
}

#[test]
fn normalize_raises_next_id_above_every_id_in_use() {
    for (facts, causes, actions) in [(9, 1, 2), (1, 9, 2), (1, 2, 9)] {
        let mut pm = empty("T");
        pm.facts.push(Fact {
            id: facts,
            text: "f".into(),
            when: None,
            zone: None,
            source: String::new(),
            kind: None,
        });
        pm.causes.push(Cause {
            id: causes,
            statement: "c".into(),
            whys: vec![],
            evidence: vec![],
            kind: CauseKind::Root,
            category: None,
            no_action_reason: None,
        });
        pm.actions.push(Action {
            id: actions,
            description: "a".into(),
            owner: String::new(),
            due: None,
            status: ActionStatus::Open,
            causes: vec![],
            kind: None,
            priority: Priority::Medium,
            status_reason: String::new(),
            verified: None,
        });
        pm.next_id = 1;
        pm.normalize();
        assert_eq!(pm.next_id, 10, "max id 9 in {facts}/{causes}/{actions}");
        assert_eq!(pm.add_fact("new"), 10);
    }
}

#[test]
fn normalize_never_lowers_next_id_and_leaves_a_sound_document_unchanged() {
    let mut pm = complete();
    pm.next_id = 40;
    let before = pm.clone();
    pm.normalize();
    assert_eq!(pm, before);

    let mut blank = empty("T");
    blank.normalize();
    assert_eq!(blank.next_id, 1);
}

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
    assert_eq!(format_amount(930_050), "9,300.50");
    assert_eq!(format_amount(930_000), "9,300");
    assert_eq!(parse_count("1,200"), Ok(Some(1_200)));
    assert_eq!(parse_count(""), Ok(None));
    assert!(parse_count("1.5").is_err());
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
    assert_eq!(pm.zone_for_new_fact(), None, "the browser's zone, then");
    pm.set_report_zone(Some("Europe/London".into()));
    assert_eq!(pm.zone_for_new_fact().as_deref(), Some("Europe/London"));
    let a = pm.add_fact("a");
    pm.set_fact_zone(a, Some("America/New_York".into()));
    let b = pm.add_fact("b");
    pm.set_fact_zone(b, Some("  ".into()));
    assert_eq!(
        pm.zone_for_new_fact().as_deref(),
        Some("America/New_York"),
        "the last fact with a zone"
    );
}
