//! Splits text into tokens with byte ranges: contractions expanded, case and sentence starts
//! noted, quoted spans marked. The rules never look at raw text, only at these tokens.

use std::borrow::Cow;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokKind {
    Word,
    Number,
    /// `@name`: always a person.
    Handle,
    Punct,
    /// A line break: ends a sentence (bullet lists rarely end with a full stop).
    Break,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Case {
    Lower,
    /// `Dave`: the shape of a name (or of a sentence's first word).
    Title,
    Upper,
    /// camelCase, iPhone, scripts without case, no letters.
    Other,
}

#[derive(Clone, Debug)]
pub(crate) struct Tok<'a> {
    /// Lower case, curly apostrophes made straight. A contraction becomes several tokens
    /// (`didn't` → `did`, `not`) that share the byte range of the source word.
    pub norm: Cow<'a, str>,
    /// Byte range in the original text, always on char boundaries.
    pub start: usize,
    pub end: usize,
    /// Index of the source word: the pieces of one contraction share it.
    pub src: usize,
    pub kind: TokKind,
    pub case: Case,
    /// First word of a sentence, line or clause after a colon: its capital says nothing.
    pub sentence_start: bool,
    /// Inside quotes or backticks: evidence, not the writer's opinion.
    pub quoted: bool,
}

impl Tok<'_> {
    pub fn is(&self, word: &str) -> bool {
        super::lexicon::same(self.norm.as_bytes(), word.as_bytes())
    }

    /// A full stop, semicolon, "!" or "?": where the rules that read on to the end of a
    /// sentence stop.
    pub fn closes_sentence(&self) -> bool {
        matches!(&*self.norm, "." | ";" | "!" | "?")
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokKind::Word
    }

    /// Punctuation or a line break that ends a clause: the rules never match across it.
    pub fn is_break(&self) -> bool {
        match self.kind {
            TokKind::Break => true,
            TokKind::Punct => !matches!(&*self.norm, "-" | "/" | "&" | "+" | "'" | "’"),
            _ => false,
        }
    }
}

/// Characters that belong to a word: ASCII letters and digits, and anything outside ASCII
/// that is not punctuation or space — letters of every script, but also emoji and combining
/// marks, which keeps odd input harmless: it forms tokens that no rule knows. (No Unicode
/// property tables: they would add about 5 KB to the wasm for no gain in English rules.)
pub(crate) fn is_word_char(c: char) -> bool {
    if c.is_ascii_alphanumeric() || c == '_' {
        return true;
    }
    if c.is_ascii() || c.is_whitespace() {
        return false;
    }
    !matches!(c as u32,
        0x00A1..=0x00BF          // ¡ « » ¿ and other Latin-1 signs
        | 0x2000..=0x206F        // general punctuation: ‘ ’ “ ” – — … • and invisible marks
        | 0x3000..=0x303F        // CJK punctuation
        | 0xFE10..=0xFE6F        // vertical and small forms
        | 0xFF01..=0xFF0F | 0xFF1A..=0xFF20 | 0xFF3B..=0xFF40 | 0xFF5B..=0xFF65)
}

/// A letter for the rules' purposes: ASCII letters, and word characters outside ASCII.
pub(crate) fn is_letter(c: char) -> bool {
    c.is_ascii_alphabetic() || (!c.is_ascii() && is_word_char(c))
}

/// A capital: lower-casing changes it (the case-mapping table is needed for normalising
/// anyway, unlike the Unicode "Uppercase" property table).
fn is_capital(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_uppercase()
    } else {
        c.to_lowercase().next() != Some(c)
    }
}

fn char_at(text: &str, pos: usize) -> Option<char> {
    text.get(pos..).and_then(|s| s.chars().next())
}

/// End of the word starting at `start`: joins `didn't`, `just-in-time`, `12,400`, `09:00`.
fn word_end(text: &str, start: usize) -> usize {
    // Most words are ASCII letters followed by a space: settle those a byte at a time.
    let bytes = text.as_bytes();
    let mut ascii = start;
    while bytes
        .get(ascii)
        .is_some_and(|b| b.is_ascii_alphanumeric() || *b == b'_')
    {
        ascii += 1;
    }
    if ascii > start && bytes.get(ascii).is_none_or(|b| b.is_ascii_whitespace()) {
        return ascii;
    }
    let mut end = start;
    let mut prev: Option<char> = None;
    let mut chars = text[start..].char_indices().peekable();
    while let Some((offset, c)) = chars.next() {
        if is_word_char(c) {
            end = start + offset + c.len_utf8();
            prev = Some(c);
            continue;
        }
        let next = chars.peek().map(|&(_, n)| n);
        let joins = match (prev, next) {
            (Some(p), Some(n)) => match c {
                '\'' | '’' => is_letter(p) && is_letter(n),
                '-' | '\u{2010}' | '\u{2011}' => is_word_char(p) && is_word_char(n),
                '.' | ',' | ':' => p.is_ascii_digit() && n.is_ascii_digit(),
                _ => false,
            },
            _ => false,
        };
        if !joins {
            break;
        }
        prev = Some(c);
    }
    end
}

fn case_of(word: &str, ascii: bool) -> Case {
    // Most words are ASCII: their bytes are read without decoding characters.
    let counted = if ascii {
        count_capitals(
            word.bytes()
                .filter(u8::is_ascii_alphabetic)
                .map(|b| b.is_ascii_uppercase()),
        )
    } else {
        count_capitals(word.chars().filter(|&c| is_letter(c)).map(is_capital))
    };
    let Some((first, capitals, rest)) = counted else {
        return Case::Other;
    };
    match (first, capitals) {
        (true, 0) if rest > 0 => Case::Title,
        // "API", and a lone capital: "I", "A".
        (true, _) if capitals == rest => Case::Upper,
        (false, 0) => Case::Lower,
        _ => Case::Other,
    }
}

/// Whether the first letter is a capital, and how many of the rest are, of how many.
fn count_capitals(mut letters: impl Iterator<Item = bool>) -> Option<(bool, usize, usize)> {
    let first = letters.next()?;
    let (mut capitals, mut rest) = (0, 0);
    for capital in letters {
        rest += 1;
        capitals += usize::from(capital);
    }
    Some((first, capitals, rest))
}

fn normalise(word: &str, ascii: bool) -> Cow<'_, str> {
    if ascii && !word.bytes().any(|b| b.is_ascii_uppercase()) {
        Cow::Borrowed(word)
    } else if ascii {
        // One allocation, no case tables and no apostrophes to straighten.
        Cow::Owned(word.to_ascii_lowercase())
    } else {
        Cow::Owned(word.to_lowercase().replace(['’', 'ʼ'], "'"))
    }
}

/// Contractions written without the apostrophe, common in quick notes (sorted).
pub(crate) const BARE_CONTRACTIONS: &[(&str, &str, &str)] = &[
    ("arent", "are", "not"),
    ("couldnt", "could", "not"),
    ("couldve", "could", "have"),
    ("didnt", "did", "not"),
    ("doesnt", "does", "not"),
    ("dont", "do", "not"),
    ("hadnt", "had", "not"),
    ("hasnt", "has", "not"),
    ("havent", "have", "not"),
    ("isnt", "is", "not"),
    ("mustve", "must", "have"),
    ("shouldnt", "should", "not"),
    ("shouldve", "should", "have"),
    ("wasnt", "was", "not"),
    ("werent", "were", "not"),
    ("wouldnt", "would", "not"),
    ("wouldve", "would", "have"),
];

/// `shouldn't've` → (`should`, [`not`, `have`]). `None` when there is nothing to expand.
fn expand(word: &str) -> Option<(&str, Vec<&'static str>)> {
    // Every word passes here: a suffix test, then a binary search of the sorted table.
    // The last two bytes, read directly: `ends_with` called `memcmp` for every word.
    let tail = word
        .as_bytes()
        .get(word.len().saturating_sub(2)..)
        .unwrap_or_default();
    if matches!(tail, b"nt" | b"ve") {
        if let Ok(k) = BARE_CONTRACTIONS.binary_search_by(|(w, _, _)| (*w).cmp(word)) {
            let (_, base, tail) = BARE_CONTRACTIONS[k];
            return Some((base, vec![tail]));
        }
    }
    if !word.as_bytes().contains(&b'\'') {
        return None;
    }
    let mut base = word;
    let mut tail = Vec::new();
    loop {
        if let Some(b) = base.strip_suffix("n't") {
            tail.push("not");
            base = match b {
                "ca" => "can",
                "wo" => "will",
                "sha" => "shall",
                "ai" => "is",
                _ => b,
            };
            continue;
        }
        let piece = [
            ("'ve", "have"),
            ("'ll", "will"),
            ("'re", "are"),
            ("'m", "am"),
            ("'d", "would"),
            ("'s", "'s"),
        ]
        .into_iter()
        .find_map(|(suffix, piece)| base.strip_suffix(suffix).map(|b| (b, piece)));
        match piece {
            Some((b, piece)) if !b.is_empty() => {
                tail.push(piece);
                base = b;
            }
            _ => break,
        }
    }
    if tail.is_empty() || base.is_empty() {
        return None;
    }
    tail.reverse();
    Some((base, tail))
}

/// Byte ranges (interiors) of quoted text: “…”, „…“, «…», "…", ‘…’, '…' and `…`.
/// Double quotes left open run to the end of the line (someone is still typing the quote);
/// single quotes must close on the same line, otherwise they were apostrophes.
pub(crate) fn quote_spans(text: &str) -> Vec<(usize, usize)> {
    const OPENERS: [char; 7] = ['“', '„', '«', '"', '`', '‘', '\''];
    let mut spans = Vec::new();
    // No closing ' (and ’) exists before this byte: skip openers until then (keeps the scan
    // linear on lines full of apostrophes).
    let mut no_closer_until = [0, 0];
    let mut pos = 0;
    // Jump from one possible opening mark to the next: most text has none. A byte scan for
    // the marks' first bytes (the curly ones start with 0xE2, « with 0xC2) is several times
    // faster than searching for a set of chars.
    let bytes = text.as_bytes();
    while let Some(offset) = bytes[pos..]
        .iter()
        .position(|b| matches!(b, b'"' | b'`' | b'\'' | 0xE2 | 0xC2))
    {
        let at = pos + offset;
        let Some(c) = char_at(text, at) else {
            break;
        };
        if !OPENERS.contains(&c) {
            pos = at + c.len_utf8();
            continue;
        }
        let after = at + c.len_utf8();
        let line_end = |from: usize| text[from..].find('\n').map_or(text.len(), |i| from + i);
        let prev = text[..at].chars().next_back();
        let opens = prev.is_none_or(|p| p.is_whitespace() || "([{<:–—/“‘«\"'".contains(p));
        let next = char_at(text, after);
        let mut span = None;
        match c {
            '“' | '„' | '«' | '"' | '`' if c != '"' || opens => {
                let closers: &[char] = match c {
                    '“' | '„' => &['”', '“'],
                    '«' => &['»'],
                    '"' => &['"'],
                    _ => &['`'],
                };
                let end = line_end(after);
                match text[after..end].find(closers) {
                    Some(i) => {
                        let close = after + i;
                        let resume = close + char_at(text, close).map_or(1, char::len_utf8);
                        span = Some((after, close, resume));
                    }
                    None if c != '`' => span = Some((after, end, end)),
                    None => {}
                }
            }
            '‘' | '\''
                if at >= no_closer_until[usize::from(c == '‘')]
                    && opens
                    && next.is_some_and(|n| !n.is_whitespace()) =>
            {
                let closer = if c == '‘' { '’' } else { '\'' };
                let end = line_end(after);
                let mut before = c;
                let found = text[after..end].char_indices().find_map(|(i, d)| {
                    let at = after + i;
                    let hit = d == closer
                        && !before.is_whitespace()
                        && !char_at(text, at + d.len_utf8()).is_some_and(is_word_char);
                    before = d;
                    hit.then_some(at)
                });
                match found {
                    Some(close) => span = Some((after, close, close + closer.len_utf8())),
                    None => no_closer_until[usize::from(c == '‘')] = end,
                }
            }
            _ => {}
        }
        pos = match span {
            Some((start, end, resume)) => {
                if end > start {
                    spans.push((start, end));
                }
                resume
            }
            None => after,
        };
    }
    spans
}

/// Ends a sentence for the purpose of "a capital here says nothing about a name".
fn ends_sentence(c: char) -> bool {
    matches!(
        c,
        '.' | '!' | '?' | ':' | ';' | '…' | '•' | '。' | '！' | '？'
    )
}

pub(crate) fn tokenize(text: &str) -> Vec<Tok<'_>> {
    let mut toks: Vec<Tok<'_>> = Vec::with_capacity(text.len() / 5 + 1);
    let mut at_start = true;
    let mut src = 0;
    let mut pos = 0;
    let bytes = text.as_bytes();
    while let Some(&byte) = bytes.get(pos) {
        // Most characters are ASCII: only the others are decoded.
        let c = if byte.is_ascii() {
            char::from(byte)
        } else {
            match char_at(text, pos) {
                Some(c) => c,
                None => break,
            }
        };
        let clen = c.len_utf8();
        if matches!(c, '\n' | '\u{2028}' | '\u{2029}') {
            toks.push(Tok {
                norm: Cow::Borrowed("\n"),
                start: pos,
                end: pos + clen,
                src,
                kind: TokKind::Break,
                case: Case::Other,
                sentence_start: false,
                quoted: false,
            });
            src += 1;
            at_start = true;
            pos += clen;
            continue;
        }
        // Markdown emphasis ("I *think*") marks a word, it does not split the sentence.
        if c.is_whitespace() || c == '*' {
            pos += clen;
            continue;
        }
        let handle = c == '@' && char_at(text, pos + 1).is_some_and(is_word_char);
        if handle || is_word_char(c) {
            let word_start = if handle { pos + 1 } else { pos };
            let end = word_end(text, word_start);
            let slice = &text[pos..end];
            let kind = if handle {
                TokKind::Handle
            } else if c.is_ascii_digit() {
                TokKind::Number
            } else {
                TokKind::Word
            };
            // Whether the word is ASCII is asked once: both readings below branch on it.
            let ascii = slice.is_ascii();
            let case = case_of(slice, ascii);
            let norm = normalise(slice, ascii);
            let expanded = if kind == TokKind::Word {
                expand(&norm).map(|(base, tail)| (base.to_owned(), tail))
            } else {
                None
            };
            let mut push = |norm: Cow<'static, str>, first: bool| {
                toks.push(Tok {
                    norm,
                    start: pos,
                    end,
                    src,
                    kind,
                    case,
                    sentence_start: first && at_start,
                    quoted: false,
                });
            };
            match expanded {
                Some((base, tail)) => {
                    push(Cow::Owned(base), true);
                    for piece in tail {
                        push(Cow::Borrowed(piece), false);
                    }
                }
                None => toks.push(Tok {
                    norm,
                    start: pos,
                    end,
                    src,
                    kind,
                    case,
                    sentence_start: at_start,
                    quoted: false,
                }),
            }
            src += 1;
            at_start = false;
            pos = end;
            continue;
        }
        toks.push(Tok {
            norm: Cow::Borrowed(&text[pos..pos + clen]),
            start: pos,
            end: pos + clen,
            src,
            kind: TokKind::Punct,
            case: Case::Other,
            sentence_start: false,
            quoted: false,
        });
        src += 1;
        if ends_sentence(c) {
            at_start = true;
        }
        pos += clen;
    }
    mark_quoted(&mut toks, &quote_spans(text));
    toks
}

fn mark_quoted(toks: &mut [Tok<'_>], spans: &[(usize, usize)]) {
    let mut spans = spans.iter().peekable();
    for tok in toks.iter_mut() {
        while spans.next_if(|&&(_, end)| end <= tok.start).is_some() {}
        if let Some(&&(start, end)) = spans.peek() {
            tok.quoted = tok.start >= start && tok.end <= end;
        }
    }
}
