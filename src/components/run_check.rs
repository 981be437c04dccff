//! One check in a run: done, skipped or failed, the note a skip or failure needs, and for a
//! failure the way into a new post-mortem.

use leptos::prelude::*;

use crate::domain::limits;
use crate::playbook::{Outcome, RunResult, Uid};
use crate::state::use_app_state;

/// The id of a check's radio button for `outcome` (the name the radios share is
/// `run-{item}`).
pub(crate) fn answer_field_id(item: &Uid, outcome: Outcome) -> String {
    format!("run-{item}-{}", outcome.label().to_ascii_lowercase())
}

/// The id of a check's note (why it was skipped, what failed).
pub(crate) fn note_field_id(item: &Uid) -> String {
    format!("run-{item}-note")
}

/// Answers one check of a run.
#[component]
pub fn RunCheck(
    /// The checklist.
    checklist: Uid,
    /// The run.
    run: Uid,
    /// The checklist item this answer is for.
    item: Uid,
    /// Its number in the run (1-based).
    n: usize,
    /// Whether the run is finished (answers are then read-only until it is reopened).
    finished: Memo<bool>,
) -> impl IntoView {
    let state = use_app_state();
    let result = {
        let (checklist, run, item) = (checklist.clone(), run.clone(), item.clone());
        Memo::new(move |_| {
            state.checklists.with(|all| {
                all.iter()
                    .find(|l| l.id == checklist)
                    .and_then(|l| l.run(&run))
                    .and_then(|r| r.result(&item))
                    .cloned()
            })
        })
    };
    let outcome = Memo::new(move |_| result.with(|r| r.as_ref().and_then(|r| r.outcome)));
    // When and by whom, as the checklist says now: who runs the check needs to see it.
    let when_who = {
        let (checklist, item) = (checklist.clone(), item.clone());
        Memo::new(move |_| {
            state.checklists.with(|all| {
                crate::playbook::check_item(all, &checklist, &item)
                    .map(crate::playbook::CheckItem::when_and_who)
                    .unwrap_or_default()
            })
        })
    };
    let text = move |f: fn(&RunResult) -> String| {
        move || result.with(|r| r.as_ref().map(f).unwrap_or_default())
    };
    /// A change to one answer of the run.
    type Change = Box<dyn FnOnce(&mut crate::playbook::Run, &Uid)>;
    let set = {
        let (checklist, run, item) = (checklist.clone(), run.clone(), item.clone());
        move |change: Change| {
            state.edit_checklist(&checklist, |l| {
                if let Some(r) = l.run_mut(&run) {
                    change(r, &item);
                }
            });
        }
    };
    let base = format!("run-{item}");
    let radios = Outcome::ALL
        .into_iter()
        .map(|o| {
            let set = set.clone();
            let id = answer_field_id(&item, o);
            let for_id = id.clone();
            view! {
                <label class="run__choice" for=for_id>
                    <input
                        id=id
                        type="radio"
                        name=base.clone()
                        prop:checked=move || outcome.get() == Some(o)
                        disabled=move || finished.get()
                        on:change=move |_| set(Box::new(move |r, i| r.set_outcome(i, Some(o), crate::platform::now())))
                    />
                    {o.label()}
                </label>
            }
        })
        .collect_view();
    let set_note = set.clone();
    let note_id = note_field_id(&item);
    let (list_pm, run_pm, item_pm) = (checklist.clone(), run.clone(), item.clone());
    view! {
        <li class="item run__check">
            <fieldset class="run__fieldset">
                <legend>{move || format!("{n}. {}", text(|r| r.check.clone())())}</legend>
                {move || when_who.with(|t| (!t.is_empty()).then(|| view! { <p class="hint">{t.clone()}</p> }))}
                <div class="run__choices">{radios}</div>
                {move || outcome.get().and_then(Outcome::note_label).map(|label| {
                    let set_note = set_note.clone();
                    // A finished run is a record: its note reads in full (a disabled
                    // one-line field cut it off, and could not be scrolled).
                    if finished.get() {
                        return view! {
                            <p class="run__note">
                                <strong>{format!("{label} (check {n}): ")}</strong>
                                <span class="report__text">{text(|r| r.note.clone())}</span>
                            </p>
                        }
                        .into_any();
                    }
                    view! {
                        <div class="field">
                            <label for=note_id.clone()>{format!("{label} (check {n})")}</label>
                            // Several lines: what failed is often a sentence or two, and a
                            // one-line field on a phone hid all but its last words.
                            <textarea
                                id=note_id.clone()
                                rows="2"
                                maxlength=limits::TEXT_CHARS
                                prop:value=text(|r| r.note.clone())
                                on:input:target=move |ev| {
                                    let note = ev.target().value();
                                    set_note(Box::new(move |r, i| r.set_note(i, note)));
                                }
                            ></textarea>
                        </div>
                    }
                    .into_any()
                })}
                {move || (outcome.get() == Some(Outcome::Failed)).then(|| {
                    let (l, r, i) = (list_pm.clone(), run_pm.clone(), item_pm.clone());
                    view! {
                        <button class="button button--small" on:click=move |_| state.postmortem_from_failure(&l, &r, &i)>
                            {format!("Start a post-mortem about check {n}")}
                        </button>
                    }
                })}
            </fieldset>
        </li>
    }
}
