//! The timeline: facts in the order they happened, in their recorded zone and the reader's,
//! with elapsed times and warnings about mixed zones and DST.

use leptos::prelude::*;

use crate::export::{Report, TIMELINE_COLUMNS};

/// The timeline table of a report, with a switch for the UTC column.
#[component]
pub fn TimelinePanel(
    /// The report whose timeline to show.
    #[prop(into)]
    report: Signal<Report>,
    /// Whether the UTC column starts visible.
    #[prop(optional)]
    utc: bool,
    /// Heading level text for screen readers ("Timeline").
    #[prop(into)]
    title: String,
    /// Whether to show the writer's advice about mixed zones (while writing facts; the
    /// report itself states its zones in one line instead).
    #[prop(optional)]
    advice: bool,
) -> impl IntoView {
    let show_utc = RwSignal::new(utc);
    let rows = Memo::new(move |_| report.with(|r| r.timeline.clone()));
    let untimed = Memo::new(move |_| report.with(|r| r.untimed.clone()));
    let mixed = Memo::new(move |_| report.with(|r| r.mixed_zones.clone().filter(|_| advice)));
    let zone = Memo::new(move |_| report.with(|r| r.zone.clone()));
    let time_order = Memo::new(move |_| report.with(|r| r.time_order.clone().filter(|_| advice)));
    let state = crate::state::use_app_state();
    let heading_id = format!("{}-title", title.to_lowercase().replace(' ', "-"));
    let labelled_by = heading_id.clone();
    let table_id = format!("{heading_id}-table");
    let order_focus = table_id.clone();
    view! {
        <section class="timeline" aria-labelledby=labelled_by>
            <div class="timeline__top">
                <h3 id=heading_id>{title}</h3>
                <label class="timeline__toggle">
                    <input type="checkbox" prop:checked=move || show_utc.get() on:change:target=move |ev| show_utc.set(ev.target().checked()) />
                    "Show UTC"
                </label>
            </div>
            {move || {
                mixed
                    .get()
                    .map(|text| {
                        view! {
                            <p class="warning" role="note">
                                <strong>"Mixed time zones. "</strong>
                                {text}
                            </p>
                        }
                    })
            }}
            {move || {
                time_order.get().map(|order| {
                    let table_id = order_focus.clone();
                    view! {
                        <p class="warning timeline__order" role="note">
                            "The facts are numbered in the order they were written, not the order they happened, so the report would read them out of order. "
                            <button
                                class="button button--small"
                                on:click=move |_| {
                                    let order = order.clone();
                                    state.edit(|d| d.reorder_facts(&order));
                                    // The button goes with the problem it solved: the
                                    // keyboard moves to the timeline it put in order.
                                    state.notices.info("Numbered the facts in time order.", None);
                                    crate::platform::focus_when_rendered(table_id.clone());
                                }
                            >
                                "Number facts in time order"
                            </button>
                        </p>
                    }
                })
            }}
            <Show when=move || !rows.with(Vec::is_empty) fallback=|| view! { <p class="step__empty">"No fact has a time yet."</p> }>
                // May scroll sideways on a narrow desktop window (a phone stacks the rows): focusable
                // so a keyboard can scroll it too. Named for what it is, not how it scrolls.
                <div class="timeline__wrap" id=table_id.clone() tabindex="0" role="region" aria-label="Timeline table">
                    // The UTC column is hidden by a class rather than left out: one switch for
                    // the table instead of a reactive cell in each of its rows.
                    <table class="timeline__table" class:timeline__table--utc=move || show_utc.get() aria-label="Timeline">
                        <thead>
                            <tr>
                                // The export's columns, with the reader's own time after "Recorded".
                                <th scope="col">{TIMELINE_COLUMNS[0]}</th>
                                <th scope="col">{TIMELINE_COLUMNS[1]}</th>
                                <th scope="col">{move || format!("Time ({})", zone.get())}</th>
                                <th scope="col" class="timeline__utc">{TIMELINE_COLUMNS[2]}</th>
                                <th scope="col">{TIMELINE_COLUMNS[3]}</th>
                                <th scope="col">{TIMELINE_COLUMNS[4]}</th>
                                <th scope="col">{TIMELINE_COLUMNS[5]}</th>
                                <th scope="col">{TIMELINE_COLUMNS[6]}</th>
                            </tr>
                        </thead>
                        <tbody>
                            {move || {
                                // Named in each time cell for the phone's cards, whose hidden
                                // header was the only place that said which zone it is.
                                let shown_zone = zone.get();
                                rows.get()
                                    .into_iter()
                                    .map(|row| {
                                        let has_utc = row.utc.is_some();
                                        let utc = row.utc.clone().unwrap_or_else(|| "—".to_owned());
                                        let warned = !row.warnings.is_empty();
                                        view! {
                                            <tr class:timeline__row--warned=warned>
                                                <td class="timeline__label">{row.label}</td>
                                                <td class="report__text">{row.recorded}</td>
                                                <td class="timeline__time">
                                                    {row.local.unwrap_or_else(|| "unknown zone".to_owned())}
                                                    <span class="timeline__zone">{format!(" {shown_zone}")}</span>
                                                </td>
                                                <td class="timeline__utc">{utc}{has_utc.then(|| view! { <span class="timeline__zone">" UTC"</span> })}</td>
                                                <td class="timeline__elapsed">{row.elapsed.unwrap_or_default()}</td>
                                                <td class="report__text">{row.source}</td>
                                                <td>{row.kind.unwrap_or_default()}</td>
                                                <td class="report__text timeline__fact">
                                                    {row.text}
                                                    {row
                                                        .warnings
                                                        .into_iter()
                                                        .map(|w| view! { <span class="timeline__warning">{w}</span> })
                                                        .collect_view()}
                                                </td>
                                            </tr>
                                        }
                                    })
                                    .collect_view()
                            }}
                        </tbody>
                    </table>
                </div>
            </Show>
            <Show when=move || !untimed.with(Vec::is_empty)>
                <p class="timeline__untimed-title">"Without a time:"</p>
                <ul class="timeline__untimed">
                    {move || {
                        untimed
                            .get()
                            .into_iter()
                            .map(|f| {
                                let source = (!f.source.is_empty()).then(|| format!(" (source: {})", f.source));
                                view! { <li><strong>{f.label}</strong> ": " <span class="report__text">{f.text}</span> {source}</li> }
                            })
                            .collect_view()
                    }}
                </ul>
            </Show>
        </section>
    }
}
