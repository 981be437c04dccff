//! The trash: deleted post-mortems and playbook checklists, which can be restored or
//! removed for good.

use leptos::prelude::*;

use crate::domain::PostmortemId;
use crate::playbook::Uid;
use crate::state::use_app_state;

/// What the trash's question is about: removing for good cannot be undone, so it is asked
/// first, for one entry as for all of them.
#[derive(Clone, PartialEq)]
enum Purge {
    /// The whole trash.
    All,
    /// One post-mortem, with its title.
    Postmortem(PostmortemId, String),
    /// One checklist, with its name as shown.
    Checklist(Uid, String),
}

/// Lists deleted post-mortems and checklists; removing any of them for good asks first.
#[component]
pub fn TrashPanel() -> impl IntoView {
    let state = use_app_state();
    let trash = Memo::new(move |_| state.trash());
    let lists = Memo::new(move |_| state.checklist_trash());
    let count = move || trash.with(Vec::len) + lists.with(Vec::len);
    let confirming = RwSignal::new(None::<Purge>);
    // The question replaces the buttons: the keyboard goes to its safe answer.
    let ask = move |purge: Purge| {
        confirming.set(Some(purge));
        crate::platform::focus_when_rendered("trash-cancel");
    };
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
                            let restore_label = format!("Restore “{title}”");
                            view! {
                                <li class="trash__item">
                                    <span class="report__text">{summary.title.clone()}</span>
                                    <button class="button button--small" aria-label=restore_label on:click=move |_| state.undo_delete(&restore_id)>
                                        "Restore"
                                    </button>
                                    <button
                                        class="button button--small button--danger"
                                        aria-label=format!("Delete for good: “{}”", summary.title)
                                        on:click=move |_| ask(Purge::Postmortem(purge_id.clone(), title.clone()))
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
                                        on:click={
                                            let name = name.clone();
                                            move |_| ask(Purge::Checklist(purge_id.clone(), name.clone()))
                                        }
                                    >
                                        "Delete for good"
                                    </button>
                                </li>
                            }
                        }).collect_view()}
                </ul>
                {move || match confirming.get() {
                    None => view! {
                        <button class="button button--danger" id="trash-empty" on:click=move |_| ask(Purge::All)>
                            "Empty trash"
                        </button>
                    }
                    .into_any(),
                    Some(purge) => {
                        let question = match &purge {
                            Purge::All => format!(
                                "Delete {} for good? This cannot be undone.",
                                crate::text::count_of(count() as u64, "item", "items")
                            ),
                            Purge::Postmortem(_, title) => {
                                format!("Delete “{title}” for good? This cannot be undone.")
                            }
                            Purge::Checklist(_, name) => {
                                format!("Delete {name} for good? This cannot be undone.")
                            }
                        };
                        view! {
                            <div class="trash__confirm" role="alertdialog" aria-labelledby="trash-confirm-text">
                                <p id="trash-confirm-text">{question}</p>
                                <button class="button button--danger" on:click=move |_| {
                                    match &purge {
                                        Purge::All => state.empty_trash(),
                                        Purge::Postmortem(id, _) => state.purge(id),
                                        Purge::Checklist(id, _) => state.purge_checklist(id),
                                    }
                                    confirming.set(None);
                                    back_to_list();
                                }>
                                    "Delete for good"
                                </button>
                                " "
                                <button class="button" id="trash-cancel" on:click=move |_| {
                                    confirming.set(None);
                                    crate::platform::focus_when_rendered("trash-empty");
                                }>"Cancel"</button>
                            </div>
                        }
                        .into_any()
                    }
                }}
            </details>
        </Show>
    }
}
