//! The blameless coach: finds blaming and opinion language in what people write (a person as
//! the cause of a failure, hindsight, judgement, guesses in facts, actions that fix people)
//! and suggests system-focused wording. Pure Rust: no regex, no browser.
//!
//! Text is split into tokens (`tokens.rs`), matched against a small curated vocabulary
//! (`lexicon/`, one file a family) by rules that look at the structure around a word — who
//! is the subject of "forgot", whether "should have" is followed by a participle, whether a
//! cause gives a person's act as its reason — rather than at words alone (`blame.rs`,
//! `agents.rs`, `checks.rs`, `actions.rs`, `vague.rs`; what each rule says is in
//! `rules.rs`). Whether an action line names a checkable outcome is also judged by a small
//! learned model (`outcome.rs`), which adds what the rules miss and withdraws what it is
//! sure they got wrong. Quoted text is evidence, not opinion: nothing inside quotes is
//! flagged. Measured on `tests/coach_corpus.tsv` and on real post-mortems
//! (`tests/coach_real/`); timed by `examples/coach_bench.rs`.

mod actions;
mod agents;
mod blame;
mod checks;
mod lexicon;
mod opinion;
pub mod outcome;
mod rewrite;
mod rules;
mod scan;
mod slips;
mod tokens;
mod vague;

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_blame_and_verdicts;
#[cfg(test)]
mod tests_counterfactuals_and_admissions;
#[cfg(test)]
mod tests_facts_and_actions;
#[cfg(test)]
mod tests_formulas_and_lead_ins;
#[cfg(test)]
mod tests_lexicon;
#[cfg(test)]
mod tests_owned_slips;
#[cfg(test)]
mod tests_real_writing;
#[cfg(test)]
mod tests_verdicts_and_pledges;

use serde::{Deserialize, Serialize};

pub use rewrite::Rewrite;
use rules::Hit;
use scan::Scan;
use tokens::Tok;

/// Where a text was written: decides which checks apply.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Field {
    Title,
    Fact,
    Cause,
    /// An answer to a "why?" under a cause.
    Why,
    Action,
}

/// What kind of problem a finding is. Ordered as [`Kind::ALL`], so summaries can use a
/// `BTreeMap<Kind, _>`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Kind {
    /// A person as the cause of a failure.
    Blame,
    /// "Human error", "careless": a label instead of a cause.
    ErrorLabel,
    /// Counterfactuals: "should have", "if only".
    Hindsight,
    /// A verdict on decisions: "botched", "poor decision".
    Judgement,
    /// "Obviously", "just had to": the answer was never obvious at the time.
    Condescension,
    /// A guess in a fact: "probably", "I think".
    Hedge,
    /// "Many", "a lot": a number is missing.
    VagueQuantity,
    /// "Disaster", "embarrassing".
    Emotive,
    /// "Because", "due to" in a fact: the explanation belongs in Causes.
    Explanation,
    /// An action that tries to fix a person: "be more careful", "remind X".
    PersonFix,
    /// An action with no checkable outcome, or not starting with a verb.
    VagueAction,
}

impl Kind {
    /// Every kind, in the order summaries list them.
    pub const ALL: [Kind; 11] = [
        Kind::Blame,
        Kind::ErrorLabel,
        Kind::Hindsight,
        Kind::Judgement,
        Kind::Condescension,
        Kind::Hedge,
        Kind::VagueQuantity,
        Kind::Emotive,
        Kind::Explanation,
        Kind::PersonFix,
        Kind::VagueAction,
    ];

    /// Short name shown to the user.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Blame => "Blame",
            Kind::ErrorLabel => "Blame: error label",
            // Not "Hindsight" alone: that is the app's name.
            Kind::Hindsight => "Hindsight bias",
            Kind::Judgement => "Judgement",
            Kind::Condescension => "Condescension",
            Kind::Hedge => "Opinion: hedge",
            Kind::VagueQuantity => "Opinion: vague quantity",
            Kind::Emotive => "Opinion: emotive word",
            Kind::Explanation => "Belongs in Causes",
            Kind::PersonFix => "Fixes a person",
            Kind::VagueAction => "Vague action",
        }
    }

    /// Whether this kind of check runs on text written in `field`.
    pub fn applies_to(self, field: Field) -> bool {
        match self {
            // Blame language is wrong anywhere. (An action's owner is never checked: naming
            // who owns it is the point of that field, so no `Part` maps to it.)
            Kind::Blame | Kind::Hindsight | Kind::Judgement | Kind::Condescension => true,
            // An action names the slip it guards against ("controls so that no ballot is
            // inadvertently lost"): no one's error is labelled there. (No development action
            // is labelled so; every such finding on one was a false alarm.)
            Kind::ErrorLabel => field != Field::Action,
            // Causes are hypotheses: guesses, explanations and rough sizes belong there.
            Kind::Hedge | Kind::VagueQuantity | Kind::Explanation => field == Field::Fact,
            Kind::Emotive => matches!(field, Field::Fact | Field::Title),
            Kind::PersonFix | Kind::VagueAction => field == Field::Action,
        }
    }

    /// When two findings overlap, the longer wins; on a tie, the earlier kind here. Blame
    /// first: "Dave dropped the ball" is about Dave before it is about the idiom.
    fn precedence(self) -> u8 {
        match self {
            Kind::Blame => 0,
            Kind::ErrorLabel => 1,
            Kind::Hindsight => 2,
            Kind::Judgement => 3,
            Kind::PersonFix => 4,
            Kind::VagueAction => 5,
            Kind::Condescension => 6,
            Kind::Explanation => 7,
            Kind::Hedge => 8,
            Kind::VagueQuantity => 9,
            Kind::Emotive => 10,
        }
    }
}

/// One problem in a text, with the phrase and a suggested rewrite.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Finding {
    pub kind: Kind,
    /// Stable id of the rule, e.g. "blame.subject-failure".
    pub rule: &'static str,
    /// Byte range of the flagged phrase in the checked text (on char boundaries).
    pub start: usize,
    pub end: usize,
    /// The flagged text as written.
    pub phrase: String,
    /// One short sentence: what the problem is.
    pub problem: &'static str,
    /// One short sentence: why it matters.
    pub why: &'static str,
    /// A concrete, system-focused rewrite or instruction.
    pub suggestion: String,
    /// An edit of the text that fixes the finding, where the rule knows one: the user can
    /// apply it in one click.
    pub rewrite: Option<Rewrite>,
    /// A name the finding blames that is not in the people list ("Dave"), as written: the
    /// coach offers to add it, so exports can replace it with a role.
    pub name: Option<String>,
}

/// What the coach knows beyond the text.
#[derive(Clone, Copy, Debug, Default)]
pub struct Context<'a> {
    /// Names of the people involved (from the names → roles list); may be empty.
    pub people: &'a [String],
}

/// Every finding in `text` written in `field`: sorted by start, never overlapping (where
/// two rules flag overlapping phrases, the more specific finding is kept).
pub fn check(text: &str, field: Field, ctx: &Context) -> Vec<Finding> {
    let mut findings = check_once(text, field, ctx);
    // A rewrite is offered only when it works: applied, it leaves no finding that was not
    // there before ("We stupidly forgot" without "stupidly" still blames, so removing the
    // word alone is no fix). Judged on the sentence around it, so a long text costs no more
    // than a short one.
    let works: Vec<bool> = findings
        .iter()
        .map(|f| {
            f.rewrite
                .as_ref()
                .is_some_and(|r| rewrite_works(text, field, ctx, r, f, &findings))
        })
        .collect();
    for (finding, works) in findings.iter_mut().zip(works) {
        if !works {
            finding.rewrite = None;
        }
    }
    findings
}

/// Whether `rewrite` clears `finding` without raising a new one (`before` are the text's
/// findings), judged on the sentence or line around it.
fn rewrite_works(
    text: &str,
    field: Field,
    ctx: &Context,
    rewrite: &Rewrite,
    finding: &Finding,
    before: &[Finding],
) -> bool {
    let rule = finding.rule;
    let ends = |c: char| matches!(c, '.' | '!' | '?' | '\n');
    let from = text[..rewrite.start].rfind(ends).map_or(0, |i| i + 1);
    let to = text[rewrite.end..]
        .find(ends)
        .map_or(text.len(), |i| rewrite.end + i + 1);
    let sentence = &text[from..to];
    let moved = Rewrite {
        start: rewrite.start - from,
        end: rewrite.end - from,
        ..rewrite.clone()
    };
    // A blamed person taken out of the sentence must not be left behind in it: "No step
    // made sure someone would renew the domain because he was on holiday" keeps the person
    // as the cause, and its "he" has nobody to stand for.
    if finding.kind == Kind::Blame && refers_back(&rewrite.replaces, &text[rewrite.end..to]) {
        return false;
    }
    let Some(after) = moved.apply(sentence) else {
        return false;
    };
    // Compared by fingerprint: "we sent" at the start of a sentence becomes "We sent".
    let here: Vec<String> = before
        .iter()
        .filter(|b| b.start >= from && b.end <= to)
        .map(fingerprint)
        .collect();
    // Judged by the rules alone, and other vague-action findings left out: whether an action
    // is vague is the whole line's question (the vague-action model weighs the line, adds a
    // finding quoting all of it, and may withdraw a rule's finding there), which one
    // sentence of it, rewritten, cannot settle.
    check_rules(&after, field, ctx)
        .iter()
        .filter(|f| f.kind != Kind::VagueAction || f.rule == rule)
        .all(|f| f.rule != rule && here.contains(&fingerprint(f)))
}

/// Whether the `rest` of a sentence speaks again, by a pronoun, of the person its words
/// `replaced` named: "I" by "I", "me", "my"; anyone else by "he", "she", "his", "her".
/// "They" and "we" are left alone: they stand as often for things ("routed through them")
/// or for the company ("so our site went down"), which the rewrite leaves in place.
fn refers_back(replaced: &str, rest: &str) -> bool {
    fn words(text: &str) -> impl Iterator<Item = &str> {
        text.split(|c: char| !c.is_ascii_alphabetic())
            .filter(|w| !w.is_empty())
    }
    let pronouns = match words(replaced).next() {
        Some("I") => lexicon::FIRST_PERSON_SINGULAR,
        Some("we" | "We" | "our" | "Our" | "us") => return false,
        _ => lexicon::THIRD_PERSON_SINGULAR,
    };
    words(rest).any(|w| pronouns.iter().any(|p| p.eq_ignore_ascii_case(w)))
}

fn check_once(text: &str, field: Field, ctx: &Context) -> Vec<Finding> {
    let mut findings = check_rules(text, field, ctx);
    if field == Field::Action {
        outcome::judge(text, &mut findings);
    }
    findings
}

/// The rules' findings without the vague-action model's judgement: what the model is
/// trained and measured against (`examples/train_outcome_model.rs`).
#[doc(hidden)]
pub fn check_rules(text: &str, field: Field, ctx: &Context) -> Vec<Finding> {
    if text.trim().is_empty() {
        return Vec::new();
    }
    let toks = tokens::tokenize(text);
    let mut scan = Scan::new(&toks, ctx.people);
    scan.run(field);
    resolve(text, &toks, scan.hits)
}

/// Identifies a finding across re-checks and edits elsewhere in the text, to remember that
/// the user dismissed it: the rule and the phrase, in lower case with spaces collapsed.
/// The vague-action model's finding is a whole line, which any edit changes: it is known by
/// the line's first four words, which name the action, so a dismissed note stays dismissed
/// when a typo further on is fixed, and a rewritten action is judged afresh.
pub fn fingerprint(f: &Finding) -> String {
    let words = if f.rule == rules::VAGUE_OUTCOME.id {
        4
    } else {
        usize::MAX
    };
    keyed(f, words)
}

/// How the previous version knew the vague-action model's finding (by its whole line), so a
/// note dismissed then stays dismissed. `None` for every other finding: their fingerprint
/// has not changed.
pub fn earlier_fingerprint(f: &Finding) -> Option<String> {
    (f.rule == rules::VAGUE_OUTCOME.id).then(|| keyed(f, usize::MAX))
}

/// The rule and the first `words` words of the phrase, in lower case with spaces collapsed
/// and curly apostrophes made straight.
fn keyed(f: &Finding, words: usize) -> String {
    let phrase = f
        .phrase
        .split_whitespace()
        .take(words)
        .collect::<Vec<_>>()
        .join(" ");
    format!(
        "{}:{}",
        f.rule,
        phrase.to_lowercase().replace(['’', 'ʼ'], "'")
    )
}

/// Drops hits inside quotes, keeps the most specific of overlapping hits, and turns the rest
/// into findings in text order.
fn resolve(text: &str, toks: &[Tok<'_>], mut hits: Vec<Hit>) -> Vec<Finding> {
    hits.retain(|h| h.first <= h.last && h.last < toks.len());
    hits.retain(|h| !toks[h.first..=h.last].iter().any(|t| t.quoted));
    let span = |h: &Hit| (toks[h.first].start, toks[h.last].end);
    // Both orders below sort plain integer keys with one `sort_unstable`: a single copy of
    // the sort in the wasm, where stable sorts by two closures cost two (about 7 KB).
    // The hit's index ends each key, so equal keys keep text order.
    let mut order: Vec<(u64, u64, usize)> = hits
        .iter()
        .enumerate()
        .map(|(k, h)| {
            let (start, end) = span(h);
            let shorter = u64::MAX - (end - start) as u64;
            (shorter, u64::from(h.rule.kind.precedence()), k)
        })
        .collect();
    // Longer first, then by kind (the index makes every key distinct).
    crate::sort::sort_by(&mut order, Ord::cmp);
    // Occupancy per source word: pieces of one contraction share a word.
    let mut taken = vec![false; toks.last().map_or(0, |t| t.src + 1)];
    let mut kept: Vec<(u64, u64, usize)> = Vec::new();
    for &(_, _, k) in &order {
        let hit = &hits[k];
        let words = toks[hit.first].src..=toks[hit.last].src;
        if taken[words.clone()].iter().any(|&t| t) {
            continue;
        }
        taken[words].iter_mut().for_each(|t| *t = true);
        kept.push((span(hit).0 as u64, 0, k));
    }
    crate::sort::sort_by(&mut kept, Ord::cmp);
    kept.into_iter()
        .map(|(_, _, k)| {
            let hit = &hits[k];
            let (start, end) = span(hit);
            let phrase = &text[start..end];
            let detail = hit
                .detail
                .filter(|&(a, b)| a <= b && b < toks.len())
                .map(|(a, b)| &text[toks[a].start..toks[b].end]);
            Finding {
                kind: hit.rule.kind,
                rule: hit.rule.id,
                start,
                end,
                phrase: phrase.to_owned(),
                problem: hit.rule.problem,
                why: hit.rule.why,
                suggestion: hit.rule.suggest(phrase, detail),
                rewrite: hit.fix.and_then(|fix| rewrite::edit(text, toks, fix)),
                name: hit
                    .name
                    .filter(|&(a, b)| a <= b && b < toks.len())
                    .map(|(a, b)| text[toks[a].start..toks[b].end].to_owned()),
            }
        })
        .collect()
}
