//! Markdown back in: reads a file Hindsight exported, hand-edited or not, into a new
//! post-mortem. Only the structure Hindsight writes is read (title, head, impact, the facts'
//! list, causes, the actions' table, the write-up), line by line, which costs a few
//! kilobytes of wasm where a Markdown parser would cost sixty. Anything else is refused
//! with the line where it stopped making sense, and nothing is half-imported. Pure.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};

use super::report::ReportContext;
use crate::domain::{
    parse_amount, parse_count, parse_date, resolve, ActionKind, ActionStatus, Category, CauseKind,
    Count, FactKind, ItemId, Postmortem, PostmortemId, Priority, Status, Zone,
};

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

/// The text a reader sees of escaped inline Markdown: backslash escapes and invisible
/// breaks removed, autolinks unwrapped.
pub fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while let Some(c) = text[i..].chars().next() {
        let rest = &text[i..];
        if c == '\\' {
            match rest[1..].chars().next() {
                Some(next) if next.is_ascii_punctuation() => {
                    out.push(next);
                    i += 2;
                }
                _ => {
                    out.push('\\');
                    i += 1;
                }
            }
        } else if let Some(after) = rest.strip_prefix("&#8203;") {
            // The writer's invisible break after a reference sigil.
            i = text.len() - after.len();
        } else if let Some((link, len)) = autolink(rest) {
            out.push_str(link);
            i += len;
        } else {
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

/// A web address the writer wrapped in `<…>`, and the length of the whole.
fn autolink(rest: &str) -> Option<(&str, usize)> {
    let inner = rest.strip_prefix('<')?;
    let end = inner.find('>')?;
    let link = &inner[..end];
    let web = link.starts_with("http://") || link.starts_with("https://");
    (web && !link.contains([' ', '<', '\n'])).then_some((link, end + 2))
}

/// The text of one table cell: like [`unescape`], with `<br>` as a line break and a lone
/// dash as empty.
fn unescape_cell(cell: &str) -> String {
    let cell = cell.trim();
    if cell == "—" {
        return String::new();
    }
    unescape(&cell.replace("<br>", "\n"))
}

/// A physical line and its number.
type Line<'a> = (usize, &'a str);

/// The logical lines: a line ending in an unescaped backslash (a hard break) continues on
/// the next one, indented; they are joined with `\n`.
fn logical_lines(md: &str) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut continuing = false;
    for (i, raw) in md.split('\n').enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if continuing {
            if let Some((_, last)) = out.last_mut() {
                last.push_str(line.trim_start());
            }
        } else {
            out.push((i + 1, line.to_owned()));
        }
        let trailing = line.bytes().rev().take_while(|b| *b == b'\\').count();
        continuing = trailing % 2 == 1;
        if continuing {
            if let Some((_, last)) = out.last_mut() {
                last.pop();
                last.push('\n');
            }
        }
    }
    out
}

fn fail<T>(line: usize, problem: impl Into<String>) -> Result<T, ReadError> {
    Err(ReadError {
        line,
        problem: problem.into(),
    })
}

fn quote(text: &str) -> String {
    crate::text::quoted(text, 40)
}

/// The number in a label such as "F3" (1-based).
fn label_number(label: &str, letter: char) -> Option<usize> {
    let n: usize = label.trim().strip_prefix(letter)?.parse().ok()?;
    (1..=crate::domain::limits::ITEMS).contains(&n).then_some(n)
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
    // The head: the summary paragraph and "- **Label:** value" lines, until a section.
    while let Some(&(n, line)) = lines.peek() {
        if line.starts_with("## ") {
            break;
        }
        lines.next();
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
    while let Some((n, heading)) = lines.next() {
        let section = heading.trim();
        if section.is_empty() {
            continue;
        }
        let body = take_section(&mut lines);
        match section {
            "## Impact" => read_impact(&body, &mut pm)?,
            "## Facts" => facts = read_facts(&body, report_zone.as_deref())?,
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

/// "2026-11-27 09:00 America/New_York" (the zone the report shows times in, else the
/// reader's) back to an instant.
fn read_instant(value: &str, ctx: &ReportContext<'_>) -> Option<DateTime<Utc>> {
    let wall = read_wall(value.get(..16)?)?;
    let zone = Zone::parse(value[16..].trim(), ctx.rules).unwrap_or_else(|| ctx.zone.clone());
    resolve(wall, &zone, ctx.rules).map(|r| r.instant)
}

fn read_wall(text: &str) -> Option<NaiveDateTime> {
    crate::domain::parse_local_datetime(&text.replacen(' ', "T", 1))
}

fn read_impact(body: &[Line<'_>], pm: &mut Postmortem) -> Result<(), ReadError> {
    for &(n, line) in body {
        let Some((label, value)) = line
            .trim()
            .strip_prefix("- **")
            .and_then(|r| r.split_once(":** "))
        else {
            return fail(
                n,
                format!(
                    "expected “- **Figure:** value” in Impact, found {}.",
                    quote(line)
                ),
            );
        };
        let value = unescape(value);
        let count = |which: Count, pm: &mut Postmortem| match parse_count(&value) {
            Ok(v) => {
                pm.set_impact_count(which, v);
                Ok(())
            }
            Err(e) => fail(n, format!("{label}: {e}")),
        };
        match label {
            "Orders affected" => count(Count::Orders, pm)?,
            "Customers affected" => count(Count::Customers, pm)?,
            "Support contacts" => count(Count::SupportContacts, pm)?,
            "Revenue lost" => {
                let (amount, currency) = value.split_once(' ').unwrap_or((&value, ""));
                match parse_amount(amount) {
                    Ok(cents) => pm.set_revenue_lost(cents),
                    Err(e) => return fail(n, format!("Revenue lost: {e}")),
                }
                pm.set_currency(currency);
            }
            // From the timeline.
            "Incident started" | "Detected" | "Resolved" => {}
            other => {
                return fail(
                    n,
                    format!("{} is not an impact figure Hindsight writes.", quote(other)),
                )
            }
        }
    }
    Ok(())
}

/// A fact's time and zone as shown: "2026-11-27 09:00 America/New_York", or as recorded
/// when the zone was not ("… (zone not recorded; read as …)").
fn read_when(text: &str) -> Option<(NaiveDateTime, Option<String>)> {
    let wall = read_wall(text.get(..16)?)?;
    let zone = text[16..].trim();
    if zone.starts_with("(zone not recorded") {
        return Some((wall, None));
    }
    Some((wall, Some(zone.to_owned()).filter(|z| !z.is_empty())))
}

/// The details after a fact, if `group` is one: UTC time, time since the previous fact,
/// the time as recorded, the source, the kind. `None` when it is not (the parentheses are
/// then part of the fact's text).
fn read_details(group: &str, fact: &mut FactIn) -> Option<()> {
    let parts: Vec<&str> = group.split(" · ").collect();
    let mut i = 0;
    let mut found = FactIn::default();
    while let Some(part) = parts.get(i) {
        let utc = part.len() == 20
            && part.ends_with(" UTC")
            && part.get(..16).and_then(read_wall).is_some();
        if utc || part.ends_with(" since the previous fact") {
            i += 1;
        } else if let Some(recorded) = part.strip_prefix("recorded as ") {
            let (when, zone) = read_when(recorded)?;
            found.when = Some(when);
            found.zone = zone;
            found.place = Some(0);
            i += 1;
        } else {
            break;
        }
    }
    let rest = &parts[i..];
    let (kind, rest) = match rest.split_last() {
        Some((last, before)) => match FactKind::ALL.into_iter().find(|k| k.label() == *last) {
            Some(kind) => (Some(kind), before),
            None => (None, rest),
        },
        None => (None, rest),
    };
    let source = match rest {
        [] => String::new(),
        [first, ..] => {
            let joined = rest.join(" · ");
            first.strip_prefix("source: ")?;
            joined["source: ".len()..].to_owned()
        }
    };
    if found.place.is_some() {
        fact.when = found.when;
        fact.zone = found.zone;
    }
    fact.source = source;
    fact.kind = kind;
    Some(())
}

fn read_facts(body: &[Line<'_>], report_zone: Option<&str>) -> Result<Vec<FactIn>, ReadError> {
    let mut facts = Vec::new();
    for &(n, line) in body {
        let line = line.trim();
        if matches!(
            line,
            "*No facts recorded.*" | "Notes on the times:" | "Facts without a time:"
        ) {
            continue;
        }
        let Some(item) = line.strip_prefix("- ") else {
            return fail(
                n,
                format!(
                    "expected a fact as a list item (“- …”) in Facts, found {}.",
                    quote(line)
                ),
            );
        };
        // A note on a time ("- F3: …" under "Notes on the times:") is derived: skipped.
        if item.starts_with('F')
            && item
                .split_once(": ")
                .is_some_and(|(l, _)| label_number(l, 'F').is_some())
            && !item.starts_with("**")
        {
            continue;
        }
        facts.push(read_fact(n, item, report_zone)?);
    }
    Ok(facts)
}

fn read_fact(n: usize, item: &str, report_zone: Option<&str>) -> Result<FactIn, ReadError> {
    let mut fact = FactIn::default();
    let mut rest = item;
    if let Some(labelled) = item.strip_prefix("**") {
        let Some((label, after)) = labelled.split_once("**") else {
            return fail(
                n,
                format!("expected “**F1**” at the start of {}.", quote(item)),
            );
        };
        let Some(place) = label_number(label, 'F') else {
            return fail(
                n,
                format!("{} is not a fact's number (F1, F2…).", quote(label)),
            );
        };
        fact.place = Some(place);
        rest = after;
        // Untimed: "**F6**: text (source: …)".
        if let Some(text) = rest.strip_prefix(": ") {
            let (text, source) = match text.rfind(" (source: ") {
                Some(at) if text.ends_with(')') => (&text[..at], &text[at + 10..text.len() - 1]),
                _ => (text, ""),
            };
            fact.text = unescape(text);
            fact.source = unescape(source);
            return Ok(fact);
        }
        rest = rest.strip_prefix(" · ").unwrap_or(rest).trim_start();
    }
    // Timed: "<when> — <text> (<details>)", or a hand-added "<text>".
    let Some((when, text)) = rest.split_once(" — ") else {
        fact.text = unescape(rest);
        return Ok(fact);
    };
    let when = unescape(when);
    let Some((wall, zone)) = read_when(&when) else {
        if fact.place.is_some() {
            return fail(
                n,
                format!(
                    "{} is not a time as Hindsight writes it (2026-11-27 09:00 America/New_York).",
                    quote(&when)
                ),
            );
        }
        fact.text = unescape(rest);
        return Ok(fact);
    };
    fact.when = Some(wall);
    fact.zone = zone.or_else(|| report_zone.map(str::to_owned));
    // The details are the last " (…)" group that reads as details to the end of the line
    // (the fact's own text may hold parentheses, and so may a source or a recorded time).
    let mut body = text;
    if text.ends_with(')') {
        let mut before = text.len();
        while let Some(at) = text[..before].rfind(" (") {
            let group = unescape(&text[at + 2..text.len() - 1]);
            if read_details(&group, &mut fact).is_some() {
                body = &text[..at];
                break;
            }
            before = at;
        }
    }
    fact.text = unescape(body);
    Ok(fact)
}

fn read_causes(body: &[Line<'_>]) -> Result<Vec<CauseIn>, ReadError> {
    let mut causes: Vec<CauseIn> = Vec::new();
    // Which list the numbered or bulleted lines belong to.
    #[derive(PartialEq)]
    enum In {
        Nothing,
        Whys,
        Evidence,
    }
    let mut list = In::Nothing;
    for &(n, line) in body {
        let line = line.trim();
        if line == "*No causes identified.*" {
            continue;
        }
        if let Some(heading) = line.strip_prefix("### ") {
            let Some((label, statement)) = heading.split_once(". ") else {
                return fail(
                    n,
                    format!("expected “### C1. The cause” , found {}.", quote(line)),
                );
            };
            let Some(place) = label_number(label, 'C') else {
                return fail(
                    n,
                    format!("{} is not a cause's number (C1, C2…).", quote(label)),
                );
            };
            causes.push(CauseIn {
                place,
                statement: unescape(statement),
                ..CauseIn::default()
            });
            list = In::Nothing;
            continue;
        }
        let Some(cause) = causes.last_mut() else {
            return fail(
                n,
                format!(
                    "expected a cause's heading (“### C1. …”) in Causes, found {}.",
                    quote(line)
                ),
            );
        };
        let kinds = line
            .strip_prefix('*')
            .and_then(|l| l.strip_suffix('*'))
            .filter(|l| !l.starts_with('*'));
        if let Some(kinds) = kinds {
            let (kind, category) = kinds.split_once(" · ").unwrap_or((kinds, ""));
            let Some(kind) = CauseKind::ALL.into_iter().find(|k| k.label() == kind) else {
                return fail(
                    n,
                    format!("{} is not Root cause or Contributing cause.", quote(kind)),
                );
            };
            cause.kind = kind;
            cause.category = Category::ALL.into_iter().find(|c| c.label() == category);
        } else if line == "**Why?**" {
            list = In::Whys;
        } else if line == "**Evidence:**" {
            list = In::Evidence;
        } else if line == "**Evidence:** none linked yet (unsupported)."
            || line.starts_with("**Addressed by:**")
        {
            list = In::Nothing;
        } else if let Some(reason) = line.strip_prefix("**No action, because:** ") {
            cause.no_action_reason = Some(unescape(reason));
        } else if list == In::Whys
            && line
                .split_once(". ")
                .is_some_and(|(d, _)| d.parse::<usize>().is_ok())
        {
            let (_, why) = line.split_once(". ").unwrap_or_default();
            cause.whys.push(unescape(why));
        } else if list == In::Evidence && line.starts_with("- ") {
            let label = line[2..].split(':').next().unwrap_or("");
            let Some(fact) = label_number(label, 'F') else {
                return fail(
                    n,
                    format!(
                        "evidence is listed as “- F1: …”; {} names no fact.",
                        quote(line)
                    ),
                );
            };
            cause.evidence.push(fact);
        } else {
            return fail(
                n,
                format!(
                    "{} is not part of a cause as Hindsight writes it.",
                    quote(line)
                ),
            );
        }
    }
    Ok(causes)
}

/// The cells of a table row, split at unescaped `|`.
fn cells(line: &str) -> Vec<String> {
    let inner = line.trim().trim_start_matches('|');
    let mut out = Vec::new();
    let mut cell = String::new();
    let mut escaped = false;
    for c in inner.chars() {
        match c {
            '|' if !escaped => out.push(std::mem::take(&mut cell)),
            c => {
                escaped = c == '\\' && !escaped;
                cell.push(c);
            }
        }
    }
    if !cell.trim().is_empty() {
        out.push(cell);
    }
    out
}

fn read_actions(body: &[Line<'_>]) -> Result<Vec<ActionIn>, ReadError> {
    let mut actions = Vec::new();
    for &(n, line) in body {
        let line = line.trim();
        if line == "*No actions planned.*" || line.starts_with("| # |") || line.starts_with("|---")
        {
            continue;
        }
        if !line.starts_with('|') {
            return fail(
                n,
                format!(
                    "expected a row of the actions' table (“| A1 | … |”), found {}.",
                    quote(line)
                ),
            );
        }
        let row = cells(line);
        if row.len() != 8 {
            return fail(n, format!("an action's row has 8 cells (#, Action, Type, Priority, Owner, Due, Status, Addresses); this one has {}.", row.len()));
        }
        let mut action = ActionIn {
            place: label_number(&row[0], 'A'),
            description: unescape_cell(&row[1]),
            owner: unescape_cell(&row[4]),
            ..ActionIn::default()
        };
        let kind = unescape_cell(&row[2]);
        action.kind = ActionKind::ALL.into_iter().find(|k| k.label() == kind);
        if action.kind.is_none() && !kind.is_empty() {
            return fail(
                n,
                format!(
                    "{} is not an action type (Prevent, Detect, Mitigate, Process).",
                    quote(&kind)
                ),
            );
        }
        let priority = unescape_cell(&row[3]);
        action.priority = Priority::ALL
            .into_iter()
            .find(|p| p.label() == priority)
            .unwrap_or_default();
        let due = unescape_cell(&row[5]);
        let due = due.strip_suffix(" (overdue)").unwrap_or(&due);
        action.due = parse_date(due);
        if action.due.is_none() && !due.is_empty() {
            return fail(
                n,
                format!("the due date {} is not a date (2026-12-05).", quote(due)),
            );
        }
        let status = unescape_cell(&row[6]);
        if let Some(rest) = status.strip_prefix("Done, verified ") {
            let (date, note) = rest.split_once(": ").unwrap_or((rest, ""));
            action.status = ActionStatus::Done;
            action.verified = parse_date(date).map(|d| (d, note.to_owned()));
        } else if let Some(reason) = status.strip_prefix("Won't do: ") {
            action.status = ActionStatus::WontDo;
            action.status_reason = reason.to_owned();
        } else {
            let Some(found) = ActionStatus::ALL.into_iter().find(|s| s.label() == status) else {
                return fail(
                    n,
                    format!(
                        "{} is not an action status (Open, In progress, Done, Won't do).",
                        quote(&status)
                    ),
                );
            };
            action.status = found;
        }
        action.causes = unescape_cell(&row[7])
            .split(',')
            .filter_map(|c| label_number(c, 'C'))
            .collect();
        actions.push(action);
    }
    Ok(actions)
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
