#![cfg(not(target_arch = "wasm32"))]
//! The Markdown export, checked through a real CommonMark/GFM parser: the document has the
//! expected structure, and no text a user can type changes that structure or shows up as
//! anything but itself.

#![allow(clippy::unwrap_used)]

#[path = "../support/mod.rs"]
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
    /// Exported as a reader in UTC whose browser knows the usual zones.
    fn of(pm: &Postmortem) -> Self {
        Self::with(
            pm,
            &ReportContext {
                today: today(),
                zone: Zone::Utc,
                rules: &TestZones,
            },
        )
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
const EVERY_SECTION: [&str; 7] = [
    "Impact",
    "Facts",
    "Causes",
    "Actions",
    "What went well",
    "Lessons learned",
    "Still open",
];

/// A complete post-mortem but for F1's zone, with `text` in every user field that reaches
/// the export:
/// - the title;
/// - F1: a timed fact whose text, source and *zone* are `text` (the zone is unknown, so the
///   row comes last, says "unknown zone", a note quotes the zone, and so does the one item
///   of "Still open");
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

mod file_names;
mod hostile_text;
mod structure;
