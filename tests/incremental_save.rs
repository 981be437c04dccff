#![cfg(not(target_arch = "wasm32"))]
//! Autosave's incremental encoder writes exactly what the stored format's `encode` writes,
//! whatever was edited, added, removed or moved between two saves, and whichever
//! post-mortem it is given next.

#![allow(clippy::unwrap_used)]

use chrono::{DateTime, TimeZone, Utc};
use hindsight::domain::{worked_example, Direction, ItemId, Postmortem, PostmortemId, Status};
use hindsight::persist::incremental::Encoder;
use hindsight::persist::schema::{decode, encode};
use proptest::prelude::*;
use proptest::test_runner::Config;

fn at(minute: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 27, 9, minute, 0).unwrap()
}

fn example(id: &str) -> Postmortem {
    worked_example(PostmortemId(id.into()), at(0))
}

/// One change a person can make between two saves.
#[derive(Clone, Debug)]
enum Edit {
    FactText(usize, String),
    AddFact(String),
    RemoveFact(usize),
    MoveFactUp(usize),
    MoveFactDown(usize),
    CauseStatement(usize, String),
    AddWhy(usize),
    AddCause(String),
    RemoveCause(usize),
    ActionOwner(usize, String),
    AddAction(String),
    RemoveAction(usize),
    Title(String),
    Status,
    Dismiss(String),
}

/// The item an edit at `i` applies to: any of the list, whatever `i` is.
fn pick(ids: Vec<ItemId>, i: usize) -> Option<ItemId> {
    (!ids.is_empty()).then(|| ids[i % ids.len()])
}

fn apply(doc: &mut Postmortem, edit: &Edit) {
    let i = match edit {
        Edit::FactText(i, _) | Edit::CauseStatement(i, _) | Edit::ActionOwner(i, _) => *i,
        Edit::RemoveFact(i) | Edit::MoveFactUp(i) | Edit::MoveFactDown(i) => *i,
        Edit::AddWhy(i) | Edit::RemoveCause(i) | Edit::RemoveAction(i) => *i,
        _ => 0,
    };
    let fact = pick(doc.facts.iter().map(|f| f.id).collect(), i);
    let cause = pick(doc.causes.iter().map(|c| c.id).collect(), i);
    let action = pick(doc.actions.iter().map(|a| a.id).collect(), i);
    match (edit, fact, cause, action) {
        (Edit::FactText(_, text), Some(id), _, _) => doc.set_fact_text(id, text.clone()),
        (Edit::RemoveFact(_), Some(id), _, _) => drop(doc.remove_fact(id)),
        (Edit::MoveFactUp(_), Some(id), _, _) => doc.move_fact(id, Direction::Up),
        (Edit::MoveFactDown(_), Some(id), _, _) => doc.move_fact(id, Direction::Down),
        (Edit::CauseStatement(_, text), _, Some(id), _) => {
            doc.set_cause_statement(id, text.clone())
        }
        (Edit::AddWhy(_), _, Some(id), _) => doc.add_why(id),
        (Edit::RemoveCause(_), _, Some(id), _) => drop(doc.remove_cause(id)),
        (Edit::ActionOwner(_, owner), _, _, Some(id)) => doc.set_action_owner(id, owner.clone()),
        (Edit::RemoveAction(_), _, _, Some(id)) => drop(doc.remove_action(id)),
        (Edit::AddFact(text), ..) => drop(doc.add_fact(text.clone())),
        (Edit::AddCause(text), ..) => drop(doc.add_cause(text.clone())),
        (Edit::AddAction(text), ..) => drop(doc.add_action(text.clone())),
        (Edit::Title(title), ..) => doc.set_title(title.clone()),
        (Edit::Status, ..) => doc.set_status(Status::InReview, at(5)),
        (Edit::Dismiss(key), ..) => doc.set_dismissed(key.clone(), true),
        // An edit of an item when there is none of that kind.
        _ => {}
    }
}

/// Text with the characters JSON must escape, and some it must not.
fn text() -> impl Strategy<Value = String> {
    "[a-z \"\\\\\n\t\u{1}é—😀]{0,24}"
}

fn edit() -> impl Strategy<Value = Edit> {
    let i = 0usize..64;
    prop_oneof![
        (i.clone(), text()).prop_map(|(i, t)| Edit::FactText(i, t)),
        text().prop_map(Edit::AddFact),
        i.clone().prop_map(Edit::RemoveFact),
        i.clone().prop_map(Edit::MoveFactUp),
        i.clone().prop_map(Edit::MoveFactDown),
        (i.clone(), text()).prop_map(|(i, t)| Edit::CauseStatement(i, t)),
        i.clone().prop_map(Edit::AddWhy),
        text().prop_map(Edit::AddCause),
        i.clone().prop_map(Edit::RemoveCause),
        (i.clone(), text()).prop_map(|(i, t)| Edit::ActionOwner(i, t)),
        text().prop_map(Edit::AddAction),
        i.prop_map(Edit::RemoveAction),
        text().prop_map(Edit::Title),
        Just(Edit::Status),
        text().prop_map(Edit::Dismiss),
    ]
}

proptest! {
    #![proptest_config(Config { cases: 200, failure_persistence: None, ..Config::default() })]

    /// Saves between bursts of edits: every save's text is byte for byte the plain encoding.
    #[test]
    fn every_save_is_exactly_the_plain_encoding(bursts in prop::collection::vec(prop::collection::vec(edit(), 0..6), 1..12)) {
        let mut doc = example("pm-1");
        let mut encoder = Encoder::default();
        for (n, burst) in bursts.iter().enumerate() {
            for (i, edit) in burst.iter().enumerate() {
                apply(&mut doc, edit);
                // Remembering (as done ahead of the first save) changes nothing written.
                if i == 1 {
                    encoder.remember(&doc);
                }
            }
            let saved_at = at(n as u32);
            prop_assert_eq!(encoder.encode(&doc, saved_at), encode(&doc, saved_at));
        }
    }
}

#[test]
fn the_encoded_text_decodes_to_the_same_post_mortem() {
    let mut doc = example("pm-1");
    doc.people = vec![Default::default()];
    doc.set_dismissed("fact:1:text/blame", true);
    doc.set_status(Status::Closed, at(3));
    doc.mark_deleted(at(4));
    let mut encoder = Encoder::default();
    let text = encoder.encode(&doc, at(5));
    assert_eq!(text, encode(&doc, at(5)));
    assert_eq!(decode(&text).unwrap(), doc);
}

#[test]
fn switching_post_mortems_starts_afresh() {
    // Two documents whose items have the same ids but different content: the second must
    // not be written with the first one's item text.
    let mut first = example("pm-1");
    let second = example("pm-2");
    let id = first.facts[0].id;
    first.set_fact_text(id, "Only in the first post-mortem.");
    let mut encoder = Encoder::default();
    encoder.encode(&first, at(1));
    assert_eq!(encoder.encode(&second, at(2)), encode(&second, at(2)));
    encoder.remember(&first);
    assert_eq!(encoder.encode(&second, at(2)), encode(&second, at(2)));
    assert_eq!(encoder.encode(&first, at(3)), encode(&first, at(3)));
}

#[test]
fn an_empty_post_mortem_encodes_like_any_other() {
    let mut doc = example("pm-1");
    doc.facts.clear();
    doc.causes.clear();
    doc.actions.clear();
    let mut encoder = Encoder::default();
    assert_eq!(encoder.encode(&doc, at(1)), encode(&doc, at(1)));
}
