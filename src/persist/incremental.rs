//! Incremental encoding for autosave: keeps every item's JSON from the last save, so saving
//! after an edit to one item re-encodes that item instead of the whole document (a
//! 2,000-item post-mortem is about 1 MB of JSON, several milliseconds to encode in wasm).
//! The text is always exactly what [`schema::encode`] writes. Pure: tested natively.

use chrono::{DateTime, Utc};
use serde::Serialize;

use super::schema;
use crate::domain::{Action, Cause, Fact, Listed, Postmortem, PostmortemId};

/// How far ahead of its old place an item is looked for: far enough for a few items added,
/// removed or moved between two saves, near enough to stay linear in the list's length.
const LOOKAHEAD: usize = 16;

/// Where the encoded item lists go in the text of a document whose lists are empty. A `"`
/// inside a JSON string is always escaped, so this can only match the document's own keys.
const EMPTY_LISTS: &str = r#""facts":[],"causes":[],"actions":[]"#;

/// One item as last encoded, with the item it was encoded from.
struct Encoded<T> {
    item: T,
    json: String,
}

/// Remembers the items of the last document it encoded.
#[derive(Default)]
pub struct Encoder {
    doc: Option<PostmortemId>,
    facts: Vec<Encoded<Fact>>,
    causes: Vec<Encoded<Cause>>,
    actions: Vec<Encoded<Action>>,
}

impl Encoder {
    /// The stored text of `doc`, identical to `schema::encode(doc, saved_at)`, re-using the
    /// JSON of every item unchanged since the last call for the same document.
    pub fn encode(&mut self, doc: &Postmortem, saved_at: DateTime<Utc>) -> String {
        let shell = schema::encode(&without_items(doc), saved_at);
        let Some(at) = shell.find(EMPTY_LISTS) else {
            // Only possible if the model's fields were reordered; the test below fails then.
            return schema::encode(doc, saved_at);
        };
        self.remember(doc);
        let items =
            encoded_len(&self.facts) + encoded_len(&self.causes) + encoded_len(&self.actions);
        let mut out = String::with_capacity(shell.len() + items);
        out.push_str(&shell[..at]);
        push_list(&mut out, "facts", &self.facts);
        out.push(',');
        push_list(&mut out, "causes", &self.causes);
        out.push(',');
        push_list(&mut out, "actions", &self.actions);
        out.push_str(&shell[at + EMPTY_LISTS.len()..]);
        out
    }

    /// Encodes the items of `doc` that changed since the last call (all of them for another
    /// document). Done ahead of time, it makes the first save after opening as quick as
    /// the following ones.
    pub fn remember(&mut self, doc: &Postmortem) {
        if self.doc.as_ref() != Some(&doc.id) {
            *self = Self {
                doc: Some(doc.id.clone()),
                ..Self::default()
            };
        }
        refresh(&mut self.facts, &doc.facts);
        refresh(&mut self.causes, &doc.causes);
        refresh(&mut self.actions, &doc.actions);
    }
}

/// A copy of `doc` without its items. Written field by field (no `..`), so adding a field
/// to [`Postmortem`] does not compile until it is copied here too.
fn without_items(doc: &Postmortem) -> Postmortem {
    let Postmortem {
        id,
        title,
        status,
        created_at,
        updated_at,
        step,
        facts: _,
        causes: _,
        actions: _,
        next_id,
        impact,
        in_review_at,
        closed_at,
        people,
        dismissed,
        deleted_at,
        roles_in_exports,
        writeup,
        example,
    } = doc;
    Postmortem {
        id: id.clone(),
        title: title.clone(),
        status: *status,
        created_at: *created_at,
        updated_at: *updated_at,
        step: *step,
        facts: Vec::new(),
        causes: Vec::new(),
        actions: Vec::new(),
        next_id: *next_id,
        impact: impact.clone(),
        in_review_at: *in_review_at,
        closed_at: *closed_at,
        people: people.clone(),
        dismissed: dismissed.clone(),
        deleted_at: *deleted_at,
        roles_in_exports: *roles_in_exports,
        writeup: writeup.clone(),
        example: *example,
    }
}

/// Brings `cache` in line with `items`: an item equal to its cached copy keeps its JSON,
/// any other item is encoded afresh.
fn refresh<T: Listed + Serialize>(cache: &mut Vec<Encoded<T>>, items: &[T]) {
    // The usual case between two saves, a few fields edited: every item is where it was,
    // so the cache is brought up to date in place, without moving a thing.
    let same_ids = cache.len() == items.len()
        && cache
            .iter()
            .zip(items)
            .all(|(e, item)| e.item.id() == item.id());
    if same_ids {
        for (e, item) in cache.iter_mut().zip(items) {
            if e.item != *item {
                *e = encoded(item);
            }
        }
        return;
    }
    let mut old: Vec<Option<Encoded<T>>> = std::mem::take(cache).into_iter().map(Some).collect();
    // Where the next item is expected among the old ones: items keep their order between
    // saves, so the search is short.
    let mut next = 0;
    for item in items {
        let end = old.len().min(next + LOOKAHEAD);
        let found =
            (next..end).find(|&i| old[i].as_ref().is_some_and(|e| e.item.id() == item.id()));
        let reused = found
            .and_then(|i| {
                next = i + 1;
                old[i].take()
            })
            .filter(|e| e.item == *item);
        cache.push(reused.unwrap_or_else(|| encoded(item)));
    }
}

fn encoded<T: Serialize + Clone>(item: &T) -> Encoded<T> {
    Encoded {
        // Serialising a plain struct to a string cannot fail.
        json: serde_json::to_string(item).unwrap_or_default(),
        item: item.clone(),
    }
}

/// Room for a list's items, their commas and its key.
fn encoded_len<T>(list: &[Encoded<T>]) -> usize {
    list.iter().map(|e| e.json.len() + 1).sum::<usize>() + 16
}

fn push_list<T>(out: &mut String, key: &str, list: &[Encoded<T>]) {
    out.push('"');
    out.push_str(key);
    out.push_str("\":[");
    for (i, e) in list.iter().enumerate() {
        if i > 0 {
            out.push(',');
        }
        out.push_str(&e.json);
    }
    out.push(']');
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::worked_example;

    /// The splice point is there, so saves take the incremental path (the fallback would
    /// write the same text, slowly, and the comparison tests could not tell).
    #[test]
    fn a_document_without_items_encodes_its_lists_where_they_are_spliced_in() {
        let doc = worked_example(PostmortemId("pm".into()), chrono::Utc::now());
        let shell = schema::encode(&without_items(&doc), doc.created_at);
        assert_eq!(shell.matches(EMPTY_LISTS).count(), 1, "{shell}");
    }
}
