//! A checklist's history: the retired checks, with when and why, each of which can be put
//! back.

use leptos::prelude::*;

use crate::platform;
use crate::playbook::{Checklist, Uid};
use crate::state::use_app_state;

/// The retired checks, with why, and a way to put each back.
#[component]
pub fn RetiredChecks(
    /// The checklist's id.
    id: Uid,
    /// The checklist.
    list: Memo<Option<Checklist>>,
) -> impl IntoView {
    let state = use_app_state();
    move || {
        let retired: Vec<_> = list.with(|l| {
            l.as_ref()
                .map(|l| l.retired().cloned().collect())
                .unwrap_or_default()
        });
        if retired.is_empty() {
            return None;
        }
        let id = id.clone();
        Some(view! {
            <details class="playbook__history">
                <summary>{format!("History: {}", crate::text::count_of(retired.len() as u64, "retired check", "retired checks"))}</summary>
                <ul>
                    {retired
                        .into_iter()
                        .map(|item| {
                            let why = item.retired.as_ref().map(|r| format!(" — retired {}: {}", platform::format_local(r.at), r.reason)).unwrap_or_default();
                            let list = id.clone();
                            let label = format!("Put back “{}”", crate::text::shorten(&item.check, 40));
                            view! {
                                <li>
                                    <span class="report__text">{item.check.clone()}</span>
                                    {why}
                                    " "
                                    <button class="button button--small" aria-label=label on:click=move |_| {
                                        state.edit_checklist(&list, |l| l.reinstate(&item.id));
                                        // Back in the list where it was: the keyboard follows it.
                                        let field = format!("check-{}-text", item.id);
                                        request_animation_frame(move || crate::platform::focus_id(&field));
                                    }>
                                        "Put back"
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()}
                </ul>
            </details>
        })
    }
}
