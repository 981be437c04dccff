//! A one-line form: a labelled text field and its button, submitted by the button or by
//! Enter, cleared once the submission is taken. The playbook's "new checklist", "new
//! check" and "run this checklist" are all this.

use leptos::prelude::*;

/// A labelled field with a button; `on_submit` gets the text and says whether it was
/// taken (the field is then cleared) or refused with a message shown under it.
#[component]
pub fn TextForm(
    /// The field's id.
    id: &'static str,
    /// The field's visible label.
    label: &'static str,
    /// An example, shown while the field is empty.
    placeholder: &'static str,
    /// The button's text.
    button: &'static str,
    /// The longest text accepted.
    maxlength: usize,
    /// A `<datalist>` of suggestions, if any.
    #[prop(optional)]
    list: Option<&'static str>,
    /// Whether this is the page's main action.
    #[prop(optional)]
    primary: bool,
    /// Takes the text; `Err` keeps it and shows the message.
    on_submit: Callback<String, Result<(), String>>,
) -> impl IntoView {
    let text = RwSignal::new(String::new());
    let error = RwSignal::new(None::<String>);
    let submit = move || match on_submit.run(text.get_untracked()) {
        Ok(()) => {
            text.set(String::new());
            error.set(None);
        }
        Err(e) => error.set(Some(e)),
    };
    view! {
        <div class="playbook__new">
            <div class="field">
                <label for=id>{label}</label>
                <input
                    id=id
                    type="text"
                    list=list
                    maxlength=maxlength
                    placeholder=placeholder
                    prop:value=move || text.get()
                    on:input:target=move |ev| text.set(ev.target().value())
                    on:keydown=move |ev| {
                        if ev.key() == "Enter" {
                            submit();
                        }
                    }
                />
            </div>
            <button class="button" class:button--primary=primary on:click=move |_| submit()>
                {button}
            </button>
        </div>
        {move || error.get().map(|e| view! { <p class="field__error" role="alert">{e}</p> })}
    }
}
