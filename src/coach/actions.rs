//! The rules for actions: those that try to fix a person instead of the system, and those
//! too vague to ever be done.

use super::lexicon::*;
use super::rules::{FIX_BEHAVIOUR, FIX_MANUAL, FIX_TELL, FIX_TRAINING, VAGUE_SCALE, VAGUE_VERB};
use super::scan::{Scan, Who};
use super::tokens::TokKind;

impl Scan<'_, '_> {
    pub(crate) fn person_fix(&mut self, i: usize, automated: bool) {
        if let Some((n, _)) = self.longest(i, Lex::BehaviourFixes) {
            self.push(&FIX_BEHAVIOUR, i, i + n - 1);
            return;
        }
        if let Some((n, entry)) = self.longest(i, Lex::Training) {
            // "Retrain the fraud model" is about a machine: the verb fixes a person only
            // when people (or nothing, or "on …") follow it.
            let verb = entry.starts_with("re");
            let next = i + n;
            let about_people = !self.toks.get(next).is_some_and(|t| t.is_word())
                || matches!(
                    self.word(next),
                    "on" | "in" | "for" | "with" | "about" | "to"
                )
                || self.person_starting_at(next).is_some();
            if !verb || about_people {
                self.push(&FIX_TRAINING, i, i + n - 1);
            }
            return;
        }
        if let Some((n, entry)) = self.longest(i, Lex::ManualChecks) {
            // "Add an automated double-check" is a machine doing it.
            if !automated {
                self.push(&FIX_MANUAL, i, i + n - 1);
                // "Double-check the price" → "Automatically check the price".
                let with = match entry {
                    "double check" | "double-check" | "manually check" | "check manually"
                    | "visually check" => "automatically check",
                    "manually verify" | "verify manually" => "automatically verify",
                    "manually compare" => "automatically compare",
                    "manually confirm" => "automatically confirm",
                    _ => "",
                };
                // Only as the action's own verb: "Tell engineers to double-check …" is
                // about telling, and "automatically" would not fix it.
                if !with.is_empty() && self.toks[i].sentence_start {
                    self.offer(i, i + n - 1, with);
                }
            }
            return;
        }
        let w = self.word(i);
        let tell = self.at(i, Lex::TellVerbs);
        if tell || self.at(i, Lex::AskVerbs) {
            // "Remind the team…" but not "remind customers…"; "ask Dave…" but not "ask
            // Stripe to raise the limit": a name after "ask" could be a vendor.
            // "Speak with the employees", "talk to the team".
            let k = if matches!(self.word(i + 1), "with" | "to") {
                i + 2
            } else {
                i + 1
            };
            if let Some(p) = self.person_starting_at(k) {
                if tell || p.who == Who::Person {
                    let base = matches!(
                        self.word(i),
                        "remind" | "tell" | "ask" | "warn" | "urge" | "instruct" | "encourage"
                    );
                    self.push(&FIX_TELL, i, p.last);
                    // "Remind marketing to check the zone" → "Add a required checklist step
                    // to check the zone": the same task, kept by the process.
                    let to = p.last + 1;
                    if base && self.toks[i].sentence_start && self.word(to) == "to" {
                        self.offer(i, to, "add a required checklist step to");
                    }
                }
            }
            return;
        }
        if matches!(w, "reminder" | "reminders") {
            // "Send a reminder to the marketing team", "reminders of the rules": still relies
            // on memory.
            match self.word(i + 1) {
                "to" | "for" => {
                    if let Some(p) = self.person_starting_at(i + 2) {
                        self.push(&FIX_TELL, i, p.last);
                    }
                }
                "of" | "about" => self.push(&FIX_TELL, i, i + 1),
                _ => {}
            }
            return;
        }
        if matches!(w, "should" | "must")
            || (w == "to" && matches!(self.prev_word(i), "need" | "needs" | "has" | "have"))
        {
            // "Everyone on the team should read the runbook": people asked to do better. ("We
            // will communicate …" is a commitment, judged by its substance; "we have to think
            // again" is vague, not a behaviour fix.)
            let verb = self.word(i + 1);
            if inflects(HUMAN_ACTS, verb) && verb != "think" && self.modal_subject_is_person(i) {
                self.push(&FIX_BEHAVIOUR, i, i + 1);
            }
            return;
        }
        if let Some((n, _)) = self.longest(i, Lex::MakeSure) {
            let n = if self.word(i + n) == "that" { n + 1 } else { n };
            let person = match self.word(i + n) {
                "they" | "we" | "you" | "he" | "she" | "i" => Some(i + n),
                // "ensure all missing records were recovered": "all" is people only when
                // people follow ("make sure all staff …").
                "all" => self.person_starting_at(i + n + 1).map(|p| p.last),
                _ => self.person_starting_at(i + n).map(|p| p.last),
            };
            // "Make sure everyone on it has the permissions" gives people something; "make
            // sure they check" asks them to remember.
            let given = person.is_some_and(|last| {
                (last + 1..last + 4).any(|k| {
                    matches!(
                        self.word(k),
                        "has"
                            | "have"
                            | "gets"
                            | "get"
                            | "can"
                            | "receives"
                            | "receive"
                            | "is"
                            | "are"
                    )
                })
            });
            if let Some(last) = person.filter(|_| !given) {
                self.push(&FIX_TELL, i, last);
            }
        }
    }

    /// An action that opens by asking people to take care: "Carefully plan timeouts", "Don't
    /// push code late at night", "Never deploy on a Friday". A rule a system enforces names
    /// what it blocks or allows ("Do not allow deploys after 17:00").
    pub(crate) fn caution(&mut self) {
        let Some(first) = self.toks.iter().position(|t| t.is_word()) else {
            return;
        };
        let verb = match self.word(first) {
            "carefully" => {
                self.push(&FIX_BEHAVIOUR, first, first + 1);
                return;
            }
            "never" => first + 1,
            "do" if self.word(first + 1) == "not" => first + 2,
            _ => return,
        };
        let w = self.word(verb);
        if !w.is_empty() && !inflects(OUTCOME_VERBS, w) && !matches!(w, "be" | "have") {
            self.push(&FIX_BEHAVIOUR, first, verb);
        }
    }

    /// The subject of the modal at `i` is a person ("Everyone on the team should…", "Engineers
    /// must…"), not a thing ("The checklist should require…").
    fn modal_subject_is_person(&self, i: usize) -> bool {
        let mut j = i;
        if matches!(self.word(j), "to") {
            j -= 1;
        }
        // "We need to review our pgbouncer configuration" is the team's commitment, judged by
        // its substance; "engineers need to review…" asks people to do better.
        if let Some(p) = self.subject_before(j) {
            return p.who == Who::Person && !matches!(self.word(p.last), "we" | "i");
        }
        // "Everyone on the team should…": a person phrase opening the sentence.
        let start = self.sentence_start(j);
        self.person_starting_at(start)
            .is_some_and(|p| p.who == Who::Person && p.last < j)
            || (start < j && has(PERSON_PRONOUNS, self.word(start)))
    }

    /// The vague-action check, by substance rather than form: real action lists are written
    /// as imperatives, noun phrases ("Alerting on replication lag above 60 s"), "-ing" forms,
    /// "We will …" sentences and owner-first lines, and none of these is vague by its shape.
    /// An action is vague when it has a marker of vagueness ("improve", "look into", "make
    /// sure this never happens again", a comparative with no target) and nothing that makes
    /// it checkable (see [`Scan::is_concrete`]).
    pub(crate) fn action_shape(&mut self) {
        let Some(first) = self
            .toks
            .iter()
            .position(|t| matches!(t.kind, TokKind::Word | TokKind::Handle))
        else {
            return;
        };
        // "Enforce rate limits more strictly": a comparative manner says nothing about when
        // it is done, whatever the verb.
        // (Not in a clause of purpose or result: "reduce the timeout so that it retries more
        // quickly" says what the change is for.)
        let manner = (first..self.toks.len())
            .take_while(|&i| {
                !(self.toks[i].is(",") || matches!(self.word(i), "so" | "to" | "that" | "which"))
            })
            .find(|&i| matches!(self.word(i), "more" | "less") && self.word(i + 1).ends_with("ly"));
        if let Some(i) = manner {
            self.push(&VAGUE_VERB, i, i + 1);
            return;
        }
        // "Set up some kind of monitoring", "change the path to something more robust": the
        // thing to build is left open, whatever the verb.
        let open_ended = (first..self.toks.len()).find_map(|i| match self.word(i) {
            "some" if matches!(self.word(i + 1), "kind" | "sort" | "form") => Some((i, i + 2)),
            "something" if has(COMPARATIVES, self.word(i + 1)) => Some((i, i + 1)),
            "somehow" => Some((i, i)),
            _ => None,
        });
        if let Some((i, last)) = open_ended {
            self.push(&VAGUE_VERB, i, last);
            return;
        }
        // "Improved monitoring and alerting for the platform", "Better alerting on checkout":
        // an action named by its improvement is a wish, whatever nouns follow, unless it
        // sets a number.
        let improvement = has(IMPROVEMENTS, self.word(first));
        let numbered = self.toks.iter().any(|t| t.kind == TokKind::Number);
        if improvement && !numbered {
            let n = self.longest(first, Lex::VagueVerbs).map_or(1, |(n, _)| n);
            self.push(&VAGUE_VERB, first, first + n - 1);
            return;
        }
        if self.is_concrete(first) {
            // "Introduced alerts for slow queues, along with improved memory management": a
            // list of changes is as vague as its vaguest item.
            if let Some((i, n)) = self.vague_item(first) {
                self.push(&VAGUE_VERB, i, i + n - 1);
            }
            return;
        }
        let vague = (first..self.toks.len())
            .filter(|&i| self.toks[i].is_word())
            .find_map(|i| match self.longest(i, Lex::VagueVerbs) {
                Some((n, _)) => Some((i, n)),
                // "improved", "considering", "reviewed": the table lists base forms.
                None => (inflects(VAGUE_VERBS, self.word(i))
                    || (self.scale_verb(i)
                        && self.verb_position(i, first)
                        && !self.purpose(i)
                        && !self.targeted(i)
                        && self.abstract_object(i)))
                .then_some((i, 1)),
            });
        // "Make checkout more robust": a comparative with no target.
        let comparative = || {
            (first..self.toks.len()).find_map(|i| {
                let w = self.word(i);
                // "We'll let you know more about how refunds work": not an improvement.
                if !has(COMPARATIVES, w) || matches!(self.word(i + 1), "about" | "of" | "than") {
                    return None;
                }
                // "Double the database's capacity to handle more traffic", "keep you updated
                // as more information becomes available": the comparative says what the
                // change is for, or when; the change itself is named before it.
                // ("If the tool is available, a more gradual deployment …": the clause has
                // ended at the comma.)
                if (first..i)
                    .any(|j| self.subordinate(j) && !(j + 1..i).any(|k| self.toks[k].is(",")))
                {
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
        // "Improve the error messages: make them shorter and drop the provider's text", "enhance
        // the dashboard by adding …": a marker followed by how is specified after all.
        let specified = |at: usize| {
            (at + 1..self.toks.len()).any(|k| {
                (self.toks[k].is(":") && self.toks.get(k + 1).is_some_and(|t| t.is_word()))
                    || (self.word(k) == "by" && self.word(k + 1).ends_with("ing"))
            })
        };
        // "Adding additional metrics and alarms", "more monitoring will be added": how much
        // and of what is left open, unless a qualifier follows ("… for failed payments").
        let unspecified = || {
            (first..self.toks.len()).find_map(|i| {
                if !self.at(i, Lex::Unspecified) {
                    return None;
                }
                let noun = (i + 1..self.toks.len().min(i + 3))
                    .take_while(|&j| self.toks[j].is_word())
                    .find(|&j| has(CATEGORIES, self.word(j)))?;
                let qualified = matches!(
                    self.word(noun + 1),
                    "for"
                        | "on"
                        | "of"
                        | "in"
                        | "at"
                        | "when"
                        | "that"
                        | "which"
                        | "above"
                        | "below"
                        | "covering"
                        | "across"
                );
                (!qualified).then_some((i, noun - i + 1))
            })
        };
        if let Some((i, n)) = vague.or_else(comparative).or_else(unspecified) {
            if !specified(i) {
                // "Increase the coverage": the verb is fine, the target is missing.
                let scale = n == 1 && self.scale_verb(i);
                let rule = if scale { &VAGUE_SCALE } else { &VAGUE_VERB };
                self.push(rule, i, i + n - 1);
            }
        }
    }

    /// The word at `j` opens a clause of purpose or time inside an action: "so", "as",
    /// "when", or "to" after a noun and before a verb ("capacity to handle").
    fn subordinate(&self, j: usize) -> bool {
        match self.word(j) {
            "so" | "as" | "when" | "once" | "if" | "until" | "because" | "whenever" => true,
            "to" => {
                let prev = self.prev_word(j);
                let next = self.word(j + 1);
                j > 0
                    && self.toks[j - 1].is_word()
                    && !has(INTENTIONS, prev)
                    && !has(WISHES, prev)
                    && !matches!(prev, "able" | "try" | "trying" | "tries" | "continue")
                    && !next.is_empty()
                    && !has(DETERMINERS, next)
                    && !has(UNSPECIFIED, next)
                    && !has(COMPARATIVES, next)
            }
            _ => false,
        }
    }

    /// In an action with a concrete part, a marker of vagueness that is an item of its own:
    /// in the main clause (not in a clause of purpose, time or condition, which says why or
    /// when), and a change in itself ("improved memory management", "look into the queue"),
    /// not the hope of one ("… so it never happens again").
    fn vague_item(&self, first: usize) -> Option<(usize, usize)> {
        let mut subordinate = false;
        let mut i = first;
        while i < self.toks.len() {
            let t = &self.toks[i];
            if t.is(",") || t.is(";") || matches!(&*t.norm, "and" | "along" | "plus") {
                subordinate = false;
            } else if self.subordinate(i) || (t.norm == "to" && i > first) {
                subordinate = true;
            }
            if subordinate || !t.is_word() {
                i += 1;
                continue;
            }
            if let Some((n, entry)) = self.longest(i, Lex::VagueVerbs) {
                // As the item's verb ("look into", "improve"), not a noun ("safeguards in
                // place"), and with no purpose after it that says what it is to achieve
                // ("improve monitoring to ensure an engineer is paged").
                if !has(HOPES, entry)
                    && !matches!(entry, "understand" | "try to" | "review")
                    && self.verb_position(i, first)
                    && !self.purposed(i + n)
                    && !self.then_done(i + n, first)
                {
                    return Some((i, n));
                }
                i += n;
                continue;
            }
            // "improved memory management", "better telemetry": an improvement named as an
            // item, unless a number sets it.
            let item_start = i == first || matches!(self.prev_word(i), "with" | "and" | ",");
            if has(IMPROVEMENTS, &t.norm)
                && item_start
                && !self.purposed(i + 1)
                && self.toks.get(i + 1).is_some_and(|t| t.is_word())
                && !self.toks[i..].iter().any(|t| t.kind == TokKind::Number)
            {
                return Some((i, 1));
            }
            i += 1;
        }
        None
    }

    /// A concrete change follows from `k`: "Investigate the slow queries and add an index
    /// for those above 500 ms" ends in something checkable.
    fn then_done(&self, k: usize, first: usize) -> bool {
        (k..self.toks.len()).any(|j| {
            self.toks[j].is_word()
                && self.verb_position(j, first)
                && inflects(OUTCOME_VERBS, self.word(j))
        })
    }

    /// A clause of purpose follows from `k` before the item ends: "… to ensure an engineer
    /// is paged", "…, to see if the files load".
    fn purposed(&self, k: usize) -> bool {
        (k..self.toks.len())
            .take_while(|&j| !self.toks[j].is(";") && !matches!(self.word(j), "and" | "along"))
            .any(|j| {
                matches!(self.word(j), "to" | "so")
                    && self.toks.get(j + 1).is_some_and(|t| t.is_word())
            })
    }

    /// Whether the word at `k` stands where a verb would: first, after "and"/a comma, after
    /// a modal ("should require", "to add"), or after the subject or auxiliary of a report
    /// ("we added", "we have added", "was added").
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
            "and" | "then" | "or" | "also" | "that" | "which" | "we" | "i" | "have" | "has"
            | "had" | "are" | "is" | "was" | "were" | "been" | "be" | "am" => true,
            // "We have since codified", "we now block": an adverb before the verb.
            "now" | "since" | "already" | "just" | "recently" | "immediately" => {
                self.verb_position(k - 1, first)
            }
            // "We quickly added app servers".
            w if w.len() > 4 && w.ends_with("ly") => self.verb_position(k - 1, first),
            // "Try to deploy earlier" is still a wish.
            "to" => !matches!(self.prev_word(k - 1), "try" | "tries" | "trying"),
            w => has(MODALS, w),
        }
    }

    /// An action is concrete when a verb with a checkable outcome stands in verb position
    /// with an object that names something ("add an alert", not "fix the issue"), or when it
    /// sets a measurable target ("to under 300 ms").
    fn is_concrete(&self, first: usize) -> bool {
        (first..self.toks.len()).any(|k| {
            let t = &self.toks[k];
            if t.kind == TokKind::Number {
                return has(TARGET_WORDS, self.prev_word(k));
            }
            if !t.is_word() || !self.verb_position(k, first) {
                return false;
            }
            // "our monitoring and alerting": a second noun, not a verb after "and".
            if t.norm.ends_with("ing")
                && matches!(self.prev_word(k), "and" | "or")
                && k >= first + 2
                && self.word(k - 2).ends_with("ing")
                && !self.verb_position(k - 2, first)
            {
                return false;
            }
            // "Increase the coverage of our tests" sets no target; "… to include the cases we
            // saw", "… to 90 %" does.
            if self.scale_verb(k) && !self.targeted(k) {
                return false;
            }
            // "Improve logging to check for anomalies in …": what it lets people observe.
            if t.norm == "to"
                && has(OBSERVE_VERBS, self.word(k + 1))
                && matches!(
                    self.word(k + 2),
                    "if" | "for" | "whether" | "which" | "when"
                )
            {
                return true;
            }
            // "added", "adding", "adds", and "a check that blocks deploys"; not "find a way
            // to prevent …", a wish.
            let wished = (k.saturating_sub(3)..k).any(|j| has(WISHES, self.word(j)));
            inflects(OUTCOME_VERBS, &t.norm) && !wished && !self.generic_object(k, k + 1)
        })
    }

    /// The word at `k` is a form of a scale verb ("increasing", "reduced").
    fn scale_verb(&self, k: usize) -> bool {
        let w = self.word(k);
        // A prefix test first ("increas" for increases, increased, increasing): this runs on
        // every word of an action.
        SCALE_VERBS
            .iter()
            .any(|base| w.starts_with(base.trim_end_matches('e')) && inflects(&[base], w))
    }

    /// A change of scale at `k` says how far: a number after it, what it is to include, or
    /// what it is for ("so that the pooler retries").
    fn targeted(&self, k: usize) -> bool {
        (k + 1..self.toks.len()).any(|j| {
            self.toks[j].kind == TokKind::Number
                || (self.word(j) == "to" && matches!(self.word(j + 1), "include" | "cover"))
                || (self.word(j) == "so" && self.word(j + 1) == "that")
                || matches!(self.word(j), "through" | "until")
        })
    }

    /// The object of the verb at `k` is a quality, not a thing: "increase the coverage of our
    /// tests", "reduce the likelihood of incidents" (but "reduce the DNS TTL" names a setting).
    fn abstract_object(&self, k: usize) -> bool {
        self.object_from(k + 1).is_some_and(|(from, last)| {
            // "the coverage of our tests": the head is before "of".
            let head = (from + 1..=last)
                .find(|&j| self.word(j) == "of")
                .map_or(last, |j| j - 1);
            has(GENERIC_OBJECTS, self.word(head)) || has(QUALITIES, self.word(head))
        })
    }

    /// The verb at `k` says what another change is for ("added app servers to reduce the
    /// impact"), not what is to be done ("we need to reduce …").
    fn purpose(&self, k: usize) -> bool {
        self.prev_word(k) == "to" && !has(INTENTIONS, self.word(k.saturating_sub(2)))
    }

    /// The object of the verb at `verb`, starting at `k`, names nothing in particular: "the
    /// issue", "a number of changes", "our safeguards", "more documentation", or nothing at all
    /// ("test, test and test again"). For a passive ("this will be fixed"), the object is the
    /// sentence's subject.
    fn generic_object(&self, verb: usize, k: usize) -> bool {
        let passive = matches!(
            self.prev_word(verb),
            "be" | "been" | "is" | "are" | "was" | "were"
        );
        let k = if passive {
            // "Additionally, improvements to … will be implemented", "Going forward, the pool
            // size will be increased": the subject follows an opening adverbial.
            let start = self.sentence_start(verb);
            (start..verb.min(start + 4))
                .find(|&j| self.toks[j].is(","))
                .map_or(start, |j| j + 1)
        } else {
            k
        };
        // Quoted words name something: "a “what to do during an outage” checklist".
        if (k..k + 3).any(|j| self.toks.get(j).is_some_and(|t| t.quoted)) {
            return false;
        }
        let Some((from, mut last)) = self.object_from(k) else {
            return true;
        };
        if passive {
            // The subject ends where its verb group starts: "This | will be fixed".
            last = (from..verb)
                .find(|&j| has(MODALS, self.word(j)) || has(AUXILIARIES, self.word(j)))
                .map_or(last, |j| j.saturating_sub(1))
                .min(last);
        }
        let words = || (from..=last).filter(|&j| self.toks[j].is_word());
        let mut named = words().filter(|&j| !has(DETERMINERS, self.word(j)));
        let Some(lead) = named.next() else {
            return true;
        };
        if has(UNSPECIFIED, self.word(lead)) && !words().any(|j| self.word(j) == "than") {
            return true;
        }
        // "improvements to the management of migrations", "changes to the policy": which
        // change is left open, whatever it applies to.
        if has(GENERIC_OBJECTS, self.word(lead)) && matches!(self.word(lead + 1), "to" | "in") {
            return true;
        }
        // "make it better", "recorded what went wrong".
        if matches!(self.word(lead), "it" | "what" | "everything" | "them") {
            return true;
        }
        let mut head = self.word(last);
        // "a number of changes": the head is after "of".
        if self.word(last + 1) == "of" && matches!(head, "number" | "lot" | "set" | "couple") {
            match self.object_from(last + 2) {
                Some((_, l)) => head = self.word(l),
                None => return true,
            }
        }
        if !has(GENERIC_OBJECTS, head) {
            return false;
        }
        // "the bug in the coupon validator": a place makes it particular.
        matches!(
            self.word(last + 1),
            "in" | "on" | "for" | "of" | "at" | "with"
        )
        .then(|| self.object_from(last + 2))
        .flatten()
        .is_none_or(|(_, l)| has(GENERIC_OBJECTS, self.word(l)))
    }
}
