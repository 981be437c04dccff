//! The worked example's timeline and its export.

use super::*;

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
