#![cfg(not(target_arch = "wasm32"))]
//! "Replace names with roles" over random Unicode: it never panics (with `panic = "abort"`
//! a panic ends the app and loses unsaved edits), and no listed name survives as a word in
//! any casing. Regression: offsets found in lower-cased text were reused in the original
//! ("İ" panicked), and the exact-case fallback let "DAVE" through.
// Size rules (clippy.toml) are for the shipped wasm, not for tests and benchmarks.
#![allow(clippy::disallowed_methods)]

use hindsight::domain::Person;
use hindsight::export::replace_names;
use proptest::prelude::*;
use proptest::test_runner::Config;

/// Letters that change length or shape when their case changes, next to ordinary ones.
const TRICKY: &[&str] = &[
    "İ", "ı", "I", "i", "ß", "ẞ", "Σ", "σ", "ς", "ǅ", "Ǆ", "ﬁ", "ŉ", "Å", "å", "Ω", "ω", "Ж", "ж",
    "é", "É", "Dave", "dave", "DAVE", "Zoë",
];

fn word() -> impl Strategy<Value = String> {
    prop_oneof![
        "[\\p{L}\\p{N}]{1,8}",
        prop::collection::vec(prop::sample::select(TRICKY), 1..4).prop_map(|p| p.concat()),
    ]
}

/// Text around the name: anything printable, including punctuation and emoji.
fn filler() -> impl Strategy<Value = String> {
    "\\PC{0,12}"
}

/// Upper- then lower-cased, twice ("ẞ" → "ß" → "ss"): every casing of a word alike.
fn fold(text: &str) -> String {
    text.to_uppercase()
        .to_lowercase()
        .to_uppercase()
        .to_lowercase()
}

/// The words of `text`: maximal runs of letters, digits and underscores.
fn words(text: &str) -> Vec<&str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .filter(|w| !w.is_empty())
        .collect()
}

proptest! {
    #![proptest_config(Config { cases: 2_000, failure_persistence: None, ..Config::default() })]

    /// Any text and any names: never a panic.
    #[test]
    fn never_panics(text in "\\PC{0,40}", names in prop::collection::vec("\\PC{0,6}", 0..4)) {
        let people: Vec<Person> = names
            .into_iter()
            .map(|name| Person { name, role: "lead".into() })
            .collect();
        let _ = replace_names(&text, &people);
    }

    /// The name written as listed, lower-cased and upper-cased, among random text: none of
    /// them is left as a word.
    #[test]
    fn no_casing_of_a_name_survives(
        name in word(),
        parts in prop::collection::vec(filler(), 4),
    ) {
        let role = "the lead";
        prop_assume!(!["the", "lead"].contains(&fold(&name).as_str()));
        let text = format!(
            "{} {} {} {} {} {} {}",
            parts[0], name, parts[1], name.to_lowercase(), parts[2], name.to_uppercase(), parts[3]
        );
        let people = [Person { name: name.clone(), role: role.into() }];
        let out = replace_names(&text, &people);
        let wanted = fold(&name);
        // A filler word may spell the name too; whichever it is, no word may fold to it.
        for w in words(&out) {
            prop_assert_ne!(fold(w), wanted.clone(), "{:?} in {:?} (from {:?})", w, out, text);
        }
        // "the lead", or "The lead" where the name started a sentence.
        prop_assert!(out.to_lowercase().matches(role).count() >= 3, "{:?}", out);
    }
}
