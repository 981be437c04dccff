#![cfg(not(target_arch = "wasm32"))]
//! Two tabs editing the same post-mortem: edits to different things merge, the same thing
//! changed differently on both sides is a conflict the user can settle either way, and no
//! edit is ever lost (including items both tabs added under the same id).

#![allow(clippy::unwrap_used)]

use chrono::{DateTime, Duration, TimeZone, Utc};
use hindsight::domain::{
    worked_example, ActionStatus, Count, Direction, Person, Postmortem, PostmortemId, Status, Step,
};
use hindsight::persist::merge::{
    keep_mine, keep_theirs, merge, Conflict, ConflictItem, Merged, Side, Version,
};
use proptest::prelude::*;
use proptest::sample::{select, Index};
use proptest::test_runner::Config;

fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, hour, 0, 0).unwrap()
}

/// The worked example, as both tabs last read it: facts 1–6, causes 7–8, actions 9–10.
fn base() -> Postmortem {
    worked_example(PostmortemId("shared".into()), at(27, 8))
}

fn edited(from: &Postmortem, hour: u32, edit: impl FnOnce(&mut Postmortem)) -> Postmortem {
    let mut pm = from.clone();
    edit(&mut pm);
    pm.touch(at(28, hour));
    pm
}

fn only(merged: &Merged) -> &Conflict {
    assert_eq!(merged.conflicts.len(), 1, "{:#?}", merged.conflicts);
    &merged.conflicts[0]
}

fn assert_sound(pm: &Postmortem) {
    assert_eq!(pm.check_ids(), Ok(()));
    let mut normal = pm.clone();
    normal.normalize();
    assert_eq!(&normal, pm, "dangling links or a low next_id");
}

#[test]
fn edits_to_different_things_merge_without_conflict() {
    let base = base();
    let ours = edited(&base, 9, |pm| {
        pm.set_title("Ours: new title");
        pm.set_fact_text(1, "Ours: fact 1");
        pm.set_action_status(9, ActionStatus::Done);
    });
    let theirs = edited(&base, 10, |pm| {
        pm.set_cause_statement(7, "Theirs: cause 7");
        pm.set_fact_source(2, "Theirs: source");
        pm.set_impact_count(Count::Orders, Some(300));
    });
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.conflicts, []);
    let doc = &merged.doc;
    assert_eq!(doc.title, "Ours: new title");
    assert_eq!(doc.fact(1).unwrap().text, "Ours: fact 1");
    assert_eq!(doc.action(9).unwrap().status, ActionStatus::Done);
    assert_eq!(doc.cause(7).unwrap().statement, "Theirs: cause 7");
    assert_eq!(doc.fact(2).unwrap().source, "Theirs: source");
    assert_eq!(doc.impact.orders, Some(300));
    assert_eq!(doc.updated_at, at(28, 10), "the later of the two");
    assert_sound(doc);
}

#[test]
fn identical_edits_are_not_a_conflict() {
    let base = base();
    let edit = |pm: &mut Postmortem| {
        pm.set_title("Same");
        pm.set_fact_text(3, "Same text");
        pm.remove_action(10);
        pm.set_status(Status::InReview, at(28, 9));
    };
    let ours = edited(&base, 9, edit);
    let theirs = edited(&base, 11, edit);
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.conflicts, []);
    assert_eq!(merged.doc, theirs);
}

#[test]
fn the_same_item_changed_on_both_sides_is_a_conflict_settled_either_way() {
    let base = base();
    let ours = edited(&base, 9, |pm| pm.set_fact_text(2, "Ours"));
    let theirs = edited(&base, 10, |pm| pm.set_fact_text(2, "Theirs"));
    let merged = merge(&base, &ours, &theirs);
    let conflict = only(&merged);
    assert_eq!(conflict.what, ConflictItem::Fact(2));
    assert_eq!(conflict.label, "Fact 2");
    assert!(conflict.ours.contains("“Ours”"), "{}", conflict.ours);
    assert!(conflict.theirs.contains("“Theirs”"), "{}", conflict.theirs);
    assert_eq!(conflict.kept, Side::Theirs);
    assert_eq!(merged.doc.fact(2).unwrap().text, "Theirs");

    let mut mine = merged.doc.clone();
    keep_mine(&mut mine, conflict);
    assert_eq!(mine.fact(2), ours.fact(2));
    assert_eq!(mine.facts.len(), base.facts.len(), "replaced in place");
    assert_eq!(mine.facts[1].id, 2);
    let mut back = mine.clone();
    keep_theirs(&mut back, conflict);
    assert_eq!(back, merged.doc);
}

#[test]
fn title_status_and_impact_conflicts_can_each_be_settled_with_mine() {
    let base = base();
    let ours = edited(&base, 9, |pm| {
        pm.set_title("Our title");
        pm.set_status(Status::Closed, at(28, 9));
        pm.set_impact_count(Count::Customers, Some(1));
    });
    let theirs = edited(&base, 10, |pm| {
        pm.set_title("Their title");
        pm.set_status(Status::InReview, at(28, 10));
        pm.set_revenue_lost(Some(5));
    });
    let merged = merge(&base, &ours, &theirs);
    let what: Vec<ConflictItem> = merged.conflicts.iter().map(|c| c.what).collect();
    assert_eq!(
        what,
        [
            ConflictItem::Title,
            ConflictItem::Status,
            ConflictItem::Impact
        ]
    );
    let labels: Vec<&str> = merged.conflicts.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(labels, ["the title", "the status", "the impact"]);
    assert_eq!(merged.conflicts[1].ours, "Closed");
    assert_eq!(merged.conflicts[1].theirs, "In review");
    assert_eq!(
        merged.conflicts[2].ours,
        "212 orders, 9,300 USD lost, 1 customer, 86 support contacts"
    );
    assert_eq!(
        merged.conflicts[2].theirs,
        "212 orders, 0.05 USD lost, 198 customers, 86 support contacts"
    );
    let doc = &merged.doc;
    assert_eq!(
        (doc.title.as_str(), doc.status, &doc.impact),
        ("Their title", Status::InReview, &theirs.impact)
    );
    // Each stage's date is kept whichever status wins, so settling loses nothing.
    assert_eq!(doc.closed_at, Some(at(28, 9)));
    assert_eq!(doc.in_review_at, Some(at(28, 10)));

    let mut mine = merged.doc.clone();
    for conflict in &merged.conflicts {
        keep_mine(&mut mine, conflict);
    }
    assert_eq!(
        (mine.title.as_str(), mine.status, &mine.impact),
        ("Our title", Status::Closed, &ours.impact)
    );
}

#[test]
fn items_added_on_both_sides_under_the_same_ids_all_survive_with_their_links() {
    let base = base();
    let next = base.next_id;
    let ours = edited(&base, 9, |pm| {
        let fact = pm.add_fact("Ours: new fact");
        let cause = pm.add_cause("Ours: new cause");
        pm.set_evidence(cause, fact, true);
        // An existing cause now points at our new fact too.
        pm.set_evidence(8, fact, true);
        let action = pm.add_action("Ours: new action");
        pm.set_action_cause(action, cause, true);
    });
    let theirs = edited(&base, 10, |pm| {
        let fact = pm.add_fact("Theirs: new fact");
        let cause = pm.add_cause("Theirs: new cause");
        pm.set_evidence(cause, fact, true);
    });
    assert_eq!(ours.fact(next).unwrap().text, "Ours: new fact");
    assert_eq!(theirs.fact(next).unwrap().text, "Theirs: new fact");

    let merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.conflicts, []);
    let doc = &merged.doc;
    assert_sound(doc);
    // Theirs is saved already, so it keeps its ids.
    assert_eq!(doc.fact(next).unwrap().text, "Theirs: new fact");
    assert_eq!(doc.cause(next + 1).unwrap().evidence, [next]);
    // Ours moved to fresh ids, links following.
    let our_fact = doc
        .facts
        .iter()
        .find(|f| f.text == "Ours: new fact")
        .unwrap();
    let our_cause = doc
        .causes
        .iter()
        .find(|c| c.statement == "Ours: new cause")
        .unwrap();
    let our_action = doc
        .actions
        .iter()
        .find(|a| a.description == "Ours: new action")
        .unwrap();
    assert!(our_fact.id >= next + 2 && our_cause.id >= next + 2 && our_action.id >= next + 2);
    assert_eq!(our_cause.evidence, [our_fact.id]);
    assert_eq!(our_action.causes, [our_cause.id]);
    assert!(doc.cause(8).unwrap().evidence.contains(&our_fact.id));
    assert!(
        !doc.cause(8).unwrap().evidence.contains(&next),
        "not theirs"
    );
    // Theirs' order, then ours' additions.
    let facts: Vec<&str> = doc.facts.iter().map(|f| f.text.as_str()).collect();
    assert_eq!(
        facts[facts.len() - 2..],
        ["Theirs: new fact", "Ours: new fact"]
    );
    assert!(doc.next_id > our_action.id);
}

#[test]
fn an_item_added_identically_on_both_sides_is_kept_once() {
    let base = base();
    let add = |pm: &mut Postmortem| {
        pm.add_fact("Same addition");
    };
    let merged = merge(&base, &edited(&base, 9, add), &edited(&base, 10, add));
    assert_eq!(merged.conflicts, []);
    assert_eq!(merged.doc.facts.len(), base.facts.len() + 1);
}

#[test]
fn removed_on_one_side_and_changed_on_the_other_keeps_the_change() {
    let base = base();
    // Ours removed fact 3 (and with it cause 8's link to it); theirs edited fact 3.
    let ours = edited(&base, 9, |pm| {
        pm.remove_fact(3);
    });
    let theirs = edited(&base, 10, |pm| pm.set_fact_text(3, "Theirs: corrected"));
    let merged = merge(&base, &ours, &theirs);
    let conflict = only(&merged);
    assert_eq!(conflict.what, ConflictItem::Fact(3));
    assert_eq!(conflict.ours, "(removed)");
    assert_eq!(conflict.kept, Side::Theirs);
    assert_eq!(conflict.ours_version, Version::Fact(None));
    assert_eq!(merged.doc.fact(3).unwrap().text, "Theirs: corrected");
    assert!(
        merged.doc.cause(8).unwrap().evidence.contains(&3),
        "the kept fact keeps its links"
    );
    // Keeping mine removes it after all, with its links.
    let mut mine = merged.doc.clone();
    keep_mine(&mut mine, conflict);
    assert!(mine.fact(3).is_none());
    assert!(!mine.cause(8).unwrap().evidence.contains(&3));
    assert_sound(&mine);

    // The other way round: ours edited, theirs removed. Ours is kept.
    let merged = merge(&base, &theirs, &ours);
    let conflict = only(&merged);
    assert_eq!(conflict.kept, Side::Ours);
    assert_eq!(conflict.theirs, "(removed)");
    assert_eq!(merged.doc.fact(3).unwrap().text, "Theirs: corrected");
    assert!(
        merged.doc.cause(8).unwrap().evidence.contains(&3),
        "whichever side removed it, the kept fact keeps its links"
    );
    let mut removed = merged.doc.clone();
    keep_theirs(&mut removed, conflict);
    assert!(removed.fact(3).is_none());
    assert!(!removed.cause(8).unwrap().evidence.contains(&3));
}

#[test]
fn removed_on_one_side_and_untouched_on_the_other_is_removed() {
    let base = base();
    let ours = edited(&base, 9, |pm| {
        pm.remove_fact(6);
        pm.remove_action(10);
    });
    let theirs = edited(&base, 10, |pm| {
        pm.remove_cause(7);
    });
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.conflicts, []);
    let doc = &merged.doc;
    assert!(doc.fact(6).is_none() && doc.action(10).is_none() && doc.cause(7).is_none());
    // Action 9 pointed at cause 7 only; the link went with the cause.
    assert!(doc.action(9).unwrap().causes.is_empty());
    assert_sound(doc);
}

#[test]
fn removing_a_fact_is_not_a_conflict_with_editing_a_cause_that_cited_it() {
    // Removing fact 6 unlinks it from cause 8 in our copy; the other tab reworded cause 8.
    let base = base();
    assert!(base.cause(8).unwrap().evidence.contains(&6));
    let ours = edited(&base, 9, |pm| {
        pm.remove_fact(6);
    });
    let theirs = edited(&base, 10, |pm| {
        pm.set_cause_statement(8, "Theirs: reworded")
    });
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.conflicts, []);
    let cause = merged.doc.cause(8).unwrap();
    assert_eq!(cause.statement, "Theirs: reworded");
    assert!(!cause.evidence.contains(&6));
    assert!(merged.doc.fact(6).is_none());
}

#[test]
fn a_link_to_an_item_the_other_side_removed_is_dropped() {
    let base = base();
    let ours = edited(&base, 9, |pm| {
        pm.remove_fact(1);
    });
    let theirs = edited(&base, 10, |pm| pm.set_evidence(8, 1, true));
    let merged = merge(&base, &ours, &theirs);
    assert!(merged.doc.fact(1).is_none());
    assert!(!merged.doc.cause(8).unwrap().evidence.contains(&1));
    assert_sound(&merged.doc);
}

#[test]
fn our_reordering_survives_their_addition() {
    let base = base();
    let ours = edited(&base, 9, |pm| pm.move_fact(3, Direction::Up));
    let theirs = edited(&base, 10, |pm| {
        pm.add_fact("Theirs: new");
    });
    let merged = merge(&base, &ours, &theirs);
    let ids: Vec<u32> = merged.doc.facts.iter().map(|f| f.id).collect();
    let mut expected: Vec<u32> = ours.facts.iter().map(|f| f.id).collect();
    expected.push(base.next_id);
    assert_eq!(ids, expected);
}

#[test]
fn navigation_and_lifecycle_dates_never_conflict() {
    let base = base();
    let ours = edited(&base, 9, |pm| {
        pm.set_step(Step::Causes);
        pm.mark_deleted(at(28, 9));
    });
    let theirs = edited(&base, 10, |pm| {
        pm.set_step(Step::Actions);
        pm.mark_deleted(at(28, 10));
    });
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.conflicts, []);
    assert_eq!(merged.doc.step, Step::Causes, "this tab's step");
    assert_eq!(merged.doc.deleted_at, Some(at(28, 10)), "the later date");
}

// Regression: when only the other tab's step differed from the base, the merge took it,
// and this tab jumped to that step under its own address, losing the user's focus.
#[test]
fn another_tabs_step_never_moves_this_one() {
    let mut base = base();
    base.set_step(Step::Causes);
    let ours = edited(&base, 9, |_| {});
    let theirs = edited(&base, 10, |pm| {
        pm.set_step(Step::Facts);
        let id = pm.add_fact("");
        pm.set_fact_text(id, "Saved in the other tab");
    });
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.doc.step, Step::Causes);
    assert!(merged
        .doc
        .facts
        .iter()
        .any(|f| f.text == "Saved in the other tab"));
}

#[test]
fn people_and_dismissed_findings_from_both_sides_are_kept() {
    let mut base = base();
    base.people = vec![person("Ana", "on-call"), person("Bo", "lead")];
    base.dismissed = ["a".to_owned(), "b".to_owned()].into();
    let ours = edited(&base, 9, |pm| {
        pm.set_person_role(0, "incident commander");
        pm.set_dismissed("c", true);
        pm.set_dismissed("a", false);
    });
    let theirs = edited(&base, 10, |pm| {
        pm.add_person();
        pm.set_person_name(2, "Cy");
        pm.set_dismissed("d", true);
    });
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(
        merged.doc.people,
        [
            person("Bo", "lead"),
            person("Cy", ""),
            person("Ana", "incident commander")
        ]
    );
    let dismissed: Vec<&str> = merged.doc.dismissed.iter().map(String::as_str).collect();
    assert_eq!(dismissed, ["b", "c", "d"]);
}

fn person(name: &str, role: &str) -> Person {
    Person {
        name: name.into(),
        role: role.into(),
    }
}

#[test]
fn merging_with_an_unchanged_side_gives_the_other_side() {
    let base = base();
    let changed = edited(&base, 9, |pm| {
        pm.set_title("Changed");
        pm.remove_fact(2);
        let f = pm.add_fact("New");
        pm.set_evidence(7, f, true);
        pm.move_fact(f, Direction::Up);
    });
    let clean = |doc: Postmortem| Merged {
        doc,
        conflicts: vec![],
    };
    assert_eq!(merge(&base, &base, &changed), clean(changed.clone()));
    assert_eq!(merge(&base, &changed, &base), clean(changed.clone()));
    assert_eq!(merge(&base, &base, &base), clean(base));
}

mod copies;
mod properties;
