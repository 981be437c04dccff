//! Step 1, Facts: the list of what happened.

use leptos::prelude::*;

use super::reveal::reveal_gradually;
use super::{FactItem, ImpactPanel, PeoplePanel, StepGuidance, TimelinePanel};
use crate::domain::limits::ItemList;
use crate::domain::Step;
use crate::export::Report;
use crate::platform;
use crate::state::use_app_state;

/// Lists the facts and adds new ones.
#[component]
pub fn FactsStep() -> impl IntoView {
    let state = use_app_state();
    let report = state.settled_memo(|d| Report::new(d, &platform::report_context()));
    // Only the ids: rows re-render on their own, the list only when items come and go.
    let ids = Memo::new(move |_| {
        state
            .doc
            .with(|d| d.facts.iter().map(|f| f.id).collect::<Vec<_>>())
    });
    let count = Memo::new(move |_| ids.with(Vec::len));
    let shown = reveal_gradually(ids);
    view! {
        <section class="step step--form" aria-label="Facts">
            <StepGuidance step=Step::Facts />
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="step__empty">"No facts yet. Add the first thing that happened."</p>
            </Show>
            <ol class="items">
                <ForEnumerate
                    each=move || shown.get()
                    key=|id| *id
                    children=move |index, id| view! { <FactItem id index count /> }
                />
            </ol>
            <button
                class="button"
                id=ItemList::Facts.add_button_id()
                on:click=move |_| {
                    // A new fact starts in the previous fact's zone (or the report's), else
                    // the browser's: one tool's times are usually written one after another.
                    let viewer = platform::viewer_zone().name().to_owned();
                    state.add_item(ItemList::Facts, |d| {
                        let zone = d.zone_for_new_fact(&platform::IntlZones).unwrap_or(viewer);
                        let id = d.add_fact("");
                        d.set_fact_zone(id, Some(zone));
                        id
                    })
                }
            >
                "Add fact"
            </button>
            <TimelinePanel report title="Timeline" advice=true />
            <ImpactPanel report />
            // From the start, not only on Review: the coach then knows the names, and an
            // export replaces them with roles.
            <PeoplePanel />
        </section>
    }
}
