//! The playbook: every checklist, a new one, and the whole playbook as Markdown.

use leptos::prelude::*;

use super::TextForm;
use crate::domain::limits;
use crate::platform;
use crate::route::Route;
use crate::state::use_app_state;

/// Lists the checklists, newest last, with how many checks each has and its last run.
#[component]
pub fn PlaybookPage() -> impl IntoView {
    let state = use_app_state();
    let lists = Memo::new(move |_| state.live_checklists());
    view! {
        <section class="playbook" aria-labelledby="playbook-title">
            <h1 id="playbook-title" tabindex="-1">"Playbook"</h1>
            <p class="hint">
                "Your operating manual: the checks you agreed after something went wrong. Run a checklist before each launch; a check that fails starts the next post-mortem."
            </p>
            // Plain closures rather than <Show>/<For>: each of those costs kilobytes of
            // wasm per use, and a list of links has no state a keyed list would keep.
            {move || {
                let lists = lists.get();
                if lists.is_empty() {
                    return view! {
                        <p class="playbook__empty">
                            "No checklists yet. Make one below, or use “Add to playbook” on any action of a post-mortem."
                        </p>
                    }
                    .into_any();
                }
                let items = lists
                    .into_iter()
                    .map(|list| {
                        let checks = list.active().count();
                        let last = list.runs.last().map(|r| {
                            format!(" · last run: {} ({})", r.display_name(), platform::format_local(r.started_at))
                        });
                        view! {
                            <li class="pm-list__item">
                                <a class="pm-list__title" href=Route::Checklist(list.id.clone()).to_hash()>
                                    {list.display_name().to_owned()}
                                </a>
                                <span class="pm-list__meta">
                                    {crate::text::count_of(checks as u64, "check", "checks")}
                                    {last}
                                </span>
                            </li>
                        }
                    })
                    .collect_view();
                view! { <ul class="pm-list" aria-label="Checklists">{items}</ul> }.into_any()
            }}
            <TextForm
                id="new-checklist"
                label="Name of a new checklist"
                placeholder="e.g. Launch checklist"
                button="Create checklist"
                maxlength=limits::SHORT_CHARS
                list="hs-checklist-names"
                primary=true
                on_submit=Callback::new(move |name: String| {
                    if name.trim().is_empty() {
                        return Err("Name the checklist, e.g. “Launch checklist”.".to_owned());
                    }
                    state.create_and_open_checklist(&name);
                    Ok(())
                })
            />
            <p>
                <button class="button" on:click=move |_| state.download_playbook()>
                    "Download the playbook (Markdown)"
                </button>
            </p>
        </section>
    }
}

/// What a checklist or run page shows when its address names nothing stored here.
pub(super) fn not_found(title: &'static str, text: &'static str) -> impl IntoView {
    view! {
        <section class="playbook">
            <h1>{title}</h1>
            <p>{text}</p>
            <p><a href=Route::Playbook.to_hash()>"Back to the playbook"</a></p>
        </section>
    }
}
