#![allow(clippy::unwrap_used)]

use chrono::{DateTime, NaiveDate, TimeZone, Utc};

use super::*;
use crate::domain::{worked_example, Direction, PostmortemId};

fn at(h: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 12, 1, h, 0, 0).unwrap()
}

fn uid(s: &str) -> Uid {
    Uid(s.to_owned())
}

fn list_with(checks: &[&str]) -> Checklist {
    let mut list = Checklist::new(uid("cl"), "Launch checklist", at(8));
    for (i, check) in checks.iter().enumerate() {
        list.add_item(uid(&format!("i{i}")), *check);
    }
    list
}

fn checks(list: &Checklist) -> Vec<&str> {
    list.active().map(|i| i.check.as_str()).collect()
}

#[test]
fn finds_the_timing_an_action_names() {
    for (text, timing) in [
        (
            "Add to the launch checklist a two-person time-zone check of every scheduled tool, 24 hours before launch.",
            Some("24 hours before launch"),
        ),
        ("Test every discount code the day before each sale", Some("the day before each sale")),
        ("Review the DNS records 2 weeks prior to renewal; owner: ops", Some("2 weeks prior to renewal")),
        ("Alert when checkout errors exceed 2% for five minutes", None),
        ("Write it down before we forget", None),
    ] {
        assert_eq!(timing_in(text).as_deref(), timing, "{text}");
    }
}

#[test]
fn an_item_from_the_worked_example_remembers_where_it_came_from() {
    let pm = worked_example(PostmortemId("ex".into()), at(8));
    let action = &pm.actions[0];
    let mut list = Checklist::new(uid("cl"), "Launch checklist", at(8));
    list.add_from_action(uid("i1"), &pm, action);
    let item = &list.items[0];
    assert_eq!(item.check, action.description);
    assert_eq!(item.when, "24 hours before launch");
    assert_eq!(item.who, "Launch manager");
    let origin = item.origin.as_ref().unwrap();
    assert_eq!(origin.title, pm.title);
    // The incident's day (its first timed fact), not the day the example was opened.
    assert_eq!(origin.date, NaiveDate::from_ymd_opt(2026, 11, 27).unwrap());
    let lists = [list];
    let (found, found_item) = item_for_action(&lists, &pm.id, action.id).unwrap();
    assert_eq!(
        (found.name.as_str(), &found_item.id),
        ("Launch checklist", &uid("i1"))
    );
    assert!(item_for_action(&lists, &pm.id, pm.actions[1].id).is_none());
}

#[test]
fn the_source_of_an_item_says_when_its_postmortem_is_in_the_trash_or_gone() {
    let mut pm = worked_example(PostmortemId("ex".into()), at(8));
    let origin = Origin::of(&pm, &pm.actions[0]);
    assert_eq!(Source::of(&origin, std::slice::from_ref(&pm)), Source::Here);
    pm.mark_deleted(at(9));
    assert_eq!(
        Source::of(&origin, std::slice::from_ref(&pm)),
        Source::InTrash
    );
    assert_eq!(Source::of(&origin, &[]), Source::Gone);
}

#[test]
fn moving_steps_over_retired_items_and_stops_at_the_ends() {
    let mut list = list_with(&["a", "b", "c"]);
    list.retire(&uid("i1"), "no longer needed", at(9)).unwrap();
    list.move_item(&uid("i2"), Direction::Up);
    assert_eq!(checks(&list), ["c", "a"]);
    list.move_item(&uid("i2"), Direction::Up);
    assert_eq!(checks(&list), ["c", "a"]);
    list.move_item(&uid("i2"), Direction::Down);
    assert_eq!(checks(&list), ["a", "c"]);
    list.move_item(&uid("i2"), Direction::Down);
    assert_eq!(checks(&list), ["a", "c"]);
}

#[test]
fn retiring_needs_a_reason_and_keeps_the_item_in_the_history() {
    let mut list = list_with(&["a", "b"]);
    assert!(list.retire(&uid("i0"), "   ", at(9)).is_err());
    assert_eq!(list.active().count(), 2);
    list.retire(&uid("i0"), "The tool checks it now", at(9))
        .unwrap();
    assert_eq!(checks(&list), ["b"]);
    let retired: Vec<_> = list.retired().collect();
    assert_eq!(retired.len(), 1);
    assert_eq!(
        retired[0].retired.as_ref().unwrap().reason,
        "The tool checks it now"
    );
    // Put back where it was, as if never retired.
    list.reinstate(&uid("i0"));
    assert_eq!(checks(&list), ["a", "b"]);
}

#[test]
fn a_run_covers_the_items_in_use_and_finishes_only_when_every_check_is_answered() {
    let mut list = list_with(&["Time zones checked", "Codes tested", "Old check"]);
    list.retire(&uid("i2"), "replaced", at(9)).unwrap();
    assert!(Checklist::new(uid("x"), "Empty", at(8))
        .start_run(uid("r"), "x", at(9))
        .is_err());
    list.start_run(uid("r1"), " Spring sale 2027 ", at(10))
        .unwrap();
    let run = list.run_mut(&uid("r1")).unwrap();
    assert_eq!(run.name, "Spring sale 2027");
    assert_eq!(run.results.len(), 2);
    assert!(run.is_untouched());
    run.set_outcome(&uid("i0"), Some(Outcome::Done), at(11));
    run.set_outcome(&uid("i1"), Some(Outcome::Failed), at(12));
    let blockers = run.finish(at(13)).unwrap_err();
    assert_eq!(
        blockers,
        ["2. “Codes tested”: failed without a note on what failed"]
    );
    run.set_note(&uid("i1"), "SPRING20 was rejected at checkout");
    run.finish(at(13)).unwrap();
    assert!(run.is_finished());
    assert_eq!(run.tally().to_string(), "1 done, 0 skipped, 1 failed");
    assert_eq!(run.result(&uid("i1")).unwrap().at, Some(at(12)));
    // A real record is never discarded; an untouched run can be.
    assert!(!list.discard_run(&uid("r1")));
    list.start_run(uid("r2"), "Oops", at(14)).unwrap();
    assert!(list.discard_run(&uid("r2")));
    assert_eq!(list.runs.len(), 1);
}

#[test]
fn rewording_an_item_does_not_rewrite_past_runs() {
    let mut list = list_with(&["Codes tested"]);
    list.start_run(uid("r1"), "Sale", at(10)).unwrap();
    list.set_check(&uid("i0"), "Every code tested at checkout");
    assert_eq!(list.runs[0].results[0].check, "Codes tested");
}

#[test]
fn a_failed_check_becomes_the_first_fact_of_a_new_postmortem() {
    let mut list = list_with(&["Every discount code tested at checkout"]);
    list.start_run(uid("r1"), "Spring sale 2027", at(10))
        .unwrap();
    let run = list.run_mut(&uid("r1")).unwrap();
    run.set_outcome(&uid("i0"), Some(Outcome::Failed), at(11));
    run.set_note(&uid("i0"), "SPRING20 was rejected");
    let run = list.runs[0].clone();
    let when = NaiveDate::from_ymd_opt(2026, 12, 1)
        .unwrap()
        .and_hms_opt(12, 0, 0);
    let pm = postmortem_from_failure(
        PostmortemId("new".into()),
        at(11),
        &list,
        &run,
        &run.results[0],
        when,
        Some("Europe/Paris".into()),
    );
    assert_eq!(
        pm.title,
        "Failed check: Every discount code tested at checkout"
    );
    let fact = &pm.facts[0];
    assert_eq!(
        fact.text,
        "During the run “Spring sale 2027” of the Launch checklist, the check “Every discount code tested at checkout” failed: SPRING20 was rejected."
    );
    assert_eq!(fact.when, when);
    assert_eq!(fact.zone.as_deref(), Some("Europe/Paris"));
    assert_eq!(fact.source, "Playbook: Launch checklist");

    // A run left unnamed is not quoted as if "Unnamed run" were its name.
    let mut unnamed = run.clone();
    unnamed.name = "  ".into();
    let pm = postmortem_from_failure(
        PostmortemId("new".into()),
        at(11),
        &list,
        &unnamed,
        &unnamed.results[0],
        when,
        None,
    );
    assert_eq!(
        pm.facts[0].text,
        "During a run of the Launch checklist, the check “Every discount code tested at checkout” failed: SPRING20 was rejected."
    );
}

// Found by a first-time user: each press of "Start a post-mortem about check 2" (again, or
// after going back) started another identical post-mortem.
#[test]
fn a_failure_names_its_post_mortem_the_same_every_time() {
    let id = failure_postmortem_id(&uid("r1"), &uid("i0")).unwrap();
    assert_eq!(id, failure_postmortem_id(&uid("r1"), &uid("i0")).unwrap());
    assert_ne!(id, failure_postmortem_id(&uid("r1"), &uid("i1")).unwrap());
    assert_ne!(id, failure_postmortem_id(&uid("r2"), &uid("i0")).unwrap());
    assert!(PostmortemId::is_valid(id.as_str()));
    // Ids too long to combine: no shared id, and the caller makes a fresh one.
    assert_eq!(
        failure_postmortem_id(&uid(&"r".repeat(40)), &uid(&"i".repeat(40))),
        None
    );
}

#[test]
fn finds_checklists_by_name_without_case_and_not_in_the_trash() {
    let mut a = list_with(&[]);
    let b = Checklist::new(uid("b"), "Deploy checklist", at(8));
    assert_eq!(
        find_by_name(&[a.clone(), b.clone()], " launch CHECKLIST ")
            .unwrap()
            .id,
        uid("cl")
    );
    a.mark_deleted(at(9));
    assert!(find_by_name(&[a, b], "Launch checklist").is_none());
}

// ---- merge ----

#[test]
fn edits_to_different_items_and_runs_in_two_tabs_both_survive() {
    let mut base = list_with(&["a", "b"]);
    base.start_run(uid("r1"), "Sale", at(9)).unwrap();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    ours.set_check(&uid("i0"), "a, reworded here");
    ours.run_mut(&uid("r1"))
        .unwrap()
        .set_outcome(&uid("i0"), Some(Outcome::Done), at(10));
    theirs.set_when(&uid("i1"), "24 h before");
    theirs.add_item(uid("t1"), "added there");
    theirs
        .run_mut(&uid("r1"))
        .unwrap()
        .set_outcome(&uid("i1"), Some(Outcome::Done), at(10));
    theirs.rename("Launch checklist (shop)");
    let (merged, conflicts) = merge_checklist(Some(&base), &ours, &theirs, at(11));
    assert_eq!(conflicts, 0);
    assert_eq!(merged.name, "Launch checklist (shop)");
    assert_eq!(checks(&merged), ["a, reworded here", "b", "added there"]);
    assert_eq!(merged.item(&uid("i1")).unwrap().when, "24 h before");
    assert_eq!(merged.runs[0].tally().done, 2);
}

#[test]
fn an_item_changed_in_both_tabs_keeps_the_other_version_in_the_history() {
    let base = list_with(&["a"]);
    let mut ours = base.clone();
    let mut theirs = base.clone();
    ours.set_check(&uid("i0"), "mine");
    theirs.set_check(&uid("i0"), "theirs");
    let (merged, conflicts) = merge_checklist(Some(&base), &ours, &theirs, at(11));
    assert_eq!(conflicts, 1);
    assert_eq!(checks(&merged), ["mine"]);
    let kept: Vec<_> = merged.retired().collect();
    assert_eq!(kept.len(), 1);
    assert_eq!(kept[0].check, "theirs");
    assert_eq!(
        kept[0].retired.as_ref().unwrap().reason,
        merge::OTHER_VERSION
    );
    // Without a common ancestor (an imported copy), equal items are not conflicts.
    let (same, none) = merge_checklist(None, &ours, &ours.clone(), at(11));
    assert_eq!((same, none), (ours, 0));
}

#[test]
fn both_tabs_answering_one_check_keeps_both_notes() {
    let mut base = list_with(&["a"]);
    base.start_run(uid("r1"), "Sale", at(9)).unwrap();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    let run = ours.run_mut(&uid("r1")).unwrap();
    run.set_outcome(&uid("i0"), Some(Outcome::Failed), at(10));
    run.set_note(&uid("i0"), "code rejected");
    let run = theirs.run_mut(&uid("r1")).unwrap();
    run.set_outcome(&uid("i0"), Some(Outcome::Skipped), at(10));
    run.set_note(&uid("i0"), "no time");
    let (merged, _) = merge_checklist(Some(&base), &ours, &theirs, at(11));
    let result = &merged.runs[0].results[0];
    assert_eq!(result.outcome, Some(Outcome::Failed));
    assert_eq!(result.note, "code rejected\nno time");
}

#[test]
fn the_order_and_discarded_runs_follow_the_side_that_changed_them() {
    let mut base = list_with(&["a", "b", "c"]);
    base.start_run(uid("r1"), "Sale", at(9)).unwrap();
    let ours = base.clone();
    let mut theirs = base.clone();
    theirs.move_item(&uid("i2"), Direction::Up);
    assert!(theirs.discard_run(&uid("r1")));
    let (merged, _) = merge_checklist(Some(&base), &ours, &theirs, at(11));
    assert_eq!(checks(&merged), ["a", "c", "b"], "their move stands");
    assert!(merged.runs.is_empty(), "their discard stands");
    // And the other way round: our move and discard stand against an unchanged other side.
    let (merged, _) = merge_checklist(Some(&base), &theirs, &ours, at(11));
    assert_eq!(checks(&merged), ["a", "c", "b"]);
    assert!(merged.runs.is_empty());
}

#[test]
fn different_fields_of_one_check_merge_and_a_retirement_keeps_its_reason() {
    let base = list_with(&["a"]);
    let mut ours = base.clone();
    let mut theirs = base.clone();
    ours.retire(&uid("i0"), "The tool checks it now", at(10))
        .unwrap();
    theirs.set_when(&uid("i0"), "the day before");
    let (merged, conflicts) = merge_checklist(Some(&base), &ours, &theirs, at(11));
    assert_eq!(conflicts, 0);
    let item = merged.item(&uid("i0")).unwrap();
    assert_eq!(item.when, "the day before");
    assert_eq!(
        item.retired.as_ref().unwrap().reason,
        "The tool checks it now"
    );
    // The same the other way round.
    let (merged, _) = merge_checklist(Some(&base), &theirs, &ours, at(11));
    assert_eq!(
        merged
            .item(&uid("i0"))
            .unwrap()
            .retired
            .as_ref()
            .unwrap()
            .reason,
        "The tool checks it now"
    );
}

#[test]
fn a_failure_is_never_hidden_by_another_tabs_done() {
    let mut base = list_with(&["a"]);
    base.start_run(uid("r1"), "Sale", at(9)).unwrap();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    ours.run_mut(&uid("r1"))
        .unwrap()
        .set_outcome(&uid("i0"), Some(Outcome::Done), at(10));
    let run = theirs.run_mut(&uid("r1")).unwrap();
    run.set_outcome(&uid("i0"), Some(Outcome::Failed), at(10));
    run.set_note(&uid("i0"), "code rejected");
    let (merged, _) = merge_checklist(Some(&base), &ours, &theirs, at(11));
    let result = &merged.runs[0].results[0];
    assert_eq!(
        (result.outcome, result.note.as_str()),
        (Some(Outcome::Failed), "code rejected")
    );
}

#[test]
fn a_run_shows_when_and_by_whom_each_check_is_done() {
    let mut item = CheckItem {
        check: "Test every discount code".into(),
        ..CheckItem::default()
    };
    assert_eq!(item.when_and_who(), "");
    item.when = " 24 hours before launch ".into();
    assert_eq!(item.when_and_who(), "When: 24 hours before launch");
    item.who = "Marketing lead".into();
    assert_eq!(
        item.when_and_who(),
        "When: 24 hours before launch · Who: Marketing lead"
    );
    item.when = String::new();
    assert_eq!(item.when_and_who(), "Who: Marketing lead");
}
