//! The post-mortem rendered as a readable document, from the same report the export writes.

use leptos::prelude::*;

use super::TimelinePanel;
use crate::export::{Report, ACTION_COLUMNS};

/// Renders the report. User text is inserted as text nodes, so it can never become markup.
#[component]
pub fn ReportView(
    /// The report to show.
    #[prop(into)]
    report: Signal<Report>,
) -> impl IntoView {
    let head = move || {
        report.with(|r| {
            view! {
                <h3 class="report__title report__text">{r.title.clone()}</h3>
                <ul class="report__meta">
                    <li><strong>"Status: "</strong>{r.status.clone()}</li>
                    <li><strong>"Started: "</strong>{r.started.clone()}</li>
                    <li><strong>"Last edited: "</strong>{r.last_edited.clone()}</li>
                </ul>
            }
        })
    };
    let impact = move || {
        report.with(|r| {
            (!r.impact.is_empty()).then(|| {
                view! {
                    <h4 class="report__section">"Impact"</h4>
                    <dl class="report__impact">
                        {r.impact.iter().map(|line| view! { <dt>{line.what.label()}</dt> <dd>{line.value.clone()}</dd> }).collect_view()}
                    </dl>
                }
            })
        })
    };
    let causes = move || {
        let causes = report.with(|r| r.causes.clone());
        if causes.is_empty() {
            return view! { <p class="report__none">"No causes identified."</p> }.into_any();
        }
        causes
            .into_iter()
            .map(|c| {
                let kind = match &c.category {
                    Some(category) => format!("{} · {category}", c.kind),
                    None => c.kind.clone(),
                };
                let addressed = if !c.addressed_by.is_empty() {
                    view! { <p><strong>"Addressed by: "</strong>{c.addressed_by.join(", ")}</p> }.into_any()
                } else if let Some(reason) = c.no_action_reason.clone() {
                    view! { <p><strong>"No action, because: "</strong><span class="report__text">{reason}</span></p> }.into_any()
                } else {
                    view! { <p><strong>"Addressed by: "</strong>"no action yet"</p> }.into_any()
                };
                view! {
                    <section class="report__cause">
                        <h4>{format!("{}. ", c.label)} <span class="report__text">{c.statement}</span></h4>
                        <p class="report__kind">{kind}</p>
                        {(!c.whys.is_empty())
                            .then(|| {
                                view! {
                                    <p><strong>"Why?"</strong></p>
                                    <ol>{c.whys.into_iter().map(|w| view! { <li class="report__text">{w}</li> }).collect_view()}</ol>
                                }
                            })}
                        <p><strong>"Evidence: "</strong>{c.evidence.is_empty().then_some("none linked yet (unsupported).")}</p>
                        <ul>{c.evidence.into_iter().map(|e| view! { <li class="report__text">{e}</li> }).collect_view()}</ul>
                        {addressed}
                    </section>
                }
            })
            .collect_view()
            .into_any()
    };
    let actions = move || {
        let actions = report.with(|r| r.actions.clone());
        if actions.is_empty() {
            return view! { <p class="report__none">"No actions planned."</p> }.into_any();
        }
        view! {
            // Scrolls sideways on narrow screens: focusable so a keyboard can scroll it too.
            <div class="report__table-wrap" tabindex="0" role="region" aria-label="Actions table (scrolls sideways)">
                <table class="report__table" aria-label="Actions">
                    <thead>
                        <tr>
                            {ACTION_COLUMNS.map(|name| view! { <th scope="col">{name}</th> }).collect_view()}
                        </tr>
                    </thead>
                    <tbody>
                        {actions
                            .into_iter()
                            .map(|a| {
                                let dash = |s: String| if s.is_empty() { "—".to_owned() } else { s };
                                view! {
                                    <tr>
                                        <td>{a.label}</td>
                                        <td class="report__text">{a.description}</td>
                                        <td>{dash(a.kind.unwrap_or_default())}</td>
                                        <td>{a.priority}</td>
                                        <td class="report__text">{dash(a.owner)}</td>
                                        <td class:report__overdue=a.overdue>
                                            {dash(a.due.unwrap_or_default())}
                                            {a.overdue.then_some(" (overdue)")}
                                        </td>
                                        <td class="report__text">{a.status}</td>
                                        <td>{dash(a.addresses.join(", "))}</td>
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
        <article class="report" aria-label="Post-mortem preview">
            {head}
            <h4 class="report__section">"Facts"</h4>
            <TimelinePanel report title="Timeline of the report" utc=true />
            {impact}
            <h4 class="report__section">"Causes"</h4>
            {causes}
            <h4 class="report__section">"Actions"</h4>
            {actions}
        </article>
    }
}
