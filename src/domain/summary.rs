//! What the home list shows of each post-mortem, and its order.

use chrono::{DateTime, Utc};

use super::{Postmortem, PostmortemId, Status};

/// What the home list shows of a post-mortem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// Which post-mortem.
    pub id: PostmortemId,
    /// Its title (never blank).
    pub title: String,
    /// Its status.
    pub status: Status,
    /// When its content last changed.
    pub updated_at: DateTime<Utc>,
    /// How many facts.
    pub facts: usize,
    /// How many causes.
    pub causes: usize,
    /// How many actions.
    pub actions: usize,
    /// A copy of the worked example.
    pub example: bool,
}

/// Orders summaries newest first (ties by id, so the order is stable).
pub fn sort_newest_first(list: &mut Vec<Summary>) {
    crate::sort::sort_by(list, |a, b| {
        b.updated_at.cmp(&a.updated_at).then(a.id.cmp(&b.id))
    });
}

impl Postmortem {
    /// Figures for the home list.
    pub fn summary(&self) -> Summary {
        Summary {
            id: self.id.clone(),
            title: self.display_title().to_owned(),
            status: self.status,
            updated_at: self.updated_at,
            facts: self.facts.len(),
            causes: self.causes.len(),
            actions: self.actions.len(),
            example: self.example,
        }
    }
}
