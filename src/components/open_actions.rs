//! Home's follow-through: every open action across post-mortems, overdue first, with
//! filters by owner and status, and the calendar file of their due dates.

use leptos::prelude::*;

use crate::domain::follow::{open_actions, owners, ActionFilter};
use crate::domain::{Status, Step};
use crate::findings::Part;
use crate::platform;
use crate::route::Route;
use crate::state::use_app_state;

/// Lists the open actions of every post-mortem.
#[component]
pub fn OpenActions() -> impl IntoView {
    let state = use_app_state();
    let today = platform::today();
    // Every open action, computed once when the library changes; the filters and whether
    // to show the section at all are read from it.
    let all = Memo::new(move |_| {
        state
            .library
            .with(|docs| open_actions(docs, today, &ActionFilter::default()))
    });
    let all_owners = Memo::new(move |_| state.library.with(|docs| owners(docs)));
    // The owner chosen, as the owner list spells it, while they still have open actions.
    let owner = move || {
        let filter = state.home_filter();
        all_owners.with(|owners| filter.owner_among(owners).cloned())
    };
    let list = Memo::new(move |_| {
        let filter = ActionFilter {
            owner: owner(),
            ..state.home_filter()
        };
        all.with(|open| {
            open.iter()
                .filter(|o| filter.keeps(o))
                .cloned()
                .collect::<Vec<_>>()
        })
    });
    let any = move || !all.with(Vec::is_empty);
    view! {
        {move || any().then(|| view! {
            <section class="open-actions" aria-labelledby="open-actions-title">
                <h2 id="open-actions-title">"Open actions"</h2>
                <div class="open-actions__filters">
                    <div class="field">
                        <label for="filter-owner">"Owner"</label>
                        <select id="filter-owner" on:change:target=move |ev| {
                            let chosen = Some(ev.target().value()).filter(|o| !o.is_empty());
                            state.change_home_filter(|f| f.owner = chosen);
                        }>
                            <option value="">"Everyone"</option>
                            {move || all_owners.get().into_iter().map(|o| {
                                let selected = untrack(owner).as_ref() == Some(&o);
                                let label = o.clone();
                                view! { <option value=o selected=selected>{label}</option> }
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="filter-status">"Post-mortem status"</label>
                        <select id="filter-status" on:change:target=move |ev| {
                            let chosen = Status::from_key(&ev.target().value());
                            state.change_home_filter(|f| f.status = chosen);
                        }>
                            <option value="">"Any"</option>
                            {Status::ALL.map(|s| {
                                let selected = untrack(|| state.home_filter()).status == Some(s);
                                view! { <option value=s.key() selected=selected>{s.label()}</option> }
                            })}
                        </select>
                    </div>
                    <button class="button" on:click=move |_| state.download_calendar(None)>
                        "Add due dates to a calendar (.ics)"
                    </button>
                </div>
                {move || {
                    let list = list.get();
                    if list.is_empty() {
                        return view! { <p class="hint">"No open actions match."</p> }.into_any();
                    }
                    view! {
                    <ul class="open-actions__list">
                        {list.into_iter().map(|open| {
                            let href = Route::step(&open.postmortem, Step::Actions).to_hash();
                            // The link leads to the action itself, not the top of its step.
                            let field = Part::Action(open.action.id).field_id();
                            let due = open.action.due.map_or_else(|| "no due date".to_owned(), |d| format!("due {d}"));
                            let owner = if open.action.owner.trim().is_empty() { "no owner".to_owned() } else { open.action.owner.clone() };
                            view! {
                                <li class="open-actions__item" class:open-actions__item--overdue=open.overdue>
                                    {open.overdue.then(|| view! { <span class="badge badge--danger">"Overdue"</span> })}
                                    <span class="report__text">{open.action.description.clone()}</span>
                                    <span class="pm-list__meta">
                                        <a href=href on:click=move |_| platform::focus_when_rendered(field.clone())>{format!("{} in “{}”", open.label, open.title)}</a>
                                        {format!(" · {owner} · ")}
                                        // A date breaks at its hyphens ("due 2026-12-" / "05").
                                        <span class="nowrap">{due}</span>
                                    </span>
                                </li>
                            }
                        }).collect_view()}
                    </ul>
                    }.into_any()
                }}
            </section>
        })}
    }
}
