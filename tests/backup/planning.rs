//! Planning an import (new, conflicting and deleted post-mortems) and applying each choice
//! without ever duplicating an id.

use super::*;

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

// Found by a first-time user: a backup imported straight back made an "(imported)" twin of
// every post-mortem, as "Keep both" was the default even for an identical copy.
#[test]
fn an_identical_copy_is_marked_unchanged_and_skipped_by_default() {
    let stored = example("same");
    let mut changed = example("other");
    let mut library = vec![stored.clone(), changed.clone()];
    changed.set_title("Changed in the file");
    let plan = plan_import(vec![stored.clone(), changed, example("new")], &library);
    let unchanged: Vec<bool> = plan.entries.iter().map(|e| e.unchanged).collect();
    assert_eq!(unchanged, [true, false, false]);
    assert_eq!(
        plan.default_choices(),
        [Choice::Skip, Choice::KeepBoth, Choice::KeepBoth]
    );
    let choices = plan.default_choices();
    let outcome = apply_import(plan, &choices, &mut library, fresh_ids());
    assert_eq!(
        (outcome.added, outcome.kept_both, outcome.skipped),
        (1, 1, 1)
    );
    assert_eq!(library.len(), 4, "no twin of the unchanged one");
    assert_eq!(library[0], stored);
    // One in the trash is not skipped by default: bringing it back must be a choice.
    let mut trashed = example("same");
    trashed.mark_deleted(at(28, 9));
    let plan = plan_import(vec![trashed.clone()], std::slice::from_ref(&trashed));
    assert!(plan.entries[0].unchanged);
    assert_eq!(plan.default_choices(), [Choice::KeepBoth]);
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
