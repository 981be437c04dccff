//! Merging two copies of one post-mortem that share no recorded ancestor: someone else's
//! copy from a backup file or a share link, merged into the one stored here. A common base
//! is made up from what the copies agree on, then the two-tab merge does the rest, so the
//! same rules and the same conflict choices apply.

use super::{merge, Merged};
use crate::domain::{ItemId, Listed, Postmortem, Status};

/// Stands in the made-up base for a value the copies disagree on: it equals neither, so the
/// merge sees both sides as changed and asks (or takes the one that is not blank).
const DIFFERS: &str = "\u{0}";

/// Merges `theirs` (the other copy) into `ours` (the one stored here).
///
/// - An item both copies hold alike stays; held differently, it is a conflict (theirs
///   shown, ours kept in the conflict for "Keep mine").
/// - An item only one copy holds is kept, whatever its id: without history nobody can say
///   whether the other copy deleted it or never had it, and keeping it loses nothing.
/// - Items both copies added since they parted (ids at or above the lower of their two
///   counters) are both kept, the one from here renumbered.
/// - The title, status and impact merge alike; the write-up field by field.
pub fn merge_copies(ours: &Postmortem, theirs: &Postmortem) -> Merged {
    merge(&common_base(ours, theirs), ours, theirs)
}

fn common_base(ours: &Postmortem, theirs: &Postmortem) -> Postmortem {
    let parted = ours.next_id.min(theirs.next_id);
    let mut base = ours.clone();
    base.next_id = parted;
    base.facts = common(&ours.facts, &theirs.facts, parted, |f| {
        f.text = DIFFERS.into()
    });
    base.causes = common(&ours.causes, &theirs.causes, parted, |c| {
        c.statement = DIFFERS.into();
    });
    base.actions = common(&ours.actions, &theirs.actions, parted, |a| {
        a.description = DIFFERS.into();
    });
    if ours.title != theirs.title {
        base.title = DIFFERS.into();
    }
    if ours.status != theirs.status {
        // The one status neither copy has.
        base.status = Status::ALL
            .into_iter()
            .find(|s| *s != ours.status && *s != theirs.status)
            .unwrap_or_default();
    }
    if ours.impact != theirs.impact {
        base.impact.currency = DIFFERS.into();
    }
    if ours.roles_in_exports != theirs.roles_in_exports {
        base.roles_in_exports = None;
    }
    base.writeup = Default::default();
    base.people.retain(|p| theirs.people.contains(p));
    base.dismissed.retain(|d| theirs.dismissed.contains(d));
    base.in_review_at = None;
    base.closed_at = None;
    base.deleted_at = None;
    base
}

/// The items both lists hold under an id from before the copies parted: as they are when
/// alike, changed by `differ` (to equal neither) when not.
fn common<T: Listed>(ours: &[T], theirs: &[T], parted: ItemId, differ: impl Fn(&mut T)) -> Vec<T> {
    ours.iter()
        .filter(|item| item.id() < parted)
        .filter_map(|item| {
            let other = theirs.iter().find(|t| t.id() == item.id())?;
            let mut base = item.clone();
            if other != item {
                differ(&mut base);
            }
            Some(base)
        })
        .collect()
}
