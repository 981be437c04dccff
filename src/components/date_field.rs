//! A date (or date-and-time) field that refuses what is not a real date with a message,
//! instead of storing nothing in its place.

use leptos::prelude::*;

use crate::domain::unreadable_date_message;
use crate::platform;

/// A labelled `<input type="date">` or `datetime-local`. A cleared field or a readable date
/// is passed on; a date the browser or Hindsight cannot read (a five-digit year, "30
/// February") leaves the stored value as it was and says so beside the field.
#[component]
pub fn DateField(
    /// The element id.
    #[prop(into)]
    id: String,
    /// The visible label, which the message names.
    #[prop(into)]
    label: Signal<String>,
    /// `date` or `datetime-local`.
    kind: &'static str,
    /// The stored value, as the input writes it ("" when none).
    #[prop(into)]
    value: Signal<String>,
    /// Whether Hindsight can read the typed text (never called with "").
    readable: fn(&str) -> bool,
    /// Called with the text of a readable date, or "" when the field is cleared.
    on_change: Callback<String>,
) -> impl IntoView {
    let error = RwSignal::new(None::<String>);
    // Only a change of the date itself counts, not every edit of the item around it.
    let value = Memo::new(move |_| value.get());
    let error_id = format!("{id}-error");
    let described = error_id.clone();
    view! {
        <div class="field">
            <label for=id.clone()>{move || label.get()}</label>
            <input
                id=id
                type=kind
                aria-invalid=move || error.with(Option::is_some).then_some("true")
                aria-describedby=move || error.with(Option::is_some).then(|| described.clone())
                // A message is about what was typed here: once the stored value is written
                // back (changed in another tab, or emptied on leaving), it no longer applies.
                prop:value=move || {
                    let now = value.get();
                    if error.with_untracked(Option::is_some) {
                        error.set(None);
                    }
                    now
                }
                // Emptied part by part, a date input fires one change (refused: a day
                // without a month is not a date) and then nothing more: leaving the empty
                // field clears the stored date, as the first key used to.
                //
                // The browser also blurs the field, and may report a change, as the field
                // leaves the page (Back with the keyboard in it), after its signals are
                // gone: both handlers then stop at `try_get_untracked`, not panic.
                on:blur:target=move |ev| {
                    let Some(stored) = value.try_get_untracked() else {
                        return;
                    };
                    let input = ev.target();
                    if input.value().is_empty() && !platform::bad_input(&input) && !stored.is_empty() {
                        error.set(None);
                        on_change.run(String::new());
                    }
                }
                on:change:target=move |ev| {
                    if value.try_get_untracked().is_none() {
                        return;
                    }
                    let input = ev.target();
                    let text = input.value();
                    let typed = text.trim();
                    if platform::bad_input(&input) || (!typed.is_empty() && !readable(typed)) {
                        error.set(Some(unreadable_date_message(&label.get_untracked(), typed)));
                    } else {
                        error.set(None);
                        on_change.run(typed.to_owned());
                    }
                }
            />
            // Rendered only with a message: a hidden paragraph under each of thousands of
            // facts' times cost every keystroke its style work.
            {move || error.get().map(|message| view! {
                <p class="field__error" id=error_id.clone() role="alert">{message}</p>
            })}
        </div>
    }
}
