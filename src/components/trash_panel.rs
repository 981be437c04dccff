//! The trash: deleted post-mortems and playbook checklists, which can be restored or
//! removed for good.

use leptos::prelude::*;

use crate::state::use_app_state;

/// Lists deleted post-mortems; emptying the trash asks first.
#[component]
pub fn TrashPanel() -> impl IntoView {
    let state = use_app_state();
    let trash = Memo::new(move |_| state.trash());
    let lists = Memo::new(move |_| state.checklist_trash());
    let count = move || trash.with(Vec::len) + lists.with(Vec::len);
    let confirming = RwSignal::new(false);
    // The button pressed goes with its entry (or the whole trash): the keyboard goes back to
    // the list's heading rather than the page's start.
    let back_to_list = || crate::platform::focus_when_rendered("home-title");
    view! {
        <Show when=move || { count() > 0 }>
            <details class="trash">
                <summary>{move || format!("Trash ({})", count())}</summary>
                <ul class="trash__list">
                    <For each=move || trash.get() key=|s| s.id.clone() let:summary>
                        {
                            let restore_id = summary.id.clone();
                            let purge_id = summary.id.clone();
                            let title = summary.title.clone();
                            view! {
                                <li class="trash__item">
                                    <span class="report__text">{summary.title.clone()}</span>
                                    <button class="button button--small" aria-label=format!("Restore “{title}”") on:click=move |_| state.undo_delete(&restore_id)>
                                        "Restore"
                                    </button>
                                    <button
                                        class="button button--small button--danger"
                                        aria-label=format!("Delete for good: “{}”", summary.title)
                                        on:click=move |_| {
                                            state.purge(&purge_id);
                                            back_to_list();
                                        }
                                    >
                                        "Delete for good"
                                    </button>
                                </li>
                            }
                        }
                    </For>
                    {move || lists.get().into_iter().map(|list| {
                            let name = format!("Checklist “{}”", list.display_name());
                            let (restore_id, purge_id) = (list.id.clone(), list.id.clone());
                            view! {
                                <li class="trash__item">
                                    <span class="report__text">{name.clone()}</span>
                                    <button class="button button--small" aria-label=format!("Restore {name}") on:click=move |_| {
                                        state.restore_checklist(&restore_id);
                                        back_to_list();
                                    }>
                                        "Restore"
                                    </button>
                                    <button
                                        class="button button--small button--danger"
                                        aria-label=format!("Delete for good: {name}")
                                        on:click=move |_| {
                                            state.purge_checklist(&purge_id);
                                            back_to_list();
                                        }
                                    >
                                        "Delete for good"
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                </ul>
                <Show
                    when=move || confirming.get()
                    fallback=move || view! {
                        <button
                            class="button button--danger"
                            id="trash-empty"
                            on:click=move |_| {
                                confirming.set(true);
                                // The question replaces the button: the keyboard goes to its
                                // safe answer.
                                crate::platform::focus_when_rendered("trash-cancel");
                            }
                        >
                            "Empty trash"
                        </button>
                    }
                >
                    <div class="trash__confirm" role="alertdialog" aria-labelledby="trash-confirm-text">
                        <p id="trash-confirm-text">{move || format!("Delete {} for good? This cannot be undone.", crate::text::count_of(count() as u64, "item", "items"))}</p>
                        <button class="button button--danger" on:click=move |_| {
                            state.empty_trash();
                            confirming.set(false);
                            back_to_list();
                        }>
                            "Delete for good"
                        </button>
                        " "
                        <button class="button" id="trash-cancel" on:click=move |_| {
                            confirming.set(false);
                            crate::platform::focus_when_rendered("trash-empty");
                        }>"Cancel"</button>
                    </div>
                </Show>
            </details>
        </Show>
    }
}
