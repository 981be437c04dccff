//! A post-mortem's causes: their statement, kind, whys and the facts that show them.

use crate::domain::{Category, Cause, CauseKind, ItemId};

use super::{set_link, Postmortem};

impl Postmortem {
    /// Appends a cause and returns its id.
    pub fn add_cause(&mut self, statement: impl Into<String>) -> ItemId {
        let id = self.take_id();
        // The first cause is usually the one being dug into: the root.
        let kind = if self.causes.iter().any(|c| c.kind == CauseKind::Root) {
            CauseKind::Contributing
        } else {
            CauseKind::Root
        };
        self.causes.push(Cause {
            id,
            statement: statement.into(),
            whys: Vec::new(),
            evidence: Vec::new(),
            kind,
            category: None,
            no_action_reason: None,
        });
        id
    }

    /// The cause with this id.
    pub fn cause(&self, id: ItemId) -> Option<&Cause> {
        self.causes.iter().find(|c| c.id == id)
    }

    fn cause_mut(&mut self, id: ItemId) -> Option<&mut Cause> {
        self.causes.iter_mut().find(|c| c.id == id)
    }

    /// Changes a cause's statement.
    pub fn set_cause_statement(&mut self, id: ItemId, statement: impl Into<String>) {
        if let Some(cause) = self.cause_mut(id) {
            cause.statement = statement.into();
        }
    }

    /// Marks a cause root or contributing.
    pub fn set_cause_kind(&mut self, id: ItemId, kind: CauseKind) {
        if let Some(cause) = self.cause_mut(id) {
            cause.kind = kind;
        }
    }

    /// Changes (or clears) where in the system a cause lies.
    pub fn set_cause_category(&mut self, id: ItemId, category: Option<Category>) {
        if let Some(cause) = self.cause_mut(id) {
            cause.category = category;
        }
    }

    /// Records (or withdraws, with `None`) a deliberate decision to take no action on a cause.
    pub fn set_no_action_reason(&mut self, id: ItemId, reason: Option<String>) {
        if let Some(cause) = self.cause_mut(id) {
            cause.no_action_reason = reason;
        }
    }

    /// Asks "why?" once more: appends an empty answer to the cause's chain.
    pub fn add_why(&mut self, id: ItemId) {
        if let Some(cause) = self.cause_mut(id) {
            cause.whys.push(String::new());
        }
    }

    /// Changes one answer in a cause's why-chain.
    pub fn set_why(&mut self, id: ItemId, index: usize, text: impl Into<String>) {
        if let Some(why) = self.cause_mut(id).and_then(|c| c.whys.get_mut(index)) {
            *why = text.into();
        }
    }

    /// Puts an answer back into a cause's why-chain at `index` (or at its end, if it has
    /// since grown shorter). False when the cause is gone or its chain is full.
    pub fn insert_why(&mut self, id: ItemId, index: usize, text: impl Into<String>) -> bool {
        match self.cause_mut(id) {
            Some(cause) if cause.whys.len() < crate::domain::limits::WHYS => {
                let at = index.min(cause.whys.len());
                cause.whys.insert(at, text.into());
                true
            }
            _ => false,
        }
    }

    /// Removes one answer from a cause's why-chain.
    pub fn remove_why(&mut self, id: ItemId, index: usize) {
        if let Some(cause) = self.cause_mut(id) {
            if index < cause.whys.len() {
                cause.whys.remove(index);
            }
        }
    }

    /// Links or unlinks a fact as evidence for a cause. Unknown facts are ignored so a
    /// link can never point at nothing.
    pub fn set_evidence(&mut self, cause_id: ItemId, fact_id: ItemId, linked: bool) {
        if self.fact(fact_id).is_none() {
            return;
        }
        if let Some(cause) = self.cause_mut(cause_id) {
            set_link(&mut cause.evidence, fact_id, linked);
        }
    }

    /// Removes a cause, and with it every action's link to it.
    pub fn remove_cause(&mut self, id: ItemId) -> Option<Cause> {
        let index = self.causes.iter().position(|c| c.id == id)?;
        for action in &mut self.actions {
            action.causes.retain(|c| *c != id);
        }
        Some(self.causes.remove(index))
    }
}
