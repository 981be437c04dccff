//! Errors the user is told about, each with a message written for them.

use std::fmt;

/// Something went wrong that the user must know about.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum AppError {
    /// The browser does not let us use local storage (disabled, private mode).
    StorageUnavailable,
    /// The browser's storage for this site is full.
    QuotaExceeded,
    /// Saving failed for another reason.
    SaveFailed(String),
    /// A stored value could not be read; it was kept aside under `kept_as` when possible.
    Unreadable {
        /// The key it was found under.
        key: String,
        /// Why it could not be read.
        reason: String,
        /// Where it was kept aside, if that worked.
        kept_as: Option<String>,
    },
    /// The download could not be started.
    DownloadFailed(String),
    /// The clipboard refused the text.
    CopyFailed(String),
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            AppError::StorageUnavailable => f.write_str(
                "This browser does not let Hindsight save (storage is disabled or in private mode). \
                 You can keep working, but changes are lost when you close the tab: export them from Review.",
            ),
            AppError::QuotaExceeded => f.write_str(
                "The browser's storage for Hindsight is full, so your latest changes are not saved yet. \
                 They are kept in this tab and saving is retried; export from Review to be safe, \
                 then delete post-mortems you no longer need and empty the trash on the home page \
                 (what is in the trash still takes space).",
            ),
            AppError::SaveFailed(reason) => write!(
                f,
                "Your latest changes could not be saved ({reason}). They are kept in this tab and saving is retried."
            ),
            AppError::Unreadable { key, reason, kept_as } => {
                let what = if key.starts_with(crate::persist::schema::CHECKLIST_PREFIX) {
                    "playbook checklist"
                } else {
                    "post-mortem"
                };
                match kept_as {
                    Some(kept) => write!(
                        f,
                        "A stored {what} could not be read because {reason}. It was not deleted: it is kept as “{kept}”."
                    ),
                    None => write!(
                        f,
                        "A stored {what} could not be read because {reason}. It was left untouched under “{key}”."
                    ),
                }
            }
            AppError::DownloadFailed(reason) => write!(f, "The download could not be started ({reason})."),
            AppError::CopyFailed(reason) => write!(
                f,
                "The Markdown could not be copied ({reason}). Use “Download Markdown” instead."
            ),
        }
    }
}
