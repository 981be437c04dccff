//! Planning an import (what is new, what is already here) and applying the user's choices:
//! keep both, replace or skip, never losing a stored post-mortem silently; checklists are
//! added or merged.

use std::collections::{BTreeMap, BTreeSet};

use crate::sort::CollectOrdered;

use chrono::{DateTime, Utc};

use super::IMPORTED_SUFFIX;
use crate::domain::{Postmortem, PostmortemId, Summary};
use crate::persist::merge::{keep_mine, merge_copies};
use crate::playbook::{merge_checklist, Checklist, Uid};

/// What an import would do, for the preview: one entry per post-mortem in the file.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ImportPlan {
    /// In file order.
    pub entries: Vec<PlanEntry>,
    /// The file's playbook checklists: added, or merged into the stored one with the same
    /// id ([`apply_checklists`]).
    pub checklists: Vec<Checklist>,
}

/// One post-mortem of the file, and the stored one it would meet.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PlanEntry {
    /// The post-mortem from the file.
    pub incoming: Postmortem,
    /// The stored post-mortem with the same id, if any (deleted ones included: a file must
    /// not silently bring back, or collide with, something in the trash).
    pub existing: Option<Summary>,
    /// Whether that stored one is in the trash.
    pub existing_deleted: bool,
    /// Whether the stored one is exactly the file's copy (a backup imported back): there
    /// is nothing to add, and keeping both would only make a twin.
    pub unchanged: bool,
}

impl PlanEntry {
    /// Whether a post-mortem with this id is already stored, so the user must choose.
    pub fn is_conflict(&self) -> bool {
        self.existing.is_some()
    }
}

impl ImportPlan {
    /// How many post-mortems would simply be added.
    pub fn new_count(&self) -> usize {
        self.entries.iter().filter(|e| !e.is_conflict()).count()
    }

    /// How many meet a stored post-mortem with the same id.
    pub fn conflict_count(&self) -> usize {
        self.entries.iter().filter(|e| e.is_conflict()).count()
    }

    /// The safe default for every entry: keep both, which never loses anything; skip for a
    /// copy identical to the one here, which loses nothing either.
    pub fn default_choices(&self) -> Vec<Choice> {
        self.entries
            .iter()
            .map(|e| {
                if e.unchanged && !e.existing_deleted {
                    Choice::Skip
                } else {
                    Choice::KeepBoth
                }
            })
            .collect()
    }
}

/// Matches the file's post-mortems with the stored ones by id.
pub fn plan_import(incoming: Vec<Postmortem>, existing: &[Postmortem]) -> ImportPlan {
    let stored: BTreeMap<&PostmortemId, &Postmortem> = existing.iter().map(|p| (&p.id, p)).to_map();
    let entries = incoming
        .into_iter()
        .map(|pm| {
            let stored = stored.get(&pm.id);
            PlanEntry {
                existing: stored.map(|s| s.summary()),
                existing_deleted: stored.is_some_and(|s| s.is_deleted()),
                unchanged: stored.is_some_and(|s| **s == pm),
                incoming: pm,
            }
        })
        .collect();
    ImportPlan {
        entries,
        checklists: Vec::new(),
    }
}

/// What to do with a post-mortem from the file whose id is already stored.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Choice {
    /// Add the file's copy under a new id, titled "… (imported)"; for a new id, just add it.
    #[default]
    KeepBoth,
    /// Put the file's copy in place of the stored one; for a new id, just add it.
    Replace,
    /// Merge the file's copy into the stored one item by item (as two tabs merge); where
    /// the two differ, the stored version is kept and the file's copy is also added side
    /// by side, so nothing is lost. For a new id, just add it.
    Merge,
    /// Leave it out.
    Skip,
}

/// What an import did, for the closing notice and for saving.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ImportOutcome {
    /// Added under their own id.
    pub added: usize,
    /// Put in place of a stored post-mortem.
    pub replaced: usize,
    /// Added under a new id next to a stored post-mortem.
    pub kept_both: usize,
    /// Left out.
    pub skipped: usize,
    /// Merged into the stored post-mortem with the same id.
    pub merged: usize,
    /// Of those, how many differed somewhere (the file's copy was then also kept).
    pub merged_with_differences: usize,
    /// Every post-mortem of the library that was added or replaced, in file order: the
    /// ones to save.
    pub written: Vec<PostmortemId>,
}

/// Carries out `plan` on `library` with one choice per entry (missing ones count as
/// [`Choice::KeepBoth`]). `new_id` supplies ids for kept-both copies; one that is already
/// taken (by the library or the file) is not used.
///
/// Conflicts are looked up again in `library` rather than trusted from the plan, because
/// another tab may have saved between the preview and the click.
pub fn apply_import(
    plan: ImportPlan,
    choices: &[Choice],
    library: &mut Vec<Postmortem>,
    mut new_id: impl FnMut() -> PostmortemId,
) -> ImportOutcome {
    let mut outcome = ImportOutcome::default();
    // Where each stored id sits, kept up to date as copies are added (a lookup per entry
    // by scanning would make a file of many post-mortems quadratic).
    let mut stored: BTreeMap<PostmortemId, usize> = (library.iter().enumerate())
        .map(|(position, p)| (p.id.clone(), position))
        .to_map();
    // Ids a kept-both copy must not take: everything stored and everything in the file,
    // or a later entry of the file would land on it.
    let mut taken: BTreeSet<PostmortemId> = stored.keys().cloned().to_set();
    taken.extend(plan.entries.iter().map(|e| e.incoming.id.clone()));
    for (index, entry) in plan.entries.into_iter().enumerate() {
        let choice = choices.get(index).copied().unwrap_or_default();
        let mut incoming = entry.incoming;
        match (choice, stored.get(&incoming.id).copied()) {
            (Choice::Skip, _) => {
                outcome.skipped += 1;
                continue;
            }
            (_, None) => {
                outcome.added += 1;
            }
            (Choice::Merge, Some(position)) => {
                let Some(stored_doc) = library.get_mut(position) else {
                    continue;
                };
                let merged = merge_copies(stored_doc, &incoming);
                let mut doc = merged.doc;
                for conflict in &merged.conflicts {
                    keep_mine(&mut doc, conflict);
                }
                *stored_doc = doc;
                outcome.written.push(incoming.id.clone());
                outcome.merged += 1;
                if merged.conflicts.is_empty() {
                    continue;
                }
                // Where the copies differ, the stored version stands and the file's copy
                // is added beside it: an import never loses either side.
                outcome.merged_with_differences += 1;
                incoming.id = fresh_id(&taken, &mut new_id);
                incoming.title = format!("{}{IMPORTED_SUFFIX}", incoming.display_title());
            }
            (Choice::Replace, Some(position)) => {
                outcome.written.push(incoming.id.clone());
                if let Some(slot) = library.get_mut(position) {
                    *slot = incoming;
                }
                outcome.replaced += 1;
                continue;
            }
            (Choice::KeepBoth, Some(_)) => {
                incoming.id = fresh_id(&taken, &mut new_id);
                incoming.title = format!("{}{IMPORTED_SUFFIX}", incoming.display_title());
                outcome.kept_both += 1;
            }
        }
        taken.insert(incoming.id.clone());
        stored.insert(incoming.id.clone(), library.len());
        outcome.written.push(incoming.id.clone());
        library.push(incoming);
    }
    outcome
}

/// A valid id nobody uses. `new_id` is random in the app, so the first try is all but
/// certain to do; the numbered fallback only guarantees the loop ends whatever it returns.
fn fresh_id(
    taken: &BTreeSet<PostmortemId>,
    new_id: &mut impl FnMut() -> PostmortemId,
) -> PostmortemId {
    let free = |id: &PostmortemId| PostmortemId::is_valid(id.as_str()) && !taken.contains(id);
    for _ in 0..16 {
        let id = new_id();
        if free(&id) {
            return id;
        }
    }
    (1..)
        .map(|n: u64| PostmortemId(format!("imported-{n}")))
        .find(free)
        .unwrap_or_else(|| PostmortemId("imported".into()))
}

/// What importing a file's checklists did.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ChecklistImport {
    /// Added as they were.
    pub added: usize,
    /// Merged into the stored checklist with the same id.
    pub merged: usize,
    /// The checklists to save.
    pub written: Vec<Uid>,
}

/// Adds the file's checklists to `stored`; one whose id is already stored is merged into
/// it item by item ([`merge_checklist`] without a common ancestor), so neither copy's
/// checks, history or runs are lost.
pub fn apply_checklists(
    incoming: Vec<Checklist>,
    stored: &mut Vec<Checklist>,
    now: DateTime<Utc>,
) -> ChecklistImport {
    let mut outcome = ChecklistImport::default();
    for theirs in incoming {
        outcome.written.push(theirs.id.clone());
        match stored.iter_mut().find(|c| c.id == theirs.id) {
            Some(ours) => {
                *ours = merge_checklist(None, ours, &theirs, now).0;
                outcome.merged += 1;
            }
            None => {
                stored.push(theirs);
                outcome.added += 1;
            }
        }
    }
    outcome
}
