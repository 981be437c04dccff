//! The top bar: the app's name, which always leads home.

use leptos::prelude::*;

/// The top bar with the app's name (a link home) and its one-line purpose.
#[component]
pub fn AppHeader() -> impl IntoView {
    view! {
        <header class="app-header">
            <a class="app-header__brand" href="#/">
                "Hindsight"
            </a>
            <span class="app-header__tagline">"Blameless post-mortems: fix the system, not the person."</span>
        </header>
    }
}
