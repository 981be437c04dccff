//! A labelled drop-down for one of a closed set of choices (status, kind, category…).

use leptos::prelude::*;

/// A `<select>` with a visible label over a choice type's `ALL` list, handing back the
/// position in that list of the choice made, so a caller reads the typed value as
/// `Kind::ALL.get(i)` and never parses a key. (A generic component handing back `T` itself was
/// measured at 2.5 KB of brotli wasm for its seven copies; positions keep one copy.)
#[component]
pub fn ChoiceSelect(
    /// The element id (the label points at it).
    #[prop(into)]
    id: String,
    /// The visible label.
    #[prop(into)]
    label: Signal<String>,
    /// (key, label) of every choice, in the order of the type's `ALL`; the keys are the
    /// options' values.
    options: Vec<(&'static str, &'static str)>,
    /// The position of the current choice in `options` (`None` for none).
    #[prop(into)]
    selected: Signal<Option<usize>>,
    /// The label of the "none" choice, if the choice is optional.
    #[prop(optional)]
    none: Option<&'static str>,
    /// Called with the position of the choice made (`None` only for the "none" choice).
    on_change: Callback<Option<usize>>,
) -> impl IntoView {
    let none_option = none.map(|text| {
        view! {
            <option value="" prop:selected=move || selected.get().is_none()>
                {text}
            </option>
        }
    });
    // The options carry their keys as values (stable, readable in the page); the key chosen
    // is turned back into its position here, once, for every caller.
    let keys: Vec<&'static str> = options.iter().map(|(key, _)| *key).collect();
    view! {
        <div class="field">
            <label for=id.clone()>{move || label.get()}</label>
            <select
                id=id
                on:change:target=move |ev| {
                    let key = ev.target().value();
                    on_change.run(keys.iter().position(|k| *k == key));
                }
            >
                {none_option}
                {options
                    .into_iter()
                    .enumerate()
                    .map(|(i, (key, text))| {
                        view! {
                            <option value=key prop:selected=move || selected.get() == Some(i)>
                                {text}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
