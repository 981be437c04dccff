//! The stepper: where you are among Facts → Causes → Actions → Review, and a way to any step.

use leptos::prelude::*;

use crate::domain::Step;
use crate::route::Route;
use crate::state::use_app_state;

/// The steps as links; the current one is marked for sight and for screen readers.
#[component]
pub fn Stepper(
    /// The step being shown.
    #[prop(into)]
    current: Signal<Step>,
) -> impl IntoView {
    let state = use_app_state();
    let id = Memo::new(move |_| state.doc.with(|d| d.id.clone()));
    view! {
        <nav class="stepper" aria-label="Steps">
            <ol class="stepper__list">
                {Step::ALL
                    .into_iter()
                    .map(|step| {
                        let is_current = move || current.get() == step;
                        view! {
                            <li class="stepper__item" class:stepper__item--current=is_current>
                                <a
                                    class="stepper__link"
                                    href=move || Route::step(&id.get(), step).to_hash()
                                    aria-current=move || is_current().then_some("step")
                                >
                                    <span class="stepper__number" aria-hidden="true">{step.number()}</span>
                                    <span class="stepper__label">{step.label()}</span>
                                </a>
                            </li>
                        }
                    })
                    .collect_view()}
            </ol>
        </nav>
    }
}
