//! The coach's vocabulary: small curated tables, each sorted (byte order) so a lookup is a
//! binary search. Phrases are lower case, words separated by one space, contractions written
//! out (`did not`, matched by `didn't` too). Verbs are base forms unless a table says
//! otherwise; `inflects` finds regular forms, irregular ones are listed.
//!
//! The tables live by family in the files below; the phrase index and the lookups are here.

mod actions;
mod blame;
mod facts;
mod people;
mod verdicts;

pub(crate) use actions::*;
pub(crate) use blame::*;
pub(crate) use facts::*;
pub(crate) use people::*;
pub(crate) use verdicts::*;

/// The phrase tables, indexed by first word: a word that starts no phrase and no rule costs
/// one lookup per check instead of one per table (most words are such words).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lex {
    HumanFailures,
    FailedTo,
    Negations,
    SharedFailures,
    PassiveFailures,
    ErrorLabels,
    TraitLabels,
    ShouldHave,
    CouldHave,
    HindsightFrames,
    Judgements,
    Condescension,
    Opinions,
    Hedges,
    SureHedges,
    VagueQuantities,
    Explanations,
    EmotiveTech,
    Emotive,
    BehaviourFixes,
    Training,
    ManualChecks,
    TellVerbs,
    AskVerbs,
    MakeSure,
    VagueVerbs,
    Accidents,
    BlameFrames,
    HarmVerbs,
    DestroyVerbs,
    Triggers,
    /// Not a rule's start: looked up by the vague-action check, indexed so that the words
    /// of every action cost one bit test instead of a search.
    Unspecified,
}

impl Lex {
    pub(crate) const ALL: [Lex; 32] = [
        Lex::HumanFailures,
        Lex::FailedTo,
        Lex::Negations,
        Lex::SharedFailures,
        Lex::PassiveFailures,
        Lex::ErrorLabels,
        Lex::TraitLabels,
        Lex::ShouldHave,
        Lex::CouldHave,
        Lex::HindsightFrames,
        Lex::Judgements,
        Lex::Condescension,
        Lex::Opinions,
        Lex::Hedges,
        Lex::SureHedges,
        Lex::VagueQuantities,
        Lex::Explanations,
        Lex::EmotiveTech,
        Lex::Emotive,
        Lex::BehaviourFixes,
        Lex::Training,
        Lex::ManualChecks,
        Lex::TellVerbs,
        Lex::AskVerbs,
        Lex::MakeSure,
        Lex::VagueVerbs,
        Lex::Accidents,
        Lex::BlameFrames,
        Lex::HarmVerbs,
        Lex::DestroyVerbs,
        Lex::Triggers,
        Lex::Unspecified,
    ];

    // The index keeps each word's tables as bits of a u32: a 33rd table needs a wider one.
    const _FITS: () = assert!(Lex::ALL.len() <= u32::BITS as usize);

    pub(crate) fn words(self) -> &'static [&'static str] {
        match self {
            Lex::HumanFailures => HUMAN_FAILURES,
            Lex::FailedTo => FAILED_TO,
            Lex::Negations => NEGATIONS,
            Lex::SharedFailures => SHARED_FAILURES,
            Lex::PassiveFailures => PASSIVE_FAILURES,
            Lex::ErrorLabels => ERROR_LABELS,
            Lex::TraitLabels => TRAIT_LABELS,
            Lex::ShouldHave => SHOULD_HAVE,
            Lex::CouldHave => COULD_HAVE,
            Lex::HindsightFrames => HINDSIGHT_FRAMES,
            Lex::Judgements => JUDGEMENTS,
            Lex::Condescension => CONDESCENSION,
            Lex::Opinions => OPINIONS,
            Lex::Hedges => HEDGES,
            Lex::SureHedges => SURE_HEDGES,
            Lex::VagueQuantities => VAGUE_QUANTITIES,
            Lex::Explanations => EXPLANATIONS,
            Lex::EmotiveTech => EMOTIVE_TECH,
            Lex::Emotive => EMOTIVE,
            Lex::BehaviourFixes => BEHAVIOUR_FIXES,
            Lex::Training => TRAINING,
            Lex::ManualChecks => MANUAL_CHECKS,
            Lex::TellVerbs => TELL_VERBS,
            Lex::AskVerbs => ASK_VERBS,
            Lex::MakeSure => MAKE_SURE,
            Lex::VagueVerbs => VAGUE_VERBS,
            Lex::Accidents => ACCIDENTS,
            Lex::BlameFrames => BLAME_FRAMES,
            Lex::HarmVerbs => HARM_VERBS,
            Lex::DestroyVerbs => DESTROY_VERBS,
            Lex::Triggers => TRIGGERS,
            Lex::Unspecified => UNSPECIFIED,
        }
    }

    pub(crate) const fn bit(self) -> u32 {
        1 << self as u32
    }
}

/// Which tables have a phrase starting with `word` (a bit per [`Lex`]). Called for every
/// word of every check, so it is a hash lookup: one string comparison, not ten.
pub(crate) fn tables_starting_with(word: &str) -> u32 {
    let slots = first_words();
    let mask = slots.len() - 1;
    let mut slot = hash(word) as usize & mask;
    loop {
        match slots[slot] {
            Some((w, bits)) if w == word => return bits,
            Some(_) => slot = (slot + 1) & mask,
            None => return 0,
        }
    }
}

/// FNV-1a: tiny, and good enough for a few hundred short words.
fn hash(word: &str) -> u32 {
    word.bytes().fold(0x811c_9dc5, |h: u32, b| {
        (h ^ u32::from(b)).wrapping_mul(0x0100_0193)
    })
}

/// Every table's first words with the bits of the tables they start, in an open-addressing
/// hash table at most half full (so every probe ends at an empty slot). Built once.
fn first_words() -> &'static [Option<(&'static str, u32)>] {
    static INDEX: std::sync::OnceLock<Vec<Option<(&'static str, u32)>>> =
        std::sync::OnceLock::new();
    INDEX.get_or_init(|| {
        let entries: usize = Lex::ALL.iter().map(|lex| lex.words().len()).sum();
        let mut slots = vec![None; (entries * 2).next_power_of_two()];
        let mask = slots.len() - 1;
        for lex in Lex::ALL {
            for entry in lex.words() {
                let first = entry.split(' ').next().unwrap_or(entry);
                let mut slot = hash(first) as usize & mask;
                loop {
                    match &mut slots[slot] {
                        Some((w, bits)) if *w == first => {
                            *bits |= lex.bit();
                            break;
                        }
                        Some(_) => slot = (slot + 1) & mask,
                        empty => {
                            *empty = Some((first, lex.bit()));
                            break;
                        }
                    }
                }
            }
        }
        slots
    })
}

/// Exact membership of a single word in a sorted table.
#[inline(never)]
pub(crate) fn has(table: &[&str], word: &str) -> bool {
    // Byte order, compared inline: the words are short, and a call to `memcmp` for each
    // step of the search was a fifth of the coach's time (`examples/coach_bench.rs`).
    table
        .binary_search_by(|e| short_cmp(e.as_bytes(), word.as_bytes()))
        .is_ok()
}

#[inline(never)]
pub(crate) fn short_cmp(a: &[u8], b: &[u8]) -> std::cmp::Ordering {
    for (x, y) in a.iter().zip(b) {
        if x != y {
            return x.cmp(y);
        }
    }
    a.len().cmp(&b.len())
}

/// `word` is a regular form of a base in `table`: checks, checked, checking, verified,
/// skipped, escalated… (no allocation: candidates are compared as stem + ending).
pub(crate) fn inflects(table: &[&str], word: &str) -> bool {
    if has(table, word) {
        return true;
    }
    if !word.is_ascii() || word.len() < 4 {
        return false;
    }
    let base = |stem: &str, ending: &str| {
        stem.len() >= 2
            && table
                .binary_search_by(|e| e.bytes().cmp(stem.bytes().chain(ending.bytes())))
                .is_ok()
    };
    // verified → verify, applies → apply
    if let Some(stem) = word
        .strip_suffix("ied")
        .or_else(|| word.strip_suffix("ies"))
    {
        if base(stem, "y") {
            return true;
        }
    }
    ["ing", "ed", "es", "s"].iter().any(|suffix| {
        word.strip_suffix(suffix).is_some_and(|stem| {
            let bytes = stem.as_bytes();
            // skipped → skip: the doubled consonant (ASCII, so slicing is safe).
            let undoubled = bytes.len() >= 3 && bytes[bytes.len() - 1] == bytes[bytes.len() - 2];
            base(stem, "") || base(stem, "e") || (undoubled && base(&stem[..stem.len() - 1], ""))
        })
    })
}
