//! The lines under a report's title: the incident's window, the zone times are shown in,
//! the zones line, and the summary suggested when none is written.

use crate::domain::{format_duration, CauseKind, Postmortem, Timeline, Zone};

use super::{non_blank, Report, ReportContext};

impl Report {
    /// The lines under the title, in order, as (label, value), leaving out what is not
    /// known: the incident's window, the status, who and when, the zones, the last edit.
    /// The Review step and every export list these same lines.
    pub fn head(&self) -> Vec<(&'static str, &str)> {
        let mut lines = Vec::with_capacity(8);
        let candidates: [(&'static str, Option<&str>); 8] = [
            ("Incident", self.window.as_deref()),
            ("Status", Some(&self.status)),
            ("Author", Some(&self.author)),
            ("Participants", Some(&self.participants)),
            ("Review date", self.review_date.as_deref()),
            ("Times", self.zones_line.as_deref()),
            ("Last edited", Some(&self.last_edited)),
            ("Exported", Some(&self.exported)),
        ];
        for (label, value) in candidates {
            if let Some(value) = value.filter(|v| !v.is_empty()) {
                lines.push((label, value));
            }
        }
        lines
    }
}

/// The zone the report shows times in: the one chosen on Review when the rules know it,
/// else the clock most timed facts were recorded on, else the reader's zone.
///
/// Names that read the same clock when the incident began count together: a founder who
/// copies times from an invite ("America/New_York"), a log ("UTC-5") and a chat ("EST")
/// has one clock, and adding one more "UTC-5" fact must not switch the whole report to
/// UTC−05:00. Of a clock's names the report shows a place's (it follows summer time),
/// else the one most facts used; of clocks tied, the first recorded.
pub fn report_zone(pm: &Postmortem, timeline: &Timeline, ctx: &ReportContext<'_>) -> Zone {
    let chosen = pm
        .writeup
        .report_zone
        .as_deref()
        .and_then(|name| Zone::parse(name, ctx.rules));
    chosen
        .or_else(|| most_facts_clock(timeline, ctx))
        .unwrap_or_else(|| ctx.zone.clone())
}

fn most_facts_clock(timeline: &Timeline, ctx: &ReportContext<'_>) -> Option<Zone> {
    let start = timeline.start?;
    // Per clock (offset at the start): facts in all, and the best name so far with its
    // count.
    let mut clocks: Vec<(i32, usize, Zone, usize)> = Vec::new();
    for (name, n) in &timeline.zones {
        let Some(zone) = Zone::parse(name, ctx.rules) else {
            continue;
        };
        let Some(offset) = zone.offset_at(start, ctx.rules) else {
            continue;
        };
        match clocks.iter_mut().find(|c| c.0 == offset) {
            Some((_, total, best, best_n)) => {
                *total += n;
                let place = |z: &Zone| matches!(z, Zone::Iana(_));
                if (place(&zone), *n) > (place(best), *best_n) {
                    (*best, *best_n) = (zone, *n);
                }
            }
            None => clocks.push((offset, *n, zone, *n)),
        }
    }
    clocks
        .into_iter()
        .fold(
            None::<(usize, Zone)>,
            |most, (_, total, zone, _)| match most {
                Some(m) if m.0 >= total => Some(m),
                _ => Some((total, zone)),
            },
        )
        .map(|(_, zone)| zone)
}

/// "2026-10-14 17:00 – 2026-10-16 11:00 UTC (1 d 18 h 00 min)", or on one day "2026-10-14
/// 17:00 – 19:30 UTC (2 h 30 min)": from the first timed fact to the resolution, or to the
/// last timed fact when none is marked as the resolution.
pub(super) fn incident_window(timeline: &Timeline, ctx: &ReportContext<'_>) -> Option<String> {
    let start = timeline.start?;
    let end = timeline
        .resolved
        .or_else(|| timeline.entries.iter().rev().find_map(|e| e.instant))?;
    let zone = ctx.zone.name();
    if end <= start {
        return Some(format!("{} {zone}", ctx.local(start)));
    }
    let (from, to) = (ctx.local(start), ctx.local(end));
    let to = match (from.get(..10), to.get(..10), to.get(11..)) {
        (Some(a), Some(b), Some(time)) if a == b => time.to_owned(),
        _ => to,
    };
    Some(format!(
        "{from} – {to} {zone} ({})",
        format_duration(end - start)
    ))
}

/// "Europe/London, with UTC alongside; facts were recorded in America/New_York (3),
/// Europe/London (5) and UTC (2)." The writer's advice about mixed zones stays out.
pub(super) fn zones_line(timeline: &Timeline, ctx: &ReportContext<'_>) -> Option<String> {
    if timeline.entries.is_empty() {
        return None;
    }
    let shown = ctx.zone.name();
    let mut line = shown.to_owned();
    if ctx.zone != Zone::Utc {
        line.push_str(", with UTC alongside");
    }
    let recorded: Vec<String> = timeline
        .zones
        .iter()
        .map(|(zone, n)| format!("{zone} ({n})"))
        .collect();
    let only_shown = timeline.zones.len() == 1 && timeline.zones[0].0 == shown;
    if !recorded.is_empty() && !only_shown {
        line.push_str("; facts were recorded in ");
        line.push_str(&crate::text::and_list(&recorded));
    }
    line.push('.');
    Some(line)
}

/// A first draft of the summary, from what the post-mortem already says: what went wrong
/// (its title; the first fact when it has none), the window, the impact, the root causes and
/// how many actions follow. Empty when there is nothing to say yet. The title leads because
/// the first fact is often the calm before ("Sale email sent to 12,400 subscribers"), and a
/// summary read on its own (pasted, shared) must say first what failed.
pub fn suggested_summary(pm: &Postmortem, report: &Report) -> String {
    let mut parts: Vec<String> = Vec::new();
    let sentence = |text: &str| {
        let text = crate::text::shorten(text.trim(), 200);
        match text.chars().last() {
            Some('.' | '!' | '?' | '…') => text,
            _ => format!("{text}."),
        }
    };
    let first = Some(pm.title.as_str())
        .filter(|t| non_blank(t))
        .or_else(|| report.timeline.first().map(|row| row.text.as_str()))
        .or_else(|| report.untimed.first().map(|f| f.text.as_str()));
    if let Some(first) = first {
        parts.push(sentence(first));
    }
    if let Some(window) = &report.window {
        parts.push(format!("The incident ran {window}."));
    }
    let figures: Vec<String> = report
        .impact
        .iter()
        .filter(|line| !line.what.from_timeline())
        .map(|line| format!("{}: {}", line.what.label().to_lowercase(), line.value))
        .collect();
    if !figures.is_empty() {
        parts.push(format!("Impact: {}.", figures.join(", ")));
    }
    // Every root cause: a summary naming one of two leaves the other out of the paragraph
    // a reader sees first. With none marked root, the first cause stands as the main one.
    let roots: Vec<&str> = pm
        .causes
        .iter()
        .filter(|c| c.kind == CauseKind::Root && non_blank(&c.statement))
        .map(|c| c.statement.as_str())
        .collect();
    match roots.as_slice() {
        [] => {
            if let Some(cause) = pm.causes.iter().find(|c| non_blank(&c.statement)) {
                parts.push(format!("Main cause: {}", sentence(&cause.statement)));
            }
        }
        [one] => parts.push(format!("Root cause: {}", sentence(one))),
        many => {
            let listed: Vec<String> = many
                .iter()
                .enumerate()
                .map(|(i, c)| format!("({}) {}", i + 1, sentence(c)))
                .collect();
            parts.push(format!("Root causes: {}", listed.join(" ")));
        }
    }
    match report.actions.len() {
        0 => {}
        1 => parts.push("One action follows to change the system.".to_owned()),
        n => parts.push(format!("{n} actions follow to change the system.")),
    }
    parts.join(" ")
}
