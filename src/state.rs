//! The app's state: one `Store` for the open post-mortem, the library of all post-mortems,
//! the route and the notices; `use_app_state()` to reach it and `install_autosave()` to
//! persist it.

use std::time::Duration;

use leptos::prelude::*;
use reactive_stores::Store;

use crate::domain::{worked_example, ItemId, Postmortem, PostmortemId, Step, Summary};
use crate::error::AppError;
use crate::persist::browser::BrowserStorage;
use crate::platform;
use crate::route::Route;

/// How long typing must pause before a save (a save per keystroke would be wasteful).
const SAVE_DELAY: Duration = Duration::from_millis(400);
/// How long to wait before retrying a save that failed (e.g. a full quota).
const RETRY_DELAY: Duration = Duration::from_secs(5);

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

    /// Tells the user about a problem.
    pub fn error(&self, error: &AppError) {
        let topic = match error {
            AppError::QuotaExceeded | AppError::SaveFailed(_) => Some("save"),
            AppError::StorageUnavailable => Some("storage"),
            _ => None,
        };
        self.push(Tone::Error, error.to_string(), None, topic);
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
    /// The last write failed, so the stored copy is behind the library's.
    failed: bool,
    timer: Option<TimeoutHandle>,
}

/// Everything the components share. Copy: all fields are arena handles.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The open post-mortem. When none is open it holds an empty placeholder whose id is
    /// in no library entry, and it is never saved.
    pub doc: Store<Postmortem>,
    /// Every post-mortem, including deleted ones (kept so a deletion can be undone).
    pub library: RwSignal<Vec<Postmortem>>,
    /// Where the user is.
    pub route: RwSignal<Route>,
    /// Messages for the user.
    pub notices: Notices,
    /// An item that was just added and should take the keyboard focus once rendered.
    pub focus: RwSignal<Option<ItemId>>,
    storage: StoredValue<Option<BrowserStorage>, LocalStorage>,
    save: StoredValue<SaveState, LocalStorage>,
}

fn placeholder() -> Postmortem {
    Postmortem::new(PostmortemId(String::new()), "", platform::now())
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
            doc: Store::new(placeholder()),
            library: RwSignal::new(docs),
            route: RwSignal::new(Route::parse(&platform::current_hash())),
            notices,
            focus: RwSignal::new(None),
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

    /// Changes the open post-mortem through a domain method, and records when.
    pub fn edit(&self, change: impl FnOnce(&mut Postmortem)) {
        self.doc.update(|doc| {
            change(doc);
            doc.touch(platform::now());
        });
    }

    /// Adds an item through a domain method and moves the keyboard focus to it.
    pub fn add_item(&self, add: impl FnOnce(&mut Postmortem) -> ItemId) {
        let mut id = None;
        self.edit(|doc| id = Some(add(doc)));
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
                Some(doc) => self.doc.set(doc),
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

    /// The step of the open post-mortem.
    pub fn step(&self) -> Step {
        self.doc.with(|d| d.step)
    }

    /// Deletes the open post-mortem (reversibly) and goes home with an Undo.
    pub fn delete_open(&self) {
        let title = self.doc.with_untracked(|d| d.display_title().to_owned());
        let id = self.doc.with_untracked(|d| d.id.clone());
        self.flush();
        self.doc.update(|d| d.mark_deleted(platform::now()));
        self.flush();
        self.doc.set(placeholder());
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

    fn replace_in_library(&self, doc: Postmortem) {
        self.library
            .update(|docs| match docs.iter_mut().find(|d| d.id == doc.id) {
                Some(slot) => *slot = doc,
                None => docs.push(doc),
            });
    }

    /// Writes one document to storage, reporting failures. In memory-only mode this does
    /// nothing: the banner shown at start-up already says changes are not kept.
    fn write(&self, doc: &Postmortem) -> bool {
        let result = self
            .storage
            .with_value(|s| s.as_ref().map(|s| s.save(doc, platform::now())));
        match result {
            None | Some(Ok(())) => {
                self.notices.clear_topic("save");
                true
            }
            Some(Err(error)) => {
                self.notices.error(&error);
                false
            }
        }
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

    /// Saves the open post-mortem now if it differs from the last saved copy (or the last
    /// save failed). Comparing content rather than trusting a dirty flag means an edit made
    /// just before a flush is never missed. Failed saves are retried, so edits are never
    /// dropped while the tab is open.
    pub fn flush(&self) {
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
        let doc = self.doc.get_untracked();
        let saved = self.write(&doc);
        self.replace_in_library(doc);
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
        }
        id
    });
    let flush = move || state.flush();
    let on_hide = window_event_listener(leptos::ev::pagehide, move |_| flush());
    let on_visibility = window_event_listener(leptos::ev::visibilitychange, move |_| flush());
    on_cleanup(move || {
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
