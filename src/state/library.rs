//! The library of post-mortems: creating one (blank or the worked example), deleting with
//! undo, the trash, importing a backup (with its playbook checklists), the files offered
//! for download, and the home page's filter of open actions.

use leptos::prelude::*;

use super::{placeholder, AppState};
use crate::domain::follow::ActionFilter;
use crate::domain::{worked_example, Postmortem, PostmortemId, Summary};
use crate::error::AppError;
use crate::notice::NoticeAction;
use crate::persist::backup::{
    apply_checklists, apply_import, backup_file_name, encode_backup, encode_full_backup,
    ChecklistImport, Choice, ImportOutcome, ImportPlan,
};
use crate::platform;
use crate::route::Route;

/// The tab's key for the home page's filter (`sessionStorage`, not the post-mortems' store:
/// it is a way of looking at them, not something the user wrote).
const HOME_FILTER_KEY: &str = "hindsight/home-filter";

/// The home page's filter as this tab last left it, in its kept form.
pub(super) fn kept_home_filter() -> String {
    platform::tab_value(HOME_FILTER_KEY).unwrap_or_default()
}

impl AppState {
    /// Which open actions the home page lists (tracked).
    pub fn home_filter(&self) -> ActionFilter {
        self.home_filter
            .with(|saved| ActionFilter::from_saved(saved))
    }

    /// Changes which open actions the home page lists, and keeps the choice for the tab.
    pub fn change_home_filter(&self, change: impl FnOnce(&mut ActionFilter)) {
        let mut filter = self
            .home_filter
            .with_untracked(|saved| ActionFilter::from_saved(saved));
        change(&mut filter);
        let saved = filter.to_saved();
        platform::set_tab_value(HOME_FILTER_KEY, &saved);
        self.home_filter.set(saved);
    }

    /// Starts a new post-mortem, opens its first step and puts the cursor in its title
    /// (focus otherwise fell to the page, and what a keyboard user typed went nowhere).
    pub fn create(&self) {
        let doc = Postmortem::new(platform::new_id(), "", platform::now());
        self.add_and_open(doc);
        platform::focus_when_rendered("pm-title");
    }

    /// Opens the worked example: the copy already in the list if there is one (a second
    /// click used to add a second copy), else a new copy.
    pub fn create_example(&self) {
        let existing = self.library.with_untracked(|docs| {
            docs.iter()
                .find(|d| d.is_live_example())
                .map(|d| (d.id.clone(), d.step))
        });
        match existing {
            Some((id, step)) => self.navigate(Route::step(&id, step)),
            None => {
                let doc = worked_example(platform::new_id(), platform::now());
                self.add_and_open(doc);
            }
        }
    }

    /// Starts the worked example over: the copy in the list goes to the trash (from where
    /// it can be restored) and a fresh one opens.
    pub fn restart_example(&self) {
        let now = platform::now();
        // The open document is saved again when another opens: if it is the old copy, it
        // must carry the deletion itself, or that save would bring it back.
        self.flush();
        if self.doc.with_untracked(Postmortem::is_live_example) {
            self.doc.update(|d| d.mark_deleted(now));
            self.flush();
        }
        let old: Vec<Postmortem> = self.library.with_untracked(|docs| {
            docs.iter()
                .filter(|d| d.is_live_example())
                .cloned()
                .map(|mut d| {
                    d.mark_deleted(now);
                    d
                })
                .collect()
        });
        for doc in old {
            self.write(&doc);
            self.replace_in_library(doc);
        }
        let doc = worked_example(platform::new_id(), now);
        self.add_and_open(doc);
        self.notices.info(
            "Started the worked example over; the earlier copy is in the trash.",
            None,
        );
    }

    /// Whether the list holds a copy of the worked example.
    pub fn has_example(&self) -> bool {
        self.library
            .with(|docs| docs.iter().any(Postmortem::is_live_example))
    }

    pub(super) fn add_and_open(&self, doc: Postmortem) {
        let id = doc.id.clone();
        let step = doc.step;
        self.write(&doc);
        // The home page's meter read 0 % after opening the worked example until a later save.
        self.refresh_usage();
        self.library.update(|docs| docs.push(doc));
        self.navigate(Route::step(&id, step));
    }

    /// Deletes the open post-mortem (reversibly) and goes home with an Undo.
    pub fn delete_open(&self) {
        let title = self.doc.with_untracked(|d| d.display_title().to_owned());
        let id = self.doc.with_untracked(|d| d.id.clone());
        self.flush();
        self.doc.update(|d| d.mark_deleted(platform::now()));
        self.flush();
        self.set_doc(placeholder());
        self.navigate(Route::Home);
        // The button pressed is gone with its page: the keyboard starts again at the list.
        platform::focus_when_rendered("home-title");
        self.notices.info(
            format!("Deleted “{title}”."),
            Some(NoticeAction::UndoDelete(id)),
        );
    }

    /// Brings back a deleted post-mortem.
    pub fn undo_delete(&self, id: &PostmortemId) {
        let restored = self.library.with_untracked(|docs| {
            docs.iter().find(|d| &d.id == id).cloned().map(|mut doc| {
                doc.restore();
                doc
            })
        });
        if let Some(doc) = restored {
            let title = doc.display_title().to_owned();
            self.write(&doc);
            self.replace_in_library(doc);
            self.notices.info(format!("Restored “{title}”."), None);
            // The button pressed is gone with the trash entry: the keyboard goes to the
            // post-mortem back in the list.
            platform::focus_when_rendered(format!("pm-link-{}", id.as_str()));
        }
    }

    /// The deleted post-mortems, most recently deleted first.
    pub fn trash(&self) -> Vec<Summary> {
        let mut list: Vec<(Option<chrono::DateTime<chrono::Utc>>, Summary)> =
            self.library.with(|docs| {
                docs.iter()
                    .filter(|d| d.is_deleted())
                    .map(|d| (d.deleted_at, d.summary()))
                    .collect()
            });
        crate::sort::sort_by(&mut list, |a, b| b.0.cmp(&a.0));
        list.into_iter().map(|(_, s)| s).collect()
    }

    /// Removes a deleted post-mortem for good.
    pub fn purge(&self, id: &PostmortemId) {
        match self.remove_stored(id) {
            Ok(()) => {
                self.library
                    .update(|docs| docs.retain(|d| &d.id != id || !d.is_deleted()));
                self.refresh_usage();
            }
            Err(error) => self.notices.error(&error),
        }
    }

    /// Removes every deleted post-mortem and checklist for good.
    pub fn empty_trash(&self) {
        let ids: Vec<PostmortemId> = self.trash().into_iter().map(|s| s.id).collect();
        for id in &ids {
            self.purge(id);
        }
        for list in self.checklist_trash() {
            self.purge_checklist(&list.id);
        }
    }

    /// Offers every post-mortem (the trash included) as one JSON file.
    pub fn download_backup(&self) {
        self.flush();
        // The open post-mortem as it is in this tab, even if saving it is failing.
        let open = self.doc.get_untracked();
        let mut docs = self.library.get_untracked();
        if let Some(slot) = docs.iter_mut().find(|d| d.id == open.id) {
            *slot = open;
        }
        let name = backup_file_name(&docs, platform::now());
        let text = self
            .checklists
            .with_untracked(|lists| encode_full_backup(&docs, lists, platform::now()));
        self.offer(&name, "application/json", &text);
    }

    /// Offers the open post-mortem as a JSON file.
    pub fn download_open_json(&self) {
        self.flush();
        let doc = self.doc.get_untracked();
        let docs = [doc];
        self.offer(
            &backup_file_name(&docs, platform::now()),
            "application/json",
            &encode_backup(&docs, platform::now()),
        );
    }

    /// Offers a stored value exactly as it is (e.g. one that could not be read).
    pub fn download_raw(&self, key: &str) {
        match self.stored_raw(key) {
            Some(raw) => {
                let name = format!("hindsight-unreadable-{}.json", key.replace(['/', ':'], "-"));
                self.offer(&name, "application/json", &raw);
            }
            None => self
                .notices
                .info("That stored value is no longer there.", None),
        }
    }

    pub(super) fn offer(&self, name: &str, mime: &str, text: &str) {
        match platform::download(name, mime, text) {
            Ok(()) => self.notices.info(format!("Downloaded {name}."), None),
            Err(e) => self.notices.error(&AppError::DownloadFailed(e)),
        }
    }

    /// Applies a previewed import and saves what it added or replaced (checklists: added
    /// or merged).
    pub fn import(
        &self,
        mut plan: ImportPlan,
        choices: &[Choice],
    ) -> (ImportOutcome, ChecklistImport) {
        self.flush();
        let incoming = std::mem::take(&mut plan.checklists);
        let mut lists = self.checklists.get_untracked();
        let lists_outcome = apply_checklists(incoming, &mut lists, platform::now());
        self.checklists.set(lists);
        for id in &lists_outcome.written {
            self.schedule_checklist_save(id);
        }
        self.flush_checklists();
        let mut docs = self.library.get_untracked();
        let outcome = apply_import(plan, choices, &mut docs, platform::new_id);
        for id in &outcome.written {
            if let Some(doc) = docs.iter().find(|d| &d.id == id) {
                self.write(doc);
            }
        }
        // A replaced document that is open is reloaded from the library.
        let open = self.doc.with_untracked(|d| d.id.clone());
        if outcome.written.contains(&open) {
            if let Some(doc) = docs.iter().find(|d| d.id == open) {
                self.set_doc(doc.clone());
            }
        }
        self.library.set(docs);
        self.refresh_usage();
        (outcome, lists_outcome)
    }
}
