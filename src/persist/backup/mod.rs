//! Backup files: exporting post-mortems and the playbook's checklists as one JSON file, and
//! importing such a file (or a single stored envelope) only after validating all of it,
//! then planning and applying what it adds, replaces or merges. Pure: the browser side only reads the file and saves the result.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use serde::de::DeserializeOwned;
use serde::Serialize;
use serde_json::Value;

mod plan;

pub use plan::*;

use super::schema::{self, DocProblem, CURRENT_VERSION};
use crate::domain::{
    Action, Cause, Fact, Impact, ItemId, Person, Postmortem, PostmortemId, Status, Step, Writeup,
};
use crate::playbook::Checklist;

/// Marks our backup files, so any other JSON file is recognised as not ours.
pub const BACKUP_FORMAT: &str = "hindsight-backup";

/// The largest file we read. Far beyond any real collection of post-mortems (the worked
/// example is about 10 KB), and small enough that parsing it cannot exhaust a phone's memory.
pub const MAX_IMPORT_BYTES: usize = 10 * 1024 * 1024;

/// What the title gets when an imported copy is kept next to the stored one.
pub const IMPORTED_SUFFIX: &str = " (imported)";

/// Longest piece of the file quoted back in a message: a 10 MB title must not become a
/// 10 MB notice.
const QUOTE_CHARS: usize = 60;

#[derive(Serialize)]
struct BackupRef<'a> {
    format: &'static str,
    version: u64,
    exported_at: DateTime<Utc>,
    postmortems: &'a [Postmortem],
    #[serde(skip_serializing_if = "<[Checklist]>::is_empty")]
    checklists: &'a [Checklist],
}

/// What a backup file holds.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Backup {
    /// Its post-mortems, in file order.
    pub postmortems: Vec<Postmortem>,
    /// Its playbook checklists (from version 3).
    pub checklists: Vec<Checklist>,
}

/// Writes a backup file holding `docs` (all of them, or a single one), indented so a
/// person can read and diff it. Field order is the declaration order of the types, so the
/// same data always gives the same file.
pub fn encode_backup(docs: &[Postmortem], exported_at: DateTime<Utc>) -> String {
    encode_full_backup(docs, &[], exported_at)
}

/// Like [`encode_backup`], with the playbook's checklists as well (the trash included).
pub fn encode_full_backup(
    docs: &[Postmortem],
    checklists: &[Checklist],
    exported_at: DateTime<Utc>,
) -> String {
    let backup = BackupRef {
        format: BACKUP_FORMAT,
        version: CURRENT_VERSION,
        exported_at,
        postmortems: docs,
        checklists,
    };
    // Serialising plain structs with string keys cannot fail. Written compactly, then
    // indented: serde_json's pretty printer would compile every Serialize impl a second
    // time into the wasm (about 2 KB brotli) for the same result.
    indent_json(&serde_json::to_string(&backup).unwrap_or_default())
}

/// Lays out compact JSON as serde_json's pretty printer does: two-space indents, one value
/// per line, `"key": value`, and `[]` / `{}` for empty containers.
pub fn indent_json(compact: &str) -> String {
    fn newline(out: &mut String, depth: usize) {
        out.push('\n');
        for _ in 0..depth {
            out.push_str("  ");
        }
    }
    let mut out = String::with_capacity(compact.len() * 2);
    let mut depth = 0;
    let mut in_string = false;
    let mut escaped = false;
    let mut chars = compact.chars().peekable();
    while let Some(c) = chars.next() {
        if in_string {
            out.push(c);
            if escaped {
                escaped = false;
            } else if c == '\\' {
                escaped = true;
            } else if c == '"' {
                in_string = false;
            }
            continue;
        }
        match c {
            '"' => {
                in_string = true;
                out.push(c);
            }
            '{' | '[' => {
                out.push(c);
                if matches!(chars.peek(), Some('}' | ']')) {
                    out.extend(chars.next());
                } else {
                    depth += 1;
                    newline(&mut out, depth);
                }
            }
            '}' | ']' => {
                depth = depth.saturating_sub(1);
                newline(&mut out, depth);
                out.push(c);
            }
            ',' => {
                out.push(c);
                newline(&mut out, depth);
            }
            ':' => out.push_str(": "),
            c => out.push(c),
        }
    }
    out
}

/// A file name for a backup of `docs`: `hindsight-backup-2026-11-28.json` for several,
/// `hindsight-<id>-2026-11-28.json` for one (ids are file-name safe).
pub fn backup_file_name(docs: &[Postmortem], exported_at: DateTime<Utc>) -> String {
    let day = exported_at.date_naive();
    match docs {
        // Named for its title, as the Markdown is (the id means nothing to a person).
        [one] => format!(
            "hindsight-{}-{day}.json",
            crate::text::slug(&one.title, 60, "post-mortem")
        ),
        _ => format!("hindsight-backup-{day}.json"),
    }
}

/// Why a file cannot be imported. The message names what is wrong, for the user.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ImportError {
    /// The file holds nothing (or only spaces).
    Empty,
    /// The file is over [`MAX_IMPORT_BYTES`].
    TooLarge {
        /// Its size.
        bytes: usize,
    },
    /// The file is not valid JSON.
    NotJson {
        /// 1-based line of the problem.
        line: usize,
        /// 1-based column of the problem (0 when the file ends early at a line start).
        column: usize,
        /// What is wrong there.
        problem: String,
    },
    /// Valid JSON, but neither a Hindsight backup nor a stored post-mortem.
    NotABackup {
        /// What was found instead, e.g. `no "format" field`.
        found: String,
    },
    /// No version number, so there is no telling how to read it.
    MissingVersion,
    /// A version number Hindsight never wrote (0, negative, fractional, text).
    UnknownVersion {
        /// The version as written in the file.
        found: String,
    },
    /// Written by a newer Hindsight than this one.
    NewerVersion {
        /// The file's version.
        version: u64,
    },
    /// Ours, but a part every file has is missing or of the wrong kind.
    Incomplete {
        /// Which part, and what is wrong with it.
        problem: String,
    },
    /// One post-mortem in the file is damaged; nothing is imported.
    Damaged {
        /// Its 1-based position in the file.
        position: usize,
        /// How many post-mortems the file holds.
        count: usize,
        /// Its title (shortened), when it has a readable one.
        title: Option<String>,
        /// What is wrong with it.
        problem: String,
    },
    /// One post-mortem in the file is over a limit no real one reaches
    /// ([`crate::domain::limits`]); nothing is imported.
    OverLimit {
        /// Its 1-based position in the file.
        position: usize,
        /// How many post-mortems the file holds.
        count: usize,
        /// Its title (shortened), when it has a readable one.
        title: Option<String>,
        /// Which field or list, and the limit.
        problem: String,
    },
    /// Two post-mortems in the file have the same id, so one would overwrite the other.
    DuplicateId {
        /// The id (shortened).
        id: String,
        /// 1-based position of the first.
        first: usize,
        /// 1-based position of the second.
        second: usize,
    },
}

impl std::fmt::Display for ImportError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ImportError::Empty => f.write_str("The file is empty."),
            ImportError::TooLarge { bytes } => write!(
                f,
                "The file is {} MB; the limit is {} MB.",
                megabytes(*bytes),
                MAX_IMPORT_BYTES / MEGABYTE
            ),
            ImportError::NotJson {
                line,
                column,
                problem,
            } => write!(
                f,
                "The file is not valid JSON. Line {line}, column {column}: {problem}."
            ),
            ImportError::NotABackup { found } => {
                write!(f, "This is not a Hindsight backup ({found}).")
            }
            ImportError::MissingVersion => f.write_str(
                "This file has no \"version\" number, so Hindsight cannot tell how to read it.",
            ),
            ImportError::UnknownVersion { found } => write!(
                f,
                "This file's version ({found}) is not one Hindsight has ever written."
            ),
            ImportError::NewerVersion { version } => write!(
                f,
                "This file was made by a newer version of Hindsight (format {version}; this one reads up to {CURRENT_VERSION}). \
                 Reload Hindsight to get the newest version, then import it again."
            ),
            ImportError::Incomplete { problem } => write!(f, "This file is damaged: {problem}."),
            ImportError::Damaged {
                position,
                count,
                title,
                problem,
            }
            | ImportError::OverLimit {
                position,
                count,
                title,
                problem,
            } => {
                name_doc(f, *position, *count, title.as_deref())?;
                if matches!(self, ImportError::Damaged { .. }) {
                    write!(f, " is damaged: {problem}.")
                } else {
                    write!(
                        f,
                        " is larger than Hindsight accepts: {problem}. Nothing was imported."
                    )
                }
            }
            ImportError::DuplicateId { id, first, second } => write!(
                f,
                "Post-mortems {first} and {second} have the same id (“{id}”), so one would overwrite the other."
            ),
        }
    }
}

impl std::error::Error for ImportError {}

/// "The post-mortem" (the file's only one) or "Post-mortem 3", with its title if readable.
fn name_doc(
    f: &mut std::fmt::Formatter<'_>,
    position: usize,
    count: usize,
    title: Option<&str>,
) -> std::fmt::Result {
    if count == 1 {
        f.write_str("The post-mortem")?;
    } else {
        write!(f, "Post-mortem {position}")?;
    }
    match title {
        Some(title) => write!(f, " (“{title}”)"),
        None => Ok(()),
    }
}

const MEGABYTE: usize = 1024 * 1024;

/// Bytes as megabytes with one decimal, rounded *up* so a file just over the limit never
/// reads as exactly the limit ("10.0 MB; the limit is 10 MB").
fn megabytes(bytes: usize) -> String {
    // In u64: on wasm32 `usize` is 32 bits and `bytes * 10` could overflow.
    let tenths = (bytes as u64 * 10).div_ceil(MEGABYTE as u64);
    format!("{}.{}", tenths / 10, tenths % 10)
}

/// Refuses a file by its size alone, before it is read into memory.
pub fn check_size(bytes: usize) -> Result<(), ImportError> {
    if bytes > MAX_IMPORT_BYTES {
        Err(ImportError::TooLarge { bytes })
    } else {
        Ok(())
    }
}

/// Reads a backup file, or a single stored envelope (what storage holds and what quarantined
/// values contain, so kept-aside data can be recovered), into post-mortems.
///
/// Everything is validated before anything is returned: size, JSON syntax, format,
/// version, the shape and ids of every post-mortem, and that no two share an id. Each
/// document is migrated by the same code as storage and then normalised (dangling links
/// dropped). Any problem refuses the whole file, so an import never half-happens.
pub fn decode_backup(raw: &str) -> Result<Vec<Postmortem>, ImportError> {
    decode_full_backup(raw).map(|b| b.postmortems)
}

/// Like [`decode_backup`], with the playbook's checklists the file holds (validated
/// alike: any problem refuses the whole file).
pub fn decode_full_backup(raw: &str) -> Result<Backup, ImportError> {
    check_size(raw.len())?;
    // Windows editors like to start UTF-8 files with a byte-order mark; JSON forbids it.
    let text = raw.strip_prefix('\u{feff}').unwrap_or(raw);
    if text.trim().is_empty() {
        return Err(ImportError::Empty);
    }
    let value: Value = serde_json::from_str(text).map_err(|e| syntax_error(&e))?;
    let Value::Object(mut top) = value else {
        return Err(ImportError::NotABackup {
            found: format!("the file holds {}, not an object", kind_of(&value)),
        });
    };
    // Which of our two formats, then its version, then the rest: a newer version may have
    // changed the rest, and must be refused as newer rather than as damaged.
    let list_key = match top.get("format") {
        None => {
            return Err(ImportError::NotABackup {
                found: "no \"format\" field".into(),
            })
        }
        Some(Value::String(f)) if f == BACKUP_FORMAT => "postmortems",
        Some(Value::String(f)) if f == schema::FORMAT => "doc",
        Some(Value::String(other)) => {
            return Err(ImportError::NotABackup {
                found: format!("its \"format\" is “{}”", quote(other)),
            })
        }
        Some(other) => {
            return Err(ImportError::NotABackup {
                found: format!("its \"format\" is {}", kind_of(other)),
            })
        }
    };
    let version = read_version(top.get("version"))?;
    let checklists = read_checklists(&mut top, list_key)?;
    if list_key == "doc" && !top.contains_key("doc") && !checklists.is_empty() {
        // A single stored checklist (from storage or quarantine).
        return Ok(Backup {
            postmortems: Vec::new(),
            checklists,
        });
    }
    let docs = match (list_key, top.remove(list_key)) {
        (_, None) => {
            return Err(ImportError::Incomplete {
                problem: format!("it has no \"{list_key}\""),
            })
        }
        ("postmortems", Some(Value::Array(docs))) => docs,
        ("postmortems", Some(other)) => {
            return Err(ImportError::Incomplete {
                problem: format!("its \"postmortems\" is {}, not a list", kind_of(&other)),
            })
        }
        // A single stored envelope: what storage holds and what quarantine keeps.
        (_, Some(doc)) => vec![doc],
    };
    let count = docs.len();
    let mut out: Vec<Postmortem> = Vec::with_capacity(count);
    // Position by id: a 10 MB file can hold tens of thousands of tiny documents, too many
    // to compare pairwise.
    let mut positions: BTreeMap<PostmortemId, usize> = BTreeMap::new();
    for (index, doc) in docs.into_iter().enumerate() {
        let pm = read_doc(version, doc).map_err(|(title, problem)| ImportError::Damaged {
            position: index + 1,
            count,
            title,
            problem,
        })?;
        pm.check_limits()
            .map_err(|problem| ImportError::OverLimit {
                position: index + 1,
                count,
                title: Some(pm.title.trim()).filter(|t| !t.is_empty()).map(quote),
                problem,
            })?;
        if let Some(first) = positions.insert(pm.id.clone(), index + 1) {
            return Err(ImportError::DuplicateId {
                id: quote(pm.id.as_str()),
                first,
                second: index + 1,
            });
        }
        out.push(pm);
    }
    Ok(Backup {
        postmortems: out,
        checklists,
    })
}

/// The checklists of a backup file (`"checklists": [...]`) or of a single stored checklist
/// envelope (`"checklist": {...}`), each read as storage reads it.
fn read_checklists(
    top: &mut serde_json::Map<String, Value>,
    list_key: &str,
) -> Result<Vec<Checklist>, ImportError> {
    let values = match (list_key, top.remove("checklists"), top.remove("checklist")) {
        ("postmortems", Some(Value::Array(list)), _) => list,
        ("postmortems", Some(other), _) => {
            return Err(ImportError::Incomplete {
                problem: format!("its \"checklists\" is {}, not a list", kind_of(&other)),
            })
        }
        ("doc", _, Some(one)) => vec![one],
        _ => Vec::new(),
    };
    let count = values.len();
    let mut seen = BTreeSet::new();
    let mut out = Vec::with_capacity(count);
    for (index, value) in values.iter().enumerate() {
        let name = || {
            let name = value
                .get("name")
                .and_then(Value::as_str)
                .unwrap_or("")
                .trim();
            let name = if name.is_empty() {
                String::new()
            } else {
                format!(" (“{}”)", quote(name))
            };
            format!("checklist {} of {count}{name}", index + 1)
        };
        let checklist =
            schema::read_checklist(value).map_err(|problem| ImportError::Incomplete {
                problem: format!("its {} is not readable ({})", name(), quote_long(&problem)),
            })?;
        if !seen.insert(checklist.id.clone()) {
            return Err(ImportError::Incomplete {
                problem: format!("its {} has the same id as an earlier one", name()),
            });
        }
        out.push(checklist);
    }
    Ok(out)
}

fn syntax_error(e: &serde_json::Error) -> ImportError {
    let (line, column) = (e.line(), e.column());
    let full = e.to_string();
    // serde_json appends the position to its message; we state it ourselves, first.
    let message = full
        .strip_suffix(&format!(" at line {line} column {column}"))
        .unwrap_or(&full);
    let problem = if e.is_eof() {
        "the file ends in the middle of the data (was it cut short?)".to_owned()
    } else if message.starts_with("recursion limit exceeded") {
        "the data is nested too deeply".to_owned()
    } else if message.starts_with("trailing characters") {
        "there is more text after the end of the data".to_owned()
    } else {
        quote_long(message)
    };
    ImportError::NotJson {
        line,
        column,
        problem,
    }
}

fn read_version(version: Option<&Value>) -> Result<u64, ImportError> {
    let Some(version) = version else {
        return Err(ImportError::MissingVersion);
    };
    match version.as_u64() {
        Some(0) | None => Err(ImportError::UnknownVersion {
            found: quote(&version.to_string()),
        }),
        Some(v) if v > CURRENT_VERSION => Err(ImportError::NewerVersion { version: v }),
        Some(v) => Ok(v),
    }
}

/// Validates one document; on failure returns its (shortened) title and the problem.
fn read_doc(version: u64, doc: Value) -> Result<Postmortem, (Option<String>, String)> {
    let title = doc
        .get("title")
        .and_then(Value::as_str)
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(quote);
    let fail = |problem: String| (title.clone(), problem);
    if !doc.is_object() {
        return Err(fail(format!("it is {}, not a post-mortem", kind_of(&doc))));
    }
    schema::read_doc(version, doc).map_err(|problem| {
        fail(match problem {
            DocProblem::Version(e) => e.to_string(),
            DocProblem::Shape(doc, e) => shape_problem(&doc, &e),
            DocProblem::Id(id) => format!(
                "its id “{}” is not valid (ids are 1 to 64 letters, digits, “-” or “_”)",
                quote(&id)
            ),
            DocProblem::Items(e) => e,
        })
    })
}

type Check = fn(&Value) -> Result<(), serde_json::Error>;

fn fits<T: DeserializeOwned>(value: &Value) -> Result<(), serde_json::Error> {
    T::deserialize(value).map(drop)
}

// Instants are read as the documents read them (see `domain::iso`).
fn fits_instant(value: &Value) -> Result<(), serde_json::Error> {
    crate::domain::iso::de_utc(value).map(drop)
}

fn fits_optional_instant(value: &Value) -> Result<(), serde_json::Error> {
    crate::domain::iso::de_utc_opt(value).map(drop)
}

/// Every field of a stored post-mortem, with the check that says which one is wrong on
/// import. Kept complete by the compiler: `every_field_is_checked` names every field of
/// `Postmortem` without `..`, so a new field does not compile until it is added there and
/// (the comment beside it says) here; a test compares this list with what serde writes.
const DOC_FIELDS: [(&str, Check); 19] = [
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
fn every_field_is_checked(pm: &Postmortem) {
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
fn shape_problem(doc: &Value, whole: &serde_json::Error) -> String {
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

fn kind_of(value: &Value) -> &'static str {
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
fn quote(text: &str) -> String {
    crate::text::shorten(text, QUOTE_CHARS)
}

/// A parser message, which may itself quote the file at length ("unknown variant `…`").
fn quote_long(text: &str) -> String {
    crate::text::shorten(text, 4 * QUOTE_CHARS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_stored_field_has_a_check_and_every_check_a_field() {
        let mut pm = crate::domain::worked_example(
            PostmortemId("all-fields".into()),
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
