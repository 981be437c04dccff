//! The guidance at the top of each step: what belongs there, what does not, an example.

use leptos::prelude::*;

use crate::domain::{guidance, Step};

/// The step's heading and guidance.
#[component]
pub fn StepGuidance(
    /// Which step.
    step: Step,
) -> impl IntoView {
    let g = guidance(step);
    view! {
        <header class="guidance">
            // Focusable by script only: changing step moves the focus here (see EditorPage).
            <h2 class="guidance__title" id="step-title" tabindex="-1">
                <span class="guidance__step">{format!("Step {} of 4 · {}", step.number(), step.label())}</span>
                {g.question}
            </h2>
            <p class="guidance__belongs">{g.belongs}</p>
            <p class="guidance__not">{g.does_not}</p>
            <p class="guidance__example">
                <span class="guidance__example-label">"Example: "</span>
                {g.example}
            </p>
        </header>
    }
}
