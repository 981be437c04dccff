//! Saving and syncing: autosave after typing pauses, the save when the page is hidden,
//! retries after a failed save, the check for another tab's write before each save, the
//! merge of that tab's changes and the conflicts it leaves, the same for the playbook's
//! checklists, and the storage meter. This file alone holds the storage handle, the merge
//! bases and the save timers.

use std::time::Duration;

use leptos::prelude::*;

use super::{AppState, Debounce};
use crate::domain::{Postmortem, PostmortemId};
use crate::notice::{NoticeAction, SAVE_TOPIC};
use crate::persist::browser::{BrowserStorage, StoredChecklist};
use crate::persist::merge::{keep_mine, keep_theirs, merge, Conflict};
use crate::persist::policy::{merge_needed, save_needed, Save, Usage};
use crate::persist::schema;
use crate::platform;
use crate::playbook::{merge_checklist, Checklist, Uid};
use crate::small_map::SmallMap;

/// How long typing must pause before a save (a save per keystroke would be wasteful).
const SAVE_DELAY: Duration = Duration::from_millis(400);
/// How long to wait before retrying a save that failed (e.g. a full quota).
const RETRY_DELAY: Duration = Duration::from_secs(5);
/// How long after a post-mortem opens its items are encoded ahead of the first save: after
/// its first rows are on screen, before anyone has typed much.
const PREPARE_DELAY: Duration = Duration::from_millis(300);

/// What saving keeps between saves. Copy: arena handles.
#[derive(Clone, Copy)]
pub(super) struct Persistence {
    /// Local storage, or `None` when the browser refuses it (the app then runs in memory).
    storage: StoredValue<Option<BrowserStorage>, LocalStorage>,
    /// The last write failed: retry even if nothing changed since.
    failed: StoredValue<bool>,
    /// The next save, after typing pauses (or after a failure).
    timer: Debounce,
    /// Per post-mortem, the version this tab last read from or wrote to storage: the common
    /// ancestor when another tab's version has to be merged with ours. Never an unsaved
    /// version, or a merge would read the older stored copy as the other tab deleting our
    /// new items.
    bases: StoredValue<SmallMap<PostmortemId, Postmortem>, LocalStorage>,
    /// Per checklist, the version last read from or written to storage (as `bases`).
    list_bases: StoredValue<SmallMap<Uid, Checklist>, LocalStorage>,
    /// Checklists changed in this tab and not saved yet.
    dirty_lists: StoredValue<Vec<Uid>>,
    /// The next save of the checklists.
    list_timer: Debounce,
}

impl Persistence {
    pub(super) fn new(
        storage: Option<BrowserStorage>,
        docs: &[Postmortem],
        lists: &[Checklist],
    ) -> Self {
        Self {
            storage: StoredValue::new_local(storage),
            failed: StoredValue::new(false),
            timer: Debounce::new(),
            // Stored post-mortems have distinct ids (each is read from the key of its id).
            bases: StoredValue::new_local(SmallMap::from_distinct(
                docs.iter().map(|d| (d.id.clone(), d.clone())).collect(),
            )),
            list_bases: StoredValue::new_local(SmallMap::from_distinct(
                lists.iter().map(|l| (l.id.clone(), l.clone())).collect(),
            )),
            dirty_lists: StoredValue::new(Vec::new()),
            list_timer: Debounce::new(),
        }
    }

    fn with_storage<T>(&self, f: impl FnOnce(&BrowserStorage) -> T) -> Option<T> {
        self.storage.with_value(|s| s.as_ref().map(f))
    }
}

impl AppState {
    /// Writes one document to storage, reporting failures. In memory-only mode this does
    /// nothing: the banner shown at start-up already says changes are not kept.
    pub(super) fn write(&self, doc: &Postmortem) -> bool {
        let result = self.persist.with_storage(|s| s.save(doc, platform::now()));
        match result {
            None | Some(Ok(())) => {
                self.set_base(doc);
                self.notices.clear_topic(SAVE_TOPIC);
                true
            }
            Some(Err(error)) => {
                self.notices.error(&error);
                false
            }
        }
    }

    /// Removes a post-mortem from storage for good; `Ok` in memory-only mode.
    pub(super) fn remove_stored(&self, id: &PostmortemId) -> Result<(), crate::error::AppError> {
        self.persist
            .with_storage(|s| s.remove(id))
            .unwrap_or(Ok(()))
    }

    /// A stored value exactly as it is (e.g. one that could not be read).
    pub(super) fn stored_raw(&self, key: &str) -> Option<String> {
        self.persist.with_storage(|s| s.get_raw(key)).flatten()
    }

    fn set_base(&self, doc: &Postmortem) {
        self.persist
            .bases
            .update_value(|b| b.insert(doc.id.clone(), doc.clone()));
    }

    /// Puts `doc` in the library in place of the version there, or adds it.
    pub(super) fn replace_in_library(&self, doc: Postmortem) {
        self.library
            .update(|docs| match docs.iter_mut().find(|d| d.id == doc.id) {
                Some(slot) => *slot = doc,
                None => docs.push(doc),
            });
    }

    /// Recomputes how much local storage is used.
    pub fn refresh_usage(&self) {
        let used = self.persist.with_storage(BrowserStorage::usage_chars);
        self.usage.set(used.map(Usage::of));
    }

    /// Brings in what another tab saved under `key` (from the `storage` event).
    pub fn on_stored_elsewhere(&self, key: &str) {
        if let Some(id) = schema::checklist_id_from_key(key) {
            self.merge_checklist_from_storage(&id);
            self.refresh_usage();
            return;
        }
        let Some(id) = schema::id_from_key(key) else {
            return;
        };
        let open = self.doc.with_untracked(|d| d.id == id);
        if open {
            self.merge_from_storage();
        } else {
            match self.persist.with_storage(|s| s.load(&id)).flatten() {
                Some(doc) => {
                    self.set_base(&doc);
                    self.replace_in_library(doc);
                }
                // Removed for good in the other tab.
                None => self.library.update(|docs| docs.retain(|d| d.id != id)),
            }
        }
        self.refresh_usage();
    }

    /// If storage holds a different version of the open post-mortem than the one this tab
    /// last read or wrote, merges the two: edits to different items combine, and items
    /// changed in both are kept in both versions for the user to choose.
    fn merge_from_storage(&self) {
        let id = self.doc.with_untracked(|d| d.id.clone());
        // Unchanged since this tab wrote it: the usual case before a save, and cheap.
        let Some(theirs) = self
            .persist
            .with_storage(|s| s.load_if_changed(&id))
            .flatten()
        else {
            return;
        };
        let base = self.persist.bases.with_value(|b| b.get(&id).cloned());
        if !merge_needed(base.as_ref(), &theirs) {
            return;
        }
        let Some(base) = base else { return };
        let ours = self.doc.get_untracked();
        let merged = merge(&base, &ours, &theirs);
        // What is stored becomes the new base; our merged copy is saved over it next.
        self.set_base(&theirs);
        if merged.doc != ours {
            self.set_doc(merged.doc);
        }
        if !merged.conflicts.is_empty() {
            self.notices.info(
                "This post-mortem was also changed in another tab. Both versions of the items changed in both places are kept: choose below.",
                None,
            );
            self.conflicts_from_copy.set(false);
            self.conflicts.update(|list| list.extend(merged.conflicts));
        }
    }

    /// Saves a checklist shortly (changes come in bursts while typing).
    pub(super) fn schedule_checklist_save(&self, id: &Uid) {
        self.persist.dirty_lists.update_value(|dirty| {
            if !dirty.contains(id) {
                dirty.push(id.clone());
            }
        });
        let this = *self;
        self.persist
            .list_timer
            .schedule(SAVE_DELAY, move || this.flush_checklists());
    }

    /// Saves every checklist changed in this tab, each merged first with what another tab
    /// may have saved meanwhile. A failed save keeps it in the list and is retried.
    pub fn flush_checklists(&self) {
        self.persist.list_timer.cancel();
        let dirty = self.persist.dirty_lists.get_value();
        if dirty.is_empty() {
            return;
        }
        let mut failed = Vec::new();
        for id in dirty {
            // Unreadable here: not saved over (the notice says why), and not retried.
            if !self.merge_checklist_from_storage(&id) {
                continue;
            }
            let Some(list) = self
                .checklists
                .with_untracked(|all| all.iter().find(|l| l.id == id).cloned())
            else {
                continue;
            };
            let result = self
                .persist
                .with_storage(|s| s.save_checklist(&list, platform::now()));
            match result {
                None | Some(Ok(())) => {
                    self.notices.clear_topic(SAVE_TOPIC);
                    self.persist
                        .list_bases
                        .update_value(|b| b.insert(id.clone(), list));
                }
                Some(Err(error)) => {
                    self.notices.error(&error);
                    failed.push(id);
                }
            }
        }
        let retry = !failed.is_empty();
        self.persist.dirty_lists.set_value(failed);
        self.refresh_usage();
        if retry {
            let this = *self;
            self.persist
                .list_timer
                .schedule(RETRY_DELAY, move || this.flush_checklists());
        }
    }

    /// Brings in another tab's version of a checklist: taken as it is when this tab has no
    /// unsaved change to it, merged with ours when it has. Returns `false` when the stored
    /// value cannot be read here, so it must not be saved over.
    fn merge_checklist_from_storage(&self, id: &Uid) -> bool {
        let Some(stored) = self
            .persist
            .with_storage(|s| s.load_checklist_if_changed(id))
        else {
            return true;
        };
        let dirty = self.persist.dirty_lists.with_value(|d| d.contains(id));
        let theirs = match stored {
            StoredChecklist::Changed(theirs) => theirs,
            StoredChecklist::Unchanged => return true,
            // Removed for good elsewhere: keep ours only if this tab changed it since.
            StoredChecklist::Missing => {
                if !dirty {
                    self.checklists.update(|all| all.retain(|l| &l.id != id));
                }
                return true;
            }
            StoredChecklist::Unreadable(reason) => {
                self.notices.error(&crate::error::AppError::SaveFailed(format!(
                    "another tab saved this checklist in a form this tab cannot read ({reason}); reload this tab to see it. This tab's change to it is not saved, so nothing is overwritten"
                )));
                return false;
            }
        };
        let base = self.persist.list_bases.with_value(|b| b.get(id).cloned());
        self.persist
            .list_bases
            .update_value(|b| b.insert(id.clone(), theirs.clone()));
        if !dirty {
            // Nothing here to keep: the other tab's version is the checklist now.
            self.put_checklist(theirs);
            return true;
        }
        let ours = self
            .checklists
            .with_untracked(|all| all.iter().find(|l| &l.id == id).cloned());
        let merged = match ours {
            Some(ours) if ours != theirs => {
                let (merged, conflicts) =
                    merge_checklist(base.as_ref(), &ours, &theirs, platform::now());
                if conflicts > 0 {
                    self.notices.info(
                        format!(
                            "“{}” was also changed in another tab. Where both changed a check, this tab's wording is kept and the other is in the checklist's history.",
                            merged.display_name()
                        ),
                        None,
                    );
                }
                merged
            }
            Some(_) => return true,
            None => theirs,
        };
        self.put_checklist(merged);
        true
    }

    /// Puts `list` in place of the version held, or adds it.
    pub(super) fn put_checklist(&self, list: Checklist) {
        self.checklists
            .update(|all| match all.iter_mut().find(|l| l.id == list.id) {
                Some(slot) => *slot = list,
                None => all.push(list),
            });
    }

    /// Removes a checklist from storage for good; `Ok` in memory-only mode.
    pub(super) fn remove_stored_checklist(&self, id: &Uid) -> Result<(), crate::error::AppError> {
        self.persist
            .with_storage(|s| s.remove_checklist(id))
            .unwrap_or(Ok(()))
    }

    /// Resolves a conflict with this tab's version.
    pub fn keep_mine(&self, index: usize) {
        self.resolve(index, keep_mine);
    }

    /// Resolves a conflict with the other tab's version.
    pub fn keep_theirs(&self, index: usize) {
        self.resolve(index, keep_theirs);
    }

    /// Resolves an item conflict by keeping both versions (ours as a new item).
    pub fn keep_both(&self, index: usize) {
        let from_copy = self.conflicts_from_copy.get_untracked();
        let told = self.conflicts.with_untracked(|list| {
            list.get(index)
                .and_then(|c| crate::persist::merge::kept_both_message(c, from_copy))
        });
        self.resolve(index, |doc, conflict| {
            crate::persist::merge::keep_both(doc, conflict);
        });
        if let Some(told) = told {
            self.notices.info(told, None);
        }
    }

    fn resolve(&self, index: usize, apply: fn(&mut Postmortem, &Conflict)) {
        if let Some(conflict) = self
            .conflicts
            .try_update(|list| (index < list.len()).then(|| list.remove(index)))
            .flatten()
        {
            self.edit(|d| apply(d, &conflict));
            // The buttons pressed are gone with the conflict: the keyboard goes to the one
            // now in its place, or to the step's heading once none is left.
            let left = self.conflicts.with_untracked(Vec::len);
            platform::focus_when_rendered(match left {
                0 => "step-title".to_owned(),
                _ => format!("conflict-{}-mine", index.min(left - 1)),
            });
        }
    }

    fn schedule_save(&self, delay: Duration) {
        let this = *self;
        self.persist.timer.schedule(delay, move || this.flush());
    }

    /// Encodes the open post-mortem's items ahead of its first save, so that save writes
    /// only what changed (see [`crate::persist::incremental`]).
    fn prepare_save(&self) {
        self.persist
            .with_storage(|s| self.doc.with_untracked(|doc| s.prepare(doc)));
    }

    /// Saves the open post-mortem now if it differs from the last saved copy (or the last
    /// save failed). Failed saves are retried, so edits are never dropped while the tab is
    /// open.
    pub fn flush(&self) {
        self.flush_checklists();
        self.persist.timer.cancel();
        let retry = self.persist.failed.get_value();
        let decision = self.doc.with_untracked(|doc| {
            self.library.with_untracked(|docs| {
                save_needed(docs.iter().find(|d| d.id == doc.id), doc, retry)
            })
        });
        if decision != Save::Write {
            return;
        }
        // Another tab may have saved this post-mortem since we read it: merge rather than
        // overwrite its work.
        self.merge_from_storage();
        let doc = self.doc.get_untracked();
        let saved = self.write(&doc);
        // The library always has this tab's latest version, saved or not, so switching
        // post-mortems while saving fails loses nothing.
        self.replace_in_library(doc);
        self.refresh_usage();
        self.persist.failed.set_value(!saved);
        if !saved {
            self.schedule_save(RETRY_DELAY);
        }
    }
}

/// Saves the open post-mortem shortly after every change, and at once when the page is
/// hidden or closed, so a reload straight after typing loses nothing.
pub fn install_autosave(state: AppState) {
    Effect::new(move |previous: Option<PostmortemId>| {
        let id = state.doc.with(|d| d.id.clone());
        // The first run, and a different document being opened, are not edits.
        if previous.as_ref() == Some(&id) {
            state.schedule_save(SAVE_DELAY);
            state.schedule_settle();
        } else {
            state.settled.update(|n| *n += 1);
            set_timeout(move || state.prepare_save(), PREPARE_DELAY);
        }
        id
    });
    state.refresh_usage();
    platform::register_service_worker(move || {
        state.notices.info(
            "A new version of Hindsight is ready.",
            Some(NoticeAction::Reload),
        );
    });
    // Another tab saved: bring its changes in (merging with ours when needed).
    let on_storage = window_event_listener(leptos::ev::storage, move |ev| {
        if let Some(key) = ev.key() {
            state.on_stored_elsewhere(&key);
        }
    });
    let flush = move || state.flush();
    let on_hide = window_event_listener(leptos::ev::pagehide, move |_| flush());
    let on_visibility = window_event_listener(leptos::ev::visibilitychange, move |_| flush());
    // Unsettled conflicts live in this page only: reloading or closing it would drop the
    // other side's versions without a word, so the browser asks first.
    let on_leave = window_event_listener(leptos::ev::beforeunload, move |ev| {
        if state.conflicts.with_untracked(|c| !c.is_empty()) {
            ev.prevent_default();
            // What older browsers need to ask; the text itself is the browser's own.
            ev.set_return_value("The other version of a changed item has not been chosen.");
        }
    });
    on_cleanup(move || {
        on_storage.remove();
        on_hide.remove();
        on_visibility.remove();
        on_leave.remove();
    });
}
