//! One action: what changes, who owns it, when it is due, its status and the causes it removes.

use leptos::{html, prelude::*};

use super::link_picker::{short_label, LinkPicker};
use crate::domain::{parse_date, ActionStatus, ItemId};
use crate::state::use_app_state;

/// Edits one action.
#[component]
pub fn ActionItem(
    /// The action's id.
    id: ItemId,
    /// Its position in the list (0-based).
    index: ReadSignal<usize>,
) -> impl IntoView {
    let state = use_app_state();
    let action = Memo::new(move |_| {
        state.doc.with(|d| {
            d.actions
                .get(index.get_untracked())
                .filter(|a| a.id == id)
                .or_else(|| d.action(id))
                .cloned()
        })
    });
    let causes = Memo::new(move |_| {
        state.doc.with(|d| {
            d.causes
                .iter()
                .enumerate()
                .map(|(i, c)| (c.id, short_label(&format!("C{}", i + 1), &c.statement)))
                .collect::<Vec<_>>()
        })
    });
    let status =
        Memo::new(move |_| action.with(|a| a.as_ref().map(|a| a.status).unwrap_or_default()));
    let n = move || index.get() + 1;
    let text_ref = NodeRef::<html::Textarea>::new();
    Effect::new(move |_| {
        if state.focus.get() == Some(id) {
            if let Some(el) = text_ref.get() {
                let _ = el.focus();
                state.focus.set(None);
            }
        }
    });
    let text_id = format!("action-{id}");
    let owner_id = format!("action-{id}-owner");
    let due_id = format!("action-{id}-due");
    let status_id = format!("action-{id}-status");
    view! {
        <li class="item">
            <div class="item__main">
                <label class="item__label" for=text_id.clone()>
                    {move || format!("Action {}", n())}
                </label>
                <textarea
                    id=text_id
                    node_ref=text_ref
                    class="item__text"
                    rows="2"
                    placeholder="What changes in the system? Start with a verb."
                    prop:value=move || action.with(|a| a.as_ref().map(|a| a.description.clone()).unwrap_or_default())
                    on:input:target=move |ev| {
                        let value = ev.target().value();
                        state.edit(|d| d.set_action_description(id, value));
                    }
                ></textarea>
                <div class="item__fields">
                    <div class="field">
                        <label for=owner_id.clone()>{move || format!("Owner of action {}", n())}</label>
                        <input
                            id=owner_id
                            type="text"
                            placeholder="A role or a name"
                            prop:value=move || action.with(|a| a.as_ref().map(|a| a.owner.clone()).unwrap_or_default())
                            on:input:target=move |ev| {
                                let value = ev.target().value();
                                state.edit(|d| d.set_action_owner(id, value));
                            }
                        />
                    </div>
                    <div class="field">
                        <label for=due_id.clone()>{move || format!("Due date of action {}", n())}</label>
                        <input
                            id=due_id
                            type="date"
                            prop:value=move || action.with(|a| a.as_ref().and_then(|a| a.due).map(|d| d.to_string()).unwrap_or_default())
                            on:change:target=move |ev| {
                                let due = parse_date(&ev.target().value());
                                state.edit(|d| d.set_action_due(id, due));
                            }
                        />
                    </div>
                    <div class="field">
                        <label for=status_id.clone()>{move || format!("Status of action {}", n())}</label>
                        <select
                            id=status_id
                            on:change:target=move |ev| {
                                if let Some(s) = ActionStatus::from_key(&ev.target().value()) {
                                    state.edit(|d| d.set_action_status(id, s));
                                }
                            }
                        >
                            {ActionStatus::ALL
                                .into_iter()
                                .map(|s| {
                                    view! {
                                        <option value=s.key() prop:selected=move || status.get() == s>
                                            {s.label()}
                                        </option>
                                    }
                                })
                                .collect_view()}
                        </select>
                    </div>
                </div>
                <LinkPicker
                    legend=Signal::derive(move || format!("Causes action {} addresses", n()))
                    options=causes
                    selected=Signal::derive(move || action.with(|a| a.as_ref().map(|a| a.causes.clone()).unwrap_or_default()))
                    on_toggle=Callback::new(move |(cause, on): (ItemId, bool)| state.edit(|d| d.set_action_cause(id, cause, on)))
                    empty="Add causes in step 2 to link them here."
                />
            </div>
            <div class="item__tools">
                <button
                    class="button button--quiet button--small button--danger"
                    aria-label=move || format!("Remove action {}", n())
                    on:click=move |_| state.edit(|d| { d.remove_action(id); })
                >
                    "Remove"
                </button>
            </div>
        </li>
    }
}
