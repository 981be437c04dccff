//! The app's state: one signal holding the open post-mortem, the library of all post-mortems,
//! the route and the notices; `use_app_state()` to reach it and `install_autosave()` to
//! persist it.

use std::time::Duration;

use leptos::prelude::*;

use crate::domain::limits::ItemList;
use crate::domain::{worked_example, ItemId, Listed, Postmortem, PostmortemId, Step, Summary};
use crate::error::AppError;
use crate::persist::backup::{
    apply_import, backup_file_name, encode_backup, Choice, ImportOutcome, ImportPlan,
};
use crate::persist::browser::BrowserStorage;
use crate::persist::merge::{keep_mine, keep_theirs, merge, Conflict};
use crate::persist::schema;
use crate::platform;
use crate::route::Route;
use crate::small_map::SmallMap;

/// How long typing must pause before a save (a save per keystroke would be wasteful).
const SAVE_DELAY: Duration = Duration::from_millis(400);
/// How long typing must pause before whole-document views (timeline, review) refresh.
const SETTLE_DELAY: Duration = Duration::from_millis(250);
/// How long to wait before retrying a save that failed (e.g. a full quota).
const RETRY_DELAY: Duration = Duration::from_secs(5);
/// How long after a post-mortem opens its items are encoded ahead of the first save: after
/// its first rows are on screen, before anyone has typed much.
const PREPARE_DELAY: Duration = Duration::from_millis(300);

/// Whether a notice reports a problem or a plain event.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Tone {
    /// Something happened as asked.
    Info,
    /// Something the user must act on or know about.
    Error,
}

/// A button a notice can offer.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum NoticeAction {
    /// Bring back a post-mortem that was just deleted.
    UndoDelete(PostmortemId),
    /// Download every post-mortem as a JSON backup (when saving is in trouble).
    DownloadBackup,
    /// Download an unreadable stored value as it is.
    DownloadRaw(String),
    /// Reload into the new version of the app.
    Reload,
}

/// How much of the browser's local storage Hindsight uses.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Usage {
    /// Characters stored (keys and values, in UTF-16 code units).
    pub used: u64,
    /// Characters the browser allows this site in total.
    pub quota: u64,
}

impl Usage {
    /// Local storage's limit per origin: 5,242,880 UTF-16 code units of keys and values.
    /// Chromium (10 MiB, counting each character as 2 bytes) and Firefox (5,120 KiB of
    /// characters) come to the same figure, whatever the characters' UTF-8 size: found in
    /// their sources (Chromium's `kPerStorageAreaQuota` and `storage_area_map.cc`, Firefox's
    /// `dom.storage.default_quota` and `LSSnapshot::SetItem`) and by filling both until
    /// `setItem` threw. (Counting two bytes per character against 5 MiB showed a store
    /// half full as full.)
    pub const QUOTA: u64 = 5 * 1024 * 1024;

    /// Used share, 0–100.
    pub fn percent(&self) -> u64 {
        (self.used * 100).checked_div(self.quota).unwrap_or(0)
    }
}

/// A message in the notice bar.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Notice {
    /// Unique while shown.
    pub id: u32,
    /// Problem or event.
    pub tone: Tone,
    /// What the user reads.
    pub text: String,
    /// An optional button.
    pub action: Option<NoticeAction>,
    /// Notices with the same topic replace each other (e.g. repeated save failures).
    pub topic: Option<&'static str>,
}

/// The notices shown to the user, newest last.
#[derive(Clone, Copy)]
pub struct Notices {
    list: RwSignal<Vec<Notice>>,
    next: StoredValue<u32>,
}

impl Notices {
    fn new() -> Self {
        Self {
            list: RwSignal::new(Vec::new()),
            next: StoredValue::new(1),
        }
    }

    /// The notices, for rendering.
    pub fn list(&self) -> Signal<Vec<Notice>> {
        self.list.into()
    }

    fn push(
        &self,
        tone: Tone,
        text: String,
        action: Option<NoticeAction>,
        topic: Option<&'static str>,
    ) {
        let id = self.next.get_value();
        self.next.set_value(id + 1);
        self.list.update(|list| {
            if let Some(topic) = topic {
                list.retain(|n| n.topic != Some(topic));
            }
            list.push(Notice {
                id,
                tone,
                text,
                action,
                topic,
            });
        });
    }

    /// Tells the user something happened.
    pub fn info(&self, text: impl Into<String>, action: Option<NoticeAction>) {
        self.push(Tone::Info, text.into(), action, None);
    }

    /// Tells the user about a problem, with the button that helps, if any.
    pub fn error(&self, error: &AppError) {
        let topic = match error {
            AppError::QuotaExceeded | AppError::SaveFailed(_) => Some("save"),
            AppError::StorageUnavailable => Some("storage"),
            _ => None,
        };
        let action = match error {
            AppError::QuotaExceeded | AppError::SaveFailed(_) | AppError::StorageUnavailable => {
                Some(NoticeAction::DownloadBackup)
            }
            AppError::Unreadable { key, kept_as, .. } => Some(NoticeAction::DownloadRaw(
                kept_as.clone().unwrap_or_else(|| key.clone()),
            )),
            _ => None,
        };
        self.push(Tone::Error, error.to_string(), action, topic);
    }

    /// Removes the notices about a topic (e.g. once saving works again).
    pub fn clear_topic(&self, topic: &'static str) {
        self.list
            .update(|list| list.retain(|n| n.topic != Some(topic)));
    }

    /// Closes one notice.
    pub fn dismiss(&self, id: u32) {
        self.list.update(|list| list.retain(|n| n.id != id));
    }
}

#[derive(Default)]
struct SaveState {
    /// The last write failed: retry even if nothing changed since.
    failed: bool,
    timer: Option<TimeoutHandle>,
}

/// Everything the components share. Copy: all fields are arena handles.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The open post-mortem. When none is open it holds an empty placeholder whose id is
    /// in no library entry, and it is never saved.
    pub doc: RwSignal<Postmortem>,
    /// Every post-mortem, including deleted ones (kept so a deletion can be undone).
    pub library: RwSignal<Vec<Postmortem>>,
    /// Where the user is.
    pub route: RwSignal<Route>,
    /// Messages for the user.
    pub notices: Notices,
    /// An item that was just added and should take the keyboard focus once rendered.
    pub focus: RwSignal<Option<ItemId>>,
    /// Items changed in this tab and in another one at the same time, for the user to settle.
    pub conflicts: RwSignal<Vec<Conflict>>,
    /// Local-storage use, refreshed after saves.
    pub usage: RwSignal<Option<Usage>>,
    /// Bumped when the open post-mortem has stopped changing for a moment: views that
    /// summarise the whole document (timeline, review) follow this instead of every
    /// keystroke, so typing stays instant in a large post-mortem.
    pub settled: RwSignal<u64>,
    settle_timer: StoredValue<Option<TimeoutHandle>, LocalStorage>,
    /// Per item, what its views follow instead of the whole document (see [`AppState::item`]).
    /// Sorted by id for a binary search: new items get the highest id, so inserting is
    /// nearly always appending, and a plain vector costs less wasm than a hash map.
    items: StoredValue<Vec<(ItemId, ArcTrigger)>, LocalStorage>,
    storage: StoredValue<Option<BrowserStorage>, LocalStorage>,
    save: StoredValue<SaveState, LocalStorage>,
    /// Per post-mortem, the version this tab last read from or wrote to storage: the common
    /// ancestor when another tab's version has to be merged with ours. Never an unsaved
    /// version, or a merge would read the older stored copy as the other tab deleting our
    /// new items.
    bases: StoredValue<SmallMap<PostmortemId, Postmortem>, LocalStorage>,
}

fn placeholder() -> Postmortem {
    Postmortem::new(PostmortemId(String::new()), "", platform::now())
}

/// Adapts a one-off change to the `FnMut` that [`AppState::apply`] takes.
fn once(change: impl FnOnce(&mut Postmortem)) -> impl FnMut(&mut Postmortem) {
    let mut change = Some(change);
    move |doc| {
        if let Some(change) = change.take() {
            change(doc);
        }
    }
}

/// The app state provided by `<App/>`.
pub fn use_app_state() -> AppState {
    expect_context::<AppState>()
}

impl AppState {
    /// Opens storage, reads every post-mortem and reports what could not be read.
    pub fn load() -> Self {
        let notices = Notices::new();
        let (storage, docs) = match BrowserStorage::open() {
            Ok(storage) => {
                let loaded = storage.load_all(platform::now());
                for problem in &loaded.problems {
                    notices.error(problem);
                }
                (Some(storage), loaded.docs)
            }
            Err(error) => {
                notices.error(&error);
                (None, Vec::new())
            }
        };
        Self::with(storage, docs, notices)
    }

    /// State over the given documents with no storage behind it (tests, private mode).
    pub fn in_memory(docs: Vec<Postmortem>) -> Self {
        Self::with(None, docs, Notices::new())
    }

    fn with(storage: Option<BrowserStorage>, docs: Vec<Postmortem>, notices: Notices) -> Self {
        Self {
            doc: RwSignal::new(placeholder()),
            library: RwSignal::new(docs.clone()),
            route: RwSignal::new(Route::parse(&platform::current_hash())),
            notices,
            focus: RwSignal::new(None),
            conflicts: RwSignal::new(Vec::new()),
            usage: RwSignal::new(None),
            settled: RwSignal::new(0),
            settle_timer: StoredValue::new_local(None),
            items: StoredValue::new_local(Default::default()),
            // Stored post-mortems have distinct ids (each is read from the key of its id).
            bases: StoredValue::new_local(SmallMap::from_distinct(
                docs.iter().map(|d| (d.id.clone(), d.clone())).collect(),
            )),
            storage: StoredValue::new_local(storage),
            save: StoredValue::new_local(SaveState::default()),
        }
    }

    /// The live post-mortems for the home list, newest first.
    pub fn summaries(&self) -> Vec<Summary> {
        let mut list: Vec<Summary> = self.library.with(|docs| {
            docs.iter()
                .filter(|d| !d.is_deleted())
                .map(Postmortem::summary)
                .collect()
        });
        crate::domain::sort_newest_first(&mut list);
        list
    }

    /// Changes the open post-mortem through a domain method that may touch several items
    /// (removing a fact also unlinks it from causes), and records when. Every item view
    /// rechecks its item.
    pub fn edit(&self, change: impl FnOnce(&mut Postmortem)) {
        self.edit_document(change);
        self.notify_items();
    }

    /// Changes the open post-mortem through a domain method that leaves every item's own
    /// fields as they were: the title, status, impact, people, dismissals, adding or
    /// reordering items. Item views are not disturbed.
    pub fn edit_document(&self, change: impl FnOnce(&mut Postmortem)) {
        self.apply(&mut once(change));
        self.doc.notify();
    }

    /// Changes one item through a domain method. Only that item's views update at once (the
    /// whole-document views follow once typing pauses): a keystroke in a post-mortem of
    /// thousands of items re-renders one row, not thousands.
    pub fn edit_item(&self, id: ItemId, change: impl FnOnce(&mut Postmortem)) {
        self.apply(&mut once(change));
        self.item_changed(id);
    }

    /// Applies a change without notifying anyone yet, and records when. Not generic, so the
    /// dozens of edit call sites share one copy of it in the wasm.
    fn apply(&self, change: &mut dyn FnMut(&mut Postmortem)) {
        self.doc.update_untracked(|doc| {
            change(doc);
            doc.touch(platform::now());
        });
    }

    fn item_changed(&self, id: ItemId) {
        let trigger = self.items.with_value(|items| {
            let at = items.binary_search_by_key(&id, |(k, _)| *k).ok()?;
            Some(items[at].1.clone())
        });
        if let Some(trigger) = trigger {
            trigger.notify();
        }
        self.doc.notify();
    }

    /// One item of the open post-mortem, for its view. It is recomputed when that item is
    /// edited ([`AppState::edit_item`]) or the document changes as a whole, but not when
    /// another item is: a view that read the whole document would rerun for every keystroke
    /// anywhere. `index` is the item's position in its list, a hint for a fast lookup.
    pub fn item<T: Listed + Send + Sync + 'static>(
        &self,
        id: ItemId,
        index: ReadSignal<usize>,
    ) -> Memo<Option<T>> {
        let trigger = self
            .items
            .try_update_value(|items| match items.binary_search_by_key(&id, |(k, _)| *k) {
                Ok(at) => items[at].1.clone(),
                Err(at) => {
                    let trigger = ArcTrigger::new();
                    items.insert(at, (id, trigger.clone()));
                    trigger
                }
            })
            .unwrap_or_default();
        let doc = self.doc;
        Memo::new(move |_| {
            trigger.track();
            doc.with_untracked(|d| T::find(d, id, index.get_untracked()).cloned())
        })
    }

    /// Makes every item view recheck its item (after an edit of several, or a new document).
    fn notify_items(&self) {
        self.items
            .with_value(|items| items.iter().for_each(|(_, t)| t.notify()));
    }

    /// Replaces the open post-mortem.
    fn set_doc(&self, doc: Postmortem) {
        self.doc.set(doc);
        // Item ids restart in every post-mortem: views kept for an id must recheck.
        self.notify_items();
    }

    /// Gives the keyboard focus to `field` once it is rendered, if it belongs to the item
    /// that was just added (see [`AppState::add_item`]).
    pub fn focus_when_added(&self, id: ItemId, field: NodeRef<leptos::html::Textarea>) {
        let focus = self.focus;
        Effect::new(move |_| {
            if focus.get() == Some(id) {
                if let Some(el) = field.get() {
                    let _ = el.focus();
                    focus.set(None);
                }
            }
        });
    }

    /// Adds an item to `list` through a domain method and moves the keyboard focus to it;
    /// a full list ([`crate::domain::limits::ITEMS`]) says so instead, since a post-mortem over the
    /// limits could not be imported back from its own backup.
    pub fn add_item(&self, list: ItemList, add: impl FnOnce(&mut Postmortem) -> ItemId) {
        if !self.doc.with_untracked(|d| d.can_add(list)) {
            self.notices.info(list.full_message(), None);
            return;
        }
        let mut id = None;
        self.edit_document(|doc| id = Some(add(doc)));
        self.focus.set(id);
    }

    /// Goes somewhere (a history entry, so Back works).
    pub fn navigate(&self, route: Route) {
        platform::set_hash(&route.to_hash());
        // hashchange also sets this; setting it now makes navigation synchronous.
        self.route.set(route);
    }

    /// Starts a new post-mortem and opens its first step.
    pub fn create(&self) {
        let doc = Postmortem::new(platform::new_id(), "", platform::now());
        self.add_and_open(doc);
    }

    /// Adds a copy of the framework's worked example and opens it.
    pub fn create_example(&self) {
        let doc = worked_example(platform::new_id(), platform::now());
        self.add_and_open(doc);
    }

    fn add_and_open(&self, doc: Postmortem) {
        let id = doc.id.clone();
        let step = doc.step;
        self.write(&doc);
        self.library.update(|docs| docs.push(doc));
        self.navigate(Route::step(&id, step));
    }

    /// Makes the route's post-mortem the open one (saving the previous one first) and
    /// remembers its step. Returns false when the route names no live post-mortem.
    pub fn sync_route(&self, route: &Route) -> bool {
        let Route::Editor { id, step } = route else {
            self.flush();
            return true;
        };
        if self.doc.with_untracked(|d| &d.id != id) {
            self.flush();
            let found = self.library.with_untracked(|docs| {
                docs.iter()
                    .find(|d| &d.id == id && !d.is_deleted())
                    .cloned()
            });
            match found {
                Some(doc) => self.set_doc(doc),
                None => return false,
            }
        }
        match step {
            Some(step) => {
                if self.doc.with_untracked(|d| d.step != *step) {
                    // Navigation is not an edit: no touch().
                    self.doc.update(|d| d.set_step(*step));
                }
            }
            None => {
                let step = self.doc.with_untracked(|d| d.step);
                platform::replace_hash(&Route::step(id, step).to_hash());
                self.route.set(Route::step(id, step));
            }
        }
        true
    }

    /// The step the address names, else the one the open post-mortem was left on. The view
    /// follows the address, never the document: another tab's save merges its content in,
    /// and once carried its step along, showing Facts under a `/causes` address and taking
    /// the focus (and what the user typed next) with it.
    pub fn step(&self) -> Step {
        self.route.with(|route| match route {
            Route::Editor {
                step: Some(step), ..
            } => *step,
            _ => self.doc.with(|d| d.step),
        })
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
        }
    }

    fn set_base(&self, doc: &Postmortem) {
        self.bases
            .update_value(|b| b.insert(doc.id.clone(), doc.clone()));
    }

    fn replace_in_library(&self, doc: Postmortem) {
        self.library
            .update(|docs| match docs.iter_mut().find(|d| d.id == doc.id) {
                Some(slot) => *slot = doc,
                None => docs.push(doc),
            });
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
        let removed = self
            .storage
            .with_value(|s| s.as_ref().map(|s| s.remove(id)))
            .unwrap_or(Ok(()));
        match removed {
            Ok(()) => {
                self.library
                    .update(|docs| docs.retain(|d| &d.id != id || !d.is_deleted()));
                self.refresh_usage();
            }
            Err(error) => self.notices.error(&error),
        }
    }

    /// Removes every deleted post-mortem for good.
    pub fn empty_trash(&self) {
        let ids: Vec<PostmortemId> = self.trash().into_iter().map(|s| s.id).collect();
        for id in &ids {
            self.purge(id);
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
        let text = encode_backup(&docs, platform::now());
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
        let raw = self
            .storage
            .with_value(|s| s.as_ref().and_then(|s| s.get_raw(key)));
        match raw {
            Some(raw) => {
                let name = format!("hindsight-unreadable-{}.json", key.replace(['/', ':'], "-"));
                self.offer(&name, "application/json", &raw);
            }
            None => self
                .notices
                .info("That stored value is no longer there.", None),
        }
    }

    fn offer(&self, name: &str, mime: &str, text: &str) {
        match platform::download(name, mime, text) {
            Ok(()) => self.notices.info(format!("Downloaded {name}."), None),
            Err(e) => self.notices.error(&AppError::DownloadFailed(e)),
        }
    }

    /// Applies a previewed import and saves what it added or replaced.
    pub fn import(&self, plan: ImportPlan, choices: &[Choice]) -> ImportOutcome {
        self.flush();
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
        outcome
    }

    /// Recomputes how much local storage is used.
    pub fn refresh_usage(&self) {
        let used = self
            .storage
            .with_value(|s| s.as_ref().map(BrowserStorage::usage_chars));
        self.usage.set(used.map(|used| Usage {
            used,
            quota: Usage::QUOTA,
        }));
    }

    /// Brings in what another tab saved under `key` (from the `storage` event).
    pub fn on_stored_elsewhere(&self, key: &str) {
        let Some(id) = schema::id_from_key(key) else {
            return;
        };
        let open = self.doc.with_untracked(|d| d.id == id);
        if open {
            self.merge_from_storage();
        } else {
            let stored = self
                .storage
                .with_value(|s| s.as_ref().and_then(|s| s.load(&id)));
            match stored {
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
            .storage
            .with_value(|s| s.as_ref().and_then(|s| s.load_if_changed(&id)))
        else {
            return;
        };
        let Some(base) = self.bases.with_value(|b| b.get(&id).cloned()) else {
            return;
        };
        if theirs == base {
            return;
        }
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
            self.conflicts.update(|list| list.extend(merged.conflicts));
        }
    }

    /// Settles a conflict with this tab's version.
    pub fn keep_mine(&self, index: usize) {
        self.settle(index, keep_mine);
    }

    /// Settles a conflict with the other tab's version.
    pub fn keep_theirs(&self, index: usize) {
        self.settle(index, keep_theirs);
    }

    fn settle(&self, index: usize, apply: fn(&mut Postmortem, &Conflict)) {
        if let Some(conflict) = self
            .conflicts
            .try_update(|list| (index < list.len()).then(|| list.remove(index)))
            .flatten()
        {
            self.edit(|d| apply(d, &conflict));
        }
    }

    /// Writes one document to storage, reporting failures. In memory-only mode this does
    /// nothing: the banner shown at start-up already says changes are not kept.
    fn write(&self, doc: &Postmortem) -> bool {
        let result = platform::measure("save", || {
            self.storage
                .with_value(|s| s.as_ref().map(|s| s.save(doc, platform::now())))
        });
        match result {
            None | Some(Ok(())) => {
                self.set_base(doc);
                self.notices.clear_topic("save");
                true
            }
            Some(Err(error)) => {
                self.notices.error(&error);
                false
            }
        }
    }

    fn schedule_settle(&self) {
        let settled = self.settled;
        self.settle_timer.update_value(|slot| {
            if let Some(timer) = slot.take() {
                timer.clear();
            }
            *slot = set_timeout_with_handle(move || settled.update(|n| *n += 1), SETTLE_DELAY).ok();
        });
    }

    /// A value computed from the whole open post-mortem, recomputed once typing pauses
    /// (see [`AppState::settled`]) rather than on every keystroke.
    pub fn settled_memo<T: PartialEq + Send + Sync + 'static>(
        &self,
        compute: impl Fn(&Postmortem) -> T + Send + Sync + 'static,
    ) -> Memo<T> {
        let this = *self;
        Memo::new(move |_| {
            this.settled.track();
            this.doc.with_untracked(&compute)
        })
    }

    fn schedule_save(&self, delay: Duration) {
        let this = *self;
        self.save.update_value(|s| {
            if let Some(timer) = s.timer.take() {
                timer.clear();
            }
            s.timer = set_timeout_with_handle(move || this.flush(), delay).ok();
        });
    }

    /// Encodes the open post-mortem's items ahead of its first save, so that save writes
    /// only what changed (see [`crate::persist::incremental`]).
    fn prepare_save(&self) {
        self.storage.with_value(|s| {
            if let Some(s) = s {
                self.doc.with_untracked(|doc| s.prepare(doc));
            }
        });
    }

    /// Saves the open post-mortem now if it differs from the last saved copy (or the last
    /// save failed). Comparing content rather than trusting a dirty flag means an edit made
    /// just before a flush is never missed. Failed saves are retried, so edits are never
    /// dropped while the tab is open.
    pub fn flush(&self) {
        // Timed as a whole for the benchmark: the write, and the checks and bookkeeping
        // around it, all happen in one task.
        platform::measure("flush", || self.flush_now());
    }

    fn flush_now(&self) {
        let retry = self
            .save
            .try_update_value(|s| {
                if let Some(timer) = s.timer.take() {
                    timer.clear();
                }
                s.failed
            })
            .unwrap_or(false);
        let changed = self.doc.with_untracked(|doc| {
            self.library.with_untracked(|docs| {
                docs.iter()
                    .find(|d| d.id == doc.id)
                    .map(|saved| saved != doc)
            })
        });
        // `None`: the placeholder, which is never saved.
        let Some(changed) = changed else { return };
        if !changed && !retry {
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
        self.save.update_value(|s| s.failed = !saved);
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
    on_cleanup(move || {
        on_storage.remove();
        on_hide.remove();
        on_visibility.remove();
    });
}

/// Keeps the route in step with the address bar, and the open document with the route.
pub fn install_router(state: AppState) {
    let on_hash = window_event_listener(leptos::ev::hashchange, move |_| {
        state.route.set(Route::parse(&platform::current_hash()));
    });
    on_cleanup(move || on_hash.remove());
    Effect::new(move |_| {
        let route = state.route.get();
        if !state.sync_route(&route) {
            state.notices.info(
                "That post-mortem does not exist here (it may have been deleted, or saved in another browser).",
                None,
            );
            state.navigate(Route::Home);
        }
    });
}
