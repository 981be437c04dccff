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
        // Cheapest tests first: this runs on every word of every cause as it is typed.
        for k in 0..self.toks.len() {
            if !self.toks[k].is_word() || !looks_past(self.word(k)) {
                continue;
            }
            // "Jeremy left", "more people logged on than we expected": an act with no object
            // says when, not what went wrong.
            let object = self.toks.get(k + 1).is_some_and(|t| {
                t.is_word() && !has(PREPOSITIONS, &t.norm) && !has(CLAUSE_ENDS, &t.norm)
            });
            if !object {
                continue;
            }
            // The subject just before the verb, past adverbs and auxiliaries ("the agency had
            // simply scheduled"); "the engineer was paged" has the person acted on.
            let mut j = k;
            let mut passive = false;
            for _ in 0..4 {
                let Some(prev) = j.checked_sub(1) else {
                    break;
                };
                let t = &self.toks[prev];
                // ("the contractor manually deleted": how the act was done. Not when:
                // "Mixpanel recently launched a product" says what a partner did, not that
                // it did harm.)
                if !(t.is(",")
                    || (t.is_word()
                        && (has(SUBJECT_SKIP, &t.norm) || has(MANNER_ADVERBS, &t.norm))))
                {
                    break;
                }
                passive |= matches!(&*t.norm, "was" | "were");
                j = prev;
            }
            let Some(p) = j
                .checked_sub(1)
                .and_then(|j| self.partner_named(j).or_else(|| self.person_ending_at(j)))
            else {
                continue;
            };
            // "We upgraded our code base": a team telling its own story in a cause is how
            // causes are written; its slips are found by what they say ("we forgot", "we
            // mistakenly"), not by their shape. "I made the change directly on the live site"
            // is one person's act given as the reason, as with a name.
            // "I checked the certificate" is investigating; "Dave checked in a buggy
            // migration" is an act.
            let checking = inflects(&["check"], self.word(k)) && self.word(k + 1) != "in";
            // "I liked the redundancy of copying photos": a feeling, not an act. (One's own
            // repair or belief is still told as the slip: "I believed that resetting the
            // database would only affect …", "I added a snippet to the live site to fix …".)
            let own = self.word(p.last) == "i";
            let feeling = inflects(FEELINGS, self.word(k)) && !(own && self.word(k) == "believed");
            // "Acme made changes to its system to address a failing integration": the act
            // is the repair.
            let repair = !own
                && (k + 1..self.toks.len())
                    .take_while(|&m| !self.toks[m].is_break())
                    .any(|m| {
                        self.word(m) == "to"
                            && matches!(
                                self.word(m + 1),
                                "address" | "fix" | "resolve" | "mitigate" | "correct" | "repair"
                            )
                    });
            if passive
                || checking
                || feeling
                || repair
                || p.who == Who::Pronoun
                || !self.surely_person(&p)
                || matches!(self.word(p.last), "we")
                || is_response(self.word(k))
                || !self.opens_clause(p.first)
            {
                continue;
            }
            // "If I wasn't away, I'd set up a test sale": a condition, not what happened.
            let start = self.sentence_start(p.first);
            if (start..p.first).any(|j| self.word(j) == "if") {
                continue;
            }
            // "Our payment provider returned errors": a partner's service failing is no
            // one's act; "the provider released a change to their platform" is.
            if has(PARTNERS, self.word(p.last)) && !has(PARTNER_CHANGES, self.word(k)) {
                continue;
            }
            // A crowd of users is no one's decision.
            let crowd = (p.first..p.last).any(|j| {
                has(CROWDS, self.word(j)) || self.toks[j].kind == super::tokens::TokKind::Number
            });
            if crowd || self.blamed_already(p.first) {
                continue;
            }
            self.push(&BLAME_AGENT, p.first, k);
            self.blames_name(&p);
        }
    }

    /// "Our domain provider Squarespace": a partner and, after it, its name, ending at `j`.
    fn partner_named(&self, j: usize) -> Option<super::scan::Person> {
        let t = self.toks.get(j)?;
        if !(t.is_word() && t.case != super::tokens::Case::Lower && !t.sentence_start) {
            return None;
        }
        let p = self.person_ending_at(j.checked_sub(1)?)?;
        has(PARTNERS, self.word(p.last)).then_some(super::scan::Person { last: j, ..p })
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
        has(CLAUSE_OPENERS, &prev.norm)
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

/// Shaped like a past form ("…ed", or an irregular one in the table): a quick first test.
fn looks_past(w: &str) -> bool {
    (w.len() >= 5 && w.ends_with("ed") && !w.ends_with("eed")) || has(IRREGULAR_ACTS, w)
}

/// A past form of a verb of doing: "hardcoded", "scheduled", "sent", "took". Not the work of
/// finding and repairing a failure, nor states and beliefs that describe what someone knew.
pub(super) fn is_past_act(w: &str) -> bool {
    looks_past(w) && !is_response(w)
}

/// Noticing, repairing, knowing or having: "we rolled back", "she found", "he had".
fn is_response(w: &str) -> bool {
    inflects(RESPONSE_ACTS, w) || has(RESPONSE_PASTS, w)
}
