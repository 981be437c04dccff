//! The line and inline level of Markdown coming back in: escapes, autolinks, hard
//! breaks, table cells and item labels, as Hindsight's writer produces them.

/// The text a reader sees of escaped inline Markdown: backslash escapes and invisible
/// breaks removed, autolinks unwrapped.
pub fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut i = 0;
    while let Some(c) = text[i..].chars().next() {
        let rest = &text[i..];
        if c == '\\' {
            match rest[1..].chars().next() {
                Some(next) if next.is_ascii_punctuation() => {
                    out.push(next);
                    i += 2;
                }
                _ => {
                    out.push('\\');
                    i += 1;
                }
            }
        } else if let Some(after) = rest.strip_prefix("&#8203;") {
            // The writer's invisible break after a reference sigil.
            i = text.len() - after.len();
        } else if let Some((link, len)) = autolink(rest) {
            out.push_str(link);
            i += len;
        } else {
            out.push(c);
            i += c.len_utf8();
        }
    }
    out
}

/// A web address the writer wrapped in `<…>`, and the length of the whole.
fn autolink(rest: &str) -> Option<(&str, usize)> {
    let inner = rest.strip_prefix('<')?;
    let end = inner.find('>')?;
    let link = &inner[..end];
    let web = link.starts_with("http://") || link.starts_with("https://");
    (web && !link.contains([' ', '<', '\n'])).then_some((link, end + 2))
}

/// The text of one table cell: like [`unescape`], with `<br>` as a line break and a lone
/// dash as empty.
pub(super) fn unescape_cell(cell: &str) -> String {
    let cell = cell.trim();
    if cell == "—" {
        return String::new();
    }
    unescape(&cell.replace("<br>", "\n"))
}

/// A physical line and its number.
pub(super) type Line<'a> = (usize, &'a str);

/// The logical lines: a line ending in an unescaped backslash (a hard break) continues on
/// the next one, indented; they are joined with `\n`.
pub(super) fn logical_lines(md: &str) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = Vec::new();
    let mut continuing = false;
    for (i, raw) in md.split('\n').enumerate() {
        let line = raw.strip_suffix('\r').unwrap_or(raw);
        if continuing {
            if let Some((_, last)) = out.last_mut() {
                last.push_str(line.trim_start());
            }
        } else {
            out.push((i + 1, line.to_owned()));
        }
        let trailing = line.bytes().rev().take_while(|b| *b == b'\\').count();
        continuing = trailing % 2 == 1;
        if continuing {
            if let Some((_, last)) = out.last_mut() {
                last.pop();
                last.push('\n');
            }
        }
    }
    out
}

pub(super) fn quote(text: &str) -> String {
    crate::text::quoted(text, 40)
}

/// The number in a label such as "F3" (1-based).
pub(super) fn label_number(label: &str, letter: char) -> Option<usize> {
    let n: usize = label.trim().strip_prefix(letter)?.parse().ok()?;
    (1..=crate::domain::limits::ITEMS).contains(&n).then_some(n)
}

/// The cells of a table row, split at unescaped `|`.
pub(super) fn cells(line: &str) -> Vec<String> {
    let inner = line.trim().trim_start_matches('|');
    let mut out = Vec::new();
    let mut cell = String::new();
    let mut escaped = false;
    for c in inner.chars() {
        match c {
            '|' if !escaped => out.push(std::mem::take(&mut cell)),
            c => {
                escaped = c == '\\' && !escaped;
                cell.push(c);
            }
        }
    }
    if !cell.trim().is_empty() {
        out.push(cell);
    }
    out
}
