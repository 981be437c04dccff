//! Backup files: exporting post-mortems and the playbook's checklists as one JSON file, and
//! importing such a file (or a single stored envelope) only after validating all of it,
//! then planning and applying what it adds, replaces or merges (plan.rs). What can be wrong
//! with a file is worded in error.rs, and which field of a post-mortem is wrong is found in
//! shape.rs. Pure: the browser side only reads the file and saves the result.

use std::collections::{BTreeMap, BTreeSet};

use chrono::{DateTime, Utc};
use serde::Serialize;
use serde_json::Value;

mod error;
mod plan;
mod shape;

pub use error::ImportError;
pub use plan::*;
use shape::{kind_of, quote, quote_long, shape_problem};

use super::schema::{self, DocProblem, CURRENT_VERSION};
use crate::domain::{Postmortem, PostmortemId};
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
