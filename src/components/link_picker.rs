//! A set of checkboxes that links an item to others (a cause to its facts, an action to its causes).

use leptos::prelude::*;

use crate::domain::{ItemId, Listed, Postmortem};

/// Checkboxes, one per linkable item, in a labelled group.
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
) -> impl IntoView {
    view! {
        <fieldset class="links">
            <legend class="links__legend">{move || legend.get()}</legend>
            <Show when=move || !options.with(Vec::is_empty) fallback=move || view! { <p class="links__empty">{empty.clone()}</p> }>
                <ul class="links__list">
                    <For each=move || options.get() key=|(id, label)| (*id, label.clone()) let:option>
                        {
                            let (id, label) = option;
                            view! {
                                <li>
                                    <label class="links__option">
                                        <input
                                            type="checkbox"
                                            prop:checked=move || selected.with(|s| s.contains(&id))
                                            on:change:target=move |ev| on_toggle.run((id, ev.target().checked()))
                                        />
                                        <span>{label}</span>
                                    </label>
                                </li>
                            }
                        }
                    </For>
                </ul>
            </Show>
        </fieldset>
    }
}

/// Shortens an item's text for a checkbox label.
pub fn short_label(prefix: &str, text: &str) -> String {
    const MAX: usize = 80;
    let text = text.trim();
    let text = if text.is_empty() { "(empty)" } else { text };
    if text.chars().count() <= MAX {
        format!("{prefix} · {text}")
    } else {
        let cut: String = text.chars().take(MAX).collect();
        format!("{prefix} · {}…", cut.trim_end())
    }
}

/// What the items of one kind can be linked to: each item's id and short label ("F3 · …"),
/// numbered as the user sees them.
pub fn link_targets<T: Listed>(
    doc: &Postmortem,
    prefix: &str,
    text: fn(&T) -> &str,
) -> Vec<(ItemId, String)> {
    T::list(doc)
        .iter()
        .enumerate()
        .map(|(i, item)| {
            (
                item.id(),
                short_label(&format!("{prefix}{}", i + 1), text(item)),
            )
        })
        .collect()
}
