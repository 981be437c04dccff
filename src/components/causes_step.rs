//! Step 2, Causes: why it happened, dug down to the system.

use leptos::prelude::*;

use super::{CauseItem, StepGuidance};
use crate::domain::Step;
use crate::state::use_app_state;

/// Lists the causes and adds new ones.
#[component]
pub fn CausesStep() -> impl IntoView {
    let state = use_app_state();
    let ids = Memo::new(move |_| {
        state
            .doc
            .with(|d| d.causes.iter().map(|c| c.id).collect::<Vec<_>>())
    });
    view! {
        <section class="step" aria-label="Causes">
            <StepGuidance step=Step::Causes />
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="step__empty">"No causes yet. Start from a fact and ask why it happened."</p>
            </Show>
            <ol class="items">
                <ForEnumerate
                    each=move || ids.get()
                    key=|id| *id
                    children=move |index, id| view! { <CauseItem id index /> }
                />
            </ol>
            <button class="button" on:click=move |_| state.add_item(|d| d.add_cause(""))>
                "Add cause"
            </button>
        </section>
    }
}
