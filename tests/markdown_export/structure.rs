//! The export's structure: its sections, lists and table, what is left out, and what stands
//! out.

use super::*;

#[test]
fn the_plain_document_has_the_expected_shape() {
    let doc = Doc::of(&with_text_everywhere("plain words"));
    let count = |pred: &dyn Fn(&Tag) -> bool| doc.count(pred);
    assert_eq!(doc.headings(HeadingLevel::H1), ["plain words"]);
    assert_eq!(doc.headings(HeadingLevel::H2), EVERY_SECTION);
    assert_eq!(
        doc.headings(HeadingLevel::H3),
        ["C1. plain words", "C2. plain words"]
    );
    // Metadata, impact, the timeline, notes on the times, facts without a time, C1's
    // evidence, C2's evidence, still open; C1's whys are the one ordered list.
    assert_eq!(count(&|t| matches!(t, Tag::List(None))), 8);
    assert_eq!(count(&|t| matches!(t, Tag::List(Some(1)))), 1);
    assert_eq!(
        count(&|t| matches!(t, Tag::Item)),
        7 + 3 + 2 + 1 + 1 + 1 + 1 + 1 + 1
    );
    // Emphasis and strong only on the export's own words.
    assert_eq!(
        styled(&doc.nodes),
        [
            "strong: Incident:",
            "strong: Status:",
            "strong: Author:",
            "strong: Participants:",
            "strong: Times:",
            "strong: Last edited:",
            "strong: Exported:",
            "em: A blameless post-mortem: it looks at the system, not at people.",
            "strong: Orders affected:",
            "strong: Revenue lost:",
            "strong: Incident started:",
            "strong: F2",
            "strong: F1",
            "strong: F3",
            "em: Root cause · Process",
            "strong: Why?",
            "strong: Evidence:",
            "strong: Addressed by:",
            "em: Contributing cause",
            "strong: Evidence:",
            "strong: No action, because:",
        ]
    );
    for (name, pred) in [
        (
            "block quote",
            &(|t: &Tag| matches!(t, Tag::BlockQuote(_))) as &dyn Fn(&Tag) -> bool,
        ),
        ("code block", &|t: &Tag| matches!(t, Tag::CodeBlock(_))),
        ("html block", &|t: &Tag| matches!(t, Tag::HtmlBlock)),
        ("link", &|t: &Tag| matches!(t, Tag::Link { .. })),
        ("image", &|t: &Tag| matches!(t, Tag::Image { .. })),
        ("strikethrough", &|t: &Tag| matches!(t, Tag::Strikethrough)),
        (
            "H4 or deeper",
            &|t: &Tag| matches!(t, Tag::Heading { level, .. } if *level > HeadingLevel::H3),
        ),
    ] {
        assert_eq!(count(pred), 0, "unexpected {name}");
    }
    let (timeline, actions) = doc.timeline_and_actions();
    assert_eq!(
        timeline,
        [
            "F2 · 2026-11-27 09:00 UTC — plain words (source: plain words · Event)",
            "F1 · 2026-11-27 09:00 plain words — plain words (source: plain words · Detection)"
        ]
    );
    assert_eq!(
        actions.rows,
        [
            [
                "A1",
                "plain words",
                "Prevent",
                "Medium",
                "plain words",
                "2026-12-05",
                "Open",
                "C1"
            ],
            [
                "A2",
                "plain words",
                "—",
                "Medium",
                "plain words",
                "—",
                "Won't do: plain words",
                "C1"
            ]
        ]
    );
    // The shape used as the reference by the hostile-text tests holds no raw events.
    let shape = shape(&doc.nodes);
    assert!(!shape
        .iter()
        .any(|s| s.starts_with("Html") || s.starts_with("InlineHtml")));
    assert!(!shape.iter().any(|s| s.starts_with("Code(") || s == "Rule"));
}

#[test]
fn the_worked_example_exports_every_section() {
    let now = Utc.with_ymd_and_hms(2026, 11, 27, 14, 0, 0).unwrap();
    let pm = worked_example(PostmortemId("example".into()), now);
    let ctx = ReportContext {
        today: today(),
        zone: Zone::Iana("America/New_York".into()),
        rules: &TestZones,
    };
    let doc = Doc::with(&pm, &ctx);
    assert_eq!(doc.headings(HeadingLevel::H1), [pm.title.as_str()]);
    assert_eq!(
        doc.headings(HeadingLevel::H2),
        ["Impact", "Facts", "Causes", "Actions"],
        "complete, so nothing is still open"
    );
    let h3 = doc.headings(HeadingLevel::H3);
    assert_eq!(h3.len(), pm.causes.len());
    for (i, (heading, cause)) in h3.iter().zip(&pm.causes).enumerate() {
        assert_eq!(*heading, format!("C{}. {}", i + 1, cause.statement));
    }
    let timed = pm.facts.iter().filter(|f| f.when.is_some()).count();
    let (timeline, actions) = doc.timeline_and_actions();
    assert_eq!(timeline.len(), timed);
    assert_eq!(
        doc.lists_in("Facts")[1..],
        [[format!(
            "F6: {} (source: {})",
            pm.facts[5].text, pm.facts[5].source
        )]],
        "no notes on the times; the untimed fact is listed"
    );
    // The summary and the window lead; the zones are one line, not advice.
    assert!(doc.md.contains("- **Incident:** "), "{}", doc.md);
    assert!(!doc.md.contains("Check that every tool"), "{}", doc.md);
    assert_eq!(doc.lists_in("Impact")[0].len(), 7, "{}", doc.md);
    assert_eq!(
        doc.paragraphs_in("Causes")
            .iter()
            .filter(|p| p.ends_with("cause · Scheduling / timing")
                || p.ends_with("cause · Tooling"))
            .count(),
        2,
        "{}",
        doc.md
    );
    assert_eq!(actions.rows.len(), pm.actions.len());
    for (i, (row, action)) in actions.rows.iter().zip(&pm.actions).enumerate() {
        assert_eq!(row[0], format!("A{}", i + 1));
        assert_eq!(row[1], action.description);
        assert_eq!(row[4], action.owner);
    }
    assert_eq!(actions.rows[0][5], "2026-12-05");
    assert_eq!(actions.rows[0][7], "C1");
    assert_eq!(actions.rows[1][7], "C2");
    assert!(doc.md.contains("**Addressed by:** A1\n"), "{}", doc.md);
}

#[test]
fn still_open_appears_only_when_something_is_missing() {
    let mut pm = with_text_everywhere("done");
    let zone = Zone::parse("done", &TestZones);
    assert_eq!(zone, None, "the fixture's zone is unknown");
    assert_eq!(
        Doc::of(&pm).lists_in("Still open"),
        [["Fact 1's time zone “done” is not one Hindsight knows, so the fact is left off the timeline."]],
        "a zone the timeline cannot use is a gap, as on Review"
    );
    let f1 = pm.facts[0].id;
    pm.set_fact_zone(f1, Some("UTC-5".to_owned()));
    let complete = Doc::of(&pm);
    assert!(!complete
        .headings(HeadingLevel::H2)
        .contains(&"Still open".to_owned()));

    let blank = new_pm("");
    let doc = Doc::of(&blank);
    assert_eq!(
        doc.headings(HeadingLevel::H2),
        ["Facts", "Causes", "Actions", "Still open"],
        "no impact section without figures or a timeline"
    );
    assert_eq!(doc.headings(HeadingLevel::H1), ["Untitled post-mortem"]);
    assert_eq!(doc.headings(HeadingLevel::H3), Vec::<String>::new());
    assert_eq!(
        doc.count(&|t| matches!(t, Tag::Table(_))),
        0,
        "no tables without timed facts or actions"
    );
    let gaps: Vec<String> = blank.hints().into_iter().map(|h| h.message).collect();
    assert_eq!(doc.lists_in("Still open"), [gaps]);
}

#[test]
fn gaps_quoting_user_text_show_it_as_typed() {
    let with = |text: &str| {
        let mut pm = new_pm("t");
        pm.add_fact("f");
        // A root cause with no evidence and no action.
        pm.add_cause(text);
        // An action with no cause and no owner, and one marked "won't do" with no reason.
        pm.add_action(text);
        let dropped = pm.add_action(text);
        pm.set_action_owner(dropped, "o");
        pm.set_action_status(dropped, ActionStatus::WontDo);
        pm
    };
    let baseline = shape(&Doc::of(&with("plain")).nodes);
    for text in NASTY {
        let pm = with(text);
        let doc = Doc::of(&pm);
        assert_eq!(shape(&doc.nodes), baseline, "{text:?}:\n{}", doc.md);
        let expected: Vec<String> = pm
            .hints()
            .into_iter()
            .map(|h| as_block(&h.message))
            .collect();
        assert_eq!(
            expected.len(),
            7,
            "unsupported cause, root cause without action, 2 × action without cause, \
             action without owner or due date, won't do without reason"
        );
        assert_eq!(
            doc.lists_in("Still open"),
            [expected],
            "{text:?}:\n{}",
            doc.md
        );
    }
}

#[test]
fn a_cause_without_evidence_is_marked_unsupported() {
    let mut pm = new_pm("t");
    let cause = pm.add_cause("Nobody checked");
    let action = pm.add_action("Check");
    pm.set_action_owner(action, "Ops");
    pm.set_action_cause(action, cause, true);
    let doc = Doc::of(&pm);
    assert_eq!(
        doc.paragraphs_in("Causes"),
        [
            "Root cause",
            "Evidence: none linked yet (unsupported).",
            "Addressed by: A1"
        ]
    );
}

#[test]
fn empty_items_are_left_out_of_the_export() {
    // They keep their place in the numbering (`Listed::label`): "F2" is the second fact in
    // the editor as in the export, so the export skips the blank ones' numbers.
    let mut pm = new_pm("Outage");
    let blank_fact = pm.add_fact("   ");
    let fact = pm.add_fact("Checkout failed");
    pm.add_fact("");
    pm.add_cause("\n");
    let cause = pm.add_cause("Certificate expired");
    pm.add_why(cause);
    pm.add_why(cause);
    pm.set_why(cause, 1, "Nobody renewed it");
    pm.set_evidence(cause, blank_fact, true);
    pm.set_evidence(cause, fact, true);
    let blank_action = pm.add_action("  ");
    pm.set_action_owner(blank_action, "Someone");
    pm.set_action_cause(blank_action, cause, true);
    let action = pm.add_action("Alert before expiry");
    pm.set_action_owner(action, "SRE");
    pm.set_action_cause(action, cause, true);

    let doc = Doc::of(&pm);
    assert_eq!(doc.paragraphs_in("Facts"), ["Facts without a time:"]);
    assert_eq!(doc.lists_in("Facts"), [["F2: Checkout failed"]]);
    assert_eq!(doc.headings(HeadingLevel::H3), ["C2. Certificate expired"]);
    assert_eq!(
        doc.lists_in("Causes"),
        [
            vec!["Nobody renewed it".to_owned()],
            vec!["F2: Checkout failed".to_owned()]
        ],
        "blank whys and blank evidence are left out"
    );
    let actions = doc.actions_table();
    assert_eq!(
        actions.rows,
        [[
            "A2",
            "Alert before expiry",
            "—",
            "Medium",
            "SRE",
            "—",
            "Open",
            "C2"
        ]]
    );
    assert!(doc.md.contains("**Addressed by:** A2\n"), "{}", doc.md);
    assert!(!doc.md.contains("Someone"), "{}", doc.md);
    // The hints say what was left out.
    // (and that the one action left has no due date).
    let open = doc.lists_in("Still open");
    assert_eq!(open.len(), 1);
    assert_eq!(open[0].len(), 4, "{open:?}");
    assert!(
        open[0][..3]
            .iter()
            .all(|gap| gap.contains("left out of the export")),
        "{open:?}"
    );
    assert_eq!(
        open[0][3],
        "The action “Alert before expiry” has no due date."
    );
}

#[test]
fn actions_table_has_one_row_per_non_empty_action() {
    let mut pm = with_text_everywhere("x");
    let done = pm.add_action("Second | with a pipe");
    pm.set_action_status(done, ActionStatus::Done);
    pm.add_action(" ");
    pm.add_action("Third");
    let doc = Doc::of(&pm);
    let (_, actions) = doc.timeline_and_actions();
    assert_eq!(actions.rows.len(), 4, "{}", doc.md);
    let labels: Vec<&str> = actions.rows.iter().map(|r| r[0].as_str()).collect();
    // The blank fourth action keeps its number: the fifth is A5, as in the editor.
    assert_eq!(labels, ["A1", "A2", "A3", "A5"]);
    assert_eq!(
        actions.rows[2],
        [
            "A3",
            "Second | with a pipe",
            "—",
            "Medium",
            "—",
            "—",
            "Done",
            "—"
        ]
    );
    assert_eq!(actions.rows[3][1], "Third");
}

#[test]
fn overdue_actions_stand_out_and_finished_ones_do_not() {
    let mut pm = with_text_everywhere("x");
    let late = pm.actions[0].id;
    pm.set_action_due(late, NaiveDate::from_ymd_opt(2026, 11, 20));
    let done = pm.add_action("Done already");
    pm.set_action_due(done, NaiveDate::from_ymd_opt(2026, 11, 20));
    pm.set_action_status(done, ActionStatus::Done);
    let (_, actions) = Doc::of(&pm).timeline_and_actions();
    assert_eq!(actions.rows[0][5], "2026-11-20 (overdue)");
    assert_eq!(actions.rows[2][5], "2026-11-20");
}
