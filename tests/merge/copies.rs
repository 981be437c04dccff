//! Two copies without a common ancestor (a backup or a share link from someone else):
//! identical copies merge to the same, and only what differs is asked about.

use super::*;
use hindsight::persist::merge::{keep_both, keep_mine, kept_both_message, merge_copies};

fn copy() -> Postmortem {
    let now = Utc.with_ymd_and_hms(2026, 11, 27, 14, 0, 0).unwrap();
    hindsight::domain::worked_example(PostmortemId("shared".into()), now)
}

#[test]
fn identical_copies_merge_to_the_same_without_conflict() {
    let merged = merge_copies(&copy(), &copy());
    assert!(merged.conflicts.is_empty());
    assert_eq!(merged.doc, copy());
}

#[test]
fn without_history_every_item_held_differently_is_asked_and_nothing_is_lost() {
    // Copies carry no history: F1 differing could be an edit here or there, and two
    // facts added under the same id could be one fact or two. Each is asked, and
    // "Keep both" keeps the two versions.
    let (mut ours, mut theirs) = (copy(), copy());
    let (f1, f2) = (ours.facts[0].id, ours.facts[1].id);
    ours.set_fact_text(f1, "F1, corrected here");
    theirs.set_fact_text(f2, "F2, corrected there");
    let mine = ours.add_fact("Added here");
    let other = theirs.add_fact("Added there");
    assert_eq!(mine, other, "both copies hand out the same next id");
    let mut merged = merge_copies(&ours, &theirs);
    let asked: Vec<String> = merged.conflicts.iter().map(|c| c.label.clone()).collect();
    assert_eq!(asked, ["Fact 1", "Fact 2", "Fact 7"]);
    assert!(merged.conflicts.iter().all(|c| c.can_keep_both()));
    let conflicts = merged.conflicts.clone();
    keep_mine(&mut merged.doc, &conflicts[0]);
    // Fact 2: theirs is what the merged copy shows; nothing to do to keep it.
    assert!(keep_both(&mut merged.doc, &conflicts[2]));
    let texts: Vec<&str> = merged.doc.facts.iter().map(|f| f.text.as_str()).collect();
    for text in [
        "F1, corrected here",
        "F2, corrected there",
        "Added here",
        "Added there",
    ] {
        assert!(texts.contains(&text), "{text} in {texts:?}");
    }
    assert_eq!(merged.doc.facts.len(), copy().facts.len() + 2);
    merged.doc.check_ids().unwrap();
    // The notice tells the two apart: Fact 7 holds theirs, and ours is the last fact.
    assert_eq!(
        kept_both_message(&conflicts[2], true).unwrap(),
        "Kept both: Fact 7 now reads as the other copy's version, and yours is the last fact."
    );
    assert_eq!(merged.doc.facts[6].text, "Added there");
    assert_eq!(merged.doc.facts.last().unwrap().text, "Added here");
    assert_eq!(
        kept_both_message(&conflicts[0], false).unwrap(),
        "Kept both: Fact 1 now reads as the other tab's version, and this tab's is the last fact."
    );
    assert!(conflicts
        .iter()
        .all(|c| kept_both_message(c, true).is_some()));
    let title = merge_copies(&copy(), &{
        let mut t = copy();
        t.set_title("Another title");
        t
    });
    assert_eq!(kept_both_message(&title.conflicts[0], true), None);
}

#[test]
fn an_item_changed_in_both_copies_is_a_conflict_the_user_settles() {
    let (mut ours, mut theirs) = (copy(), copy());
    let action = ours.actions[0].id;
    ours.set_action_owner(action, "Shop owner");
    theirs.set_action_owner(action, "Marketing lead");
    theirs.set_title("Black Friday, their title");
    let mut merged = merge_copies(&ours, &theirs);
    assert_eq!(merged.conflicts.len(), 2, "{:?}", merged.conflicts);
    assert_eq!(merged.doc.action(action).unwrap().owner, "Marketing lead");
    for conflict in merged.conflicts.clone() {
        keep_mine(&mut merged.doc, &conflict);
    }
    assert_eq!(merged.doc.action(action).unwrap().owner, "Shop owner");
    assert_eq!(merged.doc.title, copy().title);
}

#[test]
fn an_item_only_one_copy_holds_is_kept() {
    let (mut ours, theirs) = (copy(), copy());
    let gone = ours.facts[0].id;
    ours.remove_fact(gone);
    // Here it was removed; the other copy still has it: without history, it is kept,
    // and links to it from the other copy's causes with it.
    let merged = merge_copies(&ours, &theirs);
    assert!(merged.doc.fact(gone).is_some());
    let asked: Vec<&str> = merged.conflicts.iter().map(|c| c.label.as_str()).collect();
    // The causes that linked to it differ between the copies (here the link went with
    // the fact): they are asked about, nothing else.
    assert!(asked.iter().all(|l| l.starts_with("Cause")), "{asked:?}");
}
