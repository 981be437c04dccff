//! The stored format: every post-mortem is saved under its own key as a versioned envelope
//! `{"format":"hindsight","version":N,"saved_at":…,"doc":{…}}`, every playbook checklist
//! likewise with `"checklist":{…}`, and older versions are migrated forward on read. Pure:
//! no browser APIs, tested natively.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::domain::{Postmortem, PostmortemId};
use crate::playbook::{Checklist, Uid};

/// Marks our envelopes, so foreign values under our prefix are recognised as such.
pub const FORMAT: &str = "hindsight";

/// The version this build writes. Bump it together with a new entry in [`migrate`] and a
/// fixture in `tests/fixtures/`.
pub const CURRENT_VERSION: u64 = 3;

/// Prefix of the key of every stored post-mortem.
pub const DOC_PREFIX: &str = "hindsight/pm/";

/// Prefix of the key of every stored playbook checklist (from version 3).
pub const CHECKLIST_PREFIX: &str = "hindsight/checklist/";

/// The storage key of a checklist.
pub fn checklist_key(id: &Uid) -> String {
    format!("{CHECKLIST_PREFIX}{}", id.as_str())
}

/// The id in a checklist key, if the key is one.
pub fn checklist_id_from_key(key: &str) -> Option<Uid> {
    id_after(CHECKLIST_PREFIX, key).map(|id| Uid(id.to_owned()))
}

/// The id after `prefix` in `key`, if the key has the prefix and a valid id (post-mortems
/// and checklists are identified alike).
fn id_after<'a>(prefix: &str, key: &'a str) -> Option<&'a str> {
    key.strip_prefix(prefix)
        .filter(|id| PostmortemId::is_valid(id))
}

/// Prefix under which unreadable values are kept aside, never deleted.
pub const QUARANTINE_PREFIX: &str = "hindsight/quarantine/";

/// The storage key of a post-mortem.
pub fn doc_key(id: &PostmortemId) -> String {
    format!("{DOC_PREFIX}{}", id.as_str())
}

/// The id in a post-mortem key, if the key is one.
pub fn id_from_key(key: &str) -> Option<PostmortemId> {
    id_after(DOC_PREFIX, key).map(|id| PostmortemId(id.to_owned()))
}

/// Where an unreadable value found under `key` is kept aside.
pub fn quarantine_key(key: &str, now: DateTime<Utc>) -> String {
    format!("{QUARANTINE_PREFIX}{}/{key}", now.timestamp_millis())
}

#[derive(Serialize)]
struct EnvelopeRef<'a> {
    format: &'static str,
    version: u64,
    saved_at: DateTime<Utc>,
    doc: &'a Postmortem,
}

#[derive(Serialize)]
struct ChecklistEnvelope<'a> {
    format: &'static str,
    version: u64,
    saved_at: DateTime<Utc>,
    checklist: &'a Checklist,
}

/// Why a stored value could not be read. The message is shown to the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DecodeError {
    /// Not JSON at all (e.g. truncated or overwritten).
    NotJson(String),
    /// JSON, but not one of our envelopes.
    NotAnEnvelope,
    /// Written by a newer Hindsight than this one.
    FutureVersion(u64),
    /// An envelope whose document does not have the expected shape.
    BadDocument(String),
}

impl std::fmt::Display for DecodeError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            DecodeError::NotJson(e) => write!(f, "it is not valid JSON ({e})"),
            DecodeError::NotAnEnvelope => f.write_str("it is not a Hindsight post-mortem"),
            DecodeError::FutureVersion(v) => write!(
                f,
                "it was saved by a newer version of Hindsight (format {v}; this one reads up to {CURRENT_VERSION})"
            ),
            DecodeError::BadDocument(e) => write!(f, "its content is damaged ({e})"),
        }
    }
}

/// Encodes a post-mortem for storage.
pub fn encode(doc: &Postmortem, saved_at: DateTime<Utc>) -> String {
    let envelope = EnvelopeRef {
        format: FORMAT,
        version: CURRENT_VERSION,
        saved_at,
        doc,
    };
    // Serialising plain structs with string keys cannot fail.
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// Encodes a checklist for storage.
pub fn encode_checklist(checklist: &Checklist, saved_at: DateTime<Utc>) -> String {
    let envelope = ChecklistEnvelope {
        format: FORMAT,
        version: CURRENT_VERSION,
        saved_at,
        checklist,
    };
    serde_json::to_string(&envelope).unwrap_or_default()
}

/// Opens an envelope: checks its format and version and takes out its `field`.
fn open_envelope(raw: &str, field: &str) -> Result<(u64, Value), DecodeError> {
    let value: Value =
        serde_json::from_str(raw).map_err(|e| DecodeError::NotJson(e.to_string()))?;
    let Value::Object(mut envelope) = value else {
        return Err(DecodeError::NotAnEnvelope);
    };
    if envelope.get("format").and_then(Value::as_str) != Some(FORMAT) {
        return Err(DecodeError::NotAnEnvelope);
    }
    let version = envelope
        .get("version")
        .and_then(Value::as_u64)
        .ok_or(DecodeError::NotAnEnvelope)?;
    if version > CURRENT_VERSION {
        return Err(DecodeError::FutureVersion(version));
    }
    let inner = envelope.remove(field).ok_or(DecodeError::NotAnEnvelope)?;
    Ok((version, inner))
}

/// Decodes a stored checklist (checklists exist from version 3, so there is nothing to
/// migrate yet) and checks its ids.
pub fn decode_checklist(raw: &str) -> Result<Checklist, DecodeError> {
    let (_, value) = open_envelope(raw, "checklist")?;
    read_checklist(&value).map_err(DecodeError::BadDocument)
}

/// Reads one checklist, from storage or a backup file: its shape, then its ids, which
/// must be valid and distinct (an item id used twice would make a run's answers and a
/// merge apply to the wrong check).
pub(crate) fn read_checklist(value: &Value) -> Result<Checklist, String> {
    let checklist = Checklist::deserialize(value).map_err(|e| e.to_string())?;
    let valid = |id: &Uid| PostmortemId::is_valid(id.as_str());
    if !valid(&checklist.id) {
        return Err("its id is not valid".into());
    }
    let mut seen = std::collections::BTreeSet::new();
    for id in checklist.items.iter().map(|i| &i.id) {
        if !valid(id) || !seen.insert(id) {
            return Err(format!(
                "its check id “{}” is not valid or used twice",
                crate::text::shorten(id.as_str(), 20)
            ));
        }
    }
    let mut runs = std::collections::BTreeSet::new();
    if checklist
        .runs
        .iter()
        .any(|r| !valid(&r.id) || !runs.insert(&r.id))
    {
        return Err("a run id is not valid or used twice".into());
    }
    Ok(checklist)
}

/// Decodes a stored value, migrating it from older versions, and repairs dangling links.
pub fn decode(raw: &str) -> Result<Postmortem, DecodeError> {
    let (version, doc) = open_envelope(raw, "doc")?;
    read_doc(version, doc).map_err(|problem| match problem {
        DocProblem::Version(e) => e,
        DocProblem::Shape(_, e) => DecodeError::BadDocument(e.to_string()),
        DocProblem::Id(_) => DecodeError::BadDocument("its id is not valid".into()),
        DocProblem::Items(e) => DecodeError::BadDocument(e),
    })
}

/// Why a stored document could not be read, for each reader to word its own way.
pub(crate) enum DocProblem {
    /// It cannot be brought to the current version.
    Version(DecodeError),
    /// Its shape is wrong: the document as migrated, and serde's error.
    Shape(Value, serde_json::Error),
    /// Its id is not valid.
    Id(String),
    /// Its item ids are broken.
    Items(String),
}

/// Reads one stored document of `version`: migrated, deserialised, its ids checked, then
/// normalised. The one way a document is read, from storage ([`decode`]) or from a backup
/// file (`persist::backup`), so both read it alike.
pub(crate) fn read_doc(version: u64, doc: Value) -> Result<Postmortem, DocProblem> {
    let doc = migrate(version, doc).map_err(DocProblem::Version)?;
    // Read from a borrowed `Value` everywhere: one deserializer keeps a single copy of
    // every `Deserialize` impl in the wasm.
    let mut pm = match Postmortem::deserialize(&doc) {
        Ok(pm) => pm,
        Err(e) => return Err(DocProblem::Shape(doc, e)),
    };
    if !PostmortemId::is_valid(pm.id.as_str()) {
        return Err(DocProblem::Id(pm.id.0));
    }
    pm.check_ids().map_err(DocProblem::Items)?;
    pm.normalize();
    Ok(pm)
}

/// Brings a document of `version` up to [`CURRENT_VERSION`], one version at a time.
/// Shared with the backup importer, so a document reads the same from storage or a file.
pub(crate) fn migrate(mut version: u64, mut doc: Value) -> Result<Value, DecodeError> {
    while version < CURRENT_VERSION {
        doc = match version {
            1 => v1_to_v2(doc),
            // Version 3 added the playbook (stored under keys of its own) and the
            // verification of done actions, which is optional: a version 2 document reads
            // as it is, its done actions not yet verified.
            2 => doc,
            // Version 0 never existed.
            other => {
                return Err(DecodeError::BadDocument(format!(
                    "unknown format version {other}"
                )))
            }
        };
        version += 1;
    }
    Ok(doc)
}

/// Version 2 added time zones, sources and kinds to facts, root/contributing causes with
/// categories, richer actions, the impact block and lifecycle dates. All new fields have
/// defaults except a cause's kind, which is written explicitly: version 1 did not
/// distinguish, so every cause becomes a root cause and keeps asking for an action, as it
/// did in version 1.
fn v1_to_v2(mut doc: Value) -> Value {
    if let Some(causes) = doc.get_mut("causes").and_then(Value::as_array_mut) {
        for cause in causes.iter_mut().filter_map(Value::as_object_mut) {
            cause
                .entry("kind")
                .or_insert_with(|| Value::String("root".into()));
        }
    }
    doc
}
