//! Step 2, Causes: why it happened, dug down to the system.

use leptos::prelude::*;

use super::reveal::reveal_gradually;
use super::{CauseItem, Elsewhere, LinkTargetList, StepGuidance};
use crate::domain::limits::ItemList;
use crate::domain::{Fact, Step};
use crate::links::link_targets;
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
    // One list of link targets for every item, refreshed once typing pauses: each item
    // building its own would cost items × targets labels per keystroke.
    let facts = state.settled_memo(|d| link_targets::<Fact>(d, |x| &x.text));
    let shown = reveal_gradually(ids);
    provide_context(Elsewhere::new(state));
    view! {
        <section class="step step--form" aria-label="Causes">
            <StepGuidance step=Step::Causes />
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="step__empty">"No causes yet. Start from a fact and ask why it happened."</p>
            </Show>
            <ol class="items">
                <ForEnumerate
                    each=move || shown.get()
                    key=|id| *id
                    children=move |index, id| view! { <CauseItem id index facts /> }
                />
            </ol>
            <LinkTargetList id="fact-targets" targets=facts />
            <button class="button" id=ItemList::Causes.add_button_id() on:click=move |_| state.add_item(ItemList::Causes, |d| d.add_cause(""))>
                "Add cause"
            </button>
        </section>
    }
}
