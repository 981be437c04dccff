//! A post-mortem's facts: adding, editing, ordering and removing them.

use chrono::NaiveDateTime;

use crate::domain::time::{Zone, ZoneRules};
use crate::domain::{Direction, Fact, FactKind, ItemId};

use super::Postmortem;

impl Postmortem {
    /// Appends a fact and returns its id.
    pub fn add_fact(&mut self, text: impl Into<String>) -> ItemId {
        let id = self.take_id();
        self.facts.push(Fact {
            id,
            text: text.into(),
            when: None,
            zone: None,
            source: String::new(),
            kind: None,
        });
        id
    }

    /// The zone a new fact starts in: the last fact's, since facts are mostly written in
    /// order from one tool after another; else the report's zone; else `None` (the
    /// browser's). Only a zone `rules` know: a typo copied into every new fact would take
    /// each of them off the timeline.
    pub fn zone_for_new_fact(&self, rules: &dyn ZoneRules) -> Option<String> {
        let known = |z: &&str| !z.is_empty() && Zone::parse(z, rules).is_some();
        self.facts
            .iter()
            .rev()
            .find_map(|f| f.zone.as_deref().map(str::trim).filter(known))
            .or(self.writeup.report_zone.as_deref().filter(known))
            .map(str::to_owned)
    }

    /// The fact with this id.
    pub fn fact(&self, id: ItemId) -> Option<&Fact> {
        self.facts.iter().find(|f| f.id == id)
    }

    fn fact_mut(&mut self, id: ItemId) -> Option<&mut Fact> {
        self.facts.iter_mut().find(|f| f.id == id)
    }

    /// Changes what a fact says.
    pub fn set_fact_text(&mut self, id: ItemId, text: impl Into<String>) {
        if let Some(fact) = self.fact_mut(id) {
            fact.text = text.into();
        }
    }

    /// Changes (or clears) when a fact happened.
    pub fn set_fact_when(&mut self, id: ItemId, when: Option<NaiveDateTime>) {
        if let Some(fact) = self.fact_mut(id) {
            fact.when = when;
        }
    }

    /// Changes (or clears) the time zone a fact's time was recorded in.
    pub fn set_fact_zone(&mut self, id: ItemId, zone: Option<String>) {
        if let Some(fact) = self.fact_mut(id) {
            fact.zone = zone.map(|z| z.trim().to_owned()).filter(|z| !z.is_empty());
        }
    }

    /// Changes where a fact comes from.
    pub fn set_fact_source(&mut self, id: ItemId, source: impl Into<String>) {
        if let Some(fact) = self.fact_mut(id) {
            fact.source = source.into();
        }
    }

    /// Changes (or clears) what part of the incident a fact records.
    pub fn set_fact_kind(&mut self, id: ItemId, kind: Option<FactKind>) {
        if let Some(fact) = self.fact_mut(id) {
            fact.kind = kind;
        }
    }

    /// Moves a fact one place up or down; does nothing at either end.
    pub fn move_fact(&mut self, id: ItemId, direction: Direction) {
        let Some(index) = self.facts.iter().position(|f| f.id == id) else {
            return;
        };
        let other = match direction {
            Direction::Up => index.checked_sub(1),
            Direction::Down => Some(index + 1).filter(|i| *i < self.facts.len()),
        };
        if let Some(other) = other {
            self.facts.swap(index, other);
        }
    }

    /// Puts the facts in the order of `order` (ids); facts it does not name keep their
    /// order after those it does. Numbers follow the list, so this is how facts get
    /// numbered in the order they happened ([`super::Timeline::time_order`]).
    pub fn reorder_facts(&mut self, order: &[ItemId]) {
        // (id, place) sorted by id, so each fact's place is a binary search away.
        let mut places: Vec<(ItemId, usize)> =
            order.iter().enumerate().map(|(i, id)| (*id, i)).collect();
        crate::sort::sort_by(&mut places, Ord::cmp);
        let rank = |id: ItemId| {
            places
                .binary_search_by(|(p, _)| p.cmp(&id))
                .map_or(order.len(), |k| places[k].1)
        };
        crate::sort::sort_by(&mut self.facts, |a, b| rank(a.id).cmp(&rank(b.id)));
    }

    /// Removes a fact, and with it every cause's link to it.
    pub fn remove_fact(&mut self, id: ItemId) -> Option<Fact> {
        let index = self.facts.iter().position(|f| f.id == id)?;
        for cause in &mut self.causes {
            cause.evidence.retain(|f| *f != id);
        }
        Some(self.facts.remove(index))
    }
}
