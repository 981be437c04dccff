#![cfg(not(target_arch = "wasm32"))]
//! The time-zone-true timeline (issue 3): facts ordered by the instant they happened
//! whatever zone each was recorded in, DST-correct conversions in both hemispheres, the
//! warnings (unknown zone, wrong-season abbreviation, mixed zones), time to detect and
//! resolve, and the worked example's timeline and export. Zone rules come from
//! `TestZones`, standing in for the browser's `Intl` database.

#![allow(clippy::unwrap_used)]

mod support;

use chrono::{DateTime, Duration, NaiveDate, NaiveDateTime, Utc};
use hindsight::domain::{
    format_elapsed, worked_example, Entry, FactKind, ItemId, Postmortem, PostmortemId, Timeline,
    Zone,
};
use hindsight::export::{to_markdown, Report, ReportContext};
use pulldown_cmark::HeadingLevel;
use support::clock::{utc, wall};
use support::markdown::{checked_tables, find, headings, parse, text, Node, ACTIONS_HEAD};
use support::zones::TestZones;

// ---- fixtures ----

fn new_pm() -> Postmortem {
    Postmortem::new(
        PostmortemId("pm-1".into()),
        "Timeline",
        utc(2026, 11, 27, 14, 0),
    )
}

/// Adds a fact with a time, a recorded zone (or none), a source and a kind.
fn fact(
    pm: &mut Postmortem,
    text: &str,
    when: Option<NaiveDateTime>,
    zone: Option<&str>,
    source: &str,
    kind: Option<FactKind>,
) -> ItemId {
    let id = pm.add_fact(text);
    pm.set_fact_when(id, when);
    pm.set_fact_zone(id, zone.map(str::to_owned));
    pm.set_fact_source(id, source);
    pm.set_fact_kind(id, kind);
    id
}

/// A fact at a time in a zone, from "a tool", with no kind.
fn at(pm: &mut Postmortem, text: &str, when: NaiveDateTime, zone: &str) -> ItemId {
    fact(pm, text, Some(when), Some(zone), "a tool", None)
}

fn viewer(name: &str) -> Zone {
    Zone::parse(name, &TestZones).unwrap()
}

fn build(pm: &Postmortem, viewer_zone: &str) -> Timeline {
    Timeline::build(pm, &TestZones, &viewer(viewer_zone))
}

fn texts(timeline: &Timeline) -> Vec<&str> {
    timeline.entries.iter().map(|e| e.text.as_str()).collect()
}

fn instants(timeline: &Timeline) -> Vec<Option<DateTime<Utc>>> {
    timeline.entries.iter().map(|e| e.instant).collect()
}

fn elapsed(timeline: &Timeline) -> Vec<Option<String>> {
    timeline
        .entries
        .iter()
        .map(|e| e.since_previous.map(format_elapsed))
        .collect()
}

fn entry<'a>(timeline: &'a Timeline, text: &str) -> &'a Entry {
    timeline
        .entries
        .iter()
        .find(|e| e.text == text)
        .unwrap_or_else(|| panic!("no entry {text:?} in {timeline:#?}"))
}

fn example() -> Postmortem {
    worked_example(PostmortemId("example".into()), utc(2026, 11, 27, 14, 0))
}

fn new_york_reader() -> ReportContext<'static> {
    ReportContext {
        today: NaiveDate::from_ymd_opt(2026, 11, 28).unwrap(),
        zone: viewer("America/New_York"),
        rules: &TestZones,
    }
}

// ---- ordering and elapsed times ----

#[test]
fn the_same_wall_time_in_los_angeles_is_three_hours_after_new_york() {
    let mut pm = new_pm();
    // Listed first, but happens last.
    at(
        &mut pm,
        "code live",
        wall(2026, 11, 27, 9, 0),
        "America/Los_Angeles",
    );
    at(
        &mut pm,
        "email sent",
        wall(2026, 11, 27, 9, 0),
        "America/New_York",
    );
    let timeline = build(&pm, "UTC");
    assert_eq!(texts(&timeline), ["email sent", "code live"]);
    assert_eq!(
        instants(&timeline),
        [
            Some(utc(2026, 11, 27, 14, 0)),
            Some(utc(2026, 11, 27, 17, 0))
        ]
    );
    assert_eq!(elapsed(&timeline), [None, Some("+3 h 00 min".to_owned())]);
    // Labels keep the order of the facts list, as everywhere else in the export.
    assert_eq!(entry(&timeline, "code live").label, "F1");
    assert_eq!(entry(&timeline, "email sent").label, "F2");
    assert_eq!(
        entry(&timeline, "code live").wall,
        wall(2026, 11, 27, 9, 0),
        "the recorded wall time is kept as typed"
    );
}

#[test]
fn facts_from_many_zones_are_ordered_by_instant_with_elapsed_times() {
    let mut pm = new_pm();
    // 14:00, 17:00, 14:30, 13:15, 15:30 UTC.
    at(
        &mut pm,
        "new york",
        wall(2026, 11, 27, 9, 0),
        "America/New_York",
    );
    at(
        &mut pm,
        "los angeles",
        wall(2026, 11, 27, 9, 0),
        "America/Los_Angeles",
    );
    at(&mut pm, "tokyo", wall(2026, 11, 27, 23, 30), "Asia/Tokyo");
    at(
        &mut pm,
        "kolkata",
        wall(2026, 11, 27, 18, 45),
        "Asia/Kolkata",
    );
    at(
        &mut pm,
        "berlin",
        wall(2026, 11, 27, 16, 30),
        "Europe/Berlin",
    );
    let timeline = build(&pm, "UTC");
    assert_eq!(
        texts(&timeline),
        ["kolkata", "new york", "tokyo", "berlin", "los angeles"]
    );
    assert_eq!(
        elapsed(&timeline),
        [
            None,
            Some("+45 min".to_owned()),
            Some("+30 min".to_owned()),
            Some("+1 h 00 min".to_owned()),
            Some("+1 h 30 min".to_owned()),
        ]
    );
    assert_eq!(timeline.start, Some(utc(2026, 11, 27, 13, 15)));
    assert!(timeline.entries.iter().all(|e| e.warnings.is_empty()));
}

#[test]
fn facts_at_the_same_instant_keep_their_list_order() {
    let mut pm = new_pm();
    at(
        &mut pm,
        "second",
        wall(2026, 11, 27, 6, 0),
        "America/Los_Angeles",
    );
    at(&mut pm, "first", wall(2026, 11, 27, 14, 0), "UTC");
    at(
        &mut pm,
        "third",
        wall(2026, 11, 27, 9, 0),
        "America/New_York",
    );
    at(
        &mut pm,
        "earlier",
        wall(2026, 11, 27, 8, 0),
        "America/New_York",
    );
    let timeline = build(&pm, "UTC");
    assert_eq!(texts(&timeline), ["earlier", "second", "first", "third"]);
    assert_eq!(
        elapsed(&timeline),
        [
            None,
            Some("+1 h 00 min".to_owned()),
            Some("+0 min".to_owned()),
            Some("+0 min".to_owned())
        ]
    );
}

#[test]
fn a_fact_without_a_zone_is_read_in_the_viewers_zone() {
    let mut pm = new_pm();
    fact(
        &mut pm,
        "no zone",
        Some(wall(2026, 11, 27, 9, 0)),
        None,
        "chat",
        None,
    );
    for (zone, instant) in [
        ("UTC", utc(2026, 11, 27, 9, 0)),
        ("America/Los_Angeles", utc(2026, 11, 27, 17, 0)),
        ("Europe/Berlin", utc(2026, 11, 27, 8, 0)),
        ("Australia/Sydney", utc(2026, 11, 26, 22, 0)),
        ("EST", utc(2026, 11, 27, 14, 0)),
    ] {
        let timeline = build(&pm, zone);
        let e = &timeline.entries[0];
        assert_eq!(e.instant, Some(instant), "{zone}");
        assert!(!e.zone_recorded, "{zone}");
        assert_eq!(e.zone, zone);
        assert!(e.warnings.is_empty(), "{zone}: {:?}", e.warnings);
    }
    // The export says the zone was not recorded and how it was read.
    let report = Report::new(&pm, &new_york_reader());
    assert_eq!(
        report.timeline[0].recorded,
        "2026-11-27 09:00 (zone not recorded; read as America/New_York)"
    );
    assert_eq!(report.timeline[0].utc.as_deref(), Some("2026-11-27 14:00"));
}

#[test]
fn facts_without_a_time_come_after_the_timed_ones() {
    let mut pm = new_pm();
    fact(
        &mut pm,
        "  carts abandoned  ",
        None,
        None,
        "shop admin",
        None,
    );
    at(
        &mut pm,
        "email sent",
        wall(2026, 11, 27, 9, 0),
        "America/New_York",
    );
    pm.add_fact("   ");
    // A zone without a time places nothing.
    fact(&mut pm, "refunds", None, Some("Asia/Tokyo"), "", None);
    let timeline = build(&pm, "UTC");
    assert_eq!(texts(&timeline), ["email sent"]);
    assert_eq!(timeline.entries[0].label, "F2");
    let report = Report::new(&pm, &new_york_reader());
    let untimed: Vec<_> = report
        .untimed
        .iter()
        .map(|f| (f.label.as_str(), f.text.as_str()))
        .collect();
    assert_eq!(
        untimed,
        [("F1", "carts abandoned"), ("F4", "refunds")],
        "blank facts are skipped but keep their number (Listed::label)"
    );
    let md = to_markdown(&report);
    let table = md.find("- **F2** · ").unwrap();
    let untimed = md.find("Facts without a time:").unwrap();
    assert!(table < untimed, "{md}");
    assert!(
        md.contains("- **F1**: carts abandoned (source: shop admin)\n- **F4**: refunds\n"),
        "{md}"
    );
}

// ---- unknown zones ----

#[test]
fn a_fact_in_an_unknown_zone_comes_last_with_a_warning() {
    let mut pm = new_pm();
    fact(
        &mut pm,
        "on mars",
        Some(wall(2026, 11, 27, 1, 0)),
        Some("Mars/Base"),
        "rover",
        Some(FactKind::Detection),
    );
    at(&mut pm, "late", wall(2026, 11, 27, 20, 0), "UTC");
    at(
        &mut pm,
        "early",
        wall(2026, 11, 27, 9, 0),
        "America/New_York",
    );
    fact(
        &mut pm,
        "on venus",
        Some(wall(2026, 11, 27, 0, 0)),
        Some("Venus/Base"),
        "probe",
        None,
    );
    let timeline = build(&pm, "UTC");
    assert_eq!(texts(&timeline), ["early", "late", "on mars", "on venus"]);
    let mars = entry(&timeline, "on mars");
    assert_eq!(mars.instant, None);
    assert_eq!(mars.since_previous, None);
    assert_eq!(mars.zone, "Mars/Base");
    assert!(mars.zone_recorded);
    assert_eq!(mars.warnings.len(), 1, "{:?}", mars.warnings);
    assert!(
        mars.warnings[0].contains("Mars/Base"),
        "{:?}",
        mars.warnings
    );
    assert_eq!(
        timeline.detected, None,
        "a detection that cannot be placed does not count"
    );
    assert_eq!(timeline.time_to_detect(), None);
    assert_eq!(timeline.start, Some(utc(2026, 11, 27, 14, 0)));

    let report = Report::new(&pm, &new_york_reader());
    let row = &report.timeline[2];
    assert_eq!(row.label, "F1");
    assert_eq!(row.recorded, "2026-11-27 01:00 Mars/Base");
    assert_eq!(row.utc, None);
    assert_eq!(row.elapsed, None);
    let md = to_markdown(&report);
    assert!(
        md.contains("- **F1** · 2026-11-27 01:00 Mars/Base — "),
        "{md}"
    );
    assert!(md.contains("Notes on the times:"), "{md}");
}

#[test]
fn odd_zones_and_extreme_times_never_panic() {
    let zones = [
        "",
        " ",
        "Mars/Base",
        "<script>",
        "America/New York",
        "IST",
        "UTC+5",
        "+05:00",
        "EST5EDT",
        "\u{0}",
        "🔥",
        "America/New_York\nEurope/Berlin",
    ];
    let long = "A/".repeat(5000);
    let times = [
        wall(2026, 11, 27, 9, 0),
        wall(2026, 3, 8, 2, 30),
        wall(2026, 11, 1, 1, 30),
        wall(1, 1, 1, 0, 0),
        wall(9999, 12, 31, 23, 59),
    ];
    for zone in zones.iter().copied().chain([long.as_str()]) {
        for when in times {
            let mut pm = new_pm();
            fact(
                &mut pm,
                "x",
                Some(when),
                Some(zone),
                "s",
                Some(FactKind::Detection),
            );
            at(&mut pm, "y", wall(2026, 11, 27, 9, 0), "America/New_York");
            for viewer_zone in ["UTC", "Australia/Sydney", "America/Los_Angeles", "EST"] {
                let timeline = build(&pm, viewer_zone);
                assert_eq!(timeline.entries.len(), 2);
                let ctx = ReportContext {
                    zone: viewer(viewer_zone),
                    ..new_york_reader()
                };
                to_markdown(&Report::new(&pm, &ctx));
            }
            // A reader whose zone the rules do not know still gets a document.
            let ctx = ReportContext::utc(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap());
            to_markdown(&Report::new(&pm, &ctx));
        }
    }
}

#[test]
fn times_at_the_edge_of_the_calendar_never_panic() {
    // Out of reach of the date input, but a stored or imported document can hold them.
    for when in [NaiveDateTime::MAX, NaiveDateTime::MIN] {
        for zone in [
            None,
            Some("UTC"),
            Some("EST"),
            Some("Asia/Tokyo"),
            Some("Mars/Base"),
        ] {
            let mut pm = new_pm();
            fact(
                &mut pm,
                "edge",
                Some(when),
                zone,
                "s",
                Some(FactKind::Resolution),
            );
            at(
                &mut pm,
                "normal",
                wall(2026, 11, 27, 9, 0),
                "America/New_York",
            );
            for viewer_zone in ["UTC", "Asia/Tokyo", "America/Los_Angeles"] {
                let timeline = build(&pm, viewer_zone);
                assert_eq!(timeline.entries.len(), 2, "{when} {zone:?}");
                assert_eq!(
                    entry(&timeline, "normal").instant,
                    Some(utc(2026, 11, 27, 14, 0))
                );
                let ctx = ReportContext {
                    zone: viewer(viewer_zone),
                    ..new_york_reader()
                };
                let md = to_markdown(&Report::new(&pm, &ctx));
                assert!(md.contains(" — normal"), "{md}");
            }
        }
    }
    // The document's own dates, shown in the reader's zone, at the edges too.
    for instant in [DateTime::<Utc>::MAX_UTC, DateTime::<Utc>::MIN_UTC] {
        let mut pm = new_pm();
        pm.created_at = instant;
        pm.updated_at = instant;
        at(
            &mut pm,
            "normal",
            wall(2026, 11, 27, 9, 0),
            "America/New_York",
        );
        for viewer_zone in ["UTC", "Asia/Tokyo", "America/Los_Angeles"] {
            let ctx = ReportContext {
                zone: viewer(viewer_zone),
                ..new_york_reader()
            };
            let md = to_markdown(&Report::new(&pm, &ctx));
            assert!(md.contains(" — normal"), "{md}");
        }
    }
}

// ---- abbreviations and warnings ----

#[test]
fn est_typed_on_a_july_date_warns_that_new_york_is_on_edt() {
    let mut pm = new_pm();
    at(&mut pm, "summer", wall(2026, 7, 3, 9, 0), "EST");
    at(&mut pm, "winter", wall(2026, 11, 27, 9, 0), "est");
    let timeline = build(&pm, "UTC");
    let summer = entry(&timeline, "summer");
    // EST is a fixed offset: 09:00 EST is 14:00 UTC whatever the season.
    assert_eq!(summer.instant, Some(utc(2026, 7, 3, 14, 0)));
    assert_eq!(summer.warnings.len(), 1, "{:?}", summer.warnings);
    assert!(summer.warnings[0].contains("EDT"), "{:?}", summer.warnings);
    assert!(
        summer.warnings[0].contains("1 h 00 min"),
        "{:?}",
        summer.warnings
    );
    let winter = entry(&timeline, "winter");
    assert_eq!(winter.instant, Some(utc(2026, 11, 27, 14, 0)));
    assert!(winter.warnings.is_empty(), "{:?}", winter.warnings);
    assert_eq!(winter.zone, "EST", "shown by its canonical name");

    // The warning reaches the export.
    let md = to_markdown(&Report::new(&pm, &new_york_reader()));
    let notes = md.split("Notes on the times:").nth(1).unwrap();
    assert!(notes.contains("- F1: ") && notes.contains("EDT"), "{md}");
}

#[test]
fn other_wrong_season_abbreviations_warn_too() {
    let mut pm = new_pm();
    at(&mut pm, "pdt in december", wall(2026, 12, 1, 9, 0), "PDT");
    at(&mut pm, "aest in january", wall(2026, 1, 10, 9, 0), "AEST");
    at(&mut pm, "gmt in july", wall(2026, 7, 10, 9, 0), "GMT");
    at(&mut pm, "bst in july", wall(2026, 7, 10, 9, 0), "BST");
    at(&mut pm, "jst", wall(2026, 7, 10, 9, 0), "JST");
    let timeline = build(&pm, "UTC");
    for (text, partner) in [
        ("pdt in december", "PST"),
        ("aest in january", "AEDT"),
        ("gmt in july", "BST"),
    ] {
        let e = entry(&timeline, text);
        assert_eq!(e.warnings.len(), 1, "{text}");
        assert!(e.warnings[0].contains(partner), "{text}: {:?}", e.warnings);
    }
    assert!(entry(&timeline, "bst in july").warnings.is_empty());
    assert!(entry(&timeline, "jst").warnings.is_empty());
}

#[test]
fn mixed_zones_are_flagged_when_sources_use_different_zones() {
    let mut pm = new_pm();
    fact(
        &mut pm,
        "email",
        Some(wall(2026, 11, 27, 9, 0)),
        Some("America/New_York"),
        "email tool",
        None,
    );
    fact(
        &mut pm,
        "code",
        Some(wall(2026, 11, 27, 9, 0)),
        Some("America/Los_Angeles"),
        "promo tool",
        None,
    );
    fact(
        &mut pm,
        "ticket",
        Some(wall(2026, 11, 27, 9, 5)),
        Some("America/New_York"),
        "support inbox",
        None,
    );
    let timeline = build(&pm, "UTC");
    let mixed = timeline.mixed_zones.clone().unwrap();
    assert!(mixed.contains("2 different time zones"), "{mixed}");
    assert!(
        mixed.contains("America/New_York (email tool, support inbox)"),
        "{mixed}"
    );
    assert!(
        mixed.contains("America/Los_Angeles (promo tool)"),
        "{mixed}"
    );

    // A fact without a zone is counted as read in the viewer's zone.
    fact(
        &mut pm,
        "chat",
        Some(wall(2026, 11, 27, 9, 10)),
        None,
        "chat",
        None,
    );
    let mixed = build(&pm, "Europe/Berlin").mixed_zones.unwrap();
    assert!(mixed.contains("Europe/Berlin"), "{mixed}");

    // The export states the zones in one line of its header; the advice to check every
    // tool is for the writer, and stays out of it.
    let md = to_markdown(&Report::new(&pm, &new_york_reader()));
    let times = md.lines().find(|l| l.starts_with("- **Times:** ")).unwrap();
    assert!(times.contains("facts were recorded in "), "{md}");
    assert!(
        !md.contains("Mixed time zones") && !md.contains("Check that"),
        "{md}"
    );
}

#[test]
fn no_mixed_zone_warning_when_every_fact_shares_one_zone() {
    let mut pm = new_pm();
    fact(
        &mut pm,
        "email",
        Some(wall(2026, 11, 27, 9, 0)),
        Some("America/New_York"),
        "email tool",
        None,
    );
    fact(
        &mut pm,
        "code",
        Some(wall(2026, 11, 27, 9, 30)),
        Some("America/New_York"),
        "promo tool",
        None,
    );
    // Untimed facts have no zone to mix.
    fact(
        &mut pm,
        "carts",
        None,
        Some("Asia/Tokyo"),
        "shop admin",
        None,
    );
    assert_eq!(build(&pm, "Europe/Berlin").mixed_zones, None);
    let md = to_markdown(&Report::new(&pm, &new_york_reader()));
    assert!(!md.contains("Mixed time zones"), "{md}");

    // One zone spelled two ways is still one zone.
    let mut pm = new_pm();
    at(&mut pm, "a", wall(2026, 11, 27, 9, 0), "utc");
    at(&mut pm, "b", wall(2026, 11, 27, 9, 0), "UTC");
    at(&mut pm, "c", wall(2026, 11, 27, 9, 0), "Z");
    assert_eq!(build(&pm, "UTC").mixed_zones, None);
    let mut pm = new_pm();
    at(&mut pm, "a", wall(2026, 11, 27, 9, 0), "est");
    at(&mut pm, "b", wall(2026, 11, 27, 9, 0), "EST");
    assert_eq!(build(&pm, "UTC").mixed_zones, None);

    // Facts with no zone at all are all read in the viewer's: nothing to mix.
    let mut pm = new_pm();
    fact(
        &mut pm,
        "a",
        Some(wall(2026, 11, 27, 9, 0)),
        None,
        "x",
        None,
    );
    fact(
        &mut pm,
        "b",
        Some(wall(2026, 11, 27, 10, 0)),
        None,
        "y",
        None,
    );
    assert_eq!(build(&pm, "America/Chicago").mixed_zones, None);
}

// ---- time to detect and resolve ----

#[test]
fn time_to_detect_and_resolve_use_the_first_detection_and_the_last_resolution() {
    let mut pm = new_pm();
    let ny = Some("America/New_York");
    fact(
        &mut pm,
        "resolved once",
        Some(wall(2026, 11, 27, 11, 0)),
        ny,
        "",
        Some(FactKind::Resolution),
    );
    fact(
        &mut pm,
        "second alert",
        Some(wall(2026, 11, 27, 9, 30)),
        ny,
        "",
        Some(FactKind::Detection),
    );
    fact(
        &mut pm,
        "start",
        Some(wall(2026, 11, 27, 9, 0)),
        ny,
        "",
        Some(FactKind::Event),
    );
    fact(
        &mut pm,
        "first alert",
        Some(wall(2026, 11, 27, 6, 20)),
        Some("America/Los_Angeles"),
        "",
        Some(FactKind::Detection),
    );
    fact(
        &mut pm,
        "resolved again",
        Some(wall(2026, 11, 27, 17, 45)),
        Some("UTC"),
        "",
        Some(FactKind::Resolution),
    );
    fact(
        &mut pm,
        "untimed resolution",
        None,
        None,
        "",
        Some(FactKind::Resolution),
    );
    let timeline = build(&pm, "UTC");
    assert_eq!(timeline.start, Some(utc(2026, 11, 27, 14, 0)));
    assert_eq!(timeline.detected, Some(utc(2026, 11, 27, 14, 20)));
    assert_eq!(timeline.resolved, Some(utc(2026, 11, 27, 17, 45)));
    assert_eq!(timeline.time_to_detect(), Some(Duration::minutes(20)));
    assert_eq!(
        timeline.time_to_resolve(),
        Some(Duration::hours(3) + Duration::minutes(45))
    );

    let report = Report::new(&pm, &new_york_reader());
    let impact: Vec<String> = report
        .impact
        .iter()
        .map(|line| format!("{}: {}", line.what.label(), line.value))
        .collect();
    assert_eq!(
        impact,
        [
            "Incident started: 2026-11-27 09:00 America/New_York",
            "Detected: 2026-11-27 09:20 America/New_York (time to detect: 20 min)",
            "Resolved: 2026-11-27 12:45 America/New_York (time to resolve: 3 h 45 min)",
        ]
    );
}

#[test]
fn time_to_detect_and_resolve_are_none_without_their_facts() {
    let mut pm = new_pm();
    assert_eq!(build(&pm, "UTC").time_to_detect(), None);
    assert_eq!(build(&pm, "UTC").time_to_resolve(), None);
    assert_eq!(build(&pm, "UTC").start, None);

    at(
        &mut pm,
        "start",
        wall(2026, 11, 27, 9, 0),
        "America/New_York",
    );
    let timeline = build(&pm, "UTC");
    assert_eq!(timeline.start, Some(utc(2026, 11, 27, 14, 0)));
    assert_eq!(timeline.time_to_detect(), None);
    assert_eq!(timeline.time_to_resolve(), None);

    // Detection and resolution facts without a time do not count either.
    fact(
        &mut pm,
        "noticed",
        None,
        None,
        "",
        Some(FactKind::Detection),
    );
    fact(&mut pm, "fixed", None, None, "", Some(FactKind::Resolution));
    let timeline = build(&pm, "UTC");
    assert_eq!(timeline.time_to_detect(), None);
    assert_eq!(timeline.time_to_resolve(), None);
    let report = Report::new(&pm, &new_york_reader());
    let labels: Vec<&str> = report.impact.iter().map(|l| l.what.label()).collect();
    assert_eq!(labels, ["Incident started"], "no durations to show");

    // A detection alone gives time to detect but not to resolve.
    fact(
        &mut pm,
        "alert",
        Some(wall(2026, 11, 27, 9, 5)),
        Some("America/New_York"),
        "",
        Some(FactKind::Detection),
    );
    let timeline = build(&pm, "UTC");
    assert_eq!(timeline.time_to_detect(), Some(Duration::minutes(5)));
    assert_eq!(timeline.time_to_resolve(), None);
}

// ---- DST, both hemispheres ----

#[test]
fn elapsed_times_across_the_spring_change_count_real_time() {
    // New York, 2026-03-08: 02:00 EST jumps to 03:00 EDT.
    let mut pm = new_pm();
    at(
        &mut pm,
        "before",
        wall(2026, 3, 8, 1, 30),
        "America/New_York",
    );
    at(
        &mut pm,
        "after",
        wall(2026, 3, 8, 3, 30),
        "America/New_York",
    );
    let timeline = build(&pm, "UTC");
    assert_eq!(
        instants(&timeline),
        [Some(utc(2026, 3, 8, 6, 30)), Some(utc(2026, 3, 8, 7, 30))]
    );
    assert_eq!(elapsed(&timeline)[1].as_deref(), Some("+1 h 00 min"));
    // Sydney, 2026-10-04: 02:00 AEST jumps to 03:00 AEDT (southern spring).
    let mut pm = new_pm();
    at(
        &mut pm,
        "before",
        wall(2026, 10, 4, 1, 30),
        "Australia/Sydney",
    );
    at(
        &mut pm,
        "after",
        wall(2026, 10, 4, 3, 30),
        "Australia/Sydney",
    );
    let timeline = build(&pm, "UTC");
    assert_eq!(
        instants(&timeline),
        [
            Some(utc(2026, 10, 3, 15, 30)),
            Some(utc(2026, 10, 3, 16, 30))
        ]
    );
    assert_eq!(elapsed(&timeline)[1].as_deref(), Some("+1 h 00 min"));
    // London, 2026-03-29: 01:00 GMT jumps to 02:00 BST.
    let mut pm = new_pm();
    at(&mut pm, "before", wall(2026, 3, 29, 0, 30), "Europe/London");
    at(&mut pm, "after", wall(2026, 3, 29, 2, 30), "Europe/London");
    let timeline = build(&pm, "UTC");
    assert_eq!(elapsed(&timeline)[1].as_deref(), Some("+1 h 00 min"));
}

#[test]
fn elapsed_times_across_the_autumn_change_count_real_time() {
    // New York, 2026-11-01: 02:00 EDT goes back to 01:00 EST.
    let mut pm = new_pm();
    at(
        &mut pm,
        "before",
        wall(2026, 11, 1, 0, 30),
        "America/New_York",
    );
    at(
        &mut pm,
        "after",
        wall(2026, 11, 1, 2, 30),
        "America/New_York",
    );
    let timeline = build(&pm, "UTC");
    assert_eq!(
        instants(&timeline),
        [Some(utc(2026, 11, 1, 4, 30)), Some(utc(2026, 11, 1, 7, 30))]
    );
    assert_eq!(elapsed(&timeline)[1].as_deref(), Some("+3 h 00 min"));
    // Sydney, 2026-04-05: 03:00 AEDT goes back to 02:00 AEST (southern autumn).
    let mut pm = new_pm();
    at(
        &mut pm,
        "before",
        wall(2026, 4, 5, 1, 30),
        "Australia/Sydney",
    );
    at(
        &mut pm,
        "after",
        wall(2026, 4, 5, 3, 30),
        "Australia/Sydney",
    );
    let timeline = build(&pm, "UTC");
    assert_eq!(
        instants(&timeline),
        [Some(utc(2026, 4, 4, 14, 30)), Some(utc(2026, 4, 4, 17, 30))]
    );
    assert_eq!(elapsed(&timeline)[1].as_deref(), Some("+3 h 00 min"));
}

#[test]
fn skipped_and_repeated_wall_times_are_placed_and_flagged() {
    let mut pm = new_pm();
    at(
        &mut pm,
        "ny skipped",
        wall(2026, 3, 8, 2, 30),
        "America/New_York",
    );
    at(
        &mut pm,
        "ny repeated",
        wall(2026, 11, 1, 1, 30),
        "America/New_York",
    );
    at(
        &mut pm,
        "sydney skipped",
        wall(2026, 10, 4, 2, 30),
        "Australia/Sydney",
    );
    at(
        &mut pm,
        "sydney repeated",
        wall(2026, 4, 5, 2, 30),
        "Australia/Sydney",
    );
    at(
        &mut pm,
        "berlin repeated",
        wall(2026, 10, 25, 2, 30),
        "Europe/Berlin",
    );
    let timeline = build(&pm, "UTC");
    for (text, instant, says) in [
        ("ny skipped", utc(2026, 3, 8, 7, 30), "did not exist"),
        ("ny repeated", utc(2026, 11, 1, 5, 30), "happened twice"),
        ("sydney skipped", utc(2026, 10, 3, 16, 30), "did not exist"),
        ("sydney repeated", utc(2026, 4, 4, 15, 30), "happened twice"),
        (
            "berlin repeated",
            utc(2026, 10, 25, 0, 30),
            "happened twice",
        ),
    ] {
        let e = entry(&timeline, text);
        assert_eq!(e.instant, Some(instant), "{text}");
        assert_eq!(e.warnings.len(), 1, "{text}: {:?}", e.warnings);
        assert!(e.warnings[0].contains(says), "{text}: {:?}", e.warnings);
        assert!(e.warnings[0].contains(&e.zone), "{text}: {:?}", e.warnings);
    }
}

#[test]
fn the_same_wall_time_converts_with_the_season_in_both_hemispheres() {
    // New York: 09:00 is 14:00 UTC in November and 13:00 UTC in July.
    // Sydney: 20:00 is 09:00 UTC in January (AEDT) and 10:00 UTC in July (AEST).
    let mut pm = new_pm();
    at(
        &mut pm,
        "ny winter",
        wall(2026, 11, 27, 9, 0),
        "America/New_York",
    );
    at(
        &mut pm,
        "ny summer",
        wall(2026, 7, 3, 9, 0),
        "America/New_York",
    );
    at(
        &mut pm,
        "sydney summer",
        wall(2026, 1, 15, 20, 0),
        "Australia/Sydney",
    );
    at(
        &mut pm,
        "sydney winter",
        wall(2026, 7, 15, 20, 0),
        "Australia/Sydney",
    );
    at(
        &mut pm,
        "london winter",
        wall(2026, 1, 15, 9, 0),
        "Europe/London",
    );
    at(
        &mut pm,
        "london summer",
        wall(2026, 7, 15, 9, 0),
        "Europe/London",
    );
    let timeline = build(&pm, "UTC");
    for (text, instant) in [
        ("ny winter", utc(2026, 11, 27, 14, 0)),
        ("ny summer", utc(2026, 7, 3, 13, 0)),
        ("sydney summer", utc(2026, 1, 15, 9, 0)),
        ("sydney winter", utc(2026, 7, 15, 10, 0)),
        ("london winter", utc(2026, 1, 15, 9, 0)),
        ("london summer", utc(2026, 7, 15, 8, 0)),
    ] {
        assert_eq!(entry(&timeline, text).instant, Some(instant), "{text}");
    }
    // Sydney's summer evening and London's winter morning are the same instant.
    assert_eq!(
        texts(&timeline)[..2],
        ["sydney summer", "london winter"],
        "equal instants keep list order"
    );
}

#[test]
fn the_report_zone_follows_dst_too() {
    // Facts in UTC either side of Sydney's autumn change, in a report shown in Sydney time.
    let mut pm = new_pm();
    at(&mut pm, "before", wall(2026, 4, 4, 15, 0), "UTC");
    at(&mut pm, "after", wall(2026, 4, 4, 17, 0), "UTC");
    pm.set_report_zone(Some("Australia/Sydney".to_owned()));
    let report = Report::new(&pm, &new_york_reader());
    let local: Vec<_> = report.timeline.iter().map(|r| r.local.clone()).collect();
    assert_eq!(
        local,
        [
            Some("2026-04-05 02:00".to_owned()),
            Some("2026-04-05 03:00".to_owned())
        ]
    );
    assert_eq!(report.timeline[1].elapsed.as_deref(), Some("+2 h 00 min"));
    // And a report in New York time across its spring change.
    let mut pm = new_pm();
    at(&mut pm, "before", wall(2026, 3, 8, 6, 30), "UTC");
    at(&mut pm, "after", wall(2026, 3, 8, 7, 30), "UTC");
    pm.set_report_zone(Some("America/New_York".to_owned()));
    let report = Report::new(&pm, &new_york_reader());
    let local: Vec<_> = report.timeline.iter().map(|r| r.local.clone()).collect();
    assert_eq!(
        local,
        [
            Some("2026-03-08 01:30".to_owned()),
            Some("2026-03-08 03:30".to_owned())
        ]
    );
}

// ---- the worked example ----

#[test]
fn the_worked_example_shows_the_three_hour_gap_and_the_mixed_zones() {
    let pm = example();
    let timeline = build(&pm, "America/New_York");
    let email = &timeline.entries[0];
    assert_eq!(email.zone, "America/New_York");
    assert!(
        email.text.starts_with("Sale announcement email"),
        "{email:?}"
    );
    assert_eq!(email.instant, Some(utc(2026, 11, 27, 14, 0)));
    let code = timeline.entries.last().unwrap();
    assert_eq!(code.zone, "America/Los_Angeles");
    assert!(code.text.starts_with("BF30 became active"), "{code:?}");
    assert_eq!(code.instant, Some(utc(2026, 11, 27, 17, 0)));
    assert_eq!(
        code.instant.unwrap() - email.instant.unwrap(),
        Duration::hours(3),
        "the code went live three hours after the email"
    );
    assert_eq!(
        timeline.entries.len(),
        5,
        "every timed fact is placed: {timeline:#?}"
    );
    assert!(timeline.entries.iter().all(|e| e.warnings.is_empty()));
    assert!(
        timeline
            .entries
            .windows(2)
            .all(|w| w[0].instant <= w[1].instant),
        "in time order"
    );
    let report = Report::new(&pm, &new_york_reader());
    assert_eq!(report.untimed.len(), 1);
    // The incident's own day names the exported file, not the day it was exported.
    assert_eq!(report.incident_date, NaiveDate::from_ymd_opt(2026, 11, 27));
    let mixed = timeline.mixed_zones.clone().unwrap();
    assert!(mixed.contains("America/New_York"), "{mixed}");
    assert!(
        mixed.contains("America/Los_Angeles (promo tool)"),
        "{mixed}"
    );
    assert_eq!(timeline.time_to_detect(), Some(Duration::minutes(5)));
    assert_eq!(timeline.time_to_resolve(), Some(Duration::hours(3)));
}

#[test]
fn the_worked_example_exports_a_complete_time_zone_true_report() {
    let pm = example();
    let md = to_markdown(&Report::new(&pm, &new_york_reader()));
    let nodes = parse(&md);
    assert_eq!(
        headings(&nodes, HeadingLevel::H2),
        ["Impact", "Facts", "Causes", "Actions"],
        "{md}"
    );
    assert_eq!(headings(&nodes, HeadingLevel::H3).len(), 2);

    // Time and fact first, one line per fact, in the zone most facts were recorded in,
    // with UTC, the time since the previous fact, the zone as recorded when it differs,
    // the source and the kind after the fact.
    let lines: Vec<&str> = md.lines().filter(|l| l.starts_with("- **F")).collect();
    let expected = [
        ("F1", "2026-11-27 09:00", "2026-11-27 14:00 UTC · source: email tool · Event"),
        ("F2", "2026-11-27 09:05", "2026-11-27 14:05 UTC · +5 min since the previous fact · source: support inbox · Detection"),
        ("F3", "2026-11-27 10:40", "2026-11-27 15:40 UTC · +1 h 35 min since the previous fact · source: support inbox · Response"),
        ("F4", "2026-11-27 10:55", "2026-11-27 15:55 UTC · +15 min since the previous fact · source: promo tool · Response"),
        ("F5", "2026-11-27 12:00", "2026-11-27 17:00 UTC · +1 h 05 min since the previous fact · recorded as 2026-11-27 09:00 America/Los_Angeles · source: promo tool · Resolution"),
    ];
    for ((line, (label, time, details)), fact) in lines.iter().zip(expected).zip(&pm.facts) {
        assert_eq!(
            *line,
            format!(
                "- **{label}** · {time} America/New_York — {} ({details})",
                fact.text
            ),
            "{md}"
        );
    }
    assert_eq!(lines.len(), 6, "five timed facts and the untimed one: {md}");
    assert!(
        md.contains("- **Incident:** 2026-11-27 09:00 – 12:00 America/New_York (3 h 00 min)\n"),
        "{md}"
    );
    assert!(
        md.contains("- **Times:** America/New_York, with UTC alongside; facts were recorded in America/New_York (4) and America/Los_Angeles (1).\n"),
        "{md}"
    );
    let tables = checked_tables(&md, &nodes);
    assert_eq!(tables.len(), 1, "{md}");

    let actions = &tables[0];
    assert_eq!(actions.head, ACTIONS_HEAD);
    assert_eq!(actions.rows.len(), 2);
    assert_eq!(
        actions.rows[0],
        [
            "A1",
            pm.actions[0].description.as_str(),
            "Prevent",
            "High",
            "Launch manager",
            "2026-12-05",
            "Open",
            "C1"
        ]
    );
    assert_eq!(
        actions.rows[1],
        [
            "A2",
            pm.actions[1].description.as_str(),
            "Detect",
            "Medium",
            "Engineering lead",
            "2026-12-12",
            "Open",
            "C2"
        ]
    );

    // Top-level paragraphs and lists, in document order.
    let paragraphs: Vec<String> = nodes
        .iter()
        .filter_map(|n| match n {
            Node::Elem(pulldown_cmark::Tag::Paragraph, c) => Some(text(c)),
            _ => None,
        })
        .collect();
    // The advice about mixed zones is the writer's, not the reader's.
    assert!(
        !paragraphs.iter().any(|p| p.starts_with("Mixed time zones")),
        "{paragraphs:?}"
    );
    assert!(
        paragraphs.contains(&"Root cause · Scheduling / timing".to_owned()),
        "{paragraphs:?}"
    );
    assert!(
        paragraphs.contains(&"Contributing cause · Tooling".to_owned()),
        "{paragraphs:?}"
    );
    assert!(paragraphs.contains(&"Why?".to_owned()), "{paragraphs:?}");
    let items: Vec<String> = find(&nodes, &|t| matches!(t, pulldown_cmark::Tag::Item))
        .into_iter()
        .map(text)
        .collect();
    for expected in [
        "F6: 212 carts were abandoned at checkout while BF30 was rejected.",
        "Orders affected: 212",
        "Revenue lost: 9,300 USD",
        "Customers affected: 198",
        "Support contacts: 86",
        "Incident started: 2026-11-27 09:00 America/New_York",
        "Detected: 2026-11-27 09:05 America/New_York (time to detect: 5 min)",
        "Resolved: 2026-11-27 12:00 America/New_York (time to resolve: 3 h 00 min)",
    ] {
        assert!(
            items.contains(&expected.to_owned()),
            "{expected:?} in {items:#?}"
        );
    }
    // The why-chain is an ordered list of three.
    let ordered = find(&nodes, &|t| matches!(t, pulldown_cmark::Tag::List(Some(1))));
    assert_eq!(ordered.len(), 1);
    assert_eq!(
        find(ordered[0], &|t| matches!(t, pulldown_cmark::Tag::Item)).len(),
        3
    );
    assert!(!md.contains("## Still open"), "{md}");
    assert!(!md.contains("Notes on the times"), "{md}");
}

#[test]
fn the_worked_example_without_zone_rules_still_exports() {
    // A reader whose rules know only UTC: nothing can be placed, nothing panics, and every
    // fact still appears, in list order, with a note.
    let pm = example();
    let report = Report::new(
        &pm,
        &ReportContext::utc(NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()),
    );
    let labels: Vec<&str> = report.timeline.iter().map(|r| r.label.as_str()).collect();
    assert_eq!(labels, ["F1", "F2", "F3", "F4", "F5"]);
    assert!(report.timeline.iter().all(|r| r.utc.is_none()));
    assert!(report.timeline.iter().all(|r| r.warnings.len() == 1));
    let impact: Vec<&str> = report.impact.iter().map(|l| l.what.label()).collect();
    assert_eq!(
        impact,
        [
            "Orders affected",
            "Revenue lost",
            "Customers affected",
            "Support contacts"
        ]
    );
    let md = to_markdown(&report);
    let placed: Vec<&str> = md.lines().filter(|l| l.starts_with("- **F")).collect();
    // Five facts with their time as recorded (no UTC: no rules), and the untimed one.
    assert_eq!(placed.len(), 6, "{md}");
    assert!(placed[..5].iter().all(|l| !l.contains(" UTC ·")), "{md}");
}
