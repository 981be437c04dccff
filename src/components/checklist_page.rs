//! One checklist: its checks (edited, reordered, retired), a new check, its runs and a new
//! run, its history, and its Markdown.

use leptos::prelude::*;

use super::playbook_page::not_found;
use super::{CheckRow, ChecklistRuns, RetiredChecks, TextForm};
use crate::domain::limits;
use crate::platform;
use crate::playbook::{Checklist, Uid};
use crate::route::Route;
use crate::state::use_app_state;

/// The page of checklist `id`.
#[component]
pub fn ChecklistPage(
    /// Which checklist.
    id: Uid,
) -> impl IntoView {
    let state = use_app_state();
    let list = {
        let id = id.clone();
        Memo::new(move |_| {
            state
                .checklists
                .with(|all| all.iter().find(|l| l.id == id && !l.is_deleted()).cloned())
        })
    };
    let exists = Memo::new(move |_| list.with(Option::is_some));
    view! {
        {move || if exists.get() {
            body(id.clone(), list).into_any()
        } else {
            not_found("Checklist not found", "This checklist is not here: it may have been deleted, or made in another browser.").into_any()
        }}
    }
}

/// The checklist itself, once it is known to exist.
fn body(id: Uid, list: Memo<Option<Checklist>>) -> impl IntoView {
    let state = use_app_state();
    let read = move |f: fn(&Checklist) -> String| {
        move || list.with(|l| l.as_ref().map(f).unwrap_or_default())
    };
    let active = Memo::new(move |_| {
        list.with(|l| {
            l.as_ref()
                .map(|l| l.active().map(|i| i.id.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let count = Signal::derive(move || active.with(Vec::len));
    let id_add = id.clone();
    let id_run = id.clone();
    let id_name = id.clone();
    let id_md = id.clone();
    let id_del = id.clone();
    let rows_id = id.clone();
    let runs_id = id.clone();
    // A new page: the keyboard starts at its heading (it was left on the page's body,
    // eight tabs from the first check).
    platform::focus_when_rendered("checklist-title");
    view! {
        <section class="playbook" aria-labelledby="checklist-title">
            <p class="playbook__crumbs"><a href=Route::Playbook.to_hash()>"Playbook"</a></p>
            <h1 id="checklist-title" tabindex="-1">{read(|l| l.display_name().to_owned())}</h1>
            <div class="field">
                <label for="checklist-name">"Checklist name"</label>
                <input
                    id="checklist-name"
                    type="text"
                    maxlength=limits::SHORT_CHARS
                    prop:value=read(|l| l.name.clone())
                    on:input:target=move |ev| {
                        let value = ev.target().value();
                        state.edit_checklist(&id_name, |l| l.rename(value));
                    }
                />
            </div>
            <h2>"Checks"</h2>
            {move || (count.get() == 0).then(|| view! {
                <p class="hint">"No checks yet: add one below, or from an action of a post-mortem."</p>
            })}
            // Not a keyed <For> (kilobytes of wasm): `active` changes only when checks are
            // added, moved or retired, not while one is typed in, so the rows are rebuilt
            // only then.
            <ol class="checks">
                {move || {
                    let items = active.get();
                    let count = items.len();
                    items
                        .into_iter()
                        .enumerate()
                        .map(|(position, item)| view! { <CheckRow list=rows_id.clone() item position count /> })
                        .collect_view()
                }}
            </ol>
            <TextForm
                id="new-check"
                label="New check"
                placeholder="e.g. Test every discount code at checkout"
                button="Add check"
                maxlength=limits::TEXT_CHARS
                on_submit=Callback::new(move |text: String| {
                    if text.trim().is_empty() {
                        return Err("Write the check first, e.g. “Test every discount code at checkout”.".to_owned());
                    }
                    state.add_check(&id_add, &text);
                    Ok(())
                })
            />
            <h2>"Runs"</h2>
            <ChecklistRuns id=runs_id list />
            <TextForm
                id="run-name"
                label="What is this run for?"
                placeholder="e.g. Spring sale 2027"
                button="Run this checklist"
                maxlength=limits::SHORT_CHARS
                primary=true
                on_submit=Callback::new(move |name: String| state.start_run(&id_run, &name))
            />
            <RetiredChecks id=id.clone() list />
            <p class="playbook__tools">
                <button class="button" on:click=move |_| state.download_checklist(&id_md)>
                    "Download this checklist (Markdown)"
                </button>
                <button class="button button--danger" on:click=move |_| state.delete_checklist(&id_del)>
                    "Delete checklist"
                </button>
            </p>
        </section>
    }
}
