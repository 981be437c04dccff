//! What each step is for, in the user's words: the guidance and worked-example lines shown
//! at the top of every step.

use super::Step;

/// The guidance for one step.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Guidance {
    /// The step's question.
    pub question: &'static str,
    /// What belongs in this step.
    pub belongs: &'static str,
    /// What does not, said as such ("Leave out: …"), and where it goes instead: read on its
    /// own, a bare "Opinions, guesses and explanations" reads like a request for them.
    pub does_not: &'static str,
    /// An example from the worked case.
    pub example: &'static str,
}

/// The guidance for a step.
pub fn guidance(step: Step) -> Guidance {
    match step {
        Step::Facts => Guidance {
            question: "What happened?",
            belongs: "Events as data: what happened, when (with the time zone), and the impact in numbers — orders, revenue, customers, minutes.",
            does_not: "Leave out: opinions, guesses and explanations — “Because…” belongs in Causes.",
            example: "09:00 EST — sale email sent to 12,400 subscribers; the discount code only became active at 12:00 EST.",
        },
        Step::Causes => Guidance {
            question: "Why did it happen?",
            belongs: "Causes in the system — a process, a tool, a schedule, a missing check. Ask “why?” again until you reach one you can change. Link each cause to the facts that show it.",
            does_not: "Leave out: names and blame. People acted sensibly with what the system gave them; ask what made the mistake easy.",
            example: "The email was scheduled in EST and the discount code in PST: a time-zone mismatch no step of the launch checked.",
        },
        Step::Actions => Guidance {
            question: "What changes so it cannot happen again?",
            belongs: "Changes to the system, each with an owner and a due date, each tied to the cause it removes.",
            does_not: "Leave out: “be more careful” or “remind people” — a person’s vigilance is not a fix. Prefer a check, a default, an alert or a checklist step.",
            example: "The launch checklist requires a two-person time-zone check of every scheduled tool 24 hours before launch.",
        },
        Step::Review => Guidance {
            question: "Is it complete?",
            belongs: "Read the post-mortem as it will be exported, close the gaps listed below, then download or copy it as Markdown.",
            does_not: "The gaps are hints, not rules: you can export at any time.",
            example: "Every cause has an action; every action has an owner and a due date.",
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    // Regression: the "leave out" line read like a request for opinions.
    #[test]
    fn what_to_leave_out_is_said_as_such() {
        for step in [Step::Facts, Step::Causes, Step::Actions] {
            assert!(
                guidance(step).does_not.starts_with("Leave out: "),
                "{step:?}"
            );
        }
    }
}
