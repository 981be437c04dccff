//! One run of a checklist: every check answered done, skipped or failed, finishing once
//! all are answered, and the run as Markdown.

use leptos::prelude::*;

use super::playbook_page::not_found;
use super::RunCheck;
use crate::platform;
use crate::playbook::{Outcome, Run, Uid};
use crate::route::Route;
use crate::state::use_app_state;

/// The page of run `run` of checklist `checklist`.
#[component]
pub fn RunPage(
    /// The checklist.
    checklist: Uid,
    /// The run.
    run: Uid,
) -> impl IntoView {
    let state = use_app_state();
    let found = {
        let (checklist, run) = (checklist.clone(), run.clone());
        Memo::new(move |_| {
            state.checklists.with(|all| {
                let list = all.iter().find(|l| l.id == checklist && !l.is_deleted())?;
                Some((list.display_name().to_owned(), list.run(&run)?.clone()))
            })
        })
    };
    let exists = Memo::new(move |_| found.with(Option::is_some));
    view! {
        {move || if exists.get() {
            body(checklist.clone(), run.clone(), found).into_any()
        } else {
            not_found("Run not found", "This run is not here: its checklist may have been deleted, or it was made in another browser.").into_any()
        }}
    }
}

/// The run itself, once it is known to exist.
fn body(checklist: Uid, run: Uid, found: Memo<Option<(String, Run)>>) -> impl IntoView {
    let state = use_app_state();
    let read = move |f: fn(&(String, Run)) -> String| {
        move || found.with(|f2| f2.as_ref().map(f).unwrap_or_default())
    };
    let items = Memo::new(move |_| {
        found.with(|f| {
            f.as_ref()
                .map(|(_, r)| r.results.iter().map(|r| r.item.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    });
    let finished =
        Memo::new(move |_| found.with(|f| f.as_ref().is_some_and(|(_, r)| r.is_finished())));
    let blockers = RwSignal::new(Vec::<String>::new());
    let (list_finish, run_finish) = (checklist.clone(), run.clone());
    let finish = move |_| {
        let mut result = Ok(());
        // The first check that holds the run up, and whether it lacks its answer or its note.
        let mut first = None;
        state.edit_checklist(&list_finish, |l| {
            if let Some(r) = l.run_mut(&run_finish) {
                result = r.finish(platform::now());
                first = r
                    .results
                    .iter()
                    .find(|c| c.missing().is_some())
                    .map(|c| (c.item.clone(), c.outcome.is_none()));
            }
        });
        // The keyboard goes where the first one is fixed: its answers, or its note.
        if let (Err(_), Some((item, unanswered))) = (&result, first) {
            let field = match unanswered {
                true => super::run_check::answer_field_id(&item, Outcome::ALL[0]),
                false => super::run_check::note_field_id(&item),
            };
            platform::focus_when_rendered(field);
        }
        blockers.set(result.err().unwrap_or_default());
    };
    let (list_reopen, run_reopen) = (checklist.clone(), run.clone());
    let (list_md, run_md) = (checklist.clone(), run.clone());
    let (list_discard, run_discard) = (checklist.clone(), run.clone());
    let back = Route::Checklist(checklist.clone()).to_hash();
    let rows = (checklist.clone(), run.clone());
    // A new page: the keyboard starts at its heading (it was left on the page's body,
    // eight tabs from the first check).
    platform::focus_when_rendered("run-title");
    view! {
        <section class="playbook run" aria-labelledby="run-title">
            <p class="playbook__crumbs">
                <a href=Route::Playbook.to_hash()>"Playbook"</a>
                " › "
                <a href=back.clone()>{read(|(name, _)| name.clone())}</a>
            </p>
            <h1 id="run-title" tabindex="-1">{read(|(_, r)| format!("Run: {}", r.display_name()))}</h1>
            <p class="hint">
                {read(|(_, r)| format!("Started {}. {}.", platform::format_local(r.started_at), r.tally()))}
                {read(|(_, r)| r.finished_at.map(|at| format!(" Finished {}.", platform::format_local(at))).unwrap_or_default())}
            </p>
            <ol class="run__checks">
                // Rebuilt only when the run's checks change, never while a note is typed.
                {move || items.get().into_iter().enumerate().map(|(i, item)| view! {
                    <RunCheck checklist=rows.0.clone() run=rows.1.clone() item n=i + 1 finished />
                }).collect_view()}
            </ol>
            {move || if finished.get() {
                let (list, run) = (list_reopen.clone(), run_reopen.clone());
                view! {
                    <button class="button" on:click=move |_| state.edit_checklist(&list, |l| if let Some(r) = l.run_mut(&run) { r.reopen() })>
                        "Reopen run"
                    </button>
                }
                .into_any()
            } else {
                let finish = finish.clone();
                view! { <button class="button button--primary" on:click=finish>"Finish run"</button> }.into_any()
            }}
            {move || {
                let list = blockers.get();
                (!list.is_empty()).then(|| view! {
                    <div class="field__error" role="alert">
                        <p>"The run cannot be finished yet:"</p>
                        <ul>{list.into_iter().map(|b| view! { <li>{b}</li> }).collect_view()}</ul>
                    </div>
                })
            }}
            <p class="playbook__tools">
                <button class="button" on:click=move |_| state.download_run(&list_md, &run_md)>
                    "Download this run (Markdown)"
                </button>
                <button class="button button--danger" on:click=move |_| {
                    let mut discarded = false;
                    state.edit_checklist(&list_discard, |l| discarded = l.discard_run(&run_discard));
                    if discarded {
                        state.navigate(Route::Checklist(list_discard.clone()));
                    } else {
                        state.notices.info("A run with answers is kept as a record and cannot be discarded.", None);
                    }
                }>
                    "Discard this run"
                </button>
            </p>
        </section>
    }
}
