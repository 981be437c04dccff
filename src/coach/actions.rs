//! The rules for actions: those that try to fix a person instead of the system, and those
//! too vague to ever be done.

use super::lexicon::*;
use super::rules::{FIX_BEHAVIOUR, FIX_MANUAL, FIX_TELL, FIX_TRAINING, NO_VERB, VAGUE_VERB};
use super::scan::{Scan, Who};
use super::tokens::TokKind;

/// An imperative an action can start with.
fn is_verb(w: &str) -> bool {
    if has(OUTCOME_VERBS, w)
        || has(OTHER_VERBS, w)
        || has(HUMAN_ACTS, w)
        || has(TELL_VERBS, w)
        || has(ASK_VERBS, w)
    {
        return true;
    }
    // re-enable, rerun, reindex; prioritise, normalize, verify.
    let stem = w
        .strip_prefix("re-")
        .or_else(|| w.strip_prefix("re"))
        .filter(|s| s.len() >= 3);
    if stem.is_some_and(|s| has(OUTCOME_VERBS, s) || has(OTHER_VERBS, s)) {
        return true;
    }
    w.len() > 5 && ["ize", "ise", "ify"].iter().any(|s| w.ends_with(s))
}

impl Scan<'_, '_> {
    pub(crate) fn person_fix(&mut self, i: usize, automated: bool) {
        if let Some((n, _)) = self.longest(i, Lex::BehaviourFixes) {
            self.push(&FIX_BEHAVIOUR, i, i + n - 1);
            return;
        }
        if let Some((n, _)) = self.longest(i, Lex::Training) {
            self.push(&FIX_TRAINING, i, i + n - 1);
            return;
        }
        if let Some((n, _)) = self.longest(i, Lex::ManualChecks) {
            // "Add an automated double-check" is a machine doing it.
            if !automated {
                self.push(&FIX_MANUAL, i, i + n - 1);
            }
            return;
        }
        let w = self.word(i);
        let tell = self.at(i, Lex::TellVerbs);
        if tell || self.at(i, Lex::AskVerbs) {
            // "Remind the team…" but not "remind customers…"; "ask Dave…" but not "ask
            // Stripe to raise the limit": a name after "ask" could be a vendor.
            if let Some(p) = self.person_starting_at(i + 1) {
                if tell || p.who == Who::Person {
                    self.push(&FIX_TELL, i, p.last);
                }
            }
            return;
        }
        if matches!(w, "reminder" | "reminders") && matches!(self.word(i + 1), "to" | "for") {
            // "Send a reminder to the marketing team": still relies on memory.
            if let Some(p) = self.person_starting_at(i + 2) {
                self.push(&FIX_TELL, i, p.last);
            }
            return;
        }
        if matches!(w, "should" | "must" | "will")
            || (w == "to" && matches!(self.prev_word(i), "need" | "needs" | "has" | "have"))
        {
            // "Everyone on the team should read the runbook": people asked to do better.
            let verb = self.word(i + 1);
            if inflects(HUMAN_ACTS, verb) && self.modal_subject_is_person(i) {
                self.push(&FIX_BEHAVIOUR, i, i + 1);
            }
            return;
        }
        if let Some((n, _)) = self.longest(i, Lex::MakeSure) {
            let n = if self.word(i + n) == "that" { n + 1 } else { n };
            let person = match self.word(i + n) {
                "they" | "we" | "you" | "he" | "she" | "i" => Some(i + n),
                _ => self.person_starting_at(i + n).map(|p| p.last),
            };
            if let Some(last) = person {
                self.push(&FIX_TELL, i, last);
            }
        }
    }

    /// The subject of the modal at `i` is a person ("Everyone on the team should…", "Engineers
    /// must…"), not a thing ("The checklist should require…").
    fn modal_subject_is_person(&self, i: usize) -> bool {
        let mut j = i;
        if matches!(self.word(j), "to") {
            j -= 1;
        }
        if self.subject_before(j).is_some_and(|p| p.who == Who::Person) {
            return true;
        }
        // "Everyone on the team should…": a person phrase opening the sentence.
        let start = self.sentence_start(j);
        self.person_starting_at(start)
            .is_some_and(|p| p.who == Who::Person && p.last < j)
            || (start < j && has(PERSON_PRONOUNS, self.word(start)))
    }

    /// Whole-action checks: a vague verb with no concrete outcome, and not starting with a
    /// verb.
    pub(crate) fn action_shape(&mut self) {
        let Some(first) = self
            .toks
            .iter()
            .position(|t| matches!(t.kind, TokKind::Word | TokKind::Handle))
        else {
            return;
        };
        if !self.is_concrete(first) {
            let vague = (first..self.toks.len())
                .filter(|&i| self.toks[i].is_word())
                .find_map(|i| self.longest(i, Lex::VagueVerbs).map(|(n, _)| (i, n)));
            // "Make checkout more robust": a comparative with no target.
            let comparative = || {
                (first..self.toks.len()).find_map(|i| {
                    let w = self.word(i);
                    if !has(COMPARATIVES, w) || (i == first && w == "more") {
                        return None;
                    }
                    let n = if matches!(w, "more" | "less")
                        && self.toks.get(i + 1).is_some_and(|t| t.is_word())
                    {
                        2
                    } else {
                        1
                    };
                    Some((i, n))
                })
            };
            if let Some((i, n)) = vague.or_else(comparative) {
                self.push(&VAGUE_VERB, i, i + n - 1);
            }
        }
        if !self.starts_with_verb(first) {
            self.push(&NO_VERB, first, first);
        }
    }

    /// Whether the word at `k` stands where a verb would: first, after "and"/a comma, or
    /// after a modal ("should require", "to add").
    fn verb_position(&self, k: usize, first: usize) -> bool {
        if k == first {
            return true;
        }
        let Some(prev) = k.checked_sub(1).and_then(|j| self.toks.get(j)) else {
            return false;
        };
        if prev.kind == TokKind::Punct {
            return matches!(&*prev.norm, "," | ";" | ":" | "—" | "–" | "-" | "(");
        }
        match &*prev.norm {
            "and" | "then" | "or" | "also" | "that" | "which" => true,
            // "Try to deploy earlier" is still a wish.
            "to" => !matches!(self.prev_word(k - 1), "try" | "tries" | "trying"),
            w => has(MODALS, w),
        }
    }

    /// An action is concrete when a verb with a checkable outcome stands in verb position
    /// ("Investigate X and add an alert"), or when it sets a measurable target ("to under
    /// 300 ms").
    fn is_concrete(&self, first: usize) -> bool {
        (first..self.toks.len()).any(|k| {
            let t = &self.toks[k];
            if t.kind == TokKind::Number {
                return has(TARGET_WORDS, self.prev_word(k));
            }
            if !t.is_word() || !self.verb_position(k, first) {
                return false;
            }
            let w: &str = &t.norm;
            // "a check that blocks deploys": third person after "that".
            has(OUTCOME_VERBS, w)
                || (matches!(self.prev_word(k), "that" | "which")
                    && w.strip_suffix('s').is_some_and(|s| has(OUTCOME_VERBS, s)))
        })
    }

    /// Starts with an imperative ("Add…", "Don't allow…"), or states the change with a modal
    /// ("The checklist should require…", "Priya to add…"), or after a label ("Dave: add…").
    fn starts_with_verb(&self, first: usize) -> bool {
        let w = self.word(first);
        if is_verb(w) || matches!(w, "never" | "please") {
            return true;
        }
        // "Clearly mark…", "Automatically alert…": an adverb before the imperative.
        if w.ends_with("ly") && is_verb(self.word(first + 1)) {
            return true;
        }
        if w == "do" && self.word(first + 1) == "not" {
            return true;
        }
        let end = self.toks.len();
        (first + 1..end).any(|k| {
            let t = &self.toks[k];
            // "should have a rollback plan" states a wish, not a change: auxiliaries don't count.
            if !t.is_word() || !is_verb(&t.norm) || matches!(&*t.norm, "have" | "be") {
                return false;
            }
            let prev = self.prev_word(k);
            let prev = if matches!(prev, "also" | "always" | "automatically" | "now" | "not") {
                self.prev_word(k - 1)
            } else {
                prev
            };
            has(MODALS, prev) && prev != "to"
                || prev == "to" && !matches!(self.prev_word(k.saturating_sub(1)), "try" | "tries")
                || (k <= first + 4 && self.toks[k - 1].is(":"))
        })
    }
}
