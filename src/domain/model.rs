//! The post-mortem's data types and the named methods that are the only way to change them.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use serde::{Deserialize, Serialize};

use crate::sort::CollectOrdered;

/// Identifies an item (fact, cause, action) inside one post-mortem.
///
/// Ids come from a per-document counter rather than random numbers: they only need to be
/// unique within their post-mortem, and a counter keeps the domain deterministic and testable.
pub type ItemId = u32;

/// The largest item id we hand out; far beyond any real post-mortem, and low enough that
/// `next_id` can never overflow.
pub const MAX_ITEM_ID: ItemId = 1 << 30;

/// Identifies a post-mortem across the whole browser profile (and across exports).
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PostmortemId(pub String);

impl PostmortemId {
    /// Builds an id from a millisecond timestamp and 32 random bits supplied by the caller,
    /// so the domain itself needs no clock or random source.
    pub fn from_parts(millis: u64, random: u32) -> Self {
        Self(format!("{}-{:08x}", to_base36(millis), random))
    }

    /// The id as text (used in URLs and storage keys).
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Whether this looks like an id we produce: short, URL- and key-safe.
    pub fn is_valid(text: &str) -> bool {
        !text.is_empty()
            && text.len() <= 64
            && text
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
    }
}

impl std::fmt::Display for PostmortemId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

fn to_base36(mut n: u64) -> String {
    const DIGITS: &[u8; 36] = b"0123456789abcdefghijklmnopqrstuvwxyz";
    let mut out = Vec::new();
    loop {
        out.push(DIGITS[(n % 36) as usize]);
        n /= 36;
        if n == 0 {
            break;
        }
    }
    out.reverse();
    String::from_utf8(out).unwrap_or_default()
}

/// Reads a choice stored as one of `keys`, returning its position. Shared by every choice:
/// serde's derived impls compiled a visitor of their own for each enum.
fn de_key<'de, D: serde::Deserializer<'de>>(
    deserializer: D,
    keys: &'static [&'static str],
) -> Result<usize, D::Error> {
    let key = String::deserialize(deserializer)?;
    keys.iter()
        .position(|k| *k == key)
        .ok_or_else(|| serde::de::Error::unknown_variant(&key, keys))
}

/// Stores a choice as its key (the JSON string serde's derive would write for it).
macro_rules! keyed_serde {
    ($name:ident, $key:ident, [$($k:literal),+]) => {
        impl Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.$key())
            }
        }

        impl<'de> Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                // `ALL` lists the choices in the same order as the keys.
                de_key(deserializer, &[$($k),+]).map(|i| Self::ALL[i])
            }
        }
    };
}

/// Declares a closed set of choices with a stable key (stored and used in forms) and a
/// label (shown), so every picker, the storage format and the export agree.
macro_rules! choice {
    (@unit $x:ident) => { () };
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident => $key:literal, $label:literal;)+ }) => {
        $(#[$meta])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum $name { $($(#[$vmeta])* $variant,)+ }

        keyed_serde!($name, key, [$($key),+]);

        impl $name {
            /// Every choice, in display order.
            pub const ALL: [$name; <[()]>::len(&[$(choice!(@unit $variant)),+])] = [$($name::$variant),+];

            /// What the user reads.
            pub fn label(self) -> &'static str {
                match self { $($name::$variant => $label),+ }
            }

            /// The stable machine name (storage, form values, CSS classes).
            pub fn key(self) -> &'static str {
                match self { $($name::$variant => $key),+ }
            }

            /// The inverse of `key`.
            pub fn from_key(key: &str) -> Option<Self> {
                Self::ALL.into_iter().find(|v| v.key() == key)
            }
        }
    };
}

choice! {
    /// Where the post-mortem is in its life.
    #[derive(Default)]
    Status {
        /// Being written.
        #[default]
        Draft => "draft", "Draft";
        /// Written, being read by others.
        InReview => "in_review", "In review";
        /// Finished; kept for the record.
        Closed => "closed", "Closed";
    }
}

choice! {
    /// What part of the incident a fact records.
    FactKind {
        /// Something that happened.
        Event => "event", "Event";
        /// The moment someone or something noticed the problem.
        Detection => "detection", "Detection";
        /// Something done in response.
        Response => "response", "Response";
        /// The moment the problem was over.
        Resolution => "resolution", "Resolution";
    }
}

choice! {
    /// Whether a cause is the root of the problem or one that made it worse.
    #[derive(Default)]
    CauseKind {
        /// Removing it stops the problem happening again.
        #[default]
        Root => "root", "Root cause";
        /// It made the problem possible, bigger or longer.
        Contributing => "contributing", "Contributing cause";
    }
}

choice! {
    /// Where in the system a cause lies. Deliberately no "person" category.
    Category {
        /// A process or its steps.
        Process => "process", "Process";
        /// A tool, its defaults or its configuration.
        Tooling => "tooling", "Tooling";
        /// How information travelled between people or teams.
        Communication => "communication", "Communication";
        /// Timing, schedules and time zones.
        Scheduling => "scheduling", "Scheduling / timing";
        /// Load, limits and capacity.
        Capacity => "capacity", "Capacity";
        /// Something outside the team's control.
        External => "external", "External";
        /// Missing or outdated knowledge and documentation.
        Knowledge => "knowledge", "Knowledge / documentation";
    }
}

choice! {
    /// What an action does about its cause.
    ActionKind {
        /// Stops it happening again.
        Prevent => "prevent", "Prevent";
        /// Notices it sooner.
        Detect => "detect", "Detect";
        /// Makes it smaller when it happens.
        Mitigate => "mitigate", "Mitigate";
        /// Changes how the team works.
        Process => "process", "Process";
    }
}

choice! {
    /// How soon an action matters.
    #[derive(Default)]
    Priority {
        /// Do it first.
        High => "high", "High";
        /// The default.
        #[default]
        Medium => "medium", "Medium";
        /// When there is time.
        Low => "low", "Low";
    }
}

/// The guided steps of the editor, in order.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Step {
    /// What happened, as data.
    #[default]
    Facts,
    /// Why it happened, in the system.
    Causes,
    /// What changes in the system.
    Actions,
    /// The whole document as it will be exported.
    Review,
}

keyed_serde!(Step, slug, ["facts", "causes", "actions", "review"]);

impl Step {
    /// Every step, in order.
    pub const ALL: [Step; 4] = [Step::Facts, Step::Causes, Step::Actions, Step::Review];

    /// What the user reads.
    pub fn label(self) -> &'static str {
        match self {
            Step::Facts => "Facts",
            Step::Causes => "Causes",
            Step::Actions => "Actions",
            Step::Review => "Review",
        }
    }

    /// The URL segment.
    pub fn slug(self) -> &'static str {
        match self {
            Step::Facts => "facts",
            Step::Causes => "causes",
            Step::Actions => "actions",
            Step::Review => "review",
        }
    }

    /// The inverse of [`Step::slug`].
    pub fn from_slug(slug: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.slug() == slug)
    }

    /// 1-based position, for "Step 2 of 4".
    pub fn number(self) -> usize {
        Self::ALL.iter().position(|s| *s == self).unwrap_or(0) + 1
    }

    /// The step before this one, if any.
    pub fn previous(self) -> Option<Self> {
        Self::ALL.get(self.number().checked_sub(2)?).copied()
    }

    /// The step after this one, if any.
    pub fn next(self) -> Option<Self> {
        Self::ALL.get(self.number()).copied()
    }
}

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

choice! {
    /// Where an action stands.
    #[derive(Default)]
    ActionStatus {
        /// Still to do.
        #[default]
        Open => "open", "Open";
        /// Being worked on.
        InProgress => "in_progress", "In progress";
        /// Carried out.
        Done => "done", "Done";
        /// Decided against, with a reason.
        WontDo => "wont_do", "Won't do";
    }
}

impl ActionStatus {
    /// Whether the action no longer needs doing.
    pub fn is_finished(self) -> bool {
        matches!(self, ActionStatus::Done | ActionStatus::WontDo)
    }
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
        }
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

    // ---- facts ----

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

    /// Removes a fact, and with it every cause's link to it.
    pub fn remove_fact(&mut self, id: ItemId) -> Option<Fact> {
        let index = self.facts.iter().position(|f| f.id == id)?;
        for cause in &mut self.causes {
            cause.evidence.retain(|f| *f != id);
        }
        Some(self.facts.remove(index))
    }

    // ---- causes ----

    /// Appends a cause and returns its id.
    pub fn add_cause(&mut self, statement: impl Into<String>) -> ItemId {
        let id = self.take_id();
        // The first cause is usually the one being dug into: the root.
        let kind = if self.causes.iter().any(|c| c.kind == CauseKind::Root) {
            CauseKind::Contributing
        } else {
            CauseKind::Root
        };
        self.causes.push(Cause {
            id,
            statement: statement.into(),
            whys: Vec::new(),
            evidence: Vec::new(),
            kind,
            category: None,
            no_action_reason: None,
        });
        id
    }

    /// The cause with this id.
    pub fn cause(&self, id: ItemId) -> Option<&Cause> {
        self.causes.iter().find(|c| c.id == id)
    }

    fn cause_mut(&mut self, id: ItemId) -> Option<&mut Cause> {
        self.causes.iter_mut().find(|c| c.id == id)
    }

    /// Changes a cause's statement.
    pub fn set_cause_statement(&mut self, id: ItemId, statement: impl Into<String>) {
        if let Some(cause) = self.cause_mut(id) {
            cause.statement = statement.into();
        }
    }

    /// Marks a cause root or contributing.
    pub fn set_cause_kind(&mut self, id: ItemId, kind: CauseKind) {
        if let Some(cause) = self.cause_mut(id) {
            cause.kind = kind;
        }
    }

    /// Changes (or clears) where in the system a cause lies.
    pub fn set_cause_category(&mut self, id: ItemId, category: Option<Category>) {
        if let Some(cause) = self.cause_mut(id) {
            cause.category = category;
        }
    }

    /// Records (or withdraws, with `None`) a deliberate decision to take no action on a cause.
    pub fn set_no_action_reason(&mut self, id: ItemId, reason: Option<String>) {
        if let Some(cause) = self.cause_mut(id) {
            cause.no_action_reason = reason;
        }
    }

    /// Asks "why?" once more: appends an empty answer to the cause's chain.
    pub fn add_why(&mut self, id: ItemId) {
        if let Some(cause) = self.cause_mut(id) {
            cause.whys.push(String::new());
        }
    }

    /// Changes one answer in a cause's why-chain.
    pub fn set_why(&mut self, id: ItemId, index: usize, text: impl Into<String>) {
        if let Some(why) = self.cause_mut(id).and_then(|c| c.whys.get_mut(index)) {
            *why = text.into();
        }
    }

    /// Removes one answer from a cause's why-chain.
    pub fn remove_why(&mut self, id: ItemId, index: usize) {
        if let Some(cause) = self.cause_mut(id) {
            if index < cause.whys.len() {
                cause.whys.remove(index);
            }
        }
    }

    /// Links or unlinks a fact as evidence for a cause. Unknown facts are ignored so a
    /// link can never point at nothing.
    pub fn set_evidence(&mut self, cause_id: ItemId, fact_id: ItemId, linked: bool) {
        if self.fact(fact_id).is_none() {
            return;
        }
        if let Some(cause) = self.cause_mut(cause_id) {
            set_link(&mut cause.evidence, fact_id, linked);
        }
    }

    /// Removes a cause, and with it every action's link to it.
    pub fn remove_cause(&mut self, id: ItemId) -> Option<Cause> {
        let index = self.causes.iter().position(|c| c.id == id)?;
        for action in &mut self.actions {
            action.causes.retain(|c| *c != id);
        }
        Some(self.causes.remove(index))
    }

    // ---- actions ----

    /// Appends an action and returns its id.
    pub fn add_action(&mut self, description: impl Into<String>) -> ItemId {
        let id = self.take_id();
        self.actions.push(Action {
            id,
            description: description.into(),
            owner: String::new(),
            due: None,
            status: ActionStatus::Open,
            causes: Vec::new(),
            kind: None,
            priority: Priority::Medium,
            status_reason: String::new(),
        });
        id
    }

    /// The action with this id.
    pub fn action(&self, id: ItemId) -> Option<&Action> {
        self.actions.iter().find(|a| a.id == id)
    }

    fn action_mut(&mut self, id: ItemId) -> Option<&mut Action> {
        self.actions.iter_mut().find(|a| a.id == id)
    }

    /// Changes what an action will do.
    pub fn set_action_description(&mut self, id: ItemId, text: impl Into<String>) {
        if let Some(action) = self.action_mut(id) {
            action.description = text.into();
        }
    }

    /// Changes who owns an action.
    pub fn set_action_owner(&mut self, id: ItemId, owner: impl Into<String>) {
        if let Some(action) = self.action_mut(id) {
            action.owner = owner.into();
        }
    }

    /// Changes (or clears) an action's due date.
    pub fn set_action_due(&mut self, id: ItemId, due: Option<NaiveDate>) {
        if let Some(action) = self.action_mut(id) {
            action.due = due;
        }
    }

    /// Marks an action open or done.
    pub fn set_action_status(&mut self, id: ItemId, status: ActionStatus) {
        if let Some(action) = self.action_mut(id) {
            action.status = status;
        }
    }

    /// Records why an action will not be done.
    pub fn set_action_status_reason(&mut self, id: ItemId, reason: impl Into<String>) {
        if let Some(action) = self.action_mut(id) {
            action.status_reason = reason.into();
        }
    }

    /// Changes (or clears) what an action does about its causes.
    pub fn set_action_kind(&mut self, id: ItemId, kind: Option<ActionKind>) {
        if let Some(action) = self.action_mut(id) {
            action.kind = kind;
        }
    }

    /// Changes how soon an action matters.
    pub fn set_action_priority(&mut self, id: ItemId, priority: Priority) {
        if let Some(action) = self.action_mut(id) {
            action.priority = priority;
        }
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

    /// Whether an action is past its due date and not finished.
    pub fn is_overdue(action: &Action, today: NaiveDate) -> bool {
        !action.status.is_finished() && action.due.is_some_and(|due| due < today)
    }

    /// Links or unlinks a cause that an action addresses. Unknown causes are ignored.
    pub fn set_action_cause(&mut self, action_id: ItemId, cause_id: ItemId, linked: bool) {
        if self.cause(cause_id).is_none() {
            return;
        }
        if let Some(action) = self.action_mut(action_id) {
            set_link(&mut action.causes, cause_id, linked);
        }
    }

    /// Removes an action.
    pub fn remove_action(&mut self, id: ItemId) -> Option<Action> {
        let index = self.actions.iter().position(|a| a.id == id)?;
        Some(self.actions.remove(index))
    }

    /// The actions that address a cause.
    pub fn actions_for(&self, cause_id: ItemId) -> impl Iterator<Item = &Action> {
        self.actions
            .iter()
            .filter(move |a| a.causes.contains(&cause_id))
    }

    /// Figures for the home list.
    pub fn summary(&self) -> Summary {
        Summary {
            id: self.id.clone(),
            title: self.display_title().to_owned(),
            status: self.status,
            updated_at: self.updated_at,
            facts: self.facts.len(),
            causes: self.causes.len(),
            actions: self.actions.len(),
        }
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
    let trimmed = title.trim();
    if trimmed.is_empty() {
        UNTITLED
    } else {
        trimmed
    }
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

fn set_link(links: &mut Vec<ItemId>, id: ItemId, linked: bool) {
    let present = links.contains(&id);
    if linked && !present {
        links.push(id);
    } else if !linked && present {
        links.retain(|l| *l != id);
    }
}

/// What the home list shows of a post-mortem.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Summary {
    /// Which post-mortem.
    pub id: PostmortemId,
    /// Its title (never blank).
    pub title: String,
    /// Its status.
    pub status: Status,
    /// When its content last changed.
    pub updated_at: DateTime<Utc>,
    /// How many facts.
    pub facts: usize,
    /// How many causes.
    pub causes: usize,
    /// How many actions.
    pub actions: usize,
}

/// Orders summaries newest first (ties by id, so the order is stable).
pub fn sort_newest_first(list: &mut Vec<Summary>) {
    crate::sort::sort_by(list, |a, b| {
        b.updated_at.cmp(&a.updated_at).then(a.id.cmp(&b.id))
    });
}

/// Reads a whole number typed by a person ("1,200", " 86 "); blank means "not known".
pub fn parse_count(text: &str) -> Result<Option<u64>, String> {
    let digits: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ',' | '_' | ' ' | '\u{a0}'))
        .collect();
    if digits.is_empty() {
        return Ok(None);
    }
    digits
        .parse::<u64>()
        .map(Some)
        .map_err(|_| format!("“{}” is not a whole number", text.trim()))
}

/// Reads an amount of money ("9,300.50", "9300", "12.5") into hundredths; blank means
/// "not known". At most two decimals, so nothing typed is silently rounded.
pub fn parse_amount(text: &str) -> Result<Option<u64>, String> {
    let cleaned: String = text
        .trim()
        .chars()
        .filter(|c| !matches!(c, ',' | '_' | ' ' | '\u{a0}'))
        .collect();
    if cleaned.is_empty() {
        return Ok(None);
    }
    let invalid = || format!("“{}” is not an amount (for example 9,300.50)", text.trim());
    let (whole, fraction) = cleaned.split_once('.').unwrap_or((&cleaned, ""));
    if whole.is_empty() && fraction.is_empty()
        || !whole.bytes().all(|b| b.is_ascii_digit())
        || !fraction.bytes().all(|b| b.is_ascii_digit())
        || fraction.len() > 2
    {
        return Err(invalid());
    }
    let whole: u64 = if whole.is_empty() {
        0
    } else {
        whole.parse().map_err(|_| invalid())?
    };
    let cents: u64 = match fraction.len() {
        0 => 0,
        1 => fraction.parse::<u64>().map_err(|_| invalid())? * 10,
        _ => fraction.parse().map_err(|_| invalid())?,
    };
    whole
        .checked_mul(100)
        .and_then(|w| w.checked_add(cents))
        .map(Some)
        .ok_or_else(invalid)
}

/// Groups thousands: 12400 → "12,400".
pub fn format_count(n: u64) -> String {
    let digits = n.to_string();
    let mut out = String::with_capacity(digits.len() + digits.len() / 3);
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// 930050 → "9,300.50"; whole amounts drop the cents: 930000 → "9,300".
pub fn format_amount(cents: u64) -> String {
    let whole = format_count(cents / 100);
    match cents % 100 {
        0 => whole,
        c => format!("{whole}.{c:02}"),
    }
}

// `model.rs` is not a `mod.rs`, so a plain `mod tests;` would look for
// `src/domain/model/tests.rs`; the tests live next to it in `src/domain/tests.rs`.
#[cfg(test)]
#[path = "tests.rs"]
mod tests;
