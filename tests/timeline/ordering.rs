//! Facts ordered by the instant they happened, whatever zone each was recorded in, and the
//! time elapsed between them.

use super::*;

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
