//! Taking an item out of a post-mortem together with the links that pointed at it, and
//! putting both back: what the editor's "Undo" after "Remove" restores. A removal used to be
//! final at one click, and the causes citing a removed fact (or the actions addressing a
//! removed cause) silently lost the link.

use super::Postmortem;
use crate::domain::limits::ItemList;
use crate::domain::{Action, Cause, Fact, ItemId, Listed};

/// An item taken out, where it stood, and each link that pointed at it: the linking item's
/// id and the link's place in its list. (No `Debug`: the notice that holds it would pull
/// the items' whole `Debug` code into the download.)
#[derive(Clone, PartialEq, Eq)]
pub enum Removed {
    /// A fact, and the causes that cited it as evidence.
    Fact {
        index: usize,
        fact: Fact,
        cited_by: Vec<(ItemId, usize)>,
    },
    /// A cause, and the actions that addressed it.
    Cause {
        index: usize,
        cause: Cause,
        addressed_by: Vec<(ItemId, usize)>,
    },
    /// An action (nothing links to an action within the post-mortem).
    Action { index: usize, action: Action },
}

impl Removed {
    /// The list it came from.
    pub fn list(&self) -> ItemList {
        match self {
            Removed::Fact { .. } => ItemList::Facts,
            Removed::Cause { .. } => ItemList::Causes,
            Removed::Action { .. } => ItemList::Actions,
        }
    }

    /// Its id, the same once it is put back.
    pub fn id(&self) -> ItemId {
        match self {
            Removed::Fact { fact, .. } => fact.id,
            Removed::Cause { cause, .. } => cause.id,
            Removed::Action { action, .. } => action.id,
        }
    }

    /// Where it stood in its list.
    pub fn index(&self) -> usize {
        match self {
            Removed::Fact { index, .. }
            | Removed::Cause { index, .. }
            | Removed::Action { index, .. } => *index,
        }
    }

    /// What the user called it, in the words of the notice: "fact 5".
    pub fn name(&self) -> String {
        let name = match self {
            Removed::Fact { index, .. } => Fact::name(*index),
            Removed::Cause { index, .. } => Cause::name(*index),
            Removed::Action { index, .. } => Action::name(*index),
        };
        name.to_lowercase()
    }

    /// How many links went with it.
    pub fn links(&self) -> usize {
        match self {
            Removed::Fact { cited_by: l, .. }
            | Removed::Cause {
                addressed_by: l, ..
            } => l.len(),
            Removed::Action { .. } => 0,
        }
    }
}

/// Finds `id` in each list of links, with its place there.
fn linked_from<'a>(
    id: ItemId,
    lists: impl Iterator<Item = (ItemId, &'a Vec<ItemId>)>,
) -> Vec<(ItemId, usize)> {
    lists
        .filter_map(|(owner, links)| links.iter().position(|l| *l == id).map(|at| (owner, at)))
        .collect()
}

/// Puts `id` back into each list of links it was taken from, at its place (or the end).
fn relink<'a>(
    id: ItemId,
    links: &[(ItemId, usize)],
    lists: impl Iterator<Item = (ItemId, &'a mut Vec<ItemId>)>,
) {
    for (owner, list) in lists {
        if let Some(&(_, at)) = links.iter().find(|(o, _)| *o == owner) {
            if !list.contains(&id) {
                list.insert(at.min(list.len()), id);
            }
        }
    }
}

/// The item at `at` in `list`, or the one before it when `at` is past the end.
fn at_or_before<T: Listed>(list: &[T], at: usize) -> Option<ItemId> {
    list.get(at)
        .or_else(|| at.checked_sub(1).and_then(|p| list.get(p)))
        .map(Listed::id)
}

impl Postmortem {
    /// The item now in the place of `removed` (the one after it), or the one before it when
    /// it was last; `None` once its list is empty.
    pub fn in_place_of(&self, removed: &Removed) -> Option<ItemId> {
        let at = removed.index();
        match removed.list() {
            ItemList::Facts => at_or_before(&self.facts, at),
            ItemList::Causes => at_or_before(&self.causes, at),
            ItemList::Actions => at_or_before(&self.actions, at),
        }
    }

    /// Removes an item with the links that pointed at it, and returns what Undo needs to
    /// put it all back.
    pub fn take_out(&mut self, list: ItemList, id: ItemId) -> Option<Removed> {
        match list {
            ItemList::Facts => {
                let index = self.facts.iter().position(|f| f.id == id)?;
                let cited_by = linked_from(id, self.causes.iter().map(|c| (c.id, &c.evidence)));
                let fact = self.remove_fact(id)?;
                Some(Removed::Fact {
                    index,
                    fact,
                    cited_by,
                })
            }
            ItemList::Causes => {
                let index = self.causes.iter().position(|c| c.id == id)?;
                let addressed_by = linked_from(id, self.actions.iter().map(|a| (a.id, &a.causes)));
                let cause = self.remove_cause(id)?;
                Some(Removed::Cause {
                    index,
                    cause,
                    addressed_by,
                })
            }
            ItemList::Actions => {
                let index = self.actions.iter().position(|a| a.id == id)?;
                let action = self.remove_action(id)?;
                Some(Removed::Action { index, action })
            }
        }
    }

    /// Puts a removed item back where it stood, with each link whose item is still here;
    /// edits made since are kept. False, changing nothing, when it is back already or its
    /// list is full (a post-mortem over the limits could not be imported from its backup).
    pub fn put_back(&mut self, removed: &Removed) -> bool {
        let id = removed.id();
        let here = match removed {
            Removed::Fact { .. } => self.fact(id).is_some(),
            Removed::Cause { .. } => self.cause(id).is_some(),
            Removed::Action { .. } => self.action(id).is_some(),
        };
        if here || !self.can_add(removed.list()) {
            return false;
        }
        match removed {
            Removed::Fact {
                index,
                fact,
                cited_by,
            } => {
                self.facts
                    .insert((*index).min(self.facts.len()), fact.clone());
                relink(
                    id,
                    cited_by,
                    self.causes.iter_mut().map(|c| (c.id, &mut c.evidence)),
                );
            }
            Removed::Cause {
                index,
                cause,
                addressed_by,
            } => {
                self.causes
                    .insert((*index).min(self.causes.len()), cause.clone());
                relink(
                    id,
                    addressed_by,
                    self.actions.iter_mut().map(|a| (a.id, &mut a.causes)),
                );
            }
            Removed::Action { index, action } => {
                self.actions
                    .insert((*index).min(self.actions.len()), action.clone());
            }
        }
        true
    }
}

#[cfg(test)]
#[allow(clippy::unwrap_used)]
mod tests {
    use super::*;
    use crate::domain::PostmortemId;
    use chrono::{TimeZone, Utc};

    fn pm() -> Postmortem {
        let now = Utc.with_ymd_and_hms(2026, 11, 30, 12, 0, 0).unwrap();
        Postmortem::new(PostmortemId("p".into()), "T", now)
    }

    #[test]
    fn a_removed_fact_comes_back_in_its_place_with_the_causes_that_cited_it() {
        let mut doc = pm();
        let (f1, f2, f3) = (
            doc.add_fact("one"),
            doc.add_fact("two"),
            doc.add_fact("three"),
        );
        let (c1, c2) = (doc.add_cause("c1"), doc.add_cause("c2"));
        doc.set_evidence(c1, f2, true);
        doc.set_evidence(c1, f3, true);
        doc.set_evidence(c2, f1, true);
        doc.set_evidence(c2, f2, true);
        let before = doc.clone();
        let removed = doc.take_out(ItemList::Facts, f2).unwrap();
        assert_eq!(removed.name(), "fact 2");
        // The keyboard goes to the fact now in its place, or the one before the last.
        assert_eq!(doc.in_place_of(&removed), Some(f3));
        let mut last = doc.clone();
        let gone = last.take_out(ItemList::Facts, f3).unwrap();
        assert_eq!(last.in_place_of(&gone), Some(f1));
        let only = last.take_out(ItemList::Facts, f1).unwrap();
        assert_eq!(last.in_place_of(&only), None);
        assert_eq!(removed.links(), 2);
        assert!(doc.fact(f2).is_none());
        assert_eq!(doc.cause(c1).unwrap().evidence, [f3]);
        // An edit made meanwhile stays; the fact and both links come back where they were.
        doc.set_fact_text(f3, "three, edited");
        assert!(doc.put_back(&removed));
        let ids: Vec<ItemId> = doc.facts.iter().map(|f| f.id).collect();
        assert_eq!(ids, [f1, f2, f3]);
        assert_eq!(
            doc.cause(c1).unwrap().evidence,
            before.cause(c1).unwrap().evidence
        );
        assert_eq!(
            doc.cause(c2).unwrap().evidence,
            before.cause(c2).unwrap().evidence
        );
        assert_eq!(doc.fact(f3).unwrap().text, "three, edited");
        // Twice is once.
        assert!(!doc.put_back(&removed));
        assert_eq!(doc.facts.len(), 3);
        doc.check_ids().unwrap();
    }

    #[test]
    fn a_removed_cause_comes_back_with_its_actions_links_and_an_action_with_its_own() {
        let mut doc = pm();
        let f = doc.add_fact("f");
        let (c1, c2) = (doc.add_cause("c1"), doc.add_cause("c2"));
        doc.set_evidence(c1, f, true);
        doc.add_why(c1);
        let a = doc.add_action("a");
        doc.set_action_cause(a, c2, true);
        doc.set_action_cause(a, c1, true);
        let before = doc.clone();
        let removed = doc.take_out(ItemList::Causes, c1).unwrap();
        assert!(doc.action(a).unwrap().causes.iter().all(|c| *c != c1));
        // A link whose action is gone meanwhile is simply not restored.
        assert!(doc.put_back(&removed));
        assert_eq!(doc, before);
        let action = doc.take_out(ItemList::Actions, a).unwrap();
        assert_eq!(action.name(), "action 1");
        assert!(doc.put_back(&action));
        assert_eq!(doc, before);
        let gone = doc.take_out(ItemList::Causes, c2).unwrap();
        doc.take_out(ItemList::Actions, a).unwrap();
        assert!(doc.put_back(&gone));
        assert!(doc.cause(c2).is_some());
    }

    #[test]
    fn nothing_comes_back_into_a_full_list() {
        let mut doc = pm();
        let f = doc.add_fact("first");
        let removed = doc.take_out(ItemList::Facts, f).unwrap();
        while doc.can_add(ItemList::Facts) {
            doc.add_fact("x");
        }
        assert!(!doc.put_back(&removed));
        assert!(doc.fact(f).is_none());
    }
}
