//! A malformed or hostile file is refused with a message naming what is wrong, and changes
//! nothing.

use super::*;

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
                "The post-mortem (“Black-Friday discount code went live 3 hours after the sale…”)"
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
