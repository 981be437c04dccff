//! On an action: the playbook check it became (a link), or the form that adds it to a
//! checklist, new or existing.

use leptos::prelude::*;

use crate::domain::{limits, ItemId};
use crate::playbook::{item_for_action, SUGGESTED_NAMES};
use crate::route::Route;
use crate::state::{use_app_state, PlaybookTarget};

/// The value of the "new checklist" choice in the checklist picker.
const NEW: &str = "new";

/// The playbook check an action became, or "Add to playbook".
#[component]
pub fn PlaybookLink(
    /// The action's id.
    id: ItemId,
    /// Its number in the list (1-based), for labels.
    n: Signal<usize>,
) -> impl IntoView {
    let state = use_app_state();
    // The open post-mortem's id, from the address: following the document itself would
    // rerun this for every action on every keystroke in a long post-mortem.
    let pm = Memo::new(move |_| {
        state.route.with(|r| match r {
            crate::route::Route::Editor { id, .. } => id.clone(),
            _ => state.doc.with_untracked(|d| d.id.clone()),
        })
    });
    let linked = Memo::new(move |_| {
        let pm = pm.get();
        state.checklists.with(|all| {
            item_for_action(all, &pm, id).map(|(list, item)| {
                // Which check it became: its number while in use, or that it was retired.
                let place = match list.active().position(|i| i.id == item.id) {
                    Some(i) => format!(", check {}", i + 1),
                    None => " (retired since)".to_owned(),
                };
                (list.id.clone(), list.display_name().to_owned(), place)
            })
        })
    });
    let open = RwSignal::new(false);
    let choice = RwSignal::new(String::new());
    let name = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let select_id = format!("action-{id}-checklist");
    let name_id = format!("action-{id}-new-checklist");
    let button_id = format!("action-{id}-add-to-playbook");
    let start = {
        let select_id = select_id.clone();
        move || {
            // The first checklist, or a new one named for the most common case.
            let first = state.live_checklists().first().map(|l| l.id.to_string());
            choice.set(first.unwrap_or_else(|| NEW.to_owned()));
            name.set(SUGGESTED_NAMES[0].to_owned());
            error.set(None);
            open.set(true);
            // The keyboard goes into the form that replaced the button.
            crate::platform::focus_when_rendered(select_id.clone());
        }
    };
    // Closing the form (Cancel, or Escape inside it) gives the keyboard back to the button.
    let cancel = {
        let button_id = button_id.clone();
        move || {
            open.set(false);
            crate::platform::focus_when_rendered(button_id.clone());
        }
    };
    let add = move || {
        let picked = choice.get_untracked();
        let target = if picked == NEW {
            PlaybookTarget::New(name.get_untracked())
        } else {
            PlaybookTarget::Existing(crate::playbook::Uid(picked))
        };
        match state.add_action_to_playbook(id, target) {
            Ok(_) => {
                open.set(false);
                // The form gives way to the link to the check: the keyboard goes there.
                let link = format!("action-{id}-playbook");
                request_animation_frame(move || crate::platform::focus_id(&link));
            }
            Err(e) => error.set(Some(e)),
        }
    };
    move || {
        if let Some((list, list_name, place)) = linked.get() {
            return view! {
                <p class="follow__playbook">
                    "In the playbook: "
                    <a id=format!("action-{id}-playbook") href=Route::Checklist(list).to_hash()>{list_name}</a>
                    {place}
                </p>
            }
            .into_any();
        }
        if !open.get() {
            return view! {
                // Not "Add action 1 to …": a name starting "Add action" would be found by
                // anyone looking for the "Add action" button.
                <button
                    class="button button--small"
                    id=button_id.clone()
                    aria-label=move || format!("Add to playbook: action {}", n.get())
                    on:click={
                        let start = start.clone();
                        move |_| start()
                    }
                >
                    "Add to playbook"
                </button>
            }
            .into_any();
        }
        let (select_id, name_id) = (select_id.clone(), name_id.clone());
        let options = state
            .live_checklists()
            .into_iter()
            .map(|l| {
                let value = l.id.to_string();
                let selected = value == choice.get_untracked();
                view! { <option value=value selected=selected>{l.display_name().to_owned()}</option> }
            })
            .collect_view();
        view! {
            <div
                class="follow__add"
                role="group"
                aria-label=move || format!("Add to playbook: action {}", n.get())
                on:keydown={
                    let cancel = cancel.clone();
                    move |ev: leptos::ev::KeyboardEvent| {
                        if ev.key() == "Escape" {
                            ev.prevent_default();
                            cancel();
                        }
                    }
                }
            >
                <div class="field">
                    <label for=select_id.clone()>"Checklist"</label>
                    <select id=select_id.clone() on:change:target=move |ev| choice.set(ev.target().value())>
                        {options}
                        <option value=NEW selected=move || choice.get() == NEW>"New checklist…"</option>
                    </select>
                </div>
                {move || (choice.get() == NEW).then(|| {
                    let name_id = name_id.clone();
                    view! {
                    <div class="field">
                        <label for=name_id.clone()>"Name of the new checklist"</label>
                        <input
                            id=name_id.clone()
                            type="text"
                            list="hs-checklist-names"
                            maxlength=limits::SHORT_CHARS
                            prop:value=move || name.get()
                            on:input:target=move |ev| name.set(ev.target().value())
                            // Enter adds, as in the playbook's other one-line forms.
                            on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                                if ev.key() == "Enter" && !ev.is_composing() {
                                    ev.prevent_default();
                                    add();
                                }
                            }
                        />
                    </div>
                    }
                })}
                <div class="follow__row">
                    <button class="button button--primary button--small" on:click=move |_| add()>
                        "Add to checklist"
                    </button>
                    <button class="button button--small" on:click={
                        let cancel = cancel.clone();
                        move |_| cancel()
                    }>
                        "Cancel"
                    </button>
                </div>
                {move || error.get().map(|e| view! { <p class="field__error" role="alert">{e}</p> })}
            </div>
        }
        .into_any()
    }
}
