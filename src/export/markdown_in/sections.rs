//! The sections of an imported report, one reader each: Impact's figures, the facts'
//! list with their times and details, the causes with their whys, and the actions' table.

use chrono::{DateTime, NaiveDateTime, Utc};

use crate::domain::{
    parse_amount, parse_count, parse_date, resolve, ActionKind, ActionStatus, Category, CauseKind,
    Count, FactKind, Postmortem, Priority, Zone,
};
use crate::export::ReportContext;

use super::inline::{cells, label_number, quote, unescape, unescape_cell, Line};
use super::{fail, ActionIn, CauseIn, FactIn, ReadError};

/// "2026-11-27 09:00 America/New_York" (the zone the report shows times in, else the
/// reader's) back to an instant.
pub(super) fn read_instant(value: &str, ctx: &ReportContext<'_>) -> Option<DateTime<Utc>> {
    let wall = read_wall(value.get(..16)?)?;
    let zone = Zone::parse(value[16..].trim(), ctx.rules).unwrap_or_else(|| ctx.zone.clone());
    resolve(wall, &zone, ctx.rules).map(|r| r.instant)
}

pub(super) fn read_wall(text: &str) -> Option<NaiveDateTime> {
    crate::domain::parse_local_datetime(&text.replacen(' ', "T", 1))
}

pub(super) fn read_impact(body: &[Line<'_>], pm: &mut Postmortem) -> Result<(), ReadError> {
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
pub(super) fn read_when(text: &str) -> Option<(NaiveDateTime, Option<String>)> {
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
pub(super) fn read_details(group: &str, fact: &mut FactIn) -> Option<()> {
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

pub(super) fn read_facts(
    body: &[Line<'_>],
    report_zone: Option<&str>,
) -> Result<Vec<FactIn>, ReadError> {
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

pub(super) fn read_fact(
    n: usize,
    item: &str,
    report_zone: Option<&str>,
) -> Result<FactIn, ReadError> {
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

pub(super) fn read_causes(body: &[Line<'_>]) -> Result<Vec<CauseIn>, ReadError> {
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

pub(super) fn read_actions(body: &[Line<'_>]) -> Result<Vec<ActionIn>, ReadError> {
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
