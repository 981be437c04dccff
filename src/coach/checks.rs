//! The checks for blame and opinion language: who is the subject of a failure, hindsight,
//! judgement, condescension, and the checks that keep facts factual. Each looks at the
//! structure around a word, so that "Dave forgot" is blame and "the cron job missed its
//! run" is not.

use super::agents::is_past_act;
use super::lexicon::*;
use super::rules::*;
use super::scan::{Failure, Person, Scan, Who};
use super::tokens::{Case, TokKind};

/// A token range, first and last.
type Span = (usize, usize);

impl Scan<'_, '_> {
    // ---- blame ----

    pub(super) fn failure_at(&self, i: usize) -> Option<(Failure, usize)> {
        if let Some((n, _)) = self.longest(i, Lex::HumanFailures) {
            return Some((Failure::Human, i + n - 1));
        }
        if let Some((n, _)) = self.longest(i, Lex::FailedTo) {
            let v = i + n;
            return self
                .toks
                .get(v)
                .filter(|t| t.is_word())
                .map(|_| (Failure::Verb(v), v));
        }
        if let Some((n, entry)) = self.longest(i, Lex::Negations) {
            let mut v = i + n;
            while has(NEGATION_SKIP, self.word(v)) {
                v += 1;
            }
            let t = self.toks.get(v).filter(|t| t.is_word())?;
            if has(SUBJECT_SKIP, &t.norm) {
                return None;
            }
            let failure = if entry == "never" {
                Failure::Never(v)
            } else {
                Failure::Verb(v)
            };
            return Some((failure, v));
        }
        if self.at(i, Lex::SharedFailures) || is_mis_verb(self.word(i)) {
            return Some((Failure::Shared, i));
        }
        None
    }

    pub(super) fn blame(&mut self, i: usize) {
        // Found from "by", which the vocabulary's index knows ("by accident"): the
        // participles before it are too many to index.
        if self.word(i) == "by" && i > 0 {
            self.passive_blame(i - 1);
            // "a mistake made entirely by …".
            if i > 1 && self.word(i - 1).ends_with("ly") {
                self.passive_blame(i - 2);
            }
        }
        self.possessive_blame(i);
        self.omission_blame(i);
        self.accident_blame(i);
        self.harm_blame(i);
        self.framed_blame(i);
        let Some((failure, last)) = self.failure_at(i) else {
            return;
        };
        let Some(subject) = self.subject_before(i) else {
            return;
        };
        // "We do not yet understand why", "we have not tested above 200 requests per second":
        // what the team knows today, not a failure.
        let own = matches!(self.word(subject.last), "we" | "i");
        if own && matches!(self.word(i), "do" | "does" | "have" | "has") {
            return;
        }
        let blamed = match (&failure, subject.who) {
            (Failure::Human, _) => true,
            (Failure::Verb(v) | Failure::Never(v), Who::Person) => {
                !inflects(STATE_VERBS, self.word(*v))
            }
            (Failure::Verb(v) | Failure::Never(v), _) => inflects(HUMAN_ACTS, self.word(*v)),
            (Failure::Shared, _) => self.surely_person(&subject),
        };
        if !blamed {
            return;
        }
        let verb = self.word(i);
        let after = last + 1;
        let (rule, detail): (&'static Rule, _) = match failure {
            Failure::Verb(v) => (&BLAME_TO_DO, self.clause_from(v)),
            Failure::Human
                if matches!(
                    verb,
                    "forgot"
                        | "forget"
                        | "forgets"
                        | "forgotten"
                        | "neglected"
                        | "neglect"
                        | "neglects"
                ) =>
            {
                match self.word(after) {
                    "to" => (&BLAME_TO_DO, self.clause_from(after + 1)),
                    "that" => (&BLAME_THAT, self.clause_from(after)),
                    _ => (&BLAME_MISSED, self.object_from(after)),
                }
            }
            Failure::Human if verb.starts_with("overlook") => {
                (&BLAME_MISSED, self.object_from(after))
            }
            Failure::Shared if verb.starts_with("br") || is_mis_verb(verb) => {
                (&BLAME_BROKE, self.object_from(after))
            }
            Failure::Shared => (&BLAME_MISSED, self.object_from(after)),
            Failure::Human
                if matches!(
                    verb,
                    "messed" | "screwed" | "mess" | "screw" | "messes" | "screws"
                ) =>
            {
                (&BLAME_BROKE, self.object_from(after))
            }
            _ => (&BLAME, None),
        };
        let first = if subject.remote { i } else { subject.first };
        self.push_with(rule, first, last, detail);
        self.blames_name(&subject);
        // "Dave forgot to update the price" → "No step made sure someone would update the
        // price": the same clause, about the process.
        let verb_at = match failure {
            Failure::Verb(v) => Some(v),
            Failure::Human if self.word(after) == "to" && self.word(i).starts_with("forg") => {
                Some(after + 1)
            }
            _ => None,
        };
        // Only where the result reads well: the subject opens its clause ("Nina, the lead,
        // forgot" has an aside), the verb after is a base form ("did not check", not "had
        // not updated"), and says what was to be done ("didn't bother to" does not).
        let opens_clause = self.toks[first].sentence_start
            || has(CLAUSE_ENDS, self.prev_word(first))
            || matches!(self.prev_word(first), "that" | "because");
        let base_form = |v: usize| {
            (subject.last + 1..v).any(|k| {
                matches!(
                    self.word(k),
                    "did" | "do" | "does" | "fail" | "failed" | "fails" | "forgot" | "forget"
                )
            })
        };
        let offered = verb_at.filter(|&v| {
            !subject.remote
                && opens_clause
                && self.toks.get(v).is_some_and(|t| t.is_word())
                && !has(PREPOSITIONS, self.word(v))
                && base_form(v)
                && self.word(v) != "bother"
        });
        if let Some(v) = offered {
            self.offer(first, v - 1, "no step made sure someone would");
        }
    }

    /// Whether `p` is surely a person rather than a product or a vendor: a person, role,
    /// team or listed name, or a name-shaped word that does not look plural ("Stripe broke"
    /// is a vendor, "Alex broke" a person; "Payments missed" is more often a team of things).
    /// A pronoun ("they") never is, on its own.
    pub(super) fn surely_person(&self, p: &Person) -> bool {
        p.who == Who::Person || p.known || (p.who == Who::Name && !self.word(p.last).ends_with('s'))
    }

    /// The person doing the act that a word at `i` qualifies: the nearest person before it
    /// in the same clause, with a verb after them ("we deleted the database by accident",
    /// "an email that we sent in error"). Not across "that"/"because": "We found that the
    /// job incorrectly parsed dates" is about the job.
    pub(super) fn actor_before(&self, i: usize) -> Option<Person> {
        let start = self.sentence_start(i);
        let mut k = i;
        while k > start {
            k -= 1;
            let t = &self.toks[k];
            if t.is_break() && !t.is(",") {
                return None;
            }
            // "We looked at the changes and mistakenly concluded …": a coordinated verb
            // shares the subject that opens the sentence.
            if t.is_word() && matches!(&*t.norm, "and" | "but") {
                return (start..k.min(start + 4))
                    .find_map(|j| self.person_ending_at(j).filter(|p| p.first == start))
                    .filter(|p| self.surely_person(p) && p.who != Who::Name)
                    .map(|p| Person { remote: true, ..p });
            }
            // "The only issue we recorded was the inadvertent removal": the person is in a
            // clause of its own, before the verb "was".
            if t.is_word()
                && (has(CLAUSE_ENDS, &t.norm)
                    || matches!(&*t.norm, "that" | "if" | "was" | "were" | "is" | "are"))
            {
                return None;
            }
            // "We should've rolled back instead of …" is hindsight, found as such.
            // "We need direct health checks instead of proxies": a wish, not an act.
            if (has(MODALS, &t.norm) && t.norm != "to")
                || matches!(
                    &*t.norm,
                    "could" | "would" | "need" | "needs" | "want" | "wants"
                )
            {
                return None;
            }
            let Some(p) = self.person_ending_at(k) else {
                continue;
            };
            // A name must be followed by its verb, and not follow a preposition ("customers
            // in Québec saw …"); a sentence's first word may be an imperative ("Keep …").
            let acts = self
                .toks
                .get(k + 1)
                .is_some_and(|t| t.is_word() && !has(PREPOSITIONS, &t.norm))
                && !has(PREPOSITIONS, self.prev_word(p.first));
            let imperative = p.who == Who::Name
                && !p.known
                && self.toks[p.first].sentence_start
                && is_imperative(self.word(p.first));
            return (acts && self.surely_person(&p) && !imperative).then_some(p);
        }
        None
    }

    /// "We mistakenly sent …", "Paladox deleted the wrong database", "I pushed the old file
    /// instead of the new one".
    pub(super) fn accident_blame(&mut self, i: usize) {
        if !self.at(i, Lex::Accidents) {
            return;
        }
        let w = self.word(i);
        let prev = self.prev_word(i);
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
            None if matches!(
                w,
                "accident"
                    | "mistake"
                    | "error"
                    | "accidentally"
                    | "inadvertently"
                    | "unintentionally"
                    | "mistakenly"
            ) || has(INTENT_ADJECTIVES, w) =>
            {
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
        let Some(subject) = self.subject_before(i) else {
            return;
        };
        if self.surely_person(&subject) {
            let first = if subject.remote { i } else { subject.first };
            self.push_with(rule, first, end, what);
            self.blames_name(&subject);
        }
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
            _ => {}
        }
    }

    /// "… was ignored by the night shift". When the verb is itself a verdict ("mishandled by
    /// the on-call"), the verdict is a finding of its own and blame starts at "by".
    ///
    /// A change with its author is blame too ("the change was made by …", "pushed by someone
    /// from marketing"), unless what was changed is the repair ("the fix was deployed by the
    /// on-call"); and so is any check a person did not do ("the queue was not checked by …").
    pub(super) fn passive_blame(&mut self, i: usize) {
        let w = self.word(i);
        let by = if self.word(i + 1) == "by" {
            i + 1
        } else if self.word(i + 1).ends_with("ly") && self.word(i + 2) == "by" {
            i + 2
        } else {
            return;
        };
        let start = self.sentence_start(i);
        let change =
            || has(CHANGE_PARTICIPLES, w) && !(start..i).any(|k| has(REPAIR_NOUNS, self.word(k)));
        // "… has not been affected, as these are handled by our partner": the negation must
        // be in the participle's own clause.
        let clause = (start..i)
            .rev()
            .find(|&k| self.toks[k].is(",") || has(CLAUSE_ENDS, self.word(k)))
            .map_or(start, |k| k + 1);
        let not_done =
            || is_participle(w) && (clause..i).any(|k| matches!(self.word(k), "not" | "never"));
        // "a coding error by someone on my team": a fault with its author.
        let fault = matches!(w, "error" | "errors" | "mistake" | "mistakes" | "oversight");
        if !(self.at(i, Lex::PassiveFailures) || change() || not_done() || fault) {
            return;
        }
        let person = self
            .person_starting_at(by + 1)
            .filter(|p| p.who == Who::Person || p.known || self.at(i, Lex::PassiveFailures));
        if let Some(p) = person {
            let first = if has(JUDGEMENTS, w) { i + 1 } else { i };
            self.push(&BLAME_BY, first, p.last);
        }
    }

    /// "Kevin pushed the config without running the tests": a person and a check they skipped.
    pub(super) fn omission_blame(&mut self, i: usize) {
        let gerund = self.word(i + 1);
        // "… without running the tests", "… without a review": a check that was skipped.
        let skipped_act = gerund.ends_with("ing")
            && (inflects(HUMAN_ACTS, gerund)
                || matches!(gerund, "running" | "waiting" | "telling"));
        let skipped_check = matches!(gerund, "a" | "any") && has(CHECK_NOUNS, self.word(i + 2));
        if self.word(i) != "without" || !(skipped_act || skipped_check) {
            return;
        }
        let start = self.sentence_start(i);
        let subject = (start..i).find_map(|k| {
            self.person_ending_at(k)
                .filter(|p| p.who != Who::Pronoun || self.toks[k].sentence_start)
                // "A change to Wikipedia reached production without a test": things go
                // without checks too; only a person skips one.
                .filter(|p| skipped_act || p.who == Who::Person)
                .filter(|_| self.toks.get(k + 1).is_some_and(|t| t.is_word()))
        });
        if let Some(p) = subject {
            self.push(&BLAME_OMISSION, p.first, i + 1);
        }
    }

    /// "Mark's mistake", "their fault".
    pub(super) fn possessive_blame(&mut self, i: usize) {
        let w = self.word(i);
        if w == "'s" && has(FAULT_NOUNS, self.word(i + 1)) {
            if let Some(p) = i.checked_sub(1).and_then(|j| self.person_ending_at(j)) {
                if p.who != Who::Pronoun {
                    self.push(&BLAME_FAULT, p.first, i + 1);
                }
            }
        } else if let Some(owner) = matches!(w, "fault" | "mistake")
            .then(|| {
                // "my mistake", "my first mistake", "our own fault".
                (i.saturating_sub(2)..i)
                    .rev()
                    .find(|&k| matches!(self.word(k), "our" | "my" | "your"))
            })
            .flatten()
            .filter(|&k| k + 1 == i || self.toks[k + 1].is_word())
        {
            // Found from the noun: "our" and "my" are too common to start a check.
            self.push(&BLAME_FAULT, owner, i);
        } else if matches!(w, "his" | "her" | "their")
            && self.prev_word(i) != "not"
            && matches!(
                self.word(i + 1),
                "fault" | "mistake" | "blunder" | "screw-up" | "screwup"
            )
        {
            self.push(&BLAME_FAULT, i, i + 1);
        }
    }

    // ---- labels, hindsight, judgement, condescension ----

    pub(super) fn labels(&mut self, i: usize) {
        if let Some((n, _)) = self.longest(i, Lex::ErrorLabels) {
            // "Calling it human error would stop the inquiry", "not human error": the
            // sentence rejects the label.
            let rejected = (i.saturating_sub(3)..i).any(|k| {
                matches!(
                    self.word(k),
                    "not" | "calling" | "call" | "rather" | "instead" | "beyond" | "blaming" | "no"
                )
            }) || matches!(self.word(i + n), "would" | "is" | "isn't")
                && matches!(self.word(i + n + 1), "not" | "stop" | "end" | "a" | "never");
            if !rejected {
                self.push(&LABEL_ERROR, i, i + n - 1);
            }
        } else if let Some((n, entry)) = self.longest(i, Lex::TraitLabels) {
            if entry == "lazy" && has(LAZY_TECH, self.word(i + 1)) {
                return;
            }
            self.push(&LABEL_TRAIT, i, i + n - 1);
        }
    }

    /// A subject that can be judged in hindsight: people, including "we" and "I".
    pub(super) fn hindsight_subject(&self, i: usize) -> bool {
        matches!(self.prev_word(i), "we" | "i") || self.subject_before(i).is_some()
    }

    pub(super) fn hindsight(&mut self, i: usize) {
        if let Some((n, _)) = self.longest(i, Lex::ShouldHave) {
            let next = self.word(i + n);
            // "The checklist should have a time-zone step" is possession, not hindsight.
            // ("We should have alerting on config failures": a noun after it.)
            let possession = has(DETERMINERS, next)
                || (next.ends_with("ing") && next != "being")
                || matches!(next, "one" | "more" | "fewer" | "less" | "enough" | "at")
                || self
                    .toks
                    .get(i + n)
                    .is_some_and(|t| t.kind == TokKind::Number);
            // "… failed over, as it should have", "loaded more than they should have been":
            // the intended behaviour of a system, compared.
            // ("… as well as we should have" compares people with what they should have
            // done: hindsight.)
            let compared = (matches!(self.prev_word(i), "as" | "than")
                || (i >= 2 && matches!(self.word(i - 2), "as" | "than")))
                && !matches!(self.prev_word(i), "we" | "i");
            // "Any flows that should have triggered during the outage", "the cron job should
            // have run at 09:00": what a system was meant to do, with no person in it. (A
            // passive, "should have been caught", still judges whoever did not.)
            let intended = next != "been" && !self.hindsight_subject(i);
            if !possession && !compared && !intended {
                self.push(&HINDSIGHT_SHOULD, i, i + n - 1);
            }
            return;
        }
        if let Some((n, _)) = self.longest(i, Lex::CouldHave) {
            let mut v = i + n;
            while matches!(
                self.word(v),
                "been" | "easily" | "just" | "probably" | "also" | "still" | "simply"
            ) {
                v += 1;
            }
            let verb = self.word(v);
            // "later than we would have liked": a wish, not a counterfactual.
            if matches!(
                verb,
                "liked" | "wanted" | "preferred" | "hoped" | "loved" | "expected"
            ) {
                return;
            }
            // "We have no test that could have caught it": a missing safeguard, described.
            let start = self.sentence_start(i);
            if matches!(self.prev_word(i), "that" | "which")
                && (start..i).any(|k| matches!(self.word(k), "no" | "any" | "not" | "nothing"))
            {
                return;
            }
            // "It would have been useful to …": hindsight with no person in it.
            let verdict = self.word(i + n) == "been" && has(HINDSIGHT_VERDICTS, verb);
            if inflects(PREVENT_VERBS, verb) || inflects(HUMAN_ACTS, verb) || verdict {
                self.push(&HINDSIGHT_COULD, i, v);
            } else if self.hindsight_subject(i) {
                // "The outage could have affected 3,000 users" is an estimate, not a verdict;
                // "we could have…" is.
                self.push(&HINDSIGHT_COULD, i, i + n - 1);
            }
            return;
        }
        // "A unit test may have highlighted this before the deploy": hindsight, hedged.
        if matches!(self.word(i), "may" | "might")
            && self.word(i + 1) == "have"
            && inflects(PREVENT_VERBS, self.word(i + 2))
            // ("Customers may have seen errors" is a guess about the past, a hedge.)
            && !inflects(&["find", "found", "notice", "save", "saw", "see", "seen", "show", "shown"], self.word(i + 2))
        {
            self.push(&HINDSIGHT_COULD, i, i + 2);
            return;
        }
        if let Some((n, _)) = self.longest(i, Lex::HindsightFrames) {
            self.push(&HINDSIGHT_FRAME, i, i + n - 1);
            self.offer(i, i + n - 1, "");
            return;
        }
        if self.phrase_len(i, "if only").is_some() {
            self.push(&HINDSIGHT_IF_ONLY, i, i + 1);
            return;
        }
        // "If we had checked…", "Had they just looked…".
        let w = self.word(i);
        let clause_start = self.toks[i].sentence_start
            || matches!(self.toks.get(i.wrapping_sub(1)), Some(t) if t.is(",") )
            || matches!(self.prev_word(i), "and" | "but");
        let (subject_at, had_at) = match w {
            "if" => (i + 1, None),
            "had" if clause_start => (i + 1, Some(i)),
            _ => return,
        };
        let subject_end = match self.word(subject_at) {
            "we" | "i" | "they" | "he" | "she" | "you" => Some(subject_at),
            _ => self.person_starting_at(subject_at).map(|p| p.last),
        };
        let Some(subject_end) = subject_end else {
            return;
        };
        let mut v = subject_end + 1;
        if had_at.is_none() {
            if self.word(v) != "had" {
                return;
            }
            v += 1;
        }
        // "Had they just…", "If we had checked…".
        let w = self.word(v);
        if matches!(w, "just" | "only" | "simply" | "even") || is_participle(w) {
            self.push(&HINDSIGHT_IF_ONLY, i, v);
        }
    }

    pub(super) fn judgement_and_condescension(&mut self, i: usize) {
        if let Some((n, entry)) = self.longest(i, Lex::Judgements) {
            // "not acted on quickly enough" is a verdict; "loads fast enough" is not.
            let negated =
                || (self.sentence_start(i)..i).any(|k| matches!(self.word(k), "not" | "never"));
            if !entry.ends_with(" enough") || negated() {
                self.push(&JUDGEMENT, i, i + n - 1);
            }
        } else if matches!(self.word(i), "poorly" | "badly") {
            // "poorly thought out", "badly planned": a verdict on how people worked.
            let next = self.word(i + 1);
            if is_participle(next) || next == "thought" {
                let last = if self.word(i + 2) == "out" {
                    i + 2
                } else {
                    i + 1
                };
                self.push(&JUDGEMENT, i, last);
            }
        }
        if self.word(i) == "obvious"
            && !self.dated(i)
            && matches!(
                self.prev_word(i),
                "was" | "is" | "were" | "been" | "be" | "seemed" | "seems"
            )
        {
            self.push(&CONDESCENDING, i - 1, i);
            return;
        }
        if let Some(last) = self.everyone_knows(i) {
            self.push(&CONDESCENDING, i, last);
            return;
        }
        if let Some((n, entry)) = self.longest(i, Lex::Condescension) {
            if !(entry == "it was obvious" && self.dated(i)) {
                self.push(&CONDESCENDING, i, i + n - 1);
                // "Obviously, the fix …": the sentence stands without the word.
                if matches!(entry, "obviously" | "of course" | "needless to say") {
                    self.offer(i, i + n - 1, "");
                }
            }
            return;
        }
        match self.word(i) {
            "clearly" => {
                // "clearly labelled", "show it clearly." describe manner.
                let manner = match self.toks.get(i + 1) {
                    None => true,
                    Some(t) => {
                        (t.is_break() && !t.is(","))
                            || has(CLEARLY_MANNER, &t.norm)
                            // "Clearly mark the time zone": an instruction, said clearly.
                            || (self.toks[i].sentence_start && is_imperative(&t.norm))
                    }
                };
                if !manner {
                    self.push(&CONDESCENDING, i, i);
                    self.offer(i, i, "");
                }
            }
            w @ ("just" | "simply") => {
                // "had just deployed", "was just released" are about time, not effort; "was
                // just check" is effort again.
                let prev = self.prev_word(i);
                if w == "just" && matches!(prev, "had" | "has" | "have" | "'d" | "'ve") {
                    return;
                }
                if w == "just"
                    && matches!(prev, "was" | "were" | "is" | "are")
                    && !has(MINIMISED_ACTS, self.word(i + 1))
                {
                    return;
                }
                let had_to = matches!(
                    self.word(i + 1),
                    "had" | "has" | "have" | "needed" | "need" | "needs"
                ) && self.word(i + 2) == "to";
                if had_to {
                    self.push(&MINIMISING, i, i + 2);
                    self.offer(i, i, "");
                } else if inflects(MINIMISED_ACTS, self.word(i + 1)) {
                    self.push(&MINIMISING, i, i + 1);
                    self.offer(i, i, "");
                }
            }
            _ => {}
        }
    }

    /// The sentence around `i` opens with a time ("By 18:48 it was obvious that the
    /// migration had stalled"): it says when something became clear, on a timeline, not
    /// what others should have seen.
    fn dated(&self, i: usize) -> bool {
        let start = self.sentence_start(i);
        matches!(self.word(start), "by" | "at")
            && self.toks.get(start + 1).is_some_and(|t| {
                t.kind == TokKind::Number
                    || matches!(&*t.norm, "approximately" | "about" | "around")
            })
    }

    /// "Anyone would know", "any developer could see": end of the phrase starting at `i`.
    pub(super) fn everyone_knows(&self, i: usize) -> Option<usize> {
        let w = self.word(i);
        let mut k = match w {
            "anyone" | "anybody" | "everyone" | "everybody" => i + 1,
            "any" | "every" if has(PERSON_NOUNS, self.word(i + 1)) => i + 2,
            _ => return None,
        };
        if !matches!(self.word(k), "would" | "should" | "could") {
            return None;
        }
        k += 1;
        if self.word(k) == "have" {
            k += 1;
        }
        inflects(KNOW_VERBS, self.word(k))
            .then_some(k)
            .or_else(|| matches!(self.word(k), "known" | "seen" | "told").then_some(k))
    }

    // ---- facts ----

    pub(super) fn opinion(&mut self, i: usize) {
        if let Some((n, _)) = self.longest(i, Lex::Opinions) {
            self.push(&OPINION, i, i + n - 1);
        } else if self.at(i, Lex::SureHedges) && has(SURE_WORDS, self.word(i + 1)) {
            // "pretty sure", "not certain": confidence instead of evidence.
            self.push(&HEDGE, i, i + 1);
        } else if let Some((n, entry)) = self.longest(i, Lex::Hedges) {
            let ok = match entry {
                // "May 3" is a date; "may" in lower case, or "May be…", is a hedge.
                // "You may have received an email": addressed to readers, not a guess.
                "may" if self.prev_word(i) == "you" => false,
                "may" => {
                    self.toks[i].case == Case::Lower || matches!(self.word(i + 1), "be" | "have")
                }
                // "The chart looks like a sawtooth" compares; "Looks like the cron…" guesses.
                "looks like" | "looked like" => {
                    self.toks[i].sentence_start
                        || matches!(self.prev_word(i), "it" | "this" | "that" | "there")
                }
                // "as quickly as I possibly could": effort, not doubt.
                "possibly" => !matches!(self.word(i + 1), "could" | "can"),
                // "No orders could be placed": what was impossible, not a guess.
                "could be" => {
                    let start = self.sentence_start(i);
                    !(start..i).any(|k| matches!(self.word(k), "no" | "none" | "nothing"))
                }
                _ => true,
            };
            if ok {
                self.push(&HEDGE, i, i + n - 1);
            }
        }
        if let Some((n, entry)) = self.longest(i, Lex::VagueQuantities) {
            let next = self.toks.get(i + n);
            let guarded = next.is_some_and(|t| t.kind == TokKind::Number)
                || self.prev_word(i) == "how"
                || (entry == "very" && has(VERY_EMPHASIS, self.word(i + 1)))
                // "the most recent deploy", "at most": superlatives, not amounts.
                || (entry == "most" && matches!(self.prev_word(i), "the" | "at" | "a"))
                // "rather than", "quite a few" (found as "a few").
                || (matches!(entry, "rather" | "quite")
                    && matches!(self.word(i + 1), "than" | "a" | "an" | "the"))
                // "a new kind of check", "what sort of alert": a type, not a hedge on size.
                || (matches!(entry, "kind of" | "sort of")
                    && (has(DETERMINERS, self.prev_word(i))
                        || matches!(self.prev_word(i), "what" | "one" | "new" | "same")));
            if !guarded {
                self.push(&VAGUE_QUANTITY, i, i + n - 1);
                // An intensifier says nothing measurable: without it the fact reads the same.
                // (Not after "a"/"an": "an extremely long time" would lose its article.)
                if matches!(entry, "very" | "extremely" | "incredibly")
                    && !matches!(self.prev_word(i), "a" | "an")
                {
                    self.offer(i, i, "");
                }
            }
        }
        if let Some((n, entry)) = self.longest(i, Lex::Explanations) {
            let next = self.word(i + n);
            let not_causal = match entry {
                // "The sale was due to start at 09:00", "was meant to go live": a schedule.
                "due to" => is_imperative(next),
                "meant" => next == "to" || self.prev_word(i) == "was",
                // "since June", "since the deploy": time. Causal "since" opens a clause.
                "since" => !self.since_is_causal(i),
                _ => false,
            };
            if !not_causal {
                let detail = self.clause_from(i + n);
                self.push_with(&EXPLANATION, i, i + n - 1, detail);
            }
        }
    }

    /// "Since the cache was cold, …" explains; "since the 10:00 deploy" dates. A causal
    /// "since" opens a clause with a verb of being or having.
    pub(super) fn since_is_causal(&self, i: usize) -> bool {
        (i + 1..self.toks.len())
            .take(8)
            .take_while(|&k| !self.toks[k].is_break())
            .any(|k| {
                matches!(
                    self.word(k),
                    "was"
                        | "were"
                        | "is"
                        | "are"
                        | "had"
                        | "has"
                        | "have"
                        | "did"
                        | "does"
                        | "could"
                )
            })
    }

    pub(super) fn emotive(&mut self, i: usize) {
        if self.longest(i, Lex::EmotiveTech).is_some() {
            return;
        }
        if let Some((n, entry)) = self.longest(i, Lex::Emotive) {
            self.push(&EMOTIVE_WORD, i, i + n - 1);
            // Adverbs of feeling ("Unfortunately, …", "went terribly wrong") can simply go.
            if matches!(
                entry,
                "unfortunately" | "sadly" | "terribly" | "horribly" | "awfully" | "stupidly"
            ) {
                self.offer(i, i, "");
            }
        }
    }
}

/// "misconfigured", "mistyped", "misread": failures by their prefix.
fn is_mis_verb(w: &str) -> bool {
    (w.len() >= 8 && w.starts_with("mis") && w.ends_with("ed") && !w.starts_with("miss"))
        || matches!(w, "misread" | "mistook" | "misunderstood" | "misheard")
}

/// A base-form verb an instruction could start with.
pub(crate) fn is_imperative(w: &str) -> bool {
    has(OUTCOME_VERBS, w) || has(OTHER_VERBS, w)
}

/// A past participle, roughly: "checked", "seen", "known", "told".
fn is_participle(w: &str) -> bool {
    w.len() > 3 && (w.ends_with("ed") || w.ends_with("en") || w.ends_with("wn"))
        || matches!(
            w,
            "done"
                | "read"
                | "run"
                | "sent"
                | "set"
                | "told"
                | "thought"
                | "caught"
                | "paid"
                | "put"
                | "made"
                | "got"
        )
}
