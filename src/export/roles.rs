//! Replacing people's names by their roles, for exports that should not name anyone.

use std::borrow::Cow;

use crate::domain::{Person, Postmortem};

/// The post-mortem as every export shows it (Markdown, print, documents, share links, the
/// calendar): with names replaced by roles when it asks for that
/// ([`Postmortem::uses_roles`]), else as it is, without a copy.
pub fn as_exported(pm: &Postmortem) -> Cow<'_, Postmortem> {
    if pm.uses_roles() {
        Cow::Owned(with_roles(pm))
    } else {
        Cow::Borrowed(pm)
    }
}

/// Replaces every whole-word, case-insensitive occurrence of each listed name by its role
/// as a noun phrase ("the marketing lead"; "a team member" when no role is given), with a
/// capital at the start of a sentence, so the sentence stays grammatical: "Dave emailed
/// Priya" becomes "The warehouse shift lead emailed the CFO". Longer names go first, so
/// "Dave Smith" is replaced before "Dave".
pub fn replace_names(text: &str, people: &[Person]) -> String {
    let mut people: Vec<&Person> = people
        .iter()
        .filter(|p| !p.name.trim().is_empty())
        .collect();
    crate::sort::sort_by(&mut people, |a, b| {
        b.name
            .trim()
            .chars()
            .count()
            .cmp(&a.name.trim().chars().count())
    });
    let mut out = text.to_owned();
    for person in people {
        let role = person.role.trim();
        let role = if role.is_empty() {
            "a team member".to_owned()
        } else {
            role_phrase(role)
        };
        out = replace_word(&out, person.name.trim(), &role);
    }
    out
}

/// A role as a noun phrase that can stand where a name stood: "the marketing lead", or the
/// role as written when it already starts with a determiner ("a freelancer", "our agency").
fn role_phrase(role: &str) -> String {
    const DETERMINERS: [&str; 11] = [
        "a", "an", "the", "our", "my", "their", "your", "his", "her", "its", "one",
    ];
    let first = role.split_whitespace().next().unwrap_or_default();
    if DETERMINERS.iter().any(|d| d.eq_ignore_ascii_case(first)) {
        role.to_owned()
    } else {
        format!("the {role}")
    }
}

/// Whether text continuing after `before` starts a sentence: nothing before it, or a full
/// stop, question or exclamation mark, or a line break.
fn starts_sentence(before: &str) -> bool {
    let kept = before.trim_end();
    kept.is_empty() || kept.ends_with(['.', '!', '?']) || before[kept.len()..].contains('\n')
}

/// `phrase` with a capital first letter (roles are ASCII-led as a rule; a phrase led by
/// another letter is left as it is rather than bring in the full case tables).
fn capitalised(phrase: &str) -> String {
    let mut out = phrase.to_owned();
    if let Some(first) = out.get_mut(..1) {
        first.make_ascii_uppercase();
    }
    out
}

/// `c` case-folded, so every casing of a name folds alike ("ß", "SS" and "ss"; "Σ", "σ"
/// and "ς"; "İ" and "i̇"): what upper-casing, then lower-casing (twice, as "ẞ" → "ß" → "ss")
/// gives, read from [`FOLDS`] for the few characters where that differs from lower-casing
/// alone. (Calling `char::to_uppercase` would bring the whole upper-case table, about
/// 3 KB of compressed wasm, for these 126 characters.)
fn fold(c: char) -> impl Iterator<Item = char> {
    let special = FOLDS
        .binary_search_by(|(from, _)| from.cmp(&c))
        .ok()
        .map(|i| FOLDS[i].1.chars());
    let lower = special.is_none().then(|| c.to_lowercase());
    special
        .into_iter()
        .flatten()
        .chain(lower.into_iter().flatten())
}

/// The characters whose full case folding differs from their lower case, sorted; generated
/// from the standard library's case tables, and checked against them by a test.
const FOLDS: &[(char, &str)] = &[
    ('\u{b5}', "\u{3bc}"),
    ('\u{df}', "\u{73}\u{73}"),
    ('\u{131}', "\u{69}"),
    ('\u{149}', "\u{2bc}\u{6e}"),
    ('\u{17f}', "\u{73}"),
    ('\u{1f0}', "\u{6a}\u{30c}"),
    ('\u{345}', "\u{3b9}"),
    ('\u{390}', "\u{3b9}\u{308}\u{301}"),
    ('\u{3b0}', "\u{3c5}\u{308}\u{301}"),
    ('\u{3c2}', "\u{3c3}"),
    ('\u{3d0}', "\u{3b2}"),
    ('\u{3d1}', "\u{3b8}"),
    ('\u{3d5}', "\u{3c6}"),
    ('\u{3d6}', "\u{3c0}"),
    ('\u{3f0}', "\u{3ba}"),
    ('\u{3f1}', "\u{3c1}"),
    ('\u{3f5}', "\u{3b5}"),
    ('\u{587}', "\u{565}\u{582}"),
    ('\u{1c80}', "\u{432}"),
    ('\u{1c81}', "\u{434}"),
    ('\u{1c82}', "\u{43e}"),
    ('\u{1c83}', "\u{441}"),
    ('\u{1c84}', "\u{442}"),
    ('\u{1c85}', "\u{442}"),
    ('\u{1c86}', "\u{44a}"),
    ('\u{1c87}', "\u{463}"),
    ('\u{1c88}', "\u{a64b}"),
    ('\u{1e96}', "\u{68}\u{331}"),
    ('\u{1e97}', "\u{74}\u{308}"),
    ('\u{1e98}', "\u{77}\u{30a}"),
    ('\u{1e99}', "\u{79}\u{30a}"),
    ('\u{1e9a}', "\u{61}\u{2be}"),
    ('\u{1e9b}', "\u{1e61}"),
    ('\u{1e9e}', "\u{73}\u{73}"),
    ('\u{1f50}', "\u{3c5}\u{313}"),
    ('\u{1f52}', "\u{3c5}\u{313}\u{300}"),
    ('\u{1f54}', "\u{3c5}\u{313}\u{301}"),
    ('\u{1f56}', "\u{3c5}\u{313}\u{342}"),
    ('\u{1f80}', "\u{1f00}\u{3b9}"),
    ('\u{1f81}', "\u{1f01}\u{3b9}"),
    ('\u{1f82}', "\u{1f02}\u{3b9}"),
    ('\u{1f83}', "\u{1f03}\u{3b9}"),
    ('\u{1f84}', "\u{1f04}\u{3b9}"),
    ('\u{1f85}', "\u{1f05}\u{3b9}"),
    ('\u{1f86}', "\u{1f06}\u{3b9}"),
    ('\u{1f87}', "\u{1f07}\u{3b9}"),
    ('\u{1f88}', "\u{1f00}\u{3b9}"),
    ('\u{1f89}', "\u{1f01}\u{3b9}"),
    ('\u{1f8a}', "\u{1f02}\u{3b9}"),
    ('\u{1f8b}', "\u{1f03}\u{3b9}"),
    ('\u{1f8c}', "\u{1f04}\u{3b9}"),
    ('\u{1f8d}', "\u{1f05}\u{3b9}"),
    ('\u{1f8e}', "\u{1f06}\u{3b9}"),
    ('\u{1f8f}', "\u{1f07}\u{3b9}"),
    ('\u{1f90}', "\u{1f20}\u{3b9}"),
    ('\u{1f91}', "\u{1f21}\u{3b9}"),
    ('\u{1f92}', "\u{1f22}\u{3b9}"),
    ('\u{1f93}', "\u{1f23}\u{3b9}"),
    ('\u{1f94}', "\u{1f24}\u{3b9}"),
    ('\u{1f95}', "\u{1f25}\u{3b9}"),
    ('\u{1f96}', "\u{1f26}\u{3b9}"),
    ('\u{1f97}', "\u{1f27}\u{3b9}"),
    ('\u{1f98}', "\u{1f20}\u{3b9}"),
    ('\u{1f99}', "\u{1f21}\u{3b9}"),
    ('\u{1f9a}', "\u{1f22}\u{3b9}"),
    ('\u{1f9b}', "\u{1f23}\u{3b9}"),
    ('\u{1f9c}', "\u{1f24}\u{3b9}"),
    ('\u{1f9d}', "\u{1f25}\u{3b9}"),
    ('\u{1f9e}', "\u{1f26}\u{3b9}"),
    ('\u{1f9f}', "\u{1f27}\u{3b9}"),
    ('\u{1fa0}', "\u{1f60}\u{3b9}"),
    ('\u{1fa1}', "\u{1f61}\u{3b9}"),
    ('\u{1fa2}', "\u{1f62}\u{3b9}"),
    ('\u{1fa3}', "\u{1f63}\u{3b9}"),
    ('\u{1fa4}', "\u{1f64}\u{3b9}"),
    ('\u{1fa5}', "\u{1f65}\u{3b9}"),
    ('\u{1fa6}', "\u{1f66}\u{3b9}"),
    ('\u{1fa7}', "\u{1f67}\u{3b9}"),
    ('\u{1fa8}', "\u{1f60}\u{3b9}"),
    ('\u{1fa9}', "\u{1f61}\u{3b9}"),
    ('\u{1faa}', "\u{1f62}\u{3b9}"),
    ('\u{1fab}', "\u{1f63}\u{3b9}"),
    ('\u{1fac}', "\u{1f64}\u{3b9}"),
    ('\u{1fad}', "\u{1f65}\u{3b9}"),
    ('\u{1fae}', "\u{1f66}\u{3b9}"),
    ('\u{1faf}', "\u{1f67}\u{3b9}"),
    ('\u{1fb2}', "\u{1f70}\u{3b9}"),
    ('\u{1fb3}', "\u{3b1}\u{3b9}"),
    ('\u{1fb4}', "\u{3ac}\u{3b9}"),
    ('\u{1fb6}', "\u{3b1}\u{342}"),
    ('\u{1fb7}', "\u{3b1}\u{342}\u{3b9}"),
    ('\u{1fbc}', "\u{3b1}\u{3b9}"),
    ('\u{1fbe}', "\u{3b9}"),
    ('\u{1fc2}', "\u{1f74}\u{3b9}"),
    ('\u{1fc3}', "\u{3b7}\u{3b9}"),
    ('\u{1fc4}', "\u{3ae}\u{3b9}"),
    ('\u{1fc6}', "\u{3b7}\u{342}"),
    ('\u{1fc7}', "\u{3b7}\u{342}\u{3b9}"),
    ('\u{1fcc}', "\u{3b7}\u{3b9}"),
    ('\u{1fd2}', "\u{3b9}\u{308}\u{300}"),
    ('\u{1fd3}', "\u{3b9}\u{308}\u{301}"),
    ('\u{1fd6}', "\u{3b9}\u{342}"),
    ('\u{1fd7}', "\u{3b9}\u{308}\u{342}"),
    ('\u{1fe2}', "\u{3c5}\u{308}\u{300}"),
    ('\u{1fe3}', "\u{3c5}\u{308}\u{301}"),
    ('\u{1fe4}', "\u{3c1}\u{313}"),
    ('\u{1fe6}', "\u{3c5}\u{342}"),
    ('\u{1fe7}', "\u{3c5}\u{308}\u{342}"),
    ('\u{1ff2}', "\u{1f7c}\u{3b9}"),
    ('\u{1ff3}', "\u{3c9}\u{3b9}"),
    ('\u{1ff4}', "\u{3ce}\u{3b9}"),
    ('\u{1ff6}', "\u{3c9}\u{342}"),
    ('\u{1ff7}', "\u{3c9}\u{342}\u{3b9}"),
    ('\u{1ffc}', "\u{3c9}\u{3b9}"),
    ('\u{fb00}', "\u{66}\u{66}"),
    ('\u{fb01}', "\u{66}\u{69}"),
    ('\u{fb02}', "\u{66}\u{6c}"),
    ('\u{fb03}', "\u{66}\u{66}\u{69}"),
    ('\u{fb04}', "\u{66}\u{66}\u{6c}"),
    ('\u{fb05}', "\u{73}\u{74}"),
    ('\u{fb06}', "\u{73}\u{74}"),
    ('\u{fb13}', "\u{574}\u{576}"),
    ('\u{fb14}', "\u{574}\u{565}"),
    ('\u{fb15}', "\u{574}\u{56b}"),
    ('\u{fb16}', "\u{57e}\u{576}"),
    ('\u{fb17}', "\u{574}\u{56d}"),
];

fn is_word(c: Option<char>) -> bool {
    c.is_some_and(|c| c.is_alphanumeric() || c == '_')
}

/// The byte length of the start of `text` that folds to exactly `needle`, ending on a
/// character boundary of `text` (never inside a character whose folding is longer).
fn folded_prefix(text: &str, needle: &[char]) -> Option<usize> {
    let mut matched = 0;
    for (at, c) in text.char_indices() {
        if matched == needle.len() {
            return Some(at);
        }
        for f in fold(c) {
            if needle.get(matched) != Some(&f) {
                return None;
            }
            matched += 1;
        }
    }
    (matched == needle.len()).then_some(text.len())
}

/// Replaces every whole-word occurrence of `name`, in any casing, by `with`.
///
/// Matching walks the original text character by character and compares case-folded
/// characters, so every offset is one of the original text. (Searching a lower-cased copy
/// and reusing its byte offsets panicked on "İ", whose lower case is longer, and the
/// exact-case fallback that replaced it let "DAVE" through.)
fn replace_word(text: &str, name: &str, with: &str) -> String {
    let needle: Vec<char> = name.chars().flat_map(fold).collect();
    if needle.is_empty() {
        return text.to_owned();
    }
    let mut out = String::with_capacity(text.len());
    let mut copied = 0;
    let mut before = None;
    for (start, c) in text.char_indices() {
        if start >= copied && !is_word(before) {
            if let Some(len) = folded_prefix(&text[start..], &needle) {
                let end = start + len;
                if !is_word(text[end..].chars().next()) {
                    out.push_str(&text[copied..start]);
                    if starts_sentence(&out) {
                        out.push_str(&capitalised(with));
                    } else {
                        out.push_str(with);
                    }
                    copied = end;
                }
            }
        }
        before = Some(c);
    }
    out.push_str(&text[copied..]);
    out
}

/// A copy of the post-mortem with every listed name replaced by its role in all its text.
pub fn with_roles(pm: &Postmortem) -> Postmortem {
    let people = pm.people.clone();
    let swap = |text: &mut String| *text = replace_names(text, &people);
    let mut pm = pm.clone();
    swap(&mut pm.title);
    for fact in &mut pm.facts {
        swap(&mut fact.text);
        swap(&mut fact.source);
    }
    for cause in &mut pm.causes {
        swap(&mut cause.statement);
        cause.whys.iter_mut().for_each(swap);
        if let Some(reason) = cause.no_action_reason.as_mut() {
            swap(reason);
        }
    }
    for action in &mut pm.actions {
        swap(&mut action.description);
        swap(&mut action.owner);
        swap(&mut action.status_reason);
        if let Some(verified) = action.verified.as_mut() {
            swap(&mut verified.note);
        }
    }
    // The write-up is free text like the rest ("Dave forgot …" in a lesson), and the
    // author and participants are meant as roles anyway.
    let writeup = &mut pm.writeup;
    for text in [
        &mut writeup.summary,
        &mut writeup.went_well,
        &mut writeup.lessons,
        &mut writeup.author,
        &mut writeup.participants,
    ] {
        swap(text);
    }
    pm.people.clear();
    pm
}

#[cfg(test)]
mod tests {
    use super::*;

    fn people() -> Vec<Person> {
        vec![
            Person {
                name: "Dave".into(),
                role: "marketing lead".into(),
            },
            Person {
                name: "Dave Smith".into(),
                role: "CFO".into(),
            },
            Person {
                name: "Zoë".into(),
                role: String::new(),
            },
        ]
    }

    #[test]
    fn whole_words_are_replaced_case_insensitively_longest_first() {
        let text = "Dave forgot; dave's note; Davey stayed; Dave Smith signed; DAVE.";
        assert_eq!(
            replace_names(text, &people()),
            "The marketing lead forgot; the marketing lead's note; Davey stayed; the CFO signed; the marketing lead."
        );
    }

    #[test]
    fn names_without_roles_become_a_team_member_and_non_ascii_is_safe() {
        assert_eq!(
            replace_names("Zoë paged ZOË", &people()),
            "A team member paged a team member"
        );
        // Regression: 'İ' lower-cases to three bytes, and offsets found in a lower-cased
        // copy used to be reused in the original (a panic), or matching fell back to
        // exact case and let "İLKAY" and "i̇lkay" through.
        let turkish = [Person {
            name: "İlkay".into(),
            role: "on-call".into(),
        }];
        assert_eq!(
            replace_names("İlkay paged İLKAY and i̇lkay, not İlkaya", &turkish),
            "The on-call paged the on-call and the on-call, not İlkaya"
        );
        let dave = [Person {
            name: "Dave".into(),
            role: "lead".into(),
        }];
        assert_eq!(
            replace_names("İ DAVE İ dave", &dave),
            "İ the lead İ the lead"
        );
        let strasse = [Person {
            name: "Straße".into(),
            role: "ops".into(),
        }];
        assert_eq!(
            replace_names("STRASSE and straße", &strasse),
            "The ops and the ops"
        );
        assert_eq!(replace_names("", &people()), "");
        assert_eq!(
            replace_names("🔥 Dave 🔥", &people()),
            "🔥 the marketing lead 🔥"
        );
    }

    // Regression: a name at the start of a sentence became "warehouse shift lead emailed …".
    #[test]
    fn sentences_stay_grammatical() {
        let people = [
            Person {
                name: "Dave".into(),
                role: "warehouse shift lead".into(),
            },
            Person {
                name: "Priya".into(),
                role: "our freelancer".into(),
            },
        ];
        assert_eq!(
            replace_names("Dave emailed Priya. Priya replied!\nDave: done", &people),
            "The warehouse shift lead emailed our freelancer. Our freelancer replied!\n\
             The warehouse shift lead: done"
        );
    }

    #[test]
    #[allow(clippy::disallowed_methods)] // The table is checked against the real thing.
    fn the_fold_table_is_upper_then_lower_casing_for_every_character() {
        let full = |c: char| -> String {
            let once = |c: char| c.to_uppercase().flat_map(char::to_lowercase);
            once(c).flat_map(once).collect()
        };
        assert!(FOLDS.windows(2).all(|w| w[0].0 < w[1].0), "sorted");
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(fold(c).collect::<String>(), full(c), "{c:?}");
        }
    }

    #[test]
    fn as_exported_replaces_names_only_when_the_post_mortem_asks() {
        let mut pm = crate::domain::worked_example(
            crate::domain::PostmortemId("x".into()),
            chrono::DateTime::UNIX_EPOCH,
        );
        pm.set_title("Dave's launch");
        // Nobody listed: the post-mortem itself, not a copy.
        assert!(matches!(as_exported(&pm), Cow::Borrowed(_)));
        pm.people = people();
        assert_eq!(as_exported(&pm).title, "The marketing lead's launch");
        // Listed, but the choice turned off.
        pm.set_roles_in_exports(false);
        assert_eq!(as_exported(&pm).title, "Dave's launch");
    }

    #[test]
    fn every_text_field_is_covered_and_the_list_is_dropped() {
        let mut pm = crate::domain::worked_example(
            crate::domain::PostmortemId("x".into()),
            chrono::DateTime::UNIX_EPOCH,
        );
        pm.people = people();
        pm.set_title("Dave's launch");
        let a = pm.actions[0].id;
        pm.set_action_owner(a, "Dave");
        pm.writeup.summary = "Dave scheduled the sale late.".into();
        pm.writeup.went_well = "Dave answered every customer.".into();
        pm.writeup.lessons = "Ask Dave before a launch.".into();
        pm.writeup.author = "Dave".into();
        pm.writeup.participants = "Dave, support".into();
        let out = with_roles(&pm);
        assert_eq!(out.title, "The marketing lead's launch");
        assert_eq!(out.actions[0].owner, "The marketing lead");
        assert_eq!(
            out.writeup.summary,
            "The marketing lead scheduled the sale late."
        );
        assert_eq!(
            out.writeup.went_well,
            "The marketing lead answered every customer."
        );
        assert_eq!(
            out.writeup.lessons,
            "Ask the marketing lead before a launch."
        );
        assert_eq!(out.writeup.author, "The marketing lead");
        assert_eq!(out.writeup.participants, "The marketing lead, support");
        assert!(out.people.is_empty());
    }
}
