//! What the timeline says of a zone it cannot use: unknown zones (with a suggestion), and
//! abbreviations of the wrong season, with the other warnings.

use super::*;

#[test]
fn facts_in_written_offsets_are_placed_and_counted_once_per_offset() {
    let mut pm = new_pm();
    at(&mut pm, "log line", wall(2026, 11, 27, 9, 0), "UTC-5");
    at(&mut pm, "invite", wall(2026, 11, 27, 9, 30), "GMT-05:00");
    at(&mut pm, "chat", wall(2026, 11, 27, 20, 0), "UTC+05:30");
    let timeline = build(&pm, "UTC");
    assert_eq!(texts(&timeline), ["log line", "invite", "chat"]);
    let log = entry(&timeline, "log line");
    assert_eq!(log.instant, Some(utc(2026, 11, 27, 14, 0)));
    assert!(log.warnings.is_empty(), "{:?}", log.warnings);
    assert_eq!(
        entry(&timeline, "chat").instant,
        Some(utc(2026, 11, 27, 14, 30))
    );
    assert_eq!(
        timeline.zones,
        [
            ("UTC\u{2212}05:00".to_owned(), 2),
            ("UTC+05:30".to_owned(), 1)
        ]
    );
    let hints = pm.hints_with_zones(&TestZones);
    assert!(
        !hints
            .iter()
            .any(|h| h.kind == hindsight::domain::HintKind::FactZoneUnknown),
        "{hints:?}"
    );
}

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

// Found by a first-time user: a fact dated 9999-12-31 was taken silently, and the timeline
// showed "+2912476 d 8 h" since the fact before.
#[test]
fn a_year_out_of_range_is_called_mistyped() {
    let mut pm = new_pm();
    let odd = at(&mut pm, "far future", wall(9999, 12, 31, 9, 0), "UTC");
    at(&mut pm, "long ago", wall(202, 11, 27, 9, 0), "UTC");
    at(&mut pm, "today", wall(2026, 11, 27, 9, 0), "UTC");
    let timeline = build(&pm, "UTC");
    assert_eq!(
        entry(&timeline, "far future").warnings,
        ["The year 9999 looks mistyped: the timeline reads facts from 1970 to 2100."]
    );
    assert_eq!(
        entry(&timeline, "long ago").warnings,
        ["The year 202 looks mistyped: the timeline reads facts from 1970 to 2100."]
    );
    assert!(entry(&timeline, "today").warnings.is_empty());
    // The fact's own warnings (shown under it in the editor) say the same.
    let fact = pm.fact(odd).unwrap();
    assert_eq!(
        hindsight::domain::time_warnings(fact, &TestZones, &viewer("UTC")),
        ["The year 9999 looks mistyped: the timeline reads facts from 1970 to 2100."]
    );
}
