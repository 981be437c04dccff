//! The app's state, split by job: the open post-mortem, its item triggers and its edits (`editing`), the notices,
//! saving and syncing with other tabs (`persistence`), the library of post-mortems and its
//! files (`library`), the playbook's checklists and runs (`playbook`), share links and
//! merging another's copy (`sharing`), and the address (`routing`). Each job is a set of named methods on
//! the one [`AppState`] the components share; the decisions that need no browser live in
//! pure modules (`crate::notice`, `crate::persist::policy`) and are tested natively.
//!
//! Why one signal for the open post-mortem, with a trigger per item, rather than a
//! `reactive_stores` Store: see ARCHITECTURE.md.

mod debounce;
mod editing;
mod library;
mod notices;
mod persistence;
mod playbook;
mod routing;
mod sharing;

use leptos::prelude::*;

use crate::domain::{ItemId, Postmortem, PostmortemId};
use crate::persist::browser::BrowserStorage;
use crate::persist::merge::Conflict;
use crate::platform;
use crate::playbook::Checklist;
use crate::route::Route;

pub use crate::notice::{Notice, NoticeAction, Tone};
pub use crate::persist::policy::Usage;
pub use debounce::Debounce;
pub use editing::ask_why_id;
pub use notices::Notices;
pub use persistence::install_autosave;
pub use playbook::Target as PlaybookTarget;
pub use routing::install_router;
pub use sharing::ShareLink;

use editing::Items;
use persistence::Persistence;

/// Everything the components share. Copy: all fields are arena handles.
#[derive(Clone, Copy)]
pub struct AppState {
    /// The open post-mortem. When none is open it holds an empty placeholder whose id is
    /// in no library entry, and it is never saved.
    pub doc: RwSignal<Postmortem>,
    /// Every post-mortem, including deleted ones (kept so a deletion can be undone).
    pub library: RwSignal<Vec<Postmortem>>,
    /// The playbook's checklists, including deleted ones (kept so a deletion can be undone).
    pub checklists: RwSignal<Vec<Checklist>>,
    /// Where the user is.
    pub route: RwSignal<Route>,
    /// Messages for the user.
    pub notices: Notices,
    /// An item that was just added and should take the keyboard focus once rendered.
    pub focus: RwSignal<Option<ItemId>>,
    /// Items changed in this tab and in another one at the same time, for the user to
    /// resolve.
    pub conflicts: RwSignal<Vec<Conflict>>,
    /// Whether those conflicts come from merging another copy (a share link or a backup)
    /// rather than another tab: the panel words its choices for that.
    pub conflicts_from_copy: RwSignal<bool>,
    /// Which open actions the home page lists, in its kept form (`ActionFilter::to_saved`):
    /// kept while the user visits a post-mortem and, for the tab, across a reload (see
    /// `library`). Text rather than the filter itself: a signal of a type of its own costs
    /// the download more than reading the text back does.
    home_filter: RwSignal<String>,
    /// Local-storage use, refreshed after saves.
    pub usage: RwSignal<Option<Usage>>,
    /// Bumped when the open post-mortem has settled (typing paused for a moment): views
    /// that summarise the whole document (timeline, review) follow this instead of every
    /// keystroke, so typing stays instant in a large post-mortem.
    pub settled: RwSignal<u64>,
    settle: Debounce,
    items: Items,
    persist: Persistence,
}

/// The empty document that stands for "none open".
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
        let (storage, docs, lists) = match BrowserStorage::open() {
            Ok(storage) => {
                let loaded = storage.load_all(platform::now());
                for problem in &loaded.problems {
                    notices.error(problem);
                }
                (Some(storage), loaded.docs, loaded.checklists)
            }
            Err(error) => {
                notices.error(&error);
                (None, Vec::new(), Vec::new())
            }
        };
        Self::with(storage, docs, lists, notices)
    }

    /// State over the given documents with no storage behind it (tests, private mode).
    pub fn in_memory(docs: Vec<Postmortem>) -> Self {
        Self::with(None, docs, Vec::new(), Notices::new())
    }

    fn with(
        storage: Option<BrowserStorage>,
        docs: Vec<Postmortem>,
        lists: Vec<Checklist>,
        notices: Notices,
    ) -> Self {
        Self {
            doc: RwSignal::new(placeholder()),
            persist: Persistence::new(storage, &docs, &lists),
            library: RwSignal::new(docs),
            checklists: RwSignal::new(lists),
            route: RwSignal::new(Route::parse(&platform::current_hash())),
            notices,
            focus: RwSignal::new(None),
            conflicts: RwSignal::new(Vec::new()),
            conflicts_from_copy: RwSignal::new(false),
            home_filter: RwSignal::new(library::kept_home_filter()),
            usage: RwSignal::new(None),
            settled: RwSignal::new(0),
            settle: Debounce::new(),
            items: Items::default(),
        }
    }
}
