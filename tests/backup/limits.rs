//! A post-mortem over a limit is refused, naming the field and the limit.

use super::*;

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
