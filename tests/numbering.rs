#![cfg(not(target_arch = "wasm32"))]
//! One numbering everywhere: with blank items in every list, "F3", "C2" and "A3" name the
//! same item in the link pickers, the coach's places, the timeline, the report and the
//! Markdown export. (Regression: the pickers counted blank items and the export did not,
//! so "F3 · third" in a picker was "F2: third" in the export.)

#![allow(clippy::unwrap_used)]

use chrono::{NaiveDate, TimeZone, Utc};
use hindsight::domain::{Action, Cause, Fact, ItemId, Listed, Postmortem, PostmortemId, Timeline};
use hindsight::export::{to_markdown, Report, ReportContext, UtcOnly};
use hindsight::findings::all_open;
use hindsight::links::link_targets;

struct Doc {
    pm: Postmortem,
    facts: [ItemId; 3],
    causes: [ItemId; 3],
    actions: [ItemId; 3],
}

/// Facts "first", "", "third"; causes "", "second", "third"; actions "first", "", "third".
/// Every non-blank item is linked, and each text carries a word the coach flags, so every
/// place that names an item has something to name.
fn doc() -> Doc {
    let at = Utc.with_ymd_and_hms(2026, 11, 27, 9, 0, 0).unwrap();
    let mut pm = Postmortem::new(PostmortemId("n".into()), "Sale", at);
    let wall = |h| {
        NaiveDate::from_ymd_opt(2026, 11, 27)
            .unwrap()
            .and_hms_opt(h, 0, 0)
            .unwrap()
    };
    let f1 = pm.add_fact("");
    pm.set_fact_text(f1, "first fact, obviously late");
    pm.set_fact_when(f1, Some(wall(10)));
    pm.set_fact_zone(f1, Some("UTC".into()));
    let f2 = pm.add_fact("");
    let f3 = pm.add_fact("");
    pm.set_fact_text(f3, "third fact, obviously broken");
    pm.set_fact_when(f3, Some(wall(9)));
    pm.set_fact_zone(f3, Some("UTC".into()));
    let f4 = pm.add_fact("");
    pm.set_fact_text(f4, "an untimed fact");
    let c1 = pm.add_cause("");
    let c2 = pm.add_cause("");
    pm.set_cause_statement(c2, "second cause: Dave forgot the check");
    pm.set_evidence(c2, f3, true);
    let c3 = pm.add_cause("");
    pm.set_cause_statement(c3, "third cause: no check in the launch list");
    pm.set_evidence(c3, f1, true);
    pm.set_evidence(c3, f4, true);
    let a1 = pm.add_action("");
    pm.set_action_description(a1, "Improve things");
    pm.set_action_cause(a1, c3, true);
    let a2 = pm.add_action("");
    let a3 = pm.add_action("");
    pm.set_action_description(a3, "Improve the zone check");
    pm.set_action_cause(a3, c2, true);
    let _ = f4;
    Doc {
        pm,
        facts: [f1, f2, f3],
        causes: [c1, c2, c3],
        actions: [a1, a2, a3],
    }
}

#[test]
fn the_label_is_the_place_in_the_list_blank_items_included() {
    let d = doc();
    assert_eq!(Fact::label(0), "F1");
    assert_eq!(Cause::name(1), "Cause 2");
    assert_eq!(Fact::label_of(&d.pm, d.facts[2]).as_deref(), Some("F3"));
    assert_eq!(Cause::label_of(&d.pm, d.causes[1]).as_deref(), Some("C2"));
    assert_eq!(Action::label_of(&d.pm, d.actions[2]).as_deref(), Some("A3"));
    assert_eq!(Fact::label_of(&d.pm, 999_999), None);
}

#[test]
fn link_pickers_name_items_by_their_label() {
    let d = doc();
    let facts = link_targets::<Fact>(&d.pm, |f| &f.text);
    let third = facts.iter().find(|(id, _)| *id == d.facts[2]).unwrap();
    assert!(third.1.starts_with("F3 · third fact"), "{}", third.1);
    let causes = link_targets::<Cause>(&d.pm, |c| &c.statement);
    let second = causes.iter().find(|(id, _)| *id == d.causes[1]).unwrap();
    assert!(second.1.starts_with("C2 · second cause"), "{}", second.1);
}

#[test]
fn the_timeline_and_the_report_use_the_same_labels() {
    let d = doc();
    let timeline = Timeline::build(&d.pm, &UtcOnly, &hindsight::domain::Zone::Utc);
    let label_of = |id| {
        timeline
            .entries
            .iter()
            .find(|e| e.fact == id)
            .map(|e| e.label.clone())
    };
    assert_eq!(label_of(d.facts[0]).as_deref(), Some("F1"));
    assert_eq!(label_of(d.facts[2]).as_deref(), Some("F3"));

    let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    let report = Report::new(&d.pm, &ReportContext::utc(today));
    let rows: Vec<_> = report
        .timeline
        .iter()
        .map(|r| (r.label.as_str(), r.text.as_str()))
        .collect();
    // Time order (F3 happened first), each fact under its own label.
    assert_eq!(
        rows,
        [
            ("F3", "third fact, obviously broken"),
            ("F1", "first fact, obviously late")
        ]
    );
    assert_eq!(report.untimed[0].label, "F4");
    let causes: Vec<_> = report.causes.iter().map(|c| c.label.as_str()).collect();
    assert_eq!(causes, ["C2", "C3"]);
    assert_eq!(
        report.causes[0].evidence,
        ["F3: third fact, obviously broken"]
    );
    assert_eq!(
        report.causes[1].evidence,
        ["F1: first fact, obviously late", "F4: an untimed fact"]
    );
    assert_eq!(report.causes[0].addressed_by, ["A3"]);
    assert_eq!(report.causes[1].addressed_by, ["A1"]);
    let actions: Vec<_> = report
        .actions
        .iter()
        .map(|a| (a.label.as_str(), a.addresses.clone()))
        .collect();
    assert_eq!(
        actions,
        [("A1", vec!["C3".to_owned()]), ("A3", vec!["C2".to_owned()])]
    );
}

#[test]
fn the_markdown_export_uses_the_same_labels() {
    let d = doc();
    let today = NaiveDate::from_ymd_opt(2026, 11, 29).unwrap();
    let md = to_markdown(&Report::new(&d.pm, &ReportContext::utc(today)));
    // The items' own lines (list items, table rows, headings), not the summary paragraph
    // that quotes the first fact.
    let line_with = |needle: &str| {
        md.lines()
            .filter(|l| l.starts_with("- ") || l.starts_with('|') || l.starts_with('#'))
            .find(|l| l.contains(needle))
            .unwrap_or_else(|| panic!("no line with {needle:?} in\n{md}"))
    };
    assert!(line_with("third fact").contains("F3"), "{md}");
    assert!(line_with("first fact").contains("F1"), "{md}");
    assert!(line_with("second cause").contains("C2"), "{md}");
    assert!(line_with("third cause").contains("C3"), "{md}");
    assert!(line_with("Improve the zone").contains("A3"), "{md}");
    assert!(
        !md.contains("F2") && !md.contains("C1") && !md.contains("A2"),
        "{md}"
    );
}

#[test]
fn the_coach_names_items_by_the_same_numbers() {
    let d = doc();
    let places: Vec<_> = all_open(&d.pm).into_iter().map(|l| l.place).collect();
    for expected in ["Fact 1", "Fact 3", "Cause 2", "Action 1", "Action 3"] {
        assert!(
            places.iter().any(|p| p == expected),
            "{expected}: {places:?}"
        );
    }
    for blank in ["Fact 2", "Cause 1", "Action 2"] {
        assert!(!places.iter().any(|p| p == blank), "{blank}: {places:?}");
    }
}
