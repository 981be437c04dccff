//! The Markdown (GitHub-flavoured) writer: user text is escaped so it always shows as typed.

use std::fmt::Write as _;

use super::report::{Report, ACTION_COLUMNS};

/// Escapes user text for use inside a paragraph or list item (headings use `escape_heading`).
///
/// Every character that could start inline markup is backslash-escaped, and so is whatever
/// would start a block (heading, quote, list, rule, setext underline) at the start of a
/// line. Leading spaces are dropped, because four of them would start a code block.
/// Lines are joined with hard breaks so a multi-line item stays one item; blank lines are
/// dropped for the same reason.
pub fn escape_inline(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    push_inline(&mut out, text);
    out
}

/// [`escape_inline`], written straight onto `out`: the export's long lists escape thousands
/// of texts, and a string for each was a third of the writer's time.
fn push_inline(out: &mut String, text: &str) {
    let mut first = true;
    for line in lines(text) {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if !first {
            // Backslash at the end of a line: a CommonMark hard line break.
            out.push_str("\\\n   ");
        }
        first = false;
        escape_line(line, out);
    }
}

/// Escapes user text for one cell of a GFM table: like [`escape_inline`], but line breaks
/// become `<br>` (a table row cannot span lines) and an empty cell shows a dash.
pub fn escape_table_cell(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for line in lines(text) {
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        // Escaping a non-empty line always writes something, so `out` is empty only
        // before the first line.
        if !out.is_empty() {
            out.push_str("<br>");
        }
        escape_line(line, &mut out);
    }
    if out.is_empty() {
        "—".to_owned()
    } else {
        out
    }
}

/// The lines of `text` as CommonMark sees them: `\n`, `\r\n` and also a lone `\r` end a
/// line. (`str::lines` does not split at a lone `\r`, so one in imported text used to end a
/// heading or a table row early and let the rest of the line start a new block.) Splitting
/// `\r\n` in two yields an empty line, which callers drop like any blank line. The split is
/// done on bytes, as both line endings are ASCII: a search for a set of characters decodes
/// every character, and exports are mostly long lines without breaks.
fn lines(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(text);
    std::iter::from_fn(move || {
        let current = rest?;
        match current.bytes().position(|b| b == b'\n' || b == b'\r') {
            // An ASCII byte is always a character boundary, so both slices are valid.
            Some(at) => {
                rest = Some(&current[at + 1..]);
                Some(&current[..at])
            }
            None => {
                rest = None;
                Some(current)
            }
        }
    })
}

/// Escapes user text for a heading. An ATX heading is a single line, so the text's lines
/// are joined with spaces first; with [`escape_inline`]'s hard breaks the heading would end
/// at the first line (with a stray `\`) and the rest would become a paragraph.
pub(super) fn escape_heading(text: &str) -> String {
    let parts: Vec<&str> = lines(text)
        .map(str::trim)
        .filter(|line| !line.is_empty())
        .collect();
    let mut out = escape_inline(&parts.join(" "));
    // A heading ending in "{…}" sets its id and classes on some renderers (heading
    // attributes), escaped or not: something invisible after it keeps it text.
    if out.ends_with('}') {
        out.push_str(INVISIBLE_BREAK);
    }
    out
}

fn escape_line(line: &str, out: &mut String) {
    // Every character that needs escaping is ASCII, so the line is scanned as bytes and
    // copied in runs between escapes: no per-character work for ordinary text.
    let bytes = line.as_bytes();
    // Block markers only matter at the start of a line.
    let mut start = 0;
    match bytes.first() {
        Some(&b @ (b'#' | b'-' | b'+' | b'=' | b'>' | b'*')) => {
            out.push('\\');
            out.push(char::from(b));
            if is_reference(line, 0) {
                out.push_str(INVISIBLE_BREAK);
            }
            start = 1;
        }
        Some(b) if b.is_ascii_digit() => {
            // "1." or "1)" at line start opens an ordered list: escape the delimiter.
            let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
            if let (true, Some(&b @ (b'.' | b')'))) = (digits <= 9, bytes.get(digits)) {
                out.push_str(&line[..digits]);
                out.push('\\');
                out.push(char::from(b));
                start = digits + 1;
            }
        }
        _ => {}
    }
    // A run of `#` at the end of a heading line is a closing sequence and would vanish.
    let trailing_hashes = bytes.len() - bytes.iter().rev().take_while(|b| **b == b'#').count();
    let alnum_before = |i: usize| {
        line[..i]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    };
    // Where the text not yet copied begins.
    let mut run = start;
    let mut i = start;
    while i < bytes.len() {
        let b = bytes[i];
        // Most bytes of prose can start nothing: skip them without the checks below.
        if !MAY_MATTER[usize::from(b)] {
            i += 1;
            continue;
        }
        if let Some(end) = crate::text::web_link_at(line, i) {
            // A web address stays clickable on every renderer as an autolink, whose
            // contents CommonMark takes literally (no escapes needed or read).
            out.push_str(&line[run..i]);
            out.push('<');
            out.push_str(&line[i..i + end]);
            out.push('>');
            i += end;
            run = i;
            continue;
        }
        let escape = match b {
            b'#' => i >= trailing_hashes,
            // An underscore between two letters or digits can neither open nor close
            // emphasis (CommonMark's flanking rules), so "America/New_York" stays readable.
            b'_' => {
                !(alnum_before(i)
                    && line[i + 1..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphanumeric))
            }
            // `$` opens maths on GitHub and GitLab; `{` heading attributes ("{#id}") and
            // GitLab's inline diffs ("{+ +}").
            b'\\' | b'`' | b'*' | b'[' | b']' | b'<' | b'>' | b'|' | b'~' | b'$' | b'{' => true,
            // An ampersand only matters when it could start an entity such as &amp; or &#60;.
            b'&' => bytes
                .get(i + 1)
                .is_some_and(|n| n.is_ascii_alphanumeric() || *n == b'#'),
            _ => false,
        };
        if escape {
            out.push_str(&line[run..i]);
            out.push('\\');
            run = i;
        }
        if is_reference(line, i) {
            out.push_str(&line[run..=i]);
            out.push_str(INVISIBLE_BREAK);
            run = i + 1;
        }
        i += 1;
    }
    out.push_str(&line[run..]);
}

/// The bytes at which [`escape_line`] may have to act: the first of a web address ("h"), a
/// character to escape, and a sigil of a reference ([`is_reference`]). A byte left out
/// would go through unescaped: `tests/markdown_export/` renders every punctuation
/// character and every reference sigil and fails on any that does not show as typed.
const MAY_MATTER: [bool; 256] = {
    let mut table = [false; 256];
    let bytes = b"hH#_\\`*[]<>|~${&!@%:";
    let mut i = 0;
    while i < bytes.len() {
        table[bytes[i] as usize] = true;
        i += 1;
    }
    table
};

/// A zero-width space, written as an entity so it can be seen in the Markdown source.
const INVISIBLE_BREAK: &str = "&#8203;";

/// Whether the byte at `at` in `line` is a sigil that, with what follows, would be read
/// as a reference where an export is pasted: a mention that notifies someone ("@dave"),
/// an issue, merge request or epic ("#123", "!12", "&3"), a GitLab label or
/// milestone ("~bug", "%v1"), or an emoji code (":tada:"). Backslash escapes do not stop these (GitHub and GitLab find
/// them in the rendered text), so the writer puts an invisible break after the sigil: the
/// text reads the same and links nothing. In a blameless document, notifying the person
/// named is the opposite of what the user wants.
///
/// Not GitLab's snippets ("$4"): that is how amounts of money are written, common in a
/// shop's post-mortem, and a break after each "$" made every amount unreadable in the
/// Markdown source (`\$&#8203;4,800`) for a link that notifies nobody and appears only
/// where a snippet of that number exists. The `$` is still escaped, so no maths.
fn is_reference(line: &str, at: usize) -> bool {
    let bytes = line.as_bytes();
    let (Some(&sigil), Some(&next)) = (bytes.get(at), bytes.get(at + 1)) else {
        return false;
    };
    // Every sigil is ASCII, so `at` is a character boundary once one is found.
    let alnum_before = || {
        line[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    };
    match sigil {
        // Numbered references also follow a repository name ("shop/site#12").
        b'#' | b'!' | b'&' => next.is_ascii_digit(),
        b'@' | b'~' | b'%' | b':' => !alnum_before() && next.is_ascii_alphanumeric(),
        _ => false,
    }
}

fn table_row(md: &mut String, cells: &[String]) {
    md.push('|');
    for cell in cells {
        md.push(' ');
        md.push_str(cell);
        md.push_str(" |");
    }
    md.push('\n');
}

fn table_head(md: &mut String, headers: &[&str]) {
    table_row(
        md,
        &headers.iter().map(|h| (*h).to_owned()).collect::<Vec<_>>(),
    );
    md.push('|');
    md.push_str(&"---|".repeat(headers.len()));
    md.push('\n');
}

fn or_dash(text: Option<&str>) -> String {
    text.filter(|t| !t.is_empty())
        .map_or_else(|| "—".to_owned(), escape_table_cell)
}

/// Writes the report as GitHub-flavoured Markdown.
pub fn to_markdown(report: &Report) -> String {
    let mut md = String::with_capacity(4096);
    // `write!` into a String cannot fail; the results are ignored on purpose.
    let _ = writeln!(md, "# {}\n", escape_heading(&report.title));
    // What a reader needs first: the summary, the incident's window and its impact.
    if !report.summary.is_empty() {
        let _ = writeln!(md, "{}\n", escape_inline(&report.summary));
    }
    for (label, value) in report.head() {
        let _ = writeln!(md, "- **{label}:** {}", escape_inline(value));
    }
    md.push_str("\n*A blameless post-mortem: it looks at the system, not at people.*\n\n");

    if !report.impact.is_empty() {
        md.push_str("## Impact\n\n");
        for line in &report.impact {
            let _ = writeln!(
                md,
                "- **{}:** {}",
                line.what.label(),
                escape_inline(&line.value)
            );
        }
        md.push('\n');
    }

    md.push_str("## Facts\n\n");
    if report.timeline.is_empty() && report.untimed.is_empty() {
        md.push_str("*No facts recorded.*\n\n");
    }
    if !report.timeline.is_empty() {
        // A list, not a table: a wiki page or a phone shows a seven-column table as a narrow
        // column of fact text. Each line leads with the number, the time and the fact.
        for row in &report.timeline {
            md.push_str("- **");
            md.push_str(&row.label);
            md.push_str("** · ");
            push_inline(&mut md, &row.when(&report.zone));
            md.push_str(" — ");
            push_inline(&mut md, &row.text);
            let details = row.details(&report.zone);
            if !details.is_empty() {
                md.push_str(" (");
                push_inline(&mut md, &details.join(" · "));
                md.push(')');
            }
            md.push('\n');
        }
        md.push('\n');
        let notes: Vec<_> = report
            .timeline
            .iter()
            .flat_map(|row| row.warnings.iter().map(move |w| (&row.label, w)))
            .collect();
        if !notes.is_empty() {
            md.push_str("Notes on the times:\n\n");
            for (label, warning) in notes {
                let _ = writeln!(md, "- {label}: {}", escape_inline(warning));
            }
            md.push('\n');
        }
    }
    if !report.untimed.is_empty() {
        md.push_str("Facts without a time:\n\n");
        for fact in &report.untimed {
            let _ = write!(md, "- **{}**: {}", fact.label, escape_inline(&fact.text));
            if !fact.source.is_empty() {
                let _ = write!(md, " (source: {})", escape_inline(&fact.source));
            }
            md.push('\n');
        }
        md.push('\n');
    }

    md.push_str("## Causes\n\n");
    if report.causes.is_empty() {
        md.push_str("*No causes identified.*\n\n");
    }
    for cause in &report.causes {
        let _ = writeln!(
            md,
            "### {}. {}\n",
            cause.label,
            escape_heading(&cause.statement)
        );
        match &cause.category {
            Some(category) => {
                let _ = writeln!(md, "*{} · {}*\n", cause.kind, category);
            }
            None => {
                let _ = writeln!(md, "*{}*\n", cause.kind);
            }
        }
        if !cause.whys.is_empty() {
            md.push_str("**Why?**\n\n");
            for (i, why) in cause.whys.iter().enumerate() {
                let _ = writeln!(md, "{}. {}", i + 1, escape_inline(why));
            }
            md.push('\n');
        }
        if cause.evidence.is_empty() {
            md.push_str("**Evidence:** none linked yet (unsupported).\n\n");
        } else {
            md.push_str("**Evidence:**\n\n");
            for evidence in &cause.evidence {
                let _ = writeln!(md, "- {}", escape_inline(evidence));
            }
            md.push('\n');
        }
        if !cause.addressed_by.is_empty() {
            let _ = writeln!(md, "**Addressed by:** {}\n", cause.addressed_by.join(", "));
        } else if let Some(reason) = &cause.no_action_reason {
            let _ = writeln!(md, "**No action, because:** {}\n", escape_inline(reason));
        } else {
            md.push_str("**Addressed by:** no action yet\n\n");
        }
    }

    md.push_str("## Actions\n\n");
    if report.actions.is_empty() {
        md.push_str("*No actions planned.*\n\n");
    } else {
        table_head(&mut md, &ACTION_COLUMNS);
        for action in &report.actions {
            let due = match (&action.due, action.overdue) {
                (Some(due), true) => format!("{due} (overdue)"),
                (Some(due), false) => due.clone(),
                (None, _) => "—".to_owned(),
            };
            table_row(
                &mut md,
                &[
                    action.label.clone(),
                    escape_table_cell(&action.description),
                    or_dash(action.kind.as_deref()),
                    action.priority.clone(),
                    escape_table_cell(&action.owner),
                    due,
                    escape_table_cell(&action.status),
                    if action.addresses.is_empty() {
                        "—".to_owned()
                    } else {
                        action.addresses.join(", ")
                    },
                ],
            );
        }
        md.push('\n');
    }

    for (heading, text) in [
        ("What went well", &report.went_well),
        ("Lessons learned", &report.lessons),
    ] {
        if !text.is_empty() {
            let _ = writeln!(md, "## {heading}\n\n{}\n", escape_inline(text));
        }
    }

    if !report.gaps.is_empty() {
        md.push_str("## Still open\n\n");
        for gap in &report.gaps {
            let _ = writeln!(md, "- {}", escape_inline(gap));
        }
        md.push('\n');
    }
    md
}

/// The download's file name: the title as a slug cut at a word, then the date (the
/// incident's, when the timeline has one), e.g.
/// `black-friday-sale-went-live-2-hours-late-2026-11-28.md`.
pub fn file_name(title: &str, date: chrono::NaiveDate) -> String {
    format!("{}-{date}.md", crate::text::slug(title, 60, "post-mortem"))
}
