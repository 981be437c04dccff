//! The first-visit explanation of a blameless post-mortem, with ways to start.

use leptos::prelude::*;

use crate::state::use_app_state;

/// Explains the method in two sentences and offers the worked example (the page's "New
/// post-mortem" is the one way to a blank start).
#[component]
pub fn Welcome() -> impl IntoView {
    let state = use_app_state();
    view! {
        <div class="welcome">
            <p>
                "A blameless post-mortem looks back at something that went wrong to find what in the system let it happen — not who to blame. "
                "You collect the facts, dig for the causes, and agree on actions that change the system so it cannot happen again."
            </p>
            <p class="welcome__private">
                "Everything stays in this browser. Nothing is sent anywhere unless you export it."
            </p>
            <div class="welcome__actions">
                <button class="button" on:click=move |_| state.create_example()>
                    "Open the worked example"
                </button>
            </div>
        </div>
    }
}
