//! The top bar: the app's name, which always leads home, and the way to the playbook.

use leptos::prelude::*;

use crate::route::Route;
use crate::state::use_app_state;

/// The top bar with the app's name (a link home), its one-line purpose and its two places.
#[component]
pub fn AppHeader() -> impl IntoView {
    let state = use_app_state();
    let in_playbook = Memo::new(move |_| state.route.with(Route::in_playbook));
    let current = move |yes: bool| if yes { Some("page") } else { None };
    view! {
        <header class="app-header">
            // The first Tab stop: past the header to the page itself. Not a plain "#main"
            // link, which would change the route the address's hash holds.
            <a
                class="skip-link"
                href="#main"
                on:click=|ev| {
                    ev.prevent_default();
                    crate::platform::focus_id("main");
                }
            >
                "Skip to content"
            </a>
            // Each link's page takes the keyboard at its heading, as a new page does: the
            // header stays, and the keyboard left on its link told a screen reader nothing.
            <a class="app-header__brand" href="#/" on:click=|_| to_heading("home-title")>
                "Hindsight"
            </a>
            <span class="app-header__tagline">"Blameless post-mortems: fix the system, not the person."</span>
            <nav class="app-header__nav" aria-label="Main">
                <a href="#/" aria-current=move || current(state.route.with(|r| *r == Route::Home)) on:click=|_| to_heading("home-title")>"Post-mortems"</a>
                <a href=Route::Playbook.to_hash() aria-current=move || current(in_playbook.get()) on:click=|_| to_heading("playbook-title")>"Playbook"</a>
            </nav>
        </header>
    }
}

fn to_heading(id: &'static str) {
    crate::platform::focus_when_rendered(id);
}
