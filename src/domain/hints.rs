//! Gentle hints about what a post-mortem still lacks: shown in Review, never blocking.

use chrono::Datelike;

use super::time::{Zone, ZoneRules};
use super::{display_title, ActionStatus, CauseKind, ItemId, Listed, Postmortem, Step};

/// What kind of gap a hint points at.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HintKind {
    /// The title is blank.
    NoTitle,
    /// No facts recorded yet.
    NoFacts,
    /// No causes identified yet.
    NoCauses,
    /// No actions planned yet.
    NoActions,
    /// A fact, cause or action with no text (left out of the export).
    EmptyItem,
    /// A root cause that no action addresses and no decision explains.
    CauseWithoutAction,
    /// A cause that no fact supports.
    UnsupportedCause,
    /// An action that traces to no cause.
    ActionWithoutCause,
    /// An action marked "won't do" with no reason.
    WontDoWithoutReason,
    /// An action nobody owns.
    ActionWithoutOwner,
    /// An open action with no due date.
    ActionWithoutDueDate,
    /// An action due before the incident's first fact: a mistyped date.
    ActionDueBeforeIncident,
    /// A done action nobody has verified: closing waits for it.
    UnverifiedAction,
    /// A fact with a time whose zone is not one the zone rules know: it is off the timeline.
    FactZoneUnknown,
    /// A fact dated outside the years the timeline reads ([`super::TIMELINE_YEARS`]): a
    /// mistyped year.
    FactYearMistyped,
    /// A fact dated after the post-mortem was last edited: nobody records what has not
    /// happened yet, so the date is mistyped.
    FactInFuture,
    /// An action due more than five years after the incident: a mistyped year
    /// ("9999-12-31") that would sit in every list of open actions and calendar.
    ActionDueFarOff,
}

/// One thing the post-mortem still lacks, with the step where it can be fixed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Hint {
    /// What kind of gap.
    pub kind: HintKind,
    /// The sentence shown to the user.
    pub message: String,
    /// Where to fix it.
    pub step: Step,
    /// The item concerned, if any.
    pub item: Option<ItemId>,
}

impl Hint {
    fn new(kind: HintKind, step: Step, item: Option<ItemId>, message: impl Into<String>) -> Self {
        Self {
            kind,
            message: message.into(),
            step,
            item,
        }
    }
}

fn plural(n: usize, one: &str, many: &str) -> String {
    crate::text::count_of(n as u64, one, many)
}

fn quote(text: &str) -> String {
    crate::text::quoted(text, 60)
}

impl Postmortem {
    /// Everything the post-mortem still lacks, in the order of the steps.
    pub fn hints(&self) -> Vec<Hint> {
        let mut hints = Vec::new();
        if self.title.trim().is_empty() {
            hints.push(Hint::new(
                HintKind::NoTitle,
                Step::Facts,
                None,
                format!(
                    "Give it a title; until then it is called “{}”.",
                    display_title("")
                ),
            ));
        }
        if self.facts.is_empty() {
            hints.push(Hint::new(
                HintKind::NoFacts,
                Step::Facts,
                None,
                "No facts yet: start with what happened, and when.",
            ));
        }
        let empty_facts = self
            .facts
            .iter()
            .filter(|f| f.text.trim().is_empty())
            .count();
        if empty_facts > 0 {
            hints.push(Hint::new(
                HintKind::EmptyItem,
                Step::Facts,
                None,
                format!(
                    "{} no text and will be left out of the export.",
                    plural(empty_facts, "fact has", "facts have")
                ),
            ));
        }
        if self.causes.is_empty() {
            hints.push(Hint::new(
                HintKind::NoCauses,
                Step::Causes,
                None,
                "No causes yet: ask why it happened until you reach the system.",
            ));
        }
        let empty_causes = self
            .causes
            .iter()
            .filter(|c| c.statement.trim().is_empty())
            .count();
        if empty_causes > 0 {
            hints.push(Hint::new(
                HintKind::EmptyItem,
                Step::Causes,
                None,
                format!(
                    "{} no statement and will be left out of the export.",
                    plural(empty_causes, "cause has", "causes have")
                ),
            ));
        }
        for cause in self
            .causes
            .iter()
            .filter(|c| !c.statement.trim().is_empty())
        {
            if cause.evidence.is_empty() {
                hints.push(Hint::new(
                    HintKind::UnsupportedCause,
                    Step::Causes,
                    Some(cause.id),
                    format!(
                        "The cause {} has no fact linked yet: link the facts that show it.",
                        quote(&cause.statement)
                    ),
                ));
            }
            let decided = cause
                .no_action_reason
                .as_deref()
                .is_some_and(|r| !r.trim().is_empty());
            if cause.kind == CauseKind::Root
                && !decided
                && self.actions_for(cause.id).next().is_none()
            {
                hints.push(Hint::new(
                    HintKind::CauseWithoutAction,
                    Step::Actions,
                    Some(cause.id),
                    format!(
                        "No action addresses the root cause {} (or say why none is needed).",
                        quote(&cause.statement)
                    ),
                ));
            }
        }
        if self.actions.is_empty() {
            hints.push(Hint::new(
                HintKind::NoActions,
                Step::Actions,
                None,
                "No actions yet: decide what changes in the system.",
            ));
        }
        let empty_actions = self
            .actions
            .iter()
            .filter(|a| a.description.trim().is_empty())
            .count();
        if empty_actions > 0 {
            hints.push(Hint::new(
                HintKind::EmptyItem,
                Step::Actions,
                None,
                format!(
                    "{} no description and will be left out of the export.",
                    plural(empty_actions, "action has", "actions have")
                ),
            ));
        }
        // A fact may be recorded in a zone a day ahead of the writer's: a day's grace.
        let last_edit = self.updated_at.date_naive();
        let grace = last_edit.succ_opt().unwrap_or(last_edit);
        for (i, fact) in self.facts.iter().enumerate() {
            let Some(day) = fact.when.map(|w| w.date()) else {
                continue;
            };
            if day > grace && super::TIMELINE_YEARS.contains(&day.year()) {
                hints.push(Hint::new(
                    HintKind::FactInFuture,
                    Step::Facts,
                    Some(fact.id),
                    format!(
                        "{} is dated {day}, after the post-mortem was last edited ({last_edit}): is the date mistyped?",
                        super::Fact::name(i)
                    ),
                ));
            }
        }
        // The day of the earliest fact, as recorded (a day's difference of zones does not
        // matter for a date typed a month or a year wrong), leaving out facts dated after
        // the last edit: they are questioned above, not a reason to question every action.
        let first_day = self
            .facts
            .iter()
            .filter_map(|f| f.when)
            .map(|w| w.date())
            .filter(|day| *day <= grace)
            .min();
        let due_by = first_day.unwrap_or(last_edit.min(self.created_at.date_naive()));
        let due_by = due_by.checked_add_months(chrono::Months::new(60));
        for action in self
            .actions
            .iter()
            .filter(|a| !a.description.trim().is_empty())
        {
            if action.causes.is_empty() {
                hints.push(Hint::new(
                    HintKind::ActionWithoutCause,
                    Step::Actions,
                    Some(action.id),
                    format!(
                        "The action {} does not trace to a cause.",
                        quote(&action.description)
                    ),
                ));
            }
            if action.status == ActionStatus::WontDo && action.status_reason.trim().is_empty() {
                hints.push(Hint::new(
                    HintKind::WontDoWithoutReason,
                    Step::Actions,
                    Some(action.id),
                    format!(
                        "Say why the action {} won't be done.",
                        quote(&action.description)
                    ),
                ));
            }
            if action.owner.trim().is_empty() {
                hints.push(Hint::new(
                    HintKind::ActionWithoutOwner,
                    Step::Actions,
                    Some(action.id),
                    format!("The action {} has no owner.", quote(&action.description)),
                ));
            }
            // A finished action no longer needs a date to be held to.
            if action.due.is_none() && !action.status.is_finished() {
                hints.push(Hint::new(
                    HintKind::ActionWithoutDueDate,
                    Step::Actions,
                    Some(action.id),
                    format!("The action {} has no due date.", quote(&action.description)),
                ));
            }
            if let (Some(due), Some(start)) = (action.due, first_day) {
                if due < start {
                    hints.push(Hint::new(
                        HintKind::ActionDueBeforeIncident,
                        Step::Actions,
                        Some(action.id),
                        format!(
                            "The action {} is due on {due}, before the incident began ({start}): is the date mistyped?",
                            quote(&action.description)
                        ),
                    ));
                }
            }
            if let (Some(due), Some(far)) = (action.due, due_by) {
                if due > far {
                    hints.push(Hint::new(
                        HintKind::ActionDueFarOff,
                        Step::Actions,
                        Some(action.id),
                        format!(
                            "The action {} is due on {due}, more than five years after the incident: is the year mistyped?",
                            quote(&action.description)
                        ),
                    ));
                }
            }
            if action.awaits_verification() {
                hints.push(Hint::new(
                    HintKind::UnverifiedAction,
                    Step::Actions,
                    Some(action.id),
                    format!(
                        "The action {} is done but not verified: say how it was checked before closing.",
                        quote(&action.description)
                    ),
                ));
            }
        }
        hints
    }

    /// [`Postmortem::hints`] and the gaps only the zone rules can see: a fact whose zone is
    /// unknown ("Mars/Olympus_Mons", "New York") is left off the timeline and out of the
    /// time to detect and to resolve, and a fact dated 20 years out stretches both. The
    /// timeline says so beside each fact; Review lists them with the rest before closing.
    pub fn hints_with_zones(&self, rules: &dyn ZoneRules) -> Vec<Hint> {
        let mut hints = self.hints();
        for (i, fact) in self.facts.iter().enumerate() {
            let Some(when) = fact.when else { continue };
            let name = super::Fact::name(i);
            if let Some(zone) = fact
                .zone
                .as_deref()
                .map(str::trim)
                .filter(|z| !z.is_empty())
            {
                if Zone::parse(zone, rules).is_none() {
                    hints.push(Hint::new(
                        HintKind::FactZoneUnknown,
                        Step::Facts,
                        Some(fact.id),
                        format!(
                            "{name}'s time zone “{zone}” is not one Hindsight knows, so the fact is left off the timeline."
                        ),
                    ));
                }
            }
            let year = chrono::Datelike::year(&when);
            if !super::TIMELINE_YEARS.contains(&year) {
                hints.push(Hint::new(
                    HintKind::FactYearMistyped,
                    Step::Facts,
                    Some(fact.id),
                    format!("{name} is dated in the year {year}: is the year mistyped?"),
                ));
            }
        }
        hints
    }
}
