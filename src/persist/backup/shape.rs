//! Which field of an unreadable post-mortem is wrong, found field by field, so an import's
//! message can name it; and the quoting of what the file held.

use std::collections::BTreeSet;

use serde::de::DeserializeOwned;
use serde_json::Value;

use super::QUOTE_CHARS;
use crate::domain::{
    Action, Cause, Fact, Impact, ItemId, Person, Postmortem, Status, Step, Writeup,
};

pub(super) type Check = fn(&Value) -> Result<(), serde_json::Error>;

pub(super) fn fits<T: DeserializeOwned>(value: &Value) -> Result<(), serde_json::Error> {
    T::deserialize(value).map(drop)
}

// Instants are read as the documents read them (see `domain::iso`).
pub(super) fn fits_instant(value: &Value) -> Result<(), serde_json::Error> {
    crate::domain::iso::de_utc(value).map(drop)
}

pub(super) fn fits_optional_instant(value: &Value) -> Result<(), serde_json::Error> {
    crate::domain::iso::de_utc_opt(value).map(drop)
}

/// Every field of a stored post-mortem, with the check that says which one is wrong on
/// import. Kept complete by the compiler: `every_field_is_checked` names every field of
/// `Postmortem` without `..`, so a new field does not compile until it is added there and
/// (the comment beside it says) here; a test compares this list with what serde writes.
pub(super) const DOC_FIELDS: [(&str, Check); 19] = [
    ("id", fits::<String>),
    ("title", fits::<String>),
    ("status", fits::<Status>),
    ("created_at", fits_instant),
    ("updated_at", fits_instant),
    ("step", fits::<Step>),
    ("facts", fits::<Vec<Value>>),
    ("causes", fits::<Vec<Value>>),
    ("actions", fits::<Vec<Value>>),
    ("next_id", fits::<ItemId>),
    ("impact", fits::<Impact>),
    ("in_review_at", fits_optional_instant),
    ("closed_at", fits_optional_instant),
    ("people", fits::<Vec<Person>>),
    ("dismissed", fits::<BTreeSet<String>>),
    ("deleted_at", fits_optional_instant),
    ("roles_in_exports", fits::<Option<bool>>),
    ("writeup", fits::<Writeup>),
    ("example", fits::<bool>),
];

/// Does nothing; fails to compile when `Postmortem` gains a field, until the field is
/// listed here and given a check in [`DOC_FIELDS`].
#[allow(dead_code)]
pub(super) fn every_field_is_checked(pm: &Postmortem) {
    let Postmortem {
        id: _,
        title: _,
        status: _,
        created_at: _,
        updated_at: _,
        step: _,
        facts: _,
        causes: _,
        actions: _,
        next_id: _,
        impact: _,
        in_review_at: _,
        closed_at: _,
        people: _,
        dismissed: _,
        deleted_at: _,
        roles_in_exports: _,
        writeup: _,
        example: _,
    } = pm;
}

/// Names the part of a document that does not have the expected shape. serde's own message
/// says *what* is wrong ("invalid type: integer `5`, expected a string") but not *where*,
/// so each field and item is tried on its own to find it.
pub(super) fn shape_problem(doc: &Value, whole: &serde_json::Error) -> String {
    for (name, check) in DOC_FIELDS {
        if let Some(Err(e)) = doc.get(name).map(check) {
            return format!("its \"{name}\" is wrong ({})", quote_long(&e.to_string()));
        }
    }
    const ITEMS: [(&str, &str, Check); 3] = [
        ("facts", "fact", fits::<Fact>),
        ("causes", "cause", fits::<Cause>),
        ("actions", "action", fits::<Action>),
    ];
    for (list, noun, check) in ITEMS {
        let items = doc.get(list).and_then(Value::as_array);
        for (index, item) in items.into_iter().flatten().enumerate() {
            if let Err(e) = check(item) {
                return format!(
                    "{noun} {} is wrong ({})",
                    index + 1,
                    quote_long(&e.to_string())
                );
            }
        }
    }
    // Typically a missing field, which serde's message names.
    quote_long(&whole.to_string())
}

pub(super) fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "true or false",
        Value::Number(_) => "a number",
        Value::String(_) => "a piece of text",
        Value::Array(_) => "a list",
        Value::Object(_) => "an object",
    }
}

/// A piece of the file, shortened for quoting in a message.
pub(super) fn quote(text: &str) -> String {
    crate::text::shorten(text, QUOTE_CHARS)
}

/// A parser message, which may itself quote the file at length ("unknown variant `…`").
pub(super) fn quote_long(text: &str) -> String {
    crate::text::shorten(text, 4 * QUOTE_CHARS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stored_field_has_a_check_and_every_check_a_field() {
        let mut pm = crate::domain::worked_example(
            crate::domain::PostmortemId("all-fields".into()),
            chrono::DateTime::UNIX_EPOCH,
        );
        // Every optional field set, so serde writes every key.
        pm.in_review_at = Some(chrono::DateTime::UNIX_EPOCH);
        pm.closed_at = Some(chrono::DateTime::UNIX_EPOCH);
        pm.deleted_at = Some(chrono::DateTime::UNIX_EPOCH);
        pm.add_person();
        pm.set_dismissed("title|x", true);
        pm.set_roles_in_exports(false);
        pm.set_writeup_text(crate::domain::WriteupText::Summary, "A summary.");
        let written = serde_json::to_value(&pm).expect("a document serialises");
        let mut keys: Vec<&str> = written
            .as_object()
            .expect("an object")
            .keys()
            .map(String::as_str)
            .collect();
        let mut checked: Vec<&str> = DOC_FIELDS.iter().map(|(name, _)| *name).collect();
        crate::sort::sort_by(&mut keys, Ord::cmp);
        crate::sort::sort_by(&mut checked, Ord::cmp);
        assert_eq!(keys, checked);
    }
}
