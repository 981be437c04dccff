//! Replacing people's names by their roles, for exports that should not name anyone.

use crate::domain::{Person, Postmortem};

/// Replaces every whole-word, case-insensitive occurrence of each listed name by its role
/// ("a team member" when no role is given). Longer names go first, so "Dave Smith" is
/// replaced before "Dave".
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
            "a team member"
        } else {
            role
        };
        out = replace_word(&out, person.name.trim(), role);
    }
    out
}

/// `c` case-folded: upper-cased, then lower-cased, so every casing of a name folds alike
/// ("ß", "SS" and "ss"; "Σ", "σ" and "ς"; "İ" and "i̇").
fn fold(c: char) -> impl Iterator<Item = char> {
    // Twice, because once is not always stable: "ẞ" folds to "ß", which folds to "ss".
    fold_once(c).flat_map(fold_once)
}

fn fold_once(c: char) -> impl Iterator<Item = char> {
    c.to_uppercase().flat_map(char::to_lowercase)
}

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
                    out.push_str(with);
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
            "marketing lead forgot; marketing lead's note; Davey stayed; CFO signed; marketing lead."
        );
    }

    #[test]
    fn names_without_roles_become_a_team_member_and_non_ascii_is_safe() {
        assert_eq!(
            replace_names("Zoë paged ZOË", &people()),
            "a team member paged a team member"
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
            "on-call paged on-call and on-call, not İlkaya"
        );
        let dave = [Person {
            name: "Dave".into(),
            role: "lead".into(),
        }];
        assert_eq!(replace_names("İ DAVE İ dave", &dave), "İ lead İ lead");
        let strasse = [Person {
            name: "Straße".into(),
            role: "ops".into(),
        }];
        assert_eq!(replace_names("STRASSE and straße", &strasse), "ops and ops");
        assert_eq!(replace_names("", &people()), "");
        assert_eq!(
            replace_names("🔥 Dave 🔥", &people()),
            "🔥 marketing lead 🔥"
        );
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
        let out = with_roles(&pm);
        assert_eq!(out.title, "marketing lead's launch");
        assert_eq!(out.actions[0].owner, "marketing lead");
        assert!(out.people.is_empty());
    }
}
