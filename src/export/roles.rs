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

fn replace_word(text: &str, name: &str, with: &str) -> String {
    let lower_text = text.to_lowercase();
    let lower_name = name.to_lowercase();
    // Lower-casing can change byte lengths outside ASCII; fall back to exact matching then,
    // so offsets found in the lower-cased copy are always valid in the original.
    let (haystack, needle) = if lower_text.len() == text.len() && lower_name.len() == name.len() {
        (lower_text.as_str(), lower_name.as_str())
    } else {
        (text, name)
    };
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    let mut out = String::with_capacity(text.len());
    let mut last = 0;
    let mut from = 0;
    while let Some(found) = haystack[from..].find(needle) {
        let start = from + found;
        let end = start + needle.len();
        let before = text[..start].chars().next_back();
        let after = text[end..].chars().next();
        if !is_word(before) && !is_word(after) {
            out.push_str(&text[last..start]);
            out.push_str(with);
            last = end;
        }
        from = end.max(start + 1);
        while !text.is_char_boundary(from) {
            from += 1;
        }
        if from >= text.len() {
            break;
        }
    }
    out.push_str(&text[last..]);
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
        // 'İ' lower-cases to three bytes: exact matching keeps offsets valid.
        let turkish = [Person {
            name: "İlkay".into(),
            role: "on-call".into(),
        }];
        assert_eq!(
            replace_names("İlkay paged İlkay", &turkish),
            "on-call paged on-call"
        );
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
