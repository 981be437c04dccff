//! Blame said without a failure verb: slips ("accidentally", "by mistake", "did X instead of
//! Y"), harm done ("took the store down"), framings that put the failure on someone ("it
//! comes down to …", "our failure to …"), owned mistakes ("we made some significant
//! mistakes") and the team's verdict on itself ("we failed").

use super::agents::is_past_act;
use super::lexicon::*;
use super::rules::*;
use super::scan::{Person, Scan, Who};

/// A token range, first and last.
type Span = (usize, usize);

impl Scan<'_, '_> {
    /// "We made some significant mistakes", "I made a huge personal mistake", "our team for
    /// the shop made many mistakes": a slip owned, whatever words stand between "made" and
    /// "mistakes". Only people make mistakes, so the subject need not be found. (The one
    /// place for this: the frames no longer list "made many mistakes" and the like.)
    pub(super) fn made_mistakes(&mut self, i: usize) {
        // "We did make a mistake": the same admission, its verb emphasised.
        let emphatic = self.word(i) == "make" && matches!(self.prev_word(i), "did" | "do" | "does");
        if self.word(i) != "made" && !emphatic {
            return;
        }
        // "the error I had made", "the mistakes we made": the admission after its noun.
        if let Some(first) = self.mistake_made_by(i) {
            if !self.blamed_here(i) {
                self.push(&BLAME, first, i);
            }
            return;
        }
        let Some(k) = (i + 1..self.toks.len().min(i + 5))
            .take_while(|&k| self.toks[k].is_word())
            .find(|&k| {
                matches!(
                    self.word(k),
                    "mistake" | "mistakes" | "blunder" | "blunders"
                )
            })
        else {
            return;
        };
        if !self.blamed_here(i) {
            self.push(&BLAME, i, k);
        }
    }

    /// Where "(the) mistake (that) I had made" starts, `i` being "made": a fault noun, then
    /// a person who made it. ("The errors made by the script" has a passive agent, found as
    /// such; "the change we made caused errors" has no fault noun before the person.)
    fn mistake_made_by(&self, i: usize) -> Option<usize> {
        let mut j = i;
        if j > 0 && matches!(self.word(j - 1), "had" | "have" | "has" | "'d" | "'ve") {
            j -= 1;
        }
        let subject = j.checked_sub(1)?;
        let found = self.person_ending_at(subject);
        let person = matches!(self.word(subject), "i" | "we" | "he" | "she" | "they")
            || found.as_ref().is_some_and(|p| p.who == Who::Person);
        if !person {
            return None;
        }
        let start = found.map_or(subject, |p| p.first.min(subject));
        let mut noun = start.checked_sub(1)?;
        if matches!(self.word(noun), "that" | "which") {
            noun = noun.checked_sub(1)?;
        }
        matches!(
            self.word(noun),
            "mistake" | "mistakes" | "error" | "errors" | "blunder" | "blunders"
        )
        .then_some(noun)
    }

    /// A blame finding already covers the token at `i`.
    pub(super) fn blamed_here(&self, i: usize) -> bool {
        self.hits
            .iter()
            .any(|h| h.rule.kind == super::Kind::Blame && h.first <= i && i <= h.last)
    }

    /// "We failed.", "we have failed at our commitment", "I had failed": the team's verdict
    /// on itself, with nothing named that failed. ("We failed to renew the domain" is found
    /// as a failure to act; "the deploy failed" has no person in it.)
    pub(super) fn own_failure(&mut self, i: usize) {
        // ("We failed over to the replica": the operation, not a verdict.)
        if self.word(i) != "failed" || matches!(self.word(i + 1), "to" | "over" | "back") {
            return;
        }
        // Back over what may stand between a subject and its verb ("we have simply failed"),
        // but not a modal: "without the replica we would have failed" is no verdict.
        let mut j = i;
        while j > 0 && has(SUBJECT_SKIP, self.word(j - 1)) {
            if matches!(self.word(j - 1), "would" | "may" | "might" | "must") {
                return;
            }
            j -= 1;
        }
        if j > 0 && matches!(self.word(j - 1), "we" | "i") {
            self.push(&JUDGEMENT, j - 1, i);
        }
    }

    /// "We mistakenly sent …", "Paladox deleted the wrong database", "I pushed the old file
    /// instead of the new one".
    pub(super) fn accident_blame(&mut self, i: usize) {
        if !self.at(i, Lex::Accidents) {
            return;
        }
        let w = self.word(i);
        let prev = self.prev_word(i);
        // "insufficient barriers to keep someone from accidentally removing systems": the
        // slip as a risk the system should guard against.
        let guarded = (i.saturating_sub(4)..i)
            .rev()
            .take_while(|&k| !self.toks[k].is(",") && !has(CLAUSE_OPENERS, self.word(k)))
            .any(|k| has(GUARDS, self.word(k)));
        if prev == "from" || guarded {
            return;
        }
        let (first, last) = match w {
            "wrong" if matches!(prev, "the" | "a") => {
                // "made the wrong call" is a verdict, found as a judgement.
                if matches!(self.word(i + 1), "call" | "decision" | "choice" | "idea") {
                    return;
                }
                (i - 1, i)
            }
            "accident" | "mistake" if prev == "by" => (i - 1, i),
            "error" if prev == "in" => (i - 1, i),
            "instead" if self.word(i + 1) == "of" => (i, i + 1),
            // "We got our timeline really wrong".
            "wrong" => match (i.saturating_sub(5)..i)
                .find(|&k| matches!(self.word(k), "got" | "get" | "gets" | "gotten"))
            {
                Some(k) => (k, i),
                None => return,
            },
            "accident" | "mistake" | "error" | "instead" => return,
            // "I deployed a buggy refactor", "we pushed a bad config": what a person shipped.
            _ if has(FAULTY, w) => {
                if !has(DETERMINERS, prev) {
                    return;
                }
                (i - 1, i)
            }
            // "It was inadvertent": said of the act, after the fact.
            _ if has(INTENT_ADJECTIVES, w) && has(AUXILIARIES, prev) => return,
            // "unintended consequences", "an accidental side effect": what a system did.
            _ if has(INTENT_ADJECTIVES, w) && has(SYSTEM_EFFECTS, self.word(i + 1)) => return,
            _ => (i, i),
        };
        // "We mistakenly sent …" → "We sent …": the event, without the verdict on it.
        let removable = !matches!(w, "wrong" | "instead") && !has(FAULTY, w);
        // "We had a bad week", "we identified an inadvertent error": no act of theirs is
        // faulty; the thing must have been done by them.
        let acted = |p: &Person| {
            !(has(FAULTY, w) || has(INTENT_ADJECTIVES, w))
                || (p.last + 1..first).any(|k| is_past_act(self.word(k)))
        };
        match self.actor_before(first).filter(acted) {
            Some(p) => {
                self.push(&BLAME_ACCIDENT, p.first, last);
                self.blames_name(&p);
            }
            // "The file got deleted by mistake", "an accidental release": a label where the
            // cause should be. ("The job incorrectly parsed dates" is about the job: only
            // words of intent.)
            None if has(LABEL_WORDS, w) => {
                self.push(&LABEL_ERROR, first, last);
            }
            None => return,
        }
        if removable {
            self.offer(first, last, "");
        }
    }

    /// Harm done by a person: "the agency took the store down", "she let the domain lapse",
    /// "we deleted the production database", "I introduced a syntax error".
    pub(super) fn harm_blame(&mut self, i: usize) {
        let w = self.word(i);
        let clause =
            || (i + 1..self.toks.len().min(i + 7)).take_while(|&k| !self.toks[k].is_break());
        // The rule, the last word of the harm, and what was harmed (for the suggestion).
        let between = |end: usize| (end > i + 1).then_some((i + 1, end - 1));
        let found: Option<(&'static Rule, usize, Option<Span>)> = if self.at(i, Lex::HarmVerbs) {
            if matches!(w, "let" | "lets") {
                // "let the domain lapse", "we let our customers down".
                clause()
                    .find(|&k| {
                        matches!(
                            self.word(k),
                            "expire" | "expired" | "lapse" | "lapsed" | "down"
                        )
                    })
                    .map(|end| (&BLAME_LAPSE, end, between(end)))
            } else {
                clause()
                    .find(|&k| matches!(self.word(k), "down" | "offline" | "out"))
                    .map(|end| {
                        // "took the store down", or "brought down the site".
                        let what = between(end).or_else(|| self.object_from(end + 1));
                        (&BLAME_DOWN, end, what)
                    })
            }
        } else if self.at(i, Lex::DestroyVerbs) {
            clause()
                .take_while(|&k| k == i + 1 || !has(PREPOSITIONS, self.word(k)))
                .find(|&k| has(LIVE_WORDS, self.word(k)))
                .map(|k| {
                    let what = self.object_from(i + 1);
                    let end = what.map_or(k, |(_, l)| l.max(k));
                    (&BLAME_DESTROY, end, what)
                })
        } else if w.starts_with("introduc") {
            clause()
                .find(|&k| has(BUG_NOUNS, self.word(k)))
                .map(|end| (&BLAME_BUG, end, self.object_from(i + 1)))
        } else {
            None
        };
        // "was knocked offline": a passive names no one.
        let Some((rule, end, what)) = found else {
            return;
        };
        if has(AUXILIARIES, self.prev_word(i)) {
            return;
        }
        // "We took Mail offline to protect other services", "brought down the system for
        // maintenance", "took it down completely and decided to …": a deliberate step of the
        // response, with its purpose, not harm done.
        if rule.id == BLAME_DOWN.id && self.deliberate(i) {
            return;
        }
        let Some(subject) = self.subject_before(i) else {
            return;
        };
        if self.surely_person(&subject) {
            let first = if subject.remote { i } else { subject.first };
            self.push_with(rule, first, end, what);
            self.blames_name(&subject);
        }
    }

    /// The sentence around `i` says its act was meant: a purpose ("to protect", "in order
    /// to", "for maintenance", "as a precaution") or a decision ("decided", "actively").
    fn deliberate(&self, i: usize) -> bool {
        let start = self.sentence_start(i);
        (start..self.toks.len())
            .take_while(|&k| k <= i || !self.toks[k].closes_sentence())
            .any(|k| {
                let w = self.word(k);
                has(DELIBERATE_WORDS, w)
                    || (w == "to" && has(PROTECTIVE_VERBS, self.word(k + 1)))
                    || (w == "for" && self.word(k + 1) == "maintenance")
                    || (w == "a" && self.word(k + 1) == "precaution")
            })
    }

    /// Framings that put the failure on someone: "it comes down to …", "this one is on
    /// Maxis", "we are to blame", "it was the intern", "our fault".
    pub(super) fn framed_blame(&mut self, i: usize) {
        if let Some((n, _)) = self.longest(i, Lex::BlameFrames) {
            self.push(&BLAME_FRAME, i, i + n - 1);
            return;
        }
        let w = self.word(i);
        let ends_clause = |k: usize| self.toks.get(k).is_none_or(|t| t.is_break());
        let copula = |k: usize| {
            matches!(
                self.word(k),
                "is" | "'s" | "was" | "are" | "were" | "'re" | "am"
            )
        };
        match w {
            "blame" if self.prev_word(i) == "to" && i >= 2 && copula(i - 2) => {
                self.push(&BLAME_FRAME, i - 2, i);
            }
            "on" if i >= 1 && copula(i - 1) => {
                let person = match self.word(i + 1) {
                    "us" | "me" | "him" | "her" | "them" => Some(i + 1),
                    _ => self
                        .person_starting_at(i + 1)
                        .filter(|p| p.who != Who::Pronoun)
                        .map(|p| p.last),
                };
                if let Some(last) = person.filter(|&l| ends_clause(l + 1)) {
                    self.push(&BLAME_FRAME, i - 1, last);
                }
            }
            "it" if copula(i + 1) => {
                let person = self.person_starting_at(i + 2).filter(|p| {
                    // "It was the intern who ran the script": a cleft that points.
                    p.who == Who::Person
                        && (ends_clause(p.last + 1)
                            || matches!(self.word(p.last + 1), "who" | "that"))
                        // ("Although it was a great team, …": praise, not a finger.)
                        && !(p.first..p.last).any(|k| {
                            matches!(
                                self.word(k),
                                "great" | "good" | "strong" | "excellent" | "fantastic"
                                    | "amazing" | "talented" | "capable" | "brilliant"
                            )
                        })
                });
                if let Some(p) = person {
                    self.push(&BLAME_FRAME, i, p.last);
                }
            }
            // "The outage is down to our fulfilment partner", "the fault lies with the agency".
            "down" | "lies" | "lay" | "rests"
                if matches!(self.word(i + 1), "to" | "with")
                    && (w == "down") == (self.word(i + 1) == "to") =>
            {
                let person = self
                    .person_starting_at(i + 2)
                    .filter(|p| p.who == Who::Person && ends_clause(p.last + 1));
                let framed = w == "down"
                    || (i >= 1 && matches!(self.word(i - 1), "blame" | "fault" | "responsibility"));
                if let Some(p) = person.filter(|_| framed) {
                    self.push(
                        &BLAME_FRAME,
                        i.saturating_sub(usize::from(w != "down")),
                        p.last,
                    );
                }
            }
            // "The employee at fault", "the agency was at fault". Not "no one was at fault",
            // "we were not at fault": the frame refused.
            "fault" if i >= 2 && self.word(i - 1) == "at" => {
                let mut j = i - 2;
                let framed_by_copula = copula(j);
                if framed_by_copula {
                    j = match j.checked_sub(1) {
                        Some(j) => j,
                        None => return,
                    };
                }
                let pronoun =
                    framed_by_copula && matches!(self.word(j), "i" | "we" | "he" | "she" | "they");
                let person = self
                    .person_ending_at(j)
                    .filter(|p| p.who != Who::Pronoun && self.surely_person(p))
                    .map(|p| p.first);
                let first = if pronoun { Some(j) } else { person };
                let refused = |first: usize| {
                    (self.sentence_start(first)..i).any(|k| {
                        matches!(
                            self.word(k),
                            "no" | "nobody" | "not" | "n't" | "never" | "neither" | "nor"
                        )
                    })
                };
                if let Some(first) = first.filter(|&f| !refused(f)) {
                    self.push(&BLAME_FRAME, first, i);
                }
            }
            // "I'm responsible", "we were responsible for the shutdown", "the responsibility
            // is ours": owning the failure without a failure verb. ("We are responsible for
            // billing" names a duty: only a clause's end, "this", "any of the failures" or a
            // harm after it counts.)
            "responsible" => {
                let mut k = i;
                while k > 0 && matches!(self.word(k - 1), "fully" | "solely" | "entirely" | "all") {
                    k -= 1;
                }
                let owner = k >= 2 && copula(k - 1) && matches!(self.word(k - 2), "i" | "we");
                let owned = ends_clause(i + 1)
                    || (self.word(i + 1) == "for"
                        && (has(OWNED_HARMS, self.word(i + 2))
                            || (self.word(i + 2) == "the" && has(OWNED_HARMS, self.word(i + 3)))));
                if owner && owned {
                    self.push(&BLAME_FRAME, k - 2, i);
                }
            }
            _ => {}
        }
    }
}
