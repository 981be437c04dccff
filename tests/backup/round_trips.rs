//! Export then import gives back exactly what was exported: the worked example, the
//! file's layout and header, stored envelopes, the v1 fixture, a byte-order mark and a file at
//! the size limit.

use super::*;

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
