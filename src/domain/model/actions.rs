//! A post-mortem's actions: owner, due date, status, verification and the causes they remove.

use chrono::NaiveDate;

use crate::domain::{Action, ActionKind, ActionStatus, ItemId, Priority, Verification};

use super::{set_link, Postmortem};

impl Postmortem {
    /// Appends an action and returns its id.
    pub fn add_action(&mut self, description: impl Into<String>) -> ItemId {
        let id = self.take_id();
        self.actions.push(Action {
            id,
            description: description.into(),
            owner: String::new(),
            due: None,
            status: ActionStatus::Open,
            causes: Vec::new(),
            kind: None,
            priority: Priority::Medium,
            status_reason: String::new(),
            verified: None,
        });
        id
    }

    /// The action with this id.
    pub fn action(&self, id: ItemId) -> Option<&Action> {
        self.actions.iter().find(|a| a.id == id)
    }

    fn action_mut(&mut self, id: ItemId) -> Option<&mut Action> {
        self.actions.iter_mut().find(|a| a.id == id)
    }

    /// Changes what an action will do.
    pub fn set_action_description(&mut self, id: ItemId, text: impl Into<String>) {
        if let Some(action) = self.action_mut(id) {
            action.description = text.into();
        }
    }

    /// Changes who owns an action.
    pub fn set_action_owner(&mut self, id: ItemId, owner: impl Into<String>) {
        if let Some(action) = self.action_mut(id) {
            action.owner = owner.into();
        }
    }

    /// Changes (or clears) an action's due date.
    pub fn set_action_due(&mut self, id: ItemId, due: Option<NaiveDate>) {
        if let Some(action) = self.action_mut(id) {
            action.due = due;
        }
    }

    /// Marks an action open or done.
    pub fn set_action_status(&mut self, id: ItemId, status: ActionStatus) {
        if let Some(action) = self.action_mut(id) {
            action.status = status;
        }
    }

    /// Records that a done action was checked to work, how and when; refused (with the
    /// reason, for the user) unless the action is done and the note says how.
    pub fn verify_action(&mut self, id: ItemId, on: NaiveDate, note: &str) -> Result<(), String> {
        let note = note.trim();
        let action = self
            .action_mut(id)
            .ok_or("That action is no longer here.")?;
        if action.status != ActionStatus::Done {
            return Err("Only a done action can be verified: mark it done first.".into());
        }
        if note.is_empty() {
            return Err("Say how it was checked, e.g. “test order placed with every code”.".into());
        }
        action.verified = Some(Verification {
            on,
            note: note.to_owned(),
        });
        Ok(())
    }

    /// Withdraws an action's verification (it turned out not to hold).
    pub fn unverify_action(&mut self, id: ItemId) {
        if let Some(action) = self.action_mut(id) {
            action.verified = None;
        }
    }

    /// Done actions not verified yet: closing the post-mortem waits for them.
    pub fn unverified_actions(&self) -> impl Iterator<Item = (usize, &Action)> {
        self.actions
            .iter()
            .enumerate()
            .filter(|(_, a)| !a.description.trim().is_empty() && a.awaits_verification())
    }

    /// Records why an action will not be done.
    pub fn set_action_status_reason(&mut self, id: ItemId, reason: impl Into<String>) {
        if let Some(action) = self.action_mut(id) {
            action.status_reason = reason.into();
        }
    }

    /// Changes (or clears) what an action does about its causes.
    pub fn set_action_kind(&mut self, id: ItemId, kind: Option<ActionKind>) {
        if let Some(action) = self.action_mut(id) {
            action.kind = kind;
        }
    }

    /// Changes how soon an action matters.
    pub fn set_action_priority(&mut self, id: ItemId, priority: Priority) {
        if let Some(action) = self.action_mut(id) {
            action.priority = priority;
        }
    }

    /// Whether an action is past its due date and not finished.
    pub fn is_overdue(action: &Action, today: NaiveDate) -> bool {
        !action.status.is_finished() && action.due.is_some_and(|due| due < today)
    }

    /// Links or unlinks a cause that an action addresses. Unknown causes are ignored.
    pub fn set_action_cause(&mut self, action_id: ItemId, cause_id: ItemId, linked: bool) {
        if self.cause(cause_id).is_none() {
            return;
        }
        if let Some(action) = self.action_mut(action_id) {
            set_link(&mut action.causes, cause_id, linked);
        }
    }

    /// Removes an action.
    pub fn remove_action(&mut self, id: ItemId) -> Option<Action> {
        let index = self.actions.iter().position(|a| a.id == id)?;
        Some(self.actions.remove(index))
    }

    /// How many agreed actions (with a description) are not finished yet: closing the
    /// post-mortem with any of them asks first.
    pub fn open_actions(&self) -> usize {
        self.actions
            .iter()
            .filter(|a| !a.description.trim().is_empty() && !a.status.is_finished())
            .count()
    }

    /// The actions that address a cause.
    pub fn actions_for(&self, cause_id: ItemId) -> impl Iterator<Item = &Action> {
        self.actions
            .iter()
            .filter(move |a| a.causes.contains(&cause_id))
    }
}
