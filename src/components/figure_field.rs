//! A field for a number people type ("1,200", "9,300.50"), refused with a message rather
//! than silently dropped when it is not one.

use leptos::prelude::*;

/// A labelled text field that parses what is typed; invalid text stays in the field with an
/// explanation and does not change the post-mortem.
#[component]
pub fn FigureField(
    /// The element id.
    #[prop(into)]
    id: String,
    /// The visible label.
    #[prop(into)]
    label: String,
    /// The stored value, formatted ("" when unknown).
    #[prop(into)]
    value: Signal<String>,
    /// Reads typed text: `Ok(None)` for blank, `Err(message)` when it is not a number.
    parse: fn(&str) -> Result<Option<u64>, String>,
    /// Called with each valid value.
    on_change: Callback<Option<u64>>,
    /// Shown in the empty field.
    #[prop(optional)]
    placeholder: &'static str,
    /// Where the tab keeps text that does not parse (per post-mortem and field), so that a
    /// step change or a reload shows it again with its message instead of an empty field.
    #[prop(into)]
    draft_key: String,
) -> impl IntoView {
    // What the user is typing; shown instead of the stored value until the field is left
    // (so "1," on the way to "1,200" is not reformatted under the cursor) and for as long
    // as it does not parse.
    let kept = crate::platform::tab_value(&draft_key);
    let error = RwSignal::new(kept.as_deref().and_then(|t| parse(t).err()));
    let draft = RwSignal::new(kept.filter(|_| error.with_untracked(Option::is_some)));
    let error_id = format!("{id}-error");
    let described = error_id.clone();
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input
                id=id
                type="text"
                inputmode="decimal"
                placeholder=placeholder
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=move || error.with(Option::is_some).then(|| described.clone())
                prop:value=move || draft.get().unwrap_or_else(|| value.get())
                on:input:target=move |ev| {
                    let text = ev.target().value();
                    match parse(&text) {
                        Ok(parsed) => {
                            error.set(None);
                            crate::platform::remove_tab_value(&draft_key);
                            on_change.run(parsed);
                        }
                        Err(message) => {
                            error.set(Some(message));
                            crate::platform::set_tab_value(&draft_key, &text);
                        }
                    }
                    draft.set(Some(text));
                }
                on:change=move |_| {
                    if error.with(Option::is_none) {
                        draft.set(None);
                    }
                }
            />
            <p class="field__error" id=error_id role="alert" hidden=move || error.with(Option::is_none)>
                {move || error.get().map(|message| format!("{message}. Not saved until it reads as a number."))}
            </p>
        </div>
    }
}
