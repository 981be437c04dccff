//! A link-styled button that takes the user to the step where something can be fixed.

use leptos::prelude::*;

use crate::domain::Step;
use crate::route::Route;
use crate::state::use_app_state;

/// "Go to Facts" and the like, for the open post-mortem.
#[component]
pub fn GoToStep(
    /// Where to go.
    step: Step,
) -> impl IntoView {
    let state = use_app_state();
    view! {
        <button
            class="button button--link"
            on:click=move |_| {
                let id = state.doc.with_untracked(|d| d.id.clone());
                state.navigate(Route::step(&id, step));
            }
        >
            {format!("Go to {}", step.label())}
        </button>
    }
}
