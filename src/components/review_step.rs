//! Step 4, Review: what is still missing, the post-mortem as it will be exported, and export.

use leptos::prelude::*;

use super::{ExportPanel, GoToStep, PeoplePanel, ReportView, StepGuidance, WriteupPanel};
use crate::domain::limits::ItemList;
use crate::domain::{Hint, HintKind, Postmortem, Step};
use crate::export::{as_exported, Report};
use crate::findings::{all_open, count_by_kind, Detail, Part};
use crate::platform;
use crate::state::use_app_state;

/// Shows the gaps, the report and the export buttons.
#[component]
pub fn ReviewStep() -> impl IntoView {
    let state = use_app_state();
    // What the page shows is what the export and print say: with names replaced by roles
    // when the post-mortem says so (printing prints this view).
    let report = state.settled_memo(|d| Report::new(&as_exported(d), &platform::report_context()));
    let hints = state.settled_memo(|pm: &Postmortem| pm.hints_with_zones(&platform::IntlZones));
    let coach = state.settled_memo(all_open);
    // Figures typed on Facts that are not numbers, kept for the tab and not saved: read
    // once, as Review opens (they change only on Facts).
    let unsaved = state
        .doc
        .with_untracked(super::impact_panel::unsaved_figures);
    let any_unsaved = !unsaved.is_empty();
    let coach_summary = move || {
        coach.with(|found| {
            let counts = count_by_kind(found)
                .into_iter()
                .map(|(kind, n)| format!("{n} {}", kind.label().to_lowercase()))
                .collect::<Vec<_>>()
                .join(", ");
            match found.len() {
                0 => "No open notes from the blameless coach.".to_owned(),
                1 => format!("1 open note from the blameless coach ({counts})."),
                n => format!("{n} open notes from the blameless coach ({counts})."),
            }
        })
    };
    view! {
        <section class="step" aria-label="Review">
            <StepGuidance step=Step::Review />
            <section class="hints" aria-labelledby="hints-title">
                <h3 id="hints-title">"Still open"</h3>
                <Show
                    when=move || any_unsaved || !hints.with(Vec::is_empty)
                    fallback=|| view! { <p class="hints__none">"Nothing missing: every cause has an action, and every action an owner and a due date."</p> }
                >
                    <ul class="hints__list">
                        {move || {
                            hints
                                .get()
                                .into_iter()
                                .enumerate()
                                .map(|(i, hint)| {
                                    let step = hint.step;
                                    let field = state.doc.with_untracked(|d| hint_field(d, &hint));
                                    let said = format!("hint-{i}");
                                    view! {
                                        <li class="hints__item">
                                            <span id=said.clone()>{hint.message}</span>
                                            " "
                                            <GoToStep step field described_by=Some(said) />
                                        </li>
                                    }
                                })
                                .collect_view()
                        }}
                        {unsaved
                            .iter()
                            .enumerate()
                            .map(|(i, (figure, message))| {
                                let said = format!("unsaved-figure-{i}");
                                view! {
                                    <li class="hints__item">
                                        <span id=said.clone()>{message.clone()}</span>
                                        " "
                                        <GoToStep step=Step::Facts field=Some(figure.id.to_owned()) described_by=Some(said) />
                                    </li>
                                }
                            })
                            .collect_view()}
                    </ul>
                </Show>
            </section>
            <section class="coach-summary" aria-labelledby="coach-title">
                <h3 id="coach-title">"Blameless language"</h3>
                <p>{coach_summary}</p>
                <ul class="coach-summary__list">
                    {move || {
                        coach
                            .get()
                            .into_iter()
                            .enumerate()
                            .map(|(i, located)| {
                                let step = located.step;
                                let field = Some(located.part.field_id());
                                let said = format!("coach-note-{i}");
                                view! {
                                    <li>
                                        <span id=said.clone()>
                                            <strong>{located.place}</strong>
                                            ": "
                                            <mark class="coach__phrase">{located.finding.phrase}</mark>
                                            " — "
                                            {located.finding.problem}
                                        </span>
                                        " "
                                        <GoToStep step field described_by=Some(said) />
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </section>
            <WriteupPanel report />
            <PeoplePanel />
            <ExportPanel report open_notes=Signal::derive(move || coach.with(Vec::len)) />
            // Shown only on paper, at the top of every printed page (style/print.css).
            <div class="print-head" aria-hidden="true">
                {move || report.with(|r| format!("{} · {}", r.title, r.exported))}
            </div>
            <ReportView report />
        </section>
    }
}

/// The field a hint's "Go to" link puts the keyboard in: the one to fill in (the title, an
/// action's owner or due date, a fact's zone or time), else the item's text; none when the
/// item is not on the step the link goes to ("a cause with no action" goes to Actions).
fn hint_field(pm: &Postmortem, hint: &Hint) -> Option<String> {
    // The title sits above every step.
    if hint.kind == HintKind::NoTitle {
        return Some(Part::Title.field_id());
    }
    let (id, list) = (hint.item?, ItemList::of_step(hint.step)?);
    let on_step = match list {
        ItemList::Facts => pm.fact(id).is_some(),
        ItemList::Causes => pm.cause(id).is_some(),
        ItemList::Actions => pm.action(id).is_some(),
    };
    let detail = match hint.kind {
        HintKind::ActionWithoutOwner => Some(Detail::ActionOwner),
        HintKind::ActionWithoutDueDate
        | HintKind::ActionDueBeforeIncident
        | HintKind::ActionDueFarOff => Some(Detail::ActionDue),
        HintKind::FactZoneUnknown => Some(Detail::FactZone),
        HintKind::FactYearMistyped | HintKind::FactInFuture => Some(Detail::FactWhen),
        _ => None,
    };
    on_step.then(|| match detail {
        Some(detail) => detail.field_id(id),
        None => Part::of_item(list, id).field_id(),
    })
}
