#![cfg(not(target_arch = "wasm32"))]
//! Backup files: export → import gives back exactly the same data (property-tested); a
//! malformed or hostile file is refused with a message naming what is wrong and changes
//! nothing; planning and applying an import; and a bounded fuzz run of the decoder.

#![allow(clippy::unwrap_used)]

use std::sync::LazyLock;

use chrono::{DateTime, NaiveDate, NaiveDateTime, TimeZone, Utc};
use hindsight::domain::{
    worked_example, Action, ActionKind, ActionStatus, Category, Cause, CauseKind, Fact, FactKind,
    Impact, Person, Postmortem, PostmortemId, Priority, Status, Step, Verification, MAX_ITEM_ID,
};
use hindsight::persist::backup::{
    apply_import, backup_file_name, check_size, decode_backup, encode_backup, plan_import, Choice,
    ImportError, ImportOutcome, BACKUP_FORMAT, IMPORTED_SUFFIX, MAX_IMPORT_BYTES,
};
use hindsight::persist::schema::{self, CURRENT_VERSION};
use proptest::prelude::*;
use proptest::sample::{select, Index};
use proptest::test_runner::Config;
use serde_json::{json, Value};

const V1_FIXTURE: &str = include_str!("../fixtures/v1-postmortem.json");

fn at(day: u32, hour: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, day, hour, 0, 0).unwrap()
}

fn example(id: &str) -> Postmortem {
    worked_example(PostmortemId(id.into()), at(27, 8))
}

fn titled(id: &str, title: &str) -> Postmortem {
    Postmortem::new(PostmortemId(id.into()), title, at(27, 8))
}

/// A backup file around hand-made documents.
fn backup_json(docs: Vec<Value>) -> String {
    json!({
        "format": BACKUP_FORMAT,
        "version": CURRENT_VERSION,
        "exported_at": "2026-11-28T10:00:00Z",
        "postmortems": docs,
    })
    .to_string()
}

fn doc_value(pm: &Postmortem) -> Value {
    serde_json::to_value(pm).unwrap()
}

/// What the app does with a file: decode, plan, apply. The library is only touched after
/// the whole file decoded.
fn import_into(raw: &str, library: &mut Vec<Postmortem>) -> Result<ImportOutcome, ImportError> {
    let docs = decode_backup(raw)?;
    let plan = plan_import(docs, library);
    let choices = plan.default_choices();
    let mut n = 0;
    Ok(apply_import(plan, &choices, library, || {
        n += 1;
        PostmortemId(format!("fresh-{n}"))
    }))
}

/// Asserts `raw` is refused and that the library is left exactly as it was.
fn refused(raw: &str) -> ImportError {
    let mut library = vec![example("stored-1"), titled("stored-2", "Kept")];
    let before = library.clone();
    let err = match import_into(raw, &mut library) {
        Ok(outcome) => panic!("{raw:.200?} was imported: {outcome:?}"),
        Err(e) => e,
    };
    assert_eq!(library, before, "a refused file changed the library");
    let message = err.to_string();
    assert!(
        message.len() < 600,
        "messages stay short whatever the file holds: {message:.200}"
    );
    err
}

fn ids_of(pm: &Postmortem) -> Vec<u32> {
    pm.facts
        .iter()
        .map(|f| f.id)
        .chain(pm.causes.iter().map(|c| c.id))
        .chain(pm.actions.iter().map(|a| a.id))
        .collect()
}

fn config(cases: u32) -> Config {
    Config {
        cases,
        // A failure prints its (shrunk) input; no regression file is written into the tree.
        failure_persistence: None,
        max_shrink_time: 30_000,
        ..Config::default()
    }
}

fn fresh_ids() -> impl FnMut() -> PostmortemId {
    let mut n = 0;
    move || {
        n += 1;
        PostmortemId(format!("fresh-{n}"))
    }
}

mod arbitrary;
mod fuzz;
mod limits;
mod planning;
mod refused;
mod round_trips;
