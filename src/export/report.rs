//! The report: what an exported post-mortem contains, computed once from the domain so the
//! Review step shows exactly what the export will say.

use chrono::{DateTime, FixedOffset, NaiveDate, Utc};

use crate::domain::{Postmortem, Step};

/// What the report needs from outside the document: the reader's clock and time zone.
#[derive(Clone, Copy, Debug)]
pub struct ReportContext {
    /// Today's date for the reader (export date, file name).
    pub today: NaiveDate,
    /// The reader's UTC offset, for showing stored instants as local times.
    pub offset: FixedOffset,
}

impl ReportContext {
    /// A context in UTC (tests, and a safe default).
    pub fn utc(today: NaiveDate) -> Self {
        Self {
            today,
            offset: FixedOffset::east_opt(0).unwrap_or_else(|| unreachable!()),
        }
    }

    fn local(&self, instant: DateTime<Utc>) -> String {
        instant
            .with_timezone(&self.offset)
            .format("%Y-%m-%d %H:%M")
            .to_string()
    }
}

/// One fact as listed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FactLine {
    /// "F1", "F2", … in the order of the facts.
    pub label: String,
    /// When it happened, formatted, if known.
    pub when: Option<String>,
    /// What happened.
    pub text: String,
}

/// One cause with its why-chain and evidence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CauseSection {
    /// "C1", "C2", …
    pub label: String,
    /// The cause.
    pub statement: String,
    /// The non-empty answers to "why?", in order.
    pub whys: Vec<String>,
    /// The supporting facts, as "F2: text".
    pub evidence: Vec<String>,
    /// Labels of the actions that address it ("A1").
    pub addressed_by: Vec<String>,
}

/// One row of the actions table.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ActionRow {
    /// "A1", "A2", …
    pub label: String,
    /// What will change.
    pub description: String,
    /// Who owns it (may be empty).
    pub owner: String,
    /// Due date, formatted, if set.
    pub due: Option<String>,
    /// "Open" or "Done".
    pub status: String,
    /// Labels of the causes it addresses ("C1").
    pub addresses: Vec<String>,
}

/// The whole post-mortem as a document. Items with no text are left out (the hints say so).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// The title (never blank).
    pub title: String,
    /// Its status, as read.
    pub status: String,
    /// When it was started, local date.
    pub started: String,
    /// When its content last changed, local date and time.
    pub last_edited: String,
    /// The export date.
    pub exported: String,
    /// The facts, in the user's order.
    pub facts: Vec<FactLine>,
    /// The causes.
    pub causes: Vec<CauseSection>,
    /// The actions.
    pub actions: Vec<ActionRow>,
    /// What is still missing, as sentences.
    pub gaps: Vec<String>,
}

fn non_blank(text: &str) -> bool {
    !text.trim().is_empty()
}

impl Report {
    /// Builds the report of a post-mortem.
    pub fn new(pm: &Postmortem, ctx: &ReportContext) -> Self {
        // Labels are given to the items that are exported, so "F3" in evidence always
        // names the third listed fact.
        let facts: Vec<_> = pm.facts.iter().filter(|f| non_blank(&f.text)).collect();
        let causes: Vec<_> = pm
            .causes
            .iter()
            .filter(|c| non_blank(&c.statement))
            .collect();
        let actions: Vec<_> = pm
            .actions
            .iter()
            .filter(|a| non_blank(&a.description))
            .collect();
        let fact_label = |id| {
            facts
                .iter()
                .position(|f| f.id == id)
                .map(|i| (format!("F{}", i + 1), i))
        };
        let cause_label = |id| {
            causes
                .iter()
                .position(|c| c.id == id)
                .map(|i| format!("C{}", i + 1))
        };
        let action_label = |id| {
            actions
                .iter()
                .position(|a| a.id == id)
                .map(|i| format!("A{}", i + 1))
        };

        Report {
            title: pm.display_title().to_owned(),
            status: pm.status.label().to_owned(),
            started: pm
                .created_at
                .with_timezone(&ctx.offset)
                .date_naive()
                .to_string(),
            last_edited: ctx.local(pm.updated_at),
            exported: ctx.today.to_string(),
            facts: facts
                .iter()
                .enumerate()
                .map(|(i, f)| FactLine {
                    label: format!("F{}", i + 1),
                    when: f.when.map(|w| w.format("%Y-%m-%d %H:%M").to_string()),
                    text: f.text.trim().to_owned(),
                })
                .collect(),
            causes: causes
                .iter()
                .enumerate()
                .map(|(i, c)| CauseSection {
                    label: format!("C{}", i + 1),
                    statement: c.statement.trim().to_owned(),
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
                        .map(|(label, i)| format!("{label}: {}", facts[i].text.trim()))
                        .collect(),
                    addressed_by: pm
                        .actions_for(c.id)
                        .filter_map(|a| action_label(a.id))
                        .collect(),
                })
                .collect(),
            actions: actions
                .iter()
                .enumerate()
                .map(|(i, a)| ActionRow {
                    label: format!("A{}", i + 1),
                    description: a.description.trim().to_owned(),
                    owner: a.owner.trim().to_owned(),
                    due: a.due.map(|d| d.to_string()),
                    status: a.status.label().to_owned(),
                    addresses: a.causes.iter().filter_map(|id| cause_label(*id)).collect(),
                })
                .collect(),
            gaps: pm.hints().into_iter().map(|h| h.message).collect(),
        }
    }

    /// Whether the step has anything to show.
    pub fn is_empty_at(&self, step: Step) -> bool {
        match step {
            Step::Facts => self.facts.is_empty(),
            Step::Causes => self.causes.is_empty(),
            Step::Actions => self.actions.is_empty(),
            Step::Review => false,
        }
    }
}
