//! The coach on opinion and actions met in the ninth to eighteenth development gatherings
//! (30 Nov): an apology's "may have caused", a list's lead-in, hedges of belief, causal
//! "as", pledges and unnamed remedies, and words that are technical, idiomatic or emphatic
//! rather than opinion. (Blame and verdicts are in `tests_owned_slips.rs`.) Sentences are written for these tests; the figures are in
//! `tests/coach_real.rs`.

use super::tests::{clean, finds, kinds};
use super::{Field, Kind};

#[test]
fn an_apology_s_formula_is_not_a_hedge() {
    for text in [
        "We apologise for any inconvenience this may have caused.",
        "We are sorry for any disruption this may cause to your orders.",
    ] {
        clean(text, Field::Fact);
    }
    // A guess about what happened still is.
    for text in [
        "Some orders may have been charged twice.",
        "The refund job may have caused the duplicate emails.",
    ] {
        assert!(finds(text, Field::Fact, Kind::Hedge), "{text}");
    }
}

#[test]
fn beliefs_are_hedges() {
    for text in [
        "We do not believe any card numbers were taken.",
        "The skimmer is believed to have been live since April.",
        "In all likelihood your account was not affected.",
    ] {
        assert!(
            finds(text, Field::Fact, Kind::Hedge),
            "{text}: {:?}",
            kinds(text, Field::Fact)
        );
    }
}

#[test]
fn a_list_s_lead_in_is_not_judged_as_an_action() {
    for text in [
        "To prevent this from happening again, we will make several changes:",
        "We recommend that store owners take the following steps:",
    ] {
        clean(text, Field::Action);
    }
    // Without the colon, nothing follows that says what is to be done.
    assert!(finds(
        "To prevent this from happening again, we will make several changes.",
        Field::Action,
        Kind::VagueAction
    ));
}

#[test]
fn strengthening_and_reinforcing_say_no_more_than_improving() {
    for text in [
        "Monitoring and alerting have been strengthened to ensure earlier detection.",
        "We reinforced all relevant system structures.",
        "Speed up detection by sharpening alarm thresholds.",
    ] {
        assert!(
            finds(text, Field::Action, Kind::VagueAction),
            "{text}: {:?}",
            kinds(text, Field::Action)
        );
    }
    // An "-ing" word before its verb is the subject, but in verb position it is the act.
    clean(
        "Alerting on checkout errors above 2 % has been added for the on-call.",
        Field::Action,
    );
    clean(
        "Adding an alert on checkout errors above 2 %.",
        Field::Action,
    );
}

#[test]
fn technical_and_idiomatic_words_are_not_opinion() {
    for text in [
        "Every worker is wrapped in panic handlers.",
        "An unhandled panic stopped the webhook worker at 09:14.",
        "We began to investigate as a matter of urgency.",
        "For some reason the nightly cron job did not start at 02:00.",
    ] {
        clean(text, Field::Fact);
    }
    for (text, kind) in [
        ("We panicked and restarted every server.", Kind::Emotive),
        ("The outage lasted a matter of hours.", Kind::VagueQuantity),
        ("Checkout failed for some customers.", Kind::VagueQuantity),
    ] {
        assert!(
            finds(text, Field::Fact, kind),
            "{text}: {:?}",
            kinds(text, Field::Fact)
        );
    }
}

#[test]
fn what_matters_to_us_is_emphasis_not_an_amount() {
    clean("Your security is very important to us.", Field::Fact);
    assert!(finds(
        "The checkout was very slow during the sale.",
        Field::Fact,
        Kind::VagueQuantity
    ));
}

#[test]
fn a_causal_as_in_a_fact_is_an_explanation() {
    for text in [
        "New orders were not affected, as they are written straight to the database.",
        "The emails could not be resent as they were not queued.",
        "The shop stayed down for an hour, as the fallback server had no disk space left.",
    ] {
        assert!(
            finds(text, Field::Fact, Kind::Explanation),
            "{text}: {:?}",
            kinds(text, Field::Fact)
        );
    }
    // Time, manner, comparison and role.
    for text in [
        "As we restarted the workers at 10:05, the queue drained.",
        "We restored the backup as soon as the disk was replaced.",
        "We rebuilt the cache as quickly as we could.",
        "The newsletter was marked as spam by 40 % of providers.",
        "The failover worked as it should.",
        "We will post updates as they are available.",
    ] {
        clean(text, Field::Fact);
    }
}

#[test]
fn work_on_an_improvement_is_still_vague() {
    for text in [
        "We are working on increasing visibility into the traffic we receive.",
        "We are working to improve visibility, which will allow us to respond more quickly.",
    ] {
        assert!(
            finds(text, Field::Action, Kind::VagueAction),
            "{text}: {:?}",
            kinds(text, Field::Action)
        );
    }
    clean(
        "We are working on a tool that syncs our records to a second DNS provider every hour.",
        Field::Action,
    );
}

#[test]
fn never_ever_and_a_lesson_s_heading_still_ask_people_for_care() {
    for text in [
        "Never ever operate two validators with the same keys.",
        "Lessons: Never bundle the price import and the stock import in one run.",
    ] {
        assert!(
            finds(text, Field::Action, Kind::PersonFix),
            "{text}: {:?}",
            kinds(text, Field::Action)
        );
    }
    // A freeze the pipeline keeps is a rule of the system.
    clean("Never deploy on a Friday after 15:00.", Field::Action);
}

#[test]
fn evidence_rankings_and_apologies_are_not_opinion() {
    assert!(finds(
        "We have reason to believe that card details were copied.",
        Field::Fact,
        Kind::Hedge
    ));
    for text in [
        "We have no reason to believe that card details were copied.",
        "Last weekend we had the most significant outage in our history.",
        "We apologise for any inconvenience caused by this.",
        "CN would like to apologize for the impact caused by this outage.",
        "We apologise for any inconvenience caused as a result of these outages.",
        "The chain halted at 14:02, triggered by a deterministic panic.",
        "The incident occurred from 15:14 to 15:59 during what should have been a routine billing run.",
        "At 14:02 the nodes stopped with the fatal panic: panic: can not create code.",
        "As CEO I was told of the outage at 09:20.",
        "As you can imagine, the support inbox filled up at 09:30.",
        "As we were preparing the sale at 08:00, the prices changed.",
    ] {
        clean(text, Field::Fact);
    }
    for text in [
        "As the cache was empty, every request went to the database.",
        "Checkout slowed down as the instances started failing at 09:02.",
    ] {
        assert!(
            finds(text, Field::Fact, Kind::Explanation),
            "{text}: {:?}",
            kinds(text, Field::Fact)
        );
    }
    // "At least a couple of dozen" still counts loosely.
    assert!(finds(
        "At least a couple of dozen orders were charged twice.",
        Field::Fact,
        Kind::VagueQuantity
    ));
}

#[test]
fn pledges_of_opportunities_and_unnamed_remedies_are_vague() {
    for text in [
        "We will continue to look for opportunities to minimise the impact of outages.",
        "We have taken mitigatory actions to resolve the issue.",
        "Our team will take the necessary remedial steps.",
    ] {
        assert!(
            finds(text, Field::Action, Kind::VagueAction),
            "{text}: {:?}",
            kinds(text, Field::Action)
        );
    }
    // A concrete change with what it is for.
    clean(
        "We decreased the TTL on our DNS records to 60 s for quicker failover.",
        Field::Action,
    );
    clean(
        "We decreased the TTL on our internal DNS records for quicker failover.",
        Field::Action,
    );
}

#[test]
fn unnamed_enhancements_and_efforts_are_vague_whatever_the_tense() {
    for text in [
        "Additionally, we are implementing safeguards to prevent similar incidents.",
        "We'll be adding more performance tests for our rules system.",
        "Enhancements to our network have been deployed to fortify its stability.",
        "Please rest assured that we're doing all we can to revert the situation.",
        "We are making the maximum possible effort to prevent similar problems.",
    ] {
        assert!(
            finds(text, Field::Action, Kind::VagueAction),
            "{text}: {:?}",
            kinds(text, Field::Action)
        );
    }
    // A heading names the list, it is not the marker; the items say what is done.
    clean(
        "Checkout Enhancements: add a price check that blocks imports with prices below cost.",
        Field::Action,
    );
    clean(
        "We are implementing a lock that allows one price import at a time.",
        Field::Action,
    );
    // An attempt at a named change is checkable; a wish is not.
    clean(
        "If the import fails, try to stop the price sync before the next run.",
        Field::Action,
    );
    assert!(finds(
        "Try to deploy earlier.",
        Field::Action,
        Kind::VagueAction
    ));
}

#[test]
fn what_a_change_brings_and_named_review_steps_are_not_promises() {
    for text in [
        "The checkout will stop calling the rates API, which will improve reliability.",
        "A written deployment plan is agreed as part of code review.",
    ] {
        clean(text, Field::Action);
    }
    assert!(finds(
        "Review our deployment process.",
        Field::Action,
        Kind::VagueAction
    ));
}

#[test]
fn loads_and_times_left_open_and_emphasis_and_narrative_looks() {
    for text in [
        "During this period the checkout was under heavy load.",
        "The attack caused losses for a limited number of users.",
        "Our database is getting really big really fast.",
        "The refunds will take a bit of time to reach every account.",
        "Some long standing merchants received broken links.",
    ] {
        assert!(
            finds(text, Field::Fact, Kind::VagueQuantity),
            "{text}: {:?}",
            kinds(text, Field::Fact)
        );
    }
    for text in [
        "We try extremely hard to keep the ticket shop up.",
        "We have greatly enjoyed our journey with you.",
        "After the restart, the node synced and all seemed to be OK.",
        "As at noon today we had sold more than in all of December.",
    ] {
        clean(text, Field::Fact);
    }
    assert!(finds(
        "The sync seems to be fine now.",
        Field::Fact,
        Kind::Hedge
    ));
    assert!(finds(
        "We could not call anyone as the outage affected our phones.",
        Field::Fact,
        Kind::Explanation
    ));
}

#[test]
fn readers_addressed_states_and_guarded_risks_are_not_findings() {
    for (text, field) in [
        ("As you are probably aware, the newsletter went out twice.", Field::Fact),
        ("We apologise for any inconvenience this might have caused.", Field::Fact),
        (
            "We contacted customers who might not be aware that the messages were fake.",
            Field::Action,
        ),
        (
            "This guarantees that even in the case of a human error, a broken rule is not deployed.",
            Field::Action,
        ),
        (
            "We published a fix that makes it harder to inadvertently overwrite a key.",
            Field::Action,
        ),
        ("Updated the end-to-end tests to check the HTTP header instead of the meta tag.", Field::Action),
    ] {
        clean(text, field);
    }
    assert!(finds(
        "You are probably wondering where your order is.",
        Field::Fact,
        Kind::Hedge
    ));
}

#[test]
fn consequences_dates_and_bracketed_counts_are_facts() {
    for text in [
        "The outage meant that orders were not created.",
        "Therefore, every response was saved in the backup database.",
        "The shop has run since Jan 2010 and this is its first outage this long.",
        "Some messages (about 15 %) were not delivered.",
        "Several outages of short periods (7 min, 2 min) were found.",
    ] {
        let found = kinds(text, Field::Fact);
        assert!(
            !found.contains(&Kind::Explanation) && !found.contains(&Kind::VagueQuantity),
            "{text}: {found:?}"
        );
    }
    assert!(finds(
        "Since the cache was cold, every request went to the database.",
        Field::Fact,
        Kind::Explanation
    ));
}

#[test]
fn wishes_reports_and_comparisons_are_not_findings() {
    for (text, field) in [
        (
            "We created a cleaner for people who do not wish to keep the app.",
            Field::Action,
        ),
        (
            "The tool will tell you if your account was affected.",
            Field::Action,
        ),
        (
            "This was as unexpected to us as it was to you.",
            Field::Fact,
        ),
    ] {
        clean(text, field);
    }
}

#[test]
fn manner_and_superlatives_are_not_amounts() {
    for text in [
        "The team noticed the issue very quickly and began to investigate.",
        "Most importantly, there were no logs after 09:00.",
        "We failed to be the most reliable shop in town.",
    ] {
        let found = kinds(text, Field::Fact);
        assert!(!found.contains(&Kind::VagueQuantity), "{text}: {found:?}");
    }
    for text in [
        "Checkout was very slow during the sale.",
        "Most customers saw the old price.",
    ] {
        assert!(finds(text, Field::Fact, Kind::VagueQuantity), "{text}");
    }
}
