//! What can be wrong with a file offered for import, in words written for the user.

use super::schema::CURRENT_VERSION;
use super::MAX_IMPORT_BYTES;

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

pub(super) const MEGABYTE: usize = 1024 * 1024;

/// Bytes as megabytes with one decimal, rounded *up* so a file just over the limit never
/// reads as exactly the limit ("10.0 MB; the limit is 10 MB").
pub(super) fn megabytes(bytes: usize) -> String {
    // In u64: on wasm32 `usize` is 32 bits and `bytes * 10` could overflow.
    let tenths = (bytes as u64 * 10).div_ceil(MEGABYTE as u64);
    format!("{}.{}", tenths / 10, tenths % 10)
}
