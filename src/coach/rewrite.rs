//! One-click rewrites: a rule's [`Fix`] (tokens to replace) turned into an edit of the text
//! as written, tidy at its edges — no double spaces, no orphaned comma, a capital kept at
//! the start of a sentence — and applied.

use super::rules::Fix;
use super::tokens::{Case, Tok};

/// An edit the user can apply: bytes `start..end` of the checked text become `text`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Rewrite {
    pub start: usize,
    pub end: usize,
    pub text: String,
    /// The words the rewrite takes out, as written ("obviously", "Remind marketing to").
    pub replaces: String,
    /// What stands in their place ("" for a removal), as it will read.
    pub with: String,
}

impl Rewrite {
    /// `text` with the rewrite applied. `None` when the text is not the one checked (the
    /// range no longer falls on character boundaries or runs past the end).
    pub fn apply(&self, text: &str) -> Option<String> {
        let (before, after) = (text.get(..self.start)?, text.get(self.end..)?);
        Some(format!("{before}{}{after}", self.text))
    }
}

/// The edit for `fix` in `text` (tokenised as `toks`).
pub(super) fn edit(text: &str, toks: &[Tok<'_>], fix: Fix) -> Option<Rewrite> {
    let (first, last) = (toks.get(fix.first)?, toks.get(fix.last)?);
    let (start, end) = (first.start, last.end);
    let replaces = text.get(start..end)?.to_owned();
    // A sentence's first word keeps a capital in its place, unless the writer began in
    // lower case ("@kim failed to …" is a handle; the sentence still starts there).
    // ("(3) Unfortunately, once …": a list's marker before it, and it still starts.)
    let capital =
        (first.sentence_start || after_list_marker(&text[..start])) && first.case != Case::Lower;
    if !fix.with.is_empty() {
        let with = if capital {
            capitalised(fix.with)
        } else {
            fix.with.to_owned()
        };
        return Some(Rewrite {
            start,
            end,
            text: with.clone(),
            replaces,
            with,
        });
    }
    // A removal: take the comma and spaces after the words with them ("Obviously, the …").
    let mut end = end;
    if text[end..].starts_with(',') {
        end += 1;
    }
    end += text[end..].len() - text[end..].trim_start_matches(' ').len();
    let mut start = start;
    let rest = &text[end..];
    let mut with = String::new();
    if rest.is_empty() || rest.starts_with(|c: char| ".,;:!?)".contains(c)) {
        // Nothing follows in the clause: take the space (and comma) before instead, so
        // "slow, obviously." becomes "slow."
        end = end.min(last.end);
        start -= text[..start].len() - text[..start].trim_end_matches(' ').len();
        if text[..start].ends_with(',') && !rest.starts_with(',') {
            start -= 1;
        }
    } else if capital {
        // "Obviously, the fix …" → "The fix …": the next word takes the capital.
        if let Some(c) = rest.chars().next().filter(char::is_ascii_lowercase) {
            with.push(c.to_ascii_uppercase());
            end += 1;
        }
    }
    Some(Rewrite {
        start,
        end,
        text: with,
        replaces,
        with: String::new(),
    })
}

/// Whether `prefix` is only a list's marker: "3.", "(3)", "3)", "a)", "-", "•".
fn after_list_marker(prefix: &str) -> bool {
    let marker = prefix.trim();
    let inner = marker.trim_start_matches('(').trim_end_matches(['.', ')']);
    !marker.is_empty()
        && marker.len() <= 5
        && (matches!(marker, "-" | "*" | "•" | "–")
            || (!inner.is_empty()
                && inner.len() < marker.len()
                && (inner.bytes().all(|b| b.is_ascii_digit())
                    || (inner.len() == 1 && inner.bytes().all(|b| b.is_ascii_lowercase())))))
}

/// `words` with an ASCII capital first (the rewrites are written in lower case).
fn capitalised(words: &str) -> String {
    let mut out = words.to_owned();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}
