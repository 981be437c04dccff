//! The rules for actions that try to fix a person instead of the system. The rules for
//! actions too vague to ever be done are in `vague.rs`.

use super::lexicon::*;
use super::rules::{FIX_BEHAVIOUR, FIX_MANUAL, FIX_TELL, FIX_TRAINING};
use super::scan::{Scan, Who};
use super::tokens::TokKind;

impl Scan<'_, '_> {
    /// The verb at `i` follows a form of "be": a passive ("were reminded", "was retrained").
    fn after_be(&self, i: usize) -> bool {
        i >= 1
            && matches!(
                self.word(i - 1),
                "were" | "was" | "been" | "be" | "is" | "are"
            )
    }

    /// The people a passive at `i` is about, named in the first words of its sentence ("All
    /// teams involved were reminded"); none when a thing is ("the model was retrained").
    fn passive_people(&self, i: usize) -> Option<super::scan::Person> {
        let start = self.sentence_start(i);
        (start..i.min(start + 5)).find_map(|j| {
            self.person_starting_at(j)
                .filter(|p| p.who == Who::Person && p.last < i)
        })
    }

    pub(crate) fn person_fix(&mut self, i: usize, automated: bool) {
        if let Some((n, entry)) = self.longest(i, Lex::BehaviourFixes) {
            // "customers who might not be aware of the scam": a state described. ("our
            // infrastructure improvement plan" is a plan for systems: only a person is put
            // on "an improvement plan".)
            let systems_plan = entry == "improvement plan"
                && !matches!(self.prev_word(i), "a" | "an" | "personal");
            let state = entry.starts_with("be ") && self.prev_word(i) == "not";
            if !(state || systems_plan) {
                self.push(&FIX_BEHAVIOUR, i, i + n - 1);
            }
            return;
        }
        if let Some((n, entry)) = self.longest(i, Lex::Training) {
            // "Retrain the fraud model" is about a machine: the verb fixes a person only
            // when people (or nothing, or "on …") follow it.
            let verb = entry.starts_with("re");
            let next = i + n;
            // "The model was retrained on new data": a passive names what was trained first.
            if verb && self.after_be(i) {
                if let Some(p) = self.passive_people(i) {
                    self.push(&FIX_TRAINING, p.first, i + n - 1);
                }
                return;
            }
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
            // "Add an automated double-check" is a machine doing it; one added to the
            // launch checklist is a written step of the system.
            if !automated && !self.any_word(WRITTEN_PROCEDURES) {
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
            let mut k = if matches!(self.word(i + 1), "with" | "to") {
                i + 2
            } else {
                i + 1
            };
            // "train several other team members": a count before the people.
            while matches!(self.word(k), "several" | "other" | "existing" | "new") {
                k += 1;
            }
            // "All teams involved were reminded of the procedure": the people told come
            // before a passive verb.
            if tell && self.after_be(i) {
                if let Some(p) = self.passive_people(i) {
                    self.push(&FIX_TELL, p.first, i);
                }
                return;
            }
            // ("We have written to Mr Frame to advise him of the error": telling someone
            // what happened, not what to do.)
            // ("… will tell you if you were infected": what a tool reports.)
            let informs = |p: &super::scan::Person| {
                matches!(
                    self.word(p.last + 1),
                    "of" | "if" | "whether" | "when" | "what" | "about"
                )
            };
            // ("Ask the payment provider to raise our rate limit": a request to a partner
            // for a change on their side, not a person asked to do better.)
            // (A business partner asked is the same request.)
            let partner = |p: &super::scan::Person| {
                let w = self.word(p.last);
                !tell && (has(PARTNERS, w) || matches!(w, "partner" | "partners"))
            };
            if let Some(p) = self
                .person_starting_at(k)
                .filter(|p| !informs(p) && !partner(p))
            {
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
        // "mandatory phishing training for all staff": training given to people.
        if w == "training" && matches!(self.word(i + 1), "for" | "of") {
            let k = i + 2 + usize::from(self.word(i + 2) == "all");
            if let Some(p) = self.person_starting_at(k).filter(|p| p.who == Who::Person) {
                self.push(&FIX_TRAINING, i, p.last);
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
            // "make sure they check", "ensure everyone follows the runbook": what is asked is
            // a person's act; "ensure we take the necessary steps", "ensure that they cannot
            // start" (servers) ask nothing of anyone's memory.
            let asked = person.is_some_and(|last| {
                (last + 1..last + 4)
                    .take_while(|&k| self.toks.get(k).is_some_and(|t| t.is_word()))
                    .find(|&k| !has(SUBJECT_SKIP, self.word(k)) && !has(MODALS, self.word(k)))
                    .is_some_and(|k| {
                        let w = self.word(k);
                        inflects(HUMAN_ACTS, w)
                            || has(CARELESS_ACTS, w)
                            || matches!(w, "remember" | "remembers" | "know" | "knows" | "be")
                    })
            });
            if let Some(last) = person.filter(|_| !given && asked) {
                self.push(&FIX_TELL, i, last);
            }
        }
    }

    /// An action that opens by asking people to take care: "Carefully plan timeouts", "Don't
    /// push code late at night", "Never merge without a review", "Trust your team". Not a
    /// rule a system can enforce ("Do not allow deploys after 17:00", "Never deploy on a
    /// Friday" is a freeze a pipeline keeps), nor one a machine follows ("Do not
    /// automatically retry …").
    pub(crate) fn caution(&mut self, automated: bool) {
        let Some(mut first) = self.first_word() else {
            return;
        };
        if automated {
            return;
        }
        // "Lessons: Never bundle …": the line's heading is not the action.
        if self.toks.get(first + 1).is_some_and(|t| t.is(":")) && self.toks.len() > first + 2 {
            first += 2;
        }
        // "Trust your team", "Know how to renew certificates": a frame of mind asked for of
        // the reader. Only with what such advice goes on with ("your", "yourself", "how",
        // "in", "positively"…): "Trust the internal CA on every build agent" configures a
        // machine, "Know who is responsible" names a fact to settle, and "Think about
        // adding retries" is vague, not about a person.
        if self.toks[first].sentence_start
            && has(MINDSET_VERBS, self.word(first))
            && self.toks.get(first + 1).is_some_and(|t| t.is_word())
            && has(MINDSET_OBJECTS, self.word(first + 1))
        {
            // The phrase runs to the end of the clause: "Trust your team, and add …" asks
            // for one thing of people and changes another in the system.
            let mut last = first + 1;
            for (k, t) in self.toks.iter().enumerate().skip(first + 2) {
                if t.sentence_start || !t.is_word() || t.is("and") {
                    break;
                }
                last = k;
            }
            self.push(&FIX_BEHAVIOUR, first, last);
            return;
        }
        let verb = match self.word(first) {
            "carefully" => {
                self.push(&FIX_BEHAVIOUR, first, first + 1);
                return;
            }
            "never" if self.word(first + 1) == "ever" => first + 2,
            "never" => first + 1,
            "do" if self.word(first + 1) == "not" => first + 2,
            _ => return,
        };
        let w = self.word(verb);
        if inflects(HUMAN_ACTS, w) || has(CARELESS_ACTS, w) {
            self.push(&FIX_BEHAVIOUR, first, verb);
        }
    }

    /// The action's first word (or @handle).
    pub(super) fn first_word(&self) -> Option<usize> {
        self.toks
            .iter()
            .position(|t| matches!(t.kind, TokKind::Word | TokKind::Handle))
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
}
