//! The rules for blame and opinion language: who is the subject of a failure, hindsight,
//! judgement, condescension, and the checks that keep facts factual. Each rule looks at the
//! structure around a word, so that "Dave forgot" is blame and "the cron job missed its run"
//! is not.

use super::lexicon::*;
use super::tokens::{is_letter, Case, Tok, TokKind};
use super::{Field, Kind};

/// A rule: what it flags and what it says. Rules sharing an id differ only in the wording of
/// their suggestion.
pub(crate) struct Rule {
    pub id: &'static str,
    pub kind: Kind,
    pub problem: &'static str,
    pub why: &'static str,
    /// The suggestion: `{phrase}` stands for the flagged phrase, `{detail}` for the words
    /// the rule found (the object of "forgot", the rest of the clause…).
    pub suggestion: &'static str,
    /// Used instead of `suggestion` when the rule found no detail ("" when it needs none).
    pub fallback: &'static str,
}

impl Rule {
    /// The suggestion for one finding. Texts are data filled by this one function, rather
    /// than a `format!` per rule: each `format!` adds its own code to the wasm.
    pub fn suggest(&self, phrase: &str, detail: Option<&str>) -> String {
        let template = match detail {
            None if !self.fallback.is_empty() => self.fallback,
            _ => self.suggestion,
        };
        let mut out = String::with_capacity(template.len() + phrase.len() + 40);
        let mut rest = template;
        while let Some(k) = rest.find('{') {
            out.push_str(&rest[..k]);
            let tail = &rest[k..];
            if let Some(after) = tail.strip_prefix("{phrase}") {
                out.push_str(phrase);
                rest = after;
            } else if let Some(after) = tail.strip_prefix("{detail}") {
                out.push_str(detail.unwrap_or("…"));
                rest = after;
            } else {
                out.push('{');
                rest = &tail[1..];
            }
        }
        out.push_str(rest);
        out
    }
}

/// A rule matched tokens `first..=last`; `detail` is a token range quoted by the suggestion.
pub(crate) struct Hit {
    pub rule: &'static Rule,
    pub first: usize,
    pub last: usize,
    pub detail: Option<(usize, usize)>,
}

// ---- the rules' texts ----

const WHY_BLAME: &str =
    "People who are blamed hide their next mistake; what the system allowed is what can be fixed.";
const WHY_HINDSIGHT: &str = "People acted on what they knew then; the post-mortem should explain why it made sense at the time.";
const WHY_FACT: &str = "Facts are what the data shows; guesses and explanations belong in Causes, where they can be tested.";
const WHY_ACTION: &str =
    "Good intentions fade by the next busy day; a change to the tool or the process stays.";
const GENERIC_BLAME: &str = "Describe what the system allowed instead of who slipped, e.g. “The promo tool defaulted to PST and no step compared it with the email’s schedule.”";

pub(crate) const BLAME: Rule = Rule {
    id: "blame.subject-failure",
    kind: Kind::Blame,
    problem: "Names a person as the cause of a failure.",
    why: WHY_BLAME,
    suggestion: GENERIC_BLAME,
    fallback: "",
};
pub(crate) const BLAME_TO_DO: Rule = Rule {
    suggestion: "Say what the process relied on instead of who slipped, e.g. “No step or check made sure someone would {detail}.”",
    fallback: GENERIC_BLAME,
    ..BLAME
};
pub(crate) const BLAME_THAT: Rule = Rule {
    suggestion:
        "Say what the tool or the process did not show, e.g. “Nothing in the tool showed {detail}.”",
    fallback: GENERIC_BLAME,
    ..BLAME
};
pub(crate) const BLAME_MISSED: Rule = Rule {
    suggestion: "Describe the system around it instead: where did {detail} appear, what else needed attention then, and what made it easy to miss?",
    fallback: GENERIC_BLAME,
    ..BLAME
};
pub(crate) const BLAME_BROKE: Rule = Rule {
    suggestion: "Describe the change and what let it through, e.g. “A change to {detail} reached production without a test or review that covered it.”",
    fallback: GENERIC_BLAME,
    ..BLAME
};
const BLAME_OMISSION: Rule = Rule {
    suggestion: "Describe the step the process left optional, e.g. “The deploy tool allowed a config push without running the test suite.”",
    ..BLAME
};
const BLAME_BY: Rule = Rule {
    id: "blame.by-person",
    problem: "Says who failed instead of what failed.",
    suggestion: "Drop the person from “{phrase}” and describe what the system did: where the signal appeared and why it was easy to miss.",
    ..BLAME
};
const BLAME_FAULT: Rule = Rule {
    id: "blame.possessive-fault",
    problem: "Pins the failure on one person.",
    suggestion: "Describe the mistake as an event and the conditions around it, e.g. “The old price list went live; nothing compared it with the approved one.”",
    ..BLAME
};

const LABEL_ERROR: Rule = Rule {
    id: "label.human-error",
    kind: Kind::ErrorLabel,
    problem: "A label, not a cause: it ends the inquiry where it should start.",
    why: "Every incident involves people; what made the slip easy to make is what can change.",
    suggestion: "Replace “{phrase}” with the conditions that made the slip easy, e.g. “The price field accepted 0.99 for a 9.99 product without a warning.”",
    fallback: "",
};
const LABEL_TRAIT: Rule = Rule {
    id: "label.trait",
    problem: "Judges a person's character instead of describing what happened.",
    why: "Labels make people defensive and hide the conditions that shaped what they did.",
    suggestion:
        "Drop “{phrase}”: describe what was done, and what the tool or the process allowed.",
    ..LABEL_ERROR
};

const HINDSIGHT_SHOULD: Rule = Rule {
    id: "hindsight.should-have",
    kind: Kind::Hindsight,
    problem: "Hindsight: judges the past by what is known now.",
    why: WHY_HINDSIGHT,
    suggestion: "Replace “{phrase}” with what people knew and saw at the time, and what made their choice reasonable then.",
    fallback: "",
};
const HINDSIGHT_COULD: Rule = Rule {
    id: "hindsight.could-have",
    problem: "A counterfactual: describes what did not happen.",
    suggestion:
        "Instead of “{phrase}”, describe what did happen and which check or signal was missing.",
    ..HINDSIGHT_SHOULD
};
const HINDSIGHT_IF_ONLY: Rule = Rule {
    id: "hindsight.if-only",
    problem: "A counterfactual: imagines a better past instead of explaining this one.",
    suggestion:
        "Drop “{phrase}…” and state what happened; if a missing step matters, name it as a cause.",
    ..HINDSIGHT_SHOULD
};
const HINDSIGHT_FRAME: Rule = Rule {
    id: "hindsight.framing",
    problem: "Announces hindsight: the outcome known now colours the account.",
    suggestion: "Drop “{phrase}” and describe what was known and visible at the time.",
    ..HINDSIGHT_SHOULD
};

const JUDGEMENT: Rule = Rule {
    id: "judgement.verdict",
    kind: Kind::Judgement,
    problem: "A verdict on people's decisions rather than a description of them.",
    why: "Verdicts invite defence, not learning; the decision and what it was based on teach more.",
    suggestion: "Replace “{phrase}” with the decision itself: what was decided, when, and with what information.",
    fallback: "",
};

const CONDESCENDING: Rule = Rule {
    id: "condescension.obvious",
    kind: Kind::Condescension,
    problem: "Says the answer was obvious.",
    why:
        "What is obvious afterwards was not at the time; this tells readers they should have known.",
    suggestion: "Remove “{phrase}”: state the fact; if it was hard to see, say why.",
    fallback: "",
};
const MINIMISING: Rule = Rule {
    id: "condescension.minimising",
    problem: "Makes the task sound trivial.",
    suggestion: "Remove “{phrase}” and describe the step as it was: what it required and what got in the way.",
    ..CONDESCENDING
};

const OPINION: Rule = Rule {
    id: "hedge.opinion",
    kind: Kind::Hedge,
    problem: "An opinion in a fact.",
    why: WHY_FACT,
    suggestion: "Replace “{phrase}” with the source (a log, a graph, a message, a timestamp), or move the belief to Causes as a hypothesis.",
    fallback: "",
};
const HEDGE: Rule = Rule {
    id: "hedge.uncertain",
    problem: "A guess in a fact.",
    suggestion:
        "Replace “{phrase}” with what the data shows, or move the guess to Causes as a hypothesis.",
    ..OPINION
};
const VAGUE_QUANTITY: Rule = Rule {
    id: "vague.quantity",
    kind: Kind::VagueQuantity,
    problem: "A vague quantity.",
    why: "Numbers let readers judge the impact and compare incidents; adjectives don't.",
    suggestion: "Replace “{phrase}” with a number, a unit or a duration, e.g. “212 orders”, “from 180 ms to 2.4 s”, “for 40 minutes”.",
    fallback: "",
};
const EMOTIVE_WORD: Rule = Rule {
    id: "emotive.word",
    kind: Kind::Emotive,
    problem: "An emotive word.",
    why: "Emotion reads as blame and hides the size of the impact; numbers speak for themselves.",
    suggestion:
        "Replace “{phrase}” with the impact in numbers: orders, customers, minutes, revenue.",
    fallback: "",
};
const EXPLANATION: Rule = Rule {
    id: "explanation.causal",
    kind: Kind::Explanation,
    problem: "An explanation inside a fact.",
    why: WHY_FACT,
    suggestion: "Keep the observable event here and move “{phrase} {detail}” to Causes, where it can be checked.",
    fallback: "Keep the observable event here and move the explanation (“{phrase} …”) to Causes.",
};

// ---- the actions' texts (used by actions.rs) ----

pub(crate) const FIX_BEHAVIOUR: Rule = Rule {
    id: "person-fix.behaviour",
    kind: Kind::PersonFix,
    problem: "Asks people to behave better instead of changing the system.",
    why: WHY_ACTION,
    suggestion: "Instead of “{phrase}”, add something that does not depend on memory: a checklist step, a validation in the tool, or an alert.",
    fallback: "",
};
pub(crate) const FIX_TELL: Rule = Rule {
    id: "person-fix.remind",
    problem: "Relies on telling people.",
    suggestion: "Instead of “{phrase}…”, make the tool or the process do it: a required step, a confirmation prompt, or an automated check.",
    ..FIX_BEHAVIOUR
};
pub(crate) const FIX_TRAINING: Rule = Rule {
    id: "person-fix.training",
    problem: "Training fixes a person, not the system.",
    suggestion: "Instead of “{phrase}”, change what the next person will meet: a safer default, a confirmation prompt, a validation, a clearer screen.",
    ..FIX_BEHAVIOUR
};
pub(crate) const FIX_MANUAL: Rule = Rule {
    id: "person-fix.manual-check",
    problem: "Relies on someone remembering to check.",
    suggestion: "Replace “{phrase}” with an automated check, e.g. a validation that blocks the change or an alert when the values differ.",
    ..FIX_BEHAVIOUR
};
pub(crate) const VAGUE_VERB: Rule = Rule {
    id: "vague-action.verb",
    kind: Kind::VagueAction,
    problem: "A vague action: nothing says when it is done.",
    why: "Actions without a checkable outcome stay open forever.",
    suggestion: "Say what “{phrase}” should produce, e.g. “… and add an alert when …”, “… and document the result in the runbook”, or a measurable target.",
    fallback: "",
};
pub(crate) const NO_VERB: Rule = Rule {
    id: "vague-action.no-verb",
    problem: "The action does not start with a verb.",
    why: "Starting with a verb makes clear what will be done, and when it is done.",
    suggestion: "Start with a verb saying what will change, e.g. “Add …”, “Alert …”, “Require …”, “Automate …”.",
    ..VAGUE_VERB
};

// ---- scanning ----

/// How surely a word names a person.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Who {
    /// "they", "you": people or things.
    Pronoun,
    /// A capitalised word that looks like a name, but could be a product ("Stripe").
    Name,
    /// Certainly people: a known name, an @handle, a role, a team, he/she.
    Person,
}

pub(crate) struct Person {
    pub who: Who,
    /// First and last token of the phrase naming the person.
    pub first: usize,
    pub last: usize,
    /// From the names list: certainly a person, whatever its shape.
    pub known: bool,
    /// Found beyond the verb's neighbourhood (a coordinated or relative clause): findings
    /// then mark the verb only, not the whole clause between.
    pub remote: bool,
}

/// How the failure is stated: decides how sure the subject must be.
enum Failure {
    /// forgot, neglected, overlooked: only people do this.
    Human,
    /// "failed to" / "did not" + this verb token.
    Verb(usize),
    /// "never" + a past form: the verb is not a base form the suggestion could reuse.
    Never(usize),
    /// broke, missed, ignored, skipped: systems do this too.
    Shared,
}

pub(crate) struct Scan<'t, 'a> {
    pub toks: &'t [Tok<'a>],
    /// Per token, the tables with a phrase starting there (see [`Lex`]).
    starts: Vec<u32>,
    people: &'t [String],
    /// Each known person's name as lower-case words, split when first needed.
    names: std::cell::OnceCell<Vec<Vec<String>>>,
    pub hits: Vec<Hit>,
}

impl<'t, 'a> Scan<'t, 'a> {
    pub fn new(toks: &'t [Tok<'a>], people: &'t [String]) -> Self {
        let starts = toks
            .iter()
            .map(|t| {
                if t.is_word() {
                    tables_starting_with(&t.norm)
                } else {
                    0
                }
            })
            .collect();
        Self {
            toks,
            starts,
            people,
            names: std::cell::OnceCell::new(),
            hits: Vec::new(),
        }
    }

    fn names(&self) -> &[Vec<String>] {
        self.names.get_or_init(|| {
            self.people
                .iter()
                .map(|name| {
                    super::tokens::tokenize(name)
                        .into_iter()
                        .filter(|t| matches!(t.kind, TokKind::Word | TokKind::Handle))
                        .map(|t| t.norm.into_owned())
                        .collect::<Vec<_>>()
                })
                .filter(|words| !words.is_empty())
                .collect()
        })
    }

    pub fn run(&mut self, field: Field) {
        let on = |kind: Kind| kind.applies_to(field);
        let blame = on(Kind::Blame);
        let facts = on(Kind::Hedge);
        let emotive = on(Kind::Emotive);
        let actions = on(Kind::PersonFix);
        let automated = actions && self.any_word(AUTOMATION);
        for i in 0..self.toks.len() {
            // Most words start no rule: one index lookup (in `new`) settles them.
            if !self.toks[i].is_word() || (self.starts[i] == 0 && !self.word(i).starts_with("mis"))
            {
                continue;
            }
            if blame {
                self.blame(i);
                self.labels(i);
                self.hindsight(i);
                self.judgement_and_condescension(i);
            }
            if facts {
                self.opinion(i);
            }
            if emotive {
                self.emotive(i);
            }
            if actions {
                self.person_fix(i, automated);
            }
        }
        if actions {
            self.action_shape();
        }
    }

    pub fn push(&mut self, rule: &'static Rule, first: usize, last: usize) {
        self.push_with(rule, first, last, None);
    }

    pub fn push_with(
        &mut self,
        rule: &'static Rule,
        first: usize,
        last: usize,
        detail: Option<(usize, usize)>,
    ) {
        // A contraction's pieces share one source word: flag all of it.
        let mut last = last;
        while let (Some(t), Some(next)) = (self.toks.get(last), self.toks.get(last + 1)) {
            if next.src != t.src {
                break;
            }
            last += 1;
        }
        self.hits.push(Hit {
            rule,
            first,
            last,
            detail,
        });
    }

    // ---- token helpers ----

    /// The normalised word at `i`, or "" past the end or on punctuation.
    pub fn word(&self, i: usize) -> &str {
        match self.toks.get(i) {
            Some(t) if matches!(t.kind, TokKind::Word | TokKind::Number) => &t.norm,
            _ => "",
        }
    }

    pub fn prev_word(&self, i: usize) -> &str {
        i.checked_sub(1).map_or("", |j| self.word(j))
    }

    /// Tokens matched by `phrase` (space-separated words) at `i`.
    fn phrase_len(&self, i: usize, phrase: &str) -> Option<usize> {
        let mut k = i;
        for w in phrase.split(' ') {
            let t = self.toks.get(k)?;
            if t.kind != TokKind::Word || t.norm != w {
                return None;
            }
            k += 1;
        }
        Some(k - i)
    }

    /// The word at `i` is an entry of a single-word table (no lookup: the index said so).
    pub fn at(&self, i: usize, lex: Lex) -> bool {
        self.starts
            .get(i)
            .is_some_and(|&bits| bits & lex.bit() != 0)
    }

    /// The longest entry of a table matching at `i`, with its length in tokens.
    pub fn longest(&self, i: usize, lex: Lex) -> Option<(usize, &'static str)> {
        if self.starts.get(i).is_none_or(|&bits| bits & lex.bit() == 0) {
            return None;
        }
        let table = lex.words();
        let w: &str = &self.toks.get(i)?.norm;
        let from = table.partition_point(|e| *e < w);
        let mut best: Option<(usize, &'static str)> = None;
        for &entry in &table[from..] {
            let Some(rest) = entry.strip_prefix(w) else {
                break;
            };
            if !(rest.is_empty() || rest.starts_with(' ')) {
                continue;
            }
            if let Some(n) = self.phrase_len(i, entry) {
                if best.is_none_or(|(b, _)| n > b) {
                    best = Some((n, entry));
                }
            }
        }
        best
    }

    pub fn any_word(&self, table: &[&str]) -> bool {
        self.toks.iter().any(|t| t.is_word() && has(table, &t.norm))
    }

    /// The words after `k` up to the end of the clause (at most 12), for a suggestion to quote.
    pub fn clause_from(&self, k: usize) -> Option<(usize, usize)> {
        self.words_from(k, CLAUSE_ENDS)
    }

    /// The noun phrase starting at `k`: the clause up to its first preposition ("the first
    /// three tickets" of "the first three tickets about the code").
    pub fn object_from(&self, k: usize) -> Option<(usize, usize)> {
        self.words_from(k, PREPOSITIONS)
            .or_else(|| self.clause_from(k))
    }

    fn words_from(&self, k: usize, stops: &[&str]) -> Option<(usize, usize)> {
        let mut last = None;
        for j in k..self.toks.len().min(k + 12) {
            let t = &self.toks[j];
            let stop = t.is_word() && (has(CLAUSE_ENDS, &t.norm) || has(stops, &t.norm));
            if t.is_break() || t.quoted || (j > k && stop) {
                break;
            }
            last = Some(j);
        }
        // Never end on an apostrophe piece or a dangling "the".
        let mut last = last?;
        while last > k && has(DETERMINERS, self.word(last)) {
            last -= 1;
        }
        Some((k, last))
    }

    // ---- people ----

    fn name_case_ok(&self, i: usize, word: &str) -> bool {
        self.toks[i].case != Case::Lower || !(has(WORDLIKE_NAMES, word) || has(NOT_NAMES, word))
    }

    /// Start of a known person's name ending at token `j`.
    fn known_name_ending_at(&self, j: usize) -> Option<usize> {
        for name in self.names() {
            let n = name.len();
            if j + 1 >= n {
                let s = j + 1 - n;
                if (0..n).all(|k| self.toks[s + k].norm == name[k])
                    && self.name_case_ok(s, &name[0])
                {
                    return Some(s);
                }
            }
            if n > 1 && self.toks[j].norm == name[0] && self.name_case_ok(j, &name[0]) {
                return Some(j);
            }
        }
        None
    }

    /// End of a known person's name starting at token `s`.
    fn known_name_starting_at(&self, s: usize) -> Option<usize> {
        let mut best = None;
        for name in self.names() {
            let n = name.len();
            let full = s + n <= self.toks.len() && (0..n).all(|k| self.toks[s + k].norm == name[k]);
            if full && self.name_case_ok(s, &name[0]) {
                best = best.max(Some(s + n - 1));
            } else if self.toks.get(s).is_some_and(|t| t.norm == name[0])
                && self.name_case_ok(s, &name[0])
            {
                best = best.max(Some(s));
            }
        }
        best
    }

    /// A capitalised word shaped like a name, not a sentence's first ordinary word, a system
    /// part or a product after "the".
    pub fn name_like(&self, j: usize) -> bool {
        let Some(t) = self.toks.get(j) else {
            return false;
        };
        let w: &str = &t.norm;
        t.is_word()
            && t.case == Case::Title
            && w.len() >= 2
            && w.chars().all(|c| is_letter(c) || c == '-')
            && !has(NOT_NAMES, w)
            && !has(SYSTEM_NOUNS, w)
            && !has(TEAMS, w)
            && !looks_like_common_noun(w)
            && !has(DETERMINERS, self.prev_word(j))
    }

    /// The person named by a phrase ending at token `j` (the subject of a verb after it).
    pub fn person_ending_at(&self, j: usize) -> Option<Person> {
        let t = self.toks.get(j)?;
        let person = |who, first| Person {
            who,
            first,
            last: j,
            known: false,
            remote: false,
        };
        if t.kind == TokKind::Handle {
            return Some(person(Who::Person, j));
        }
        if let Some(first) = self.known_name_ending_at(j) {
            return Some(Person {
                known: true,
                ..person(Who::Person, first)
            });
        }
        if !t.is_word() {
            return None;
        }
        let w: &str = &t.norm;
        if has(PERSON_PRONOUNS, w) {
            return Some(person(Who::Person, j));
        }
        if has(VAGUE_PRONOUNS, w) {
            return Some(person(Who::Pronoun, j));
        }
        if has(PERSON_NOUNS, w) || has(TEAMS, w) {
            return Some(person(Who::Person, self.noun_phrase_start(j)));
        }
        if self.name_like(j) {
            let first = if j > 0 && self.name_like(j - 1) {
                j - 1
            } else {
                j
            };
            return Some(person(Who::Name, first));
        }
        None
    }

    /// "the new guy", "our support team": back from the head noun to its determiner.
    fn noun_phrase_start(&self, head: usize) -> usize {
        let mut first = head;
        for back in 1..=3 {
            let Some(k) = head.checked_sub(back) else {
                break;
            };
            let t = &self.toks[k];
            if !t.is_word() || has(SUBJECT_SKIP, &t.norm) || has(CLAUSE_ENDS, &t.norm) {
                break;
            }
            if has(DETERMINERS, &t.norm) {
                return k;
            }
            if has(TEAMS, &t.norm) && first == k + 1 {
                first = k;
            }
        }
        first
    }

    /// The person named by a phrase starting at token `k` (an object: "remind the team").
    pub fn person_starting_at(&self, k: usize) -> Option<Person> {
        let mut j = k;
        let det = has(DETERMINERS, self.word(j));
        if det {
            j += 1;
        }
        for modifiers in 0..3 {
            let t = self.toks.get(j)?;
            let found = |who, last| {
                Some(Person {
                    who,
                    first: k,
                    last,
                    known: false,
                    remote: false,
                })
            };
            if t.kind == TokKind::Handle && !det {
                return found(Who::Person, j);
            }
            if let Some(last) = self.known_name_starting_at(j) {
                return Some(Person {
                    known: true,
                    ..found(Who::Person, last)?
                });
            }
            if !t.is_word() {
                return None;
            }
            let w: &str = &t.norm;
            let bare = !det && modifiers == 0;
            if bare && (has(OBJECT_PRONOUNS, w) || has(PERSON_PRONOUNS, w)) {
                return found(Who::Person, j);
            }
            if has(PERSON_NOUNS, w) || has(TEAMS, w) {
                let last = if has(PERSON_NOUNS, self.word(j + 1)) {
                    j + 1
                } else {
                    j
                };
                return found(Who::Person, last);
            }
            if bare && self.name_like(j) {
                let last = if self.name_like(j + 1) { j + 1 } else { j };
                return found(Who::Name, last);
            }
            // Only "the <modifier> team" may have words between the determiner and the person.
            if !(det && t.case == Case::Lower) {
                return None;
            }
            j += 1;
        }
        None
    }

    /// The subject of the verb at `i`: the person just before it, skipping adverbs and
    /// auxiliaries ("Dave had simply forgotten") and an aside between commas.
    pub fn subject_before(&self, i: usize) -> Option<Person> {
        let mut j = i;
        let mut skipped = 0;
        loop {
            j = j.checked_sub(1)?;
            let t = &self.toks[j];
            let skippable = (t.kind == TokKind::Punct && t.is(","))
                || (t.is_word() && has(SUBJECT_SKIP, &t.norm));
            if !(skippable && skipped < 4) {
                break;
            }
            skipped += 1;
        }
        if let Some(p) = self.person_ending_at(j) {
            return Some(p);
        }
        let start = self.sentence_start(j);
        let remote = |p: Person| Person { remote: true, ..p };
        // "The engineer was tired and skipped…": a coordinated verb shares the subject of the
        // clause, a person among its first words ("Because the ops guy was…").
        if matches!(self.word(j), "and" | "but" | "or") {
            let p = (start..j.min(start + 5)).find_map(|k| self.person_starting_at(k))?;
            return (p.last < j).then(|| remote(p));
        }
        // "The developer who wrote the migration forgot…": the subject is before "who".
        let who = (start..j).rev().take(10).find(|&k| self.word(k) == "who")?;
        let mut k = who.checked_sub(1)?;
        if self.toks[k].is(",") {
            k = k.checked_sub(1)?;
        }
        self.person_ending_at(k).map(remote)
    }

    /// The first token of the sentence (or clause after a colon) containing `j`.
    pub fn sentence_start(&self, j: usize) -> usize {
        (0..=j.min(self.toks.len().saturating_sub(1)))
            .rev()
            .take(40)
            .find(|&k| self.toks[k].sentence_start)
            .unwrap_or(0)
    }

    // ---- blame ----

    fn failure_at(&self, i: usize) -> Option<(Failure, usize)> {
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

    fn blame(&mut self, i: usize) {
        self.passive_blame(i);
        self.possessive_blame(i);
        self.omission_blame(i);
        let Some((failure, last)) = self.failure_at(i) else {
            return;
        };
        let Some(subject) = self.subject_before(i) else {
            return;
        };
        let blamed = match (&failure, subject.who) {
            (Failure::Human, _) => true,
            (Failure::Verb(v) | Failure::Never(v), Who::Person) => {
                !inflects(STATE_VERBS, self.word(*v))
            }
            (Failure::Verb(v) | Failure::Never(v), _) => inflects(HUMAN_ACTS, self.word(*v)),
            (Failure::Shared, Who::Person) => true,
            // "Stripe broke" is a vendor; "Alex broke" a person: a plural-looking name is
            // more often a product or a team of things ("Payments missed").
            (Failure::Shared, Who::Name) => {
                subject.known || !self.word(subject.last).ends_with('s')
            }
            (Failure::Shared, Who::Pronoun) => false,
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
    }

    /// "… was ignored by the night shift". When the verb is itself a verdict ("mishandled by
    /// the on-call"), the verdict is a finding of its own and blame starts at "by".
    fn passive_blame(&mut self, i: usize) {
        let w = self.word(i);
        if !self.at(i, Lex::PassiveFailures) || self.word(i + 1) != "by" {
            return;
        }
        if let Some(p) = self.person_starting_at(i + 2) {
            let first = if has(JUDGEMENTS, w) { i + 1 } else { i };
            self.push(&BLAME_BY, first, p.last);
        }
    }

    /// "Kevin pushed the config without running the tests": a person and a check they skipped.
    fn omission_blame(&mut self, i: usize) {
        let gerund = self.word(i + 1);
        if self.word(i) != "without"
            || !gerund.ends_with("ing")
            || !(inflects(HUMAN_ACTS, gerund)
                || matches!(gerund, "running" | "waiting" | "telling"))
        {
            return;
        }
        let start = self.sentence_start(i);
        let subject = (start..i).find_map(|k| {
            self.person_ending_at(k)
                .filter(|p| p.who != Who::Pronoun || self.toks[k].sentence_start)
                .filter(|_| self.toks.get(k + 1).is_some_and(|t| t.is_word()))
        });
        if let Some(p) = subject {
            self.push(&BLAME_OMISSION, p.first, i + 1);
        }
    }

    /// "Mark's mistake", "their fault".
    fn possessive_blame(&mut self, i: usize) {
        let w = self.word(i);
        if w == "'s" && has(FAULT_NOUNS, self.word(i + 1)) {
            if let Some(p) = i.checked_sub(1).and_then(|j| self.person_ending_at(j)) {
                if p.who != Who::Pronoun {
                    self.push(&BLAME_FAULT, p.first, i + 1);
                }
            }
        } else if matches!(w, "his" | "her" | "their")
            && matches!(
                self.word(i + 1),
                "fault" | "mistake" | "blunder" | "screw-up" | "screwup"
            )
        {
            self.push(&BLAME_FAULT, i, i + 1);
        }
    }

    // ---- labels, hindsight, judgement, condescension ----

    fn labels(&mut self, i: usize) {
        if let Some((n, _)) = self.longest(i, Lex::ErrorLabels) {
            self.push(&LABEL_ERROR, i, i + n - 1);
        } else if let Some((n, entry)) = self.longest(i, Lex::TraitLabels) {
            if entry == "lazy" && has(LAZY_TECH, self.word(i + 1)) {
                return;
            }
            self.push(&LABEL_TRAIT, i, i + n - 1);
        }
    }

    /// A subject that can be judged in hindsight: people, including "we" and "I".
    fn hindsight_subject(&self, i: usize) -> bool {
        matches!(self.prev_word(i), "we" | "i") || self.subject_before(i).is_some()
    }

    fn hindsight(&mut self, i: usize) {
        if let Some((n, _)) = self.longest(i, Lex::ShouldHave) {
            let next = self.word(i + n);
            // "The checklist should have a time-zone step" is possession, not hindsight.
            let possession = has(DETERMINERS, next)
                || matches!(next, "one" | "more" | "fewer" | "less" | "enough" | "at")
                || self
                    .toks
                    .get(i + n)
                    .is_some_and(|t| t.kind == TokKind::Number);
            if !possession {
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
            if inflects(PREVENT_VERBS, verb) || inflects(HUMAN_ACTS, verb) {
                self.push(&HINDSIGHT_COULD, i, v);
            } else if self.hindsight_subject(i) {
                // "The outage could have affected 3,000 users" is an estimate, not a verdict;
                // "we could have…" is.
                self.push(&HINDSIGHT_COULD, i, i + n - 1);
            }
            return;
        }
        if let Some((n, _)) = self.longest(i, Lex::HindsightFrames) {
            self.push(&HINDSIGHT_FRAME, i, i + n - 1);
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

    fn judgement_and_condescension(&mut self, i: usize) {
        if let Some((n, _)) = self.longest(i, Lex::Judgements) {
            self.push(&JUDGEMENT, i, i + n - 1);
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
        if let Some((n, _)) = self.longest(i, Lex::Condescension) {
            self.push(&CONDESCENDING, i, i + n - 1);
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
                } else if inflects(MINIMISED_ACTS, self.word(i + 1)) {
                    self.push(&MINIMISING, i, i + 1);
                }
            }
            _ => {}
        }
    }

    /// "Anyone would know", "any developer could see": end of the phrase starting at `i`.
    fn everyone_knows(&self, i: usize) -> Option<usize> {
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

    fn opinion(&mut self, i: usize) {
        if let Some((n, _)) = self.longest(i, Lex::Opinions) {
            self.push(&OPINION, i, i + n - 1);
        } else if self.at(i, Lex::SureHedges) && has(SURE_WORDS, self.word(i + 1)) {
            // "pretty sure", "not certain": confidence instead of evidence.
            self.push(&HEDGE, i, i + 1);
        } else if let Some((n, entry)) = self.longest(i, Lex::Hedges) {
            let ok = match entry {
                // "May 3" is a date; "may" in lower case, or "May be…", is a hedge.
                "may" => {
                    self.toks[i].case == Case::Lower || matches!(self.word(i + 1), "be" | "have")
                }
                // "The chart looks like a sawtooth" compares; "Looks like the cron…" guesses.
                "looks like" | "looked like" => {
                    self.toks[i].sentence_start
                        || matches!(self.prev_word(i), "it" | "this" | "that" | "there")
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
                || (entry == "most" && matches!(self.prev_word(i), "the" | "at" | "a"));
            if !guarded {
                self.push(&VAGUE_QUANTITY, i, i + n - 1);
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
    fn since_is_causal(&self, i: usize) -> bool {
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

    fn emotive(&mut self, i: usize) {
        if self.longest(i, Lex::EmotiveTech).is_some() {
            return;
        }
        if let Some((n, _)) = self.longest(i, Lex::Emotive) {
            self.push(&EMOTIVE_WORD, i, i + n - 1);
        }
    }
}

/// Nouns with these endings are rarely names ("Monitoring", "Migration", "Deployment").
fn looks_like_common_noun(w: &str) -> bool {
    (w.len() > 5 && w.ends_with("ing"))
        || ["tion", "sion", "ment", "ness", "ism"]
            .iter()
            .any(|s| w.ends_with(s))
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
