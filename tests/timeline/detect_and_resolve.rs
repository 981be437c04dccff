//! Time to detect and time to resolve, from the facts marked as detection and resolution.

use super::*;

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

// Found by a first-time user: a resolution typed before the detection gave "time to
// resolve: 0 min" and no word of warning.
#[test]
fn a_resolution_before_the_first_detection_is_questioned() {
    let mut pm = new_pm();
    let la = Some("America/Los_Angeles");
    fact(
        &mut pm,
        "fixed",
        Some(wall(2026, 11, 27, 10, 0)),
        la,
        "",
        Some(FactKind::Resolution),
    );
    fact(
        &mut pm,
        "noticed",
        Some(wall(2026, 11, 27, 12, 0)),
        la,
        "",
        Some(FactKind::Detection),
    );
    let timeline = build(&pm, "UTC");
    assert_eq!(
        entry(&timeline, "fixed").warnings,
        ["Marked as the resolution, yet it comes before the first detection (F2): is its kind or its time wrong?"]
    );
    assert!(entry(&timeline, "noticed").warnings.is_empty());
    // In the right order, nothing is said.
    pm.set_fact_when(pm.facts[0].id, Some(wall(2026, 11, 27, 13, 0)));
    let timeline = build(&pm, "UTC");
    assert!(timeline.entries.iter().all(|e| e.warnings.is_empty()));
}
