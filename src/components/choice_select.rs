//! A labelled drop-down for one of a closed set of choices (status, kind, category…).

use leptos::prelude::*;

/// A `<select>` with a visible label; the empty key stands for "none" when `none` is given.
#[component]
pub fn ChoiceSelect(
    /// The element id (the label points at it).
    #[prop(into)]
    id: String,
    /// The visible label.
    #[prop(into)]
    label: Signal<String>,
    /// (key, label) of every choice, in order.
    options: Vec<(&'static str, &'static str)>,
    /// The key currently chosen ("" for none).
    #[prop(into)]
    selected: Signal<&'static str>,
    /// The label of the "none" choice, if the choice is optional.
    #[prop(optional)]
    none: Option<&'static str>,
    /// Called with the chosen key ("" for none).
    on_change: Callback<String>,
) -> impl IntoView {
    let none_option = none.map(|text| {
        view! {
            <option value="" prop:selected=move || selected.get().is_empty()>
                {text}
            </option>
        }
    });
    view! {
        <div class="field">
            <label for=id.clone()>{move || label.get()}</label>
            <select id=id on:change:target=move |ev| on_change.run(ev.target().value())>
                {none_option}
                {options
                    .into_iter()
                    .map(|(key, text)| {
                        view! {
                            <option value=key prop:selected=move || selected.get() == key>
                                {text}
                            </option>
                        }
                    })
                    .collect_view()}
            </select>
        </div>
    }
}
