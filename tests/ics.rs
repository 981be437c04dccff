#![cfg(not(target_arch = "wasm32"))]
//! The calendar export, read back with a real iCalendar parser (the `icalendar` crate): every
//! event's uid, dates, summary and description come back as written, whatever the text, and
//! the file keeps RFC 5545's line rules (CRLF, folding at 75 octets without splitting a
//! character).

#![allow(clippy::disallowed_methods, clippy::unwrap_used)]

use chrono::{DateTime, NaiveDate, TimeZone, Utc};
use hindsight::export::ics::{calendar_file_name, write_calendar, CalendarEvent};
use icalendar::{Calendar, CalendarComponent, Component, DatePerhapsTime};
use proptest::prelude::*;
use proptest::test_runner::Config;

fn date(y: i32, m: u32, d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(y, m, d).unwrap()
}

fn stamp() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 30, 3, 15, 0).unwrap()
}

/// What a reader should get back for `text`, written out independently of the exporter:
/// line breaks (CRLF, CR) become LF, a tab a space, other control characters go.
fn expected(text: &str) -> String {
    text.replace("\r\n", "\n")
        .replace('\r', "\n")
        .replace('\t', " ")
        .chars()
        .filter(|c| *c == '\n' || !c.is_control())
        .collect()
}

/// `text` as a TEXT value should be written (RFC 5545 §3.3.11), spelled out independently:
/// the parser also accepts unescaped `;` and `,`, so reading back alone would not notice.
fn escaped(text: &str) -> String {
    expected(text)
        .replace('\\', "\\\\")
        .replace(';', "\\;")
        .replace(',', "\\,")
        .replace('\n', "\\n")
}

/// One event as the parser read it.
#[derive(Debug, PartialEq)]
struct ReadEvent {
    uid: String,
    start: NaiveDate,
    end: NaiveDate,
    summary: String,
    description: Option<String>,
}

fn day(value: Option<DatePerhapsTime>) -> NaiveDate {
    match value {
        Some(DatePerhapsTime::Date(d)) => d,
        other => panic!("expected an all-day date, got {other:?}"),
    }
}

fn read(ics: &str) -> (Calendar, Vec<ReadEvent>) {
    let calendar: Calendar = ics.parse().unwrap();
    let events = calendar
        .components
        .iter()
        .map(|c| match c {
            CalendarComponent::Event(e) => {
                assert_eq!(e.get_timestamp(), Some(stamp()));
                ReadEvent {
                    uid: e.get_uid().unwrap().to_owned(),
                    start: day(e.get_start()),
                    end: day(e.get_end()),
                    summary: e.get_summary().unwrap().to_owned(),
                    description: e.get_description().map(str::to_owned),
                }
            }
            other => panic!("unexpected component {other:?}"),
        })
        .collect();
    (calendar, events)
}

/// The physical lines, each checked to end with CRLF.
fn physical_lines(ics: &str) -> Vec<&str> {
    assert!(ics.ends_with("\r\n"), "the last line ends with CRLF");
    let lines: Vec<&str> = ics[..ics.len() - 2].split("\r\n").collect();
    for line in &lines {
        assert!(
            !line.contains(['\r', '\n']),
            "a bare CR or LF in {line:?}: every line must end with CRLF"
        );
    }
    lines
}

/// Checks the line rules and returns the logical (unfolded) lines.
fn check_lines(ics: &str) -> Vec<String> {
    let lines = physical_lines(ics);
    let mut logical: Vec<String> = Vec::new();
    for (i, line) in lines.iter().enumerate() {
        let bytes = line.as_bytes();
        assert!(bytes.len() <= 75, "line {i} has {} octets", bytes.len());
        // Each physical line decodes on its own: the fold fell between characters.
        assert!(std::str::from_utf8(bytes).is_ok());
        if let Some(rest) = bytes.strip_prefix(b" ") {
            assert!(
                rest.first().is_some_and(|b| b & 0xC0 != 0x80),
                "line {i} starts inside a character"
            );
            // Folding only where needed: the line before was full (no char would fit).
            let before = lines[i - 1].len();
            assert!(before > 75 - 4, "line {} folded early at {before}", i - 1);
            logical.last_mut().unwrap().push_str(&line[1..]);
        } else {
            logical.push((*line).to_owned());
        }
    }
    logical
}

fn hostile_events() -> Vec<(String, NaiveDate, String, String)> {
    let cjk: String =
        "顧客への返金処理が遅れた原因は決済代行会社の通知を監視していなかったことです"
            .chars()
            .cycle()
            .take(300)
            .collect();
    vec![
        (
            "pm-1-a1@hindsight".into(),
            date(2026, 12, 31),
            "Fix: checkout; shipping, tax \\ and \"quotes\"".into(),
            "Line one\nline two\r\nline three\rline four\\n not a break".into(),
        ),
        (
            "pm-1-a2@hindsight".into(),
            date(2028, 2, 28),
            "Emoji 🎉🛒 and ZWJ 👩‍💻 and flags 🇫🇷".into(),
            String::new(),
        ),
        (
            "pm-1-a3@hindsight".into(),
            date(2026, 1, 1),
            cjk.clone(),
            format!("{cjk}\n{cjk}"),
        ),
        (
            "pm-2-a10@hindsight".into(),
            date(2027, 6, 15),
            "Tabs\tand\u{7}bells\u{0}and\u{1b}[31mescapes\u{7f}\u{85}".into(),
            ";;;,,,\\\\\\ :: ".into(),
        ),
        (
            "pm-2-a11@hindsight".into(),
            date(2027, 6, 16),
            "é".repeat(80),
            "a".repeat(74) + "é" + &"€".repeat(40),
        ),
    ]
}

#[test]
fn hostile_text_reads_back_as_written() {
    let raw = hostile_events();
    let events: Vec<CalendarEvent<'_>> = raw
        .iter()
        .map(|(uid, date, summary, description)| CalendarEvent {
            uid: uid.clone(),
            date: *date,
            summary,
            description,
        })
        .collect();
    let ics = write_calendar("Actions; Black Friday, 2026", &events, stamp());
    let lines = check_lines(&ics);
    // Unfolding gives back each text exactly as escaped.
    for (_, _, summary, description) in &raw {
        assert!(lines.contains(&format!("SUMMARY:{}", escaped(summary))));
        if !description.is_empty() {
            assert!(lines.contains(&format!("DESCRIPTION:{}", escaped(description))));
        }
    }
    let (calendar, read) = read(&ics);
    let want: Vec<ReadEvent> = raw
        .iter()
        .map(|(uid, date, summary, description)| ReadEvent {
            uid: uid.clone(),
            start: *date,
            end: date.succ_opt().unwrap(),
            summary: expected(summary),
            description: (!description.is_empty()).then(|| expected(description)),
        })
        .collect();
    assert_eq!(read, want);
    assert_eq!(
        calendar.property_value("X-WR-CALNAME"),
        Some("Actions; Black Friday, 2026")
    );
}

#[test]
fn the_calendar_has_the_required_properties_and_all_day_dates() {
    let events = [
        CalendarEvent {
            uid: "pm-1-a1@hindsight".into(),
            date: date(2026, 12, 31),
            summary: "Add a time-zone check",
            description: "From: Black Friday sale went live 2 hours late",
        },
        CalendarEvent {
            uid: "pm-1-a2@hindsight".into(),
            date: date(2028, 2, 28),
            summary: "Leap day",
            description: "",
        },
    ];
    let ics = write_calendar("Hindsight actions", &events, stamp());
    let lines = check_lines(&ics);
    let has = |l: &str| lines.iter().filter(|x| *x == l).count();
    for once in [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "CALSCALE:GREGORIAN",
        "X-WR-CALNAME:Hindsight actions",
        "END:VCALENDAR",
        "DTSTART;VALUE=DATE:20261231",
        "DTEND;VALUE=DATE:20270101",
        "DTSTART;VALUE=DATE:20280228",
        "DTEND;VALUE=DATE:20280229",
        "DESCRIPTION:From: Black Friday sale went live 2 hours late",
    ] {
        assert_eq!(has(once), 1, "{once}");
    }
    assert_eq!(lines.first().map(String::as_str), Some("BEGIN:VCALENDAR"));
    assert_eq!(lines.last().map(String::as_str), Some("END:VCALENDAR"));
    assert!(lines.iter().any(|l| l.starts_with("PRODID:")));
    assert_eq!(has("BEGIN:VEVENT"), 2);
    assert_eq!(has("DTSTAMP:20261130T031500Z"), 2);
    // An empty description is left out, not written empty.
    assert_eq!(
        lines
            .iter()
            .filter(|l| l.starts_with("DESCRIPTION"))
            .count(),
        1
    );
}

#[test]
fn an_empty_calendar_is_still_a_calendar() {
    let ics = write_calendar("Nothing due", &[], stamp());
    check_lines(&ics);
    let (calendar, events) = read(&ics);
    assert!(events.is_empty());
    assert_eq!(calendar.get_name(), Some("Nothing due"));
}

#[test]
fn file_names_are_ascii_slugs_with_the_date() {
    let today = date(2026, 11, 30);
    assert_eq!(
        calendar_file_name("actions", today),
        "hindsight-actions-2026-11-30.ics"
    );
    assert_eq!(
        calendar_file_name("Black-Friday sale went live 2 hours late!", today),
        "hindsight-black-friday-sale-went-live-2-hours-late-2026-11-30.ics"
    );
    assert_eq!(
        calendar_file_name("Café crème — 顧客", today),
        "hindsight-caf-crme-2026-11-30.ics"
    );
    assert_eq!(
        calendar_file_name("顧客 🎉", today),
        "hindsight-calendar-2026-11-30.ics"
    );
    assert_eq!(
        calendar_file_name(&"x".repeat(100), today),
        format!("hindsight-{}-2026-11-30.ics", "x".repeat(40))
    );
    // Cut at a word, never past 40 characters.
    assert_eq!(
        calendar_file_name("Black-Friday sale went live two hours late", today),
        "hindsight-black-friday-sale-went-live-two-hours-2026-11-30.ics"
    );
}

fn config(cases: u32) -> Config {
    Config {
        cases,
        // A failure prints its (shrunk) input; no regression file is written into the tree.
        failure_persistence: None,
        ..Config::default()
    }
}

/// Any character, with the ones that need escaping or break lines drawn more often.
fn text() -> impl Strategy<Value = String> {
    let special = prop::sample::select(vec![
        ';', ',', '\\', '\n', '\r', '\t', ' ', ':', '"', 'é', '€', '漢', '😀', '\u{0}', '\u{85}',
    ]);
    prop::collection::vec(prop_oneof![any::<char>(), special], 0..200)
        .prop_map(|chars| chars.into_iter().collect())
}

proptest! {
    #![proptest_config(config(300))]

    #[test]
    fn any_summary_reads_back(summary in text(), description in text()) {
        let event = CalendarEvent {
            uid: "pm-9-a1@hindsight".into(),
            date: date(2026, 11, 30),
            summary: &summary,
            description: &description,
        };
        let ics = write_calendar("Random", &[event], stamp());
        let lines = check_lines(&ics);
        let line = format!("SUMMARY:{}", escaped(&summary));
        prop_assert!(lines.contains(&line), "{} not in {:?}", line, lines);
        let (_, read) = read(&ics);
        prop_assert_eq!(read.len(), 1);
        prop_assert_eq!(&read[0].summary, &expected(&summary));
        let description = expected(&description);
        prop_assert_eq!(
            read[0].description.as_deref(),
            (!description.is_empty()).then_some(description.as_str())
        );
    }
}

#[test]
fn open_actions_become_one_event_each_on_their_due_day_with_a_stable_uid() {
    use hindsight::domain::follow::{open_actions, ActionFilter};
    use hindsight::domain::{worked_example, PostmortemId};
    use hindsight::export::ics::actions_calendar;
    let mut pm = worked_example(PostmortemId("ex-1".into()), stamp());
    // One action without a due date stays out of the calendar.
    let undated = pm.add_action("Write the launch runbook");
    pm.set_action_due(undated, None);
    let open = open_actions(&[pm.clone()], date(2026, 11, 30), &ActionFilter::default());
    let ics = actions_calendar("Hindsight actions", &open, stamp());
    check_lines(&ics);
    let (_, events) = read(&ics);
    let dated: Vec<_> = pm.actions.iter().filter(|a| a.due.is_some()).collect();
    assert_eq!(events.len(), dated.len());
    for (event, action) in events.iter().zip(&dated) {
        assert_eq!(event.uid, format!("ex-1-a{}@hindsight", action.id));
        assert_eq!(event.start, action.due.unwrap());
        assert_eq!(event.summary, action.description);
        assert!(
            event.description.as_deref().unwrap().contains(&pm.title),
            "{event:?}"
        );
    }
    // The same actions give the same UIDs next time: a calendar updates, not doubles.
    assert_eq!(actions_calendar("Hindsight actions", &open, stamp()), ics);
}
