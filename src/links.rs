//! Link targets: the facts a cause can cite and the causes an action can address, named as
//! the user sees them ("F3 · The code went live…"), and finding the one a user typed. Pure:
//! tested natively.

use crate::domain::{ItemId, Listed, Postmortem};

/// Up to this many targets, a picker shows one checkbox per target. Above it, it shows the
/// linked ones and offers the rest through a search field: a checkbox per target in every
/// item grows as items × targets (200 causes citing 1,600 facts would be 320,000
/// checkboxes), and a first user found ten checkboxes under every cause already a wall to
/// read past (issue 14), so the compact form starts early.
pub const ALL_AT_ONCE: usize = 8;

/// Whether a picker with `targets` targets lists them all.
pub fn lists_all(targets: usize) -> bool {
    targets <= ALL_AT_ONCE
}

/// An item's name and the start of its text, e.g. "F3 · The code went live…".
pub fn short_label(name: &str, text: &str) -> String {
    let text = text.trim();
    let text = if text.is_empty() { "(empty)" } else { text };
    format!("{name} · {}", crate::text::shorten(text, 80))
}

/// What the items of one kind can be linked to: each item's id and short label ("F3 · …"),
/// numbered as the user sees them.
pub fn link_targets<T: Listed>(doc: &Postmortem, text: fn(&T) -> &str) -> Vec<(ItemId, String)> {
    T::list(doc)
        .iter()
        .enumerate()
        .map(|(i, item)| (item.id(), short_label(&T::label(i), text(item))))
        .collect()
}

/// A target's name, "F3", from its label "F3 · …".
pub fn target_name(label: &str) -> &str {
    label.split(" · ").next().unwrap_or_default()
}

/// The target the user meant: its whole label, as the suggestions offer it, or just its
/// name ("F12", "f12") or number ("12").
pub fn find_target(targets: &[(ItemId, String)], typed: &str) -> Option<ItemId> {
    let typed = typed.trim();
    if typed.is_empty() {
        return None;
    }
    let by_number = typed.bytes().all(|b| b.is_ascii_digit());
    targets
        .iter()
        .find(|(_, label)| label == typed)
        .or_else(|| {
            targets.iter().find(|(_, label)| {
                let name = target_name(label);
                name.eq_ignore_ascii_case(typed)
                    || (by_number
                        && name.trim_start_matches(|c: char| c.is_ascii_alphabetic()) == typed)
            })
        })
        .map(|(id, _)| *id)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::{Cause, Fact, PostmortemId};

    fn targets() -> Vec<(ItemId, String)> {
        vec![
            (7, "F1 · The code went live at 11:00.".to_owned()),
            (9, "F2 · Support saw 40 tickets.".to_owned()),
            (12, "F12 · Orders dropped.".to_owned()),
        ]
    }

    #[test]
    fn a_target_is_found_by_its_label_name_or_number() {
        let t = targets();
        assert_eq!(find_target(&t, "F2 · Support saw 40 tickets."), Some(9));
        assert_eq!(find_target(&t, "F12"), Some(12));
        assert_eq!(find_target(&t, " f12 "), Some(12));
        assert_eq!(find_target(&t, "1"), Some(7));
        assert_eq!(find_target(&t, "12"), Some(12));
    }

    #[test]
    fn a_name_is_read_from_a_label() {
        assert_eq!(target_name("F12 · Orders dropped."), "F12");
        assert_eq!(target_name("C1 · A · B"), "C1");
    }

    #[test]
    fn anything_else_finds_nothing() {
        let t = targets();
        for typed in [
            "",
            "  ",
            "F3",
            "3",
            "F",
            "C1",
            "F1 ·",
            "Support",
            "F1 · The code",
        ] {
            assert_eq!(find_target(&t, typed), None, "{typed:?}");
        }
        assert_eq!(find_target(&[], "F1"), None);
    }

    #[test]
    fn targets_are_numbered_as_listed_and_labels_are_short() {
        let mut pm = Postmortem::new(PostmortemId("pm".into()), "Launch", chrono::Utc::now());
        let a = pm.add_fact("");
        pm.set_fact_text(a, "  First  ");
        let b = pm.add_fact("");
        pm.set_fact_text(b, "x".repeat(100));
        pm.add_fact("");
        let c = pm.add_cause("");
        pm.set_cause_statement(c, "A missing check.");
        let facts = link_targets::<Fact>(&pm, |f| &f.text);
        assert_eq!(facts[0], (a, "F1 · First".to_owned()));
        assert_eq!(facts[1].1, format!("F2 · {}…", "x".repeat(80)));
        assert_eq!(facts[2].1, "F3 · (empty)");
        let causes = link_targets::<Cause>(&pm, |c| &c.statement);
        assert_eq!(causes, vec![(c, "C1 · A missing check.".to_owned())]);
    }

    #[test]
    fn long_target_lists_are_not_listed_in_full() {
        assert!(lists_all(0));
        assert!(lists_all(ALL_AT_ONCE));
        assert!(!lists_all(ALL_AT_ONCE + 1));
    }
}
