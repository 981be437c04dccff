//! The runs of a checklist, newest first, each a link to its page.

use leptos::prelude::*;

use crate::platform;
use crate::playbook::{Checklist, Uid};
use crate::route::Route;

/// The runs of a checklist, newest first, each a link to its page.
#[component]
pub fn ChecklistRuns(
    /// The checklist's id.
    id: Uid,
    /// The checklist.
    list: Memo<Option<Checklist>>,
) -> impl IntoView {
    move || {
        let runs = list.with(|l| l.as_ref().map(|l| l.runs.clone()).unwrap_or_default());
        if runs.is_empty() {
            return view! { <p class="hint">"Not run yet."</p> }.into_any();
        }
        let id = id.clone();
        view! {
            <ul class="runs">
                {runs
                    .into_iter()
                    .rev()
                    .map(|run| {
                        let state = if run.is_finished() { "finished" } else { "in progress" };
                        let href = Route::Run { checklist: id.clone(), run: run.id.clone() }.to_hash();
                        view! {
                            <li>
                                <a href=href>{run.display_name().to_owned()}</a>
                                {format!(" — started {}, {state}: {}", platform::format_local(run.started_at), run.tally())}
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        }
        .into_any()
    }
}
