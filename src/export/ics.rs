//! The iCalendar (RFC 5545) writer: all-day events, such as actions on their due dates, as a
//! `.ics` file that calendar apps import. Written by hand: a calendar crate would cost wasm
//! for the few properties Hindsight writes.

use chrono::{DateTime, Datelike, NaiveDate, Timelike, Utc};

/// One all-day event.
pub struct CalendarEvent<'a> {
    /// Stable across exports, so that importing again updates the event instead of adding a
    /// second one, e.g. `"<pm-id>-a<item-id>@hindsight"`.
    pub uid: String,
    /// The all-day date: `DTSTART;VALUE=DATE`, with `DTEND` the next day (exclusive).
    pub date: NaiveDate,
    pub summary: &'a str,
    /// May be empty: then the event has no `DESCRIPTION`.
    pub description: &'a str,
}

/// RFC 5545 §3.1: a line longer than 75 octets is folded (the line break excluded).
const LINE_OCTETS: usize = 75;

/// A whole `VCALENDAR` with these events; `stamp` is every event's `DTSTAMP`, written in
/// UTC basic format (`20261130T031500Z`).
pub fn write_calendar(name: &str, events: &[CalendarEvent<'_>], stamp: DateTime<Utc>) -> String {
    let stamp = format!(
        "{}T{:02}{:02}{:02}Z",
        basic_date(stamp.date_naive()),
        stamp.hour(),
        stamp.minute(),
        stamp.second()
    );
    let mut out = String::new();
    for line in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//Hindsight//Post-mortems//EN",
        "CALSCALE:GREGORIAN",
        "METHOD:PUBLISH",
    ] {
        push_line(&mut out, line);
    }
    push_text(&mut out, "X-WR-CALNAME", name);
    for event in events {
        push_line(&mut out, "BEGIN:VEVENT");
        push_text(&mut out, "UID", &event.uid);
        push_line(&mut out, &format!("DTSTAMP:{stamp}"));
        // The date itself when it has no next day (chrono's last date): never in practice.
        let end = event.date.succ_opt().unwrap_or(event.date);
        push_line(
            &mut out,
            &format!("DTSTART;VALUE=DATE:{}", basic_date(event.date)),
        );
        push_line(&mut out, &format!("DTEND;VALUE=DATE:{}", basic_date(end)));
        push_text(&mut out, "SUMMARY", event.summary);
        if !escape_text(event.description).is_empty() {
            push_text(&mut out, "DESCRIPTION", event.description);
        }
        push_line(&mut out, "END:VEVENT");
    }
    push_line(&mut out, "END:VCALENDAR");
    out
}

/// The download's file name, e.g. `hindsight-actions-2026-11-30.ics`: `scope` ("actions",
/// a post-mortem's title) as an ASCII slug of at most 40 characters, as some calendar apps
/// and mail clients mangle other names. Non-ASCII letters are dropped ("Café" gives "caf":
/// a transliteration table would cost more wasm than a file name is worth), other
/// non-ASCII characters separate words.
pub fn calendar_file_name(scope: &str, today: NaiveDate) -> String {
    let ascii: String = scope
        .chars()
        .filter(|c| c.is_ascii() || !c.is_alphanumeric())
        .map(|c| if c.is_ascii() { c } else { ' ' })
        .collect();
    let slug = crate::text::slug(&ascii, 40, "calendar");
    format!("hindsight-{slug}-{today}.ics")
}

/// `YYYYMMDD`, the basic format of a DATE value (chrono's formatter costs wasm).
fn basic_date(date: NaiveDate) -> String {
    format!("{:04}{:02}{:02}", date.year(), date.month(), date.day())
}

/// A TEXT value (RFC 5545 §3.3.11): `\`, `;` and `,` escaped, every line break (LF, CR or
/// CRLF) as `\n`, a tab as a space (it separates words), other control characters dropped
/// (they are not allowed in a content line).
fn escape_text(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' | ';' | ',' => {
                out.push('\\');
                out.push(c);
            }
            '\r' | '\n' => {
                if c == '\r' && chars.peek() == Some(&'\n') {
                    chars.next();
                }
                out.push_str("\\n");
            }
            '\t' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

fn push_text(out: &mut String, name: &str, value: &str) {
    push_line(out, &format!("{name}:{}", escape_text(value)));
}

/// Appends `line` with CRLF, folded into lines of at most 75 octets: each continuation starts
/// with one space, and a multi-byte character is never split.
fn push_line(out: &mut String, line: &str) {
    let mut octets = 0;
    for c in line.chars() {
        if octets + c.len_utf8() > LINE_OCTETS {
            out.push_str("\r\n ");
            octets = 1;
        }
        out.push(c);
        octets += c.len_utf8();
    }
    out.push_str("\r\n");
}

/// The calendar of open actions with a due date: one all-day event per action on its due
/// day, its UID made from the post-mortem and action ids so that importing a newer file
/// updates the events instead of doubling them.
pub fn actions_calendar(
    name: &str,
    open: &[crate::domain::follow::OpenAction],
    stamp: DateTime<Utc>,
) -> String {
    let texts: Vec<(String, String)> = open
        .iter()
        .map(|o| {
            let owner = o.action.owner.trim();
            let mut description = format!("{} of the post-mortem “{}”.", o.label, o.title);
            if !owner.is_empty() {
                description.push_str(&format!(" Owner: {owner}."));
            }
            (o.action.description.trim().to_owned(), description)
        })
        .collect();
    let events: Vec<CalendarEvent<'_>> = open
        .iter()
        .zip(&texts)
        .filter_map(|(o, (summary, description))| {
            Some(CalendarEvent {
                uid: format!("{}-a{}@hindsight", o.postmortem, o.action.id),
                date: o.action.due?,
                summary,
                description,
            })
        })
        .collect();
    write_calendar(name, &events, stamp)
}
