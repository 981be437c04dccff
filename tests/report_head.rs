#![cfg(not(target_arch = "wasm32"))]
// Size rules (clippy.toml) are for the shipped wasm, not for tests.
#![allow(clippy::disallowed_methods, clippy::unwrap_used)]
//! The head of the report (issue 14): what a co-founder reads first. A summary (written, or
//! drafted from the facts, impact and root cause), the incident's own window, the one zone
//! the report shows times in and a line on the zones facts were recorded in (never the
//! writer's advice), who wrote it and when it is reviewed, what went well and the lessons;
//! and the write-up merged between two tabs without losing either side's words.

mod support;

use chrono::NaiveDate;
use hindsight::domain::{worked_example, Postmortem, PostmortemId, WriteupText, Zone};
use hindsight::export::{to_markdown, Report, ReportContext};
use hindsight::persist::merge::{keep_mine, merge};
use support::clock::{utc, wall};
use support::zones::TestZones;

fn reader(zone: &str) -> ReportContext<'static> {
    ReportContext {
        today: NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        zone: Zone::parse(zone, &TestZones).unwrap(),
        rules: &TestZones,
    }
}

fn example() -> Postmortem {
    worked_example(PostmortemId("example".into()), utc(2026, 11, 27, 14, 0))
}

/// The influencer launch of the issue: facts in three zones, over two days.
fn launch() -> Postmortem {
    let mut pm = Postmortem::new(
        PostmortemId("launch".into()),
        "Influencer launch oversold 1,150 backorders",
        utc(2026, 10, 20, 9, 0),
    );
    for (text, when, zone) in [
        (
            "Launch post went live.",
            wall(2026, 10, 14, 18, 0),
            "Europe/London",
        ),
        (
            "Stock sold out.",
            wall(2026, 10, 14, 18, 22),
            "Europe/London",
        ),
        (
            "Warehouse saw 1,150 backorders.",
            wall(2026, 10, 15, 9, 0),
            "America/New_York",
        ),
        (
            "Storefront closed preorders.",
            wall(2026, 10, 16, 11, 0),
            "UTC",
        ),
        (
            "Support replied to every buyer.",
            wall(2026, 10, 16, 10, 0),
            "Europe/London",
        ),
    ] {
        let id = pm.add_fact(text);
        pm.set_fact_when(id, Some(when));
        pm.set_fact_zone(id, Some(zone.to_owned()));
    }
    pm
}

#[test]
fn the_report_shows_times_in_the_zone_most_facts_were_recorded_in() {
    let report = Report::new(&launch(), &reader("Asia/Tokyo"));
    assert_eq!(report.zone, "Europe/London", "three of five facts");
    assert_eq!(
        report.window.as_deref(),
        Some("2026-10-14 18:00 – 2026-10-16 12:00 Europe/London (1 d 18 h)")
    );
    assert_eq!(
        report.zones_line.as_deref(),
        Some("Europe/London, with UTC alongside; facts were recorded in Europe/London (3), America/New_York (1) and UTC (1).")
    );
    let md = to_markdown(&report);
    assert!(!md.contains("Check that every tool"), "{md}");
    assert!(
        md.contains("- **F2** · 2026-10-14 18:22 Europe/London — Stock sold out."),
        "{md}"
    );
}

#[test]
fn names_for_the_same_clock_count_together_and_the_place_name_is_shown() {
    // America/New_York, EST and UTC-5 read the same clock in November: four facts on New
    // York's clock against two on Los Angeles's, whatever each was called. Adding one
    // more "UTC-5" fact must not move the report to UTC−05:00.
    let mut pm = launch();
    pm.facts.clear();
    for (text, minute, zone) in [
        ("Sale email sent.", 0, "America/New_York"),
        ("Code went live.", 1, "America/Los_Angeles"),
        ("First complaint.", 5, "EST"),
        ("Refund asked.", 7, "America/Los_Angeles"),
        ("Chat message.", 9, "UTC-5"),
        ("Log line.", 11, "UTC-5"),
    ] {
        let id = pm.add_fact(text);
        pm.set_fact_when(id, Some(wall(2026, 11, 27, 9, minute)));
        pm.set_fact_zone(id, Some(zone.to_owned()));
    }
    let report = Report::new(&pm, &reader("Asia/Tokyo"));
    assert_eq!(report.zone, "America/New_York");
    let id = pm.add_fact("Another log line.");
    pm.set_fact_when(id, Some(wall(2026, 11, 27, 9, 12)));
    pm.set_fact_zone(id, Some("UTC-5".to_owned()));
    assert_eq!(
        Report::new(&pm, &reader("Asia/Tokyo")).zone,
        "America/New_York"
    );
    // With no place name among them, the name most facts used.
    pm.facts
        .retain(|f| f.zone.as_deref() != Some("America/New_York"));
    assert_eq!(
        Report::new(&pm, &reader("Asia/Tokyo")).zone,
        "UTC\u{2212}05:00"
    );
}

#[test]
fn a_chosen_report_zone_wins_and_an_unknown_one_is_ignored() {
    let mut pm = launch();
    pm.set_report_zone(Some("UTC".to_owned()));
    let report = Report::new(&pm, &reader("Asia/Tokyo"));
    assert_eq!(report.zone, "UTC");
    assert_eq!(
        report.window.as_deref(),
        Some("2026-10-14 17:00 – 2026-10-16 11:00 UTC (1 d 18 h)")
    );
    assert!(report
        .zones_line
        .as_deref()
        .is_some_and(|z| z.starts_with("UTC; facts were recorded in")));
    pm.set_report_zone(Some("Mars/Base".to_owned()));
    assert_eq!(
        Report::new(&pm, &reader("Asia/Tokyo")).zone,
        "Europe/London"
    );
    pm.set_report_zone(Some("  ".to_owned()));
    assert_eq!(pm.writeup.report_zone, None, "blank means the default");
}

#[test]
fn a_window_on_one_day_names_the_day_once() {
    let report = Report::new(&example(), &reader("UTC"));
    assert_eq!(
        report.window.as_deref(),
        Some("2026-11-27 09:00 – 12:00 America/New_York (3 h 00 min)")
    );
}

#[test]
fn the_summary_is_drafted_from_the_facts_until_one_is_written() {
    let pm = example();
    let report = Report::new(&pm, &reader("UTC"));
    let draft = &report.suggested_summary;
    // What went wrong first: the title, not the first fact (often the calm before).
    assert!(draft.starts_with(&format!("{}.", pm.title)), "{draft}");
    assert!(!draft.contains(&pm.facts[0].text), "{draft}");
    assert!(
        draft.contains("The incident ran 2026-11-27 09:00 – 12:00 America/New_York (3 h 00 min)."),
        "{draft}"
    );
    assert!(
        draft.contains("Impact: orders affected: 212, revenue lost: 9,300 USD"),
        "{draft}"
    );
    assert!(
        draft.contains(&format!("Root cause: {}", pm.causes[0].statement)),
        "{draft}"
    );
    assert!(
        draft.ends_with("2 actions follow to change the system."),
        "{draft}"
    );
    assert_eq!(report.summary, *draft);
    let md = to_markdown(&report);
    let first_paragraph = md.split("\n\n").nth(1).unwrap();
    assert_eq!(
        first_paragraph,
        draft.as_str(),
        "the summary comes first:\n{md}"
    );

    let mut pm = pm;
    pm.set_writeup_text(WriteupText::Summary, "  Our own words.  ");
    let report = Report::new(&pm, &reader("UTC"));
    assert_eq!(report.summary, "Our own words.");
    assert_ne!(report.suggested_summary, report.summary);

    // Without a title, the first fact says what happened.
    let mut untitled = example();
    untitled.set_title("  ");
    let report = Report::new(&untitled, &reader("UTC"));
    assert!(
        report
            .suggested_summary
            .starts_with(&untitled.facts[0].text),
        "{}",
        report.suggested_summary
    );

    let empty = Postmortem::new(PostmortemId("e".into()), "", utc(2026, 1, 1, 0, 0));
    let report = Report::new(&empty, &reader("UTC"));
    assert_eq!(report.summary, "");
    assert_eq!(report.window, None);
    assert_eq!(report.zones_line, None);
    assert!(!to_markdown(&report).contains("**Incident:**"));
}

#[test]
fn who_when_what_went_well_and_lessons_are_in_the_export() {
    let mut pm = example();
    pm.set_writeup_text(WriteupText::Author, "Shop owner");
    pm.set_writeup_text(WriteupText::Participants, "Marketing lead, support lead");
    pm.set_review_date(NaiveDate::from_ymd_opt(2026, 12, 1));
    pm.set_writeup_text(
        WriteupText::WentWell,
        "Support saw the first rejected code in 5 minutes.",
    );
    pm.set_writeup_text(WriteupText::Lessons, "Every tool has its own clock.");
    let md = to_markdown(&Report::new(&pm, &reader("UTC")));
    for line in [
        "- **Author:** Shop owner\n",
        "- **Participants:** Marketing lead, support lead\n",
        "- **Review date:** 2026-12-01\n",
        "## What went well\n\nSupport saw the first rejected code in 5 minutes.\n",
        "## Lessons learned\n\nEvery tool has its own clock.\n",
    ] {
        assert!(md.contains(line), "{line:?} in\n{md}");
    }
    assert!(
        !md.contains("Started:"),
        "the document's own start date reads as the incident's"
    );
}

#[test]
fn two_tabs_write_different_parts_of_the_write_up_and_both_are_kept() {
    let base = example();
    let mut ours = base.clone();
    ours.set_writeup_text(WriteupText::Summary, "Ours.");
    let mut theirs = base.clone();
    theirs.set_writeup_text(WriteupText::Lessons, "Theirs.");
    let merged = merge(&base, &ours, &theirs);
    assert!(merged.conflicts.is_empty());
    assert_eq!(merged.doc.writeup.summary, "Ours.");
    assert_eq!(merged.doc.writeup.lessons, "Theirs.");

    // The same field changed in both: theirs is kept, the user is asked, and "keep mine"
    // brings ours back.
    let mut theirs = base.clone();
    theirs.set_writeup_text(WriteupText::Summary, "Theirs.");
    let merged = merge(&base, &ours, &theirs);
    assert_eq!(merged.conflicts.len(), 1);
    assert_eq!(merged.doc.writeup.summary, "Theirs.");
    let mut doc = merged.doc.clone();
    keep_mine(&mut doc, &merged.conflicts[0]);
    assert_eq!(doc.writeup.summary, "Ours.");
}

#[test]
fn an_old_document_without_a_write_up_still_reads() {
    let pm = example();
    let json = serde_json::to_value(&pm).unwrap();
    assert!(
        json.get("writeup").is_none(),
        "an empty write-up is not stored"
    );
    let mut with = pm.clone();
    with.set_writeup_text(WriteupText::Author, "Shop owner");
    let json = serde_json::to_string(&with).unwrap();
    let back: Postmortem = serde_json::from_str(&json).unwrap();
    assert_eq!(back, with);
}

#[test]
fn facts_can_be_numbered_in_the_order_they_happened() {
    let mut pm = launch();
    // Written in the order of the fixture: the 10:00 London reply (F5) happened before
    // the 11:00 UTC closing (F4).
    let report = Report::new(&pm, &reader("UTC"));
    let labels: Vec<&str> = report.timeline.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(labels, ["F1", "F2", "F3", "F5", "F4"]);
    let order = report.time_order.clone().expect("out of order");
    pm.reorder_facts(&order);
    let report = Report::new(&pm, &reader("UTC"));
    let labels: Vec<&str> = report.timeline.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(labels, ["F1", "F2", "F3", "F4", "F5"]);
    assert_eq!(report.time_order, None, "now the list is in time order");
    assert_eq!(pm.facts[3].text, "Support replied to every buyer.");

    // Facts without a time, and blank ones, come after the timed ones, in list order.
    let untimed = pm.add_fact("No time.");
    let blank = pm.add_fact("");
    let late = pm.add_fact("Latest.");
    pm.set_fact_when(late, Some(wall(2026, 10, 17, 9, 0)));
    pm.set_fact_zone(late, Some("UTC".into()));
    let order = Report::new(&pm, &reader("UTC"))
        .time_order
        .expect("out of order");
    pm.reorder_facts(&order);
    let ids: Vec<_> = pm.facts.iter().map(|f| f.id).collect();
    assert_eq!(ids[5..], [late, untimed, blank]);
}

#[test]
fn a_time_standing_alone_names_its_zone() {
    let at = utc(2026, 11, 27, 14, 5);
    assert_eq!(
        reader("America/New_York").local_zoned(at),
        "2026-11-27 09:05 America/New_York"
    );
    assert_eq!(reader("UTC").local_zoned(at), "2026-11-27 14:05 UTC");
    // The column-headed form stays bare: its header names the zone.
    assert_eq!(reader("America/New_York").local(at), "2026-11-27 09:05");
    // A status line in the export says the zone of its time too (the report's zone, which
    // the facts' zones chose here).
    let mut doc = launch();
    doc.set_status(hindsight::domain::Status::InReview, at);
    let text = to_markdown(&Report::new(&doc, &reader("America/New_York")));
    assert!(
        text.contains("In review (since 2026-11-27 14:05 Europe/London)"),
        "{text}"
    );
}

#[test]
fn the_summary_names_every_root_cause() {
    let mut pm = example();
    let second = pm.add_cause("The discount code was set to start at midnight UTC.");
    pm.set_cause_kind(second, hindsight::domain::CauseKind::Root);
    let report = Report::new(&pm, &reader("UTC"));
    let draft = &report.suggested_summary;
    assert!(draft.contains("Root causes: (1) "), "{draft}");
    assert!(
        draft.contains("(2) The discount code was set to start at midnight UTC."),
        "{draft}"
    );
}
