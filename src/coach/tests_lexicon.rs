//! Unit tests of the coach's vocabulary: every table sorted, lower case and unique (the
//! rules search them by bisection), the apostrophe-less contractions, and inflection.

// Size rules (clippy.toml) are for the shipped wasm, not for tests.
#![allow(clippy::disallowed_methods)]

use super::tests::*;
use super::*;

#[test]
fn lexicon_tables_are_sorted_lower_case_and_unique() {
    use super::lexicon::*;
    let tables: &[(&str, &[&str])] = &[
        ("NOT_NAMES", NOT_NAMES),
        ("SYSTEM_NOUNS", SYSTEM_NOUNS),
        ("PERSON_NOUNS", PERSON_NOUNS),
        ("TEAMS", TEAMS),
        ("PERSON_PRONOUNS", PERSON_PRONOUNS),
        ("THIRD_PERSON_SINGULAR", THIRD_PERSON_SINGULAR),
        ("FIRST_PERSON_SINGULAR", FIRST_PERSON_SINGULAR),
        ("VAGUE_PRONOUNS", VAGUE_PRONOUNS),
        ("OBJECT_PRONOUNS", OBJECT_PRONOUNS),
        ("DETERMINERS", DETERMINERS),
        ("HINDSIGHT_FRAMES", HINDSIGHT_FRAMES),
        ("SURE_WORDS", SURE_WORDS),
        ("SURE_HEDGES", SURE_HEDGES),
        ("KNOW_VERBS", KNOW_VERBS),
        ("COMPARATIVES", COMPARATIVES),
        ("SUBJECT_SKIP", SUBJECT_SKIP),
        ("HUMAN_FAILURES", HUMAN_FAILURES),
        ("SHARED_FAILURES", SHARED_FAILURES),
        ("FAILED_TO", FAILED_TO),
        ("NEGATIONS", NEGATIONS),
        ("NEGATION_SKIP", NEGATION_SKIP),
        ("HUMAN_ACTS", HUMAN_ACTS),
        ("STATE_VERBS", STATE_VERBS),
        ("FAULT_NOUNS", FAULT_NOUNS),
        ("WORDLIKE_NAMES", WORDLIKE_NAMES),
        ("PASSIVE_FAILURES", PASSIVE_FAILURES),
        ("ERROR_LABELS", ERROR_LABELS),
        ("TRAIT_LABELS", TRAIT_LABELS),
        ("LAZY_TECH", LAZY_TECH),
        ("SHOULD_HAVE", SHOULD_HAVE),
        ("COULD_HAVE", COULD_HAVE),
        ("PREVENT_VERBS", PREVENT_VERBS),
        ("JUDGEMENTS", JUDGEMENTS),
        ("CONDESCENSION", CONDESCENSION),
        ("CLEARLY_MANNER", CLEARLY_MANNER),
        ("MINIMISED_ACTS", MINIMISED_ACTS),
        ("OPINIONS", OPINIONS),
        ("HEDGES", HEDGES),
        ("VAGUE_QUANTITIES", VAGUE_QUANTITIES),
        ("VERY_EMPHASIS", VERY_EMPHASIS),
        ("EMOTIVE", EMOTIVE),
        ("EMOTIVE_TECH", EMOTIVE_TECH),
        ("EXPLANATIONS", EXPLANATIONS),
        ("AS_NOT_CAUSAL_BEFORE", AS_NOT_CAUSAL_BEFORE),
        ("AS_NOT_CAUSAL_AFTER", AS_NOT_CAUSAL_AFTER),
        ("AS_CLAUSE_VERBS", AS_CLAUSE_VERBS),
        ("APOLOGY_NOUNS", APOLOGY_NOUNS),
        ("PARTNERS", PARTNERS),
        ("MANNER_ADVERBS", MANNER_ADVERBS),
        ("AFFECTED_PEOPLE", AFFECTED_PEOPLE),
        ("PARTNER_CHANGES", PARTNER_CHANGES),
        ("HELD_STATES", HELD_STATES),
        ("MONTHS", MONTHS),
        ("BEHAVIOUR_FIXES", BEHAVIOUR_FIXES),
        ("TELL_VERBS", TELL_VERBS),
        ("ASK_VERBS", ASK_VERBS),
        ("MAKE_SURE", MAKE_SURE),
        ("TRAINING", TRAINING),
        ("MANUAL_CHECKS", MANUAL_CHECKS),
        ("WRITTEN_PROCEDURES", WRITTEN_PROCEDURES),
        ("AUTOMATION", AUTOMATION),
        ("VAGUE_VERBS", VAGUE_VERBS),
        ("GENERIC_OBJECTS", GENERIC_OBJECTS),
        ("WISHES", WISHES),
        ("ACCIDENTS", ACCIDENTS),
        ("BLAME_FRAMES", BLAME_FRAMES),
        ("HARM_VERBS", HARM_VERBS),
        ("DESTROY_VERBS", DESTROY_VERBS),
        ("LIVE_WORDS", LIVE_WORDS),
        ("BUG_NOUNS", BUG_NOUNS),
        ("CHANGE_PARTICIPLES", CHANGE_PARTICIPLES),
        ("REPAIR_NOUNS", REPAIR_NOUNS),
        ("AUXILIARIES", AUXILIARIES),
        ("OBSERVE_VERBS", OBSERVE_VERBS),
        ("UNSPECIFIED", UNSPECIFIED),
        ("CATEGORIES", CATEGORIES),
        ("GUARDS", GUARDS),
        ("HOPES", HOPES),
        ("QUALIFIERS", QUALIFIERS),
        ("CHANGE_NOUNS", CHANGE_NOUNS),
        ("CARELESS_ACTS", CARELESS_ACTS),
        ("MINDSET_VERBS", MINDSET_VERBS),
        ("MINDSET_OBJECTS", MINDSET_OBJECTS),
        ("PURPOSE_VERBS", PURPOSE_VERBS),
        ("POOR_WORK", POOR_WORK),
        ("TOO_VERDICTS", TOO_VERDICTS),
        ("HANDLING_STEMS", HANDLING_STEMS),
        ("FEELINGS", FEELINGS),
        ("OUTCOME_VERBS", OUTCOME_VERBS),
        ("TARGET_WORDS", TARGET_WORDS),
        ("OTHER_VERBS", OTHER_VERBS),
        ("MODALS", MODALS),
        ("PREPOSITIONS", PREPOSITIONS),
        ("CLAUSE_ENDS", CLAUSE_ENDS),
        ("TRIGGERS", TRIGGERS),
        ("IRREGULAR_ACTS", IRREGULAR_ACTS),
        ("RESPONSE_ACTS", RESPONSE_ACTS),
        ("RESPONSE_PASTS", RESPONSE_PASTS),
        ("CHECK_NOUNS", CHECK_NOUNS),
        ("INTENT_ADJECTIVES", INTENT_ADJECTIVES),
        ("SYSTEM_EFFECTS", SYSTEM_EFFECTS),
        ("HINDSIGHT_VERDICTS", HINDSIGHT_VERDICTS),
        ("SCALE_VERBS", SCALE_VERBS),
        ("QUALITIES", QUALITIES),
        ("FAULTY", FAULTY),
        ("IMPROVEMENTS", IMPROVEMENTS),
        ("INTENTIONS", INTENTIONS),
        ("CROWDS", CROWDS),
        ("WISH_VERBS", WISH_VERBS),
        ("LABEL_WORDS", LABEL_WORDS),
        ("CLAUSE_OPENERS", CLAUSE_OPENERS),
        ("ACTOR_STOPS", ACTOR_STOPS),
        ("PERCEIVE_VERBS", PERCEIVE_VERBS),
    ];
    // A table in the phrase index but missing above would go unchecked. (Compared by
    // content: a `const` has no fixed address, so two uses may not be the same pointer.)
    for lex in Lex::ALL {
        assert!(
            tables.iter().any(|(_, t)| *t == lex.words()),
            "{lex:?} is not listed here"
        );
    }
    for (name, table) in tables {
        for pair in table.windows(2) {
            assert!(
                pair[0] < pair[1],
                "{name}: {:?} must come before {:?}",
                pair[1],
                pair[0]
            );
        }
        for entry in *table {
            assert!(
                !entry.is_empty() && !entry.contains("  ") && entry.trim() == *entry,
                "{name}: {entry:?}"
            );
            assert_eq!(
                entry.to_lowercase(),
                *entry,
                "{name}: {entry:?} must be lower case"
            );
            // Entries are matched word by word: "did not", never "didn't".
            assert!(!entry.contains("n't"), "{name}: {entry:?}");
        }
    }
}

/// The apostrophe-less contractions are found by a suffix test and a binary search.
#[test]
fn bare_contractions_are_sorted_and_found() {
    let bare = super::tokens::BARE_CONTRACTIONS;
    assert!(
        bare.windows(2).all(|w| w[0].0 < w[1].0),
        "BARE_CONTRACTIONS is not sorted"
    );
    assert!(bare
        .iter()
        .all(|(w, _, _)| w.ends_with("nt") || w.ends_with("ve")));
    assert_eq!(
        kinds("We didnt check the zone.", Field::Cause),
        vec![Kind::Blame]
    );
}

#[test]
fn inflections_find_regular_forms() {
    use super::lexicon::{inflects, HUMAN_ACTS};
    for w in [
        "checks",
        "checked",
        "checking",
        "verified",
        "noticed",
        "escalated",
        "told",
    ] {
        assert!(inflects(HUMAN_ACTS, w), "{w}");
    }
    for w in ["load", "sent", "checkout", "ꪪꪪed", "éé"] {
        assert!(!inflects(HUMAN_ACTS, w), "{w}");
    }
}
