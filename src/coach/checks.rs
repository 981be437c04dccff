//! The checks for verdicts and opinion: error labels, hindsight, judgement, condescension,
//! and the checks that keep facts factual (hedges, vague sizes, emotive words, explanations).
//! Each looks at the structure around a word: "should have a time-zone step" is possession,
//! "should have checked" hindsight. The checks for blame are in `blame.rs`.

use super::lexicon::*;
use super::rules::*;
use super::scan::Scan;
use super::tokens::{Case, TokKind};
use super::Field;

impl Scan<'_, '_> {
    // ---- labels, hindsight, judgement, condescension ----

    pub(super) fn labels(&mut self, i: usize) {
        if let Some((n, _)) = self.longest(i, Lex::ErrorLabels) {
            // "Calling it human error would stop the inquiry", "not human error": the
            // sentence rejects the label.
            // ("protection against human error": a risk to guard against, not the cause.)
            let rejected = (i.saturating_sub(3)..i).any(|k| {
                matches!(
                    self.word(k),
                    "not" | "calling" | "call" | "beyond" | "blaming" | "no"
                ) || has(GUARDS, self.word(k))
                    // "rather than human error", "instead of human error"; not "Instead it was
                    // human error on our side".
                    || (self.word(k) == "rather" && self.word(k + 1) == "than")
                    || (self.word(k) == "instead" && self.word(k + 1) == "of")
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
        // ("we possibly could have …": the words that may stand between a subject and its
        // verb.)
        let mut j = i;
        while j > 0 && has(SUBJECT_SKIP, self.word(j - 1)) {
            j -= 1;
        }
        matches!(self.prev_word(j), "we" | "i") || self.subject_before(i).is_some()
    }

    pub(super) fn hindsight(&mut self, i: usize) {
        if let Some((n, entry)) = self.longest(i, Lex::ShouldHave) {
            let next = self.word(i + n);
            // "The checklist should have a time-zone step" is possession, not hindsight.
            // ("We should have alerting on config failures": a noun after it.)
            let possession = has(DETERMINERS, next)
                || (next.ends_with("ing") && next != "being")
                || (matches!(next, "one" | "more" | "fewer" | "less" | "enough" | "at")
                    // ("We should have more actively chased the supplier": an adverb.)
                    && !self.word(i + n + 1).ends_with("ly"))
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
            // "The problem should have never happened": a verdict on the event, whatever
            // its subject. "… took longer than it should have": a duration judged.
            // ("This shouldn't have happened": the same verdict, negated.)
            // ("… things happened that should not have happened", "… shouldn't have been
            // possible": abnormal events described, and design intent.)
            let never = (next == "never"
                || entry.contains("never")
                || (entry.contains("not") && matches!(next, "happened" | "occurred")))
                && !matches!(self.prev_word(i), "that" | "which");
            if next == "been" && self.word(i + n + 1) == "possible" {
                return;
            }
            let too_long = compared
                && (i.saturating_sub(8)..i)
                    .any(|k| matches!(self.word(k), "longer" | "slower" | "later"));
            if never || too_long || (!possession && !compared && !intended) {
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
            // "we could have several strategies running", "we'd have nearly 2 million
            // visitors", "I would have to pay by hand": having, not a counterfactual.
            if verb == "to"
                || has(DETERMINERS, verb)
                || has(CROWDS, verb)
                || matches!(verb, "several" | "nearly" | "about" | "around" | "over")
                || self.toks.get(v).is_some_and(|t| t.kind == TokKind::Number)
            {
                return;
            }
            // "We could have brought everything up at once, but we checked each system
            // first", "there was nothing we could have done": an option declined, or none.
            let start = self.sentence_start(i);
            let declined = (v + 1..self.toks.len())
                .take_while(|&k| !matches!(&*self.toks[k].norm, "." | ";" | "!" | "?"))
                .any(|k| self.word(k) == "but");
            // ("I wish we could have delivered them, but we can't": a regret.)
            let regret = (start..i).any(|k| matches!(self.word(k), "wish" | "wished"));
            if (declined && !regret)
                || (start..i).any(|k| matches!(self.word(k), "nothing" | "little"))
            {
                return;
            }
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
            && !inflects(PERCEIVE_VERBS, self.word(i + 2))
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

    /// "set too loose", "for too long", "too aggressively", "escalated too late": a verdict
    /// measured against what the writer now thinks was right. Only words of timing and
    /// setting (a list): not a limit described ("too large to fit", "Payload Too Large", "the
    /// password was too short"), not a count ("too many requests"), not "too" as "also".
    fn too_far(&self, i: usize) -> bool {
        let Some(next) = self.toks.get(i + 1).filter(|t| t.is_word()) else {
            return false;
        };
        has(TOO_VERDICTS, &next.norm) && !matches!(self.word(i + 2), "to" | "for")
    }

    /// "than (we had originally) anticipated" from `k`: the end of the phrase.
    fn than_expected(&self, k: usize) -> Option<usize> {
        if self.word(k) != "than" {
            return None;
        }
        let mut j = k + 1;
        while matches!(
            self.word(j),
            "we" | "i" | "it" | "had" | "was" | "originally" | "initially" | "first"
        ) {
            j += 1;
        }
        matches!(
            self.word(j),
            "anticipated" | "expected" | "planned" | "estimated" | "hoped" | "intended"
        )
        .then_some(j)
    }

    /// `field`: in an action, "when the queue takes too long" names a condition to alert on
    /// rather than a verdict, and "we will of course refund it" reassures.
    pub(super) fn judgement_and_condescension(&mut self, i: usize, field: Field) {
        let action = field == Field::Action;
        if let Some((_, "longer than")) = self.longest(i, Lex::Judgements) {
            // In a cause, "the migration took longer than we had anticipated" judges the work
            // against a plan in hindsight, like "took too long". (In a fact it reports a
            // delay; "longer than 30 s" is a measure; "a job would take longer than expected"
            // describes the system.)
            let took = (i.saturating_sub(4)..i).any(|k| matches!(self.word(k), "took" | "taken"));
            if let Some(last) = self
                .than_expected(i + 1)
                .filter(|_| took && matches!(field, Field::Cause | Field::Why))
            {
                self.push(&JUDGEMENT, i, last);
            }
        } else if let Some((n, entry)) = self.longest(i, Lex::Judgements) {
            // "not acted on quickly enough" is a verdict; "loads fast enough" is not.
            let negated =
                || (self.sentence_start(i)..i).any(|k| matches!(self.word(k), "not" | "never"));
            if !entry.ends_with(" enough") || negated() {
                self.push(&JUDGEMENT, i, i + n - 1);
            }
        } else if matches!(self.word(i), "poorly" | "badly") {
            // "poorly thought out", "badly planned": a verdict on how people worked. So is
            // "handled those timeouts poorly", the adverb closing its clause after a verb of
            // handling ("the page rendered badly on Safari" describes a symptom).
            let next = self.word(i + 1);
            let closes =
                !self.toks.get(i + 1).is_some_and(|t| t.is_word()) || has(CLAUSE_ENDS, next);
            let handled = (i.saturating_sub(5)..i).any(|k| {
                let w = self.word(k);
                HANDLING_STEMS.iter().any(|stem| w.starts_with(stem))
            });
            if closes && handled && !action {
                self.push(&JUDGEMENT, i, i);
            } else if is_participle(next) || next == "thought" {
                let last = if self.word(i + 2) == "out" {
                    i + 2
                } else {
                    i + 1
                };
                self.push(&JUDGEMENT, i, last);
            }
        }
        // "poor communication", "poor error logging": a verdict where the cause should say
        // what was missing. Not sympathy ("the poor customers") nor a measured symptom
        // ("poor performance").
        // ("poor connectivity", "a poor query plan" describe a system.)
        if self.word(i) == "poor"
            && !action
            && (has(POOR_WORK, self.word(i + 1)) || has(POOR_WORK, self.word(i + 2)))
        {
            self.push(&JUDGEMENT, i, i + 1);
            return;
        }
        if self.word(i) == "too" && !action && self.too_far(i) {
            self.push(&JUDGEMENT, i, i + 1);
            return;
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
            // "We will of course honour every refund", "we're back online now, of course":
            // reassurance. In a cause ("Of course, nobody had tested the restore") it sneers
            // at whoever missed it.
            let reassures = entry == "of course" && !matches!(field, Field::Cause | Field::Why);
            if !(reassures || entry == "it was obvious" && self.dated(i)) {
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
                // A sneer opens the sentence ("Clearly, no thought was given …") or follows a
                // person ("the intern clearly didn't read it"); "that terminology clearly
                // doesn't suffice", "more clearly" judge things or describe manner.
                let sneer = self.toks[i].sentence_start
                    || (i > 0 && self.person_ending_at(i - 1).is_some());
                if !manner && sneer && self.prev_word(i) != "more" {
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
                // ("We just need to find a way": the team's own task, not someone else's
                // made to sound trivial.)
                let had_to = matches!(
                    self.word(i + 1),
                    "had" | "has" | "have" | "needed" | "need" | "needs"
                ) && self.word(i + 2) == "to"
                    && !matches!(self.prev_word(i), "we" | "i");
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

    /// "some customers", "some of our APIs", "some new servers": a count of things or
    /// people left out. Not "some insight", "some late coding", "for some reason".
    fn some_count(&self, i: usize) -> bool {
        // ("this", "analysis", "status" end in s too.)
        let plural = |w: &str| {
            w == "people"
                || (w.len() > 3
                    && w.ends_with('s')
                    && !["ss", "is", "us"].iter().any(|end| w.ends_with(end))
                    && w != "news")
        };
        let next = self.word(i + 1);
        // ("for some time" is a while, but "failed for some customers" a count.)
        (self.prev_word(i) != "for" || plural(next))
            // ("some long standing merchants": a plural a few words on.)
            && (next == "of"
                || plural(next)
                || (plural(self.word(i + 2)) && !plural(next))
                || (plural(self.word(i + 3))
                    && !matches!(self.word(i + 1), "of" | "time" | "point")
                    && self.toks.get(i + 2).is_some_and(|t| t.is_word())
                    && !has(CLAUSE_ENDS, self.word(i + 2))))
            && !matches!(next, "reason" | "kind" | "sort" | "form" | "way" | "ways")
    }

    /// "may" at `i` in "any inconvenience (this) may (have) cause(d)": what an apology says
    /// of whatever harm was done, not a guess.
    fn apology_formula(&self, i: usize) -> bool {
        let causes = match self.word(i + 1) {
            "cause" => true,
            "have" => self.word(i + 2) == "caused",
            _ => false,
        };
        causes && (i.saturating_sub(6)..i).any(|k| self.word(k) == "any")
    }

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
                // "Sorry for any inconvenience this may have caused": the apology's formula,
                // not a guess about the incident.
                "may" | "might" if self.apology_formula(i) => false,
                // "As you probably know": the readers addressed, not a guess.
                "probably"
                    if (self.prev_word(i) == "you"
                        || (matches!(self.prev_word(i), "are" | "were")
                            && self.word(i.saturating_sub(2)) == "you"))
                        && matches!(
                            self.word(i + 1),
                            "know" | "aware" | "noticed" | "heard" | "seen" | "saw" | "read"
                        ) =>
                {
                    false
                }
                "may" => {
                    self.toks[i].case == Case::Lower || matches!(self.word(i + 1), "be" | "have")
                }
                // "The chart looks like a sawtooth" compares; "Looks like the cron…" guesses.
                "looks like" | "looked like" => {
                    self.toks[i].sentence_start
                        || matches!(self.prev_word(i), "it" | "this" | "that" | "there")
                }
                // "After the restart, all seemed to be OK": how it looked then, told as
                // part of the story; "it seems to be fine" is today's guess.
                "seemed" => !matches!(
                    (self.word(i + 1), self.word(i + 2), self.word(i + 3)),
                    (
                        "to",
                        "be",
                        "ok" | "okay" | "fine" | "normal" | "working" | "stable"
                    ) | ("ok" | "okay" | "fine" | "normal" | "stable", _, _)
                ),
                // "We have no reason to believe …": evidence, stated.
                "reason to believe" => self.prev_word(i) != "no",
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
            // "some messages (about 15 %)": the count follows in brackets.
            let bracketed = (i + n..self.toks.len().min(i + n + 6))
                .find(|&k| self.toks[k].is("("))
                .is_some_and(|k| {
                    (k + 1..self.toks.len().min(k + 4))
                        .any(|j| self.toks[j].kind == TokKind::Number)
                });
            let guarded = bracketed
                || next.is_some_and(|t| t.kind == TokKind::Number)
                || self.prev_word(i) == "how"
                || (matches!(entry, "very" | "extremely" | "incredibly" | "greatly")
                    && has(VERY_EMPHASIS, self.word(i + 1)))
                // "As most of you know": the readers addressed, not a count.
                || (entry == "most" && self.word(i + 1) == "of"
                    && matches!(self.word(i + 2), "you" | "us"))
                // "several orders of magnitude": a size, said in its unit.
                || (self.word(i + n) == "orders" && self.word(i + n + 1) == "of")
                // "the most significant outage in our history": a superlative ranks, it
                // does not measure.
                || (matches!(self.prev_word(i), "most" | "least")
                    && self.word(i.saturating_sub(2)) != "at")
                // "most importantly", "our most reliable service": a superlative or a
                // discourse word, not a share.
                || (entry == "most" && {
                    let w = self.word(i + 1);
                    w.ends_with("ly")
                        || ["able", "ible", "ive", "ous", "ful", "ical", "ere", "ant", "ent"]
                            .iter()
                            .any(|end| w.ends_with(end))
                })
                // "the most recent deploy", "at most": superlatives, not amounts.
                || (entry == "most"
                    && matches!(
                        self.prev_word(i),
                        "the" | "at" | "a" | "our" | "their" | "its" | "his" | "her" | "my" | "your"
                    ))
                // "rather than", "quite a few" (found as "a few").
                || (matches!(entry, "rather" | "quite")
                    && matches!(self.word(i + 1), "than" | "a" | "an" | "the"))
                // "as a matter of urgency": an idiom, not "a matter of hours".
                || (entry == "a matter of"
                    && !matches!(
                        self.word(i + n),
                        "seconds" | "minutes" | "hours" | "days" | "weeks" | "months" | "time"
                    ))
                // "for some reason", "some kind of": not an amount. ("Some users saw old
                // prices" is: the count is there to give, or to say it is not known.)
                || (entry == "some" && !self.some_count(i))
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
                // "The sale was due to start at 09:00": a schedule. (Nor are "this meant
                // that …" and "therefore" explanations: they tell what followed.)
                "due to" => is_imperative(next),
                // "since June", "since the deploy": time. Causal "since" opens a clause.
                "since" => !self.since_is_causal(i),
                "as" => !self.as_is_causal(i),
                // "Sorry for any inconvenience caused by this": the apology's formula.
                "caused by" => has(APOLOGY_NOUNS, self.prev_word(i)),
                _ => false,
            };
            if !not_causal {
                let detail = self.clause_from(i + n);
                self.push_with(&EXPLANATION, i, i + n - 1, detail);
            }
        }
    }

    /// "… were not affected, as they are written directly to the database" explains; "as
    /// soon as", "as quickly as we could", "marked as spam", "as it should", "updates as
    /// they are available" and "As we were restarting …" do not. A causal "as" opens a
    /// clause with a verb of being or having ("As it involved a hash, …").
    fn as_is_causal(&self, i: usize) -> bool {
        let prev = self.prev_word(i);
        // "as much progress as we had planned": the second "as" of a comparison; "as
        // unexpected to us as it was to you": its first.
        let compared = (i.saturating_sub(8)..i).any(|k| self.word(k) == "as")
            || (i + 2..self.toks.len().min(i + 7)).any(|k| self.word(k) == "as");
        if compared || has(AS_NOT_CAUSAL_BEFORE, prev) {
            return false;
        }
        if has(AS_NOT_CAUSAL_AFTER, self.word(i + 1)) {
            return false;
        }
        (i + 2..self.toks.len())
            .take(5)
            .take_while(|&k| !self.toks[k].is_break() && !self.toks[k].is(","))
            .find(|&k| has(AS_CLAUSE_VERBS, self.word(k)))
            .is_some_and(|k| {
                let after = self.word(k + 1);
                // "as it should", "as they are available": a manner or a time.
                let bare_modal = matches!(self.word(k), "should" | "would" | "could" | "will")
                    && !self.toks.get(k + 1).is_some_and(|t| t.is_word());
                // "As we were preparing the sale, …", "as cameras were coming back": while.
                let ongoing = after.ends_with("ing")
                    && after != "being"
                    && matches!(self.word(k), "was" | "were" | "is" | "are");
                !bare_modal
                    && !ongoing
                    && !matches!(after, "available" | "ready" | "needed" | "required")
            })
    }

    /// "Since the cache was cold, …" explains; "since the 10:00 deploy" dates. A causal
    /// "since" opens a clause with a verb of being or having.
    pub(super) fn since_is_causal(&self, i: usize) -> bool {
        // "available since Jan 2010 and it is …": a date.
        let next = self.word(i + 1);
        if self
            .toks
            .get(i + 1)
            .is_some_and(|t| t.kind == TokKind::Number)
            || has(MONTHS, next)
        {
            return false;
        }
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
            // "an unhandled panic", "panic handlers", "a kernel panic": a program's crash, not
            // a feeling.
            let crash = entry.starts_with("panic")
                && (matches!(
                    self.prev_word(i),
                    "kernel" | "unhandled" | "unrecovered" | "runtime" | "thread" | "goroutine"
                ) || matches!(
                    self.word(i + 1),
                    "handler" | "handlers" | "handling" | "recovery" | "message" | "messages"
                ));
            if crash {
                return;
            }
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

/// A base-form verb an instruction could start with.
pub(crate) fn is_imperative(w: &str) -> bool {
    has(OUTCOME_VERBS, w) || has(OTHER_VERBS, w)
}

/// A past participle, roughly: "checked", "seen", "known", "told".
pub(super) fn is_participle(w: &str) -> bool {
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
