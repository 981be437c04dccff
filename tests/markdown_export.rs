#![cfg(not(target_arch = "wasm32"))]
//! The Markdown export, checked through a real CommonMark/GFM parser: the document has the
//! expected structure, and no text a user can type changes that structure or shows up as
//! anything but itself.

#![allow(clippy::unwrap_used)]

use chrono::{NaiveDate, TimeZone, Utc};
use hindsight::domain::{worked_example, ActionStatus, ItemId, Postmortem, PostmortemId};
use hindsight::export::{file_name, to_markdown, Report, ReportContext};
use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag};

// ---- a small tree over pulldown-cmark's events ----

#[derive(Debug)]
enum Node {
    Elem(Tag<'static>, Vec<Node>),
    Leaf(Event<'static>),
}

fn options() -> Options {
    Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH
}

fn parse(md: &str) -> Vec<Node> {
    let mut stack: Vec<(Option<Tag<'static>>, Vec<Node>)> = vec![(None, Vec::new())];
    for event in Parser::new_ext(md, options()) {
        match event.into_static() {
            Event::Start(tag) => stack.push((Some(tag), Vec::new())),
            Event::End(_) => {
                let (tag, children) = stack.pop().unwrap();
                let elem = Node::Elem(tag.unwrap(), children);
                stack.last_mut().unwrap().1.push(elem);
            }
            other => stack.last_mut().unwrap().1.push(Node::Leaf(other)),
        }
    }
    assert_eq!(stack.len(), 1, "unbalanced events");
    stack.pop().unwrap().1
}

/// The text a reader sees. Line breaks (and the `<br>` the table uses for them) read as `\n`.
fn text(nodes: &[Node]) -> String {
    let mut out = String::new();
    for node in nodes {
        match node {
            Node::Elem(_, children) => out.push_str(&text(children)),
            Node::Leaf(Event::Text(t) | Event::Code(t)) => out.push_str(t),
            Node::Leaf(Event::SoftBreak | Event::HardBreak) => out.push('\n'),
            Node::Leaf(Event::InlineHtml(html)) if html.as_ref() == "<br>" => out.push('\n'),
            Node::Leaf(_) => {}
        }
    }
    out
}

/// Every element matching `pred`, in document order, including nested ones.
fn find<'a>(nodes: &'a [Node], pred: &dyn Fn(&Tag) -> bool) -> Vec<&'a [Node]> {
    let mut out = Vec::new();
    for node in nodes {
        if let Node::Elem(tag, children) = node {
            if pred(tag) {
                out.push(children.as_slice());
            }
            out.extend(find(children, pred));
        }
    }
    out
}

fn is_heading(tag: &Tag, wanted: HeadingLevel) -> bool {
    matches!(tag, Tag::Heading { level, .. } if *level == wanted)
}

/// The structure of a document without its text: every tag, and every event that is not
/// plain text or a line break, in order. User text must never change it. The `<br>` that
/// joins lines inside a table cell is our own markup and counts as a line break.
fn shape(nodes: &[Node]) -> Vec<String> {
    fn walk(nodes: &[Node], in_cell: bool, out: &mut Vec<String>) {
        for node in nodes {
            match node {
                Node::Elem(tag, children) => {
                    out.push(format!("{tag:?}"));
                    walk(children, in_cell || matches!(tag, Tag::TableCell), out);
                    out.push("end".to_owned());
                }
                Node::Leaf(Event::Text(_) | Event::SoftBreak | Event::HardBreak) => {}
                Node::Leaf(Event::InlineHtml(html)) if in_cell && html.as_ref() == "<br>" => {}
                Node::Leaf(other) => out.push(format!("{other:?}")),
            }
        }
    }
    let mut out = Vec::new();
    walk(nodes, false, &mut out);
    out
}

/// A parsed export with accessors for its parts.
struct Doc {
    md: String,
    nodes: Vec<Node>,
}

impl Doc {
    fn of(pm: &Postmortem) -> Self {
        let md = to_markdown(&Report::new(pm, &ReportContext::utc(today())));
        let nodes = parse(&md);
        Self { md, nodes }
    }

    fn headings(&self, level: HeadingLevel) -> Vec<String> {
        find(&self.nodes, &|t| is_heading(t, level))
            .into_iter()
            .map(text)
            .collect()
    }

    /// The top-level nodes after the H2 `name`, up to the next H2.
    fn section(&self, name: &str) -> &[Node] {
        let is_h2 = |n: &Node| matches!(n, Node::Elem(t, _) if is_heading(t, HeadingLevel::H2));
        let start = self
            .nodes
            .iter()
            .position(|n| is_h2(n) && matches!(n, Node::Elem(_, c) if text(c) == name))
            .unwrap_or_else(|| panic!("no section {name:?} in\n{}", self.md))
            + 1;
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

    /// The actions table: header cells, then each body row's cells.
    fn table(&self) -> (Vec<String>, Vec<Vec<String>>) {
        let tables = find(&self.nodes, &|t| matches!(t, Tag::Table(_)));
        assert_eq!(tables.len(), 1, "expected one table in\n{}", self.md);
        let cells = |row: &[Node]| -> Vec<String> {
            find(row, &|t| matches!(t, Tag::TableCell))
                .into_iter()
                .map(text)
                .collect()
        };
        let head = find(tables[0], &|t| matches!(t, Tag::TableHead));
        assert_eq!(head.len(), 1);
        let rows = find(tables[0], &|t| matches!(t, Tag::TableRow))
            .into_iter()
            .map(cells)
            .collect();
        (cells(head[0]), rows)
    }

    fn count(&self, pred: &dyn Fn(&Tag) -> bool) -> usize {
        find(&self.nodes, pred).len()
    }
}

// ---- fixtures ----

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 28).unwrap()
}

fn new_pm(title: &str) -> Postmortem {
    let now = Utc.with_ymd_and_hms(2026, 11, 27, 14, 0, 0).unwrap();
    Postmortem::new(PostmortemId("pm-1".into()), title, now)
}

/// A complete post-mortem (so no "Still open" section) with `text` in every user field:
/// title, a fact (also quoted as evidence), a cause statement, a why, an action's
/// description and owner.
fn with_text_everywhere(text: &str) -> Postmortem {
    let mut pm = new_pm(text);
    let fact = pm.add_fact(text);
    let cause = pm.add_cause(text);
    pm.add_why(cause);
    pm.set_why(cause, 0, text);
    pm.set_evidence(cause, fact, true);
    let action = pm.add_action(text);
    pm.set_action_owner(action, text);
    pm.set_action_due(action, NaiveDate::from_ymd_opt(2026, 12, 5));
    pm.set_action_cause(action, cause, true);
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

/// Checks that `text`, typed into every field, reads back as typed and adds no markup.
fn assert_shows_as_typed(text: &str, baseline: &[String]) {
    let doc = Doc::of(&with_text_everywhere(text));
    let md = &doc.md;
    assert_eq!(
        shape(&doc.nodes),
        baseline,
        "structure changed by {text:?}:\n{md}"
    );
    assert_eq!(
        doc.headings(HeadingLevel::H1),
        [as_heading(text)],
        "title {text:?}:\n{md}"
    );
    assert_eq!(
        doc.headings(HeadingLevel::H3),
        [format!("C1. {}", as_heading(text))],
        "cause {text:?}:\n{md}"
    );
    let facts = doc.lists_in("Facts");
    assert_eq!(
        facts,
        [[format!("F1: {}", as_block(text))]],
        "fact {text:?}:\n{md}"
    );
    let causes = doc.lists_in("Causes");
    assert_eq!(
        causes,
        [[as_block(text)], [format!("F1: {}", as_block(text))]],
        "why and evidence {text:?}:\n{md}"
    );
    let (_, rows) = doc.table();
    assert_eq!(rows.len(), 1, "{text:?}:\n{md}");
    assert_eq!(rows[0].len(), 6, "{text:?}:\n{md}");
    assert_eq!(rows[0][1], as_block(text), "action {text:?}:\n{md}");
    assert_eq!(rows[0][2], as_block(text), "owner {text:?}:\n{md}");
}

fn baseline() -> Vec<String> {
    shape(&Doc::of(&with_text_everywhere("plain words")).nodes)
}

// ---- structure ----

#[test]
fn the_plain_document_has_the_expected_shape() {
    let doc = Doc::of(&with_text_everywhere("plain words"));
    let count = |pred: &dyn Fn(&Tag) -> bool| doc.count(pred);
    assert_eq!(doc.headings(HeadingLevel::H1), ["plain words"]);
    assert_eq!(
        doc.headings(HeadingLevel::H2),
        ["Facts", "Causes", "Actions"]
    );
    assert_eq!(doc.headings(HeadingLevel::H3), ["C1. plain words"]);
    // Metadata, facts, whys (ordered), evidence.
    assert_eq!(count(&|t| matches!(t, Tag::List(None))), 3);
    assert_eq!(count(&|t| matches!(t, Tag::List(Some(1)))), 1);
    assert_eq!(count(&|t| matches!(t, Tag::Item)), 4 + 1 + 1 + 1);
    // Our own emphasis: the tagline; our own strong: 4 metadata labels, "F1", "Why?",
    // "Evidence:", "Addressed by:".
    assert_eq!(count(&|t| matches!(t, Tag::Emphasis)), 1);
    assert_eq!(count(&|t| matches!(t, Tag::Strong)), 8);
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
    ] {
        assert_eq!(count(pred), 0, "unexpected {name}");
    }
    let (head, rows) = doc.table();
    assert_eq!(head, ["#", "Action", "Owner", "Due", "Status", "Addresses"]);
    assert_eq!(
        rows,
        [[
            "A1",
            "plain words",
            "plain words",
            "2026-12-05",
            "Open",
            "C1"
        ]]
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
    let doc = Doc::of(&pm);
    assert_eq!(doc.headings(HeadingLevel::H1), [pm.title.as_str()]);
    assert_eq!(
        doc.headings(HeadingLevel::H2),
        ["Facts", "Causes", "Actions"]
    );
    let h3 = doc.headings(HeadingLevel::H3);
    assert_eq!(h3.len(), pm.causes.len());
    for (heading, cause) in h3.iter().zip(&pm.causes) {
        assert!(heading.ends_with(&cause.statement), "{heading}");
    }
    assert_eq!(h3[0], format!("C1. {}", pm.causes[0].statement));
    let facts = doc.lists_in("Facts");
    assert_eq!(facts.len(), 1);
    assert_eq!(facts[0].len(), pm.facts.len());
    assert_eq!(
        facts[0][0],
        format!("F1 (2026-11-27 09:00): {}", pm.facts[0].text),
        "facts show their time"
    );
    let (head, rows) = doc.table();
    assert_eq!(head.len(), 6);
    assert_eq!(rows.len(), pm.actions.len());
    for (i, (row, action)) in rows.iter().zip(&pm.actions).enumerate() {
        assert_eq!(row.len(), 6, "{row:?}");
        assert_eq!(row[0], format!("A{}", i + 1));
        assert_eq!(row[1], action.description);
        assert_eq!(row[2], action.owner);
    }
    assert_eq!(rows[0][3], "2026-12-05");
    assert_eq!(rows[0][5], "C1");
    assert_eq!(rows[1][5], "C2");
    assert!(doc.md.contains("**Addressed by:** A1"), "{}", doc.md);
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
        ["Facts", "Causes", "Actions", "Still open"]
    );
    assert_eq!(doc.headings(HeadingLevel::H1), ["Untitled post-mortem"]);
    assert_eq!(doc.headings(HeadingLevel::H3), Vec::<String>::new());
    assert_eq!(
        doc.count(&|t| matches!(t, Tag::Table(_))),
        0,
        "no table without actions"
    );
    let gaps: Vec<String> = blank.hints().into_iter().map(|h| h.message).collect();
    assert_eq!(doc.lists_in("Still open"), [gaps]);
}

#[test]
fn gaps_quoting_user_text_show_it_as_typed() {
    let baseline = {
        let mut pm = new_pm("t");
        pm.add_fact("f");
        pm.add_cause("plain");
        pm.add_action("plain");
        shape(&Doc::of(&pm).nodes)
    };
    for text in NASTY {
        let mut pm = new_pm("t");
        pm.add_fact("f");
        pm.add_cause(*text);
        pm.add_action(*text);
        let doc = Doc::of(&pm);
        assert_eq!(shape(&doc.nodes), baseline, "{text:?}:\n{}", doc.md);
        let expected: Vec<String> = pm
            .hints()
            .into_iter()
            .map(|h| as_block(&h.message))
            .collect();
        assert_eq!(
            expected.len(),
            2,
            "cause without action, action without owner"
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
fn empty_items_are_left_out_of_the_export() {
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
    assert_eq!(doc.lists_in("Facts"), [["F1: Checkout failed"]]);
    assert_eq!(doc.headings(HeadingLevel::H3), ["C1. Certificate expired"]);
    assert_eq!(
        doc.lists_in("Causes"),
        [
            vec!["Nobody renewed it".to_owned()],
            vec!["F1: Checkout failed".to_owned()]
        ],
        "blank whys and blank evidence are left out"
    );
    let (_, rows) = doc.table();
    assert_eq!(
        rows,
        [["A1", "Alert before expiry", "SRE", "—", "Open", "C1"]]
    );
    assert!(doc.md.contains("**Addressed by:** A1\n"), "{}", doc.md);
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
    let (head, rows) = doc.table();
    assert_eq!(head.len(), 6);
    assert_eq!(rows.len(), 3, "{}", doc.md);
    for row in &rows {
        assert_eq!(row.len(), 6, "{row:?}");
    }
    let labels: Vec<&str> = rows.iter().map(|r| r[0].as_str()).collect();
    assert_eq!(labels, ["A1", "A2", "A3"]);
    assert_eq!(
        rows[1],
        ["A2", "Second | with a pipe", "—", "—", "Done", "—"]
    );
    assert_eq!(rows[2][1], "Third");
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

#[test]
fn a_pipe_in_a_table_cell_keeps_six_cells() {
    for text in ["|", "a|b", "a | b | c", "\\|", "||||", "`|`"] {
        let mut pm = with_text_everywhere("x");
        let id: ItemId = pm.actions[0].id;
        pm.set_action_description(id, text);
        pm.set_action_owner(id, text);
        let doc = Doc::of(&pm);
        let (head, rows) = doc.table();
        assert_eq!(head.len(), 6);
        assert_eq!(rows.len(), 1);
        assert_eq!(rows[0].len(), 6, "{text:?}:\n{}", doc.md);
        assert_eq!(rows[0][1], text);
        assert_eq!(rows[0][2], text);
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
    let fact = pm.facts[0].id;
    pm.set_fact_text(fact, big.clone());
    let action = pm.actions[0].id;
    pm.set_action_description(action, big.clone());

    let doc = Doc::of(&pm);
    assert_eq!(shape(&doc.nodes), baseline());
    assert_eq!(doc.headings(HeadingLevel::H1), [big.as_str()]);
    assert_eq!(doc.lists_in("Facts"), [[format!("F1: {big}")]]);
    let (_, rows) = doc.table();
    assert_eq!(rows[0][1], big);
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
