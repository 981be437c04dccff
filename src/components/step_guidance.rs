//! The guidance at the top of each step: what belongs there, what does not, an example.

use leptos::prelude::*;

use crate::domain::{guidance, Step};
use crate::platform;
use crate::state::use_app_state;

/// The step's heading and guidance.
#[component]
pub fn StepGuidance(
    /// Which step.
    step: Step,
) -> impl IntoView {
    let g = guidance(step);
    // On a phone the guidance filled the first screen of every step before the first
    // field: once the step has items, its "leave out" line and example fold away (one tap
    // opens them). A wide window, or a step still empty, shows them as before.
    let state = use_app_state();
    let open = platform::wide_window()
        || state.doc.with_untracked(|d| match step {
            Step::Facts => d.facts.is_empty(),
            Step::Causes => d.causes.is_empty(),
            Step::Actions => d.actions.is_empty(),
            Step::Review => true,
        });
    view! {
        <header class="guidance">
            // Focusable by script only: changing step moves the focus here (see EditorPage).
            <h2 class="guidance__title" id="step-title" tabindex="-1">
                <span class="guidance__step">{format!("Step {} of 4 · {}", step.number(), step.label())}</span>
                {g.question}
            </h2>
            <p class="guidance__belongs">{g.belongs}</p>
            <details class="guidance__more" open=open>
                <summary>"What to leave out, and an example"</summary>
                <p class="guidance__not">{g.does_not}</p>
                <p class="guidance__example">
                    <span class="guidance__example-label">"Example: "</span>
                    {g.example}
                </p>
            </details>
        </header>
    }
}
