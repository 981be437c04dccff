//! The open post-mortem and its edits: the named edit methods components call, the
//! per-item triggers that let a row follow only its own item, keyboard focus on new items,
//! and the values that follow the document once typing settles.

use std::time::Duration;

use leptos::prelude::*;

use super::AppState;
use crate::domain::limits::ItemList;
use crate::domain::{ItemId, Listed, Postmortem, PostmortemId, Summary};
use crate::findings::Part;
use crate::notice::{NoticeAction, RemovedItem, RemovedWhy, Rewritten};
use crate::platform;
use crate::route::Route;

/// How long typing must pause before whole-document views (timeline, review) refresh.
const SETTLE_DELAY: Duration = Duration::from_millis(250);

/// Per item, what its views follow instead of the whole document (see [`AppState::item`]).
/// Sorted by id for a binary search: new items get the highest id, so inserting is nearly
/// always appending, and a plain vector costs less wasm than a hash map.
#[derive(Clone, Copy, Default)]
pub(super) struct Items(StoredValue<Vec<(ItemId, ArcTrigger)>, LocalStorage>);

impl Items {
    /// The trigger of item `id`, made on first use.
    fn trigger(&self, id: ItemId) -> ArcTrigger {
        self.0
            .try_update_value(|items| match items.binary_search_by_key(&id, |(k, _)| *k) {
                Ok(at) => items[at].1.clone(),
                Err(at) => {
                    let trigger = ArcTrigger::new();
                    items.insert(at, (id, trigger.clone()));
                    trigger
                }
            })
            .unwrap_or_default()
    }

    /// Tells item `id`'s views that it changed.
    fn notify(&self, id: ItemId) {
        let trigger = self.0.with_value(|items| {
            let at = items.binary_search_by_key(&id, |(k, _)| *k).ok()?;
            Some(items[at].1.clone())
        });
        if let Some(trigger) = trigger {
            trigger.notify();
        }
    }

    /// Tells every item view to recheck its item.
    fn notify_all(&self) {
        self.0
            .with_value(|items| items.iter().for_each(|(_, t)| t.notify()));
    }
}

/// Adapts a one-off change to the `FnMut` that [`AppState::apply`] takes.
fn once(change: impl FnOnce(&mut Postmortem)) -> impl FnMut(&mut Postmortem) {
    let mut change = Some(change);
    move |doc| {
        if let Some(change) = change.take() {
            change(doc);
        }
    }
}

impl AppState {
    /// The live post-mortems for the home list, newest first.
    pub fn summaries(&self) -> Vec<Summary> {
        let mut list: Vec<Summary> = self.library.with(|docs| {
            docs.iter()
                .filter(|d| !d.is_deleted())
                .map(Postmortem::summary)
                .collect()
        });
        crate::domain::sort_newest_first(&mut list);
        list
    }

    /// Changes the open post-mortem through a domain method that may touch several items
    /// (removing a fact also unlinks it from causes), and records when. Every item view
    /// rechecks its item.
    pub fn edit(&self, change: impl FnOnce(&mut Postmortem)) {
        self.edit_document(change);
        self.items.notify_all();
    }

    /// Changes the open post-mortem through a domain method that leaves every item's own
    /// fields as they were: the title, status, impact, people, dismissals, adding or
    /// reordering items. Item views are not disturbed.
    pub fn edit_document(&self, change: impl FnOnce(&mut Postmortem)) {
        self.apply(&mut once(change));
        self.doc.notify();
    }

    /// Changes one item through a domain method. Only that item's views update at once (the
    /// whole-document views follow once typing settles): a keystroke in a post-mortem of
    /// thousands of items re-renders one row, not thousands.
    pub fn edit_item(&self, id: ItemId, change: impl FnOnce(&mut Postmortem)) {
        self.apply(&mut once(change));
        self.items.notify(id);
        self.doc.notify();
    }

    /// Replaces the text of one field, as typing would (only its item's views update).
    pub fn set_text(&self, part: Part, text: String) {
        match part.item() {
            Some(id) => self.edit_item(id, |d| part.set_text(d, text)),
            None => self.edit_document(|d| part.set_text(d, text)),
        }
    }

    /// The text typed in an item's text area (`place` names it: "Fact 2"). When the area
    /// is full, says so once (a notice of its own topic), so that a paste the browser cut
    /// at the limit is not lost without a word.
    pub fn text_typed(
        &self,
        area: &web_sys::HtmlTextAreaElement,
        place: impl FnOnce() -> String,
    ) -> String {
        if crate::platform::at_max_length(area) {
            self.notices.info_in(
                "text-limit",
                crate::domain::limits::text_full_message(&place()),
            );
        }
        area.value()
    }

    /// Applies a coach rewrite to one field (`place` names it: "fact 2") and offers to undo
    /// it. `before` is the text the coach checked; if the field no longer reads that, the
    /// rewrite would land in the wrong place, so nothing changes.
    pub fn apply_rewrite(&self, part: Part, place: &str, before: String, after: String) {
        let (pm, current) = self
            .doc
            .with_untracked(|d| (d.id.clone(), part.text(d).map(str::to_owned)));
        if current.as_deref() != Some(before.as_str()) {
            self.notices.info(
                format!("The text of {place} changed before the rewrite, so it was left as it is."),
                None,
            );
            return;
        }
        self.set_text(part, after.clone());
        self.notices.info(
            format!("Rewrote {place} as the coach suggested."),
            Some(NoticeAction::UndoRewrite(Box::new(Rewritten {
                postmortem: pm,
                part,
                before,
                after,
            }))),
        );
    }

    /// Puts back what a rewrite replaced, unless the field has been edited since: then
    /// undoing would throw away what was typed, so it says so instead.
    pub fn undo_rewrite(&self, rewritten: &Rewritten) {
        let current = self.doc.with_untracked(|d| {
            (d.id == rewritten.postmortem)
                .then(|| rewritten.part.text(d).map(str::to_owned))
                .flatten()
        });
        if current.as_deref() == Some(rewritten.after.as_str()) {
            self.set_text(rewritten.part, rewritten.before.clone());
            self.notices.info("Put the original words back.", None);
        } else {
            self.notices.info(
                "The text has changed since the rewrite, so it was left as it is.",
                None,
            );
        }
    }

    /// Adds a person to the people list: a blank row (the panel's "Add person"), or a name
    /// the coach saw, so that exports can replace it with a role (then says where to give
    /// the role). Past the limit, says so and adds nothing.
    pub fn add_person(&self, name: String) {
        let full = self
            .doc
            .with_untracked(|d| d.people.len() >= crate::domain::limits::PEOPLE);
        if full {
            self.notices
                .info(crate::domain::limits::people_full_message(), None);
            return;
        }
        let shown = (!name.is_empty()).then(|| crate::text::quoted(&name, 40));
        let mut added = 0;
        self.edit_document(|d| {
            added = d.add_person();
            d.set_person_name(added, name);
        });
        match shown {
            // The panel's "Add person": the next keys typed are the name.
            None => platform::focus_when_rendered(format!("person-{added}-name")),
            // Several names added from the coach in a row show the latest notice only.
            Some(shown) => self.notices.info_in(
                "people-added",
                format!("Added {shown} to the people involved: give their role there, and exports will use it instead of the name."),
            ),
        }
    }

    /// Removes person `i` from the people list and gives the keyboard to the person now in
    /// that row, the one before, or "Add person" (focus left on the removed row's button
    /// fell to the page's start).
    pub fn remove_person(&self, i: usize) {
        let mut left = 0;
        self.edit_document(|d| {
            d.remove_person(i);
            left = d.people.len();
        });
        platform::focus_when_rendered(match left {
            0 => "add-person".to_owned(),
            n => format!("person-{}-name", i.min(n - 1)),
        });
    }

    /// Applies a change without notifying anyone yet, and records when. Not generic, so the
    /// dozens of edit call sites share one copy of it in the wasm.
    fn apply(&self, change: &mut dyn FnMut(&mut Postmortem)) {
        self.doc.update_untracked(|doc| {
            change(doc);
            doc.touch(platform::now());
        });
    }

    /// One item of the open post-mortem, for its view. It is recomputed when that item is
    /// edited ([`AppState::edit_item`]) or the document changes as a whole, but not when
    /// another item is: a view that read the whole document would rerun for every keystroke
    /// anywhere. `index` is the item's position in its list, a hint for a fast lookup.
    pub fn item<T: Listed + Send + Sync + 'static>(
        &self,
        id: ItemId,
        index: ReadSignal<usize>,
    ) -> Memo<Option<T>> {
        let trigger = self.items.trigger(id);
        let doc = self.doc;
        Memo::new(move |_| {
            trigger.track();
            doc.with_untracked(|d| T::find(d, id, index.get_untracked()).cloned())
        })
    }

    /// Replaces the open post-mortem (another one opened, a merge, an import).
    pub(super) fn set_doc(&self, doc: Postmortem) {
        // Unsettled conflicts belong to the post-mortem they came from: "Keep mine" must
        // never apply to another one.
        if self.doc.with_untracked(|d| d.id != doc.id) {
            self.conflicts.set(Vec::new());
        }
        self.doc.set(doc);
        // Item ids restart in every post-mortem: views kept for an id must recheck.
        self.items.notify_all();
    }

    /// Gives the keyboard focus to `field` once it is rendered, if it belongs to the item
    /// that was just added (see [`AppState::add_item`]).
    pub fn focus_when_added(&self, id: ItemId, field: NodeRef<leptos::html::Textarea>) {
        let focus = self.focus;
        Effect::new(move |_| {
            if focus.get() == Some(id) {
                if let Some(el) = field.get() {
                    let _ = el.focus();
                    focus.set(None);
                }
            }
        });
    }

    /// Adds an item to `list` through a domain method and moves the keyboard focus to it;
    /// a full list ([`crate::domain::limits::ITEMS`]) says so instead, since a post-mortem
    /// over the limits could not be imported back from its own backup.
    pub fn add_item(&self, list: ItemList, add: impl FnOnce(&mut Postmortem) -> ItemId) {
        if !self.doc.with_untracked(|d| d.can_add(list)) {
            self.notices.info(list.full_message(), None);
            return;
        }
        let mut id = None;
        self.edit_document(|doc| id = Some(add(doc)));
        self.focus.set(id);
    }

    /// Removes an item and gives the keyboard focus to the item now in its place (the next
    /// one, or the one before when it was last), or to the list's "Add" button once the list
    /// is empty: focus left on the removed item's button would fall to the page's start.
    pub fn remove_item(&self, list: ItemList, id: ItemId) {
        let mut removed = None;
        self.edit(|d| removed = d.take_out(list, id));
        let Some(removed) = removed else {
            return;
        };
        let neighbour = self.doc.with_untracked(|d| d.in_place_of(&removed));
        platform::focus_when_rendered(match neighbour {
            Some(n) => Part::of_item(list, n).field_id(),
            None => list.add_button_id().to_owned(),
        });
        // One click removes; the notice's Undo puts the item and its links back.
        let item = RemovedItem {
            postmortem: self.doc.with_untracked(|d| d.id.clone()),
            removed,
        };
        self.notices.forget_rewrites_of(&item.postmortem, id);
        self.notices.info(
            item.message(),
            Some(NoticeAction::UndoRemove(Box::new(item))),
        );
    }

    /// Puts back an item removed from a post-mortem, with its links, and gives it the
    /// keyboard focus; edits made since are kept. Says why when it cannot.
    ///
    /// Returns whether the offer is used up: not while its post-mortem is in the trash,
    /// since the Undo is then the only way back to the item.
    pub fn undo_remove(&self, item: &RemovedItem) -> bool {
        let list = item.removed.list();
        let route = Route::step(&item.postmortem, list.step());
        if !self.open_for_undo(&item.postmortem, &route) {
            return false;
        }
        let mut back = false;
        self.edit(|d| back = d.put_back(&item.removed));
        if back {
            // Undo pressed on another step (or page) brings the user to the item, with the
            // keyboard in it.
            self.go_to_field(route, Part::of_item(list, item.removed.id()).field_id());
        } else if !self.doc.with_untracked(|d| d.can_add(list)) {
            self.notices.info(list.full_message(), None);
        }
        true
    }

    /// Makes `postmortem` the open one for an Undo pressed after leaving it (the home page,
    /// another post-mortem), as the Undo of a step left behind does. False, with a notice,
    /// while it is in the trash.
    fn open_for_undo(&self, postmortem: &PostmortemId, route: &Route) -> bool {
        let open = self.doc.with_untracked(|d| &d.id == postmortem) || self.sync_route(route);
        if !open {
            self.notices.info(
                "That post-mortem is in the trash: restore it from the home page, then press this Undo again.",
                None,
            );
        }
        open
    }

    /// Puts back an answer removed from a cause's "why?" chain, opening its post-mortem
    /// again if need be, with the keyboard in it. Returns whether the offer is used up (not
    /// while the post-mortem is in the trash).
    pub fn undo_remove_why(&self, removed: &RemovedWhy) -> bool {
        let route = Route::step(&removed.postmortem, crate::domain::Step::Causes);
        if !self.open_for_undo(&removed.postmortem, &route) {
            return false;
        }
        let mut back = false;
        let (cause, index) = (removed.cause, removed.index);
        self.edit_item(cause, |d| {
            back = d.insert_why(cause, index, removed.text.clone())
        });
        if back {
            let at = self.doc.with_untracked(|d| {
                d.cause(cause)
                    .map_or(0, |c| index.min(c.whys.len().saturating_sub(1)))
            });
            self.go_to_field(route, Part::Why(cause, at).field_id());
        } else {
            self.notices.info(
                "That cause is no longer here, or its chain of answers is full, so the answer was not put back.",
                None,
            );
        }
        true
    }

    /// Adds an answer to a cause's "why?" chain and moves the keyboard focus to it, so the
    /// next keys typed go into it (a full chain says so instead).
    pub fn add_why(&self, cause: ItemId) {
        let Some(count) = self
            .doc
            .with_untracked(|d| d.cause(cause).map(|c| c.whys.len()))
        else {
            return;
        };
        if count >= crate::domain::limits::WHYS {
            self.notices
                .info(crate::domain::limits::whys_full_message(), None);
            return;
        }
        self.edit_item(cause, |d| d.add_why(cause));
        platform::focus_when_rendered(Part::Why(cause, count).field_id());
    }

    /// Removes answer `why` of a cause's chain and moves the keyboard focus to the answer
    /// now in its place, the one before it, or the "Ask why again" button.
    ///
    /// An answer with words in it can be put back from the notice this leaves.
    pub fn remove_why(&self, cause: ItemId, why: usize) {
        let (postmortem, text, label) = self.doc.with_untracked(|d| {
            let text = d.cause(cause).and_then(|c| c.whys.get(why)).cloned();
            let label = crate::domain::Cause::index_of(d, cause).map(|i| i + 1);
            (d.id.clone(), text, label)
        });
        self.edit_item(cause, |d| d.remove_why(cause, why));
        if let (Some(text), Some(n)) = (text.filter(|t| !t.trim().is_empty()), label) {
            self.notices.info(
                format!("Removed why {} of cause {n}.", why + 1),
                Some(NoticeAction::UndoRemoveWhy(Box::new(RemovedWhy {
                    postmortem,
                    cause,
                    index: why,
                    text,
                }))),
            );
        }
        let left = self
            .doc
            .with_untracked(|d| d.cause(cause).map_or(0, |c| c.whys.len()));
        platform::focus_when_rendered(if why < left {
            Part::Why(cause, why).field_id()
        } else if why > 0 {
            Part::Why(cause, why - 1).field_id()
        } else {
            ask_why_id(cause)
        });
    }

    /// Marks the open post-mortem as settled once typing has paused for a moment.
    pub(super) fn schedule_settle(&self) {
        let settled = self.settled;
        self.settle
            .schedule(SETTLE_DELAY, move || settled.update(|n| *n += 1));
    }

    /// A value computed from the whole open post-mortem, recomputed once it settles (see
    /// [`AppState::settled`]) rather than on every keystroke.
    pub fn settled_memo<T: PartialEq + Send + Sync + 'static>(
        &self,
        compute: impl Fn(&Postmortem) -> T + Send + Sync + 'static,
    ) -> Memo<T> {
        let this = *self;
        Memo::new(move |_| {
            this.settled.track();
            this.doc.with_untracked(&compute)
        })
    }
}

/// The id of a cause's "Ask why again" button.
pub fn ask_why_id(cause: ItemId) -> String {
    format!("cause-{cause}-ask-why")
}
