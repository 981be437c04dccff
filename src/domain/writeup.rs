//! The parts of the report written on the Review step, beyond facts, causes and actions:
//! the summary a reader sees first, what went well and the lessons learned (as in the
//! Google SRE and Atlassian templates), who wrote it and took part, when it was reviewed,
//! and the time zone the report is shown in.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// What the Review step adds to the report. Every field is optional.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Writeup {
    /// One paragraph for the reader who reads nothing else.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
    /// What went well: what to keep doing.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub went_well: String,
    /// What was learned beyond the actions.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub lessons: String,
    /// Who wrote it (a role is enough).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub author: String,
    /// Who took part (roles).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub participants: String,
    /// When it was (or will be) reviewed together. Read with the domain's own date
    /// parser, as every stored date is: chrono's brings about 10 KB of format parsing.
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "super::iso::de_date_opt"
    )]
    pub review_date: Option<NaiveDate>,
    /// The IANA zone (or "UTC") the report shows times in; `None`: the zone most facts
    /// were recorded in.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub report_zone: Option<String>,
}

impl Writeup {
    /// Nothing written: not stored at all.
    pub fn is_empty(&self) -> bool {
        *self == Self::default()
    }
}

/// One text field of the write-up, for the named setter.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WriteupText {
    Summary,
    WentWell,
    Lessons,
    Author,
    Participants,
}

impl Writeup {
    /// The text of one field.
    pub fn text(&self, which: WriteupText) -> &str {
        match which {
            WriteupText::Summary => &self.summary,
            WriteupText::WentWell => &self.went_well,
            WriteupText::Lessons => &self.lessons,
            WriteupText::Author => &self.author,
            WriteupText::Participants => &self.participants,
        }
    }

    fn text_mut(&mut self, which: WriteupText) -> &mut String {
        match which {
            WriteupText::Summary => &mut self.summary,
            WriteupText::WentWell => &mut self.went_well,
            WriteupText::Lessons => &mut self.lessons,
            WriteupText::Author => &mut self.author,
            WriteupText::Participants => &mut self.participants,
        }
    }

    /// Sets one text field.
    pub fn set_text(&mut self, which: WriteupText, text: impl Into<String>) {
        *self.text_mut(which) = text.into();
    }
}
