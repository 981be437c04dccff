//! `<App/>`: provides the state, starts routing and autosave, and lays out the page.

use leptos::prelude::*;

use crate::components::{
    AppHeader, ChecklistPage, EditorPage, HomePage, NoticeBar, PlaybookPage, RunPage, SharedPage,
};
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
    // The page to show: the editor follows the open document itself, so moving between
    // steps or post-mortems does not rebuild it; the other pages follow their address.
    let page = Memo::new(move |_| {
        state.route.with(|r| match r {
            Route::Editor { .. } => None,
            other => Some(other.clone()),
        })
    });
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
        <datalist id="hs-checklist-names">
            {crate::playbook::SUGGESTED_NAMES.map(|n| view! { <option value=n></option> })}
        </datalist>
        <AppHeader />
        <NoticeBar />
        <main class="page" id="main" tabindex="-1">
            {move || match page.get() {
                None => view! { <EditorPage /> }.into_any(),
                Some(Route::Playbook) => view! { <PlaybookPage /> }.into_any(),
                Some(Route::Checklist(id)) => view! { <ChecklistPage id /> }.into_any(),
                Some(Route::Run { checklist, run }) => view! { <RunPage checklist run /> }.into_any(),
                Some(Route::Shared { version, data }) => view! { <SharedPage version data /> }.into_any(),
                Some(_) => view! { <HomePage /> }.into_any(),
            }}
        </main>
    }
}
