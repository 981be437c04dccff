//! Markdown back in: reads a file Hindsight exported, hand-edited or not, into a new
//! post-mortem. Only the structure Hindsight writes is read (title, head, impact, the facts'
//! list, causes, the actions' table, the write-up), line by line, which costs a few
//! kilobytes of wasm where a Markdown parser would cost sixty. Anything else is refused
//! with the line where it stopped making sense, and nothing is half-imported. Pure.

mod inline;
mod sections;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};

use super::report::ReportContext;
use crate::domain::{
    parse_date, resolve, ActionKind, ActionStatus, Category, CauseKind, FactKind, ItemId,
    Postmortem, PostmortemId, Priority, Status, Zone,
};

pub use inline::unescape;
use inline::{logical_lines, quote, Line};
use sections::{read_actions, read_causes, read_facts, read_impact, read_instant, read_wall};

/// Why a Markdown file could not be read: the line (1-based) and what was wrong there.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ReadError {
    /// Where it stopped making sense.
    pub line: usize,
    /// What was expected there.
    pub problem: String,
}

impl std::fmt::Display for ReadError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "Line {}: {} Nothing was imported.",
            crate::domain::format_count(self.line as u64),
            self.problem
        )
    }
}

pub(super) fn fail<T>(line: usize, problem: impl Into<String>) -> Result<T, ReadError> {
    Err(ReadError {
        line,
        problem: problem.into(),
    })
}

/// A fact as read: its place in the list (when numbered) and its fields.
#[derive(Default)]
struct FactIn {
    place: Option<usize>,
    text: String,
    when: Option<NaiveDateTime>,
    zone: Option<String>,
    source: String,
    kind: Option<FactKind>,
}

#[derive(Default)]
struct CauseIn {
    place: usize,
    statement: String,
    kind: CauseKind,
    category: Option<Category>,
    whys: Vec<String>,
    evidence: Vec<usize>,
    no_action_reason: Option<String>,
}

#[derive(Default)]
struct ActionIn {
    place: Option<usize>,
    description: String,
    kind: Option<ActionKind>,
    priority: Priority,
    owner: String,
    due: Option<NaiveDate>,
    status: ActionStatus,
    status_reason: String,
    verified: Option<(NaiveDate, String)>,
    causes: Vec<usize>,
}

/// Reads a Hindsight Markdown export into a new post-mortem with id `id`. `ctx` is the
/// reader's context (its zone reads "Last edited"); `now` stands for times the file does
/// not give.
pub fn from_markdown(
    md: &str,
    id: PostmortemId,
    ctx: &ReportContext<'_>,
    now: DateTime<Utc>,
) -> Result<Postmortem, ReadError> {
    let lines = logical_lines(md.strip_prefix('\u{feff}').unwrap_or(md));
    let mut lines = lines.iter().map(|(n, l)| (*n, l.as_str())).peekable();
    let skip_blank = |lines: &mut std::iter::Peekable<_>| {
        while let Some((_, l)) = lines.peek() {
            let l: &&str = l;
            if l.trim().is_empty() {
                lines.next();
            } else {
                break;
            }
        }
    };
    skip_blank(&mut lines);
    let Some((first, title_line)) = lines.next() else {
        return fail(1, "the file is empty.");
    };
    let Some(title) = title_line.strip_prefix("# ") else {
        return fail(
            first,
            format!(
                "a Markdown file exported by Hindsight starts with “# ” and the title; this one starts with {}.",
                quote(title_line)
            ),
        );
    };
    let mut pm = Postmortem::new(id, unescape(title).trim(), now);
    let mut summary = Vec::new();
    let mut report_zone: Option<String> = None;
    let mut status_since = None;
    // The last line read, for a file that ends before it has said enough.
    let mut last_line = first;
    // The head: the summary paragraph and "- **Label:** value" lines, until a section.
    while let Some(&(n, line)) = lines.peek() {
        if line.starts_with("## ") {
            break;
        }
        lines.next();
        last_line = n;
        let line = line.trim();
        if line.is_empty()
            || line == "*A blameless post-mortem: it looks at the system, not at people.*"
        {
            continue;
        }
        if let Some(rest) = line.strip_prefix("- **") {
            let Some((label, value)) = rest.split_once(":** ") else {
                return fail(
                    n,
                    format!(
                        "expected “- **Label:** value” under the title, found {}.",
                        quote(line)
                    ),
                );
            };
            let value = unescape(value);
            match label {
                "Status" => {
                    // "In review (since 2026-11-28 09:00)": the label, and when it was reached.
                    let (label, since) = match value
                        .split_once(" (since ")
                        .or_else(|| value.split_once(" (on "))
                    {
                        Some((label, since)) => (label, read_wall(since.get(..16).unwrap_or(""))),
                        None => (value.as_str(), None),
                    };
                    let Some(status) = Status::ALL.into_iter().find(|s| s.label() == label) else {
                        return fail(
                            n,
                            format!(
                                "the status {} is not Draft, In review or Closed.",
                                quote(&value)
                            ),
                        );
                    };
                    // When, in the report's zone: known once the "Times" line is read.
                    status_since = Some((status, since));
                }
                "Author" => pm.set_writeup_text(crate::domain::WriteupText::Author, value),
                "Participants" => {
                    pm.set_writeup_text(crate::domain::WriteupText::Participants, value);
                }
                "Review date" => match parse_date(&value) {
                    Some(date) => pm.set_review_date(Some(date)),
                    None => {
                        return fail(
                            n,
                            format!(
                                "the review date {} is not a date (2026-12-04).",
                                quote(&value)
                            ),
                        )
                    }
                },
                "Times" => {
                    // "America/New_York, with UTC alongside; …" or "UTC." : the zone first.
                    let zone = value.split([',', ';']).next().unwrap_or("");
                    let zone = zone.trim().trim_end_matches('.');
                    report_zone = Some(zone.to_owned()).filter(|z| !z.is_empty());
                }
                "Last edited" => pm.updated_at = read_instant(&value, ctx).unwrap_or(now),
                // Derived from the rest, or the export's own date.
                "Incident" | "Exported" => {}
                other => {
                    return fail(
                        n,
                        format!(
                            "{} is not a line Hindsight writes under the title.",
                            quote(other)
                        ),
                    )
                }
            }
        } else {
            summary.push(unescape(line));
        }
    }
    pm.set_writeup_text(crate::domain::WriteupText::Summary, summary.join("\n"));
    if let Some((status, since)) = status_since {
        let zone = report_zone
            .as_deref()
            .and_then(|z| Zone::parse(z, ctx.rules))
            .unwrap_or_else(|| ctx.zone.clone());
        let at = since.and_then(|wall| resolve(wall, &zone, ctx.rules));
        pm.set_status(status, at.map_or(now, |r| r.instant));
    }
    let mut facts: Vec<FactIn> = Vec::new();
    let mut causes: Vec<CauseIn> = Vec::new();
    let mut actions: Vec<ActionIn> = Vec::new();
    // Every export has a Facts section, even with no fact in it: a file without one is some
    // other Markdown ("# Grocery list" and a few bullets), which would come in as an empty
    // post-mortem with its text silently gone.
    let mut has_facts = false;
    while let Some((n, heading)) = lines.next() {
        last_line = n;
        let section = heading.trim();
        if section.is_empty() {
            continue;
        }
        let body = take_section(&mut lines);
        match section {
            "## Impact" => read_impact(&body, &mut pm)?,
            "## Facts" => {
                has_facts = true;
                facts = read_facts(&body, report_zone.as_deref())?;
            }
            "## Causes" => causes = read_causes(&body)?,
            "## Actions" => actions = read_actions(&body)?,
            "## What went well" => {
                pm.set_writeup_text(crate::domain::WriteupText::WentWell, paragraph(&body));
            }
            "## Lessons learned" => {
                pm.set_writeup_text(crate::domain::WriteupText::Lessons, paragraph(&body));
            }
            // Derived from the rest: the gaps are found again.
            "## Still open" => {}
            other => {
                return fail(
                    n,
                    format!(
                        "{} is not a section Hindsight writes (Impact, Facts, Causes, Actions, What went well, Lessons learned, Still open).",
                        quote(other)
                    ),
                )
            }
        }
    }
    if !has_facts {
        return fail(
            last_line,
            "the file has no “## Facts” section, which every file Hindsight exports has: it does not look like a Hindsight post-mortem.",
        );
    }
    pm.set_report_zone(report_zone);
    build(pm, facts, causes, actions)
}

/// The lines up to the next `## ` section.
fn take_section<'a, I: Iterator<Item = Line<'a>>>(
    lines: &mut std::iter::Peekable<I>,
) -> Vec<Line<'a>> {
    let mut body = Vec::new();
    while let Some(&(n, line)) = lines.peek() {
        if line.starts_with("## ") {
            break;
        }
        lines.next();
        if !line.trim().is_empty() {
            body.push((n, line));
        }
    }
    body
}

fn paragraph(body: &[Line<'_>]) -> String {
    body.iter()
        .map(|(_, l)| unescape(l.trim()))
        .collect::<Vec<_>>()
        .join("\n")
}

/// Puts `items` at the places their labels name (blank items filling the gaps, so every
/// number stays what it was), items without a number after them.
fn placed<T: Default>(items: Vec<T>, place: impl Fn(&T) -> Option<usize>) -> Vec<T> {
    let mut numbered: Vec<(usize, T)> = Vec::new();
    let mut loose = Vec::new();
    for item in items {
        match place(&item) {
            Some(p) if !numbered.iter().any(|(q, _)| *q == p) => numbered.push((p, item)),
            _ => loose.push(item),
        }
    }
    crate::sort::sort_by(&mut numbered, |a, b| a.0.cmp(&b.0));
    let mut out = Vec::new();
    for (p, item) in numbered {
        while out.len() + 1 < p {
            out.push(T::default());
        }
        out.push(item);
    }
    out.extend(loose);
    out
}

fn build(
    mut pm: Postmortem,
    facts: Vec<FactIn>,
    causes: Vec<CauseIn>,
    actions: Vec<ActionIn>,
) -> Result<Postmortem, ReadError> {
    let facts = placed(facts, |f| f.place);
    let causes = placed(causes, |c| (c.place > 0).then_some(c.place));
    let actions = placed(actions, |a| a.place);
    let fact_ids: Vec<ItemId> = facts
        .into_iter()
        .map(|f| {
            let id = pm.add_fact(f.text);
            pm.set_fact_when(id, f.when);
            pm.set_fact_zone(id, f.zone);
            pm.set_fact_source(id, f.source);
            pm.set_fact_kind(id, f.kind);
            id
        })
        .collect();
    let mut cause_ids = Vec::new();
    for c in causes {
        let id = pm.add_cause(c.statement);
        pm.set_cause_kind(id, c.kind);
        pm.set_cause_category(id, c.category);
        for why in c.whys {
            pm.add_why(id);
            let last = pm.cause(id).map_or(0, |x| x.whys.len() - 1);
            pm.set_why(id, last, why);
        }
        for f in c.evidence {
            if let Some(fact) = fact_ids.get(f - 1) {
                pm.set_evidence(id, *fact, true);
            }
        }
        pm.set_no_action_reason(id, c.no_action_reason);
        cause_ids.push(id);
    }
    for a in actions {
        let id = pm.add_action(a.description);
        pm.set_action_owner(id, a.owner);
        pm.set_action_due(id, a.due);
        pm.set_action_kind(id, a.kind);
        pm.set_action_priority(id, a.priority);
        pm.set_action_status(id, a.status);
        pm.set_action_status_reason(id, a.status_reason);
        if let Some((on, note)) = a.verified {
            // A hand-edited note may be blank: the status says verified, so it stays so.
            if pm.verify_action(id, on, &note).is_err() {
                let _ = pm.verify_action(id, on, "(no note)");
            }
        }
        for c in a.causes {
            if let Some(cause) = cause_ids.get(c - 1) {
                pm.set_action_cause(id, *cause, true);
            }
        }
    }
    pm.check_limits().map_err(|problem| ReadError {
        line: 1,
        problem: format!("the post-mortem is larger than Hindsight accepts: {problem}."),
    })?;
    Ok(pm)
}
