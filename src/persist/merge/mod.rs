//! Three-way merge of two tabs' edits to the same post-mortem, so that neither tab silently
//! overwrites the other: what changed on one side only is taken, what changed on both is a
//! [`Conflict`] the user settles with [`keep_mine`] (or [`keep_theirs`]); and two copies
//! with no recorded common ancestor ([`merge_copies`]). Pure.

use std::collections::BTreeSet;

use chrono::{DateTime, Utc};

mod copies;
mod items;

pub use copies::merge_copies;
use items::{merge_list, removed_ids, renumber_collisions, Item, Sides};

use crate::domain::{
    format_amount, Action, Cause, Fact, Impact, ItemId, Person, Postmortem, Status, Writeup,
};

/// The result of [`merge`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Merged {
    /// The merged post-mortem; where both sides changed the same thing it holds theirs
    /// (or, when theirs removed it, ours), as recorded in `conflicts`.
    pub doc: Postmortem,
    /// What both sides changed differently, in document order (title, status, impact,
    /// facts, causes, actions).
    pub conflicts: Vec<Conflict>,
}

/// What a conflict is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum ConflictItem {
    /// The title.
    Title,
    /// The status.
    Status,
    /// The impact figures, as a whole.
    Impact,
    /// The summary and the rest of the write-up.
    Writeup,
    /// The fact with this id.
    Fact(ItemId),
    /// The cause with this id.
    Cause(ItemId),
    /// The action with this id.
    Action(ItemId),
}

/// One side's version of what a conflict is about; `None` for an item that side removed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Version {
    /// A title.
    Title(String),
    /// A status.
    Status(Status),
    /// Impact figures.
    Impact(Impact),
    /// The summary and the rest of the write-up.
    Writeup(Writeup),
    /// A fact, or its removal.
    Fact(Option<Fact>),
    /// A cause, or its removal.
    Cause(Option<Cause>),
    /// An action, or its removal.
    Action(Option<Action>),
}

/// Which tab's version the merged document holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// This tab's.
    Ours,
    /// The other tab's.
    Theirs,
}

/// Something both tabs changed, differently.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conflict {
    /// What it is about.
    pub what: ConflictItem,
    /// How to name it to the user: "the title", "Fact 3" (numbered by position in the
    /// merged document, as the editor numbers them).
    pub label: String,
    /// This tab's version, in short, for the user ("(removed)" if this tab removed it).
    pub ours: String,
    /// The other tab's version, in short.
    pub theirs: String,
    /// Which version the merged document holds.
    pub kept: Side,
    /// This tab's version itself, for [`keep_mine`].
    pub ours_version: Version,
    /// The other tab's version itself, for [`keep_theirs`].
    pub theirs_version: Version,
}

/// Merges `ours` (this tab's document) and `theirs` (what another tab just saved), both
/// edited from `base` (what this tab last read from storage).
///
/// Title, status and impact, and every fact, cause and action (matched by id) merge on
/// their own: changed on one side only, that side wins; changed on both, theirs is kept
/// and a conflict records ours. An item removed on one side and changed on the other is
/// kept, changed, with a conflict: an edit is never lost. Items added on both sides under
/// the same id keep theirs under that id and ours under new ids. The step (navigation) and
/// the lifecycle dates never conflict: the step follows this tab, a date the later of the two.
pub fn merge(base: &Postmortem, ours: &Postmortem, theirs: &Postmortem) -> Merged {
    let ours = renumber_collisions(base, ours, theirs);
    let ours = &ours;
    let mut conflicts = Vec::new();

    let title = match pick(&base.title, &ours.title, &theirs.title) {
        Ok(title) => title,
        Err(()) => {
            conflicts.push(Conflict {
                what: ConflictItem::Title,
                label: "the title".into(),
                ours: quoted(&ours.title),
                theirs: quoted(&theirs.title),
                kept: Side::Theirs,
                ours_version: Version::Title(ours.title.clone()),
                theirs_version: Version::Title(theirs.title.clone()),
            });
            theirs.title.clone()
        }
    };
    let status = match pick(&base.status, &ours.status, &theirs.status) {
        Ok(status) => status,
        Err(()) => {
            conflicts.push(Conflict {
                what: ConflictItem::Status,
                label: "the status".into(),
                ours: ours.status.label().into(),
                theirs: theirs.status.label().into(),
                kept: Side::Theirs,
                ours_version: Version::Status(ours.status),
                theirs_version: Version::Status(theirs.status),
            });
            theirs.status
        }
    };
    let impact = match pick(&base.impact, &ours.impact, &theirs.impact) {
        Ok(impact) => impact,
        Err(()) => {
            conflicts.push(Conflict {
                what: ConflictItem::Impact,
                label: "the impact".into(),
                ours: impact_summary(&ours.impact),
                theirs: impact_summary(&theirs.impact),
                kept: Side::Theirs,
                ours_version: Version::Impact(ours.impact.clone()),
                theirs_version: Version::Impact(theirs.impact.clone()),
            });
            theirs.impact.clone()
        }
    };
    let writeup = match pick(&base.writeup, &ours.writeup, &theirs.writeup) {
        Ok(writeup) => writeup,
        // Both tabs changed the write-up: each field one side changed is kept; where both
        // changed the same field, theirs is kept and the user is asked.
        Err(()) => {
            let (merged, clash) = merge_writeup(&base.writeup, &ours.writeup, &theirs.writeup);
            if clash {
                conflicts.push(Conflict {
                    what: ConflictItem::Writeup,
                    label: "the summary and write-up".into(),
                    ours: quoted(&ours.writeup.summary),
                    theirs: quoted(&theirs.writeup.summary),
                    kept: Side::Theirs,
                    ours_version: Version::Writeup(ours.writeup.clone()),
                    theirs_version: Version::Writeup(merged.clone()),
                });
            }
            merged
        }
    };
    // The lifecycle dates record when a stage was *last* reached: the later one is true.
    let later =
        |b: &Option<DateTime<Utc>>, o: &Option<DateTime<Utc>>, t: &Option<DateTime<Utc>>| {
            pick(b, o, t).unwrap_or_else(|()| (*o).max(*t))
        };

    // Links to items a side removed were dropped by that side's removal (e.g. removing a
    // fact unlinks it from every cause); that alone must not count as changing the cause.
    let ours_removed = removed_ids(base, ours);
    let theirs_removed = removed_ids(base, theirs);
    let sides = Sides {
        ours_removed: &ours_removed,
        theirs_removed: &theirs_removed,
    };
    let facts = merge_list(&base.facts, &ours.facts, &theirs.facts, sides);
    let causes = merge_list(&base.causes, &ours.causes, &theirs.causes, sides);
    let actions = merge_list(&base.actions, &ours.actions, &theirs.actions, sides);
    conflicts.extend(facts.conflicts);
    conflicts.extend(causes.conflicts);
    conflicts.extend(actions.conflicts);

    let mut doc = Postmortem {
        id: theirs.id.clone(),
        title,
        status,
        created_at: pick(&base.created_at, &ours.created_at, &theirs.created_at)
            .unwrap_or(theirs.created_at),
        updated_at: ours.updated_at.max(theirs.updated_at).max(base.updated_at),
        // Which step is open is this tab's navigation, not content: another tab's step
        // never moves this one (it once did, taking the user's focus with it).
        step: ours.step,
        facts: facts.items,
        causes: causes.items,
        actions: actions.items,
        next_id: base.next_id.max(ours.next_id).max(theirs.next_id),
        impact,
        in_review_at: later(&base.in_review_at, &ours.in_review_at, &theirs.in_review_at),
        closed_at: later(&base.closed_at, &ours.closed_at, &theirs.closed_at),
        people: merge_people(&base.people, &ours.people, &theirs.people),
        dismissed: merge_set(&base.dismissed, &ours.dismissed, &theirs.dismissed),
        deleted_at: later(&base.deleted_at, &ours.deleted_at, &theirs.deleted_at),
        // A choice made in either tab holds; made differently in both, the private one
        // (names replaced) wins.
        roles_in_exports: pick(
            &base.roles_in_exports,
            &ours.roles_in_exports,
            &theirs.roles_in_exports,
        )
        .unwrap_or(Some(true)),
        writeup,
        // Set once, when the copy is made.
        example: ours.example || theirs.example,
    };
    doc.normalize();
    Merged { doc, conflicts }
}

/// Resolves a conflict with this tab's version (the merged document holds theirs, except
/// for an item the other tab removed, which it already holds as ours).
pub fn keep_mine(doc: &mut Postmortem, conflict: &Conflict) {
    apply_version(doc, conflict.what, &conflict.ours_version);
}

/// Settles a conflict with the other tab's version: needed when the merged document kept
/// ours, i.e. the other tab removed an item this tab changed.
pub fn keep_theirs(doc: &mut Postmortem, conflict: &Conflict) {
    apply_version(doc, conflict.what, &conflict.theirs_version);
}

/// Settles an item conflict by keeping both versions: theirs where it is, ours as a new
/// item at the end of its list. For two copies without history, the "same" item may be
/// two different ones both added under one id; choosing would lose one of them.
/// Returns `false` (and changes nothing) for a conflict that is not about an item held on
/// both sides.
pub fn keep_both(doc: &mut Postmortem, conflict: &Conflict) -> bool {
    let id = doc.next_id;
    let added = match (&conflict.ours_version, &conflict.theirs_version) {
        (Version::Fact(Some(ours)), Version::Fact(Some(_))) => {
            let mut fact = ours.clone();
            fact.id = id;
            doc.facts.push(fact);
            true
        }
        (Version::Cause(Some(ours)), Version::Cause(Some(_))) => {
            let mut cause = ours.clone();
            cause.id = id;
            doc.causes.push(cause);
            true
        }
        (Version::Action(Some(ours)), Version::Action(Some(_))) => {
            let mut action = ours.clone();
            action.id = id;
            doc.actions.push(action);
            true
        }
        _ => false,
    };
    if added {
        apply_version(doc, conflict.what, &conflict.theirs_version);
    }
    added
}

/// What "Keep both" does, for the notice that follows it: the item keeps the other side's
/// version and this side's goes, as a new item, to the end of its list; without this the
/// two read alike and nothing said which was which.
pub fn kept_both_message(conflict: &Conflict, from_copy: bool) -> Option<String> {
    let noun = match conflict.what {
        ConflictItem::Fact(_) => "fact",
        ConflictItem::Cause(_) => "cause",
        ConflictItem::Action(_) => "action",
        _ => return None,
    };
    let (theirs, ours) = if from_copy {
        ("the other copy's", "yours")
    } else {
        ("the other tab's", "this tab's")
    };
    Some(format!(
        "Kept both: {} now reads as {theirs} version, and {ours} is the last {noun}.",
        conflict.label
    ))
}

impl Conflict {
    /// Whether "Keep both" applies: an item both sides hold, in different versions.
    pub fn can_keep_both(&self) -> bool {
        matches!(
            (&self.ours_version, &self.theirs_version),
            (Version::Fact(Some(_)), Version::Fact(Some(_)))
                | (Version::Cause(Some(_)), Version::Cause(Some(_)))
                | (Version::Action(Some(_)), Version::Action(Some(_)))
        )
    }
}

fn apply_version(doc: &mut Postmortem, what: ConflictItem, version: &Version) {
    match (version, what) {
        (Version::Title(title), _) => doc.title.clone_from(title),
        (Version::Status(status), _) => doc.status = *status,
        (Version::Impact(impact), _) => doc.impact.clone_from(impact),
        (Version::Writeup(writeup), _) => doc.writeup.clone_from(writeup),
        (Version::Fact(Some(fact)), _) => put(&mut doc.facts, fact),
        (Version::Cause(Some(cause)), _) => put(&mut doc.causes, cause),
        (Version::Action(Some(action)), _) => put(&mut doc.actions, action),
        // Through the domain, so links to the removed item go with it.
        (Version::Fact(None), ConflictItem::Fact(id)) => drop(doc.remove_fact(id)),
        (Version::Cause(None), ConflictItem::Cause(id)) => drop(doc.remove_cause(id)),
        (Version::Action(None), ConflictItem::Action(id)) => drop(doc.remove_action(id)),
        // A hand-made conflict whose parts disagree: nothing sensible to do.
        (Version::Fact(None) | Version::Cause(None) | Version::Action(None), _) => {}
    }
    // The restored version may link to items the merge removed.
    doc.normalize();
}

/// The write-up merged field by field; `true` when both sides changed one field differently
/// (theirs is then kept in that field).
fn merge_writeup(base: &Writeup, ours: &Writeup, theirs: &Writeup) -> (Writeup, bool) {
    let mut clash = false;
    let mut field = |b: &String, o: &String, t: &String| {
        pick(b, o, t).unwrap_or_else(|()| {
            clash = true;
            t.clone()
        })
    };
    let summary = field(&base.summary, &ours.summary, &theirs.summary);
    let went_well = field(&base.went_well, &ours.went_well, &theirs.went_well);
    let lessons = field(&base.lessons, &ours.lessons, &theirs.lessons);
    let author = field(&base.author, &ours.author, &theirs.author);
    let participants = field(&base.participants, &ours.participants, &theirs.participants);
    let review_date = pick(&base.review_date, &ours.review_date, &theirs.review_date)
        .unwrap_or_else(|()| {
            clash = true;
            theirs.review_date
        });
    let report_zone = pick(&base.report_zone, &ours.report_zone, &theirs.report_zone)
        .unwrap_or_else(|()| theirs.report_zone.clone());
    let merged = Writeup {
        summary,
        went_well,
        lessons,
        author,
        participants,
        review_date,
        report_zone,
    };
    (merged, clash)
}

/// Replaces the item with `item`'s id in place, or appends it if the list lacks it.
fn put<T: Item>(list: &mut Vec<T>, item: &T) {
    match list.iter_mut().find(|x| x.id() == item.id()) {
        Some(slot) => slot.clone_from(item),
        None => list.push(item.clone()),
    }
}

/// `Ok(value)` when at most one side changed it (or both made the same change), `Err` when
/// both changed it differently.
fn pick<T: PartialEq + Clone>(base: &T, ours: &T, theirs: &T) -> Result<T, ()> {
    if ours == base {
        Ok(theirs.clone())
    } else if theirs == base || ours == theirs {
        Ok(ours.clone())
    } else {
        Err(())
    }
}

/// People have no ids, so a row is its content: theirs, less the rows ours removed, plus
/// the rows ours added (an edited row counts as removed and added). Two tabs editing the
/// same person differently thus keep both versions, which the user can tidy; neither
/// edit is lost.
fn merge_people(base: &[Person], ours: &[Person], theirs: &[Person]) -> Vec<Person> {
    if ours == base || ours == theirs {
        return theirs.to_vec();
    }
    if theirs == base {
        return ours.to_vec();
    }
    let ours_removed = |p: &Person| base.contains(p) && !ours.contains(p);
    let mut people: Vec<Person> = theirs
        .iter()
        .filter(|p| !ours_removed(p))
        .cloned()
        .collect();
    for person in ours {
        if !base.contains(person) && !people.contains(person) {
            people.push(person.clone());
        }
    }
    people
}

/// Three-way set merge: kept if both sides kept it, or either side added it.
fn merge_set(
    base: &BTreeSet<String>,
    ours: &BTreeSet<String>,
    theirs: &BTreeSet<String>,
) -> BTreeSet<String> {
    ours.union(theirs)
        .filter(|key| !base.contains(*key) || (ours.contains(*key) && theirs.contains(*key)))
        .cloned()
        .collect()
}

// ---- summaries for the user ----

const SUMMARY_CHARS: usize = 80;

fn quoted(text: &str) -> String {
    match text.trim() {
        "" => "(empty)".into(),
        text => crate::text::quoted(text, SUMMARY_CHARS),
    }
}

fn impact_summary(impact: &Impact) -> String {
    let count = crate::text::count_of;
    let mut parts = Vec::new();
    if let Some(n) = impact.orders {
        parts.push(count(n, "order", "orders"));
    }
    if let Some(cents) = impact.revenue_cents {
        let currency = match impact.currency.as_str() {
            "" => String::new(),
            code => format!(" {}", crate::text::shorten(code, 8)),
        };
        parts.push(format!("{}{currency} lost", format_amount(cents)));
    }
    if let Some(n) = impact.customers {
        parts.push(count(n, "customer", "customers"));
    }
    if let Some(n) = impact.support_contacts {
        parts.push(count(n, "support contact", "support contacts"));
    }
    if parts.is_empty() {
        "(no figures)".into()
    } else {
        parts.join(", ")
    }
}
