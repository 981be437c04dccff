//! Follow-through across post-mortems: every agreed action not finished yet, overdue first,
//! with the filters the home page offers; so nothing agreed is forgotten.

use chrono::NaiveDate;

use super::{Action, Listed, Postmortem, PostmortemId, Status};

/// An open action and where it belongs.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct OpenAction {
    /// Its post-mortem.
    pub postmortem: PostmortemId,
    /// That post-mortem's title as shown.
    pub title: String,
    /// That post-mortem's status.
    pub status: Status,
    /// Its label in the post-mortem ("A2").
    pub label: String,
    /// The action.
    pub action: Action,
    /// Due before the viewer's today and not finished.
    pub overdue: bool,
}

/// Which open actions to show.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ActionFilter {
    /// Only this owner's (compared without case or surrounding spaces); `None`: everyone's.
    pub owner: Option<String>,
    /// Only in post-mortems of this status; `None`: any.
    pub status: Option<Status>,
}

impl ActionFilter {
    /// Whether `open` is one to show.
    pub fn keeps(&self, open: &OpenAction) -> bool {
        self.status.is_none_or(|s| s == open.status)
            && self
                .owner
                .as_deref()
                .is_none_or(|o| same_owner(o, &open.action.owner))
    }
}

impl ActionFilter {
    /// The filter as the short text the home page keeps for its tab: the status's key, a
    /// tab, the owner. Kept so that the choice survives a reload and a visit to one of the
    /// listed post-mortems.
    pub fn to_saved(&self) -> String {
        let status = self.status.map_or("", Status::key);
        format!("{status}\t{}", self.owner.as_deref().unwrap_or(""))
    }

    /// The inverse of [`Self::to_saved`]; anything it cannot read is no filter at all.
    pub fn from_saved(saved: &str) -> Self {
        let (status, owner) = saved.split_once('\t').unwrap_or(("", ""));
        let owner = owner.trim();
        Self {
            owner: (!owner.is_empty()).then(|| owner.to_owned()),
            status: Status::from_key(status),
        }
    }

    /// The owner to filter by, if any open action still has them: a kept choice of an owner
    /// whose actions are all finished would otherwise hide every action while the owner
    /// list, which no longer offers the name, shows "Everyone".
    pub fn owner_among<'a>(&self, owners: &'a [String]) -> Option<&'a String> {
        let wanted = self.owner.as_deref()?;
        owners.iter().find(|o| same_owner(o, wanted))
    }
}

fn same_owner(a: &str, b: &str) -> bool {
    a.trim().to_lowercase() == b.trim().to_lowercase()
}

/// The open actions (described, not done or dropped) of every post-mortem not in the
/// trash, kept by `filter`: overdue ones first, then by due date, then those with no due
/// date; ties in the order of their post-mortem's list, then of the actions.
pub fn open_actions(
    docs: &[Postmortem],
    today: NaiveDate,
    filter: &ActionFilter,
) -> Vec<OpenAction> {
    let mut open: Vec<OpenAction> = docs
        .iter()
        .filter(|pm| !pm.is_deleted())
        .flat_map(|pm| {
            pm.actions
                .iter()
                .enumerate()
                .filter_map(move |(i, action)| {
                    let listed =
                        !action.description.trim().is_empty() && !action.status.is_finished();
                    listed.then(|| OpenAction {
                        postmortem: pm.id.clone(),
                        title: pm.display_title().to_owned(),
                        status: pm.status,
                        label: Action::label(i),
                        action: action.clone(),
                        overdue: Postmortem::is_overdue(action, today),
                    })
                })
        })
        .filter(|open| filter.keeps(open))
        .collect();
    // Overdue before the rest; then the earliest due date; an undated action last, since
    // nothing says when it is late.
    crate::sort::sort_by(&mut open, |a, b| {
        (!a.overdue, a.action.due.is_none(), a.action.due).cmp(&(
            !b.overdue,
            b.action.due.is_none(),
            b.action.due,
        ))
    });
    open
}

/// Every owner named on an open action, once each (first spelling kept), for the filter.
pub fn owners(docs: &[Postmortem]) -> Vec<String> {
    let mut owners: Vec<String> = Vec::new();
    for action in docs
        .iter()
        .filter(|pm| !pm.is_deleted())
        .flat_map(|pm| &pm.actions)
        .filter(|a| !a.status.is_finished() && !a.description.trim().is_empty())
    {
        let owner = action.owner.trim();
        if !owner.is_empty() && !owners.iter().any(|o| same_owner(o, owner)) {
            owners.push(owner.to_owned());
        }
    }
    crate::sort::sort_by(&mut owners, |a, b| a.to_lowercase().cmp(&b.to_lowercase()));
    owners
}
