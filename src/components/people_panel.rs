//! The optional list of people involved and their roles: the coach recognises the names,
//! and the export can replace them by roles.

use leptos::prelude::*;

use crate::domain::limits;
use crate::state::use_app_state;

/// Edits the names → roles list.
#[component]
pub fn PeoplePanel() -> impl IntoView {
    let state = use_app_state();
    let count = Memo::new(move |_| state.doc.with(|d| d.people.len()));
    let person = move |i: usize| {
        Memo::new(move |_| {
            state
                .doc
                .with(|d| d.people.get(i).cloned().unwrap_or_default())
        })
    };
    view! {
        <section class="people" aria-labelledby="people-title">
            <h3 id="people-title">"People involved (optional)"</h3>
            <p class="people__hint">
                "List names with the role they played. The coach then recognises the names, and the export can say “the marketing lead” instead of “Dave”."
            </p>
            <ul class="people__list">
                {move || {
                    (0..count.get())
                        .map(|i| {
                            let p = person(i);
                            let name_id = format!("person-{i}-name");
                            let role_id = format!("person-{i}-role");
                            view! {
                                <li class="people__row">
                                    <div class="field">
                                        <label for=name_id.clone()>{format!("Name of person {}", i + 1)}</label>
                                        <input
                                            id=name_id
                                            maxlength=limits::SHORT_CHARS
                                            type="text"
                                            prop:value=move || p.with(|p| p.name.clone())
                                            on:input:target=move |ev| {
                                                let name = ev.target().value();
                                                state.edit_document(|d| d.set_person_name(i, name));
                                            }
                                        />
                                    </div>
                                    <div class="field">
                                        <label for=role_id.clone()>{format!("Role of person {}", i + 1)}</label>
                                        <input
                                            id=role_id
                                            maxlength=limits::SHORT_CHARS
                                            type="text"
                                            placeholder="e.g. marketing lead"
                                            prop:value=move || p.with(|p| p.role.clone())
                                            on:input:target=move |ev| {
                                                let role = ev.target().value();
                                                state.edit_document(|d| d.set_person_role(i, role));
                                            }
                                        />
                                    </div>
                                    <button
                                        class="button button--quiet button--small button--danger"
                                        aria-label=format!("Remove person {}", i + 1)
                                        on:click=move |_| state.remove_person(i)
                                    >
                                        "Remove"
                                    </button>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <button id="add-person" class="button button--small" on:click=move |_| state.add_person(String::new())>
                "Add person"
            </button>
        </section>
    }
}
