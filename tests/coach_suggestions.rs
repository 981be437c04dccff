#![cfg(not(target_arch = "wasm32"))]
// Size rules (clippy.toml) are for the shipped wasm, not for tests.
#![allow(clippy::disallowed_methods)]
//! What the coach suggests must itself pass the coach (issue 13): over every sentence of the
//! corpora, each one-click rewrite, once applied, leaves a tidy sentence that no rule
//! flags anew, and each example quoted in a suggestion is clean in the field it is offered
//! for. `COACH_REWRITES=1 cargo test --test coach_suggestions -- --nocapture` prints every
//! rewrite, to read them for grammar.

use std::collections::BTreeSet;

use hindsight::coach::{check, fingerprint, Context, Field};
use support::real_writing::{DEVELOPMENT, HELD_OUT};

mod support;

fn sentences() -> Vec<(String, Field, String)> {
    let mut out = Vec::new();
    // The project's own corpus, then every gathering of real writing.
    let real = DEVELOPMENT.iter().chain(&HELD_OUT).map(|g| (g.file, g.tsv));
    for (name, tsv) in [("coach_corpus.tsv", include_str!("coach_corpus.tsv"))]
        .into_iter()
        .chain(real)
    {
        for (n, line) in tsv.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let cols: Vec<&str> = line.split('\t').collect();
            let field: Field =
                serde_json::from_value(serde_json::Value::String(cols[0].to_owned()))
                    .expect("a field");
            out.push((format!("{name}:{}", n + 1), field, cols[2].to_owned()));
        }
    }
    out
}

/// Problems of form a splice can leave behind.
fn untidy(before: &str, after: &str) -> Option<&'static str> {
    if after.contains("  ") && !before.contains("  ") {
        return Some("a double space");
    }
    if [" ,", " .", ",,", ", .", ",.", " ;", " :"]
        .iter()
        .any(|p| after.contains(p) && !before.contains(p))
    {
        return Some("a stray comma or space before punctuation");
    }
    if after.starts_with(' ') {
        return Some("a leading space");
    }
    let capital = |s: &str| {
        s.chars()
            .find(|c| c.is_alphabetic())
            .is_some_and(char::is_uppercase)
    };
    if capital(before) && !capital(after) {
        return Some("a lost capital at the start");
    }
    None
}

#[test]
fn rewrites_leave_tidy_sentences_that_pass_the_coach() {
    let ctx = Context { people: &[] };
    let show = std::env::var_os("COACH_REWRITES").is_some();
    let (mut offered, mut wrong) = (0, Vec::new());
    for (place, field, text) in sentences() {
        let findings = check(&text, field, &ctx);
        let before: BTreeSet<String> = findings.iter().map(fingerprint).collect();
        for finding in &findings {
            let Some(rewrite) = &finding.rewrite else {
                continue;
            };
            offered += 1;
            let Some(after) = rewrite.apply(&text) else {
                wrong.push(format!("{place}: the rewrite does not apply to {text:?}"));
                continue;
            };
            if show {
                println!("{place} {:?}\n   {text}\n → {after}", finding.kind);
            }
            if let Some(problem) = untidy(&text, &after) {
                wrong.push(format!("{place}: {problem} in {after:?}"));
            }
            let again = check(&after, field, &ctx);
            let new: Vec<String> = again
                .iter()
                .map(fingerprint)
                .filter(|f| !before.contains(f))
                .collect();
            let same = again.iter().any(|f| {
                f.rule == finding.rule
                    && f.start < rewrite.start + rewrite.text.len().max(1)
                    && f.end > rewrite.start
            });
            if same || !new.is_empty() {
                wrong.push(format!(
                    "{place}: {after:?} is flagged again ({}) or anew ({new:?})",
                    finding.rule
                ));
            }
        }
    }
    println!("{offered} rewrites offered over the corpora");
    assert!(
        offered >= 40,
        "only {offered} one-click rewrites over the corpora"
    );
    assert!(
        wrong.is_empty(),
        "{} bad rewrites:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

/// The examples a suggestion quotes (“…”), leaving out those that quote the user's own words
/// back (the flagged phrase, or the rest of their clause): those words are theirs to fix.
fn examples<'a>(suggestion: &'a str, phrase: &str, text: &str) -> Vec<&'a str> {
    let lower = text.to_lowercase();
    let quotes_user = |quoted: &str| {
        let words: Vec<String> = quoted.split_whitespace().map(str::to_lowercase).collect();
        words.windows(3).any(|w| lower.contains(&w.join(" ")))
    };
    suggestion
        .split('“')
        .skip(1)
        .filter_map(|part| part.split('”').next())
        .filter(|quoted| !quoted.contains(phrase) && !quoted.contains('…'))
        .filter(|quoted| quoted.split_whitespace().count() >= 3 && !quotes_user(quoted))
        .collect()
}

#[test]
fn examples_in_suggestions_pass_the_coach() {
    let ctx = Context { people: &[] };
    let (mut seen, mut wrong) = (BTreeSet::new(), Vec::new());
    for (place, field, text) in sentences() {
        for finding in check(&text, field, &ctx) {
            assert!(
                !finding.suggestion.contains("{phrase}")
                    && !finding.suggestion.contains("{detail}"),
                "{place}: an unfilled suggestion: {}",
                finding.suggestion
            );
            for example in examples(&finding.suggestion, &finding.phrase, &text) {
                if !seen.insert((example.to_owned(), format!("{field:?}"))) {
                    continue;
                }
                let flagged = check(example, field, &ctx);
                if !flagged.is_empty() {
                    wrong.push(format!(
                        "{place} ({field:?}): the example {example:?} is flagged: {:?}",
                        flagged.iter().map(|f| &f.phrase).collect::<Vec<_>>()
                    ));
                }
            }
        }
    }
    println!("{} distinct examples checked", seen.len());
    assert!(seen.len() >= 10, "only {} examples found", seen.len());
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
