//! The coach on the forms real post-mortems take (issue 13), one test per family: actions
//! judged by substance, blame found from structure, opinion beyond single words, and no
//! false alarms on ordinary English. Sentences are written for these tests, in the issue's
//! terms; the measured figures come from `tests/coach_real.rs`.

use super::tests::{clean, flags, kinds, run_with};
use super::{Field, Kind};

fn has_kind(text: &str, field: Field, kind: Kind) -> bool {
    kinds(text, field).contains(&kind)
}

#[test]
fn actions_in_every_real_form_are_not_vague_by_form() {
    for action in [
        "Alerting on replication lag above 60 s.",
        "Automated nightly backups, restored once a month as a test.",
        "Checking the discount codes against the sale calendar in the deploy pipeline.",
        "We will add a second approver to price changes.",
        "Ops: page the on-call when checkout errors exceed 2 % for 5 minutes.",
        "Before each sale, run the test order script against every active code.",
        "Retrain the fraud model on the last 90 days of orders.",
        "Ensure we have a rollback script for every migration.",
        "A runbook for restoring the shop from backup.",
        "We have since codified this step into the launch checklist.",
    ] {
        clean(action, Field::Action);
    }
}

#[test]
fn actions_without_a_checkable_outcome_are_vague() {
    for action in [
        "Improve monitoring.",
        "Ensure this never happens again.",
        "Look into the checkout timeouts.",
        "Consider a staging environment.",
        "More testing before launches.",
        "Better alerting.",
        "Clean up the deploy scripts.",
        "Update the docs accordingly.",
        "Optimise the product feed.",
        "We have taken steps to prevent this from happening again.",
        "We fixed the issue and improved our safeguards.",
        "Enforce rate limits more strictly.",
    ] {
        assert!(
            has_kind(action, Field::Action, Kind::VagueAction),
            "{action:?} should be vague: {:?}",
            kinds(action, Field::Action)
        );
    }
    // A target makes it concrete.
    clean(
        "Optimise the product feed to build in under 2 minutes.",
        Field::Action,
    );
}

#[test]
fn actions_that_fix_a_person() {
    for action in [
        "Have a talk with the warehouse lead.",
        "Write them up and put the packer on a performance improvement plan.",
        "Take away their access as a consequence.",
        "Remind marketing to check the time zone.",
        "Tell people to stop deploying on Fridays.",
        "We need to be more rigorous with reviews.",
        "Always make sure the codes are tested.",
    ] {
        assert!(
            has_kind(action, Field::Action, Kind::PersonFix),
            "{action:?} should fix a person: {:?}",
            kinds(action, Field::Action)
        );
    }
}

#[test]
fn blame_found_from_structure() {
    for (text, field) in [
        ("The agency let the certificate expire.", Field::Cause),
        ("Sam pushed the wrong price file.", Field::Fact),
        (
            "The freelancer took the store down for an hour.",
            Field::Fact,
        ),
        ("Our developer let the domain lapse.", Field::Cause),
        (
            "The marketing lead approved it without reading the copy.",
            Field::Cause,
        ),
        (
            "Ops restarted the database instead of the cache.",
            Field::Cause,
        ),
        (
            "We mistakenly sent the test email to every subscriber.",
            Field::Fact,
        ),
        (
            "I deleted the production database by accident.",
            Field::Fact,
        ),
        ("The change was made by the contractor.", Field::Cause),
        (
            "The file was pushed by someone from marketing.",
            Field::Cause,
        ),
        ("It all comes down to the intern.", Field::Cause),
        ("This one is on the agency.", Field::Cause),
        ("The new hire is not competent.", Field::Cause),
        (
            "The on-call engineer didn't understand the alert.",
            Field::Cause,
        ),
        ("Nobody was paying attention to the queue.", Field::Cause),
        ("We forgot to renew the certificate.", Field::Cause),
        ("I didn't test the coupon code.", Field::Cause),
        ("Someone introduced a typo in the price feed.", Field::Cause),
        ("This incident is our fault.", Field::Cause),
    ] {
        let found = kinds(text, field);
        assert!(
            found
                .iter()
                .any(|k| matches!(k, Kind::Blame | Kind::ErrorLabel)),
            "{text:?} blames: {found:?}"
        );
    }
}

#[test]
fn people_from_the_list_count_wherever_they_stand() {
    let found = run_with(
        "The queue was not checked by Priya Shah.",
        Field::Cause,
        &["Priya Shah"],
    );
    assert!(found.iter().any(|f| f.kind == Kind::Blame), "{found:?}");
}

#[test]
fn neutral_mentions_of_people_are_clean() {
    for (text, field) in [
        ("Lee restored the backup at 14:05.", Field::Fact),
        (
            "The fix was deployed by the on-call engineer at 14:10.",
            Field::Fact,
        ),
        (
            "We took the website into maintenance mode at 22:50.",
            Field::Fact,
        ),
        (
            "The server was knocked offline when the zone failed.",
            Field::Fact,
        ),
        (
            "Customers in Québec saw prices in USD instead of CAD.",
            Field::Fact,
        ),
        (
            "We do not yet understand why the switch failed.",
            Field::Cause,
        ),
        ("Keep 30 days of checkout logs instead of 7.", Field::Action),
    ] {
        clean(text, field);
    }
}

#[test]
fn opinion_beyond_single_words() {
    for text in [
        "Checkout was down for ages.",
        "The import took forever.",
        "Support replies took way too long.",
        "Error rates went through the roof.",
        "The cache filled up in no time.",
        "The admin was really slow.",
        "The search was kind of broken.",
    ] {
        assert!(
            has_kind(text, Field::Fact, Kind::VagueQuantity),
            "{text:?}: {:?}",
            kinds(text, Field::Fact)
        );
    }
    for text in [
        "The team took too long to roll back.",
        "The alert was not acted on quickly enough.",
        "The retry limit was not ideal.",
        "The plan was naive.",
        "The handover was a joke.",
    ] {
        assert!(
            has_kind(text, Field::Fact, Kind::Judgement),
            "{text:?}: {:?}",
            kinds(text, Field::Fact)
        );
    }
    flags(
        "The launch was awful.",
        Field::Fact,
        "emotive.word",
        "awful",
    );
}

#[test]
fn ordinary_english_is_not_flagged() {
    for (text, field) in [
        (
            "We identified the cause at 11:20 and disabled the app.",
            Field::Fact,
        ),
        (
            "412 orders could not be processed between 09:00 and 09:30.",
            Field::Fact,
        ),
        (
            "The sale banner was clearly labelled with the end time.",
            Field::Fact,
        ),
        (
            "The log said “user error” for every failed payment.",
            Field::Fact,
        ),
        (
            "Calling it human error would stop the inquiry; the form accepted any price.",
            Field::Cause,
        ),
        (
            "The standby should take over within 30 seconds, as the runbook says.",
            Field::Cause,
        ),
        (
            "The secondary site did not fail over, as it should have.",
            Field::Cause,
        ),
        (
            "Servers were loaded more heavily than they should have been.",
            Field::Why,
        ),
        ("A new kind of check runs before every deploy.", Field::Fact),
    ] {
        clean(text, field);
    }
}

#[test]
fn a_blamed_name_not_in_the_people_list_is_offered_for_it() {
    let found = run_with("Dave forgot to switch the code to EST.", Field::Fact, &[]);
    assert_eq!(found[0].name.as_deref(), Some("Dave"), "{found:?}");
    let found = run_with(
        "Dave forgot to switch the code to EST.",
        Field::Fact,
        &["Dave"],
    );
    assert_eq!(found[0].kind, Kind::Blame);
    assert_eq!(found[0].name, None, "already listed");
    let found = run_with(
        "The on-call engineer forgot the runbook.",
        Field::Cause,
        &[],
    );
    assert_eq!(found[0].name, None, "a role, not a name");
}

#[test]
fn a_person_who_did_something_given_as_a_cause_is_blame() {
    for cause in [
        "Our developer hardcoded the sale date in Pacific time.",
        "The contractor deployed an untested migration on Friday evening.",
        "I pushed a bad config to production.",
        "The warehouse team shipped the orders to the old address.",
        "Marketing sent the campaign before the code was live.",
        "Whoever set up the cron job used the server's local time.",
        "Because the courier scanned the parcels as delivered, no alert fired.",
        "It was the intern who ran the script against production.",
        "This outage is entirely down to our fulfilment partner.",
        "The fault lies with the agency.",
        "Our CTO approved the change without a review.",
    ] {
        assert!(has_kind(cause, Field::Cause, Kind::Blame), "{cause}");
    }
    // With the person in the names list, as the app checks it.
    assert!(
        run_with("Robin changed the tax rate.", Field::Cause, &["Robin"])
            .iter()
            .any(|f| f.kind == Kind::Blame)
    );
}

#[test]
fn people_in_causes_who_responded_knew_or_were_acted_on_are_not_blamed() {
    for cause in [
        "The contractor had no access to the staging environment, so changes went straight to production.",
        "The on-call engineer was paged twice for the same alert.",
        "We rolled back the release, which restored checkout.",
        "After Jeremy left, the team was split into two.",
        "A lot more people logged on than we expected.",
        "We determined that a bot had abused the signup form.",
        "The runbook told the on-call engineer to restart the wrong service.",
        "The scheduler read the sale date as Pacific time.",
    ] {
        assert!(!has_kind(cause, Field::Cause, Kind::Blame), "{cause}");
    }
    // A fact records who did what: not a cause.
    clean("At 14:05 Lee restored the backup.", Field::Fact);
    clean(
        "The developer on call deployed version 2.3 at 10:00 UTC.",
        Field::Fact,
    );
}

#[test]
fn forms_found_in_the_second_gathering_of_real_writing() {
    // Blame and labels.
    assert!(has_kind(
        "We got our timeline really wrong.",
        Field::Cause,
        Kind::Blame
    ));
    assert!(has_kind(
        "We greatly underestimated the demand.",
        Field::Cause,
        Kind::Blame
    ));
    assert!(has_kind(
        "The error was caused by an over-eager coder.",
        Field::Cause,
        Kind::Blame
    ));
    assert!(has_kind(
        "This is a mistake made entirely by the agency.",
        Field::Fact,
        Kind::Blame
    ));
    assert!(has_kind(
        "An unintended release of version 18.1.0 reached the latest tag.",
        Field::Fact,
        Kind::ErrorLabel
    ));
    // Hindsight without a person, and a missing safeguard described without hindsight.
    assert!(has_kind(
        "It would have been useful to capture the node's state.",
        Field::Cause,
        Kind::Hindsight
    ));
    clean(
        "We do not have any test harness that could have caught this configuration.",
        Field::Cause,
    );
    // Opinion in facts.
    assert!(has_kind(
        "The restore was rather fast.",
        Field::Fact,
        Kind::VagueQuantity
    ));
    assert!(has_kind(
        "I *think* the cache was cold.",
        Field::Fact,
        Kind::Hedge
    ));
    clean(
        "No orders could be placed between 14:02 and 14:40.",
        Field::Fact,
    );
    // Actions.
    assert!(has_kind(
        "Set up some kind of monitoring for the deployment.",
        Field::Action,
        Kind::VagueAction
    ));
    assert!(has_kind(
        "Reminders of the rules for production changes.",
        Field::Action,
        Kind::PersonFix
    ));
    assert!(has_kind(
        "We've advised the teams to stop using single replicas.",
        Field::Action,
        Kind::PersonFix
    ));
}

#[test]
fn what_a_system_did_or_went_without_is_not_a_person_s_slip() {
    for (text, field) in [
        (
            "The import job incorrectly parsed the dates as US dates.",
            Field::Cause,
        ),
        (
            "The change had unintended consequences for the cache.",
            Field::Cause,
        ),
        (
            "A change to the theme reached production without a test that covered it.",
            Field::Cause,
        ),
        (
            "We need direct health checks instead of proxy checks.",
            Field::Action,
        ),
    ] {
        assert!(
            !kinds(text, field)
                .iter()
                .any(|k| matches!(k, Kind::Blame | Kind::ErrorLabel)),
            "{text}"
        );
    }
}

#[test]
fn forms_found_in_the_third_gathering_of_real_writing() {
    // Blame from structure, and what is not.
    assert!(has_kind(
        "We looked at the changes and mistakenly concluded that they did not apply to us.",
        Field::Cause,
        Kind::Blame
    ));
    assert!(has_kind(
        "We learned that the root cause was a coding error by someone on my team.",
        Field::Cause,
        Kind::Blame
    ));
    assert!(has_kind(
        "I apologise for us not communicating as well as we should have.",
        Field::Cause,
        Kind::Hindsight
    ));
    assert!(has_kind(
        "Shipping cost was my first mistake.",
        Field::Cause,
        Kind::Blame
    ));
    assert!(has_kind(
        "Some components of the cluster were accidentally deleted.",
        Field::Fact,
        Kind::ErrorLabel
    ));
    for (text, field) in [
        (
            "Right after we removed the index, the database CPU hit 100 %.",
            Field::Cause,
        ),
        (
            "We encountered a failure in the internal coordination system.",
            Field::Cause,
        ),
        (
            "After our director of engineering left the company, I took over operations.",
            Field::Cause,
        ),
        (
            "The only issue we recorded was the inadvertent removal of one image.",
            Field::Fact,
        ),
        (
            "Any flows that should have triggered during the outage will trigger on a delay.",
            Field::Fact,
        ),
        ("Not her fault", Field::Title),
    ] {
        assert!(
            !kinds(text, field)
                .iter()
                .any(|k| matches!(k, Kind::Blame | Kind::Hindsight)),
            "{text}"
        );
    }
    clean(
        "I re-registered the domain as quickly as I possibly could.",
        Field::Fact,
    );
    // Actions: a change of scale needs a target; a purpose is not the action.
    let scale = super::tests::run(
        "We're increasing the coverage of our synthetic tests.",
        Field::Action,
    );
    assert_eq!(scale.len(), 1);
    assert_eq!(scale[0].kind, Kind::VagueAction);
    assert!(
        scale[0].suggestion.starts_with("Say how far"),
        "{}",
        scale[0].suggestion
    );
    assert!(has_kind(
        "We need to improve our monitoring and alerting on critical systems.",
        Field::Action,
        Kind::VagueAction
    ));
    for action in [
        "We quickly added app servers to reduce the impact.",
        "We're increasing that coverage to include the kinds of cases we saw in these incidents.",
        "We have reduced the TCP keepalive so that the pooler closes dead connections within 30 s.",
        "We need to verify everyone's address before we ship.",
        "Add an extra approval step for price changes.",
        "Reduce the DNS TTL for the shop's domain.",
    ] {
        clean(action, Field::Action);
    }
    // "More" here is news, not a scale: the rules leave it. Filed as an action, the line
    // promises news but no change, and the vague-action model says so (the whole line, with
    // no word of it singled out).
    let news = "We'll let you know more about how we will issue refunds.";
    let ctx = crate::coach::Context { people: &[] };
    assert!(crate::coach::check_rules(news, Field::Action, &ctx).is_empty());
    let judged = super::tests::run(news, Field::Action);
    assert!(
        judged
            .iter()
            .all(|f| f.rule == "vague-action.no-outcome" && f.phrase == news),
        "{judged:?}"
    );
}

#[test]
fn a_person_who_shipped_something_faulty_is_blamed_in_any_field() {
    for (text, field) in [
        ("I deployed a buggy app refactor at 23:00.", Field::Fact),
        ("Our contractor pushed an untested migration.", Field::Fact),
        ("We shipped a bad config to production.", Field::Cause),
    ] {
        assert!(has_kind(text, field, Kind::Blame), "{text}");
    }
    for (text, field) in [
        ("We had a bad week for deliveries.", Field::Fact),
        ("The import wrote a bad price list.", Field::Fact),
        ("A buggy library version reached production.", Field::Cause),
    ] {
        assert!(!has_kind(text, field, Kind::Blame), "{text}");
    }
}

#[test]
fn forms_found_in_the_fifth_development_gathering() {
    for (text, field) in [
        (
            "I accept the criticism and take full responsibility.",
            Field::Fact,
        ),
        (
            "Once the fix was ready, nothing was done for another two hours.",
            Field::Cause,
        ),
        (
            "We were entrusted with their data and we let them down.",
            Field::Fact,
        ),
        (
            "A unit test may have highlighted this issue before deployment.",
            Field::Cause,
        ),
        ("That would have been smart.", Field::Cause),
        (
            "The URL was mistakenly checked in as a value.",
            Field::Cause,
        ),
        (
            "The change did not adequately consider empty samples.",
            Field::Cause,
        ),
    ] {
        assert!(
            kinds(text, field).iter().any(|k| matches!(
                k,
                Kind::Blame | Kind::ErrorLabel | Kind::Hindsight | Kind::Judgement
            )),
            "{text}"
        );
    }
    // Found as a label where nobody is named, not as the finder's slip.
    assert_eq!(
        kinds(
            "We identified an inadvertent error in a configuration change.",
            Field::Cause
        ),
        vec![Kind::ErrorLabel]
    );
    for (text, field) in [
        (
            "We should have alerting on config load failures.",
            Field::Action,
        ),
        (
            "We restarted several processes, which sent duplicate messages.",
            Field::Cause,
        ),
        (
            "We upgraded our code base to the supported packages.",
            Field::Cause,
        ),
        (
            "While monitoring clearly shows the failure, no alert caught it.",
            Field::Fact,
        ),
        (
            "Customers may have seen errors between 10:02 and 10:20.",
            Field::Cause,
        ),
    ] {
        assert!(
            !kinds(text, field)
                .iter()
                .any(|k| matches!(k, Kind::Blame | Kind::Hindsight | Kind::Condescension)),
            "{text}"
        );
    }
    assert!(has_kind(
        "Providing customers with greater control over updates.",
        Field::Action,
        Kind::VagueAction
    ));
}
