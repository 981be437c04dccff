//! A link-styled button that takes the user to the step where something can be fixed.

use leptos::prelude::*;

use crate::domain::Step;
use crate::route::Route;
use crate::state::use_app_state;

/// "Go to Facts" and the like, for the open post-mortem; with `field`, the keyboard lands in
/// that field (the action with no owner, the fact the coach flagged) rather than on the
/// step's heading, so the user does not have to find it again.
#[component]
pub fn GoToStep(
    /// Where to go.
    step: Step,
    /// The id of the field to put the keyboard in once there.
    #[prop(optional_no_strip)]
    field: Option<String>,
    /// The id of the text saying what is to be fixed there: a list of "Go to Actions"
    /// buttons tells a screen reader nothing apart without it.
    #[prop(optional_no_strip)]
    described_by: Option<String>,
) -> impl IntoView {
    let state = use_app_state();
    view! {
        <button
            class="button button--link"
            aria-describedby=described_by
            on:click=move |_| {
                let route = Route::step(&state.doc.with_untracked(|d| d.id.clone()), step);
                match &field {
                    Some(field) => state.go_to_field(route, field.clone()),
                    None => state.navigate(route),
                }
            }
        >
            {format!("Go to {}", step.label())}
        </button>
    }
}
