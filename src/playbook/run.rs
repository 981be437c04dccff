//! Runs of a checklist: each check ticked done, skipped (with why) or failed (with a
//! note), saved as it goes, finished when every check has an answer, and kept as a record.

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

use super::{CheckItem, Uid};

/// One run of a checklist, e.g. before "Spring sale 2027".
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Run {
    /// Unique in its checklist.
    pub id: Uid,
    /// What it was run for.
    pub name: String,
    /// When it started.
    #[serde(deserialize_with = "crate::domain::iso::de_utc")]
    pub started_at: DateTime<Utc>,
    /// When it was finished; `None` while it is going on.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::domain::iso::de_utc_opt"
    )]
    pub finished_at: Option<DateTime<Utc>>,
    /// One answer per check, in the checklist's order when the run started.
    pub results: Vec<RunResult>,
}

/// The answer to one check in a run.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct RunResult {
    /// The checklist item.
    pub item: Uid,
    /// The check as it read when the run started: the record stays true when the item is
    /// later reworded or retired.
    pub check: String,
    /// The answer; `None` until given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outcome: Option<Outcome>,
    /// Why it was skipped, or what failed.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub note: String,
    /// When the answer was given.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::domain::iso::de_utc_opt"
    )]
    pub at: Option<DateTime<Utc>>,
}

/// How a check went.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Outcome {
    /// Checked and fine.
    Done,
    /// Not checked this time (the note says why).
    Skipped,
    /// Checked and not fine (the note says what).
    Failed,
}

impl Outcome {
    /// Every outcome, in the order offered.
    pub const ALL: [Outcome; 3] = [Outcome::Done, Outcome::Skipped, Outcome::Failed];

    /// What the user sees.
    pub fn label(self) -> &'static str {
        match self {
            Outcome::Done => "Done",
            Outcome::Skipped => "Skipped",
            Outcome::Failed => "Failed",
        }
    }

    /// What the note is for, when this outcome asks for one.
    pub fn note_label(self) -> Option<&'static str> {
        match self {
            Outcome::Done => None,
            Outcome::Skipped => Some("Why it was skipped"),
            Outcome::Failed => Some("What failed"),
        }
    }
}

impl RunResult {
    /// An unanswered check of `item`.
    pub fn of(item: &CheckItem) -> Self {
        Self {
            item: item.id.clone(),
            check: item.check.trim().to_owned(),
            outcome: None,
            note: String::new(),
            at: None,
        }
    }

    /// What is missing before the run can be finished, if anything.
    pub fn missing(&self) -> Option<&'static str> {
        match self.outcome {
            None => Some("not answered yet"),
            Some(o) if o != Outcome::Done && self.note.trim().is_empty() => match o {
                Outcome::Skipped => Some("skipped without saying why"),
                _ => Some("failed without a note on what failed"),
            },
            Some(_) => None,
        }
    }
}

/// How many checks of a run had each answer.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Tally {
    /// Done.
    pub done: usize,
    /// Skipped.
    pub skipped: usize,
    /// Failed.
    pub failed: usize,
    /// Not answered yet.
    pub open: usize,
}

impl std::fmt::Display for Tally {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} done, {} skipped, {} failed",
            self.done, self.skipped, self.failed
        )?;
        if self.open > 0 {
            write!(f, ", {} to do", self.open)?;
        }
        Ok(())
    }
}

impl Run {
    /// Whether it is finished.
    pub fn is_finished(&self) -> bool {
        self.finished_at.is_some()
    }

    /// Whether nothing has been answered or noted yet.
    pub fn is_untouched(&self) -> bool {
        self.results
            .iter()
            .all(|r| r.outcome.is_none() && r.note.trim().is_empty())
    }

    /// The name to show.
    pub fn display_name(&self) -> &str {
        crate::text::or_placeholder(&self.name, "Unnamed run")
    }

    /// The answer to the check of `item`.
    pub fn result(&self, item: &Uid) -> Option<&RunResult> {
        self.results.iter().find(|r| &r.item == item)
    }

    fn result_mut(&mut self, item: &Uid) -> Option<&mut RunResult> {
        self.results.iter_mut().find(|r| &r.item == item)
    }

    /// Answers a check (or clears the answer with `None`).
    pub fn set_outcome(&mut self, item: &Uid, outcome: Option<Outcome>, now: DateTime<Utc>) {
        if let Some(result) = self.result_mut(item) {
            result.outcome = outcome;
            result.at = outcome.map(|_| now);
        }
    }

    /// Sets why a check was skipped, or what failed.
    pub fn set_note(&mut self, item: &Uid, note: impl Into<String>) {
        if let Some(result) = self.result_mut(item) {
            result.note = note.into();
        }
    }

    /// Renames the run.
    pub fn rename(&mut self, name: impl Into<String>) {
        self.name = name.into();
    }

    /// The count of each answer.
    pub fn tally(&self) -> Tally {
        let mut tally = Tally::default();
        for result in &self.results {
            match result.outcome {
                None => tally.open += 1,
                Some(Outcome::Done) => tally.done += 1,
                Some(Outcome::Skipped) => tally.skipped += 1,
                Some(Outcome::Failed) => tally.failed += 1,
            }
        }
        tally
    }

    /// What stops the run being finished, one line per check ("2. … — not answered yet").
    pub fn blockers(&self) -> Vec<String> {
        self.results
            .iter()
            .enumerate()
            .filter_map(|(i, r)| {
                r.missing().map(|why| {
                    format!("{}. “{}”: {why}", i + 1, crate::text::shorten(&r.check, 50))
                })
            })
            .collect()
    }

    /// Finishes the run, once every check has its answer (and a note where one is due).
    pub fn finish(&mut self, now: DateTime<Utc>) -> Result<(), Vec<String>> {
        let blockers = self.blockers();
        if !blockers.is_empty() {
            return Err(blockers);
        }
        self.finished_at = Some(now);
        Ok(())
    }

    /// Opens a finished run again (to correct an answer).
    pub fn reopen(&mut self) {
        self.finished_at = None;
    }
}
