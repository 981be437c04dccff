//! The checks for blame: a person as the subject of a failure ("Dave forgot", not "the cron
//! job missed its run"), passive agents, skipped checks and possessive faults. Each looks at
//! the structure around a word. Slips, harm done and framings, which need no failure verb,
//! are in `slips.rs`; a person's act given as a cause, whatever the verb, in `agents.rs`.

use super::checks::{is_imperative, is_participle};
use super::lexicon::*;
use super::rules::*;
use super::scan::{Failure, Person, Scan, Who};
use super::tokens::Case;

impl Scan<'_, '_> {
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

    /// The verb at `v` is a duty an organisation can fail (`DUTIES`).
    fn duty(&self, v: usize) -> bool {
        let w = self.word(v);
        if matches!(w, "take" | "took" | "taken" | "takes") {
            return (v + 1..v + 4).any(|k| has(DUTY_OBJECTS, self.word(k)));
        }
        inflects(DUTIES, w)
    }

    /// The words before `i` (past "has", "also" and the like) name a company: capitals in a
    /// shape no common word has ("TalkTalk", "TSB"), or a title-case name ("Navy Federal").
    /// Returns where the name starts.
    fn company_before(&self, i: usize) -> Option<usize> {
        let mut j = i;
        while j > 0 && has(SUBJECT_SKIP, self.word(j - 1)) {
            j -= 1;
        }
        let k = j.checked_sub(1)?;
        let t = self.toks.get(k)?;
        let capitals = t.norm.len() >= 2
            && match t.case {
                Case::Upper => true,
                // Mixed case: "TalkTalk", "easyJet" (a duty failed is never an iPhone's).
                Case::Other => t.norm.bytes().all(|b| b.is_ascii_lowercase()),
                Case::Title => !t.sentence_start || self.name_like(k),
                Case::Lower => false,
            };
        let company =
            t.is_word() && capitals && !has(SYSTEM_NOUNS, &t.norm) && !has(NOT_NAMES, &t.norm);
        company.then(|| {
            if k > 0 && self.name_like(k - 1) {
                k - 1
            } else {
                k
            }
        })
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
            // "a change made to our cloud account by an engineer": a change, where it was
            // made, then its author.
            for k in i.saturating_sub(6)..i.saturating_sub(2) {
                if has(CHANGE_PARTICIPLES, self.word(k))
                    && matches!(self.word(k + 1), "to" | "on" | "in" | "into" | "at")
                    && (k + 1..i).all(|m| self.toks[m].is_word())
                    // ("written to customers affected by the outage": "by" has its own verb.)
                    && !(k + 2..i).any(|m| is_participle(self.word(m)))
                {
                    self.passive_blame_by(k, i);
                    break;
                }
            }
        }
        self.possessive_blame(i);
        self.omission_blame(i);
        self.accident_blame(i);
        self.harm_blame(i);
        self.framed_blame(i);
        self.own_failure(i);
        self.made_mistakes(i);
        let Some((failure, last)) = self.failure_at(i) else {
            return;
        };
        let Some(subject) = self.subject_before(i) else {
            // "TalkTalk failed to comply", "the HSE did not take any action": a company
            // failing a duty, its name in capitals that no person's name is written in.
            if let Failure::Verb(v) = failure {
                if let Some(first) = self.company_before(i).filter(|_| self.duty(v)) {
                    self.push_with(&BLAME_TO_DO, first, last, self.clause_from(v));
                }
            }
            return;
        };
        // "In case you have not noticed": the reader, addressed. "Missed Block Rate
        // Incident": a title's capitals, not a name and its verb.
        if self.word(subject.last) == "you"
            || (self.toks[i].case == Case::Title
                && !self.toks[i].sentence_start
                && subject.who == Who::Name)
        {
            return;
        }
        // "The provider does not restart servers": how a partner's service works, not an
        // act of theirs.
        if has(PARTNERS, self.word(subject.last)) && matches!(self.word(i), "does" | "do") {
            return;
        }
        // "Our team did not give up": a failure denied.
        if matches!(failure, Failure::Verb(v)
            if (self.word(v) == "give" && self.word(v + 1) == "up")
                || matches!(self.word(v), "hesitate" | "quit"))
        {
            return;
        }
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
            (Failure::Verb(v) | Failure::Never(v), _) => {
                inflects(HUMAN_ACTS, self.word(*v)) || self.duty(*v)
            }
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
            if t.is_word() && (has(CLAUSE_ENDS, &t.norm) || has(ACTOR_STOPS, &t.norm)) {
                return None;
            }
            // "We should've rolled back instead of …" is hindsight, found as such.
            // "We need direct health checks instead of proxies": a wish, not an act.
            if (has(MODALS, &t.norm) && !t.is("to")) || has(WISH_VERBS, &t.norm) {
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

    /// "… was ignored by the night shift". When the verb is itself a verdict ("mishandled by
    /// the on-call"), the verdict is a finding of its own and blame starts at "by".
    ///
    /// A change with its author is blame too ("the change was made by …", "pushed by someone
    /// from marketing"), unless what was changed is the repair ("the fix was deployed by the
    /// on-call"); and so is any check a person did not do ("the queue was not checked by …").
    pub(super) fn passive_blame(&mut self, i: usize) {
        let by = if self.word(i + 1) == "by" {
            i + 1
        } else if self.word(i + 1).ends_with("ly") && self.word(i + 2) == "by" {
            i + 2
        } else {
            return;
        };
        self.passive_blame_by(i, by);
    }

    /// The participle at `i`, its agent after "by" at `by`.
    fn passive_blame_by(&mut self, i: usize, by: usize) {
        let w = self.word(i);
        let start = self.sentence_start(i);
        let change =
            || has(CHANGE_PARTICIPLES, w) && !(start..i).any(|k| has(REPAIR_NOUNS, self.word(k)));
        // "… has not been affected, as these are handled by our partner": the negation must
        // be in the participle's own clause.
        let clause = (start..i)
            .rev()
            .find(|&k| self.toks[k].is(",") || has(CLAUSE_ENDS, self.word(k)))
            .map_or(start, |k| k + 1);
        // ("… aren't owned by our team": who holds a thing, not an act left undone.)
        let not_done = || {
            is_participle(w)
                && !has(HELD_STATES, w)
                && (clause..i).any(|k| matches!(self.word(k), "not" | "never"))
        };
        // "a coding error by someone on my team": a fault with its author.
        let fault = matches!(w, "error" | "errors" | "mistake" | "mistakes" | "oversight");
        if !(self.at(i, Lex::PassiveFailures) || change() || not_done() || fault) {
            return;
        }
        // ("caused by a vendor software issue": the person's word names whose software.)
        let compound = |p: &Person| {
            has(SYSTEM_NOUNS, self.word(p.last + 1))
                || matches!(
                    self.word(p.last + 1),
                    "software" | "issue" | "bug" | "error"
                )
        };
        // ("… any offer to purchase made by you": the reader, in terms and conditions.)
        if self.word(by + 1) == "you" {
            return;
        }
        let person = self
            .person_starting_at(by + 1)
            .filter(|p| p.who == Who::Person || p.known || self.at(i, Lex::PassiveFailures))
            .filter(|p| !compound(p));
        if let Some(p) = person {
            let first = if has(JUDGEMENTS, w) { i + 1 } else { i };
            self.push(&BLAME_BY, first, p.last);
        }
    }

    /// "Kevin pushed the config without running the tests": a person and a check they skipped.
    pub(super) fn omission_blame(&mut self, i: usize) {
        if self.word(i) != "without" {
            return;
        }
        let gerund = self.word(i + 1);
        // "… without running the tests", "… without a review": a check that was skipped.
        let skipped_act = gerund.ends_with("ing")
            && (inflects(HUMAN_ACTS, gerund)
                || matches!(
                    gerund,
                    "running" | "waiting" | "telling" | "notifying" | "informing" | "consulting"
                ));
        let skipped_check = matches!(gerund, "a" | "any") && has(CHECK_NOUNS, self.word(i + 2));
        if !(skipped_act || skipped_check) {
            return;
        }
        let start = self.sentence_start(i);
        let candidate = |k: usize| {
            self.person_ending_at(k)
                .filter(|p| p.who != Who::Pronoun || self.toks[k].sentence_start)
                // "A change to Wikipedia reached production without a test": things go
                // without checks too; only a person skips one.
                .filter(|p| skipped_act || p.who == Who::Person)
                .filter(|_| self.toks.get(k + 1).is_some_and(|t| t.is_word()))
        };
        let mut subject = (start..i).find_map(candidate);
        // "Further investigation revealed that a supplier had … without notifying us": a
        // capital opening the sentence may be no name; a role named later is the subject.
        let unsure = subject
            .as_ref()
            .filter(|p| p.who == Who::Name && !p.known && self.toks[p.first].sentence_start)
            .map(|p| p.last + 1);
        if let Some(after) = unsure {
            if let Some(role) = (after..i)
                .filter_map(candidate)
                .find(|q| q.who == Who::Person)
            {
                subject = Some(role);
            }
        }
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
}

/// "misconfigured", "mistyped", "misread": failures by their prefix.
fn is_mis_verb(w: &str) -> bool {
    (w.len() >= 8 && w.starts_with("mis") && w.ends_with("ed") && !w.starts_with("miss"))
        || matches!(w, "misread" | "mistook" | "misunderstood" | "misheard")
}
