//! `<App/>`: provides the state, starts routing and autosave, and lays out the page.

use leptos::prelude::*;

use crate::components::{AppHeader, EditorPage, HomePage, NoticeBar};
use crate::platform;
use crate::route::Route;
use crate::state::{install_autosave, install_router, AppState};

/// The whole application.
#[component]
pub fn App() -> impl IntoView {
    let state = AppState::load();
    provide_context(state);
    install_router(state);
    install_autosave(state);
    let on_home = Memo::new(move |_| state.route.with(|r| *r == Route::Home));
    // One list of zone names for every time-zone field: the browser's own, plus UTC.
    let zones = {
        let mut names = platform::zone_names();
        names.insert(0, "UTC".to_owned());
        names
    };
    view! {
        <datalist id="hs-zones">
            {zones.into_iter().map(|z| view! { <option value=z></option> }).collect_view()}
        </datalist>
        <AppHeader />
        <NoticeBar />
        <main class="page" id="main">
            {move || {
                if on_home.get() {
                    view! { <HomePage /> }.into_any()
                } else {
                    view! { <EditorPage /> }.into_any()
                }
            }}
        </main>
    }
}
