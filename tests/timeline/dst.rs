//! Conversions across DST changes in both hemispheres: times skipped and repeated.

use super::*;

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
