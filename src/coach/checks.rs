//! The checks for verdicts: error labels, hindsight, judgement and condescension. Each looks
//! at the structure around a word: "should have a time-zone step" is possession, "should
//! have checked" hindsight. The checks that keep facts factual are in `opinion.rs`, those
//! for blame in `blame.rs`.

use super::lexicon::*;
use super::rules::*;
use super::scan::Scan;
use super::tokens::TokKind;
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
            // ("This change shouldn't have made it to production": the same verdict.)
            let never = (next == "never"
                || entry.contains("never")
                || (entry.contains("not") && matches!(next, "happened" | "occurred"))
                || (entry.contains("not") && next == "made" && self.word(i + n + 1) == "it"))
                && !matches!(self.prev_word(i), "that" | "which");
            if next == "been" && self.word(i + n + 1) == "possible" {
                return;
            }
            // "… during what should have been a routine billing run": the event's plan, told
            // to set the scene, not a verdict on anyone.
            if self.prev_word(i) == "what" && next == "been" {
                return;
            }
            // "… the switch back should have been quite smooth": what the plan expected of
            // the system, as "should" in a rule's intended behaviour.
            if next == "been" {
                let mut a = i + n + 1;
                while matches!(
                    self.word(a),
                    "quite" | "very" | "relatively" | "fairly" | "a"
                ) {
                    a += 1;
                }
                if matches!(
                    self.word(a),
                    "smooth"
                        | "seamless"
                        | "straightforward"
                        | "simple"
                        | "easy"
                        | "routine"
                        | "trivial"
                        | "harmless"
                        | "safe"
                        | "transparent"
                        | "uneventful"
                ) {
                    return;
                }
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
            // Past "been" and adverbs: "would have drastically shortened", "could have been
            // easily caught" (any "-ly" word), "would have indeed prevented".
            while matches!(
                self.word(v),
                "been" | "just" | "also" | "still" | "indeed" | "either"
            ) || (self.word(v).len() > 4 && self.word(v).ends_with("ly"))
            {
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
                .take_while(|&k| !self.toks[k].closes_sentence())
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
            // "During this period, users would have seen an error page": what those affected
            // met, told as the impact.
            if has(AFFECTED_PEOPLE, self.prev_word(i)) {
                return;
            }
            // "Customers who would have been charged twice were refunded": who was
            // affected, not what anyone ought to have done.
            if self.prev_word(i) == "who" && !inflects(PREVENT_VERBS, verb) {
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
            // "not acted on quickly enough" is a verdict; "loads fast enough" is not. (An
            // entry that carries its own "not", "not robust enough", is negated already.)
            let negated = || {
                entry.starts_with("not ")
                    || (self.sentence_start(i)..i).any(|k| matches!(self.word(k), "not" | "never"))
            };
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
                // ("I just restarted mongod", "we'll just wait", "We just need to find a way",
                // "we have simply run out of power": the writers telling their own acts and
                // tasks, not someone else's made small.)
                let mut k = i;
                while k > 0 && {
                    let w = self.word(k - 1);
                    has(AUXILIARIES, w) || has(MODALS, w) || matches!(w, "would" | "could")
                } {
                    k -= 1;
                }
                if matches!(self.prev_word(k), "we" | "i") {
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
