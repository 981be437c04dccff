//! The post-mortem document and the named methods that are the only way to change it.
//! Items have their own files: `facts.rs`, `causes.rs`, `actions.rs`, and removing one with
//! its links so that it can be put back, `removal.rs`; this one holds the document, its
//! write-up, people and impact, and its integrity.

mod actions;
mod causes;
mod facts;
mod removal;

pub use removal::Removed;

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};

use crate::sort::CollectOrdered;

use super::{
    Action, Cause, Count, Fact, Impact, ItemId, Person, PostmortemId, Status, Step, Writeup,
    WriteupText, MAX_ITEM_ID,
};

/// One blameless post-mortem.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Postmortem {
    /// Unique in the browser profile.
    pub id: PostmortemId,
    /// What went wrong, in a line.
    pub title: String,
    /// Where it is in its life.
    pub status: Status,
    /// When it was started.
    #[serde(deserialize_with = "super::iso::de_utc")]
    pub created_at: DateTime<Utc>,
    /// When its content last changed (navigation does not count).
    #[serde(deserialize_with = "super::iso::de_utc")]
    pub updated_at: DateTime<Utc>,
    /// The step the user was last on, so reopening resumes there.
    #[serde(default)]
    pub step: Step,
    /// What happened.
    pub facts: Vec<Fact>,
    /// Why it happened.
    pub causes: Vec<Cause>,
    /// What changes.
    pub actions: Vec<Action>,
    /// The next item id to hand out; never reused, so links to removed items cannot
    /// silently point at new ones.
    pub next_id: ItemId,
    /// What it cost.
    #[serde(default)]
    pub impact: Impact,
    /// When it last went into review.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::iso::de_utc_opt"
    )]
    pub in_review_at: Option<DateTime<Utc>>,
    /// When it was last closed.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::iso::de_utc_opt"
    )]
    pub closed_at: Option<DateTime<Utc>>,
    /// People involved, with their roles (optional): lets the coach recognise names and
    /// the export replace them by roles.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub people: Vec<Person>,
    /// Coach findings the user judged fine here, by `coach` key (field address + fingerprint).
    #[serde(default, skip_serializing_if = "std::collections::BTreeSet::is_empty")]
    pub dismissed: std::collections::BTreeSet<String>,
    /// Set when the user deleted it; kept so the deletion can be undone.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::iso::de_utc_opt"
    )]
    pub deleted_at: Option<DateTime<Utc>>,
    /// Whether exports replace listed names by roles; `None` until the user chooses, which
    /// means yes once anyone is listed. Stored with the post-mortem: a privacy choice that
    /// silently reset on the next visit let the next export carry real names.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub roles_in_exports: Option<bool>,
    /// The summary, what went well, lessons, author, participants, review date and report
    /// zone, written on the Review step.
    #[serde(default, skip_serializing_if = "Writeup::is_empty")]
    pub writeup: Writeup,
    /// A copy of the worked example: labelled so in the list, and opened again rather
    /// than copied anew.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub example: bool,
}

/// The title shown for a post-mortem whose title is blank.
pub const UNTITLED: &str = "Untitled post-mortem";

impl Postmortem {
    /// A new, empty draft.
    pub fn new(id: PostmortemId, title: impl Into<String>, now: DateTime<Utc>) -> Self {
        Self {
            id,
            title: title.into(),
            status: Status::Draft,
            created_at: now,
            updated_at: now,
            step: Step::Facts,
            facts: Vec::new(),
            causes: Vec::new(),
            actions: Vec::new(),
            next_id: 1,
            impact: Impact::default(),
            in_review_at: None,
            closed_at: None,
            people: Vec::new(),
            dismissed: std::collections::BTreeSet::new(),
            deleted_at: None,
            roles_in_exports: None,
            writeup: Writeup::default(),
            example: false,
        }
    }

    /// A copy of the worked example that is not in the trash: the one "Open the worked
    /// example" opens again.
    pub fn is_live_example(&self) -> bool {
        self.example && !self.is_deleted()
    }

    /// The day of the incident: its first timed fact's, or the day the post-mortem was
    /// started. What a post-mortem is known by in lists ("Similar to C1 in … (date)").
    pub fn incident_day(&self) -> NaiveDate {
        self.facts
            .iter()
            .filter_map(|f| f.when)
            .min()
            .map_or_else(|| self.created_at.date_naive(), |w| w.date())
    }

    /// The title to show: the typed one, or a placeholder when it is blank.
    pub fn display_title(&self) -> &str {
        display_title(&self.title)
    }

    fn take_id(&mut self) -> ItemId {
        let id = self.next_id;
        self.next_id = self.next_id.saturating_add(1);
        id
    }

    /// Records that the content changed now.
    pub fn touch(&mut self, now: DateTime<Utc>) {
        self.updated_at = now;
    }

    /// Renames the post-mortem.
    pub fn set_title(&mut self, title: impl Into<String>) {
        self.title = title.into();
    }

    /// Moves the post-mortem through its lifecycle, recording when each stage was reached.
    pub fn set_status(&mut self, status: Status, now: DateTime<Utc>) {
        if status == self.status {
            return;
        }
        self.status = status;
        match status {
            Status::Draft => {}
            Status::InReview => self.in_review_at = Some(now),
            Status::Closed => self.closed_at = Some(now),
        }
    }

    /// Remembers which step the user is on.
    pub fn set_step(&mut self, step: Step) {
        self.step = step;
    }

    /// Marks the post-mortem deleted (reversible with [`Postmortem::restore`]).
    pub fn mark_deleted(&mut self, now: DateTime<Utc>) {
        self.deleted_at = Some(now);
    }

    /// Undoes [`Postmortem::mark_deleted`].
    pub fn restore(&mut self) {
        self.deleted_at = None;
    }

    /// Whether the user deleted it.
    pub fn is_deleted(&self) -> bool {
        self.deleted_at.is_some()
    }

    /// Sets (or clears) one of the counted impact figures.
    pub fn set_impact_count(&mut self, which: Count, value: Option<u64>) {
        let slot = match which {
            Count::Orders => &mut self.impact.orders,
            Count::Customers => &mut self.impact.customers,
            Count::SupportContacts => &mut self.impact.support_contacts,
        };
        *slot = value;
    }

    /// Sets (or clears) the revenue lost, in hundredths of the currency unit.
    pub fn set_revenue_lost(&mut self, cents: Option<u64>) {
        self.impact.revenue_cents = cents;
    }

    /// Sets the currency of the revenue lost (upper-cased ISO code).
    pub fn set_currency(&mut self, code: &str) {
        self.impact.currency = code.trim().to_ascii_uppercase();
    }

    /// Whether exports replace listed names by roles: as chosen, or else yes once anyone
    /// is listed.
    pub fn uses_roles(&self) -> bool {
        self.roles_in_exports
            .unwrap_or_else(|| self.people.iter().any(|p| !p.name.trim().is_empty()))
    }

    /// Sets one text of the write-up (summary, what went well, lessons, author,
    /// participants).
    pub fn set_writeup_text(&mut self, which: WriteupText, text: impl Into<String>) {
        self.writeup.set_text(which, text);
    }

    /// Sets the review date.
    pub fn set_review_date(&mut self, date: Option<NaiveDate>) {
        self.writeup.review_date = date;
    }

    /// Sets the zone the report shows times in (`None`: the zone most facts were recorded
    /// in).
    pub fn set_report_zone(&mut self, zone: Option<String>) {
        self.writeup.report_zone = zone.filter(|z| !z.trim().is_empty());
    }

    /// Records the choice to replace names by roles in exports (or not).
    pub fn set_roles_in_exports(&mut self, on: bool) {
        self.roles_in_exports = Some(on);
    }

    /// Adds an empty row to the people list and returns its index.
    pub fn add_person(&mut self) -> usize {
        self.people.push(Person::default());
        self.people.len() - 1
    }

    /// Changes a person's name.
    pub fn set_person_name(&mut self, index: usize, name: impl Into<String>) {
        if let Some(person) = self.people.get_mut(index) {
            person.name = name.into();
        }
    }

    /// Changes a person's role.
    pub fn set_person_role(&mut self, index: usize, role: impl Into<String>) {
        if let Some(person) = self.people.get_mut(index) {
            person.role = role.into();
        }
    }

    /// Removes a person from the list.
    pub fn remove_person(&mut self, index: usize) {
        if index < self.people.len() {
            self.people.remove(index);
        }
    }

    /// Marks a coach finding as fine here, or withdraws that.
    pub fn set_dismissed(&mut self, key: impl Into<String>, dismissed: bool) {
        let key = key.into();
        if dismissed {
            self.dismissed.insert(key);
        } else {
            self.dismissed.remove(&key);
        }
    }

    /// What closing the post-mortem would leave undone, as the question to ask first; `None`
    /// when nothing agreed is left: every action finished, and every done one verified.
    pub fn before_closing(&self) -> Option<String> {
        let open = self.open_actions() as u64;
        let unverified = self.unverified_actions().count() as u64;
        let count = crate::text::count_of;
        let what = match (open, unverified) {
            (0, 0) => return None,
            (n, 0) => format!("{} still open.", count(n, "action is", "actions are")),
            (0, u) => format!(
                "{} done but not verified yet.",
                count(u, "action is", "actions are")
            ),
            (n, u) => format!(
                "{} still open, and {} done but not verified yet.",
                count(n, "action is", "actions are"),
                count(u, "is", "are")
            ),
        };
        Some(format!("{what} Close the post-mortem anyway?"))
    }

    /// Checks that item ids are unique across the document and within range. Data failing
    /// this cannot be repaired without guessing which links meant which item, so it is
    /// refused (and kept aside by the caller) rather than silently "fixed".
    pub fn check_ids(&self) -> Result<(), String> {
        if self.next_id > MAX_ITEM_ID + 1 {
            return Err(format!("its id counter {} is out of range", self.next_id));
        }
        let mut seen = std::collections::BTreeSet::new();
        let ids = self
            .facts
            .iter()
            .map(|f| f.id)
            .chain(self.causes.iter().map(|c| c.id))
            .chain(self.actions.iter().map(|a| a.id));
        for id in ids {
            if id > MAX_ITEM_ID {
                return Err(format!("item id {id} is out of range"));
            }
            if !seen.insert(id) {
                return Err(format!("item id {id} is used twice"));
            }
        }
        Ok(())
    }

    /// Repairs links that point at items which no longer exist and makes `next_id` larger
    /// than every id in use. Run on everything read from storage or a file, so hand-edited
    /// or damaged data cannot produce dangling links or duplicate ids.
    pub fn normalize(&mut self) {
        let fact_ids: Vec<ItemId> = self.facts.iter().map(|f| f.id).collect();
        let cause_ids: Vec<ItemId> = self.causes.iter().map(|c| c.id).collect();
        let fact_set = fact_ids.iter().copied().to_set();
        let cause_set = cause_ids.iter().copied().to_set();
        for cause in &mut self.causes {
            keep_known_once(&mut cause.evidence, &fact_set);
        }
        for action in &mut self.actions {
            keep_known_once(&mut action.causes, &cause_set);
        }
        let max = fact_ids
            .iter()
            .chain(&cause_ids)
            .chain(self.actions.iter().map(|a| &a.id))
            .copied()
            .max()
            .unwrap_or(0);
        self.next_id = self.next_id.max(max.saturating_add(1));
    }
}

/// The title to show for a possibly blank title.
pub fn display_title(title: &str) -> &str {
    crate::text::or_placeholder(title, UNTITLED)
}

/// Keeps the links that point at `known` ids, each once, in their first position.
/// (`Vec::dedup` alone is not enough: it only drops *adjacent* repeats, so hand-edited
/// data such as `[1, 2, 1]` kept its duplicate.)
/// Sets, not slices: a hostile file with tens of thousands of links must not make this
/// quadratic.
fn keep_known_once(links: &mut Vec<ItemId>, known: &std::collections::BTreeSet<ItemId>) {
    let mut seen = std::collections::BTreeSet::new();
    links.retain(|id| known.contains(id) && seen.insert(*id));
}

pub(super) fn set_link(links: &mut Vec<ItemId>, id: ItemId, linked: bool) {
    let present = links.contains(&id);
    if linked && !present {
        links.push(id);
    } else if !linked && present {
        links.retain(|l| *l != id);
    }
}
