//! A small tree over pulldown-cmark's events, for checking exported Markdown the way a
//! GFM renderer reads it, plus a raw check of table rows (the parser pads or drops cells,
//! so a row with a stray cell delimiter would otherwise go unnoticed).

use pulldown_cmark::{Event, HeadingLevel, Options, Parser, Tag};

/// An element with its children, or a leaf event.
#[derive(Debug)]
pub enum Node {
    /// A container (heading, paragraph, list, table cell, emphasis…).
    Elem(Tag<'static>, Vec<Node>),
    /// Text, breaks, HTML, rules…
    Leaf(Event<'static>),
}

/// Markdown as the sites an export is pasted into read it: GitHub and GitLab (tables,
/// strikethrough, task lists, footnotes, maths with `$`, alerts, heading attributes).
pub fn options() -> Options {
    Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_MATH
        | Options::ENABLE_GFM
        | Options::ENABLE_HEADING_ATTRIBUTES
}

/// The zero-width space the export puts after "@", "#" and the like so pasted text
/// mentions and links nobody: invisible, so not part of what a reader sees.
pub const INVISIBLE: char = '\u{200B}';

/// Whether a link is a plain web address shown as itself: the only link user text may make.
pub fn is_web_autolink(tag: &Tag, children: &[Node]) -> bool {
    match tag {
        Tag::Link {
            link_type: pulldown_cmark::LinkType::Autolink,
            dest_url,
            ..
        } => {
            let lower = dest_url.to_ascii_lowercase();
            (lower.starts_with("http://") || lower.starts_with("https://"))
                && text(children) == dest_url.as_ref()
        }
        _ => false,
    }
}

/// Parses a document into a tree.
pub fn parse(md: &str) -> Vec<Node> {
    let mut stack: Vec<(Option<Tag<'static>>, Vec<Node>)> = vec![(None, Vec::new())];
    for event in Parser::new_ext(md, options()) {
        match event.into_static() {
            Event::Start(tag) => stack.push((Some(tag), Vec::new())),
            Event::End(_) => {
                let (tag, children) = stack.pop().expect("balanced events");
                let elem = Node::Elem(tag.expect("an open tag"), children);
                stack.last_mut().expect("a parent").1.push(elem);
            }
            other => stack
                .last_mut()
                .expect("a parent")
                .1
                .push(Node::Leaf(other)),
        }
    }
    assert_eq!(stack.len(), 1, "unbalanced events");
    stack.pop().expect("the root").1
}

/// The text a reader sees. Line breaks (and the `<br>` the table uses for them) read as `\n`.
pub fn text(nodes: &[Node]) -> String {
    let mut out = String::new();
    for node in nodes {
        match node {
            Node::Elem(_, children) => out.push_str(&text(children)),
            Node::Leaf(Event::Text(t) | Event::Code(t)) => {
                out.extend(t.chars().filter(|c| *c != INVISIBLE));
            }
            Node::Leaf(Event::SoftBreak | Event::HardBreak) => out.push('\n'),
            Node::Leaf(Event::InlineHtml(html)) if html.as_ref() == "<br>" => out.push('\n'),
            Node::Leaf(_) => {}
        }
    }
    out
}

/// Every element matching `pred`, in document order, including nested ones.
pub fn find<'a>(nodes: &'a [Node], pred: &dyn Fn(&Tag) -> bool) -> Vec<&'a [Node]> {
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

/// Whether a tag is a heading of this level.
pub fn is_heading(tag: &Tag, wanted: HeadingLevel) -> bool {
    matches!(tag, Tag::Heading { level, .. } if *level == wanted)
}

/// The texts of the headings of one level.
pub fn headings(nodes: &[Node], level: HeadingLevel) -> Vec<String> {
    find(nodes, &|t| is_heading(t, level))
        .into_iter()
        .map(text)
        .collect()
}

/// The structure of a document without its text: every tag, and every event that is not
/// plain text or a line break (maths counts), in order, except links of plain web
/// addresses shown as themselves. User text must never change it. The `<br>` that
/// joins lines inside a table cell is our own markup and counts as a line break.
pub fn shape(nodes: &[Node]) -> Vec<String> {
    fn walk(nodes: &[Node], in_cell: bool, out: &mut Vec<String>) {
        for node in nodes {
            match node {
                // A web address typed by the user becomes a link, and is otherwise text.
                Node::Elem(tag, children) if is_web_autolink(tag, children) => {}
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

/// Every emphasis and strong element, as "em: text" / "strong: text", in document order.
/// The export may only emphasise its own words, so the list must not depend on user text.
pub fn styled(nodes: &[Node]) -> Vec<String> {
    let mut out = Vec::new();
    for node in nodes {
        if let Node::Elem(tag, children) = node {
            match tag {
                Tag::Emphasis => out.push(format!("em: {}", text(children))),
                Tag::Strong => out.push(format!("strong: {}", text(children))),
                _ => {}
            }
            out.extend(styled(children));
        }
    }
    out
}

/// A parsed GFM table.
#[derive(Debug)]
pub struct Table {
    /// The header cells' texts.
    pub head: Vec<String>,
    /// Each body row's cells' texts.
    pub rows: Vec<Vec<String>>,
}

/// Every table in some nodes, in document order.
pub fn tables(nodes: &[Node]) -> Vec<Table> {
    let cells = |row: &[Node]| -> Vec<String> {
        find(row, &|t| matches!(t, Tag::TableCell))
            .into_iter()
            .map(text)
            .collect()
    };
    find(nodes, &|t| matches!(t, Tag::Table(_)))
        .into_iter()
        .map(|table| {
            let head = find(table, &|t| matches!(t, Tag::TableHead));
            assert_eq!(head.len(), 1, "one header row");
            Table {
                head: cells(head[0]),
                rows: find(table, &|t| matches!(t, Tag::TableRow))
                    .into_iter()
                    .map(cells)
                    .collect(),
            }
        })
        .collect()
}

/// The number of cells of a raw table line: GFM splits a row at every `|` that is not
/// preceded by a backslash; the leading and trailing pipes only delimit.
fn raw_cells(line: &str) -> usize {
    let mut pipes = 0;
    let mut previous = None;
    for c in line.chars() {
        if c == '|' && previous != Some('\\') {
            pipes += 1;
        }
        previous = Some(c);
    }
    pipes - 1
}

/// Checks every table of an export twice: in the raw text, every line of a table (header,
/// delimiter row, body rows) has as many cells as the header; in the parsed document,
/// every body row has as many cells as the header. Returns the parsed tables.
pub fn checked_tables(md: &str, nodes: &[Node]) -> Vec<Table> {
    let mut raw: Vec<Vec<&str>> = Vec::new();
    let mut in_table = false;
    for line in md.lines() {
        if line.starts_with('|') {
            if !in_table {
                raw.push(Vec::new());
            }
            raw.last_mut().expect("a table").push(line);
            in_table = true;
        } else {
            in_table = false;
        }
    }
    let parsed = tables(nodes);
    assert_eq!(raw.len(), parsed.len(), "tables in the raw text:\n{md}");
    for (lines, table) in raw.iter().zip(&parsed) {
        let width = table.head.len();
        assert!(lines.len() >= 2, "a table has a header and a delimiter row");
        assert_eq!(
            lines.len(),
            table.rows.len() + 2,
            "rows of\n{}",
            lines.join("\n")
        );
        for line in lines {
            assert_eq!(
                raw_cells(line),
                width,
                "cells of the raw row {line:?}\nin\n{md}"
            );
        }
        for row in &table.rows {
            assert_eq!(
                row.len(),
                width,
                "cells of the parsed row {row:?}\nin\n{md}"
            );
        }
    }
    parsed
}

/// The export's table header (the actions), written out here rather than taken from the
/// exporter so that each side checks the other.
pub const ACTIONS_HEAD: [&str; 8] = [
    "#",
    "Action",
    "Type",
    "Priority",
    "Owner",
    "Due",
    "Status",
    "Addresses",
];
