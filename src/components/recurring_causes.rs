//! Home's "causes that keep coming back": categories and alike statements found in two
//! post-mortems or more, each with links to them.

use leptos::prelude::*;

use crate::domain::recurring::recurring_causes;
use crate::domain::Step;
use crate::route::Route;
use crate::state::use_app_state;

/// Lists the recurring causes, if any.
#[component]
pub fn RecurringCauses() -> impl IntoView {
    let state = use_app_state();
    let found = Memo::new(move |_| state.library.with(|docs| recurring_causes(docs)));
    view! {
        {move || (!found.with(Vec::is_empty)).then(|| view! {
            <section class="recurring" aria-labelledby="recurring-title">
                <h2 id="recurring-title">"Causes that keep coming back"</h2>
                <p class="hint">"The same kind of cause in several post-mortems: a sign the fix belongs in the playbook."</p>
                <ul class="recurring__list">
                    {move || found.get().into_iter().map(|r| {
                        let kind = if r.is_category { "" } else { "Alike: " };
                        let links = r.postmortems.iter().map(|m| {
                            let href = Route::step(&m.postmortem, Step::Causes).to_hash();
                            view! { <li><a href=href>{m.title.clone()}</a></li> }
                        }).collect_view();
                        view! {
                            <li>
                                <strong class="report__text">{format!("{kind}{}", r.name)}</strong>
                                {format!(": {}", crate::text::count_of(r.postmortems.len() as u64, "post-mortem", "post-mortems"))}
                                <ul>{links}</ul>
                            </li>
                        }
                    }).collect_view()}
                </ul>
            </section>
        })}
    }
}
