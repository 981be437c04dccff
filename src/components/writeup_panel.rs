//! The report's own parts, written on Review: the summary a reader sees first (with a draft
//! built from the facts), what went well, lessons learned, who wrote it and took part, the
//! review date, and the time zone the report is shown in.

use leptos::prelude::*;

use super::DateField;
use crate::domain::{limits, parse_date, WriteupText};
use crate::export::Report;
use crate::state::use_app_state;

/// The write-up's text areas: which field, its id, label and placeholder. Rendered by one
/// loop: one copy of the view code in the wasm rather than one per field.
const AREAS: [(WriteupText, &str, &str, &str); 3] = [
    (
        WriteupText::Summary,
        "writeup-summary",
        "Summary",
        "One paragraph: what happened, the impact, the root cause and what changes.",
    ),
    (
        WriteupText::WentWell,
        "writeup-went-well",
        "What went well",
        "What helped, to keep doing. e.g. Support spotted the rejected code within 5 minutes.",
    ),
    (
        WriteupText::Lessons,
        "writeup-lessons",
        "Lessons learned",
        "What the business now knows, beyond the actions.",
    ),
];

/// The write-up's one-line fields, as [`AREAS`].
const LINES: [(WriteupText, &str, &str, &str); 2] = [
    (
        WriteupText::Author,
        "writeup-author",
        "Author",
        "e.g. shop owner (a role is enough)",
    ),
    (
        WriteupText::Participants,
        "writeup-participants",
        "Participants",
        "e.g. marketing lead, support lead",
    ),
];

/// Edits the summary and the rest of the write-up.
#[component]
pub fn WriteupPanel(
    /// The report, for the suggested summary and the zones facts were recorded in.
    #[prop(into)]
    report: Signal<Report>,
) -> impl IntoView {
    let state = use_app_state();
    let written = Memo::new(move |_| state.doc.with(|d| !d.writeup.summary.trim().is_empty()));
    let suggestion = Memo::new(move |_| report.with(|r| r.suggested_summary.clone()));
    let chosen_zone = Memo::new(move |_| {
        state
            .doc
            .with(|d| d.writeup.report_zone.clone().unwrap_or_default())
    });
    // The zones the reader may want: those facts were recorded in, and UTC.
    let zones = Memo::new(move |_| {
        state.doc.with(|d| {
            let mut zones: Vec<String> = Vec::new();
            for zone in d.facts.iter().filter_map(|f| f.zone.as_deref()) {
                let zone = zone.trim();
                if !zone.is_empty() && !zones.iter().any(|z| z == zone) {
                    zones.push(zone.to_owned());
                }
            }
            if !zones.iter().any(|z| z == "UTC") {
                zones.push("UTC".to_owned());
            }
            zones
        })
    });
    let shown = Memo::new(move |_| report.with(|r| r.zone.clone()));
    let area = move |k: usize| {
        let (which, id, label, placeholder) = AREAS[k];
        view! {
            <div class="field">
                <label for=id>{label}</label>
                <textarea
                    id=id
                    maxlength=limits::TEXT_CHARS
                    rows="3"
                    placeholder=placeholder
                    prop:value=move || state.doc.with(|d| d.writeup.text(which).to_owned())
                    on:input:target=move |ev| {
                        let value = ev.target().value();
                        state.edit_document(|d| d.set_writeup_text(which, value));
                    }
                ></textarea>
            </div>
        }
    };
    view! {
        <section class="writeup" aria-labelledby="writeup-title">
            <h3 id="writeup-title">"Summary and write-up"</h3>
            <p class="writeup__hint">
                "What a co-founder, an agency or a wiki reader sees first. All optional; the summary is drafted from your facts until you write one."
            </p>
            {area(0)}
            <Show when=move || !written.get() && !suggestion.with(String::is_empty)>
                <div class="writeup__suggestion" role="note" aria-label="Suggested summary">
                    <p><strong>"Drafted from your post-mortem: "</strong>{move || suggestion.get()}</p>
                    <button
                        class="button button--small"
                        on:click=move |_| {
                            let text = suggestion.get_untracked();
                            state.edit_document(|d| d.set_writeup_text(WriteupText::Summary, text));
                            crate::platform::focus_id("writeup-summary");
                        }
                    >
                        "Use this draft"
                    </button>
                </div>
            </Show>
            {area(1)}
            {area(2)}
            <div class="writeup__row">
                {LINES
                    .into_iter()
                    .map(|(which, id, label, placeholder)| {
                        view! {
                            <div class="field">
                                <label for=id>{label}</label>
                                <input
                                    id=id
                                    type="text"
                                    maxlength=limits::SHORT_CHARS
                                    placeholder=placeholder
                                    prop:value=move || state.doc.with(|d| d.writeup.text(which).to_owned())
                                    on:input:target=move |ev| {
                                        let value = ev.target().value();
                                        state.edit_document(|d| d.set_writeup_text(which, value));
                                    }
                                />
                            </div>
                        }
                    })
                    .collect_view()}
                <DateField
                    id="writeup-review-date"
                    label=Signal::derive(|| "Review date".to_owned())
                    kind="date"
                    value=Signal::derive(move || state.doc.with(|d| d.writeup.review_date.map(|d| d.to_string()).unwrap_or_default()))
                    readable=|t| parse_date(t).is_some()
                    on_change=Callback::new(move |text: String| {
                        let date = parse_date(&text);
                        state.edit_document(|d| d.set_review_date(date));
                    })
                />
                <div class="field">
                    <label for="writeup-zone">"Report time zone"</label>
                    <select
                        id="writeup-zone"
                        prop:value=move || chosen_zone.get()
                        on:change:target=move |ev| {
                            let zone = ev.target().value();
                            state.edit_document(|d| d.set_report_zone(Some(zone)));
                        }
                    >
                        <option value="">
                            {move || {
                                // The zone first: a phone's narrow select cut the old
                                // "Where most facts were recorded (Ameri…" before it.
                                // "Automatic" tells it from the same zone listed below,
                                // which stays put as facts are added.
                                if chosen_zone.with(String::is_empty) {
                                    format!("{} (automatic: most facts' zone)", shown.get())
                                } else {
                                    "Automatic: most facts' zone".to_owned()
                                }
                            }}
                        </option>
                        {move || {
                            zones
                                .get()
                                .into_iter()
                                .map(|zone| view! { <option value=zone.clone() selected=chosen_zone.get_untracked() == zone>{zone.clone()}</option> })
                                .collect_view()
                        }}
                    </select>
                </div>
            </div>
        </section>
    }
}
