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

const V1_FIXTURE: &str = include_str!("fixtures/v1-postmortem.json");

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

// ---- round trips ----

#[test]
fn a_backup_of_the_worked_example_and_more_round_trips() {
    let mut deleted = titled("gone", "In the trash");
    deleted.mark_deleted(at(28, 9));
    let docs = vec![example("a"), titled("b", ""), deleted];
    let file = encode_backup(&docs, at(28, 10));
    assert_eq!(decode_backup(&file), Ok(docs));
}

#[test]
fn a_backup_is_pretty_printed_with_a_stable_header() {
    let file = encode_backup(&[example("a")], at(28, 10));
    assert!(file.starts_with(
        "{\n  \"format\": \"hindsight-backup\",\n  \"version\": 3,\n  \"exported_at\": \"2026-11-28T10:00:00Z\",\n  \"postmortems\": ["
    ), "{file:.200}");
    assert_eq!(file, encode_backup(&[example("a")], at(28, 10)));
    let value: Value = serde_json::from_str(&file).unwrap();
    assert_eq!(value["version"], CURRENT_VERSION);
    // Each document is exactly what storage keeps inside its envelope.
    let stored: Value = serde_json::from_str(&schema::encode(&example("a"), at(28, 10))).unwrap();
    assert_eq!(value["postmortems"][0], stored["doc"]);
}

#[test]
fn backups_are_laid_out_exactly_as_serde_json_pretty_prints() {
    let mut tricky = example("a");
    tricky.set_title("Quotes \" and \\ back\\slashes, {braces} [brackets]: colons, commas");
    let docs = vec![tricky, titled("b", ""), example("c")];
    // The backup's header, as the app writes it, in its field order.
    #[derive(serde::Serialize)]
    struct Backup<'a> {
        format: &'a str,
        version: u64,
        exported_at: chrono::DateTime<chrono::Utc>,
        postmortems: &'a [Postmortem],
    }
    let expected = Backup {
        format: "hindsight-backup",
        version: CURRENT_VERSION,
        exported_at: at(28, 10),
        postmortems: &docs,
    };
    let file = encode_backup(&docs, at(28, 10));
    assert_eq!(file, serde_json::to_string_pretty(&expected).unwrap());
    for compact in [
        "{}",
        "[]",
        "[[]]",
        r#"{"a":{},"b":[1,{"c":"x:y,z"}]}"#,
        r#""\\""#,
    ] {
        let value: Value = serde_json::from_str(compact).unwrap();
        assert_eq!(
            hindsight::persist::backup::indent_json(compact),
            serde_json::to_string_pretty(&value).unwrap(),
            "{compact}"
        );
    }
}

#[test]
fn an_empty_backup_imports_nothing() {
    let file = encode_backup(&[], at(28, 10));
    assert_eq!(decode_backup(&file), Ok(vec![]));
}

#[test]
fn a_stored_envelope_imports_so_kept_aside_data_can_be_recovered() {
    let pm = example("from-storage");
    assert_eq!(
        decode_backup(&schema::encode(&pm, at(28, 10))),
        Ok(vec![pm])
    );
}

#[test]
fn the_v1_fixture_imports_migrated() {
    let docs = decode_backup(V1_FIXTURE).unwrap();
    assert_eq!(docs, vec![schema::decode(V1_FIXTURE).unwrap()]);
    assert!(docs[0].causes.iter().all(|c| c.kind == CauseKind::Root));
    // A version-1 *backup* migrates the same way.
    let v1_doc = serde_json::from_str::<Value>(V1_FIXTURE).unwrap()["doc"].clone();
    let backup = json!({ "format": BACKUP_FORMAT, "version": 1, "postmortems": [v1_doc] });
    assert_eq!(decode_backup(&backup.to_string()), Ok(docs));
}

#[test]
fn a_leading_byte_order_mark_is_accepted() {
    let file = encode_backup(&[example("a")], at(28, 10));
    assert_eq!(
        decode_backup(&format!("\u{feff}{file}")),
        Ok(vec![example("a")])
    );
}

#[test]
fn a_file_of_exactly_the_limit_is_read() {
    let file = encode_backup(&[example("a")], at(28, 10));
    let padded = format!("{file}{}", " ".repeat(MAX_IMPORT_BYTES - file.len()));
    assert_eq!(padded.len(), MAX_IMPORT_BYTES);
    assert_eq!(decode_backup(&padded), Ok(vec![example("a")]));
}

#[test]
fn file_names_say_what_the_file_holds() {
    assert_eq!(
        backup_file_name(&[example("a"), example("b")], at(28, 10)),
        "hindsight-backup-2026-11-28.json"
    );
    // One post-mortem: named for its title, not its internal id.
    assert_eq!(
        backup_file_name(&[example("m7x2-5f3a")], at(28, 10)),
        "hindsight-black-friday-discount-code-went-live-3-hours-after-the-sale-2026-11-28.json"
    );
}

// ---- arbitrary post-mortems ----

/// Text with everything a person (or a paste) can put in: any character, weighted towards
/// emoji, right-to-left text, control characters and JSON's own syntax.
fn text() -> impl Strategy<Value = String> {
    let nasty = select(vec![
        '🔥', '👩', '\u{200d}', '💻', 'م', 'ر', 'ح', '\u{202e}', '\u{200f}', '\u{0}', '\u{7}',
        '\u{1b}', '\u{7f}', '\n', '\r', '\t', '"', '\\', '/', '{', '}', '<', '\u{feff}',
        '\u{2028}', '\u{fffd}', 'e', '\u{301}', '𝕏',
    ]);
    prop::collection::vec(prop_oneof![any::<char>(), nasty], 0..24)
        .prop_map(|chars| chars.into_iter().collect())
}

fn instant() -> impl Strategy<Value = DateTime<Utc>> {
    // Years 1 to 9999, to the nanosecond: what RFC 3339 can say.
    (-62_135_596_800_i64..253_402_300_799, 0..1_000_000_000_u32)
        .prop_map(|(secs, nanos)| DateTime::from_timestamp(secs, nanos).unwrap())
}

fn wall() -> impl Strategy<Value = NaiveDateTime> {
    instant().prop_map(|i| i.naive_utc())
}

fn date() -> impl Strategy<Value = NaiveDate> {
    instant().prop_map(|i| i.date_naive())
}

fn postmortem_id() -> impl Strategy<Value = PostmortemId> {
    "[A-Za-z0-9_-]{1,64}".prop_map(PostmortemId)
}

/// Picks, for each index, a distinct id out of `ids` (links are unique, as `normalize`
/// keeps them).
fn links(ids: &[u32], picks: &[Index]) -> Vec<u32> {
    let mut out = Vec::new();
    if ids.is_empty() {
        return out;
    }
    for pick in picks {
        let id = ids[pick.index(ids.len())];
        if !out.contains(&id) {
            out.push(id);
        }
    }
    out
}

type FactParts = (
    String,
    Option<NaiveDateTime>,
    Option<String>,
    String,
    Option<FactKind>,
);

fn fact_parts() -> impl Strategy<Value = FactParts> {
    (
        text(),
        prop::option::of(wall()),
        prop::option::of(text()),
        text(),
        prop::option::of(select(FactKind::ALL.to_vec())),
    )
}

type CauseParts = (
    String,
    Vec<String>,
    Vec<Index>,
    CauseKind,
    Option<Category>,
    Option<String>,
);

fn cause_parts() -> impl Strategy<Value = CauseParts> {
    (
        text(),
        prop::collection::vec(text(), 0..3),
        prop::collection::vec(any::<Index>(), 0..4),
        select(CauseKind::ALL.to_vec()),
        prop::option::of(select(Category::ALL.to_vec())),
        prop::option::of(text()),
    )
}

type ActionParts = (
    (String, String, Option<NaiveDate>, ActionStatus),
    (Vec<Index>, Option<ActionKind>, Priority, String),
);

fn action_parts() -> impl Strategy<Value = ActionParts> {
    (
        (
            text(),
            text(),
            prop::option::of(date()),
            select(ActionStatus::ALL.to_vec()),
        ),
        (
            prop::collection::vec(any::<Index>(), 0..4),
            prop::option::of(select(ActionKind::ALL.to_vec())),
            select(Priority::ALL.to_vec()),
            text(),
        ),
    )
}

fn impact() -> impl Strategy<Value = Impact> {
    (
        prop::option::of(any::<u64>()),
        prop::option::of(any::<u64>()),
        text(),
        prop::option::of(any::<u64>()),
        prop::option::of(any::<u64>()),
    )
        .prop_map(
            |(orders, revenue_cents, currency, customers, support_contacts)| Impact {
                orders,
                revenue_cents,
                currency,
                customers,
                support_contacts,
            },
        )
}

/// Any post-mortem `normalize` leaves as it is: unique ids (with gaps, in any order across
/// the lists), links only to existing items, `next_id` above every id.
fn postmortem() -> impl Strategy<Value = Postmortem> {
    let head = (
        postmortem_id(),
        text(),
        select(Status::ALL.to_vec()),
        (instant(), instant()),
        select(Step::ALL.to_vec()),
        impact(),
        (
            prop::option::of(instant()),
            prop::option::of(instant()),
            prop::option::of(instant()),
        ),
        (
            prop::collection::vec((text(), text()), 0..3),
            prop::collection::btree_set(text(), 0..3),
        ),
    );
    let items = (
        prop::collection::vec(fact_parts(), 0..5),
        prop::collection::vec(cause_parts(), 0..4),
        prop::collection::vec(action_parts(), 0..4),
        prop::collection::vec(1..5_u32, 13),
        0..5_u32,
    )
        .prop_flat_map(|(facts, causes, actions, gaps, spare)| {
            // Ids 1.. with random gaps, then shuffled across the three lists.
            let ids: Vec<u32> = gaps
                .iter()
                .scan(0, |id, gap| {
                    *id += gap;
                    Some(*id)
                })
                .collect();
            (
                Just((facts, causes, actions, spare)),
                Just(ids).prop_shuffle(),
            )
        });
    (head, items).prop_map(
        |(
            (id, title, status, (created_at, updated_at), step, impact, dates, (people, dismissed)),
            ((facts, causes, actions, spare), ids),
        )| {
            let mut ids = ids.into_iter();
            let mut pm = Postmortem::new(id, title, created_at);
            pm.status = status;
            pm.updated_at = updated_at;
            pm.step = step;
            pm.impact = impact;
            (pm.in_review_at, pm.closed_at, pm.deleted_at) = dates;
            pm.people = people
                .into_iter()
                .map(|(name, role)| Person { name, role })
                .collect();
            pm.dismissed = dismissed;
            for (text, when, zone, source, kind) in facts {
                let id = ids.next().unwrap();
                pm.facts.push(Fact {
                    id,
                    text,
                    when,
                    zone,
                    source,
                    kind,
                });
            }
            let fact_ids: Vec<u32> = pm.facts.iter().map(|f| f.id).collect();
            for (statement, whys, evidence, kind, category, no_action_reason) in causes {
                let id = ids.next().unwrap();
                pm.causes.push(Cause {
                    id,
                    statement,
                    whys,
                    evidence: links(&fact_ids, &evidence),
                    kind,
                    category,
                    no_action_reason,
                });
            }
            let cause_ids: Vec<u32> = pm.causes.iter().map(|c| c.id).collect();
            for ((description, owner, due, status), (causes, kind, priority, status_reason)) in
                actions
            {
                let id = ids.next().unwrap();
                pm.actions.push(Action {
                    id,
                    description,
                    owner,
                    due,
                    status,
                    causes: links(&cause_ids, &causes),
                    kind,
                    priority,
                    // Done actions with a reason stand in for verified ones, so the
                    // verification round-trips through the file too.
                    verified: (status == ActionStatus::Done && !status_reason.is_empty()).then(
                        || Verification {
                            on: due.unwrap_or_default(),
                            note: status_reason.clone(),
                        },
                    ),
                    status_reason,
                });
            }
            let highest = ids_of(&pm).into_iter().max().unwrap_or(0);
            pm.next_id = highest + 1 + spare;
            pm
        },
    )
}

fn ids_of(pm: &Postmortem) -> Vec<u32> {
    pm.facts
        .iter()
        .map(|f| f.id)
        .chain(pm.causes.iter().map(|c| c.id))
        .chain(pm.actions.iter().map(|a| a.id))
        .collect()
}

/// Several post-mortems with distinct ids.
fn library() -> impl Strategy<Value = Vec<Postmortem>> {
    prop::collection::vec(postmortem(), 0..4).prop_map(|mut docs| {
        let mut seen = Vec::new();
        docs.retain(|d| {
            let fresh = !seen.contains(&d.id);
            seen.push(d.id.clone());
            fresh
        });
        docs
    })
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

proptest! {
    #![proptest_config(config(200))]

    #[test]
    fn export_then_import_gives_back_exactly_the_same_data(docs in library(), when in instant()) {
        for pm in &docs {
            // The generator's own promise, or a failure below would be the generator's.
            let mut normal = pm.clone();
            normal.normalize();
            prop_assert_eq!(&normal, pm);
        }
        let file = encode_backup(&docs, when);
        prop_assert_eq!(decode_backup(&file), Ok(docs.clone()));
        // Importing into an empty library adds every one, unchanged.
        let mut library = Vec::new();
        let outcome = import_into(&file, &mut library).unwrap();
        prop_assert_eq!(outcome.added, docs.len());
        prop_assert_eq!(library, docs);
    }

    #[test]
    fn a_single_export_and_a_stored_envelope_round_trip(pm in postmortem(), when in instant()) {
        prop_assert_eq!(decode_backup(&encode_backup(std::slice::from_ref(&pm), when)), Ok(vec![pm.clone()]));
        prop_assert_eq!(decode_backup(&schema::encode(&pm, when)), Ok(vec![pm]));
    }
}

// ---- refused files ----

#[test]
fn an_empty_file_is_refused_as_empty() {
    for raw in ["", " ", "\n\t \r\n", "\u{feff}", "\u{feff}  "] {
        assert_eq!(refused(raw), ImportError::Empty, "{raw:?}");
    }
    assert_eq!(ImportError::Empty.to_string(), "The file is empty.");
}

#[test]
fn a_file_over_the_limit_is_refused_with_its_size() {
    let raw = " ".repeat(MAX_IMPORT_BYTES + 1);
    assert_eq!(
        refused(&raw),
        ImportError::TooLarge {
            bytes: MAX_IMPORT_BYTES + 1
        }
    );
    // Rounded up: a file just over the limit never reads as exactly the limit.
    assert_eq!(
        refused(&raw).to_string(),
        "The file is 10.1 MB; the limit is 10 MB."
    );
    let bytes = 14 * 1024 * 1024 + 200 * 1024;
    assert_eq!(
        ImportError::TooLarge { bytes }.to_string(),
        "The file is 14.2 MB; the limit is 10 MB."
    );
    // The app can refuse by size before reading the file.
    assert_eq!(check_size(bytes), Err(ImportError::TooLarge { bytes }));
    assert_eq!(check_size(MAX_IMPORT_BYTES), Ok(()));
}

#[test]
fn invalid_json_is_refused_with_its_line_and_column() {
    let raw = "{\n  \"format\": \"hindsight-backup\",\n  \"version\": 2\n  \"postmortems\": []\n}";
    let err = refused(raw);
    assert_eq!(
        err,
        ImportError::NotJson {
            line: 4,
            column: 3,
            problem: "expected `,` or `}`".into()
        }
    );
    assert_eq!(
        err.to_string(),
        "The file is not valid JSON. Line 4, column 3: expected `,` or `}`."
    );
}

#[test]
fn text_that_is_not_json_is_refused_as_such() {
    let valid = encode_backup(&[example("a")], at(28, 10));
    let cut = &valid[..valid.len() / 2];
    for raw in [
        "{",
        "}",
        "nul",
        "hindsight",
        "NaN",
        "Infinity",
        "-Infinity",
        "[1, NaN]",
        "{\"version\": NaN}",
        "{'format': 'hindsight-backup'}",
        "{\"format\": \"hindsight-backup\",}",
        "{\"a\": \"tab\tinside\"}",
        "{\"a\": \"\\ud800\"}",
        "{\"a\": 1e999}",
        "{} {}",
        "{\"format\":\"hindsight-backup\"}\u{0}",
        cut,
    ] {
        assert!(
            matches!(refused(raw), ImportError::NotJson { .. }),
            "{raw:.80?}"
        );
    }
    let ImportError::NotJson { problem, .. } = refused(cut) else {
        unreachable!()
    };
    assert!(problem.contains("cut short"), "{problem}");
}

#[test]
fn deep_nesting_is_refused_without_overflowing_the_stack() {
    for depth in [200, 100_000] {
        for (open, close) in [("[", "]"), ("{\"a\":", "}")] {
            let raw = format!("{}1{}", open.repeat(depth), close.repeat(depth));
            let err = refused(&raw);
            assert!(
                matches!(&err, ImportError::NotJson { problem, .. } if problem.contains("nested too deeply")),
                "{err}"
            );
        }
    }
    // Nesting the parser accepts, in a place a post-mortem holds text.
    let mut doc = doc_value(&example("a"));
    doc["title"] =
        serde_json::from_str(&format!("{}{}", "[".repeat(100), "]".repeat(100))).unwrap();
    assert!(matches!(
        refused(&backup_json(vec![doc])),
        ImportError::Damaged { .. }
    ));
}

#[test]
fn json_that_is_not_a_backup_is_refused_as_such() {
    for raw in [
        "null",
        "[]",
        "42",
        "true",
        "\"hindsight-backup\"",
        "{}",
        r#"{"format":"other","version":2,"postmortems":[]}"#,
        r#"{"format":"Hindsight-Backup","version":2,"postmortems":[]}"#,
        r#"{"format":5,"version":2,"postmortems":[]}"#,
        r#"{"format":null,"version":2,"postmortems":[]}"#,
        r#"{"version":2,"postmortems":[]}"#,
    ] {
        assert!(
            matches!(refused(raw), ImportError::NotABackup { .. }),
            "{raw}"
        );
    }
    assert_eq!(
        refused(r#"{"version":2,"postmortems":[]}"#).to_string(),
        "This is not a Hindsight backup (no \"format\" field)."
    );
    assert_eq!(
        refused(r#"{"format":"excalidraw"}"#).to_string(),
        "This is not a Hindsight backup (its \"format\" is “excalidraw”)."
    );
    assert_eq!(
        refused("[]").to_string(),
        "This is not a Hindsight backup (the file holds a list, not an object)."
    );
}

#[test]
fn a_missing_or_unknown_version_is_refused() {
    let with_version =
        |v: &str| format!(r#"{{"format":"{BACKUP_FORMAT}","version":{v},"postmortems":[]}}"#);
    assert_eq!(
        refused(&format!(
            r#"{{"format":"{BACKUP_FORMAT}","postmortems":[]}}"#
        )),
        ImportError::MissingVersion
    );
    for v in [
        "0",
        "-1",
        "1.5",
        "\"2\"",
        "null",
        "[2]",
        "18446744073709551616",
        "2e0",
    ] {
        assert!(
            matches!(
                refused(&with_version(v)),
                ImportError::UnknownVersion { .. }
            ),
            "{v}"
        );
    }
    assert_eq!(
        refused(&with_version("0")).to_string(),
        "This file's version (0) is not one Hindsight has ever written."
    );
}

#[test]
fn a_newer_version_is_refused_plainly_whatever_its_content() {
    let next = CURRENT_VERSION + 1;
    for raw in [
        format!(r#"{{"format":"{BACKUP_FORMAT}","version":{next},"postmortems":[]}}"#),
        // The version is checked before the content, whose shape may have changed.
        format!(r#"{{"format":"{BACKUP_FORMAT}","version":{next},"documents":"new shape"}}"#),
        format!(r#"{{"format":"hindsight","version":{next}}}"#),
        format!(r#"{{"format":"{BACKUP_FORMAT}","version":{}}}"#, u64::MAX),
    ] {
        assert!(
            matches!(refused(&raw), ImportError::NewerVersion { .. }),
            "{raw}"
        );
    }
    let message = ImportError::NewerVersion { version: 7 }.to_string();
    assert!(
        message.contains("newer version of Hindsight") && message.contains("format 7"),
        "{message}"
    );
}

#[test]
fn a_backup_without_its_list_is_refused_as_damaged() {
    for raw in [
        format!(r#"{{"format":"{BACKUP_FORMAT}","version":2}}"#),
        format!(r#"{{"format":"{BACKUP_FORMAT}","version":2,"postmortems":{{}}}}"#),
        format!(r#"{{"format":"{BACKUP_FORMAT}","version":2,"postmortems":null}}"#),
        r#"{"format":"hindsight","version":2,"saved_at":"2026-11-28T10:00:00Z"}"#.to_owned(),
    ] {
        assert!(
            matches!(refused(&raw), ImportError::Incomplete { .. }),
            "{raw}"
        );
    }
    assert_eq!(
        refused(&format!(r#"{{"format":"{BACKUP_FORMAT}","version":2}}"#)).to_string(),
        "This file is damaged: it has no \"postmortems\"."
    );
}

#[test]
fn a_damaged_post_mortem_is_named_by_position_and_title() {
    let mut broken = doc_value(&titled("third", "Checkout outage"));
    broken["facts"] = json!([{ "id": 7, "text": "a" }, { "id": 7, "text": "b" }]);
    broken["next_id"] = json!(8);
    let raw = backup_json(vec![
        doc_value(&example("first")),
        doc_value(&titled("second", "Fine")),
        broken,
    ]);
    let err = refused(&raw);
    assert_eq!(
        err.to_string(),
        "Post-mortem 3 (“Checkout outage”) is damaged: item id 7 is used twice."
    );
    // The first two were valid, and still nothing was imported (checked by `refused`).
    assert!(matches!(
        err,
        ImportError::Damaged {
            position: 3,
            count: 3,
            ..
        }
    ));
}

#[test]
fn a_damaged_post_mortem_says_which_field_is_wrong() {
    let cases: Vec<(&str, Value, &str)> = vec![
        (
            "title",
            json!(5),
            "its \"title\" is wrong (invalid type: integer `5`",
        ),
        (
            "status",
            json!("finished"),
            "its \"status\" is wrong (unknown variant `finished`",
        ),
        (
            "created_at",
            json!("yesterday"),
            "its \"created_at\" is wrong",
        ),
        ("next_id", json!(-1), "its \"next_id\" is wrong"),
        ("next_id", json!(1e30), "its \"next_id\" is wrong"),
        (
            "next_id",
            json!(18_446_744_073_709_551_615_u64),
            "its \"next_id\" is wrong",
        ),
        ("impact", json!({ "orders": -5 }), "its \"impact\" is wrong"),
        (
            "impact",
            json!({ "orders": 1.5e20 }),
            "its \"impact\" is wrong",
        ),
        ("facts", json!({}), "its \"facts\" is wrong"),
        (
            "facts",
            json!([{ "id": 1, "text": "a" }, { "id": 2 }]),
            "fact 2 is wrong (missing field `text`)",
        ),
        (
            "facts",
            json!([{ "id": 1, "text": "a", "when": "27/11/2026" }]),
            "fact 1 is wrong",
        ),
        (
            "causes",
            json!([{ "id": 1, "statement": "a", "evidence": ["1"] }]),
            "cause 1 is wrong",
        ),
        (
            "actions",
            json!([{ "id": 1, "description": "a", "status": "closed" }]),
            "action 1 is wrong",
        ),
        (
            "actions",
            json!([{ "id": 4_294_967_296_u64, "description": "a" }]),
            "action 1 is wrong",
        ),
        ("deleted_at", json!(true), "its \"deleted_at\" is wrong"),
        ("people", json!("nobody"), "its \"people\" is wrong"),
        ("id", json!("../etc"), "its id “../etc” is not valid"),
        ("id", json!(""), "its id “” is not valid"),
        ("id", json!("x".repeat(65)), "is not valid"),
        ("next_id", json!(MAX_ITEM_ID + 2), "its id counter"),
        (
            "facts",
            json!([{ "id": MAX_ITEM_ID + 1, "text": "a" }]),
            "item id 1073741825 is out of range",
        ),
    ];
    for (field, wrong, expected) in cases {
        let mut doc = doc_value(&example("a"));
        doc[field] = wrong.clone();
        let err = refused(&backup_json(vec![doc]));
        let message = err.to_string();
        assert!(
            (message.starts_with(
                "The post-mortem (“Black-Friday discount code went live 3 hours after the sale …”)"
            ) || field == "title")
                && message.contains(" is damaged: "),
            "{field}={wrong}: {message}"
        );
        assert!(message.contains(expected), "{field}={wrong}: {message}");
    }
    for missing in [
        "id",
        "title",
        "status",
        "created_at",
        "updated_at",
        "facts",
        "causes",
        "actions",
        "next_id",
    ] {
        let mut doc = doc_value(&example("a"));
        doc.as_object_mut().unwrap().remove(missing);
        let message = refused(&backup_json(vec![doc])).to_string();
        assert!(
            message.contains(&format!("missing field `{missing}`")),
            "{message}"
        );
    }
    for not_a_doc in [json!(null), json!(5), json!("doc"), json!([])] {
        let message = refused(&backup_json(vec![doc_value(&example("a")), not_a_doc])).to_string();
        assert!(
            message.starts_with("Post-mortem 2 is damaged: it is "),
            "{message}"
        );
    }
}

#[test]
fn two_post_mortems_with_the_same_id_are_refused() {
    let raw = encode_backup(
        &[example("twin"), titled("other", "x"), titled("twin", "y")],
        at(28, 10),
    );
    let err = refused(&raw);
    assert_eq!(
        err,
        ImportError::DuplicateId {
            id: "twin".into(),
            first: 1,
            second: 3
        }
    );
    assert_eq!(
        err.to_string(),
        "Post-mortems 1 and 3 have the same id (“twin”), so one would overwrite the other."
    );
}

#[test]
fn huge_strings_are_quoted_short_and_read_without_trouble() {
    let huge = "x".repeat(9 * 1024 * 1024);
    // In a field that must be one of a few words: the parser's message quotes it.
    let mut doc = doc_value(&titled("a", "Huge status"));
    doc["status"] = json!(huge);
    let message = refused(&backup_json(vec![doc])).to_string();
    assert!(message.contains('…'), "{:.200}", message);
    // In a text field, up to its limit, it is simply text (over it, see the limits below).
    let long = "x".repeat(hindsight::domain::limits::TEXT_CHARS);
    let mut pm = titled("a", "Long fact");
    let fact = pm.add_fact("");
    pm.set_fact_text(fact, long.clone());
    let docs = decode_backup(&encode_backup(&[pm], at(28, 10))).unwrap();
    assert_eq!(docs[0].facts[0].text, long);
}

#[test]
fn control_characters_in_names_do_not_reach_the_message() {
    let mut doc = doc_value(&titled("a", "Line\nbreak\u{7}"));
    doc["status"] = json!(7);
    let message = refused(&backup_json(vec![doc])).to_string();
    assert!(!message.chars().any(char::is_control), "{message:?}");
    assert!(message.contains("“Line break ”"), "{message}");
}

#[test]
fn a_damaged_stored_envelope_is_refused_like_a_damaged_backup() {
    let mut value: Value =
        serde_json::from_str(&schema::encode(&example("a"), at(28, 10))).unwrap();
    value["doc"]["facts"][1]["id"] = json!(1);
    let message = refused(&value.to_string()).to_string();
    assert!(
        message.starts_with("The post-mortem (“Black-Friday"),
        "{message}"
    );
    assert!(message.ends_with("item id 1 is used twice."), "{message}");
}

#[test]
fn dangling_links_are_repaired_rather_than_refused() {
    let mut doc = doc_value(&example("a"));
    doc["causes"][0]["evidence"] = json!([1, 999, 1]);
    doc["next_id"] = json!(1);
    let pm = decode_backup(&backup_json(vec![doc])).unwrap().remove(0);
    assert_eq!(pm.causes[0].evidence, [1]);
    assert!(ids_of(&pm).iter().all(|id| *id < pm.next_id));
}

// ---- planning and applying ----

fn fresh_ids() -> impl FnMut() -> PostmortemId {
    let mut n = 0;
    move || {
        n += 1;
        PostmortemId(format!("fresh-{n}"))
    }
}

#[test]
fn new_post_mortems_are_simply_added() {
    let mut library = vec![titled("stored", "Stored")];
    let plan = plan_import(vec![example("new-1"), titled("new-2", "Two")], &library);
    assert_eq!((plan.new_count(), plan.conflict_count()), (2, 0));
    assert!(plan.entries.iter().all(|e| e.existing.is_none()));
    let outcome = apply_import(plan, &[], &mut library, fresh_ids());
    assert_eq!(
        outcome,
        ImportOutcome {
            added: 2,
            written: vec![PostmortemId("new-1".into()), PostmortemId("new-2".into())],
            ..ImportOutcome::default()
        }
    );
    assert_eq!(
        library,
        vec![
            titled("stored", "Stored"),
            example("new-1"),
            titled("new-2", "Two")
        ]
    );
}

#[test]
fn a_conflict_is_previewed_with_the_stored_summary() {
    let stored = example("same");
    let mut incoming = example("same");
    incoming.set_title("Newer title");
    let plan = plan_import(vec![incoming.clone()], std::slice::from_ref(&stored));
    assert_eq!((plan.new_count(), plan.conflict_count()), (0, 1));
    let entry = &plan.entries[0];
    assert!(entry.is_conflict());
    assert_eq!(entry.existing, Some(stored.summary()));
    assert!(!entry.existing_deleted);
    assert_eq!(entry.incoming, incoming);
}

#[test]
fn keep_both_adds_the_import_under_a_new_id_and_keeps_the_stored_one() {
    let stored = example("same");
    let mut incoming = example("same");
    incoming.set_title("Newer title");
    let mut library = vec![stored.clone()];
    let plan = plan_import(vec![incoming.clone()], &library);
    let outcome = apply_import(plan, &[Choice::KeepBoth], &mut library, fresh_ids());
    assert_eq!(
        (outcome.kept_both, outcome.added, outcome.replaced),
        (1, 0, 0)
    );
    assert_eq!(outcome.written, [PostmortemId("fresh-1".into())]);
    assert_eq!(library[0], stored);
    let mut expected = incoming;
    expected.id = PostmortemId("fresh-1".into());
    expected.title = format!("Newer title{IMPORTED_SUFFIX}");
    assert_eq!(library[1], expected);
    assert_eq!(library[1].title, "Newer title (imported)");
}

#[test]
fn replace_puts_the_import_in_place_of_the_stored_one() {
    let mut incoming = example("same");
    incoming.set_title("Replacement");
    let mut library = vec![titled("before", "B"), example("same"), titled("after", "A")];
    let plan = plan_import(vec![incoming.clone()], &library);
    let outcome = apply_import(plan, &[Choice::Replace], &mut library, fresh_ids());
    assert_eq!(outcome.replaced, 1);
    assert_eq!(outcome.written, [PostmortemId("same".into())]);
    assert_eq!(
        library,
        vec![titled("before", "B"), incoming, titled("after", "A")]
    );
}

#[test]
fn skip_leaves_the_library_alone() {
    let mut library = vec![example("same")];
    let before = library.clone();
    let plan = plan_import(vec![titled("same", "x"), titled("new", "y")], &library);
    let outcome = apply_import(
        plan,
        &[Choice::Skip, Choice::Skip],
        &mut library,
        fresh_ids(),
    );
    assert_eq!(outcome.skipped, 2);
    assert!(outcome.written.is_empty());
    assert_eq!(library, before);
}

#[test]
fn a_deleted_post_mortem_with_the_same_id_counts_as_existing() {
    let mut stored = example("same");
    stored.mark_deleted(at(28, 9));
    let mut library = vec![stored.clone()];
    let plan = plan_import(vec![example("same")], &library);
    assert_eq!(plan.entries[0].existing, Some(stored.summary()));
    assert!(plan.entries[0].existing_deleted);
    // Keeping both leaves the deleted one in the trash and adds the import beside it.
    let mut kept = library.clone();
    let outcome = apply_import(plan.clone(), &[Choice::KeepBoth], &mut kept, fresh_ids());
    assert_eq!(outcome.kept_both, 1);
    assert_eq!(kept[0], stored);
    assert_eq!(kept[1].id.as_str(), "fresh-1");
    // Replacing puts the imported (not deleted) one in its place.
    let outcome = apply_import(plan, &[Choice::Replace], &mut library, fresh_ids());
    assert_eq!(outcome.replaced, 1);
    assert_eq!(library, vec![example("same")]);
}

#[test]
fn every_choice_in_one_import() {
    let mut library = vec![example("keep"), example("replace"), example("skip")];
    let incoming = vec![
        titled("keep", "K"),
        titled("replace", "R"),
        titled("skip", "S"),
        titled("new", "N"),
        titled("new-skipped", "NS"),
    ];
    let plan = plan_import(incoming, &library);
    let choices = [
        Choice::KeepBoth,
        Choice::Replace,
        Choice::Skip,
        Choice::Replace,
        Choice::Skip,
    ];
    let outcome = apply_import(plan, &choices, &mut library, fresh_ids());
    assert_eq!(
        (
            outcome.added,
            outcome.replaced,
            outcome.kept_both,
            outcome.skipped
        ),
        (1, 1, 1, 2)
    );
    let titles: Vec<(&str, &str)> = library
        .iter()
        .map(|p| (p.id.as_str(), p.title.as_str()))
        .collect();
    assert_eq!(
        titles,
        [
            ("keep", example("keep").title.as_str()),
            ("replace", "R"),
            ("skip", example("skip").title.as_str()),
            ("fresh-1", "K (imported)"),
            ("new", "N"),
        ]
    );
}

#[test]
fn missing_choices_keep_both() {
    let mut library = vec![titled("same", "Stored")];
    let plan = plan_import(vec![titled("same", "")], &library);
    let outcome = apply_import(plan, &[], &mut library, fresh_ids());
    assert_eq!(outcome.kept_both, 1);
    // A blank title gets the placeholder, so the copy is still told apart.
    assert_eq!(library[1].title, "Untitled post-mortem (imported)");
}

#[test]
fn a_new_id_already_in_use_is_never_given_to_a_copy() {
    // The id source returns ids of the library and of the file itself first.
    let mut library = vec![titled("same", "Stored"), titled("taken", "T")];
    let plan = plan_import(
        vec![titled("same", "In file"), titled("later", "L")],
        &library,
    );
    let mut offers = vec!["later", "taken", "bad id!", "same", "ok"].into_iter();
    let outcome = apply_import(plan, &[], &mut library, || {
        PostmortemId(offers.next().unwrap_or("same").into())
    });
    assert_eq!((outcome.kept_both, outcome.added), (1, 1));
    let ids: Vec<&str> = library.iter().map(|p| p.id.as_str()).collect();
    assert_eq!(ids, ["same", "taken", "ok", "later"]);
    // An id source that never offers a free id still ends.
    let mut library = vec![titled("same", "Stored")];
    let plan = plan_import(vec![titled("same", "again")], &library);
    apply_import(plan, &[], &mut library, || PostmortemId("same".into()));
    assert_eq!(library[1].id.as_str(), "imported-1");
}

#[test]
fn a_plan_gone_stale_never_duplicates_an_id() {
    // Another tab saved "same" between the preview and the click.
    let mut library = vec![];
    let plan = plan_import(vec![titled("same", "From file")], &library);
    library.push(titled("same", "Saved meanwhile"));
    let outcome = apply_import(plan, &[Choice::KeepBoth], &mut library, fresh_ids());
    assert_eq!(outcome.kept_both, 1);
    assert_eq!(library[0].title, "Saved meanwhile");
    assert_ne!(library[1].id, library[0].id);
}

// ---- fuzzing the decoder ----

/// Any JSON value, leaning to what a post-mortem holds: field names, dates, ids at the
/// edges of their ranges, and the values that mean something to the decoder.
fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::from),
        any::<i64>().prop_map(Value::from),
        any::<u64>().prop_map(Value::from),
        // JSON has no NaN or infinity: those become null, as serde_json would write them.
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        select(vec![
            0_u64,
            1,
            2,
            3,
            7,
            1 << 30,
            (1 << 30) + 1,
            u64::from(u32::MAX),
            u64::MAX
        ])
        .prop_map(Value::from),
        any::<String>().prop_map(Value::from),
        select(vec![
            "",
            "hindsight",
            "hindsight-backup",
            "draft",
            "closed",
            "wont_do",
            "root",
            "review",
            "2026-11-27T08:00:00Z",
            "2026-11-27T08:00:00",
            "2026-02-30",
            "+275760-09-13T00:00:00Z",
            "-000001-01-01T00:00:00Z",
            "2026-11-27",
            "NaN",
            "../x",
            "a/b",
            "x-1",
        ])
        .prop_map(Value::from),
    ];
    leaf.prop_recursive(3, 24, 5, |inner| {
        let key = prop_oneof![
            select(vec![
                "format",
                "version",
                "postmortems",
                "doc",
                "id",
                "title",
                "status",
                "facts",
                "causes",
                "actions",
                "next_id",
                "text",
                "statement",
                "evidence",
                "when",
                "kind",
                "impact",
                "orders",
                "deleted_at",
                "created_at",
                "updated_at",
            ])
            .prop_map(str::to_owned),
            ".{0,6}",
        ];
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..5).prop_map(Value::Array),
            prop::collection::vec((key, inner), 0..5)
                .prop_map(|fields| Value::Object(fields.into_iter().collect())),
        ]
    })
}

/// Replaces the `n`-th node (pre-order) of `value` with `with`.
fn replace_nth(value: &mut Value, n: &mut usize, with: &Value) -> bool {
    if *n == 0 {
        *value = with.clone();
        return true;
    }
    *n -= 1;
    match value {
        Value::Array(items) => items.iter_mut().any(|v| replace_nth(v, n, with)),
        Value::Object(fields) => fields.values_mut().any(|v| replace_nth(v, n, with)),
        _ => false,
    }
}

fn count_nodes(value: &Value) -> usize {
    1 + match value {
        Value::Array(items) => items.iter().map(count_nodes).sum(),
        Value::Object(fields) => fields.values().map(count_nodes).sum(),
        _ => 0,
    }
}

#[derive(Clone, Debug)]
enum ByteEdit {
    Truncate(Index),
    Flip(Index, u8),
    Insert(Index, u8),
    Delete(Index),
}

fn byte_edit() -> impl Strategy<Value = ByteEdit> {
    let byte = prop_oneof![
        any::<u8>(),
        select(b"{}[]\",:-+.0123456789eEtfn\\ \n".to_vec()),
    ];
    prop_oneof![
        1 => any::<Index>().prop_map(ByteEdit::Truncate),
        3 => (any::<Index>(), 0..8_u8).prop_map(|(at, bit)| ByteEdit::Flip(at, 1 << bit)),
        3 => (any::<Index>(), byte).prop_map(|(at, b)| ByteEdit::Insert(at, b)),
        3 => any::<Index>().prop_map(ByteEdit::Delete),
    ]
}

/// Small valid files to damage: a backup of several post-mortems, one of the worked
/// example, the v1 fixture (a stored envelope). Built once, not per case.
static SEEDS: LazyLock<Vec<String>> = LazyLock::new(seeds);

fn seeds() -> Vec<String> {
    let mut small = titled("s-1", "Small “one” 🔥");
    let f = small.add_fact("fact");
    let c = small.add_cause("cause");
    small.set_evidence(c, f, true);
    let a = small.add_action("action");
    small.set_action_cause(a, c, true);
    vec![
        encode_backup(&[small, titled("s-2", "")], at(28, 10)),
        encode_backup(&[example("ex")], at(28, 10)),
        V1_FIXTURE.to_owned(),
    ]
}

#[derive(Clone, Debug)]
enum FuzzInput {
    Text(String),
    Bytes(usize, Vec<ByteEdit>),
    Retyped(usize, Vec<(Index, Value)>),
}

fn fuzz_input() -> impl Strategy<Value = FuzzInput> {
    let seeds = SEEDS.len();
    prop_oneof![
        // Arbitrary text, and text that at least looks like JSON.
        1 => any::<String>().prop_map(FuzzInput::Text),
        1 => "[\\[{\"0-9a-z:,\\]} \\\\]{0,40}".prop_map(FuzzInput::Text),
        // Damaged real files reach further into the decoder: more of those.
        3 => (0..seeds, prop::collection::vec(byte_edit(), 1..6))
            .prop_map(|(seed, edits)| FuzzInput::Bytes(seed, edits)),
        3 => (0..seeds, prop::collection::vec((any::<Index>(), json_value()), 1..4))
            .prop_map(|(seed, edits)| FuzzInput::Retyped(seed, edits)),
    ]
}

fn render(input: &FuzzInput, seeds: &[String]) -> String {
    match input {
        FuzzInput::Text(text) => text.clone(),
        FuzzInput::Bytes(seed, edits) => {
            let mut bytes = seeds[*seed].clone().into_bytes();
            for edit in edits {
                let len = bytes.len();
                match *edit {
                    ByteEdit::Truncate(at) => bytes.truncate(at.index(len + 1)),
                    ByteEdit::Flip(at, mask) if len > 0 => bytes[at.index(len)] ^= mask,
                    ByteEdit::Insert(at, b) => bytes.insert(at.index(len + 1), b),
                    ByteEdit::Delete(at) if len > 0 => {
                        bytes.remove(at.index(len));
                    }
                    _ => {}
                }
            }
            // A file read as text in the browser has invalid UTF-8 replaced the same way.
            String::from_utf8_lossy(&bytes).into_owned()
        }
        FuzzInput::Retyped(seed, edits) => {
            let mut value: Value = serde_json::from_str(&seeds[*seed]).unwrap();
            for (at, with) in edits {
                let mut n = at.index(count_nodes(&value));
                replace_nth(&mut value, &mut n, with);
            }
            value.to_string()
        }
    }
}

proptest! {
    #![proptest_config(config(3_000))]

    /// The import decoder's fuzz target, bounded to a fixed number of cases so it runs in
    /// every `cargo test`: it never panics, and whatever it accepts is sound.
    #[test]
    fn fuzz_decode_never_panics_and_accepts_only_sound_documents(input in fuzz_input()) {
        let raw = render(&input, &SEEDS);
        match decode_backup(&raw) {
            Ok(docs) => {
                let mut seen = Vec::new();
                for pm in &docs {
                    prop_assert!(PostmortemId::is_valid(pm.id.as_str()), "{:?}", pm.id);
                    prop_assert!(!seen.contains(&pm.id), "duplicate {:?}", pm.id);
                    seen.push(pm.id.clone());
                    prop_assert_eq!(pm.check_ids(), Ok(()));
                    let mut normal = pm.clone();
                    normal.normalize();
                    prop_assert_eq!(&normal, pm, "links and next_id were repaired");
                }
            }
            Err(e) => {
                let message = e.to_string();
                prop_assert!(!message.is_empty() && message.len() < 600, "{}", message);
            }
        }
    }
}

// ---- limits ----

// Regression: only the file's size was checked, so a 9 MiB title or 400,000 empty facts
// were imported (and then filled the storage and froze the page).
#[test]
fn a_post_mortem_over_a_limit_is_refused_naming_the_field_and_the_limit() {
    let mut big_title = titled("big-title", "");
    big_title.set_title("T".repeat(9 * 1024 * 1024));
    let err = refused(&backup_json(vec![doc_value(&big_title)]));
    assert_eq!(
        err.to_string(),
        format!(
            "The post-mortem (“{}…”) is larger than Hindsight accepts: its title is longer than 1,000 characters, the limit. Nothing was imported.",
            "T".repeat(60)
        )
    );

    let mut many = titled("many", "Many facts");
    let mut facts = Vec::with_capacity(400_000);
    for id in 1..=400_000u64 {
        facts.push(json!({ "id": id, "text": "" }));
    }
    many.next_id = 400_001;
    let mut value = doc_value(&many);
    value["facts"] = Value::Array(facts);
    let raw = backup_json(vec![doc_value(&example("fine")), value]);
    assert!(raw.len() < MAX_IMPORT_BYTES, "{}", raw.len());
    let err = refused(&raw);
    assert_eq!(
        err.to_string(),
        "Post-mortem 2 (“Many facts”) is larger than Hindsight accepts: it has 400,000 facts; the limit is 10,000. Nothing was imported."
    );

    let mut long_why = titled("long-why", "Why");
    let cause = long_why.add_cause("A cause");
    long_why.add_why(cause);
    long_why.set_why(cause, 0, "w".repeat(200_001));
    let err = refused(&backup_json(vec![doc_value(&long_why)]));
    assert!(
        err.to_string()
            .contains("why 1 of cause 1 is longer than 200,000 characters, the limit"),
        "{err}"
    );
}

#[test]
fn a_post_mortem_at_the_limits_is_imported() {
    let mut pm = titled("at-limits", "");
    pm.set_title("é".repeat(1_000));
    let fact = pm.add_fact("");
    pm.set_fact_text(fact, "x".repeat(200_000));
    let mut library = Vec::new();
    import_into(&backup_json(vec![doc_value(&pm)]), &mut library).unwrap();
    assert_eq!(library.len(), 1);
}

#[test]
fn merge_brings_the_files_additions_into_the_stored_one() {
    let stored = example("same");
    let mut incoming = example("same");
    let added = incoming.add_fact("Found in the other copy: the promo tool's audit log.");
    let mut library = vec![stored.clone()];
    let plan = plan_import(vec![incoming.clone()], &library);
    let outcome = apply_import(plan, &[Choice::Merge], &mut library, fresh_ids());
    assert_eq!((outcome.merged, outcome.merged_with_differences), (1, 0));
    assert_eq!(outcome.written, [PostmortemId("same".into())]);
    assert_eq!(library.len(), 1);
    assert_eq!(
        library[0].fact(added).unwrap().text,
        "Found in the other copy: the promo tool's audit log."
    );
}

#[test]
fn merge_keeps_the_stored_version_where_the_copies_differ_and_the_files_beside_it() {
    let stored = example("same");
    let mut incoming = example("same");
    let fact = incoming.facts[0].id;
    incoming.set_fact_text(fact, "Reworded in the other copy.");
    let mut library = vec![stored.clone()];
    let plan = plan_import(vec![incoming.clone()], &library);
    let outcome = apply_import(plan, &[Choice::Merge], &mut library, fresh_ids());
    assert_eq!((outcome.merged, outcome.merged_with_differences), (1, 1));
    assert_eq!(library[0].facts, stored.facts, "the stored wording stands");
    assert_eq!(
        library[1].fact(fact).unwrap().text,
        "Reworded in the other copy."
    );
    assert_eq!(library[1].id, PostmortemId("fresh-1".into()));
    assert!(library[1].title.ends_with(IMPORTED_SUFFIX));
    assert_eq!(
        outcome.written,
        [PostmortemId("same".into()), PostmortemId("fresh-1".into())]
    );
}
