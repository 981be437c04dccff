//! Reading a sentence for the coach's checks: the tokens with the vocabulary phrases that
//! start at each, the people it names (known names, roles, teams, pronouns), subjects,
//! objects and clause boundaries. The checks that use these are in `blame.rs`, `agents.rs`,
//! `checks.rs` and `actions.rs`.

use super::lexicon::*;
use super::rules::{Fix, Hit, Rule};
use super::tokens::{is_letter, Case, Tok, TokKind};
use super::{Field, Kind};

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
pub(super) enum Failure {
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
    pub(super) starts: Vec<u32>,
    pub(super) people: &'t [String],
    /// Each known person's name as lower-case words, split when first needed.
    pub(super) names: std::cell::OnceCell<Vec<Vec<String>>>,
    pub hits: Vec<Hit>,
}

/// The tables whose words start a rule in [`Scan::run`]; the others are only looked up.
const RULE_STARTS: u32 = !Lex::Unspecified.bit();

/// The tables of opinion in facts, which no other family's rule starts from. (Not the
/// hedges: "may have prevented" is hindsight.)
const OPINION_STARTS: u32 = Lex::Opinions.bit()
    | Lex::SureHedges.bit()
    | Lex::VagueQuantities.bit()
    | Lex::Explanations.bit();

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

    pub(super) fn names(&self) -> &[Vec<String>] {
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
            if !self.toks[i].is_word()
                || (self.starts[i] & RULE_STARTS == 0 && !self.word(i).starts_with("mis"))
            {
                continue;
            }
            // Words that only open an opinion in a fact ("some", "may", "as", "the reason")
            // are common and start nothing else: they skip the other families' checks.
            let opinion_only = self.starts[i] & RULE_STARTS & !OPINION_STARTS == 0
                && !self.word(i).starts_with("mis");
            if blame && !opinion_only {
                self.blame(i);
                self.labels(i);
                self.hindsight(i);
                self.judgement_and_condescension(i, field);
            }
            if facts {
                self.opinion(i);
            }
            if emotive && !opinion_only {
                self.emotive(i);
            }
            if actions && !opinion_only {
                self.person_fix(i, automated);
            }
        }
        if actions {
            self.caution(automated);
            self.action_shape();
        }
        if matches!(field, Field::Cause | Field::Why) {
            self.agent_blame();
        }
        // The families' checks run by one kind of each; a finding of a kind that does not
        // apply to the field (an error label in an action) is not the field's to show.
        self.hits.retain(|h| h.rule.kind.applies_to(field));
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
            fix: None,
            name: None,
        });
    }

    /// Notes, for the finding just pushed, that it names `person`, when that is a name
    /// shaped like one and not from the people list: the coach then offers to add it.
    pub(crate) fn blames_name(&mut self, person: &Person) {
        if person.who == Who::Name && !person.known {
            if let Some(hit) = self.hits.last_mut() {
                hit.name = Some((person.first, person.last));
            }
        }
    }

    /// Offers a one-click rewrite for the finding just pushed: tokens `first..=last` become
    /// `with` ("" removes them).
    pub fn offer(&mut self, first: usize, last: usize, with: &'static str) {
        if let Some(hit) = self.hits.last_mut() {
            hit.fix = Some(Fix { first, last, with });
        }
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
    pub(super) fn phrase_len(&self, i: usize, phrase: &str) -> Option<usize> {
        let mut k = i;
        for w in phrase.split(' ') {
            let t = self.toks.get(k)?;
            if t.kind != TokKind::Word || !t.is(w) {
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
        let from = table.partition_point(|e| short_cmp(e.as_bytes(), w.as_bytes()).is_lt());
        // The next word, to turn most phrases away before comparing them whole: this runs for
        // every table a word starts, on every word typed.
        let next = self
            .toks
            .get(i + 1)
            .filter(|t| t.kind == TokKind::Word)
            .map(|t| t.norm.as_bytes());
        let mut best: Option<(usize, &'static str)> = None;
        let w = w.as_bytes();
        for &entry in &table[from..] {
            // Compared as bytes, inline: `strip_prefix` and `split` called `memcmp` and a
            // char searcher for a few bytes each.
            let bytes = entry.as_bytes();
            if !bytes.get(..w.len()).is_some_and(|head| same(head, w)) {
                break;
            }
            match bytes.get(w.len()) {
                None => {}
                Some(b' ') => {
                    let rest = &bytes[w.len() + 1..];
                    let second =
                        &rest[..rest.iter().position(|&b| b == b' ').unwrap_or(rest.len())];
                    if !next.is_some_and(|n| same(n, second)) {
                        continue;
                    }
                }
                Some(_) => continue,
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

    pub(super) fn words_from(&self, k: usize, stops: &[&str]) -> Option<(usize, usize)> {
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

    pub(super) fn name_case_ok(&self, i: usize, word: &str) -> bool {
        self.toks[i].case != Case::Lower || !(has(WORDLIKE_NAMES, word) || has(NOT_NAMES, word))
    }

    /// Start of a known person's name ending at token `j`.
    pub(super) fn known_name_ending_at(&self, j: usize) -> Option<usize> {
        for name in self.names() {
            let n = name.len();
            if j + 1 >= n {
                let s = j + 1 - n;
                if (0..n).all(|k| self.toks[s + k].is(&name[k])) && self.name_case_ok(s, &name[0]) {
                    return Some(s);
                }
            }
            if n > 1 && self.toks[j].is(&name[0]) && self.name_case_ok(j, &name[0]) {
                return Some(j);
            }
        }
        None
    }

    /// End of a known person's name starting at token `s`.
    pub(super) fn known_name_starting_at(&self, s: usize) -> Option<usize> {
        let mut best = None;
        for name in self.names() {
            let n = name.len();
            let full = s + n <= self.toks.len() && (0..n).all(|k| self.toks[s + k].is(&name[k]));
            if full && self.name_case_ok(s, &name[0]) {
                best = best.max(Some(s + n - 1));
            } else if self.toks.get(s).is_some_and(|t| t.is(&name[0]))
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
            // "Updated the tests …": a past verb opening an action, not a name.
            && !(t.sentence_start && w.len() >= 7 && w.ends_with("ed") && !w.ends_with("fred"))
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
        // "We forgot to deploy the patch", "I didn't test the coupon": self-blame is blame.
        if has(PERSON_PRONOUNS, w) || matches!(w, "we" | "i") {
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
    pub(super) fn noun_phrase_start(&self, head: usize) -> usize {
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
        let who = (start..=j)
            .rev()
            .take(10)
            .find(|&k| self.word(k) == "who")?;
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
}

/// Nouns with these endings are rarely names ("Monitoring", "Migration", "Deployment").
fn looks_like_common_noun(w: &str) -> bool {
    (w.len() > 5 && w.ends_with("ing"))
        || ["tion", "sion", "ment", "ness", "ism"]
            .iter()
            .any(|s| w.ends_with(s))
}
