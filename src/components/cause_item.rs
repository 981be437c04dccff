//! One cause: its statement, its chain of "why?" answers and the facts that show it.

use leptos::{html, prelude::*};

use super::{ChoiceSelect, CoachNotes, LinkPicker, SimilarCauses};
use crate::domain::limits::{self, ItemList};
use crate::domain::{Category, Cause, CauseKind, ItemId, Listed};
use crate::findings::Part;
use crate::state::{ask_why_id, use_app_state};

/// Edits one cause.
#[component]
pub fn CauseItem(
    /// The cause's id.
    id: ItemId,
    /// Its position in the list (0-based).
    index: ReadSignal<usize>,
    /// The facts it can be linked to: id and label.
    facts: Memo<Vec<(ItemId, String)>>,
) -> impl IntoView {
    let state = use_app_state();
    let cause = state.item::<Cause>(id, index);
    let whys = Memo::new(move |_| cause.with(|c| c.as_ref().map(|c| c.whys.len()).unwrap_or(0)));
    let n = move || index.get() + 1;
    let text_ref = NodeRef::<html::Textarea>::new();
    state.focus_when_added(id, text_ref);
    let text_id = Part::Cause(id).field_id();
    let reason_id = format!("cause-{id}-no-action");
    let kind = Signal::derive(move || cause.with(|c| c.as_ref().map(|c| c.kind.index())));
    let category = Signal::derive(move || {
        cause.with(|c| c.as_ref().and_then(|c| c.category).map(Category::index))
    });
    // Not before the cause says anything: a blank new cause is not yet a claim to support
    // (Review's gaps treat it the same way).
    let unsupported = move || {
        cause.with(|c| {
            c.as_ref()
                .is_some_and(|c| c.evidence.is_empty() && !c.statement.trim().is_empty())
        })
    };
    view! {
        <li class="item">
            <div class="item__main">
                <div class="item__head">
                    <label class="item__label" for=text_id.clone()>
                        {move || Cause::name(index.get())}
                    </label>
                    <Show when=unsupported>
                        // Said in words, not a hover title (touch screens never show one), and not
                        // "Unsupported", which read as a feature the app lacks.
                        <span class="badge badge--warn">"No fact linked yet"</span>
                    </Show>
                </div>
                <textarea
                    id=text_id
                    maxlength=limits::TEXT_CHARS
                    node_ref=text_ref
                    class="item__text"
                    rows="2"
                    placeholder="What in the system let it happen?"
                    prop:value=move || cause.with(|c| c.as_ref().map(|c| c.statement.clone()).unwrap_or_default())
                    on:input:target=move |ev| {
                        let value = state.text_typed(&ev.target(), || format!("Cause {}", n()));
                        state.edit_item(id, |d| d.set_cause_statement(id, value));
                    }
                ></textarea>
                <CoachNotes
                    part=Part::Cause(id)
                    text=Signal::derive(move || cause.with(|c| c.as_ref().map(|c| c.statement.clone()).unwrap_or_default()))
                    label=Signal::derive(move || Cause::name(index.get()).to_lowercase())
                />
                <SimilarCauses statement=Signal::derive(move || cause.with(|c| c.as_ref().map(|c| c.statement.clone()).unwrap_or_default())) />
                <div class="item__fields">
                    <ChoiceSelect
                        id=format!("cause-{id}-kind")
                        label=Signal::derive(move || format!("Type of cause {}", n()))
                        options=CauseKind::ALL.iter().map(|k| (k.key(), k.label())).collect()
                        selected=kind
                        on_change=Callback::new(move |i: Option<usize>| {
                            if let Some(kind) = i.and_then(|i| CauseKind::ALL.get(i).copied()) {
                                state.edit_item(id, |d| d.set_cause_kind(id, kind));
                            }
                        })
                    />
                    <ChoiceSelect
                        id=format!("cause-{id}-category")
                        label=Signal::derive(move || format!("Category of cause {}", n()))
                        options=Category::ALL.iter().map(|k| (k.key(), k.label())).collect()
                        selected=category
                        none="—"
                        on_change=Callback::new(move |i: Option<usize>| state.edit_item(id, |d| d.set_cause_category(id, i.and_then(|i| Category::ALL.get(i).copied()))))
                    />
                </div>
                <ol class="whys" aria-label=move || format!("Why-chain of cause {}", n())>
                    {move || {
                        (0..whys.get())
                            .map(|w| {
                                let why_id = Part::Why(id, w).field_id();
                                view! {
                                    <li class="whys__item">
                                        <label class="whys__label" for=why_id.clone()>
                                            {format!("Why? ({})", w + 1)}
                                        </label>
                                        <textarea
                                            id=why_id
                                            maxlength=limits::TEXT_CHARS
                                            class="item__text"
                                            rows="1"
                                            aria-label=move || format!("Why {} of cause {}", w + 1, n())
                                            placeholder="Why did that happen?"
                                            prop:value=move || cause.with(|c| c.as_ref().and_then(|c| c.whys.get(w).cloned()).unwrap_or_default())
                                            on:input:target=move |ev| {
                                                let value = ev.target().value();
                                                state.edit_item(id, |d| d.set_why(id, w, value));
                                            }
                                        ></textarea>
                                        <button
                                            class="button button--quiet button--small"
                                            aria-label=move || format!("Remove why {} of cause {}", w + 1, n())
                                            on:click=move |_| state.remove_why(id, w)
                                        >
                                            "×"
                                        </button>
                                        <div class="whys__notes">
                                            <CoachNotes
                                                part=Part::Why(id, w)
                                                text=Signal::derive(move || cause.with(|c| c.as_ref().and_then(|c| c.whys.get(w).cloned()).unwrap_or_default()))
                                                label=Signal::derive(move || format!("why {} of cause {}", w + 1, n()))
                                            />
                                        </div>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ol>
                <button
                    class="button button--small whys__ask"
                    id=ask_why_id(id)
                    aria-label=move || format!("Ask why again for cause {}", n())
                    on:click=move |_| state.add_why(id)
                >
                    "Ask “why?” again"
                </button>
                <LinkPicker
                    legend=Signal::derive(move || format!("Facts that show cause {}", n()))
                    options=facts
                    selected=Signal::derive(move || cause.with(|c| c.as_ref().map(|c| c.evidence.clone()).unwrap_or_default()))
                    on_toggle=Callback::new(move |(fact, on): (ItemId, bool)| state.edit_item(id, |d| d.set_evidence(id, fact, on)))
                    empty="Add facts in step 1 to link them here."
                    field_id=format!("cause-{id}-link")
                    field_label=Signal::derive(move || format!("Link a fact to cause {}", n()))
                    list="fact-targets"
                    noun="fact"
                />
                <div class="field">
                    <label for=reason_id.clone()>{move || format!("No action needed for cause {}, because (optional)", n())}</label>
                    <input
                        id=reason_id
                        maxlength=limits::TEXT_CHARS
                        type="text"
                        placeholder="Only if you decide not to act on it"
                        prop:value=move || cause.with(|c| c.as_ref().and_then(|c| c.no_action_reason.clone()).unwrap_or_default())
                        on:input:target=move |ev| {
                            let reason = ev.target().value();
                            let reason = (!reason.trim().is_empty()).then_some(reason);
                            state.edit_item(id, |d| d.set_no_action_reason(id, reason));
                        }
                    />
                </div>
            </div>
            <div class="item__tools">
                <button
                    class="button button--quiet button--small button--danger"
                    aria-label=move || format!("Remove cause {}", n())
                    on:click=move |_| state.remove_item(ItemList::Causes, id)
                >
                    "Remove"
                </button>
            </div>
        </li>
    }
}
