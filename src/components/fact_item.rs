//! One fact: its text, when it happened, and controls to move or remove it.

use leptos::{html, prelude::*};

use crate::domain::{format_local_datetime, parse_local_datetime, Direction, ItemId};
use crate::state::use_app_state;

/// Edits one fact.
#[component]
pub fn FactItem(
    /// The fact's id.
    id: ItemId,
    /// Its position in the list (0-based), kept current by the list.
    index: ReadSignal<usize>,
) -> impl IntoView {
    let state = use_app_state();
    let fact = Memo::new(move |_| {
        state.doc.with(|d| {
            // The index is a hint that is right unless the list just changed.
            d.facts
                .get(index.get_untracked())
                .filter(|f| f.id == id)
                .or_else(|| d.fact(id))
                .cloned()
        })
    });
    let count = Memo::new(move |_| state.doc.with(|d| d.facts.len()));
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
    let text_id = format!("fact-{id}");
    let when_id = format!("fact-{id}-when");
    view! {
        <li class="item">
            <div class="item__main">
                <label class="item__label" for=text_id.clone()>
                    {move || format!("Fact {}", n())}
                </label>
                <textarea
                    id=text_id
                    node_ref=text_ref
                    class="item__text"
                    rows="2"
                    placeholder="What happened, as data: who saw what, how many, how long."
                    prop:value=move || fact.with(|f| f.as_ref().map(|f| f.text.clone()).unwrap_or_default())
                    on:input:target=move |ev| {
                        let value = ev.target().value();
                        state.edit(|d| d.set_fact_text(id, value));
                    }
                ></textarea>
                <div class="field field--inline">
                    <label for=when_id.clone()>{move || format!("When fact {} happened", n())}</label>
                    <input
                        id=when_id
                        type="datetime-local"
                        prop:value=move || {
                            fact.with(|f| f.as_ref().and_then(|f| f.when).map(|w| format_local_datetime(&w)).unwrap_or_default())
                        }
                        on:change:target=move |ev| {
                            let when = parse_local_datetime(&ev.target().value());
                            state.edit(|d| d.set_fact_when(id, when));
                        }
                    />
                </div>
            </div>
            <div class="item__tools">
                <button
                    class="button button--quiet button--small"
                    aria-label=move || format!("Move fact {} up", n())
                    disabled=move || index.get() == 0
                    on:click=move |_| state.edit(|d| d.move_fact(id, Direction::Up))
                >
                    "↑"
                </button>
                <button
                    class="button button--quiet button--small"
                    aria-label=move || format!("Move fact {} down", n())
                    disabled=move || { index.get() + 1 >= count.get() }
                    on:click=move |_| state.edit(|d| d.move_fact(id, Direction::Down))
                >
                    "↓"
                </button>
                <button
                    class="button button--quiet button--small button--danger"
                    aria-label=move || format!("Remove fact {}", n())
                    on:click=move |_| state.edit(|d| { d.remove_fact(id); })
                >
                    "Remove"
                </button>
            </div>
        </li>
    }
}
