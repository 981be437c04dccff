//! Three-way merge of two versions of a checklist (two tabs, or a backup of a copy), so
//! neither overwrites the other: what changed on one side only is taken, field by field;
//! where both changed the same field of a check, this side's version stays and the other
//! side's is kept in the history, retired with a reason that says so; the order of the
//! checks and discarded runs follow the side that changed them. Nothing either side wrote
//! is dropped.

use chrono::{DateTime, Utc};

use super::{CheckItem, Checklist, Outcome, Retired, Run, RunResult, Uid};

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
        if let Some(other) = merge_item(base_item, item, their, now) {
            conflicts += 1;
            extra.push(other);
        }
    }
    merged.items.extend(
        theirs
            .items
            .iter()
            .filter(|t| ours.item(&t.id).is_none())
            .cloned(),
    );
    // The order: theirs when only they moved checks (ours still in the order both
    // started from), else ours.
    let order = |list: &Checklist| list.items.iter().map(|i| i.id.clone()).collect::<Vec<_>>();
    if base.is_some_and(|b| order(b) == order(ours)) {
        let place = |id: &Uid| theirs.items.iter().position(|i| &i.id == id);
        crate::sort::sort_by(&mut merged.items, |a, b| {
            place(&a.id)
                .unwrap_or(usize::MAX)
                .cmp(&place(&b.id).unwrap_or(usize::MAX))
        });
    }
    merged.items.extend(extra);
    // Runs: merged answer by answer; a run the other side discarded goes, unless this side
    // has answered in it since.
    merged.runs.retain(|run| {
        theirs.run(&run.id).is_some()
            || base
                .and_then(|b| b.run(&run.id))
                .is_none_or(|before| before != run)
    });
    for run in &mut merged.runs {
        if let Some(their) = theirs.run(&run.id) {
            merge_run(base.and_then(|b| b.run(&run.id)), run, their);
        }
    }
    merged.runs.extend(
        theirs
            .runs
            .iter()
            .filter(|t| {
                // Added there, or changed there since this side discarded it.
                ours.run(&t.id).is_none()
                    && base
                        .and_then(|b| b.run(&t.id))
                        .is_none_or(|before| before != *t)
            })
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
/// run both count. Where both answered the same check differently, the answer that tells
/// more stands (failed over skipped over done: a failure is never hidden) and both notes
/// are kept.
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

/// Merges one check field by field: the check, its timing and roles each take the side
/// that changed them; retiring (or putting back) is taken from the side that did it. Only
/// when both sides changed the same field differently is the other side's whole version
/// kept in the history (retired, its own reason kept in the message), and returned.
fn merge_item(
    base: Option<&CheckItem>,
    ours: &mut CheckItem,
    theirs: &CheckItem,
    now: DateTime<Utc>,
) -> Option<CheckItem> {
    let mut clash = false;
    let mut field = |b: Option<&String>, o: &mut String, t: &String| match three_way(b, o, t) {
        Side::Ours => {}
        Side::Theirs => o.clone_from(t),
        Side::Both => clash = true,
    };
    field(base.map(|b| &b.check), &mut ours.check, &theirs.check);
    field(base.map(|b| &b.when), &mut ours.when, &theirs.when);
    field(base.map(|b| &b.who), &mut ours.who, &theirs.who);
    match three_way(base.map(|b| &b.retired), &ours.retired, &theirs.retired) {
        Side::Theirs => ours.retired.clone_from(&theirs.retired),
        // Both retired it, or one retired and one put it back: retired wins over active
        // (the reason is what the history is for), and either reason is kept.
        Side::Both => {
            if ours.retired.is_none() {
                ours.retired.clone_from(&theirs.retired);
            }
        }
        Side::Ours => {}
    }
    if ours.origin.is_none() {
        ours.origin.clone_from(&theirs.origin);
    }
    clash.then(|| {
        let mut other = theirs.clone();
        other.id = Uid(format!("{}-{}", theirs.id, now.timestamp_millis()));
        let reason = match &theirs.retired {
            Some(r) => format!("{OTHER_VERSION} It was retired there: {}", r.reason),
            None => OTHER_VERSION.to_owned(),
        };
        other.retired = Some(Retired { at: now, reason });
        other
    })
}

/// How much an answer tells: a failure must never be hidden by another tab's "done".
fn severity(outcome: Option<Outcome>) -> u8 {
    match outcome {
        None => 0,
        Some(Outcome::Done) => 1,
        Some(Outcome::Skipped) => 2,
        Some(Outcome::Failed) => 3,
    }
}

fn keep_other_note(result: &mut RunResult, their: &RunResult) {
    if severity(their.outcome) > severity(result.outcome) {
        result.outcome = their.outcome;
        result.at = their.at;
    }
    let note = their.note.trim();
    if !note.is_empty() && !result.note.contains(note) {
        if !result.note.trim().is_empty() {
            result.note.push('\n');
        }
        result.note.push_str(note);
    }
}
