//! The address: going somewhere, opening the post-mortem and step the address names, and
//! keeping the route in step with the address bar.

use leptos::prelude::*;

use super::AppState;
use crate::domain::Step;
use crate::platform;
use crate::route::Route;

impl AppState {
    /// Goes somewhere (a history entry, so Back works).
    pub fn navigate(&self, route: Route) {
        platform::set_hash(&route.to_hash());
        // hashchange also sets this; setting it now makes navigation synchronous.
        self.route.set(route);
    }

    /// Goes to `route` and puts the keyboard in the field with id `field` once it is there.
    /// Already there, the field takes it at once; on another step of the same post-mortem,
    /// the editor hands it over after changing step (instead of focusing the step's
    /// heading); from another page, the editor opens afresh and the field is awaited.
    pub fn go_to_field(&self, route: Route, field: String) {
        let (here, same_editor) = self.route.with_untracked(|r| {
            let same_editor = match (r, &route) {
                (Route::Editor { id, .. }, Route::Editor { id: to, .. }) => id == to,
                _ => false,
            };
            (*r == route, same_editor)
        });
        if !here && same_editor {
            platform::focus_on_arrival(field);
        } else {
            platform::focus_when_rendered(field);
        }
        if !here {
            self.navigate(route);
        }
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
