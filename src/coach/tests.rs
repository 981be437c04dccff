//! Unit tests of the coach: the helpers the other test files share, tokenisation edge
//! cases, which kinds apply to which field, quotes, overlaps and fingerprints, byte ranges
//! on non-ASCII text, and no panics on odd input. Each family's rules are tested in their
//! own files (`tests_blame_and_verdicts.rs`, `tests_facts_and_actions.rs`, …).

#![allow(clippy::unwrap_used)]
// Size rules (clippy.toml) are for the shipped wasm, not for tests.
#![allow(clippy::disallowed_methods)]

use super::tokens::{quote_spans, tokenize, Case, TokKind};
use super::*;

pub(super) fn run(text: &str, field: Field) -> Vec<Finding> {
    let findings = check(text, field, &Context::default());
    assert_invariants(text, &findings);
    findings
}

pub(super) fn run_with(text: &str, field: Field, people: &[&str]) -> Vec<Finding> {
    let people: Vec<String> = people.iter().map(|p| (*p).to_owned()).collect();
    let findings = check(text, field, &Context { people: &people });
    assert_invariants(text, &findings);
    findings
}

pub(super) fn rules(text: &str, field: Field) -> Vec<&'static str> {
    run(text, field).iter().map(|f| f.rule).collect()
}

pub(super) fn kinds(text: &str, field: Field) -> Vec<Kind> {
    run(text, field).iter().map(|f| f.kind).collect()
}

/// Whether the coach finds `kind` in `text`.
pub(super) fn finds(text: &str, field: Field, kind: Kind) -> bool {
    kinds(text, field).contains(&kind)
}

pub(super) fn phrases(text: &str, field: Field) -> Vec<String> {
    run(text, field).into_iter().map(|f| f.phrase).collect()
}

pub(super) fn clean(text: &str, field: Field) {
    let found = run(text, field);
    assert!(
        found.is_empty(),
        "expected no findings in {text:?} ({field:?}), got {:?}",
        found
            .iter()
            .map(|f| (f.rule, &f.phrase))
            .collect::<Vec<_>>()
    );
}

/// Asserts that each text, checked in its field, gets at least one of `any` kinds.
pub(super) fn flagged_as(cases: &[(&str, Field)], any: &[Kind]) {
    for &(text, field) in cases {
        let found = kinds(text, field);
        assert!(found.iter().any(|k| any.contains(k)), "{text}: {found:?}");
    }
}

/// Asserts that no text, checked in its field, gets any of `none` kinds.
pub(super) fn not_flagged_as(cases: &[(&str, Field)], none: &[Kind]) {
    for &(text, field) in cases {
        let found = kinds(text, field);
        assert!(!found.iter().any(|k| none.contains(k)), "{text}: {found:?}");
    }
}

pub(super) fn flags(text: &str, field: Field, rule: &str, phrase: &str) {
    let found = run(text, field);
    assert!(
        found.iter().any(|f| f.rule == rule && f.phrase == phrase),
        "expected {rule} on {phrase:?} in {text:?} ({field:?}), got {:?}",
        found
            .iter()
            .map(|f| (f.rule, &f.phrase))
            .collect::<Vec<_>>()
    );
}

/// What every result must satisfy, whatever the input.
fn assert_invariants(text: &str, findings: &[Finding]) {
    let mut prev_end = 0;
    for f in findings {
        assert!(f.start < f.end, "empty range {f:?}");
        assert!(f.end <= text.len());
        assert!(text.is_char_boundary(f.start) && text.is_char_boundary(f.end));
        assert_eq!(&text[f.start..f.end], f.phrase);
        assert!(
            f.start >= prev_end,
            "findings overlap or are unsorted: {findings:?}"
        );
        prev_end = f.end;
        assert!(!f.problem.is_empty() && !f.why.is_empty() && !f.suggestion.is_empty());
        assert!(f.kind.applies_to(Field::Fact) || f.kind.applies_to(Field::Action));
    }
}

// ---- tokenisation ----

fn norms(text: &str) -> Vec<String> {
    tokenize(text).iter().map(|t| t.norm.to_string()).collect()
}

#[test]
fn contractions_expand_into_words_sharing_one_range() {
    let toks = tokenize("Dave didn't");
    assert_eq!(norms("Dave didn't"), ["dave", "did", "not"]);
    assert_eq!((toks[1].start, toks[1].end), (5, 11));
    assert_eq!((toks[2].start, toks[2].end), (5, 11));
    assert_eq!(toks[1].src, toks[2].src);
    assert_eq!(norms("shouldn't've"), ["should", "not", "have"]);
    assert_eq!(norms("should've"), ["should", "have"]);
    assert_eq!(norms("can't won't"), ["can", "not", "will", "not"]);
    assert_eq!(
        norms("we'd I'm they're"),
        ["we", "would", "i", "am", "they", "are"]
    );
    // Written without the apostrophe, as in quick notes.
    assert_eq!(norms("didnt shouldve"), ["did", "not", "should", "have"]);
    // Curly apostrophes are apostrophes.
    assert_eq!(
        norms("shouldn’t’ve Dave’s"),
        ["should", "not", "have", "dave", "'s"]
    );
    // Not contractions.
    assert_eq!(norms("o'clock O'Brien"), ["o'clock", "o'brien"]);
}

#[test]
fn words_numbers_and_punctuation() {
    assert_eq!(
        norms("just-in-time, double-check."),
        ["just-in-time", ",", "double-check", "."]
    );
    assert_eq!(
        norms("12,400 at 09:00 (v4.18.2)"),
        ["12,400", "at", "09:00", "(", "v4.18.2", ")"]
    );
    assert_eq!(norms("- end -"), ["-", "end", "-"]);
    let toks = tokenize("@kim ok");
    assert_eq!(toks[0].kind, TokKind::Handle);
    assert_eq!(toks[0].norm, "@kim");
    assert_eq!(tokenize("212")[0].kind, TokKind::Number);
    assert_eq!(tokenize("a\nb")[1].kind, TokKind::Break);
}

#[test]
fn case_and_sentence_starts() {
    let toks = tokenize("The API broke. Dave saw it: Checkout\nand iPhone I");
    let case = |w: &str| toks.iter().find(|t| t.norm == w).unwrap().case;
    let start = |w: &str| toks.iter().find(|t| t.norm == w).unwrap().sentence_start;
    assert_eq!(case("the"), Case::Title);
    assert_eq!(case("api"), Case::Upper);
    assert_eq!(case("iphone"), Case::Other);
    assert_eq!(case("i"), Case::Upper);
    assert_eq!(case("broke"), Case::Lower);
    assert!(start("the") && start("dave") && start("checkout") && start("and"));
    assert!(!start("api") && !start("saw") && !start("iphone"));
}

#[test]
fn case_of_non_ascii_words() {
    // Guards the case logic that avoids the Unicode property tables.
    let case = |w: &str| tokenize(w)[0].case;
    assert_eq!(case("Élodie"), Case::Title);
    assert_eq!(case("Zoë"), Case::Title);
    assert_eq!(case("ÉLODIE"), Case::Upper);
    assert_eq!(case("élodie"), Case::Lower);
    assert_eq!(case("İstanbul"), Case::Title);
    flags(
        "Élodie forgot the flag.",
        Field::Cause,
        "blame.subject-failure",
        "Élodie forgot",
    );
    flags(
        "Then Zoë broke the build.",
        Field::Cause,
        "blame.subject-failure",
        "Zoë broke",
    );
}

#[test]
fn quotes_are_found_and_apostrophes_are_not_quotes() {
    let spans = |text: &str| -> Vec<String> {
        quote_spans(text)
            .iter()
            .map(|&(s, e)| text[s..e].to_owned())
            .collect()
    };
    assert_eq!(spans("he wrote “you forgot” and left"), ["you forgot"]);
    assert_eq!(spans(r#"said "a" and "b""#), ["a", "b"]);
    assert_eq!(spans("read 'user error' twice"), ["user error"]);
    assert_eq!(spans("the ‘Sale’ banner"), ["Sale"]);
    assert_eq!(spans("ran `rm -rf` there"), ["rm -rf"]);
    assert_eq!(spans("«bonjour» „hallo“"), ["bonjour", "hallo"]);
    // Apostrophes, possessives and contractions are not quotes.
    assert!(spans("the customers' orders and Dave's didn't").is_empty());
    assert!(spans("didn’t, customers’ orders").is_empty());
    // An open double quote runs to the end of the line (the user is still typing it)…
    assert_eq!(spans("wrote “Dave forgot\nnext"), ["Dave forgot"]);
    // …an open single quote does not (it was an apostrophe).
    assert!(spans("the '90s and rock 'n roll").is_empty());
    // 27" monitor: a closing mark with no opener.
    assert!(spans("a 27\" monitor").is_empty());
}

#[test]
fn quoted_tokens_are_marked() {
    let toks = tokenize("x “a b” c");
    let quoted: Vec<&str> = toks.iter().filter(|t| t.quoted).map(|t| &*t.norm).collect();
    assert_eq!(quoted, ["a", "b"]);
}

#[test]
fn tokens_cover_non_ascii_text_on_char_boundaries() {
    let text = "Café 😀👩‍👩‍👧 مرحبا עברית ñ́ 東京 \u{200F}x";
    for t in tokenize(text) {
        assert!(text.is_char_boundary(t.start) && text.is_char_boundary(t.end));
        assert!(t.start < t.end);
    }
    assert!(norms(text).contains(&"مرحبا".to_owned()));
    assert!(norms(text).contains(&"café".to_owned()));
}

// ---- fields, quotes, overlaps, fingerprints ----

#[test]
fn which_kinds_apply_where() {
    use Field::*;
    assert!(Kind::Blame.applies_to(Title) && Kind::Blame.applies_to(Action));
    assert!(Kind::ErrorLabel.applies_to(Cause) && !Kind::ErrorLabel.applies_to(Action));
    assert!(
        Kind::Hedge.applies_to(Fact)
            && !Kind::Hedge.applies_to(Cause)
            && !Kind::Hedge.applies_to(Title)
    );
    assert!(Kind::Emotive.applies_to(Title) && !Kind::Emotive.applies_to(Why));
    assert!(Kind::VagueAction.applies_to(Action) && !Kind::VagueAction.applies_to(Fact));
    assert!(Kind::PersonFix.applies_to(Action) && !Kind::PersonFix.applies_to(Cause));
}

#[test]
fn quoted_text_is_evidence() {
    clean(
        "A customer wrote: \"This is a disaster, nobody cares.\"",
        Field::Fact,
    );
    clean(
        "The ticket says “I think Dave forgot my order”.",
        Field::Fact,
    );
    clean(
        "The error page read 'user error: invalid coupon'.",
        Field::Fact,
    );
    clean(
        "The checklist said ‘double-check the zone’ and linked the tool.",
        Field::Cause,
    );
    clean(
        "The log line was `operator error 42` at 10:00.",
        Field::Fact,
    );
    // Outside the quotes, still flagged.
    flags(
        "Dave forgot, and the customer wrote “why?”",
        Field::Fact,
        "blame.subject-failure",
        "Dave forgot",
    );
}

#[test]
fn overlapping_findings_keep_the_most_specific() {
    // "dropped the ball" is also a judgement; the blame covers it.
    assert_eq!(
        rules("Ops dropped the ball.", Field::Cause),
        ["blame.subject-failure"]
    );
    // "it seems" beats "seems".
    assert_eq!(
        phrases("It seems the job ran twice.", Field::Fact),
        ["It seems"]
    );
    // Results are sorted by start.
    let found = run(
        "Maybe a lot of users saw a disaster because of Dave.",
        Field::Fact,
    );
    let starts: Vec<usize> = found.iter().map(|f| f.start).collect();
    let mut sorted = starts.clone();
    sorted.sort_unstable();
    assert_eq!(starts, sorted);
    assert_eq!(found.len(), 4);
}

#[test]
fn fingerprints_survive_edits_elsewhere_and_case() {
    let a = run("Dave forgot the code.", Field::Fact);
    let b = run(
        "At 09:00, after the email, DAVE FORGOT the code again.",
        Field::Fact,
    );
    let c = run_with("At 09:00, dave forgot the code.", Field::Fact, &["Dave"]);
    assert_eq!(fingerprint(&a[0]), "blame.subject-failure:dave forgot");
    assert_eq!(fingerprint(&c[0]), fingerprint(&a[0]));
    // All capitals is not a name shape: no finding, and nothing to fingerprint.
    assert!(b.is_empty());
    let straight = run("He shouldn't have merged it.", Field::Cause);
    let curly = run("He shouldn’t  have merged it.", Field::Cause);
    assert_eq!(fingerprint(&straight[0]), fingerprint(&curly[0]));
}

#[test]
fn kinds_have_labels_and_snake_case_names() {
    let labels: std::collections::BTreeSet<&str> = Kind::ALL.iter().map(|k| k.label()).collect();
    assert_eq!(labels.len(), Kind::ALL.len());
    assert_eq!(Kind::Hedge.label(), "Opinion: hedge");
    assert_eq!(
        serde_json::to_string(&Kind::VagueQuantity).unwrap(),
        "\"vague_quantity\""
    );
    assert_eq!(
        serde_json::to_string(&Kind::PersonFix).unwrap(),
        "\"person_fix\""
    );
    assert_eq!(
        serde_json::from_str::<Field>("\"why\"").unwrap(),
        Field::Why
    );
}

// ---- byte ranges and robustness ----

#[test]
fn byte_ranges_on_non_ascii_text() {
    let text = "😀 Zoë’s café: Dave forgot — “نعم” — probably 🎉 a lot";
    let found = run_with(text, Field::Fact, &["Dave"]);
    let got: Vec<&str> = found.iter().map(|f| f.phrase.as_str()).collect();
    assert_eq!(got, ["Dave forgot", "probably", "a lot"]);
    for f in &found {
        assert_eq!(&text[f.start..f.end], f.phrase);
    }
    // RTL text around an English phrase.
    let text = "\u{202B}עברית\u{202C} Dave didn’t check עברית";
    let found = run(text, Field::Cause);
    assert_eq!(found[0].phrase, "Dave didn’t check");
}

/// A deterministic stream of awkward characters: every class the tokeniser distinguishes,
/// plus multi-byte, combining, joiner and direction marks.
fn odd_text(seed: u64, len: usize) -> String {
    const PALETTE: &[&str] = &[
        "a",
        "Z",
        "Dave",
        " ",
        "  ",
        "\n",
        "\r\n",
        "\t",
        ".",
        ",",
        ":",
        ";",
        "!",
        "?",
        "'",
        "’",
        "‘",
        "\"",
        "“",
        "”",
        "„",
        "«",
        "»",
        "`",
        "-",
        "—",
        "–",
        "@",
        "#",
        "(",
        ")",
        "0",
        "9",
        "12,400",
        "09:00",
        "é",
        "e\u{301}",
        "😀",
        "👩\u{200D}👩\u{200D}👧",
        "\u{200F}",
        "\u{202E}",
        "ع",
        "ש",
        "東",
        "\u{0}",
        "\u{FEFF}",
        "\u{2028}",
        "ꪪ",
        "didn't",
        "shouldn’t’ve",
        "forgot",
        "probably",
        "should",
        "have",
        "just",
        "-in-",
        "n't",
        "'s",
        "s'",
        "@",
        "¿",
        "…",
        "•",
    ];
    let mut state = seed
        .wrapping_mul(6364136223846793005)
        .wrapping_add(1442695040888963407);
    let mut out = String::new();
    for _ in 0..len {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        out.push_str(PALETTE[(state >> 33) as usize % PALETTE.len()]);
    }
    out
}

#[test]
fn never_panics_on_odd_input() {
    let fields = [
        Field::Title,
        Field::Fact,
        Field::Cause,
        Field::Why,
        Field::Action,
    ];
    let mut inputs: Vec<String> = vec![
        String::new(),
        " ".into(),
        "\n\n\n".into(),
        "'".into(),
        "’".into(),
        "“".into(),
        "\"".into(),
        "@".into(),
        "@@@@".into(),
        "n't".into(),
        "'s".into(),
        "-".into(),
        ".,;:!?()[]{}<>'\"“”‘’«»„`…—–-/\\|@#$%^&*_+=~".into(),
        "😀😀😀🎉👩‍👩‍👧".into(),
        "مرحبا بالعالم، هذا اختبار.".into(),
        "שלום עולם".into(),
        "\u{202E}Dave forgot\u{202C}".into(),
        "e\u{301}\u{301}\u{301}".into(),
        "\u{0}\u{1}\u{7F}\u{FFFD}".into(),
        "Dave".into(),
        "didn't".into(),
        "should".into(),
        "should have".into(),
        "Had".into(),
        "if".into(),
        "without".into(),
        "make sure".into(),
        "Dave forgot to".into(),
        "Dave didn't".into(),
        "“unclosed quote Dave forgot".into(),
        "'''''''''''''''''".into(),
        "‘‘‘‘’’’’".into(),
    ];
    // Every char class: each ASCII char and a sample across the Unicode range.
    inputs.push((0u8..=127).map(char::from).collect());
    inputs.push((0..0x3000).step_by(7).filter_map(char::from_u32).collect());
    inputs.push(
        (0x1F000..0x1FAFF)
            .step_by(13)
            .filter_map(char::from_u32)
            .collect(),
    );
    for seed in 0..300 {
        inputs.push(odd_text(seed, (seed as usize % 60) + 1));
    }
    // About 100 KB: a long single line full of apostrophes and words, and a long blaming text.
    inputs.push("'a ".repeat(34_000));
    inputs.push("Dave forgot and probably a lot of disaster because “x ".repeat(2_000));
    inputs.push(odd_text(7, 20_000));
    for text in &inputs {
        for field in fields {
            let findings = check(text, field, &Context::default());
            assert_invariants(text, &findings);
            let people = vec![
                "Dave".to_owned(),
                String::new(),
                "😀".to_owned(),
                "'".to_owned(),
            ];
            let findings = check(text, field, &Context { people: &people });
            assert_invariants(text, &findings);
        }
    }
}
