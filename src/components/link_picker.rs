//! Links an item to others (a cause to its facts, an action to its causes): a checkbox per
//! target while there are few, the linked ones and a search field when there are many.

use leptos::prelude::*;

use crate::domain::ItemId;
use crate::links::{find_target, lists_all};

/// Checkboxes in a labelled group. Above [`crate::links::ALL_AT_ONCE`] targets only the
/// linked ones are listed; another is linked by typing its number or choosing it from the
/// suggestions of the step's shared `<datalist>` (see [`super::LinkTargetList`]).
#[component]
pub fn LinkPicker(
    /// The group's visible name, e.g. "Facts that show cause 1".
    #[prop(into)]
    legend: Signal<String>,
    /// The items that can be linked: id and the label shown.
    #[prop(into)]
    options: Signal<Vec<(ItemId, String)>>,
    /// The ids currently linked.
    #[prop(into)]
    selected: Signal<Vec<ItemId>>,
    /// Called with an id and whether it is now linked.
    on_toggle: Callback<(ItemId, bool)>,
    /// Shown instead of checkboxes when there is nothing to link yet.
    #[prop(into)]
    empty: String,
    /// The search field's id (unique on the page).
    field_id: String,
    /// The search field's label, e.g. "Link a fact to cause 1".
    #[prop(into)]
    field_label: Signal<String>,
    /// The id of the `<datalist>` suggesting the targets.
    list: &'static str,
    /// What a target is called in messages: "fact" or "cause".
    noun: &'static str,
) -> impl IntoView {
    let all = Memo::new(move |_| options.with(|o| lists_all(o.len())));
    // Targets unlinked here stay listed, unticked, so the checkbox (and the keyboard focus
    // on it) does not vanish from under the user, and a slip is undone with one more click.
    let kept = RwSignal::new(Vec::<ItemId>::new());
    let toggle = move |(id, on): (ItemId, bool)| {
        if !on {
            kept.update(|k| k.push(id));
        }
        on_toggle.run((id, on));
    };
    // The checkboxes shown: every target, or the linked ones (and those kept).
    let shown = Memo::new(move |_| {
        options.with(|o| {
            if lists_all(o.len()) {
                return o.clone();
            }
            selected.with(|s| {
                kept.with(|k| {
                    o.iter()
                        .filter(|(id, _)| s.contains(id) || k.contains(id))
                        .cloned()
                        .collect()
                })
            })
        })
    });
    let error = RwSignal::new(None::<String>);
    // The field's id and its error's id, kept where the nested views can copy them.
    let ids = StoredValue::new((format!("{field_id}-error"), field_id));
    // Links what was typed, if it names a target; `report` says so when it does not.
    let link = move |input: &web_sys::HtmlInputElement, report: bool| {
        let typed = input.value();
        match options.with_untracked(|o| find_target(o, &typed)) {
            Some(target) => {
                on_toggle.run((target, true));
                input.set_value("");
                error.set(None);
            }
            None if report && !typed.trim().is_empty() => error.set(Some(format!(
                "No {noun} is called “{}”. Type its name as the suggestions show it, or choose one of them.",
                typed.trim()
            ))),
            None => {}
        }
    };
    view! {
        <fieldset class="links">
            <legend class="links__legend">{move || legend.get()}</legend>
            <Show when=move || !options.with(Vec::is_empty) fallback=move || view! { <p class="links__empty">{empty.clone()}</p> }>
                {move || {
                    (!all.get() && shown.with(Vec::is_empty))
                        .then(|| view! { <p class="links__empty">"None linked yet."</p> })
                }}
                <ul class="links__list">
                    <For each=move || shown.get() key=|(id, label)| (*id, label.clone()) let:option>
                        {
                            let (id, label) = option;
                            view! {
                                <li>
                                    <label class="links__option">
                                        <input
                                            type="checkbox"
                                            prop:checked=move || selected.with(|s| s.contains(&id))
                                            on:change:target=move |ev| toggle((id, ev.target().checked()))
                                        />
                                        <span>{label}</span>
                                    </label>
                                </li>
                            }
                        }
                    </For>
                </ul>
                {move || (!all.get()).then(|| view! {
                    <div class="field links__add">
                        <label for=ids.with_value(|(_, f)| f.clone())>{move || field_label.get()}</label>
                        <input
                            id=ids.with_value(|(_, f)| f.clone())
                            type="text"
                            list=list
                            autocomplete="off"
                            placeholder="Its number, e.g. F12, or words from it"
                            aria-describedby=ids.with_value(|(e, _)| e.clone())
                            // A suggestion chosen from the list fills in its whole label: link it
                            // at once. Anything else waits for Enter.
                            on:input:target=move |ev| {
                                error.set(None);
                                let input = ev.target();
                                let value = input.value();
                                if options.with_untracked(|o| o.iter().any(|(_, l)| *l == value)) {
                                    link(&input, false);
                                }
                            }
                            on:keydown=move |ev: leptos::ev::KeyboardEvent| {
                                if ev.key() == "Enter" {
                                    ev.prevent_default();
                                    link(&event_target::<web_sys::HtmlInputElement>(&ev), true);
                                }
                            }
                        />
                        {move || {
                            error
                                .get()
                                .map(|e| view! { <p class="field__error" id=ids.with_value(|(id, _)| id.clone()) role="alert">{e}</p> })
                        }}
                    </div>
                })}
            </Show>
        </fieldset>
    }
}
