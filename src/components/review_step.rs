//! Step 4, Review: what is still missing, the post-mortem as it will be exported, and export.

use leptos::prelude::*;

use super::{ExportPanel, ReportView, StepGuidance};
use crate::domain::Step;
use crate::export::Report;
use crate::platform;
use crate::route::Route;
use crate::state::use_app_state;

/// Shows the gaps, the report and the export buttons.
#[component]
pub fn ReviewStep() -> impl IntoView {
    let state = use_app_state();
    let report = Memo::new(move |_| {
        state
            .doc
            .with(|d| Report::new(d, &platform::report_context()))
    });
    let hints = Memo::new(move |_| state.doc.with(|d| d.hints()));
    view! {
        <section class="step" aria-label="Review">
            <StepGuidance step=Step::Review />
            <section class="hints" aria-labelledby="hints-title">
                <h3 id="hints-title">"Still open"</h3>
                <Show
                    when=move || !hints.with(Vec::is_empty)
                    fallback=|| view! { <p class="hints__none">"Nothing missing: every cause has an action and every action an owner."</p> }
                >
                    <ul class="hints__list">
                        {move || {
                            hints
                                .get()
                                .into_iter()
                                .map(|hint| {
                                    let step = hint.step;
                                    view! {
                                        <li class="hints__item">
                                            <span>{hint.message}</span>
                                            " "
                                            <button
                                                class="button button--link"
                                                on:click=move |_| {
                                                    let id = state.doc.with_untracked(|d| d.id.clone());
                                                    state.navigate(Route::step(&id, step));
                                                }
                                            >
                                                {format!("Go to {}", step.label())}
                                            </button>
                                        </li>
                                    }
                                })
                                .collect_view()
                        }}
                    </ul>
                </Show>
            </section>
            <ExportPanel report />
            <ReportView report />
        </section>
    }
}
