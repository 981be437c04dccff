//! The closed sets of choices a post-mortem records (kinds, categories, statuses, steps),
//! each with a stable key for storage and a label for people, and the macros that declare
//! them.

use serde::{Deserialize, Serialize};

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

            /// Its position in [`Self::ALL`] (what a choice select hands back).
            pub fn index(self) -> usize {
                self as usize
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
