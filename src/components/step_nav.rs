//! Previous / next buttons at the foot of each step.

use leptos::prelude::*;

use crate::domain::Step;
use crate::route::Route;
use crate::state::use_app_state;

/// Moves to the previous or next step.
#[component]
pub fn StepNav(
    /// The step being shown.
    #[prop(into)]
    current: Signal<Step>,
) -> impl IntoView {
    let state = use_app_state();
    let go = move |step: Step| {
        let id = state.doc.with_untracked(|d| d.id.clone());
        state.navigate(Route::step(&id, step));
        // Start the new step at its top, like a new page.
        if let Some(w) = web_sys::window() {
            w.scroll_to_with_x_and_y(0.0, 0.0);
        }
    };
    view! {
        <nav class="step-nav" aria-label="Previous and next step">
            {move || {
                current
                    .get()
                    .previous()
                    .map(|prev| {
                        view! {
                            <button class="button" on:click=move |_| go(prev)>
                                "← " {prev.label()}
                            </button>
                        }
                    })
            }}
            <span class="step-nav__spacer"></span>
            {move || {
                current
                    .get()
                    .next()
                    .map(|next| {
                        view! {
                            <button class="button button--primary" on:click=move |_| go(next)>
                                "Next: " {next.label()} " →"
                            </button>
                        }
                    })
            }}
        </nav>
    }
}
