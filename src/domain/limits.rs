//! The largest post-mortem Hindsight accepts: limits per field and per list that no real
//! post-mortem reaches, checked on import and kept by the editor, so a hostile or broken
//! file (a 9 MB title, 400,000 empty facts) cannot fill the storage or freeze the page.

use super::{format_count, Action, Cause, Fact, Listed, Postmortem};

/// Characters in a title.
pub const TITLE_CHARS: usize = 1_000;
/// Characters in a short field: a fact's source and zone, an action's owner, the currency,
/// a person's name or role.
pub const SHORT_CHARS: usize = 1_000;
/// Characters in a long text: a fact, a cause, one answer to "why?", an action, a reason.
pub const TEXT_CHARS: usize = 200_000;
/// Facts, causes or actions in one post-mortem (each list on its own).
pub const ITEMS: usize = 10_000;
/// Answers to "why?" under one cause.
pub const WHYS: usize = 100;
/// People listed.
pub const PEOPLE: usize = 1_000;
/// Coach notes dismissed.
pub const DISMISSED: usize = 100_000;

/// Which list an item limit applies to, for the editor's refusal message.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ItemList {
    /// The facts.
    Facts,
    /// The causes.
    Causes,
    /// The actions.
    Actions,
}

impl ItemList {
    fn name(self) -> &'static str {
        match self {
            ItemList::Facts => "facts",
            ItemList::Causes => "causes",
            ItemList::Actions => "actions",
        }
    }

    /// The step whose page shows the list.
    pub fn step(self) -> super::Step {
        match self {
            ItemList::Facts => super::Step::Facts,
            ItemList::Causes => super::Step::Causes,
            ItemList::Actions => super::Step::Actions,
        }
    }

    /// The list a step's page shows; none for Review.
    pub fn of_step(step: super::Step) -> Option<ItemList> {
        match step {
            super::Step::Facts => Some(ItemList::Facts),
            super::Step::Causes => Some(ItemList::Causes),
            super::Step::Actions => Some(ItemList::Actions),
            super::Step::Review => None,
        }
    }

    /// The id of the list's "Add" button (where the keyboard focus goes when its last
    /// item is removed).
    pub fn add_button_id(self) -> &'static str {
        match self {
            ItemList::Facts => "add-fact",
            ItemList::Causes => "add-cause",
            ItemList::Actions => "add-action",
        }
    }

    /// The sentence shown when the list is full.
    pub fn full_message(self) -> String {
        format!(
            "A post-mortem holds at most {} {}. Start another post-mortem for the rest.",
            format_count(ITEMS as u64),
            self.name()
        )
    }
}

/// The sentence shown when the people list is full.
pub fn people_full_message() -> String {
    format!("A post-mortem lists at most {PEOPLE} people.")
}

/// The sentence shown when a cause's "why?" chain is full.
pub fn whys_full_message() -> String {
    format!("A cause holds at most {WHYS} answers to “why?”.")
}

/// Said when a text field reaches its limit (a paste past it is cut by the browser, which
/// says nothing): `place` is "Fact 2", "Cause 1"…
pub fn text_full_message(place: &str) -> String {
    format!(
        "{place} has reached its limit of {} characters: anything pasted past it was not kept.",
        format_count(TEXT_CHARS as u64)
    )
}

/// Whether `value` is over `limit` characters. Counting stops at the limit: a 9 MB title is
/// not walked to its end.
fn too_long(value: &str, limit: usize) -> bool {
    value.chars().nth(limit).is_some()
}

fn count(what: &str, n: usize, limit: usize) -> Result<(), String> {
    if n > limit {
        return Err(format!(
            "it has {} {what}; the limit is {}",
            format_count(n as u64),
            format_count(limit as u64)
        ));
    }
    Ok(())
}

/// The first of `fields` (name, text, limit) over its limit, as "{owner}'s {name} is
/// longer than N characters, the limit". One message for every field keeps the check
/// small; the owner is only spelled out when something is wrong.
fn fields<'a>(
    owner: impl Fn() -> String,
    fields: impl IntoIterator<Item = (&'static str, &'a str, usize)>,
) -> Result<(), String> {
    for (name, value, limit) in fields {
        if too_long(value, limit) {
            return Err(format!(
                "{}{name} is longer than {} characters, the limit",
                owner(),
                format_count(limit as u64)
            ));
        }
    }
    Ok(())
}

impl Postmortem {
    /// Whether another item fits in `list`.
    pub fn can_add(&self, list: ItemList) -> bool {
        let len = match list {
            ItemList::Facts => self.facts.len(),
            ItemList::Causes => self.causes.len(),
            ItemList::Actions => self.actions.len(),
        };
        len < ITEMS
    }

    /// The first limit this post-mortem is over, as the end of a sentence naming the field
    /// and the limit ("fact 3's text is longer than 200,000 characters, the limit").
    pub fn check_limits(&self) -> Result<(), String> {
        fields(
            || "its ".to_owned(),
            [
                ("title", self.title.as_str(), TITLE_CHARS),
                ("currency", &self.impact.currency, SHORT_CHARS),
                ("summary", &self.writeup.summary, TEXT_CHARS),
                ("“what went well”", &self.writeup.went_well, TEXT_CHARS),
                ("lessons learned", &self.writeup.lessons, TEXT_CHARS),
                ("author", &self.writeup.author, SHORT_CHARS),
                ("participants", &self.writeup.participants, SHORT_CHARS),
                (
                    "report time zone",
                    self.writeup.report_zone.as_deref().unwrap_or_default(),
                    SHORT_CHARS,
                ),
            ],
        )?;
        count("facts", self.facts.len(), ITEMS)?;
        count("causes", self.causes.len(), ITEMS)?;
        count("actions", self.actions.len(), ITEMS)?;
        count("people", self.people.len(), PEOPLE)?;
        count("dismissed coach notes", self.dismissed.len(), DISMISSED)?;
        let owner = |name: String| format!("{}'s ", name.to_lowercase());
        for (i, fact) in self.facts.iter().enumerate() {
            let zone = fact.zone.as_deref().unwrap_or_default();
            fields(
                || owner(Fact::name(i)),
                [
                    ("text", fact.text.as_str(), TEXT_CHARS),
                    ("source", &fact.source, SHORT_CHARS),
                    ("time zone", zone, SHORT_CHARS),
                ],
            )?;
        }
        for (i, cause) in self.causes.iter().enumerate() {
            let reason = cause.no_action_reason.as_deref().unwrap_or_default();
            fields(
                || owner(Cause::name(i)),
                [
                    ("statement", cause.statement.as_str(), TEXT_CHARS),
                    ("reason for no action", reason, TEXT_CHARS),
                ],
            )?;
            let name = || Cause::name(i).to_lowercase();
            count(
                &format!("answers to “why?” under {}", name()),
                cause.whys.len(),
                WHYS,
            )?;
            for (w, why) in cause.whys.iter().enumerate() {
                fields(
                    || format!("why {} of {}", w + 1, name()),
                    [("", why.as_str(), TEXT_CHARS)],
                )?;
            }
        }
        for (i, action) in self.actions.iter().enumerate() {
            fields(
                || owner(Action::name(i)),
                [
                    ("description", action.description.as_str(), TEXT_CHARS),
                    ("owner", &action.owner, SHORT_CHARS),
                    ("status reason", &action.status_reason, TEXT_CHARS),
                    (
                        "verification note",
                        action.verified.as_ref().map_or("", |v| v.note.as_str()),
                        TEXT_CHARS,
                    ),
                ],
            )?;
        }
        for (i, person) in self.people.iter().enumerate() {
            fields(
                || format!("person {}'s ", i + 1),
                [
                    ("name", person.name.as_str(), SHORT_CHARS),
                    ("role", &person.role, SHORT_CHARS),
                ],
            )?;
        }
        for key in &self.dismissed {
            fields(
                || "a dismissed coach note's ".to_owned(),
                [("key", key.as_str(), SHORT_CHARS)],
            )?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::PostmortemId;

    fn pm() -> Postmortem {
        Postmortem::new(
            PostmortemId("l".into()),
            "Launch",
            chrono::DateTime::UNIX_EPOCH,
        )
    }

    #[test]
    fn a_real_post_mortem_is_within_every_limit() {
        let doc = crate::domain::worked_example(PostmortemId("x".into()), chrono::Utc::now());
        assert_eq!(doc.check_limits(), Ok(()));
        let mut doc = pm();
        let f = doc.add_fact("");
        doc.set_fact_text(f, "x".repeat(TEXT_CHARS));
        doc.set_title("é".repeat(TITLE_CHARS));
        assert_eq!(doc.check_limits(), Ok(()));
    }

    #[test]
    fn the_editor_says_which_list_is_full_and_its_limit() {
        assert_eq!(
            people_full_message(),
            "A post-mortem lists at most 1000 people."
        );
        assert_eq!(
            whys_full_message(),
            "A cause holds at most 100 answers to “why?”."
        );
        assert!(ItemList::Facts.full_message().contains("10,000 facts"));
    }

    #[test]
    fn each_limit_names_the_field_and_the_limit() {
        let mut doc = pm();
        doc.set_title("x".repeat(TITLE_CHARS + 1));
        assert_eq!(
            doc.check_limits(),
            Err("its title is longer than 1,000 characters, the limit".into())
        );
        let mut doc = pm();
        for _ in 0..=ITEMS {
            doc.add_fact("");
        }
        assert_eq!(
            doc.check_limits(),
            Err("it has 10,001 facts; the limit is 10,000".into())
        );
        assert!(!doc.can_add(ItemList::Facts));
        assert!(doc.can_add(ItemList::Causes));
        let mut doc = pm();
        doc.add_fact("");
        let f = doc.add_fact("");
        doc.set_fact_source(f, "s".repeat(SHORT_CHARS + 1));
        assert_eq!(
            doc.check_limits(),
            Err("fact 2's source is longer than 1,000 characters, the limit".into())
        );
        let mut doc = pm();
        let c = doc.add_cause("");
        for _ in 0..=WHYS {
            doc.add_why(c);
        }
        assert_eq!(
            doc.check_limits(),
            Err("it has 101 answers to “why?” under cause 1; the limit is 100".into())
        );
        let mut doc = pm();
        doc.set_writeup_text(
            crate::domain::WriteupText::Summary,
            "s".repeat(TEXT_CHARS + 1),
        );
        assert_eq!(
            doc.check_limits(),
            Err("its summary is longer than 200,000 characters, the limit".into())
        );
        let mut doc = pm();
        let a = doc.add_action("");
        doc.set_action_description(a, "a".repeat(TEXT_CHARS + 1));
        assert_eq!(
            doc.check_limits(),
            Err("action 1's description is longer than 200,000 characters, the limit".into())
        );
    }

    #[test]
    fn a_full_list_says_so() {
        assert_eq!(
            ItemList::Causes.full_message(),
            "A post-mortem holds at most 10,000 causes. Start another post-mortem for the rest."
        );
    }
}
