#![cfg(not(target_arch = "wasm32"))]
//! The Markdown export, checked through a real CommonMark/GFM parser: the document has the
//! expected structure, and no text a user can type changes that structure or shows up as
//! anything but itself.

#![allow(clippy::unwrap_used)]

mod support;

use chrono::{NaiveDate, NaiveDateTime, TimeZone, Utc};
use hindsight::domain::{
    worked_example, ActionKind, ActionStatus, Category, Count, FactKind, ItemId, Postmortem,
    PostmortemId, WriteupText, Zone,
};
use hindsight::export::{file_name, to_markdown, Report, ReportContext};
use pulldown_cmark::{HeadingLevel, Tag};
use support::markdown::{
    checked_tables, find, headings, is_heading, parse, shape, styled, text, Node, Table,
    ACTIONS_HEAD,
};
use support::zones::TestZones;

/// A parsed export with accessors for its parts.
struct Doc {
    md: String,
    nodes: Vec<Node>,
    report: Report,
}

impl Doc {
    fn of(pm: &Postmortem) -> Self {
        Self::with(pm, &ReportContext::utc(today()))
    }

    fn with(pm: &Postmortem, ctx: &ReportContext<'_>) -> Self {
        let report = Report::new(pm, ctx);
        let md = to_markdown(&report);
        if std::env::var_os("SHOW_MD").is_some() {
            println!("{md}");
        }
        let nodes = parse(&md);
        Self { md, nodes, report }
    }

    fn headings(&self, level: HeadingLevel) -> Vec<String> {
        headings(&self.nodes, level)
    }

    /// The top-level nodes after the H2 `name`, up to the next H2.
    /// The nodes under the H2 called `name`; "" for the head of the document, before the
    /// first H2.
    fn section(&self, name: &str) -> &[Node] {
        let is_h2 = |n: &Node| matches!(n, Node::Elem(t, _) if is_heading(t, HeadingLevel::H2));
        let start = if name.is_empty() {
            0
        } else {
            self.nodes
                .iter()
                .position(|n| is_h2(n) && matches!(n, Node::Elem(_, c) if text(c) == name))
                .unwrap_or_else(|| panic!("no section {name:?} in\n{}", self.md))
                + 1
        };
        let len = self.nodes[start..]
            .iter()
            .position(is_h2)
            .unwrap_or(self.nodes.len() - start);
        &self.nodes[start..start + len]
    }

    /// The texts of the items of every list in a section, list by list.
    fn lists_in(&self, name: &str) -> Vec<Vec<String>> {
        find(self.section(name), &|t| matches!(t, Tag::List(_)))
            .into_iter()
            .map(|list| {
                find(list, &|t| matches!(t, Tag::Item))
                    .into_iter()
                    .map(text)
                    .collect()
            })
            .collect()
    }

    /// The texts of a section's own paragraphs (not those inside lists or tables).
    fn paragraphs_in(&self, name: &str) -> Vec<String> {
        self.section(name)
            .iter()
            .filter_map(|n| match n {
                Node::Elem(Tag::Paragraph, children) => Some(text(children)),
                _ => None,
            })
            .collect()
    }

    /// Every table, each row checked (raw and parsed) to have as many cells as its header.
    fn tables(&self) -> Vec<Table> {
        checked_tables(&self.md, &self.nodes)
    }

    /// The timeline (the first list under Facts: one line per timed fact, time and fact
    /// first) and the actions table, the only table.
    fn timeline_and_actions(&self) -> (Vec<String>, Table) {
        let timeline = self
            .lists_in("Facts")
            .into_iter()
            .next()
            .unwrap_or_default();
        (timeline, self.actions_table())
    }

    /// The actions table, when it is the only table.
    fn actions_table(&self) -> Table {
        let mut tables = self.tables();
        assert_eq!(tables.len(), 1, "expected one table in\n{}", self.md);
        let actions = tables.pop().unwrap();
        assert_eq!(actions.head, ACTIONS_HEAD, "{}", self.md);
        actions
    }

    fn count(&self, pred: &dyn Fn(&Tag) -> bool) -> usize {
        find(&self.nodes, pred).len()
    }
}

// ---- fixtures ----

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

fn nine_am() -> NaiveDateTime {
    NaiveDate::from_ymd_opt(2026, 11, 27)
        .unwrap()
        .and_hms_opt(9, 0, 0)
        .unwrap()
}

fn new_pm(title: &str) -> Postmortem {
    let now = Utc.with_ymd_and_hms(2026, 11, 27, 14, 0, 0).unwrap();
    Postmortem::new(PostmortemId("pm-1".into()), title, now)
}

/// The sections of a post-mortem with text in every field, in order.
const EVERY_SECTION: [&str; 6] = [
    "Impact",
    "Facts",
    "Causes",
    "Actions",
    "What went well",
    "Lessons learned",
];

/// A complete post-mortem (so no "Still open" section) with `text` in every user field
/// that reaches the export:
/// - the title;
/// - F1: a timed fact whose text, source and *zone* are `text` (the zone is unknown, so the
///   row comes last, says "unknown zone", and a note quotes the zone);
/// - F2: a fact at the same time in UTC with `text` as text and source, so two zones are
///   in use and the mixed-zone paragraph names `text` as a zone and as a source;
/// - F3: a fact without a time;
/// - the currency of the revenue lost;
/// - C1 (root, with a category): statement, a why, evidence F1, addressed by A1 and A2;
/// - C2 (contributing, no category): statement, evidence F3, and a no-action reason;
/// - A1: description and owner; A2: description, owner and a "won't do" reason;
/// - the summary, what went well, lessons, author and participants.
fn with_text_everywhere(text: &str) -> Postmortem {
    let mut pm = new_pm(text);
    let placed = pm.add_fact(text);
    pm.set_fact_when(placed, Some(nine_am()));
    pm.set_fact_zone(placed, Some(text.to_owned()));
    pm.set_fact_source(placed, text);
    pm.set_fact_kind(placed, Some(FactKind::Detection));
    let in_utc = pm.add_fact(text);
    pm.set_fact_when(in_utc, Some(nine_am()));
    pm.set_fact_zone(in_utc, Some("UTC".to_owned()));
    pm.set_fact_source(in_utc, text);
    pm.set_fact_kind(in_utc, Some(FactKind::Event));
    let untimed = pm.add_fact(text);
    for which in [
        WriteupText::Summary,
        WriteupText::WentWell,
        WriteupText::Lessons,
        WriteupText::Author,
        WriteupText::Participants,
    ] {
        pm.set_writeup_text(which, text);
    }
    pm.set_impact_count(Count::Orders, Some(3));
    pm.set_revenue_lost(Some(12_345));
    pm.set_currency(text);

    let root = pm.add_cause(text);
    pm.set_cause_category(root, Some(Category::Process));
    pm.add_why(root);
    pm.set_why(root, 0, text);
    pm.set_evidence(root, placed, true);
    let contributing = pm.add_cause(text);
    pm.set_evidence(contributing, untimed, true);
    pm.set_no_action_reason(contributing, Some(text.to_owned()));

    let action = pm.add_action(text);
    pm.set_action_owner(action, text);
    pm.set_action_due(action, NaiveDate::from_ymd_opt(2026, 12, 5));
    pm.set_action_kind(action, Some(ActionKind::Prevent));
    pm.set_action_cause(action, root, true);
    let dropped = pm.add_action(text);
    pm.set_action_owner(dropped, text);
    pm.set_action_status(dropped, ActionStatus::WontDo);
    pm.set_action_status_reason(dropped, text);
    pm.set_action_cause(dropped, root, true);
    pm
}

/// The lines a reader sees of a multi-line text: CommonMark ends a line at `\n`, `\r\n` or
/// `\r`; the export trims each line and drops blank ones.
fn visible_lines(text: &str) -> Vec<&str> {
    text.split(['\r', '\n'])
        .map(str::trim)
        .filter(|l| !l.is_empty())
        .collect()
}

/// What a paragraph, list item or table cell should read.
fn as_block(text: &str) -> String {
    visible_lines(text).join("\n")
}

/// What a heading should read (a heading is a single line).
fn as_heading(text: &str) -> String {
    visible_lines(text).join(" ")
}

/// Strings a user might type (or paste, or import) that mean something in Markdown or HTML.
const NASTY: &[&str] = &[
    "a | pipe",
    "|",
    "| a | b |",
    "# not a heading",
    "###### six",
    "#hashtag",
    "* not a list",
    "- not a list",
    "+ not a list",
    "> not a quote",
    "1. not ordered",
    "2) not ordered",
    "123456789. nine digits",
    "===",
    "---",
    "***",
    "___",
    "- - -",
    "`code`",
    "```",
    "```rust",
    "~~~",
    "<script>alert(1)</script>",
    "<b>x</b>",
    "<!-- comment -->",
    "<div>",
    "&amp;",
    "&#60;",
    "&#x3C;",
    "&copy",
    "AT&T & co",
    "[link](http://x)",
    "[ref]: http://x",
    "[ref]",
    "![img](x)",
    "<http://x.example>",
    "_under_",
    "__double__",
    "*star*",
    "**bold**",
    "~~strike~~",
    "~single~",
    "trailing backslash \\",
    "\\",
    "\\*not escaped twice\\*",
    "\\|",
    "heading ##",
    "##",
    "#",
    "    indented code",
    "\tindented with a tab",
    "[^1] footnote",
    "- [ ] task",
    "🔥🚀",
    "مرحبا بالعالم",
    "line one\nline two",
    "multi\n# heading\n> quote\n- item\n1. one\n===\n---\n    code\n\n\n| a | b |\n|---|---|",
    "title\n===",
    "head\n:--",
    "a | b\n:-- | --:",
    "cr\rlone",
    "cr\r# heading",
    "crlf\r\n- item",
    "  spaced  ",
    // Read as something else where exports are pasted (GitHub, GitLab).
    "$x$",
    "$$x^2$$",
    "$$\nx\n$$",
    "$`x`$",
    "costs $49.99 and $10",
    "@dave",
    "ping @dave-smith, @team/ops",
    "#123",
    "fixes #4 and shop/site#5",
    "!12 & &34",
    "~bug %v1 $7",
    ":tada: :+1:",
    "heading {#custom-id .red}",
    "{+ added +} {- removed -}",
    "> [!NOTE]",
    "email ops@example.com",
    "see https://shop.example/orders?id=1&x=2#frag.",
    "(https://x.example/a_(b)_c)",
    "HTTPS://X.EXAMPLE|pipe",
    "javascript:alert(1)",
];

/// Every ASCII punctuation character, alone and in runs, at the start, middle and end.
fn punctuation_cases() -> Vec<String> {
    let mut cases = Vec::new();
    for c in (b'!'..=b'~')
        .map(char::from)
        .filter(char::is_ascii_punctuation)
    {
        for pattern in [
            "c", "cc", "ccc", "c x", "cc x", "x c", "x cc", "xcx", "x c x", "c c c",
        ] {
            cases.push(pattern.replace('c', &c.to_string()));
        }
    }
    cases
}

/// What user text must not change: the document's structure, and which of its words are
/// emphasised or strong (only the export's own labels may be).
struct Baseline {
    shape: Vec<String>,
    styled: Vec<String>,
}

fn baseline() -> Baseline {
    let doc = Doc::of(&with_text_everywhere("plain words"));
    Baseline {
        shape: shape(&doc.nodes),
        styled: styled(&doc.nodes),
    }
}

/// Checks that `text`, typed into every field, reads back as typed and adds no markup.
fn assert_shows_as_typed(text: &str, baseline: &Baseline) {
    let doc = Doc::of(&with_text_everywhere(text));
    let md = &doc.md;
    // Fields are trimmed when stored (zone, currency) or when exported (everything else).
    let trimmed = text.trim();
    let block = as_block(text);
    assert_eq!(
        shape(&doc.nodes),
        baseline.shape,
        "structure changed by {text:?}:\n{md}"
    );
    assert_eq!(
        styled(&doc.nodes),
        baseline.styled,
        "emphasis changed by {text:?}:\n{md}"
    );
    assert_eq!(
        doc.headings(HeadingLevel::H1),
        [as_heading(text)],
        "title {text:?}:\n{md}"
    );
    assert_eq!(
        doc.headings(HeadingLevel::H2),
        EVERY_SECTION,
        "{text:?}:\n{md}"
    );
    // The summary, first; author and participants in the header.
    assert_eq!(
        doc.paragraphs_in(""),
        [
            block.clone(),
            "A blameless post-mortem: it looks at the system, not at people.".to_owned()
        ],
        "summary {text:?}:\n{md}"
    );
    for heading in ["What went well", "Lessons learned"] {
        assert_eq!(
            doc.paragraphs_in(heading),
            std::slice::from_ref(&block),
            "{heading} {text:?}:\n{md}"
        );
    }
    assert_eq!(
        doc.headings(HeadingLevel::H3),
        [
            format!("C1. {}", as_heading(text)),
            format!("C2. {}", as_heading(text))
        ],
        "causes {text:?}:\n{md}"
    );

    // Facts: the writer's advice about mixed zones quotes the zone (and the sources) as
    // typed, but stays out of the report; the note on F1 quotes the zone too.
    let mixed = doc.report.mixed_zones.clone().unwrap();
    assert!(
        mixed.contains(&format!("{trimmed} ({trimmed}); UTC ({trimmed})")),
        "{mixed}"
    );
    assert!(!md.contains("Check that every tool"), "{md}");
    let notes = &doc.report.timeline[1].warnings;
    assert_eq!(notes.len(), 1, "{notes:?}");
    assert!(notes[0].contains(&format!("“{trimmed}”")), "{notes:?}");
    assert_eq!(
        doc.paragraphs_in("Facts"),
        ["Notes on the times:", "Facts without a time:"],
        "facts {text:?}:\n{md}"
    );
    let (timeline, actions) = doc.timeline_and_actions();
    assert_eq!(
        doc.lists_in("Facts"),
        [
            timeline.clone(),
            vec![format!("F1: {}", as_block(&notes[0]))],
            vec![format!("F3: {block}")]
        ],
        "notes and untimed fact {text:?}:\n{md}"
    );
    assert_eq!(
        timeline,
        [
            format!("F2 · 2026-11-27 09:00 UTC — {block} (source: {block} · Event)"),
            format!(
                "F1 · {} — {block} (source: {block} · Detection)",
                as_block(&format!("2026-11-27 09:00 {trimmed}"))
            ),
        ],
        "timeline {text:?}:\n{md}"
    );

    // Impact: the currency is stored upper-cased.
    assert_eq!(
        doc.lists_in("Impact"),
        [[
            "Orders affected: 3".to_owned(),
            format!(
                "Revenue lost: 123.45 {}",
                as_block(&trimmed.to_ascii_uppercase())
            ),
            "Incident started: 2026-11-27 09:00 UTC".to_owned(),
        ]],
        "impact {text:?}:\n{md}"
    );

    // Causes.
    assert_eq!(
        doc.paragraphs_in("Causes"),
        [
            "Root cause · Process".to_owned(),
            "Why?".to_owned(),
            "Evidence:".to_owned(),
            "Addressed by: A1, A2".to_owned(),
            "Contributing cause".to_owned(),
            "Evidence:".to_owned(),
            format!("No action, because: {block}"),
        ],
        "causes {text:?}:\n{md}"
    );
    assert_eq!(
        doc.lists_in("Causes"),
        [
            [block.clone()],
            [format!("F1: {block}")],
            [format!("F3: {block}")]
        ],
        "why and evidence {text:?}:\n{md}"
    );

    // Actions.
    assert_eq!(
        actions.rows,
        [
            [
                "A1".to_owned(),
                block.clone(),
                "Prevent".to_owned(),
                "Medium".to_owned(),
                block.clone(),
                "2026-12-05".to_owned(),
                "Open".to_owned(),
                "C1".to_owned(),
            ],
            [
                "A2".to_owned(),
                block.clone(),
                "—".to_owned(),
                "Medium".to_owned(),
                block.clone(),
                "—".to_owned(),
                format!("Won't do: {block}"),
                "C1".to_owned(),
            ],
        ],
        "actions {text:?}:\n{md}"
    );
}

// ---- structure ----

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
    // evidence, C2's evidence; C1's whys are the one ordered list.
    assert_eq!(count(&|t| matches!(t, Tag::List(None))), 7);
    assert_eq!(count(&|t| matches!(t, Tag::List(Some(1)))), 1);
    assert_eq!(
        count(&|t| matches!(t, Tag::Item)),
        7 + 3 + 2 + 1 + 1 + 1 + 1 + 1
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
    let complete = Doc::of(&with_text_everywhere("done"));
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
            6,
            "unsupported cause, root cause without action, 2 × action without cause, \
             action without owner, won't do without reason"
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
    let open = doc.lists_in("Still open");
    assert_eq!(open.len(), 1);
    assert_eq!(open[0].len(), 3, "{open:?}");
    assert!(
        open[0]
            .iter()
            .all(|gap| gap.contains("left out of the export")),
        "{open:?}"
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

// ---- hostile text ----

#[test]
fn hostile_text_shows_as_typed_and_adds_no_markup() {
    let baseline = baseline();
    for text in NASTY {
        assert_shows_as_typed(text, &baseline);
    }
}

#[test]
fn every_punctuation_character_shows_as_typed() {
    let baseline = baseline();
    for text in punctuation_cases() {
        assert_shows_as_typed(&text, &baseline);
    }
}

#[test]
fn hostile_strings_stay_inert_when_combined() {
    let baseline = baseline();
    let single_line: Vec<&str> = NASTY
        .iter()
        .copied()
        .filter(|t| visible_lines(t).len() == 1)
        .collect();
    for a in &single_line {
        for b in &single_line {
            assert_shows_as_typed(&format!("{a}{b}"), &baseline);
            assert_shows_as_typed(&format!("{a} {b}"), &baseline);
            assert_shows_as_typed(&format!("{a}\n{b}"), &baseline);
        }
    }
}

/// Every text a reader sees in the document, one per text event.
fn visible_texts(nodes: &[Node]) -> Vec<String> {
    let mut out = Vec::new();
    for node in nodes {
        match node {
            Node::Elem(_, children) => out.extend(visible_texts(children)),
            Node::Leaf(pulldown_cmark::Event::Text(t)) => out.push(t.to_string()),
            Node::Leaf(_) => {}
        }
    }
    out
}

/// Where GitHub or GitLab would make a reference of the rendered text: a mention, issue,
/// merge request, epic, snippet, label, milestone or emoji code.
fn references(text: &str) -> Vec<String> {
    let chars: Vec<char> = text.chars().collect();
    let mut found = Vec::new();
    for (i, pair) in chars.windows(2).enumerate() {
        let (sigil, next) = (pair[0], pair[1]);
        let after_word = i > 0 && chars[i - 1].is_alphanumeric();
        let numbered = matches!(sigil, '#' | '!' | '&' | '$') && next.is_ascii_digit();
        let named =
            matches!(sigil, '@' | '~' | '%' | ':') && !after_word && next.is_ascii_alphanumeric();
        if numbered || named {
            found.push(chars[i..].iter().take(8).collect());
        }
    }
    found
}

// Regression: "$x$" became maths, "@dave" notified Dave and "#123" linked an issue where an
// export was pasted; web addresses must stay clickable.
#[test]
fn pasted_exports_mention_link_and_compute_nothing_but_web_addresses_stay_links() {
    let typed = "Ping @dave about #123 and !4, ~bug %v1 :tada: $5; $x$ $$y$$ {#id} \
                 see https://shop.example/orders?id=1&x=2#frag. (https://x.example/a_(b))";
    let doc = Doc::of(&with_text_everywhere(typed));
    for text in visible_texts(&doc.nodes) {
        assert_eq!(
            references(&text),
            Vec::<String>::new(),
            "{text:?}\n{}",
            doc.md
        );
    }
    assert_eq!(
        doc.count(&|t| matches!(t, Tag::Heading { id: Some(_), .. })),
        0
    );
    let links: Vec<String> = find(&doc.nodes, &|t| matches!(t, Tag::Link { .. }))
        .into_iter()
        .map(text)
        .collect();
    assert!(!links.is_empty());
    for link in &links {
        assert!(
            [
                "https://shop.example/orders?id=1&x=2#frag",
                "https://x.example/a_(b)"
            ]
            .contains(&link.to_lowercase().as_str()),
            "{link:?}"
        );
    }
    // Every field carries both addresses as links (the title heading too).
    assert!(links.len() >= 2 * 10, "{}", links.len());
    assert_eq!(doc.headings(HeadingLevel::H1), [typed]);
    // The sanity check of the check: unguarded text is found.
    assert_eq!(references("hi @dave #1"), ["@dave #1", "#1"]);
    assert!(references("ops@example.com 14:05 C#").is_empty());
}

#[test]
fn a_pipe_in_a_table_cell_keeps_every_cell() {
    for text in [
        "|",
        "a|b",
        "a | b | c",
        "\\|",
        "||||",
        "`|`",
        "a\\",
        "\\\\|",
    ] {
        let mut pm = with_text_everywhere("x");
        let fact: ItemId = pm.facts[0].id;
        pm.set_fact_text(fact, text);
        pm.set_fact_source(fact, text);
        pm.set_fact_zone(fact, Some(text.to_owned()));
        let action: ItemId = pm.actions[1].id;
        pm.set_action_description(action, text);
        pm.set_action_owner(action, text);
        pm.set_action_status_reason(action, text);
        let doc = Doc::of(&pm);
        let (timeline, actions) = doc.timeline_and_actions();
        assert_eq!(timeline.len(), 2);
        assert_eq!(
            timeline[1],
            format!("F1 · 2026-11-27 09:00 {text} — {text} (source: {text} · Detection)"),
            "{text:?}:\n{}",
            doc.md
        );
        assert_eq!(actions.rows.len(), 2);
        let row = &actions.rows[1];
        assert_eq!(row[1], text, "{text:?}:\n{}", doc.md);
        assert_eq!(row[4], text);
        assert_eq!(row[6], format!("Won't do: {text}"));
    }
}

#[test]
fn a_100_kb_text_exports_intact() {
    let mut big = String::new();
    let mut n = 0;
    while big.len() < 100_000 {
        big.push_str(&format!(
            "Line {n}: <b>|*x*|</b> _y_ `z` [l](u) #\\ &amp; ~~s~~ 🔥 "
        ));
        n += 1;
    }
    let big = big.trim().to_owned();
    let mut pm = with_text_everywhere("x");
    pm.set_title(big.clone());
    let timed = pm.facts[0].id;
    pm.set_fact_text(timed, big.clone());
    pm.set_fact_source(timed, big.clone());
    let untimed = pm.facts[2].id;
    pm.set_fact_text(untimed, big.clone());
    let action = pm.actions[0].id;
    pm.set_action_description(action, big.clone());

    let doc = Doc::of(&pm);
    assert_eq!(shape(&doc.nodes), baseline().shape);
    assert_eq!(doc.headings(HeadingLevel::H1), [big.as_str()]);
    assert_eq!(doc.lists_in("Facts")[2], [format!("F3: {big}")]);
    let (timeline, actions) = doc.timeline_and_actions();
    assert_eq!(
        timeline[1],
        format!("F1 · 2026-11-27 09:00 x — {big} (source: {big} · Detection)")
    );
    assert_eq!(actions.rows[0][1], big);
}

// ---- file names ----

#[test]
fn file_name_is_a_slug_of_the_title_and_the_date() {
    assert_eq!(
        file_name("Black Friday: sale/late!", today()),
        "black-friday-sale-late-2026-11-28.md"
    );
    assert_eq!(
        file_name("Black-Friday sale went live 2 hours late", today()),
        "black-friday-sale-went-live-2-hours-late-2026-11-28.md"
    );
    assert_eq!(file_name("", today()), "post-mortem-2026-11-28.md");
    assert_eq!(file_name("   ", today()), "post-mortem-2026-11-28.md");
    assert_eq!(
        file_name("!!! ??? ///", today()),
        "post-mortem-2026-11-28.md"
    );
    assert_eq!(
        file_name("../../etc/passwd", today()),
        "etc-passwd-2026-11-28.md"
    );
}

#[test]
fn file_names_are_safe_and_bounded() {
    for title in NASTY
        .iter()
        .copied()
        .chain(["x".repeat(500).as_str(), "é".repeat(300).as_str()])
    {
        let name = file_name(title, today());
        let stem = name.strip_suffix("-2026-11-28.md").unwrap();
        assert!(!stem.is_empty(), "{title:?}");
        assert!(stem.chars().count() <= 60, "{name}");
        assert!(!stem.starts_with('-') && !stem.ends_with('-'), "{name}");
        assert!(!stem.contains("--"), "{name}");
        assert!(
            stem.chars()
                .all(|c| c == '-' || (c.is_alphanumeric() && !c.is_uppercase())),
            "{name}"
        );
    }
}
