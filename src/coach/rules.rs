//! What the coach says: each rule's kind, problem, reason and suggestion. The scanner that
//! finds where a rule applies is in `scan.rs` (reading the sentence); the checks themselves
//! are in `blame.rs`, `agents.rs`, `checks.rs` (verdicts and facts) and `actions.rs`.

use super::Kind;

/// A rule: what it flags and what it says. Rules sharing an id differ only in the wording of
/// their suggestion.
pub(crate) struct Rule {
    pub id: &'static str,
    pub kind: Kind,
    pub problem: &'static str,
    pub why: &'static str,
    /// The suggestion: `{phrase}` stands for the flagged phrase, `{detail}` for the words
    /// the rule found (the object of "forgot", the rest of the clause…).
    pub suggestion: &'static str,
    /// Used instead of `suggestion` when the rule found no detail ("" when it needs none).
    pub fallback: &'static str,
}

impl Rule {
    /// The suggestion for one finding. Texts are data filled by this one function, rather
    /// than a `format!` per rule: each `format!` adds its own code to the wasm.
    pub fn suggest(&self, phrase: &str, detail: Option<&str>) -> String {
        let template = match detail {
            None if !self.fallback.is_empty() => self.fallback,
            _ => self.suggestion,
        };
        let mut out = String::with_capacity(template.len() + phrase.len() + 40);
        let mut rest = template;
        while let Some(k) = rest.find('{') {
            out.push_str(&rest[..k]);
            let tail = &rest[k..];
            if let Some(after) = tail.strip_prefix("{phrase}") {
                out.push_str(phrase);
                rest = after;
            } else if let Some(after) = tail.strip_prefix("{detail}") {
                out.push_str(detail.unwrap_or("…"));
                rest = after;
            } else {
                out.push('{');
                rest = &tail[1..];
            }
        }
        out.push_str(rest);
        out
    }
}

/// A rule matched tokens `first..=last`; `detail` is a token range quoted by the suggestion.
pub(crate) struct Hit {
    pub rule: &'static Rule,
    pub first: usize,
    pub last: usize,
    pub detail: Option<(usize, usize)>,
    /// A rewrite the user can apply in one click, where the rule knows one.
    pub fix: Option<Fix>,
    /// Tokens of a name the finding blames that is not in the people list: the coach
    /// offers to add it there.
    pub name: Option<(usize, usize)>,
}

/// Replace tokens `first..=last` with `with` ("" removes them): "obviously" goes, "Remind
/// marketing to" becomes "Add a required checklist step to".
#[derive(Clone, Copy)]
pub(crate) struct Fix {
    pub first: usize,
    pub last: usize,
    pub with: &'static str,
}

// ---- the rules' texts ----

const WHY_BLAME: &str =
    "People who are blamed hide their next mistake; what the system allowed is what can be fixed.";
const WHY_HINDSIGHT: &str = "People acted on what they knew then; the post-mortem should explain why it made sense at the time.";
const WHY_FACT: &str = "Facts are what the data shows; guesses and explanations belong in Causes, where they can be tested.";
const WHY_ACTION: &str =
    "Good intentions fade by the next busy day; a change to the tool or the process stays.";
const GENERIC_BLAME: &str = "Describe what the system allowed instead of who slipped, e.g. “The promo tool defaulted to PST and no step compared it with the email’s schedule.”";

pub(crate) const BLAME: Rule = Rule {
    id: "blame.subject-failure",
    kind: Kind::Blame,
    problem: "Names a person as the cause of a failure.",
    why: WHY_BLAME,
    suggestion: GENERIC_BLAME,
    fallback: "",
};
pub(crate) const BLAME_TO_DO: Rule = Rule {
    suggestion: "Say what the process relied on instead of who slipped, e.g. “No step or check made sure someone would {detail}.”",
    fallback: GENERIC_BLAME,
    ..BLAME
};
pub(crate) const BLAME_THAT: Rule = Rule {
    suggestion:
        "Say what the tool or the process did not show, e.g. “Nothing in the tool showed {detail}.”",
    fallback: GENERIC_BLAME,
    ..BLAME
};
pub(crate) const BLAME_MISSED: Rule = Rule {
    suggestion: "Describe the system around it instead: where did {detail} appear, what else needed attention then, and what made it easy to miss?",
    fallback: GENERIC_BLAME,
    ..BLAME
};
pub(crate) const BLAME_BROKE: Rule = Rule {
    suggestion: "Describe the change and what let it through, e.g. “A change to {detail} reached production without a test or review that covered it.”",
    fallback: GENERIC_BLAME,
    ..BLAME
};
pub(crate) const BLAME_OMISSION: Rule = Rule {
    suggestion: "Describe the step the process left optional, e.g. “The deploy tool allowed a config push without running the test suite.”",
    ..BLAME
};
pub(crate) const BLAME_BY: Rule = Rule {
    id: "blame.by-person",
    problem: "Says who failed instead of what failed.",
    suggestion: "Drop the person from “{phrase}” and describe what the system did: where the signal appeared and why it was easy to miss.",
    ..BLAME
};
pub(crate) const BLAME_FAULT: Rule = Rule {
    id: "blame.possessive-fault",
    problem: "Pins the failure on one person.",
    suggestion: "Describe the mistake as an event and the conditions around it, e.g. “The old price list went live; nothing compared it with the approved one.”",
    ..BLAME
};

pub(crate) const BLAME_ACCIDENT: Rule = Rule {
    id: "blame.slip",
    problem: "Tells the story as a person's slip.",
    suggestion: "State the event without the verdict, then what made it easy: a default, two screens that looked alike, a step with no confirmation?",
    ..BLAME
};
pub(crate) const BLAME_DOWN: Rule = Rule {
    id: "blame.harm",
    problem: "Names a person as the one who did the damage.",
    suggestion: "Describe the event and what allowed it, e.g. “At 14:05 {detail} went down; nothing stopped the change or warned first.”",
    fallback: GENERIC_BLAME,
    ..BLAME
};
pub(crate) const BLAME_DESTROY: Rule = Rule {
    suggestion: "Describe the event and what allowed it, e.g. “At 14:05 {detail} was deleted; the tool asked for no confirmation and kept no copy.”",
    ..BLAME_DOWN
};
pub(crate) const BLAME_LAPSE: Rule = Rule {
    suggestion: "Say what was meant to keep track of it, e.g. “Nothing renewed {detail} automatically or warned before it ran out.”",
    ..BLAME_DOWN
};
pub(crate) const BLAME_BUG: Rule = Rule {
    suggestion: "Describe the change and what let it through, e.g. “A change with {detail} reached production; no test or review covered it.”",
    ..BLAME_DOWN
};
pub(crate) const BLAME_AGENT: Rule = Rule {
    id: "blame.agent",
    problem: "Gives what a person did as the cause.",
    suggestion: "Keep what happened, and say what let it do harm: which default, missing check or unclear step allowed it, e.g. “The sale date was typed in Pacific time; the promo tool showed no zone.”",
    ..BLAME
};
pub(crate) const BLAME_FRAME: Rule = Rule {
    id: "blame.framing",
    problem: "Puts the failure on someone.",
    suggestion:
        "Describe the conditions instead: what the process relied on, and what nothing checked.",
    ..BLAME
};

pub(crate) const LABEL_ERROR: Rule = Rule {
    id: "label.human-error",
    kind: Kind::ErrorLabel,
    problem: "A label, not a cause: it ends the inquiry where it should start.",
    why: "Every incident involves people; what made the slip easy to make is what can change.",
    suggestion: "Replace “{phrase}” with the conditions that made the slip easy, e.g. “The price field accepted 0.99 for a 9.99 product without a warning.”",
    fallback: "",
};
pub(crate) const LABEL_TRAIT: Rule = Rule {
    id: "label.trait",
    problem: "Judges a person's character instead of describing what happened.",
    why: "Labels make people defensive and hide the conditions that shaped what they did.",
    suggestion:
        "Drop “{phrase}”: describe what was done, and what the tool or the process allowed.",
    ..LABEL_ERROR
};

pub(crate) const HINDSIGHT_SHOULD: Rule = Rule {
    id: "hindsight.should-have",
    kind: Kind::Hindsight,
    problem: "Hindsight: judges the past by what is known now.",
    why: WHY_HINDSIGHT,
    suggestion: "Replace “{phrase}” with what people knew and saw at the time, and what made their choice reasonable then.",
    fallback: "",
};
pub(crate) const HINDSIGHT_COULD: Rule = Rule {
    id: "hindsight.could-have",
    problem: "A counterfactual: describes what did not happen.",
    suggestion:
        "Instead of “{phrase}”, describe what did happen and which check or signal was missing.",
    ..HINDSIGHT_SHOULD
};
pub(crate) const HINDSIGHT_IF_ONLY: Rule = Rule {
    id: "hindsight.if-only",
    problem: "A counterfactual: imagines a better past instead of explaining this one.",
    suggestion:
        "Drop “{phrase}…” and state what happened; if a missing step matters, name it as a cause.",
    ..HINDSIGHT_SHOULD
};
pub(crate) const HINDSIGHT_FRAME: Rule = Rule {
    id: "hindsight.framing",
    problem: "Announces hindsight: the outcome known now colours the account.",
    suggestion: "Drop “{phrase}” and describe what was known and visible at the time.",
    ..HINDSIGHT_SHOULD
};

pub(crate) const JUDGEMENT: Rule = Rule {
    id: "judgement.verdict",
    kind: Kind::Judgement,
    problem: "A verdict on people's decisions rather than a description of them.",
    why: "Verdicts invite defence, not learning; the decision and what it was based on teach more.",
    suggestion: "Replace “{phrase}” with the decision itself: what was decided, when, and with what information.",
    fallback: "",
};

pub(crate) const CONDESCENDING: Rule = Rule {
    id: "condescension.obvious",
    kind: Kind::Condescension,
    problem: "Says the answer was obvious.",
    why:
        "What is obvious afterwards was not at the time; this tells readers they should have known.",
    suggestion: "Remove “{phrase}”: state the fact; if it was hard to see, say why.",
    fallback: "",
};
pub(crate) const MINIMISING: Rule = Rule {
    id: "condescension.minimising",
    problem: "Makes the task sound trivial.",
    suggestion: "Remove “{phrase}” and describe the step as it was: what it required and what got in the way.",
    ..CONDESCENDING
};

pub(crate) const OPINION: Rule = Rule {
    id: "hedge.opinion",
    kind: Kind::Hedge,
    problem: "An opinion in a fact.",
    why: WHY_FACT,
    suggestion: "Replace “{phrase}” with the source (a log, a graph, a message, a timestamp), or move the belief to Causes as a hypothesis.",
    fallback: "",
};
pub(crate) const HEDGE: Rule = Rule {
    id: "hedge.uncertain",
    problem: "A guess in a fact.",
    suggestion:
        "Replace “{phrase}” with what the data shows, or move the guess to Causes as a hypothesis.",
    ..OPINION
};
pub(crate) const VAGUE_QUANTITY: Rule = Rule {
    id: "vague.quantity",
    kind: Kind::VagueQuantity,
    problem: "A vague quantity.",
    why: "Numbers let readers judge the impact and compare incidents; adjectives don't.",
    suggestion: "Replace “{phrase}” with a number, a unit or a duration, e.g. “212 orders”, “from 180 ms to 2.4 s”, “for 40 minutes”; if the count is not known yet, say so.",
    fallback: "",
};
pub(crate) const EMOTIVE_WORD: Rule = Rule {
    id: "emotive.word",
    kind: Kind::Emotive,
    problem: "An emotive word.",
    why: "Emotion reads as blame and hides the size of the impact; numbers speak for themselves.",
    suggestion:
        "Replace “{phrase}” with the impact in numbers: orders, customers, minutes, revenue.",
    fallback: "",
};
pub(crate) const EXPLANATION: Rule = Rule {
    id: "explanation.causal",
    kind: Kind::Explanation,
    problem: "An explanation inside a fact.",
    why: WHY_FACT,
    suggestion: "Keep the observable event here and move “{phrase} {detail}” to Causes, where it can be checked.",
    fallback: "Keep the observable event here and move the explanation (“{phrase} …”) to Causes.",
};

// ---- the actions' texts (used by actions.rs) ----

pub(crate) const FIX_BEHAVIOUR: Rule = Rule {
    id: "person-fix.behaviour",
    kind: Kind::PersonFix,
    problem: "Asks people to behave better instead of changing the system.",
    why: WHY_ACTION,
    suggestion: "Instead of “{phrase}”, add something that does not depend on memory: a checklist step, a validation in the tool, or an alert.",
    fallback: "",
};
pub(crate) const FIX_TELL: Rule = Rule {
    id: "person-fix.remind",
    problem: "Relies on telling people.",
    suggestion: "Instead of “{phrase}…”, make the tool or the process do it: a required step, a confirmation prompt, or an automated check.",
    ..FIX_BEHAVIOUR
};
pub(crate) const FIX_TRAINING: Rule = Rule {
    id: "person-fix.training",
    problem: "Training fixes a person, not the system.",
    suggestion: "Instead of “{phrase}”, change what the next person will meet: a safer default, a confirmation prompt, a validation, a clearer screen.",
    ..FIX_BEHAVIOUR
};
pub(crate) const FIX_MANUAL: Rule = Rule {
    id: "person-fix.manual-check",
    problem: "Relies on someone remembering to check.",
    suggestion: "Replace “{phrase}” with an automated check, e.g. a validation that blocks the change or an alert when the values differ.",
    ..FIX_BEHAVIOUR
};
pub(crate) const VAGUE_VERB: Rule = Rule {
    id: "vague-action.verb",
    kind: Kind::VagueAction,
    problem: "A vague action: nothing says when it is done.",
    why: "Actions without a checkable outcome stay open forever.",
    suggestion: "Say what “{phrase}” should produce, e.g. “… and add an alert when …”, “… and document the result in the runbook”, or a measurable target.",
    fallback: "",
};
/// The learned judgement of a whole action line (`outcome.rs`): nothing in it can be checked.
pub(crate) const VAGUE_OUTCOME: Rule = Rule {
    id: "vague-action.no-outcome",
    suggestion: "Say what will be true when it is done, so anyone can check it: a number, a date, or a named check, e.g. “Alert on-call when checkout errors pass 2 % for 5 minutes”.",
    ..VAGUE_VERB
};
pub(crate) const VAGUE_SCALE: Rule = Rule {
    suggestion: "Say how far, so it can be checked: a number or what it must cover, e.g. “… to every checkout path” or “… to 90 % of orders”.",
    ..VAGUE_VERB
};
