//! Text helpers every module shares: shortening a text for a label, a notice or a message,
//! quoting it, and counting things in words. Pure.

use crate::domain::format_count;

/// `text` cut to at most `max` characters, with "…" when something was cut: at the last
/// space when there is one in the second half ("remind the marketing lead to…", not "… to
/// d…"), else where the limit falls (a long word or an id). Control
/// characters become spaces and runs of spaces one: a shortened text always sits inside a
/// line (a label, a notice, a message), where a line break, a blank line or an invisible
/// character would be wrong (and a quote of a multi-line text reads the same in the app
/// and in a Markdown file read back, which keeps one space between its lines).
pub fn shorten(text: &str, max: usize) -> String {
    let mut previous_space = false;
    let mut chars = text
        .chars()
        .map(|c| if c.is_control() || c == ' ' { ' ' } else { c })
        .filter(move |c| {
            let space = *c == ' ';
            let keep = !(space && previous_space);
            previous_space = space;
            keep
        });
    let mut out: String = chars.by_ref().take(max).collect();
    if let Some(next) = chars.next() {
        // Cut inside a word: go back to the space before it, if that keeps at least half.
        if next != ' ' {
            let kept = out.chars().count();
            if let Some(space) = out
                .rfind(' ')
                .filter(|&at| out[..at].chars().count() * 2 >= kept)
            {
                out.truncate(space);
            }
        }
        let end = out.trim_end().len();
        out.truncate(end);
        out.push('…');
    }
    out
}

/// `text` trimmed, or `placeholder` when nothing is left: how a blank title or name is
/// shown ("Untitled post-mortem", "Untitled checklist").
pub fn or_placeholder<'a>(text: &'a str, placeholder: &'a str) -> &'a str {
    let trimmed = text.trim();
    if trimmed.is_empty() {
        placeholder
    } else {
        trimmed
    }
}

/// `text`, trimmed and shortened to `max` characters, in quotation marks: “…”.
pub fn quoted(text: &str, max: usize) -> String {
    format!("“{}”", shorten(text.trim(), max))
}

/// "a", "a and b", "a, b and c".
pub fn and_list(items: &[String]) -> String {
    match items {
        [] => String::new(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} and {last}", rest.join(", ")),
    }
}

/// "1 fact", "2 facts", "1,200 facts".
pub fn count_of(n: u64, one: &str, many: &str) -> String {
    format!("{} {}", format_count(n), if n == 1 { one } else { many })
}

/// "1 fact · 3 causes · 0 actions": what a post-mortem holds, in a list of them.
pub fn item_counts(facts: usize, causes: usize, actions: usize) -> String {
    format!(
        "{} · {} · {}",
        count_of(facts as u64, "fact", "facts"),
        count_of(causes as u64, "cause", "causes"),
        count_of(actions as u64, "action", "actions")
    )
}

/// A file-name stem from a title: lower-case letters and digits in words joined by "-", cut
/// at a word boundary to at most `max` characters (a single longer word is cut), or
/// `fallback` when the title has no letters or digits.
pub fn slug(title: &str, max: usize, fallback: &str) -> String {
    let lower: String = title.chars().flat_map(char::to_lowercase).collect();
    let mut slug = String::new();
    for word in lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
    {
        let used = slug.chars().count();
        let needed = word.chars().count() + usize::from(used > 0);
        if used + needed > max {
            if used == 0 {
                slug.extend(word.chars().take(max));
            }
            break;
        }
        if used > 0 {
            slug.push('-');
        }
        slug.push_str(word);
    }
    if slug.is_empty() {
        fallback.to_owned()
    } else {
        slug
    }
}

/// The length of the web address (http or https) at the start of `text`, if one is there:
/// up to the first space, control character, `<`, `>`, `|` (which would split a table cell),
/// `"` or non-ASCII character other than a letter or digit, without trailing punctuation, and without a closing parenthesis it did not open
/// ("(see https://x.example/a)" keeps its parenthesis out of the link).
pub fn web_link_end(text: &str) -> Option<usize> {
    let scheme = ["https://", "http://"].into_iter().find(|s| {
        text.get(..s.len())
            .is_some_and(|t| t.eq_ignore_ascii_case(s))
    })?;
    let bytes = text.as_bytes();
    // Non-ASCII letters belong to an address ("https://café.example"); other non-ASCII
    // characters (closing quotes, dashes, ellipses) end it, as in ordinary prose.
    let mut end = text
        .char_indices()
        .find(|&(_, c)| {
            if c.is_ascii() {
                c.is_ascii_whitespace() || c.is_ascii_control() || "<>|\"".contains(c)
            } else {
                !c.is_alphanumeric()
            }
        })
        .map_or(bytes.len(), |(at, _)| at);
    loop {
        let last = bytes[end - 1];
        let unbalanced_paren = last == b')'
            && bytes[..end].iter().filter(|b| **b == b'(').count()
                < bytes[..end].iter().filter(|b| **b == b')').count();
        if end > scheme.len() && (b".,:;!?'*_~".contains(&last) || unbalanced_paren) {
            end -= 1;
        } else {
            break;
        }
    }
    (end > scheme.len()).then_some(end)
}

/// The length of the web address starting at byte `i` of `text`, if one starts there: an
/// address starts where a word could ("xhttps://…" is not one). The Markdown export and
/// the Review step's links both find addresses with this.
pub fn web_link_at(text: &str, i: usize) -> Option<usize> {
    // Checked first: an ASCII "h" is always a character boundary, so the slices below are
    // safe whatever byte `i` the caller is scanning.
    if !matches!(text.as_bytes().get(i), Some(b'h' | b'H')) {
        return None;
    }
    let starts_word = text[..i]
        .chars()
        .next_back()
        .is_none_or(|c| !c.is_alphanumeric());
    starts_word.then(|| web_link_end(&text[i..])).flatten()
}

/// `text` cut into plain runs and web addresses (http and https only), in order: `(true,
/// address)` for each address, so a view can make it a link and leave the rest as text.
/// Addresses are found as the Markdown export finds them ([`web_link_at`]).
pub fn web_links(text: &str) -> Vec<(bool, &str)> {
    let mut parts = Vec::new();
    let mut plain = 0;
    let mut i = 0;
    while i < text.len() {
        if let Some(len) = web_link_at(text, i) {
            if plain < i {
                parts.push((false, &text[plain..i]));
            }
            parts.push((true, &text[i..i + len]));
            i += len;
            plain = i;
            continue;
        }
        i += text[i..].chars().next().map_or(1, char::len_utf8);
    }
    if plain < text.len() {
        parts.push((false, &text[plain..]));
    }
    parts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shortening_cuts_at_a_character_and_marks_the_cut() {
        assert_eq!(shorten("short", 10), "short");
        assert_eq!(shorten("exactly10!", 10), "exactly10!");
        assert_eq!(shorten("one two three", 7), "one two…");
        // A word cut in the middle goes whole, if that keeps at least half the text.
        assert_eq!(
            shorten("remind the marketing lead to double-check", 30),
            "remind the marketing lead to…"
        );
        assert_eq!(shorten("one two three", 9), "one two…");
        assert_eq!(shorten("a verylongwordindeed", 10), "a verylong…");
        assert_eq!(shorten("order-1234567890", 8), "order-12…");
        assert_eq!(shorten("🔥🔥🔥", 2), "🔥🔥…");
        assert_eq!(shorten("line\nbreak\u{7}", 20), "line break ");
        assert_eq!(shorten("", 5), "");
    }

    #[test]
    fn slugs_are_cut_at_a_word() {
        assert_eq!(
            slug("Black-Friday sale went live", 60, "x"),
            "black-friday-sale-went-live"
        );
        assert_eq!(slug("one two three", 8, "x"), "one-two");
        assert_eq!(slug(&"é".repeat(70), 60, "x"), "é".repeat(60));
        assert_eq!(slug("!!! ///", 60, "post-mortem"), "post-mortem");
    }

    #[test]
    fn quotes_and_counts() {
        assert_eq!(quoted("  a cause  ", 60), "“a cause”");
        assert_eq!(
            quoted(&"x".repeat(70), 60),
            format!("“{}…”", "x".repeat(60))
        );
        assert_eq!(count_of(1, "fact", "facts"), "1 fact");
        assert_eq!(item_counts(1, 0, 2), "1 fact · 0 causes · 2 actions");
        assert_eq!(item_counts(2, 1, 1), "2 facts · 1 cause · 1 action");
        assert_eq!(count_of(0, "fact", "facts"), "0 facts");
        assert_eq!(
            count_of(1_200, "fact has", "facts have"),
            "1,200 facts have"
        );
    }

    #[test]
    fn web_addresses_are_found_where_words_start() {
        assert_eq!(
            web_links("Orders: https://shop.example/orders?id=5, see (http://dash.example/a)."),
            [
                (false, "Orders: "),
                (true, "https://shop.example/orders?id=5"),
                (false, ", see ("),
                (true, "http://dash.example/a"),
                (false, ")."),
            ]
        );
        assert_eq!(
            web_links("xhttps://no.example"),
            [(false, "xhttps://no.example")]
        );
        assert_eq!(
            web_links("ftp://x.example and javascript:alert(1)"),
            [(false, "ftp://x.example and javascript:alert(1)")]
        );
        assert_eq!(web_links(""), []);
        assert_eq!(web_links("https://"), [(false, "https://")]);
        assert_eq!(
            web_links("é https://café.example/ü"),
            [(false, "é "), (true, "https://café.example/ü")]
        );
    }

    #[test]
    fn an_address_is_looked_for_at_any_byte_without_panicking() {
        let text = "é·https://x.example ok";
        let found: Vec<(usize, usize)> = (0..=text.len())
            .filter_map(|i| web_link_at(text, i).map(|n| (i, n)))
            .collect();
        assert_eq!(found, [(4, 17)]);
    }
}
