//! Unit tests of the coach's checks on facts and actions: hedges, vague amounts, emotive
//! words and explanations in facts; person-fixes and vague actions, and the concrete actions
//! that must stay clean.

#![allow(clippy::unwrap_used)]

use super::tests::*;
use super::*;

// ---- opinion in facts ----

#[test]
fn hedges_only_in_facts() {
    flags(
        "I think the email went out at 09:00.",
        Field::Fact,
        "hedge.opinion",
        "I think",
    );
    flags(
        "The CDN probably served old prices.",
        Field::Fact,
        "hedge.uncertain",
        "probably",
    );
    flags(
        "It looks like the job ran twice.",
        Field::Fact,
        "hedge.uncertain",
        "It looks like",
    );
    flags(
        "Looks like the job ran twice.",
        Field::Fact,
        "hedge.uncertain",
        "Looks like",
    );
    flags(
        "I'm pretty sure it was 09:00.",
        Field::Fact,
        "hedge.uncertain",
        "pretty sure",
    );
    flags(
        "Customers may see two charges.",
        Field::Fact,
        "hedge.uncertain",
        "may",
    );
    // Causes are hypotheses: hedges are fine there.
    clean("The cache might have kept old prices.", Field::Cause);
    clean("The cache probably kept old prices.", Field::Why);
    // Dates and comparisons.
    clean("The code expired on May 3.", Field::Fact);
    clean(
        "The graph looks like a sawtooth from 10:00 to 11:00.",
        Field::Fact,
    );
}

#[test]
fn vague_quantities_emotive_words_and_explanations() {
    flags(
        "A lot of customers could not pay.",
        Field::Fact,
        "vague.quantity",
        "A lot of",
    );
    // "Some users" leaves out a count the reader needs to judge the impact: reviewers of
    // real post-mortems marked it as a vague quantity two times in three (tests/coach_real).
    flags(
        "Some users saw old prices.",
        Field::Fact,
        "vague.quantity",
        "Some",
    );
    // Not an amount.
    clean("For some reason the purge returned 202.", Field::Fact);
    clean("The report gave some insight into the queue.", Field::Fact);
    flags(
        "Response times rose significantly.",
        Field::Fact,
        "vague.quantity",
        "significantly",
    );
    flags(
        "Hundreds of orders failed.",
        Field::Fact,
        "vague.quantity",
        "Hundreds of",
    );
    flags(
        "The launch was a disaster.",
        Field::Fact,
        "emotive.word",
        "disaster",
    );
    flags(
        "The embarrassing newsletter fiasco",
        Field::Title,
        "emotive.word",
        "embarrassing",
    );
    flags(
        "It was rejected because the tool used PST.",
        Field::Fact,
        "explanation.causal",
        "because",
    );
    flags(
        "It failed due to an expired certificate.",
        Field::Fact,
        "explanation.causal",
        "due to",
    );
    flags(
        "Since the cache was cold, times tripled.",
        Field::Fact,
        "explanation.causal",
        "Since",
    );
    let found = run("It was rejected because the tool used PST.", Field::Fact);
    assert!(
        found[0].suggestion.contains("because the tool used PST"),
        "{}",
        found[0].suggestion
    );
    // Only in facts (and titles for emotive words).
    clean(
        "Some carriers reject long addresses, because the form allows 60 characters.",
        Field::Cause,
    );
    clean("The launch was a disaster.", Field::Cause);
}

#[test]
fn fact_guards() {
    clean("Some 200 orders were affected.", Field::Fact);
    clean("The very first order failed at 09:01.", Field::Fact);
    clean("The most recent deploy was at 10:00.", Field::Fact);
    clean(
        "We don't know how many orders failed at 10:00.",
        Field::Fact,
    );
    clean(
        "The disaster recovery drill ran on 12 January.",
        Field::Fact,
    );
    clean("Chaos engineering tests ran on 3 May.", Field::Fact);
    clean("The sale was due to start at 09:00.", Field::Fact);
    clean("Errors rose since the 10:00 deploy.", Field::Fact);
    clean("We run in two regions since June.", Field::Fact);
}

// ---- actions ----

#[test]
fn person_fixes() {
    flags(
        "Be more careful when scheduling.",
        Field::Action,
        "person-fix.behaviour",
        "Be more careful",
    );
    flags(
        "Pay more attention to time zones.",
        Field::Action,
        "person-fix.behaviour",
        "Pay more attention",
    );
    flags(
        "Remind the marketing team to check.",
        Field::Action,
        "person-fix.remind",
        "Remind the marketing team",
    );
    flags(
        "Make sure Dave checks the codes.",
        Field::Action,
        "person-fix.remind",
        "Make sure Dave",
    );
    flags(
        "Retrain the support staff.",
        Field::Action,
        "person-fix.training",
        "Retrain",
    );
    flags(
        "Double-check the DNS records.",
        Field::Action,
        "person-fix.manual-check",
        "Double-check",
    );
    // Written into the checklist, the check is a step of the system, as the playbook means.
    clean(
        "Add a double-check of every tool's time zone to the launch checklist.",
        Field::Action,
    );
    clean(
        "Double-check the discount codes at checkout, as a step in the launch runbook.",
        Field::Action,
    );
    flags(
        "Keep an eye on the error rate.",
        Field::Action,
        "person-fix.manual-check",
        "Keep an eye on",
    );
    flags(
        "Engineers must remember to run it.",
        Field::Action,
        "person-fix.behaviour",
        "must remember",
    );
    flags(
        "Remember to switch the zone.",
        Field::Action,
        "person-fix.behaviour",
        "Remember to",
    );
    flags(
        "Everyone should read the runbook.",
        Field::Action,
        "person-fix.behaviour",
        "should read",
    );
    flags(
        "Send a reminder to the team.",
        Field::Action,
        "person-fix.remind",
        "reminder to the team",
    );
    // Only in actions.
    clean("We remind the team to check every Monday.", Field::Cause);
}

#[test]
fn person_fix_guards() {
    clean(
        "Remind customers by email 24 hours before the sale ends.",
        Field::Action,
    );
    clean(
        "Ask the payment provider to raise our rate limit to 200 per second.",
        Field::Action,
    );
    clean(
        "Add an automated double-check of the time zones to the pipeline.",
        Field::Action,
    );
    clean(
        "The checklist should require a two-person check of every schedule.",
        Field::Action,
    );
}

#[test]
fn vague_actions() {
    flags(
        "Investigate the checkout failures.",
        Field::Action,
        "vague-action.verb",
        "Investigate",
    );
    flags(
        "Look into the slow queries.",
        Field::Action,
        "vague-action.verb",
        "Look into",
    );
    flags(
        "Try to deploy earlier.",
        Field::Action,
        "vague-action.verb",
        "Try to",
    );
    flags(
        "Make checkout more robust.",
        Field::Action,
        "vague-action.verb",
        "more robust",
    );
    flags(
        "Better communication between teams.",
        Field::Action,
        "vague-action.verb",
        "Better communication",
    );
}

#[test]
fn concrete_actions_are_clean() {
    clean(
        "Investigate the slow queries and add an index for those above 500 ms.",
        Field::Action,
    );
    clean(
        "Improve checkout p95 latency to under 300 ms.",
        Field::Action,
    );
    clean(
        "Review the alert thresholds and set each one from 30 days of traffic.",
        Field::Action,
    );
    clean(
        "Priya to add a time-zone check to the launch checklist.",
        Field::Action,
    );
    clean(
        "Don't allow price changes above 50 % without approval.",
        Field::Action,
    );
    clean("Re-enable the slow-query log.", Field::Action);
    clean(
        "Dave: add a time-zone step to the checklist.",
        Field::Action,
    );
    clean("1. Add jitter to the retry policy.", Field::Action);
}

#[test]
fn addressing_the_problem_names_no_change() {
    flags(
        "We are actively working to address the root causes of these disruptions.",
        Field::Action,
        "vague-action.verb",
        "address the root causes",
    );
    flags(
        "Initiatives are underway to address the recommendations in this report.",
        Field::Action,
        "vague-action.verb",
        "address the recommendations",
    );
    flags(
        "We have a programme of work to address these.",
        Field::Action,
        "vague-action.verb",
        "address these",
    );
    // A change named, with addressing as its purpose; and a completed change reported.
    clean(
        "To address this, we added a second payment provider.",
        Field::Action,
    );
    clean(
        "Add a retry to the webhook handler to address the timeouts.",
        Field::Action,
    );
    clean("We addressed the issue with a patch.", Field::Action);
}

#[test]
fn advice_to_customers_and_training_fix_people() {
    flags(
        "Customers should be on guard against phishing scams.",
        Field::Action,
        "person-fix.behaviour",
        "be on guard",
    );
    flags(
        "We also advise customers to be cautious of any emails claiming to come from us.",
        Field::Action,
        "person-fix.behaviour",
        "be cautious",
    );
    flags(
        "Upskill the entire team on webhook infrastructure.",
        Field::Action,
        "person-fix.training",
        "Upskill",
    );
    flags(
        "Additional team training was provided so that the error will not be repeated.",
        Field::Action,
        "person-fix.training",
        "training was provided",
    );
    clean(
        "Add an alert that stays on until the refund queue drains.",
        Field::Action,
    );
}

/// Written before the sixth stop's second round: people told in the passive, training
/// given to people, dealing with the staff involved; and counts without a number.
#[test]
fn passive_reminders_training_for_people_and_the_staff_involved_fix_a_person() {
    for text in [
        "All teams involved were reminded of the correct procedure.",
        "Staff were retrained on the refund process.",
        "We will require mandatory phishing training for all staff.",
        "We have taken action with that particular employee.",
        "We will take the matter up internally with the staff involved.",
        "Run a workshop to train several other team members on the status page.",
    ] {
        let found = kinds(text, Field::Action);
        assert!(found.contains(&Kind::PersonFix), "{text}: {found:?}");
    }
    for text in [
        "The model was retrained on last month's chargebacks.",
        "Customers were reminded by email of the new sale dates.",
        "Coordinate with the team member responsible for DNS before each launch.",
    ] {
        let found = kinds(text, Field::Action);
        assert!(!found.contains(&Kind::PersonFix), "{text}: {found:?}");
    }
    for text in [
        "Few of the participants stayed after the break.",
        "A small subset of customers saw declines.",
    ] {
        assert!(
            kinds(text, Field::Fact).contains(&Kind::VagueQuantity),
            "{text}"
        );
    }
}
