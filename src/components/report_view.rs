//! The post-mortem rendered as a readable document, from the same report the export writes.

use leptos::prelude::*;

use crate::export::Report;

/// Renders the report. User text is inserted as text nodes, so it can never become markup.
#[component]
pub fn ReportView(
    /// The report to show.
    #[prop(into)]
    report: Signal<Report>,
) -> impl IntoView {
    view! {
        <article class="report" aria-label="Post-mortem preview">
            {move || {
                let r = report.get();
                let facts = if r.facts.is_empty() {
                    view! { <p class="report__none">"No facts recorded."</p> }.into_any()
                } else {
                    view! {
                        <ul class="report__facts">
                            {r
                                .facts
                                .into_iter()
                                .map(|f| {
                                    view! {
                                        <li>
                                            <strong>{f.label}</strong>
                                            {f.when.map(|w| format!(" ({w})"))}
                                            ": "
                                            <span class="report__text">{f.text}</span>
                                        </li>
                                    }
                                })
                                .collect_view()}
                        </ul>
                    }
                        .into_any()
                };
                let causes = if r.causes.is_empty() {
                    view! { <p class="report__none">"No causes identified."</p> }.into_any()
                } else {
                    r.causes
                        .into_iter()
                        .map(|c| {
                            let addressed = if c.addressed_by.is_empty() {
                                "no action yet".to_owned()
                            } else {
                                c.addressed_by.join(", ")
                            };
                            view! {
                                <section class="report__cause">
                                    <h4>{format!("{}. ", c.label)} <span class="report__text">{c.statement}</span></h4>
                                    {(!c.whys.is_empty())
                                        .then(|| {
                                            view! {
                                                <p><strong>"Why?"</strong></p>
                                                <ol>
                                                    {c.whys.into_iter().map(|w| view! { <li class="report__text">{w}</li> }).collect_view()}
                                                </ol>
                                            }
                                        })}
                                    <p><strong>"Evidence: "</strong>{c.evidence.is_empty().then_some("none linked yet.")}</p>
                                    <ul>
                                        {c.evidence.into_iter().map(|e| view! { <li class="report__text">{e}</li> }).collect_view()}
                                    </ul>
                                    <p><strong>"Addressed by: "</strong>{addressed}</p>
                                </section>
                            }
                        })
                        .collect_view()
                        .into_any()
                };
                let actions = if r.actions.is_empty() {
                    view! { <p class="report__none">"No actions planned."</p> }.into_any()
                } else {
                    view! {
                        <div class="report__table-wrap">
                            <table class="report__table">
                                <thead>
                                    <tr>
                                        <th scope="col">"#"</th>
                                        <th scope="col">"Action"</th>
                                        <th scope="col">"Owner"</th>
                                        <th scope="col">"Due"</th>
                                        <th scope="col">"Status"</th>
                                        <th scope="col">"Addresses"</th>
                                    </tr>
                                </thead>
                                <tbody>
                                    {r
                                        .actions
                                        .into_iter()
                                        .map(|a| {
                                            view! {
                                                <tr>
                                                    <td>{a.label}</td>
                                                    <td class="report__text">{a.description}</td>
                                                    <td class="report__text">{if a.owner.is_empty() { "—".to_owned() } else { a.owner }}</td>
                                                    <td>{a.due.unwrap_or_else(|| "—".to_owned())}</td>
                                                    <td>{a.status}</td>
                                                    <td>{if a.addresses.is_empty() { "—".to_owned() } else { a.addresses.join(", ") }}</td>
                                                </tr>
                                            }
                                        })
                                        .collect_view()}
                                </tbody>
                            </table>
                        </div>
                    }
                        .into_any()
                };
                view! {
                    <h3 class="report__title report__text">{r.title}</h3>
                    <ul class="report__meta">
                        <li><strong>"Status: "</strong>{r.status}</li>
                        <li><strong>"Started: "</strong>{r.started}</li>
                        <li><strong>"Last edited: "</strong>{r.last_edited}</li>
                    </ul>
                    <h4 class="report__section">"Facts"</h4>
                    {facts}
                    <h4 class="report__section">"Causes"</h4>
                    {causes}
                    <h4 class="report__section">"Actions"</h4>
                    {actions}
                }
            }}
        </article>
    }
}
