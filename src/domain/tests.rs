//! Native tests of the domain: the helpers the other test files share, and every method that
//! changes a post-mortem, with the rules it keeps (ids are never reused, links never dangle
//! or repeat). The hints and the worked example are in `tests_hints_and_example.rs`; keys,
//! ids and form values in `tests_keys_and_values.rs`.

#![allow(clippy::unwrap_used)]
// Size rules (clippy.toml) are for the shipped wasm, not for tests.
#![allow(clippy::disallowed_methods)]

use super::*;
use chrono::{DateTime, NaiveDate, TimeZone, Utc};

// ---- helpers ----

pub(super) fn instant(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, hour, 0, 0).unwrap()
}

pub(super) fn date(year: i32, month: u32, day: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(year, month, day).unwrap()
}

pub(super) fn empty(title: &str) -> Postmortem {
    Postmortem::new(PostmortemId("pm-1".into()), title, instant(27, 8))
}

pub(super) fn fact_ids(pm: &Postmortem) -> Vec<ItemId> {
    pm.facts.iter().map(|f| f.id).collect()
}

pub(super) fn kinds(pm: &Postmortem) -> Vec<HintKind> {
    pm.hints().into_iter().map(|h| h.kind).collect()
}

/// A post-mortem with nothing missing: every hint rule is satisfied.
pub(super) fn complete() -> Postmortem {
    let mut pm = empty("Checkout outage");
    let fact = pm.add_fact("Checkout returned 500 for 20 minutes.");
    let cause = pm.add_cause("The certificate expired unnoticed.");
    pm.set_evidence(cause, fact, true);
    let action = pm.add_action("Alert 14 days before a certificate expires.");
    pm.set_action_owner(action, "Platform team");
    pm.set_action_due(action, Some(date(2026, 12, 15)));
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
fn a_removed_answer_goes_back_where_it_stood_while_there_is_room() {
    let mut pm = empty("T");
    let id = pm.add_cause("c");
    for (i, text) in ["first", "second", "third"].into_iter().enumerate() {
        pm.add_why(id);
        pm.set_why(id, i, text);
    }
    pm.remove_why(id, 1);
    assert!(pm.insert_why(id, 1, "second"));
    assert_eq!(pm.cause(id).unwrap().whys, ["first", "second", "third"]);
    // The chain grew shorter since: at its end.
    pm.remove_why(id, 2);
    pm.remove_why(id, 1);
    assert!(pm.insert_why(id, 2, "third"));
    assert_eq!(pm.cause(id).unwrap().whys, ["first", "third"]);
    assert!(!pm.insert_why(999, 0, "no cause"));
    while pm.cause(id).unwrap().whys.len() < crate::domain::limits::WHYS {
        pm.add_why(id);
    }
    assert!(!pm.insert_why(id, 0, "full"), "a full chain stays full");
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
