//! The report: what an exported post-mortem contains, computed once from the domain so the
//! Review step shows exactly what the export will say.
//! The report's parts live beside it: `impact.rs` (the figures) and `head.rs` (the lines
//! under the title, the zone, the incident window and the suggested summary).

mod head;
mod impact;

use chrono::{DateTime, NaiveDate, Utc};

use crate::domain::{
    format_elapsed, format_wall, wall_in, Action, Cause, Fact, Listed, Postmortem, Status,
    Timeline, Zone, ZoneRules,
};

pub use head::suggested_summary;
use head::{incident_window, report_zone, zones_line};
use impact::impact_lines;
pub use impact::{ImpactFigure, ImpactLine};

/// Zone rules that know only UTC: for tests and for contexts with no zone database.
pub struct UtcOnly;

impl ZoneRules for UtcOnly {
    fn offset_at(&self, zone: &str, _: DateTime<Utc>) -> Option<i32> {
        matches!(zone, "UTC" | "Etc/UTC").then_some(0)
    }
}

/// What the report needs from outside the document: the reader's date, zone and zone rules.
#[derive(Clone)]
pub struct ReportContext<'a> {
    /// Today's date for the reader (export date, file name, overdue actions).
    pub today: NaiveDate,
    /// The reader's time zone, for showing instants and facts recorded without a zone.
    pub zone: Zone,
    /// Where UTC offsets come from.
    pub rules: &'a dyn ZoneRules,
}

impl ReportContext<'static> {
    /// A context in UTC that knows no other zone (tests, and a safe default).
    pub fn utc(today: NaiveDate) -> Self {
        Self {
            today,
            zone: Zone::Utc,
            rules: &UtcOnly,
        }
    }
}

impl ReportContext<'_> {
    /// An instant as the reader's wall-clock time.
    pub fn local(&self, instant: DateTime<Utc>) -> String {
        match wall_in(instant, &self.zone, self.rules) {
            Some(wall) => format_wall(&wall),
            None => format!("{} UTC", format_wall(&instant.naive_utc())),
        }
    }

    /// An instant as the reader's wall-clock time, followed by the zone it is in: for a time
    /// that stands alone in a list or a sentence, where no column header names the zone.
    pub fn local_zoned(&self, instant: DateTime<Utc>) -> String {
        match wall_in(instant, &self.zone, self.rules) {
            Some(wall) => format!("{} {}", format_wall(&wall), self.zone.name()),
            None => format!("{} UTC", format_wall(&instant.naive_utc())),
        }
    }
}

/// The timeline table's columns in the Facts step (the export lists facts instead).
pub const TIMELINE_COLUMNS: [&str; 7] = [
    "#",
    "Recorded",
    "UTC",
    "Since the previous fact",
    "Source",
    "Kind",
    "Fact",
];

/// The actions table's columns, as the export and the Review step name them.
pub const ACTION_COLUMNS: [&str; 8] = [
    "#",
    "Action",
    "Type",
    "Priority",
    "Owner",
    "Due",
    "Status",
    "Addresses",
];

/// One timed fact, as the timeline table shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct TimelineRow {
    /// Its label ([`Listed::label`]).
    pub label: String,
    /// The time as recorded, with its zone.
    pub recorded: String,
    /// The same instant in UTC, when the zone is known.
    pub utc: Option<String>,
    /// The same instant in the reader's zone, when known.
    pub local: Option<String>,
    /// "+2 h 00 min" since the previous row.
    pub elapsed: Option<String>,
    /// Where the fact comes from.
    pub source: String,
    /// Event, detection, response or resolution.
    pub kind: Option<String>,
    /// What happened.
    pub text: String,
    /// Anything odd about the time.
    pub warnings: Vec<String>,
}

impl TimelineRow {
    /// The time a reader sees first: in the report's zone (`zone`), or as recorded when the
    /// fact cannot be placed.
    pub fn when(&self, zone: &str) -> String {
        match &self.local {
            Some(local) => format!("{local} {zone}"),
            None => self.recorded.clone(),
        }
    }

    /// What follows the fact: the time in UTC (unless the report is in UTC), the time since
    /// the previous fact, the time as recorded when that was another zone, the source and
    /// the kind. The export and the Review step both list these.
    pub fn details(&self, zone: &str) -> Vec<String> {
        let mut details = Vec::new();
        if let Some(utc) = self.utc.as_ref().filter(|_| zone != "UTC") {
            details.push(format!("{utc} UTC"));
        }
        if let Some(elapsed) = &self.elapsed {
            details.push(format!("{elapsed} since the previous fact"));
        }
        if self.local.is_some() && !self.recorded.ends_with(zone) {
            details.push(format!("recorded as {}", self.recorded));
        }
        if !self.source.is_empty() {
            details.push(format!("source: {}", self.source));
        }
        if let Some(kind) = &self.kind {
            details.push(kind.clone());
        }
        details
    }
}

/// A fact without a time.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FactLine {
    /// "F3".
    pub label: String,
    /// What happened.
    pub text: String,
    /// Where it comes from (may be empty).
    pub source: String,
}

/// One cause with its why-chain and evidence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CauseSection {
    /// "C1", "C2", …
    pub label: String,
    /// The cause.
    pub statement: String,
    /// "Root cause" or "Contributing cause".
    pub kind: String,
    /// Where in the system it lies.
    pub category: Option<String>,
    /// The non-empty answers to "why?", in order.
    pub whys: Vec<String>,
    /// The supporting facts, as "F2: text".
    pub evidence: Vec<String>,
    /// Labels of the actions that address it ("A1").
    pub addressed_by: Vec<String>,
    /// Why no action is needed, when decided.
    pub no_action_reason: Option<String>,
}

/// One row of the actions table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionRow {
    /// "A1", "A2", …
    pub label: String,
    /// What will change.
    pub description: String,
    /// Prevent, detect, mitigate or process.
    pub kind: Option<String>,
    /// High, medium or low.
    pub priority: String,
    /// Who owns it (may be empty).
    pub owner: String,
    /// Due date, formatted, if set.
    pub due: Option<String>,
    /// Past due and not finished.
    pub overdue: bool,
    /// Its status, with the reason for "won't do".
    pub status: String,
    /// Labels of the causes it addresses ("C1").
    pub addresses: Vec<String>,
}

/// The whole post-mortem as a document. Items with no text are left out (the hints say so).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// The title (never blank).
    pub title: String,
    /// Its status, with the date it was reached.
    pub status: String,
    /// The summary a reader sees first: the one written on Review, or else the one
    /// [`suggested_summary`] drafts from the facts, impact and root cause.
    pub summary: String,
    /// What the Review step offers as a starting point for the summary.
    pub suggested_summary: String,
    /// The incident's own window, "2026-10-14 17:00 – 2026-10-16 11:00 UTC (1 d 18 h)":
    /// from the first timed fact to the resolution (or the last timed fact).
    pub window: Option<String>,
    /// One short line on time zones: the one the report uses, and those facts were
    /// recorded in.
    pub zones_line: Option<String>,
    /// Who wrote it (may be empty).
    pub author: String,
    /// Who took part (may be empty).
    pub participants: String,
    /// When it is reviewed together.
    pub review_date: Option<String>,
    /// What went well (may be empty).
    pub went_well: String,
    /// Lessons learned (may be empty).
    pub lessons: String,
    /// When its content last changed, local date and time.
    pub last_edited: String,
    /// The export date.
    pub exported: String,
    /// The day the incident started in the reader's zone (its first timed fact), if known.
    pub incident_date: Option<NaiveDate>,
    /// The zone the report shows times in (chosen on Review, or the one most facts were
    /// recorded in).
    pub zone: String,
    /// Timed facts in time order.
    pub timeline: Vec<TimelineRow>,
    /// Facts without a time.
    pub untimed: Vec<FactLine>,
    /// Set when facts were recorded in different zones: advice for the writer, shown while
    /// writing, never in the report itself.
    pub mixed_zones: Option<String>,
    /// Impact figures, typed in and computed.
    pub impact: Vec<ImpactLine>,
    /// The causes.
    pub causes: Vec<CauseSection>,
    /// The actions.
    pub actions: Vec<ActionRow>,
    /// What is still missing, as sentences.
    pub gaps: Vec<String>,
    /// The facts' ids in the order they happened, when the list (and so the numbering) is
    /// in another order: the Facts step offers to renumber them.
    pub time_order: Option<Vec<crate::domain::ItemId>>,
}

fn non_blank(text: &str) -> bool {
    !text.trim().is_empty()
}

impl Report {
    /// Builds the report of a post-mortem.
    pub fn new(pm: &Postmortem, ctx: &ReportContext<'_>) -> Self {
        // Blank items are left out, but keep the label they have everywhere else
        // (`Listed::label`), so "F3" in the export is "F3" in the editor.
        let facts: Vec<_> = pm
            .facts
            .iter()
            .enumerate()
            .filter(|(_, f)| non_blank(&f.text))
            .collect();
        let causes: Vec<_> = pm
            .causes
            .iter()
            .enumerate()
            .filter(|(_, c)| non_blank(&c.statement))
            .collect();
        let actions: Vec<_> = pm
            .actions
            .iter()
            .enumerate()
            .filter(|(_, a)| non_blank(&a.description))
            .collect();
        let fact_label = |id| facts.iter().find(|(_, f)| f.id == id).copied();
        let cause_label = |id| {
            causes
                .iter()
                .find(|(_, c)| c.id == id)
                .map(|(i, _)| Cause::label(*i))
        };
        let action_label = |id| {
            actions
                .iter()
                .find(|(_, a)| a.id == id)
                .map(|(i, _)| Action::label(*i))
        };
        let timeline = Timeline::build(pm, ctx.rules, &ctx.zone);
        // Times read in the report's zone from here on.
        let shown = report_zone(pm, &timeline, ctx);
        let ctx = &ReportContext {
            zone: shown,
            ..ctx.clone()
        };

        let status = match (pm.status, pm.in_review_at, pm.closed_at) {
            (Status::InReview, Some(at), _) => format!("In review (since {})", ctx.local_zoned(at)),
            (Status::Closed, _, Some(at)) => format!("Closed (on {})", ctx.local_zoned(at)),
            (status, _, _) => status.label().to_owned(),
        };

        // Everything read from the whole timeline first: its rows are then moved into the
        // report rather than copied (a report of thousands of facts is built on every export).
        let window = incident_window(&timeline, ctx);
        let zones_line = zones_line(&timeline, ctx);
        let impact = impact_lines(pm, &timeline, ctx);
        let time_order = timeline.time_order(pm);
        let mut report = Report {
            title: pm.display_title().to_owned(),
            status,
            summary: String::new(),
            suggested_summary: String::new(),
            window,
            zones_line,
            author: pm.writeup.author.trim().to_owned(),
            participants: pm.writeup.participants.trim().to_owned(),
            review_date: pm.writeup.review_date.map(|d| d.to_string()),
            went_well: pm.writeup.went_well.trim().to_owned(),
            lessons: pm.writeup.lessons.trim().to_owned(),
            last_edited: ctx.local_zoned(pm.updated_at),
            exported: ctx.today.to_string(),
            incident_date: timeline
                .start
                .and_then(|start| wall_in(start, &ctx.zone, ctx.rules))
                .map(|wall| wall.date()),
            zone: ctx.zone.name().to_owned(),
            mixed_zones: timeline.mixed_zones,
            timeline: timeline
                .entries
                .into_iter()
                .map(|e| TimelineRow {
                    label: e.label,
                    recorded: if e.zone_recorded {
                        format!("{} {}", format_wall(&e.wall), e.zone)
                    } else {
                        format!(
                            "{} (zone not recorded; read as {})",
                            format_wall(&e.wall),
                            e.zone
                        )
                    },
                    utc: e.instant.map(|i| format_wall(&i.naive_utc())),
                    local: e.instant.map(|i| ctx.local(i)),
                    elapsed: e.since_previous.map(format_elapsed),
                    source: e.source,
                    kind: e.kind.map(|k| k.label().to_owned()),
                    text: e.text,
                    warnings: e.warnings,
                })
                .collect(),
            untimed: facts
                .iter()
                .filter(|(_, f)| f.when.is_none())
                .map(|(i, f)| FactLine {
                    label: Fact::label(*i),
                    text: f.text.trim().to_owned(),
                    source: f.source.trim().to_owned(),
                })
                .collect(),
            impact,
            causes: causes
                .iter()
                .map(|(i, c)| CauseSection {
                    label: Cause::label(*i),
                    statement: c.statement.trim().to_owned(),
                    kind: c.kind.label().to_owned(),
                    category: c.category.map(|k| k.label().to_owned()),
                    whys: c
                        .whys
                        .iter()
                        .filter(|w| non_blank(w))
                        .map(|w| w.trim().to_owned())
                        .collect(),
                    evidence: c
                        .evidence
                        .iter()
                        .filter_map(|id| fact_label(*id))
                        .map(|(i, f)| format!("{}: {}", Fact::label(i), f.text.trim()))
                        .collect(),
                    addressed_by: pm
                        .actions_for(c.id)
                        .filter_map(|a| action_label(a.id))
                        .collect(),
                    no_action_reason: c
                        .no_action_reason
                        .as_deref()
                        .map(str::trim)
                        .filter(|r| !r.is_empty())
                        .map(str::to_owned),
                })
                .collect(),
            actions: actions
                .iter()
                .map(|(i, a)| ActionRow {
                    label: Action::label(*i),
                    description: a.description.trim().to_owned(),
                    kind: a.kind.map(|k| k.label().to_owned()),
                    priority: a.priority.label().to_owned(),
                    owner: a.owner.trim().to_owned(),
                    due: a.due.map(|d| d.to_string()),
                    overdue: Postmortem::is_overdue(a, ctx.today),
                    status: match (a.status_reason.trim(), &a.verified) {
                        (reason, _)
                            if !reason.is_empty()
                                && a.status == crate::domain::ActionStatus::WontDo =>
                        {
                            format!("{}: {reason}", a.status.label())
                        }
                        // What a reader of the report wants to know of a done action:
                        // whether anyone checked that it works, and how.
                        (_, Some(v)) if a.status == crate::domain::ActionStatus::Done => {
                            format!("Done, verified {}: {}", v.on, v.note.trim())
                        }
                        _ => a.status.label().to_owned(),
                    },
                    addresses: a.causes.iter().filter_map(|id| cause_label(*id)).collect(),
                })
                .collect(),
            gaps: pm
                .hints_with_zones(ctx.rules)
                .into_iter()
                .map(|h| h.message)
                .collect(),
            time_order,
        };
        report.suggested_summary = suggested_summary(pm, &report);
        report.summary = match pm.writeup.summary.trim() {
            "" => report.suggested_summary.clone(),
            written => written.to_owned(),
        };
        report
    }
}
