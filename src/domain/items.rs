//! The items a post-mortem lists (facts, causes, actions), the people it names, its impact
//! figures, and the one numbering every view and export uses (`Listed::label`).

use chrono::{NaiveDate, NaiveDateTime};
use serde::{Deserialize, Serialize};

use super::{
    ActionKind, ActionStatus, Category, CauseKind, FactKind, ItemId, Postmortem, Priority,
};

/// The three kinds of item a post-mortem lists (facts, causes, actions), so views and
/// lookups can be written once for all three.
pub trait Listed: Clone + PartialEq {
    /// The letter of its label: "F", "C" or "A".
    const LETTER: &'static str;
    /// What the user calls one: "Fact", "Cause" or "Action".
    const NOUN: &'static str;

    /// The item's id, unique within its post-mortem.
    fn id(&self) -> ItemId;
    /// The post-mortem's list of this kind of item.
    fn list(doc: &Postmortem) -> &[Self];

    /// The item with `id`, looked up at `hint` first (its last known position) because a
    /// search through thousands of items on every change would be wasted work.
    fn find(doc: &Postmortem, id: ItemId, hint: usize) -> Option<&Self> {
        let list = Self::list(doc);
        list.get(hint)
            .filter(|item| item.id() == id)
            .or_else(|| list.iter().find(|item| item.id() == id))
    }

    /// The label of the item at `index` in its list: "F3".
    ///
    /// This is the one numbering of the whole app: an item is numbered by its place in its
    /// list, blank items included, so a number never changes while the user types and names
    /// the same item in the editor, the link pickers, the coach notes, the timeline, the
    /// Review and every export. Exports leave blank items out, so their numbers can skip
    /// (F1, F3); the Review's hints say which items are blank.
    fn label(index: usize) -> String {
        format!("{}{}", Self::LETTER, index + 1)
    }

    /// The item's name in a sentence or heading: "Fact 3" (same number as [`Self::label`]).
    fn name(index: usize) -> String {
        format!("{} {}", Self::NOUN, index + 1)
    }

    /// The index of the item with `id` in its list.
    fn index_of(doc: &Postmortem, id: ItemId) -> Option<usize> {
        Self::list(doc).iter().position(|item| item.id() == id)
    }

    /// The label of the item with `id` ("F3"), if it is in the list.
    fn label_of(doc: &Postmortem, id: ItemId) -> Option<String> {
        Self::index_of(doc, id).map(Self::label)
    }
}

/// Something that happened, stated as data.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Fact {
    /// Unique within the post-mortem.
    pub id: ItemId,
    /// What happened.
    pub text: String,
    /// When it happened (wall-clock time as recorded), if known.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::iso::de_local_opt"
    )]
    pub when: Option<NaiveDateTime>,
    /// The time zone `when` was recorded in (IANA name, `UTC` or an abbreviation such as
    /// `EST`); `None` when not recorded (read in the viewer's zone).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub zone: Option<String>,
    /// Where the fact comes from ("email tool", "support inbox").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub source: String,
    /// What part of the incident it records.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<FactKind>,
}

/// Why something happened: a statement about the system, with its chain of "why?" answers.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Cause {
    /// Unique within the post-mortem.
    pub id: ItemId,
    /// The cause, stated about the system.
    pub statement: String,
    /// Answers to successive "why?" questions, each digging one level deeper.
    #[serde(default)]
    pub whys: Vec<String>,
    /// The facts that show this cause.
    #[serde(default)]
    pub evidence: Vec<ItemId>,
    /// Root or contributing.
    #[serde(default)]
    pub kind: CauseKind,
    /// Where in the system it lies.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub category: Option<Category>,
    /// Why no action addresses it, when that is a deliberate decision.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub no_action_reason: Option<String>,
}

/// A change to the system that stops the problem happening again.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Action {
    /// Unique within the post-mortem.
    pub id: ItemId,
    /// What will change.
    pub description: String,
    /// Who sees it through (a role or a name).
    #[serde(default)]
    pub owner: String,
    /// When it should be done.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::iso::de_date_opt"
    )]
    pub due: Option<NaiveDate>,
    /// Whether it has been done.
    #[serde(default)]
    pub status: ActionStatus,
    /// The causes this action removes.
    #[serde(default)]
    pub causes: Vec<ItemId>,
    /// What it does about them.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kind: Option<ActionKind>,
    /// How soon it matters.
    #[serde(default)]
    pub priority: Priority,
    /// Why it was not done (for "won't do").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub status_reason: String,
    /// How it was checked that the change works, once it is done: what a post-mortem's
    /// review waits for before it is closed.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub verified: Option<Verification>,
}

/// How and when a done action was checked ("test order placed with every code").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Verification {
    /// The day it was checked.
    #[serde(deserialize_with = "super::iso::de_date")]
    pub on: NaiveDate,
    /// How it was checked.
    pub note: String,
}

impl Action {
    /// Done, and not yet verified.
    pub fn awaits_verification(&self) -> bool {
        self.status == ActionStatus::Done && self.verified.is_none()
    }
}

impl Listed for Fact {
    const LETTER: &'static str = "F";
    const NOUN: &'static str = "Fact";

    fn id(&self) -> ItemId {
        self.id
    }
    fn list(doc: &Postmortem) -> &[Self] {
        &doc.facts
    }
}

impl Listed for Cause {
    const LETTER: &'static str = "C";
    const NOUN: &'static str = "Cause";

    fn id(&self) -> ItemId {
        self.id
    }
    fn list(doc: &Postmortem) -> &[Self] {
        &doc.causes
    }
}

impl Listed for Action {
    const LETTER: &'static str = "A";
    const NOUN: &'static str = "Action";

    fn id(&self) -> ItemId {
        self.id
    }
    fn list(doc: &Postmortem) -> &[Self] {
        &doc.actions
    }
}

/// Someone involved, and the role the post-mortem can call them by instead.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    /// Their name as it may appear in the text.
    pub name: String,
    /// Their role ("marketing lead").
    pub role: String,
}

/// What the incident cost, in numbers.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Impact {
    /// Orders affected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub orders: Option<u64>,
    /// Revenue lost, in hundredths of the currency unit.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub revenue_cents: Option<u64>,
    /// ISO currency code of the revenue ("USD").
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub currency: String,
    /// Customers affected.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub customers: Option<u64>,
    /// Support contacts (tickets, emails, calls) about it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub support_contacts: Option<u64>,
}

/// One of the counted figures of the impact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Count {
    /// Orders affected.
    Orders,
    /// Customers affected.
    Customers,
    /// Support contacts.
    SupportContacts,
}

/// Moving an item within its list.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Direction {
    /// Towards the start.
    Up,
    /// Towards the end.
    Down,
}

impl Direction {
    /// Which of a moved item's two buttons keeps the keyboard once the item at `at` of a
    /// list of `len` has moved this way: the same one, so the keyboard can keep moving the
    /// item; the other once the move reached the end of the list, where this one is
    /// disabled. As a word for the buttons' ids: "up" or "down".
    pub fn button_after_move(self, at: usize, len: usize) -> &'static str {
        match self {
            Direction::Up if at > 1 => "up",
            Direction::Down if at + 2 < len => "down",
            Direction::Up => "down",
            Direction::Down => "up",
        }
    }
}

#[cfg(test)]
mod direction_tests {
    use super::Direction;

    #[test]
    fn the_moved_items_button_keeps_the_keyboard_until_the_end_of_the_list() {
        // Three items: moving the last up keeps Up; moving the second up reaches the top.
        assert_eq!(Direction::Up.button_after_move(2, 3), "up");
        assert_eq!(Direction::Up.button_after_move(1, 3), "down");
        assert_eq!(Direction::Down.button_after_move(0, 3), "down");
        assert_eq!(Direction::Down.button_after_move(1, 3), "up");
    }
}
