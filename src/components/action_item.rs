//! One action: what changes, who owns it, when it is due, its status and the causes it removes.

use leptos::{html, prelude::*};

use super::{ActionFollowUp, ChoiceSelect, CoachNotes, DateField, LinkPicker};
use crate::domain::limits::{self, ItemList};
use crate::domain::{
    parse_date, Action, ActionKind, ActionStatus, ItemId, Listed, Postmortem, Priority,
};
use crate::findings::{Detail, Part};
use crate::platform;
use crate::state::use_app_state;

/// Edits one action.
#[component]
pub fn ActionItem(
    /// The action's id.
    id: ItemId,
    /// Its position in the list (0-based).
    index: ReadSignal<usize>,
    /// The causes it can be linked to: id and label.
    causes: Memo<Vec<(ItemId, String)>>,
) -> impl IntoView {
    let state = use_app_state();
    let action = state.item::<Action>(id, index);
    let status =
        Memo::new(move |_| action.with(|a| a.as_ref().map(|a| a.status).unwrap_or_default()));
    let n = move || index.get() + 1;
    let text_ref = NodeRef::<html::Textarea>::new();
    state.focus_when_added(id, text_ref);
    let text_id = Part::Action(id).field_id();
    let owner_id = Detail::ActionOwner.field_id(id);
    let due_id = Detail::ActionDue.field_id(id);
    let reason_id = format!("action-{id}-reason");
    let today = platform::today();
    let overdue =
        move || action.with(|a| a.as_ref().is_some_and(|a| Postmortem::is_overdue(a, today)));
    let kind = Signal::derive(move || {
        action.with(|a| a.as_ref().and_then(|a| a.kind).map(ActionKind::index))
    });
    let priority = Signal::derive(move || action.with(|a| a.as_ref().map(|a| a.priority.index())));
    view! {
        <li class="item">
            <div class="item__main">
                <div class="item__head">
                    <label class="item__label" for=text_id.clone()>
                        {move || Action::name(index.get())}
                    </label>
                    <Show when=overdue>
                        <span class="badge badge--danger">"Overdue"</span>
                    </Show>
                </div>
                <textarea
                    id=text_id
                    maxlength=limits::TEXT_CHARS
                    node_ref=text_ref
                    class="item__text"
                    rows="2"
                    placeholder="What changes in the system? Start with a verb."
                    prop:value=move || action.with(|a| a.as_ref().map(|a| a.description.clone()).unwrap_or_default())
                    on:input:target=move |ev| {
                        let value = state.text_typed(&ev.target(), || format!("Action {}", n()));
                        state.edit_item(id, |d| d.set_action_description(id, value));
                    }
                ></textarea>
                <CoachNotes
                    part=Part::Action(id)
                    text=Signal::derive(move || action.with(|a| a.as_ref().map(|a| a.description.clone()).unwrap_or_default()))
                    label=Signal::derive(move || Action::name(index.get()).to_lowercase())
                />
                <div class="item__fields">
                    <div class="field">
                        <label for=owner_id.clone()>{move || format!("Owner of action {}", n())}</label>
                        <input
                            id=owner_id
                            maxlength=limits::SHORT_CHARS
                            type="text"
                            placeholder="A role or a name"
                            prop:value=move || action.with(|a| a.as_ref().map(|a| a.owner.clone()).unwrap_or_default())
                            on:input:target=move |ev| {
                                let value = ev.target().value();
                                state.edit_item(id, |d| d.set_action_owner(id, value));
                            }
                        />
                    </div>
                    <DateField
                        id=due_id
                        label=Signal::derive(move || format!("Due date of action {}", n()))
                        kind="date"
                        value=Signal::derive(move || action.with(|a| a.as_ref().and_then(|a| a.due).map(|d| d.to_string()).unwrap_or_default()))
                        readable=|t| parse_date(t).is_some()
                        on_change=Callback::new(move |text: String| {
                            let due = parse_date(&text);
                            state.edit_item(id, |d| d.set_action_due(id, due));
                        })
                    />
                    <ChoiceSelect
                        id=format!("action-{id}-status")
                        label=Signal::derive(move || format!("Status of action {}", n()))
                        options=ActionStatus::ALL.iter().map(|k| (k.key(), k.label())).collect()
                        selected=Signal::derive(move || Some(status.get().index()))
                        on_change=Callback::new(move |i: Option<usize>| {
                            if let Some(s) = i.and_then(|i| ActionStatus::ALL.get(i).copied()) {
                                state.edit_item(id, |d| d.set_action_status(id, s));
                            }
                        })
                    />
                    <ChoiceSelect
                        id=format!("action-{id}-kind")
                        label=Signal::derive(move || format!("Type of action {}", n()))
                        options=ActionKind::ALL.iter().map(|k| (k.key(), k.label())).collect()
                        selected=kind
                        none="—"
                        on_change=Callback::new(move |i: Option<usize>| state.edit_item(id, |d| d.set_action_kind(id, i.and_then(|i| ActionKind::ALL.get(i).copied()))))
                    />
                    <ChoiceSelect
                        id=format!("action-{id}-priority")
                        label=Signal::derive(move || format!("Priority of action {}", n()))
                        options=Priority::ALL.iter().map(|k| (k.key(), k.label())).collect()
                        selected=priority
                        on_change=Callback::new(move |i: Option<usize>| {
                            if let Some(p) = i.and_then(|i| Priority::ALL.get(i).copied()) {
                                state.edit_item(id, |d| d.set_action_priority(id, p));
                            }
                        })
                    />
                </div>
                <Show when=move || status.get() == ActionStatus::WontDo>
                    <div class="field">
                        <label for=reason_id.clone()>{move || format!("Why action {} won't be done", n())}</label>
                        <input
                            id=reason_id.clone()
                            maxlength=limits::TEXT_CHARS
                            type="text"
                            prop:value=move || action.with(|a| a.as_ref().map(|a| a.status_reason.clone()).unwrap_or_default())
                            on:input:target=move |ev| {
                                let reason = ev.target().value();
                                state.edit_item(id, |d| d.set_action_status_reason(id, reason));
                            }
                        />
                    </div>
                </Show>
                <ActionFollowUp id action n=Signal::derive(n) />
                <LinkPicker
                    legend=Signal::derive(move || format!("Causes action {} addresses", n()))
                    options=causes
                    selected=Signal::derive(move || action.with(|a| a.as_ref().map(|a| a.causes.clone()).unwrap_or_default()))
                    on_toggle=Callback::new(move |(cause, on): (ItemId, bool)| state.edit_item(id, |d| d.set_action_cause(id, cause, on)))
                    empty="Add causes in step 2 to link them here."
                    field_id=format!("action-{id}-link")
                    field_label=Signal::derive(move || format!("Link a cause to action {}", n()))
                    list="cause-targets"
                    noun="cause"
                />
            </div>
            <div class="item__tools">
                <button
                    class="button button--quiet button--small button--danger"
                    aria-label=move || format!("Remove action {}", n())
                    on:click=move |_| state.remove_item(ItemList::Actions, id)
                >
                    "Remove"
                </button>
            </div>
        </li>
    }
}
