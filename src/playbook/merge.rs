//! Three-way merge of two versions of a checklist (two tabs, or a backup of a copy), so
//! neither overwrites the other: what changed on one side only is taken; an item both
//! changed keeps this side's version and the other side's is kept in the history, retired
//! with a reason that says so. Nothing either side wrote is dropped.

use chrono::{DateTime, Utc};

use super::{Checklist, Retired, Run, RunResult, Uid};

/// Why the other version of an item both sides changed is in the history.
pub const OTHER_VERSION: &str =
    "Changed in two places at once; this is the other version, kept so nothing is lost.";

/// The merge of `ours` and `theirs`, which both started from `base` (`None` when there is
/// no common ancestor, as with an imported backup: every difference is then a conflict).
/// Returns the merged checklist and how many items both sides changed.
pub fn merge_checklist(
    base: Option<&Checklist>,
    ours: &Checklist,
    theirs: &Checklist,
    now: DateTime<Utc>,
) -> (Checklist, usize) {
    let mut merged = ours.clone();
    merged.name = pick(base.map(|b| &b.name), &ours.name, &theirs.name).clone();
    merged.deleted_at = *pick(
        base.map(|b| &b.deleted_at),
        &ours.deleted_at,
        &theirs.deleted_at,
    );
    merged.updated_at = ours.updated_at.max(theirs.updated_at);
    let mut conflicts = 0;
    let mut extra = Vec::new();
    for item in &mut merged.items {
        let Some(their) = theirs.item(&item.id) else {
            continue;
        };
        let base_item = base.and_then(|b| b.item(&item.id));
        match three_way(base_item, item, their) {
            Side::Ours => {}
            Side::Theirs => *item = their.clone(),
            Side::Both => {
                conflicts += 1;
                let mut other = their.clone();
                other.id = Uid(format!("{}-{}", their.id, now.timestamp_millis()));
                other.retired = Some(Retired {
                    at: now,
                    reason: OTHER_VERSION.to_owned(),
                });
                extra.push(other);
            }
        }
    }
    merged.items.extend(
        theirs
            .items
            .iter()
            .filter(|t| ours.item(&t.id).is_none())
            .cloned(),
    );
    merged.items.extend(extra);
    for run in &mut merged.runs {
        if let Some(their) = theirs.run(&run.id) {
            merge_run(base.and_then(|b| b.run(&run.id)), run, their);
        }
    }
    merged.runs.extend(
        theirs
            .runs
            .iter()
            .filter(|t| ours.run(&t.id).is_none())
            .cloned(),
    );
    (merged, conflicts)
}

/// Which side to keep.
enum Side {
    Ours,
    Theirs,
    Both,
}

fn three_way<T: PartialEq>(base: Option<&T>, ours: &T, theirs: &T) -> Side {
    if ours == theirs || base == Some(theirs) {
        Side::Ours
    } else if base == Some(ours) {
        Side::Theirs
    } else {
        Side::Both
    }
}

/// The changed side's value, or ours when both changed (callers with data to keep handle
/// that case themselves).
fn pick<'a, T: PartialEq>(base: Option<&T>, ours: &'a T, theirs: &'a T) -> &'a T {
    match three_way(base, ours, theirs) {
        Side::Theirs => theirs,
        _ => ours,
    }
}

/// A run's answers are merged check by check: two tabs ticking different checks of one
/// run both count. Where both answered the same check differently, this side's answer
/// stands and the other's note, if any, is added to it.
fn merge_run(base: Option<&Run>, ours: &mut Run, theirs: &Run) {
    ours.name = pick(base.map(|b| &b.name), &ours.name, &theirs.name).clone();
    ours.finished_at = *pick(
        base.map(|b| &b.finished_at),
        &ours.finished_at,
        &theirs.finished_at,
    );
    for result in &mut ours.results {
        let Some(their) = theirs.result(&result.item) else {
            continue;
        };
        let base_result = base.and_then(|b| b.result(&result.item));
        match three_way(base_result, result, their) {
            Side::Ours => {}
            Side::Theirs => *result = their.clone(),
            Side::Both => keep_other_note(result, their),
        }
    }
}

fn keep_other_note(result: &mut RunResult, their: &RunResult) {
    let note = their.note.trim();
    if !note.is_empty() && !result.note.contains(note) {
        if !result.note.trim().is_empty() {
            result.note.push('\n');
        }
        result.note.push_str(note);
    }
}
