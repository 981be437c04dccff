#![cfg(not(target_arch = "wasm32"))]
//! The playbook's storage: a checklist's envelope (version 3, its fixture), refusal of
//! damaged ones, and checklists in backup files, validated like post-mortems.

#![allow(clippy::unwrap_used, clippy::disallowed_methods)]

use chrono::{DateTime, Utc};
use hindsight::domain::{worked_example, PostmortemId};
use hindsight::persist::backup::{decode_backup, decode_full_backup, encode_full_backup};
use hindsight::persist::schema::{
    checklist_id_from_key, checklist_key, decode_checklist, encode_checklist, DecodeError,
};
use hindsight::playbook::{Checklist, Outcome, Uid};
use serde_json::Value;

const FIXTURE: &str = include_str!("fixtures/v3-checklist.json");

fn utc(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

fn launch_checklist() -> Checklist {
    let pm = worked_example(PostmortemId("ex-1".into()), utc("2026-11-30T04:00:00Z"));
    let mut list = Checklist::new(
        Uid("cl-1".into()),
        "Launch checklist",
        utc("2026-11-30T04:00:00Z"),
    );
    list.add_from_action(Uid("it-1".into()), &pm, &pm.actions[0]);
    list.add_item(
        Uid("it-2".into()),
        "Test every discount code; at checkout, \"quoted\" \\ <b>",
    );
    list.start_run(
        Uid("run-1".into()),
        "Spring sale 2027",
        utc("2027-03-01T08:00:00Z"),
    )
    .unwrap();
    let run = list.run_mut(&Uid("run-1".into())).unwrap();
    run.set_outcome(
        &Uid("it-2".into()),
        Some(Outcome::Failed),
        utc("2027-03-01T08:30:00Z"),
    );
    run.set_note(&Uid("it-2".into()), "SPRING20 rejected");
    list
}

#[test]
fn the_v3_checklist_fixture_reads_and_writes_back_the_same() {
    let list = decode_checklist(FIXTURE).unwrap();
    assert_eq!(list.name, "Launch checklist");
    assert_eq!(list.active().count(), 1);
    assert_eq!(list.retired().count(), 1);
    assert_eq!(list.items[0].origin.as_ref().unwrap().action, 12);
    assert_eq!(list.runs[0].results[0].outcome, Some(Outcome::Failed));
    let fixture: Value = serde_json::from_str(FIXTURE).unwrap();
    let written: Value =
        serde_json::from_str(&encode_checklist(&list, utc("2026-11-30T04:10:00Z"))).unwrap();
    assert_eq!(written, fixture);
}

#[test]
fn a_checklist_round_trips_through_storage() {
    let list = launch_checklist();
    let raw = encode_checklist(&list, utc("2026-12-01T00:00:00Z"));
    assert_eq!(decode_checklist(&raw), Ok(list.clone()));
    assert_eq!(
        checklist_id_from_key(&checklist_key(&list.id)),
        Some(list.id)
    );
    assert_eq!(checklist_id_from_key("hindsight/checklist/<x>"), None);
}

#[test]
fn damaged_or_newer_checklists_are_refused_with_a_reason() {
    let twice = FIXTURE.replace("mw3k9a1d-00000002", "mw3k9a1c-00000001");
    match decode_checklist(&twice) {
        Err(DecodeError::BadDocument(why)) => assert!(why.contains("used twice"), "{why}"),
        other => panic!("{other:?}"),
    }
    let newer = FIXTURE.replace("\"version\": 3", "\"version\": 4");
    assert_eq!(decode_checklist(&newer), Err(DecodeError::FutureVersion(4)));
    assert!(matches!(
        decode_checklist("{\"format\":\"hindsight\""),
        Err(DecodeError::NotJson(_))
    ));
    let bad_outcome = FIXTURE.replace("\"failed\"", "\"maybe\"");
    assert!(matches!(
        decode_checklist(&bad_outcome),
        Err(DecodeError::BadDocument(_))
    ));
}

#[test]
fn a_backup_carries_the_checklists_and_reads_them_back() {
    let pm = worked_example(PostmortemId("ex-1".into()), utc("2026-11-30T04:00:00Z"));
    let mut trashed = Checklist::new(
        Uid("cl-2".into()),
        "Old deploy checklist",
        utc("2026-11-30T04:00:00Z"),
    );
    trashed.mark_deleted(utc("2026-11-30T05:00:00Z"));
    let lists = vec![launch_checklist(), trashed];
    let file = encode_full_backup(
        std::slice::from_ref(&pm),
        &lists,
        utc("2026-12-01T00:00:00Z"),
    );
    let backup = decode_full_backup(&file).unwrap();
    assert_eq!(backup.postmortems, vec![pm.clone()]);
    assert_eq!(backup.checklists, lists);
    // The post-mortem-only reader still reads such a file.
    assert_eq!(decode_backup(&file).unwrap(), vec![pm]);
    // A single stored checklist (as quarantine keeps it) imports too.
    let single = decode_full_backup(FIXTURE).unwrap();
    assert_eq!((single.postmortems.len(), single.checklists.len()), (0, 1));
}

#[test]
fn a_backup_with_a_damaged_checklist_is_refused_whole_and_names_it() {
    let pm = worked_example(PostmortemId("ex-1".into()), utc("2026-11-30T04:00:00Z"));
    let file = encode_full_backup(&[pm], &[launch_checklist()], utc("2026-12-01T00:00:00Z"));
    let damaged = file.replace(
        "\"started_at\": \"2027-03-01T08:00:00Z\"",
        "\"started_at\": \"yesterday\"",
    );
    assert_ne!(damaged, file);
    let message = decode_full_backup(&damaged).unwrap_err().to_string();
    assert!(
        message.contains("checklist 1 of 1 (“Launch checklist”)"),
        "{message}"
    );
    assert!(message.contains("yesterday"), "{message}");
    let twice = encode_full_backup(
        &[],
        &[launch_checklist(), launch_checklist()],
        utc("2026-12-01T00:00:00Z"),
    );
    let message = decode_full_backup(&twice).unwrap_err().to_string();
    assert!(message.contains("same id"), "{message}");
}

#[test]
fn importing_a_checklist_adds_new_ones_and_merges_a_stored_one_without_losing_either() {
    use hindsight::persist::backup::apply_checklists;
    let now = utc("2026-12-02T00:00:00Z");
    let mut mine = launch_checklist();
    mine.set_when(&Uid("it-2".into()), "the day before");
    let mut theirs = launch_checklist();
    theirs.add_item(Uid("it-3".into()), "Check the shipping banner");
    let other = Checklist::new(Uid("cl-9".into()), "Deploy checklist", now);
    let mut stored = vec![mine];
    let outcome = apply_checklists(vec![theirs, other], &mut stored, now);
    assert_eq!((outcome.added, outcome.merged), (1, 1));
    assert_eq!(outcome.written, [Uid("cl-1".into()), Uid("cl-9".into())]);
    let merged = &stored[0];
    let checks: Vec<&str> = merged.active().map(|i| i.when.as_str()).collect();
    // Mine kept its edit; theirs added a check; their older version of my edited check
    // is in the history rather than lost.
    assert_eq!(checks, ["24 hours before launch", "the day before", ""]);
    assert_eq!(merged.retired().count(), 1);
}
