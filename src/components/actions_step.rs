//! Step 3, Actions: the changes to the system.

use leptos::prelude::*;

use super::reveal::reveal_gradually;
use super::{ActionItem, LinkTargetList, StepGuidance};
use crate::domain::limits::ItemList;
use crate::domain::{Cause, Step};
use crate::links::link_targets;
use crate::state::use_app_state;

/// Lists the actions and adds new ones.
#[component]
pub fn ActionsStep() -> impl IntoView {
    let state = use_app_state();
    let ids = Memo::new(move |_| {
        state
            .doc
            .with(|d| d.actions.iter().map(|a| a.id).collect::<Vec<_>>())
    });
    // One list of link targets for every item, refreshed once typing pauses: each item
    // building its own would cost items × targets labels per keystroke.
    let causes = state.settled_memo(|d| link_targets::<Cause>(d, |x| &x.statement));
    let shown = reveal_gradually(ids);
    view! {
        <section class="step step--form" aria-label="Actions">
            <StepGuidance step=Step::Actions />
            <Show when=move || ids.with(Vec::is_empty)>
                <p class="step__empty">"No actions yet. For each cause, decide what changes in the system."</p>
            </Show>
            <ol class="items">
                <ForEnumerate
                    each=move || shown.get()
                    key=|id| *id
                    children=move |index, id| view! { <ActionItem id index causes /> }
                />
            </ol>
            <LinkTargetList id="cause-targets" targets=causes />
            <button class="button" id=ItemList::Actions.add_button_id() on:click=move |_| state.add_item(ItemList::Actions, |d| d.add_action(""))>
                "Add action"
            </button>
        </section>
    }
}
