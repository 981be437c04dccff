//! Blame found from the shape of a cause rather than from a verb list: a person, a role, a
//! team or a partner who *did* something, given as the reason a failure happened ("Our
//! developer hardcoded the sale date in Pacific time", "the agency scheduled the email").

use super::lexicon::*;
use super::rules::BLAME_AGENT;
use super::scan::{Scan, Who};

impl Scan<'_, '_> {
    /// In a cause or a "why", every sentence answers "why did it fail?": a person as the
    /// subject of a past act there is offered as the answer, whatever the verb. What they
    /// did is a fact worth keeping; the cause is what let the act do harm. Facts are not
    /// checked this way ("Lee restored the backup at 14:05" is a neutral record), nor are
    /// states ("the contractor had no access"), passives ("the engineer was paged") or the
    /// work of responding ("we rolled back", "she noticed").
    pub(crate) fn agent_blame(&mut self) {
        for k in 0..self.toks.len() {
            if !self.toks[k].is_word() || !is_past_act(self.word(k)) {
                continue;
            }
            let Some(p) = self.subject_before(k) else {
                continue;
            };
            // "We upgraded our code base", "I set the domain to auto-renew": a team telling its
            // own story in a cause is how causes are written; its slips are found by what they
            // say ("we forgot", "we mistakenly"), not by their shape.
            if p.remote
                || p.who == Who::Pronoun
                || !self.surely_person(&p)
                || matches!(self.word(p.last), "we" | "i")
            {
                continue;
            }
            // "the engineer was paged", "we were told": the person is not the actor.
            if (p.last + 1..k).any(|j| matches!(self.word(j), "was" | "were" | "is" | "are")) {
                continue;
            }
            if !self.opens_clause(p.first) || self.blamed_already(p.first) {
                continue;
            }
            // "Jeremy left", "more people logged on than we expected": an act with no object
            // says when, not what went wrong; and a crowd of users is no one's decision.
            let object = self.toks.get(k + 1).is_some_and(|t| {
                t.is_word() && !has(PREPOSITIONS, &t.norm) && !has(CLAUSE_ENDS, &t.norm)
            });
            let crowd = (p.first..p.last).any(|j| {
                matches!(
                    self.word(j),
                    "more" | "lot" | "many" | "most" | "few" | "fewer" | "all"
                ) || self.toks[j].kind == super::tokens::TokKind::Number
            });
            if !object || crowd {
                continue;
            }
            self.push(&BLAME_AGENT, p.first, k);
            self.blames_name(&p);
        }
    }

    /// The phrase at `first` starts its sentence or clause: "because the agency …", "…, and
    /// I …" — not an object ("we asked the agency changed …" is not its subject).
    fn opens_clause(&self, first: usize) -> bool {
        if self.toks[first].sentence_start {
            return true;
        }
        // "One of our development teams made …": the subject starts at "one".
        if first >= 2
            && self.prev_word(first) == "of"
            && matches!(
                self.word(first - 2),
                "one" | "some" | "each" | "member" | "members"
            )
        {
            return self.opens_clause(first - 2);
        }
        let Some(prev) = first.checked_sub(1).map(|j| &self.toks[j]) else {
            return true;
        };
        if !prev.is_word() {
            return matches!(&*prev.norm, "," | ";" | ":" | "—" | "–" | "(");
        }
        // Not a clause of time: "Right after we removed the index, the CPU hit 100 %" dates
        // the failure; the reason is in the main clause.
        matches!(
            &*prev.norm,
            "and" | "but" | "or" | "so" | "because" | "that" | "then"
        )
    }

    /// A blame finding already covers the sentence around `i`: one finding a sentence is
    /// enough, and the more specific one says more.
    fn blamed_already(&self, i: usize) -> bool {
        let start = self.sentence_start(i);
        self.hits
            .iter()
            .any(|h| h.rule.kind == super::Kind::Blame && self.sentence_start(h.first) == start)
    }
}

/// A past form of a verb of doing: "hardcoded", "scheduled", "sent", "took". Not the work of
/// finding and repairing a failure, nor states and beliefs that describe what someone knew.
pub(super) fn is_past_act(w: &str) -> bool {
    let regular = w.len() >= 5 && w.ends_with("ed") && !w.ends_with("eed");
    (regular || has(IRREGULAR_ACTS, w)) && !inflects(RESPONSE_ACTS, w) && !has(RESPONSE_PASTS, w)
}
