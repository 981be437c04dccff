//! The post-mortem rendered as a readable document, from the same report the export writes.

use leptos::prelude::*;

use super::LinkedText;
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
                {(!r.summary.is_empty()).then(|| view! { <p class="report__summary report__text">{r.summary.clone()}</p> })}
                <ul class="report__meta">
                    {r
                        .head()
                        .into_iter()
                        // The export date is the download's, not the preview's.
                        .filter(|(label, _)| *label != "Exported")
                        .map(|(label, value)| {
                            view! { <li><strong>{format!("{label}: ")}</strong><span class="report__text">{value.to_owned()}</span></li> }
                        })
                        .collect_view()}
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
    // The facts as the export lists them: number, time and fact first, the rest after.
    let timeline = move || {
        report.with(|r| {
            let zone = r.zone.as_str();
            let timed = r
                .timeline
                .iter()
                .map(|row| {
                    let details = row.details(zone).join(" · ");
                    view! {
                        <li>
                            <strong>{row.label.clone()}</strong>
                            {format!(" · {} — ", row.when(zone))}
                            <span class="report__text"><LinkedText text=row.text.clone() /></span>
                            {(!details.is_empty()).then(|| view! { <span class="report__details report__text">{format!(" ({details})")}</span> })}
                            {row.warnings.iter().map(|w| view! { <span class="timeline__warning">{w.clone()}</span> }).collect_view()}
                        </li>
                    }
                })
                .collect_view();
            let untimed = r
                .untimed
                .iter()
                .map(|f| {
                    let source = (!f.source.is_empty()).then(|| format!(" (source: {})", f.source));
                    view! { <li><strong>{f.label.clone()}</strong>": "<span class="report__text"><LinkedText text=f.text.clone() />{source}</span></li> }
                })
                .collect_view();
            // No empty list: a screen reader announces one as "list, 0 items".
            let (has_timed, has_untimed) = (!r.timeline.is_empty(), !r.untimed.is_empty());
            view! {
                {(!has_timed).then(|| view! { <p class="report__none">"No fact has a time yet."</p> })}
                {has_timed.then(|| view! { <ul class="report__timeline" aria-label="Timeline">{timed}</ul> })}
                {has_untimed.then(|| view! {
                    <p><strong>"Facts without a time:"</strong></p>
                    <ul class="report__untimed" aria-label="Facts without a time">{untimed}</ul>
                })}
            }
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
                        <ul>{c.evidence.into_iter().map(|e| view! { <li class="report__text"><LinkedText text=e /></li> }).collect_view()}</ul>
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
            // May scroll sideways on a narrow desktop window (a phone stacks the rows): focusable
                // so a keyboard can scroll it too. Named for what it is, not how it scrolls.
            <div class="report__table-wrap" tabindex="0" role="region" aria-label="Actions table">
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
                                // Each cell names its column: on a phone the rows stack as
                                // cards, the header hidden, and each value shows its name
                                // (a sideways scroll hid the owner, due date and status).
                                let [c0, c1, c2, c3, c4, c5, c6, c7] = ACTION_COLUMNS;
                                view! {
                                    <tr>
                                        <td data-label=c0>{a.label}</td>
                                        <td data-label=c1 class="report__text">{a.description}</td>
                                        <td data-label=c2>{dash(a.kind.unwrap_or_default())}</td>
                                        <td data-label=c3>{a.priority}</td>
                                        <td data-label=c4 class="report__text">{dash(a.owner)}</td>
                                        <td data-label=c5 class:report__overdue=a.overdue>
                                            {dash(a.due.unwrap_or_default())}
                                            {a.overdue.then_some(" (overdue)")}
                                        </td>
                                        <td data-label=c6 class="report__text">{a.status}</td>
                                        <td data-label=c7>{dash(a.addresses.join(", "))}</td>
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
            {impact}
            <h4 class="report__section">"Facts"</h4>
            {timeline}
            <h4 class="report__section">"Causes"</h4>
            {causes}
            <h4 class="report__section">"Actions"</h4>
            {actions}
            {move || {
                report.with(|r| {
                    [("What went well", r.went_well.clone()), ("Lessons learned", r.lessons.clone())]
                        .into_iter()
                        .filter(|(_, text)| !text.is_empty())
                        .map(|(heading, text)| view! {
                            <h4 class="report__section">{heading}</h4>
                            <p class="report__text report__prose">{text}</p>
                        })
                        .collect_view()
                })
            }}
        </article>
    }
}
