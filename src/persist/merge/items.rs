//! Merging the three lists of items (facts, causes, actions) by id: what changed on one
//! side only is taken, an item changed on both sides or removed on one and changed on the
//! other is a conflict, and ids both sides added are renumbered so neither is lost.

use std::collections::{BTreeMap, BTreeSet};

use crate::sort::CollectOrdered;

use super::{quoted, Conflict, ConflictItem, Side, Version};
use crate::domain::{format_wall, Action, Cause, Fact, ItemId, Listed, Postmortem};

/// What merging needs of an item beyond [`Listed`] (its id and its list).
pub(super) trait Item: Listed {
    fn set_id(&mut self, id: ItemId);
    /// Rewrites links through `map` (ids not in it are kept).
    fn remap_links(&mut self, map: &BTreeMap<ItemId, ItemId>);
    /// The item without its links to `removed` ids.
    fn without_links_to(&self, removed: &BTreeSet<ItemId>) -> Self;
    fn conflict_item(id: ItemId) -> ConflictItem;
    fn version(item: Option<Self>) -> Version;
    fn summary(&self) -> String;
}

impl Item for Fact {
    fn set_id(&mut self, id: ItemId) {
        self.id = id;
    }
    fn remap_links(&mut self, _: &BTreeMap<ItemId, ItemId>) {}
    fn without_links_to(&self, _: &BTreeSet<ItemId>) -> Self {
        self.clone()
    }
    fn conflict_item(id: ItemId) -> ConflictItem {
        ConflictItem::Fact(id)
    }
    fn version(item: Option<Self>) -> Version {
        Version::Fact(item)
    }
    fn summary(&self) -> String {
        match self.when {
            Some(when) => format!("{} {}", format_wall(&when), quoted(&self.text)),
            None => quoted(&self.text),
        }
    }
}

impl Item for Cause {
    fn set_id(&mut self, id: ItemId) {
        self.id = id;
    }
    fn remap_links(&mut self, map: &BTreeMap<ItemId, ItemId>) {
        remap(&mut self.evidence, map);
    }
    fn without_links_to(&self, removed: &BTreeSet<ItemId>) -> Self {
        let mut cause = self.clone();
        cause.evidence.retain(|id| !removed.contains(id));
        cause
    }
    fn conflict_item(id: ItemId) -> ConflictItem {
        ConflictItem::Cause(id)
    }
    fn version(item: Option<Self>) -> Version {
        Version::Cause(item)
    }
    fn summary(&self) -> String {
        quoted(&self.statement)
    }
}

impl Item for Action {
    fn set_id(&mut self, id: ItemId) {
        self.id = id;
    }
    fn remap_links(&mut self, map: &BTreeMap<ItemId, ItemId>) {
        remap(&mut self.causes, map);
    }
    fn without_links_to(&self, removed: &BTreeSet<ItemId>) -> Self {
        let mut action = self.clone();
        action.causes.retain(|id| !removed.contains(id));
        action
    }
    fn conflict_item(id: ItemId) -> ConflictItem {
        ConflictItem::Action(id)
    }
    fn version(item: Option<Self>) -> Version {
        Version::Action(item)
    }
    fn summary(&self) -> String {
        let owner = match self.owner.trim() {
            "" => String::new(),
            owner => format!("{}, ", crate::text::shorten(owner, 30)),
        };
        format!(
            "{} ({owner}{})",
            quoted(&self.description),
            self.status.label()
        )
    }
}

fn remap(links: &mut [ItemId], map: &BTreeMap<ItemId, ItemId>) {
    for link in links {
        if let Some(new) = map.get(link) {
            *link = *new;
        }
    }
}

/// Ids of items in `base` that `side` no longer has.
pub(super) fn removed_ids(base: &Postmortem, side: &Postmortem) -> BTreeSet<ItemId> {
    let kept = all_ids(side);
    all_ids(base)
        .into_iter()
        .filter(|id| !kept.contains(id))
        .to_set()
}

fn all_ids(doc: &Postmortem) -> BTreeSet<ItemId> {
    doc.facts
        .iter()
        .map(|f| f.id)
        .chain(doc.causes.iter().map(|c| c.id))
        .chain(doc.actions.iter().map(|a| a.id))
        .to_set()
}

/// Both tabs hand out ids from the same `next_id`, so items they added concurrently can
/// share an id. Theirs is already saved (and may be open in the other tab), so it keeps
/// the id; ours moves to fresh ids above every counter, and our links follow it. An item
/// both added identically (the same content under the same id) is one item, not two.
pub(super) fn renumber_collisions(
    base: &Postmortem,
    ours: &Postmortem,
    theirs: &Postmortem,
) -> Postmortem {
    let in_base = all_ids(base);
    let in_theirs = all_ids(theirs);
    let clashes = |id: ItemId, identical: bool| {
        !in_base.contains(&id) && in_theirs.contains(&id) && !identical
    };
    let clashing: Vec<ItemId> = (ours.facts.iter())
        .filter(|f| clashes(f.id, theirs.fact(f.id) == Some(*f)))
        .map(|f| f.id)
        .chain(
            (ours.causes.iter())
                .filter(|c| clashes(c.id, theirs.cause(c.id) == Some(*c)))
                .map(|c| c.id),
        )
        .chain(
            (ours.actions.iter())
                .filter(|a| clashes(a.id, theirs.action(a.id) == Some(*a)))
                .map(|a| a.id),
        )
        .collect();
    if clashing.is_empty() {
        return ours.clone();
    }
    let highest = all_ids(ours)
        .into_iter()
        .chain(in_theirs)
        .chain(in_base)
        .max()
        .unwrap_or(0);
    let mut next = base
        .next_id
        .max(ours.next_id)
        .max(theirs.next_id)
        .max(highest.saturating_add(1));
    let mut map = BTreeMap::new();
    for id in clashing {
        map.insert(id, next);
        next = next.saturating_add(1);
    }
    let mut out = ours.clone();
    renumber(&mut out.facts, &map);
    renumber(&mut out.causes, &map);
    renumber(&mut out.actions, &map);
    out.next_id = out.next_id.max(next);
    out
}

fn renumber<T: Item>(list: &mut [T], map: &BTreeMap<ItemId, ItemId>) {
    for item in list {
        if let Some(new) = map.get(&item.id()) {
            item.set_id(*new);
        }
        item.remap_links(map);
    }
}

#[derive(Clone, Copy)]
pub(super) struct Sides<'a> {
    pub(super) ours_removed: &'a BTreeSet<ItemId>,
    pub(super) theirs_removed: &'a BTreeSet<ItemId>,
}

pub(super) struct ListMerge<T> {
    pub(super) items: Vec<T>,
    pub(super) conflicts: Vec<Conflict>,
}

pub(super) fn merge_list<T: Item>(
    base: &[T],
    ours: &[T],
    theirs: &[T],
    sides: Sides<'_>,
) -> ListMerge<T> {
    let by_id =
        |list: &[T]| -> BTreeMap<ItemId, T> { list.iter().map(|x| (x.id(), x.clone())).to_map() };
    let (b, o, t) = (by_id(base), by_id(ours), by_id(theirs));
    let ids: BTreeSet<ItemId> = b.keys().chain(o.keys()).chain(t.keys()).copied().to_set();
    let mut kept: BTreeMap<ItemId, T> = BTreeMap::new();
    // (id, ours, theirs, kept side), labelled once the order is known.
    let mut clashes: Vec<(ItemId, Option<T>, Option<T>, Side)> = Vec::new();
    for id in ids {
        match (b.get(&id), o.get(&id), t.get(&id)) {
            (Some(base), Some(ours), Some(theirs)) => {
                let ours_changed = *ours != base.without_links_to(sides.ours_removed);
                let theirs_changed = *theirs != base.without_links_to(sides.theirs_removed);
                let item = match (ours_changed, theirs_changed) {
                    // Base, not either side: each may have dropped links to items it
                    // removed that the merge keeps (an edit elsewhere saved them), and
                    // `normalize` drops the links to items really gone.
                    (false, false) => base,
                    (true, false) => ours,
                    (false, true) => theirs,
                    (true, true) if ours == theirs => theirs,
                    (true, true) => {
                        clashes.push((id, Some(ours.clone()), Some(theirs.clone()), Side::Theirs));
                        theirs
                    }
                };
                kept.insert(id, item.clone());
            }
            // Removed by theirs: gone, unless ours changed it.
            (Some(base), Some(ours), None) => {
                if *ours != base.without_links_to(sides.ours_removed) {
                    clashes.push((id, Some(ours.clone()), None, Side::Ours));
                    kept.insert(id, ours.clone());
                }
            }
            // Removed by ours: gone, unless theirs changed it.
            (Some(base), None, Some(theirs)) => {
                if *theirs != base.without_links_to(sides.theirs_removed) {
                    clashes.push((id, None, Some(theirs.clone()), Side::Theirs));
                    kept.insert(id, theirs.clone());
                }
            }
            // Added by one side, or identically by both (collisions were renumbered).
            (None, _, Some(item)) | (None, Some(item), None) => {
                kept.insert(id, item.clone());
            }
            (Some(_), None, None) | (None, None, None) => {}
        }
    }

    // Order: the side that rearranged its list wins; if both did (or neither), theirs.
    // Items only the other side has follow, in that side's order.
    let base_order: BTreeMap<ItemId, usize> =
        base.iter().enumerate().map(|(i, x)| (x.id(), i)).to_map();
    let (first, second) = if rearranged(ours, &base_order) && !rearranged(theirs, &base_order) {
        (ours, theirs)
    } else {
        (theirs, ours)
    };
    let mut items = Vec::with_capacity(kept.len());
    for x in first.iter().chain(second) {
        if let Some(item) = kept.remove(&x.id()) {
            items.push(item);
        }
    }

    let conflicts = clashes
        .into_iter()
        .map(|(id, ours, theirs, kept)| {
            let position = items.iter().position(|x| x.id() == id).unwrap_or(0);
            let summary = |item: &Option<T>| item.as_ref().map_or("(removed)".into(), T::summary);
            Conflict {
                what: T::conflict_item(id),
                label: T::name(position),
                ours: summary(&ours),
                theirs: summary(&theirs),
                kept,
                ours_version: T::version(ours),
                theirs_version: T::version(theirs),
            }
        })
        .collect();
    ListMerge { items, conflicts }
}

/// Whether `side` moved items: its items from `base` are not in base's order, or an item
/// it added sits before one from base (new items are appended, so that took a move).
fn rearranged<T: Item>(side: &[T], base_order: &BTreeMap<ItemId, usize>) -> bool {
    let mut last = None;
    let mut seen_new = false;
    for item in side {
        match base_order.get(&item.id()) {
            Some(position) => {
                if seen_new || last.is_some_and(|l| l > position) {
                    return true;
                }
                last = Some(position);
            }
            None => seen_new = true,
        }
    }
    false
}
