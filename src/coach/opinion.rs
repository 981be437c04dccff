//! The checks that keep facts factual: hedges, vague sizes and counts, emotive words, and
//! explanations inside a fact (a reason belongs in Causes). Each looks at the structure
//! around a word: "some customers" is a count left out, "for some reason" is not.

use super::checks::is_imperative;
use super::lexicon::*;
use super::rules::*;
use super::scan::Scan;
use super::tokens::{Case, TokKind};

impl Scan<'_, '_> {
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
                "due to" => is_imperative(next) || self.apology_caused(i),
                // "since June", "since the deploy": time. Causal "since" opens a clause.
                "since" => !self.since_is_causal(i),
                "as" => !self.as_is_causal(i),
                // "Sorry for any inconvenience caused by this": the apology's formula.
                "caused by" => has(APOLOGY_NOUNS, self.prev_word(i)),
                // "… for any inconvenience caused as a result of these outages": the same.
                "as a result of" | "because of" => self.apology_caused(i),
                _ => false,
            };
            if !not_causal {
                let detail = self.clause_from(i + n);
                self.push_with(&EXPLANATION, i, i + n - 1, detail);
            }
        }
    }

    /// "(the inconvenience) caused" just before `i`: an apology naming the incident as what
    /// caused it, not an explanation of the incident.
    fn apology_caused(&self, i: usize) -> bool {
        i >= 2 && self.word(i - 1) == "caused" && has(APOLOGY_NOUNS, self.word(i - 2))
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
            // "an unhandled panic", "panic handlers", "a kernel panic", "a deterministic
            // panic", "the fatal panic: panic: can not create code": a program's crash, not a
            // feeling.
            let crash = entry.starts_with("panic")
                && (matches!(
                    self.prev_word(i),
                    "kernel"
                        | "unhandled"
                        | "unrecovered"
                        | "runtime"
                        | "thread"
                        | "goroutine"
                        | "deterministic"
                        | "fatal"
                        | "node"
                        | "nil"
                ) || matches!(
                    self.word(i + 1),
                    "handler" | "handlers" | "handling" | "recovery" | "message" | "messages"
                ) || self.toks.get(i + 1).is_some_and(|t| t.is(":")));
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
