//! The playbook, the business's living operating manual: named checklists whose items come
//! from post-mortem actions (or are typed), their history, and their runs before a launch.
//! Pure: no browser, tested natively. Each checklist is stored on its own (see
//! `persist::schema`), so it is the unit every change, save and merge works on.

mod merge;
mod run;

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::domain::{Action, Direction, FactKind, ItemId, Postmortem, PostmortemId};

pub use merge::merge_checklist;
pub use run::{Outcome, Run, RunResult};

/// Identifies a checklist, an item or a run. Random rather than counted (unlike a
/// post-mortem's item ids): two tabs, or two people's copies, add items independently, and
/// a counter would hand both the same id.
#[derive(Clone, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Uid(pub String);

impl Uid {
    /// The id as text (used in addresses and storage keys).
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl From<PostmortemId> for Uid {
    /// Post-mortem ids are made the same way (time plus random bits), so the one generator
    /// serves both.
    fn from(id: PostmortemId) -> Self {
        Uid(id.0)
    }
}

impl std::fmt::Display for Uid {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

/// The name shown for a checklist whose name is blank.
pub const UNTITLED_CHECKLIST: &str = "Untitled checklist";

/// Names offered for a first checklist.
pub const SUGGESTED_NAMES: [&str; 3] =
    ["Launch checklist", "Sale-day checklist", "Deploy checklist"];

/// A named checklist: its items (retired ones kept as its history) and its runs.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Checklist {
    /// Unique in the browser profile.
    pub id: Uid,
    /// "Launch checklist".
    pub name: String,
    /// The checks, in the order they are done; retired ones stay, marked.
    #[serde(default)]
    pub items: Vec<CheckItem>,
    /// Every run, oldest first.
    #[serde(default)]
    pub runs: Vec<Run>,
    /// When it was made.
    #[serde(deserialize_with = "crate::domain::iso::de_utc")]
    pub created_at: DateTime<Utc>,
    /// When it last changed.
    #[serde(deserialize_with = "crate::domain::iso::de_utc")]
    pub updated_at: DateTime<Utc>,
    /// Set when the user deleted it; kept so the deletion can be undone.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::domain::iso::de_utc_opt"
    )]
    pub deleted_at: Option<DateTime<Utc>>,
}

/// One check of a checklist.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckItem {
    /// Unique in its checklist.
    pub id: Uid,
    /// The check itself.
    pub check: String,
    /// When it is done ("24 h before launch").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub when: String,
    /// Who does it, as roles ("two people: marketing lead + shop owner").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub who: String,
    /// The post-mortem action it came from, if any.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub origin: Option<Origin>,
    /// Set when it was retired: it then stays in the history, out of new runs.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub retired: Option<Retired>,
}

impl CheckItem {
    /// When and by whom it is done, as a run shows it under the check: "When: 24 hours
    /// before launch · Who: marketing lead"; empty when neither is said.
    pub fn when_and_who(&self) -> String {
        let parts: Vec<String> = [("When", &self.when), ("Who", &self.who)]
            .into_iter()
            .filter(|(_, v)| !v.trim().is_empty())
            .map(|(k, v)| format!("{k}: {}", v.trim()))
            .collect();
        parts.join(" · ")
    }
}

/// Where an item came from. The title and date are copied, so the item still says where it
/// came from after that post-mortem is deleted.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Origin {
    /// The post-mortem.
    pub postmortem: PostmortemId,
    /// The action in it.
    pub action: ItemId,
    /// Its title when the item was added.
    pub title: String,
    /// The day of the incident (its first timed fact), or the day the post-mortem was started.
    #[serde(deserialize_with = "crate::domain::iso::de_date")]
    pub date: NaiveDate,
}

/// Why and when an item was retired.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Retired {
    /// When.
    #[serde(deserialize_with = "crate::domain::iso::de_utc")]
    pub at: DateTime<Utc>,
    /// Why ("the email tool now refuses times without a zone").
    pub reason: String,
}

/// What became of a post-mortem an item came from, for the item to say so.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    /// Stored and not deleted: the item links to it.
    Here,
    /// In the trash.
    InTrash,
    /// Deleted for good (or never in this browser: the item came with a backup).
    Gone,
}

impl Source {
    /// Where `origin`'s post-mortem is, among `docs`.
    pub fn of(origin: &Origin, docs: &[Postmortem]) -> Self {
        match docs.iter().find(|d| d.id == origin.postmortem) {
            Some(doc) if doc.is_deleted() => Source::InTrash,
            Some(_) => Source::Here,
            None => Source::Gone,
        }
    }
}

impl Origin {
    /// The origin of an item made from `action` of `pm`.
    pub fn of(pm: &Postmortem, action: &Action) -> Self {
        Origin {
            postmortem: pm.id.clone(),
            action: action.id,
            title: pm.display_title().to_owned(),
            date: pm.incident_day(),
        }
    }
}

impl Checklist {
    /// A new, empty checklist.
    pub fn new(id: Uid, name: impl Into<String>, now: DateTime<Utc>) -> Self {
        Self {
            id,
            name: name.into(),
            items: Vec::new(),
            runs: Vec::new(),
            created_at: now,
            updated_at: now,
            deleted_at: None,
        }
    }

    /// The name to show: the typed one, or a placeholder when blank.
    pub fn display_name(&self) -> &str {
        crate::text::or_placeholder(&self.name, UNTITLED_CHECKLIST)
    }

    /// Whether the user deleted it.
    pub fn is_deleted(&self) -> bool {
        self.deleted_at.is_some()
    }

    /// Records that it changed now.
    pub fn touch(&mut self, now: DateTime<Utc>) {
        self.updated_at = now;
    }

    /// Renames it.
    pub fn rename(&mut self, name: impl Into<String>) {
        self.name = name.into();
    }

    /// Marks it deleted (reversible with [`Checklist::restore`]).
    pub fn mark_deleted(&mut self, now: DateTime<Utc>) {
        self.deleted_at = Some(now);
    }

    /// Undoes [`Checklist::mark_deleted`].
    pub fn restore(&mut self) {
        self.deleted_at = None;
    }

    /// The items in use (not retired), in order.
    pub fn active(&self) -> impl Iterator<Item = &CheckItem> {
        self.items.iter().filter(|i| i.retired.is_none())
    }

    /// The retired items: the checklist's history.
    pub fn retired(&self) -> impl Iterator<Item = &CheckItem> {
        self.items.iter().filter(|i| i.retired.is_some())
    }

    /// The item with this id.
    pub fn item(&self, id: &Uid) -> Option<&CheckItem> {
        self.items.iter().find(|i| &i.id == id)
    }

    fn item_mut(&mut self, id: &Uid) -> Option<&mut CheckItem> {
        self.items.iter_mut().find(|i| &i.id == id)
    }

    /// Appends an item typed by hand.
    pub fn add_item(&mut self, id: Uid, check: impl Into<String>) {
        self.items.push(CheckItem {
            id,
            check: check.into(),
            ..CheckItem::default()
        });
    }

    /// Appends an item made from a post-mortem's action: its text is the action's, its
    /// timing is the one the action names ("24 hours before launch"), who does it is the
    /// action's owner, and it remembers where it came from.
    pub fn add_from_action(&mut self, id: Uid, pm: &Postmortem, action: &Action) {
        self.items.push(CheckItem {
            id,
            check: action.description.trim().to_owned(),
            when: timing_in(&action.description).unwrap_or_default(),
            who: action.owner.trim().to_owned(),
            origin: Some(Origin::of(pm, action)),
            retired: None,
        });
    }

    /// Changes what an item checks.
    pub fn set_check(&mut self, id: &Uid, text: impl Into<String>) {
        if let Some(item) = self.item_mut(id) {
            item.check = text.into();
        }
    }

    /// Changes when an item is done.
    pub fn set_when(&mut self, id: &Uid, text: impl Into<String>) {
        if let Some(item) = self.item_mut(id) {
            item.when = text.into();
        }
    }

    /// Changes who does an item.
    pub fn set_who(&mut self, id: &Uid, text: impl Into<String>) {
        if let Some(item) = self.item_mut(id) {
            item.who = text.into();
        }
    }

    /// Moves an item one place up or down among the items in use (retired ones are not
    /// shown in the list, so stepping over them is what the user sees as one place).
    pub fn move_item(&mut self, id: &Uid, direction: Direction) {
        let Some(index) = self.items.iter().position(|i| &i.id == id) else {
            return;
        };
        let active = |i: &usize| self.items[*i].retired.is_none();
        let other = match direction {
            Direction::Up => (0..index).rev().find(active),
            Direction::Down => (index + 1..self.items.len()).find(active),
        };
        if let Some(other) = other {
            let item = self.items.remove(index);
            self.items.insert(other, item);
        }
    }

    /// Retires an item with a reason: it leaves new runs and stays in the history. A
    /// blank reason is refused, because the history is only useful if it says why.
    pub fn retire(&mut self, id: &Uid, reason: &str, now: DateTime<Utc>) -> Result<(), String> {
        let reason = reason.trim();
        if reason.is_empty() {
            return Err("Say why this check is retired: the history keeps the reason.".into());
        }
        let item = self
            .item_mut(id)
            .ok_or("That check is no longer in this checklist.")?;
        item.retired = Some(Retired {
            at: now,
            reason: reason.to_owned(),
        });
        Ok(())
    }

    /// Puts a retired item back in use where it was: a retired item keeps its place among
    /// the others, so putting it back undoes the retiring, order and all.
    pub fn reinstate(&mut self, id: &Uid) {
        if let Some(item) = self.item_mut(id) {
            item.retired = None;
        }
    }

    /// The run with this id.
    pub fn run(&self, id: &Uid) -> Option<&Run> {
        self.runs.iter().find(|r| &r.id == id)
    }

    /// The run with this id, to change.
    pub fn run_mut(&mut self, id: &Uid) -> Option<&mut Run> {
        self.runs.iter_mut().find(|r| &r.id == id)
    }

    /// Starts a run of the items in use, named (e.g. "Spring sale 2027"). Refused when
    /// there is nothing to check.
    pub fn start_run(
        &mut self,
        id: Uid,
        name: &str,
        now: DateTime<Utc>,
    ) -> Result<(), &'static str> {
        let results: Vec<RunResult> = self.active().map(RunResult::of).collect();
        if results.is_empty() {
            return Err("This checklist has no checks to run yet: add one first.");
        }
        self.runs.push(Run {
            id,
            name: name.trim().to_owned(),
            started_at: now,
            finished_at: None,
            results,
        });
        Ok(())
    }

    /// Removes a run (only an unfinished one with nothing ticked can be discarded; a
    /// record of a real run is kept).
    pub fn discard_run(&mut self, id: &Uid) -> bool {
        let discardable = self.run(id).is_some_and(Run::is_untouched);
        if discardable {
            self.runs.retain(|r| &r.id != id);
        }
        discardable
    }
}

/// A new post-mortem about a check that failed in a run, so the loop closes: its title
/// names the check, and its first fact quotes the check, the checklist and the run, at the
/// time the failure was recorded (`when`, in `zone`; the caller turns the instant into the
/// viewer's wall-clock time).
/// The id of the post-mortem started about check `item` failing in `run`: the same every
/// time, so pressing the button again (or after going back) opens that post-mortem rather
/// than starting a twin. `None` if the two ids make no valid post-mortem id (too long).
pub fn failure_postmortem_id(run: &Uid, item: &Uid) -> Option<PostmortemId> {
    let id = format!("f-{}-{}", run.as_str(), item.as_str());
    PostmortemId::is_valid(&id).then_some(PostmortemId(id))
}

pub fn postmortem_from_failure(
    id: PostmortemId,
    now: DateTime<Utc>,
    checklist: &Checklist,
    run: &Run,
    result: &RunResult,
    when: Option<NaiveDateTime>,
    zone: Option<String>,
) -> Postmortem {
    let check = result.check.trim();
    let title = format!("Failed check: {}", crate::text::shorten(check, 80));
    let mut pm = Postmortem::new(id, title, now);
    // A run left unnamed has no name to quote ("the run “Unnamed run”" read as one).
    let mut text = match run.name.trim() {
        "" => format!(
            "During a run of the {}, the check “{check}” failed",
            checklist.display_name()
        ),
        name => format!(
            "During the run “{name}” of the {}, the check “{check}” failed",
            checklist.display_name()
        ),
    };
    let note = result.note.trim();
    if note.is_empty() {
        text.push('.');
    } else {
        text.push_str(": ");
        text.push_str(note);
        if !note.ends_with(['.', '!', '?']) {
            text.push('.');
        }
    }
    let fact = pm.add_fact(text);
    pm.set_fact_when(fact, when);
    pm.set_fact_zone(fact, zone);
    pm.set_fact_source(fact, format!("Playbook: {}", checklist.display_name()));
    pm.set_fact_kind(fact, Some(FactKind::Detection));
    pm
}

/// The checklist and item that `action` of `pm` became, if any.
pub fn item_for_action<'a>(
    checklists: &'a [Checklist],
    pm: &PostmortemId,
    action: ItemId,
) -> Option<(&'a Checklist, &'a CheckItem)> {
    checklists.iter().filter(|c| !c.is_deleted()).find_map(|c| {
        c.items
            .iter()
            .find(|i| {
                i.origin
                    .as_ref()
                    .is_some_and(|o| &o.postmortem == pm && o.action == action)
            })
            .map(|i| (c, i))
    })
}

/// Check `item` of checklist `list`, if both are still there: what a checklist's row and a
/// run's check show of it.
pub fn check_item<'a>(
    checklists: &'a [Checklist],
    list: &Uid,
    item: &Uid,
) -> Option<&'a CheckItem> {
    checklists.iter().find(|l| &l.id == list)?.item(item)
}

/// The checklist (not deleted) with this name, compared without case or surrounding spaces.
pub fn find_by_name<'a>(checklists: &'a [Checklist], name: &str) -> Option<&'a Checklist> {
    let name = name.trim();
    checklists
        .iter()
        .filter(|c| !c.is_deleted())
        .find(|c| c.name.trim().eq_ignore_ascii_case(name))
}

/// The timing an action names for its check: "24 hours before launch", "48 h before each
/// sale", "the day before". Real action items carry it inline, and it is what a checklist
/// item's "when" asks for.
pub fn timing_in(text: &str) -> Option<String> {
    const ANCHORS: [&str; 4] = [" before ", " prior to ", " ahead of ", " after "];
    let lower = text.to_ascii_lowercase();
    for anchor in ANCHORS {
        let Some(at) = lower.find(anchor) else {
            continue;
        };
        // Back to the start of the amount ("24 hours", "the day", "one week").
        let head = &lower[..at];
        let words: Vec<&str> = head.split_whitespace().collect();
        let unit = words.last()?;
        let units = [
            "hour", "hours", "h", "hrs", "day", "days", "week", "weeks", "minutes",
        ];
        if !units.contains(&unit.trim_end_matches(',')) {
            continue;
        }
        let take = if words.len() >= 2 { 2 } else { 1 };
        let start_word = words[words.len() - take..].join(" ");
        let start = head.rfind(&start_word).unwrap_or(at);
        // Forward to the end of the clause.
        let tail = &lower[at + anchor.len()..];
        let end = tail
            .find(['.', ',', ';', ':', '(', '\n'])
            .unwrap_or(tail.len());
        let end = at + anchor.len() + end;
        let found = text.get(start..end)?.trim();
        return Some(found.trim_start_matches("a ").to_owned());
    }
    None
}

#[cfg(test)]
mod tests;
