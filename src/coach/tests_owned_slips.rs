//! The coach on blame and verdicts met in the ninth to eighteenth development gatherings
//! (30 Nov): self-blame said as an apology or without a failure verb, plans judged in
//! hindsight, partners' acts against their service's failures, and what is not blame (the
//! reader, a title's capitals, denials, options declined). Sentences are written for these tests; the figures are in
//! `tests/coach_real.rs`.

use super::tests::{clean, finds, flagged_as, kinds};
use super::{Field, Kind};

#[test]
fn self_blame_in_an_apology_and_verdicts_with_an_intensifier() {
    flagged_as(
        &[
            ("We are sorry for allowing this to happen.", Field::Fact),
            ("We've fallen very short here.", Field::Fact),
            (
                "We owe you an apology for not refunding you sooner.",
                Field::Fact,
            ),
            (
                "For our failure to answer your emails we are sorry.",
                Field::Fact,
            ),
            ("This was a failure in execution.", Field::Cause),
            (
                "We should have more actively chased the courier for the tracking numbers.",
                Field::Cause,
            ),
        ],
        &[Kind::Blame, Kind::Judgement, Kind::Hindsight],
    );
    // "more" before a noun is still something to have: "We should have more alerts".
    clean(
        "The checklist should have more steps for the sale.",
        Field::Cause,
    );
}

#[test]
fn work_that_took_longer_than_planned_is_judged_in_a_cause_only() {
    for text in [
        "The warehouse migration has taken longer than we had anticipated.",
        "It took far longer than expected to find the faulty price file.",
    ] {
        assert!(
            finds(text, Field::Cause, Kind::Judgement),
            "{text}: {:?}",
            kinds(text, Field::Cause)
        );
    }
    // In a fact it reports a delay; a system's behaviour and a measure are not verdicts.
    clean("The export took longer than expected.", Field::Fact);
    clean(
        "A large campaign would take longer than expected to process.",
        Field::Cause,
    );
    clean("Requests took longer than 30 seconds.", Field::Cause);
}

#[test]
fn we_failed_is_a_verdict_on_ourselves() {
    for text in [
        "We failed.",
        "We have failed at our commitment to customers.",
        "Simply put, we failed on our promise of next-day delivery.",
        "We have utterly failed the customers who trusted us.",
    ] {
        assert!(
            finds(text, Field::Fact, Kind::Judgement),
            "{text}: {:?}",
            kinds(text, Field::Fact)
        );
    }
    for text in [
        "The deploy failed at 10:02.",
        "When we failed over to the replica at 10:04, checkout recovered.",
    ] {
        clean(text, Field::Fact);
    }
    // A modal makes it a hypothesis, not a verdict (its "would have" is hindsight's).
    let text = "Without the replica we would have failed.";
    assert!(!finds(text, Field::Fact, Kind::Judgement), "{text}");
}

#[test]
fn slips_named_as_oversights_and_apologies_for_letting_people_down() {
    for (text, field) in [
        (
            "An oversight in the importer meant the old prices stayed live.",
            Field::Cause,
        ),
        (
            "There were process, planning and human errors.",
            Field::Cause,
        ),
        (
            "I am deeply sorry for letting you down last week.",
            Field::Fact,
        ),
        (
            "Our team made many mistakes in the product pages.",
            Field::Cause,
        ),
        (
            "Our team for the shop made several mistakes in the product pages.",
            Field::Cause,
        ),
    ] {
        let found = kinds(text, field);
        assert!(
            found
                .iter()
                .any(|k| matches!(k, Kind::Blame | Kind::ErrorLabel | Kind::Judgement)),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn a_provider_is_a_partner_whose_acts_can_be_blamed() {
    for text in [
        "The outage was caused by a third-party provider during a configuration change.",
        "Our upstream provider took the data centre down and did not bring it back smoothly.",
    ] {
        assert!(
            finds(text, Field::Cause, Kind::Blame),
            "{text}: {:?}",
            kinds(text, Field::Cause)
        );
    }
    // Its service failing is not an act of anyone's.
    clean(
        "Our payment provider returned errors from 09:00 to 09:40.",
        Field::Cause,
    );
}

#[test]
fn readers_titles_denials_and_ownership_are_not_blame() {
    for (text, field) in [
        (
            "In case you have not noticed, the shop is down.",
            Field::Fact,
        ),
        (
            "Post-Mortem: High Missed Payment Rate on 28/11/2024",
            Field::Title,
        ),
        (
            "The site crashed, but our team did not give up.",
            Field::Fact,
        ),
        (
            "The server's provider does not restart servers when they go offline.",
            Field::Why,
        ),
        ("The servers are not owned by our team.", Field::Cause),
    ] {
        let found = kinds(text, field);
        assert!(!found.contains(&Kind::Blame), "{text}: {found:?}");
    }
    for (text, field) in [
        ("How We Broke Our Store for a Week", Field::Title),
        (
            "The provider did not restart the server after the maintenance.",
            Field::Cause,
        ),
        (
            "The backup was not checked by the on-call engineer.",
            Field::Cause,
        ),
    ] {
        assert!(
            finds(text, field, Kind::Blame),
            "{text}: {:?}",
            kinds(text, field)
        );
    }
}

#[test]
fn owned_mistakes_and_unbounded_efforts() {
    for text in [
        "On December 9th we made some significant mistakes.",
        "I made a huge personal mistake when I restarted the database.",
    ] {
        assert!(
            finds(text, Field::Cause, Kind::Blame),
            "{text}: {:?}",
            kinds(text, Field::Cause)
        );
    }
    clean(
        "The importer made 3 retries before it stopped at 09:12.",
        Field::Cause,
    );
    for text in [
        "I have tasked our senior executives to spare no effort in resolving this.",
        "We are conducting a comprehensive assessment of our monitoring.",
        "Augmenting our unit testing of the checkout.",
        "We will maintain heightened vigilance.",
    ] {
        assert!(
            finds(text, Field::Action, Kind::VagueAction),
            "{text}: {:?}",
            kinds(text, Field::Action)
        );
    }
}

#[test]
fn options_declined_and_things_had_are_not_hindsight() {
    for text in [
        "There was nothing we could have done but wait for the power to return.",
        "We could have simply blocked the emails, but we paused billing to investigate.",
        "We brought in two engineers so that we could have several fixes running at once.",
        "The bank cannot draw the fee, so I would have to pay by hand.",
    ] {
        let found = kinds(text, Field::Cause);
        assert!(!found.contains(&Kind::Hindsight), "{text}: {found:?}");
    }
    assert!(finds(
        "We could have caught the wrong price with a review.",
        Field::Cause,
        Kind::Hindsight
    ));
}

/// Written before the sixth stop's rules: admissions after their noun, "at fault", a
/// partner's act given as the cause, and verdicts without "should".
#[test]
fn admissions_faults_and_partners_acts_are_blame() {
    for text in [
        "We did make a mistake by not asking the regulator earlier.",
        "I realised the error I had made when the page went blank.",
        "The mistakes we made in the launch plan added up.",
        "The employee at fault was moved to another team.",
        "The agency was at fault.",
        "Our hosting provider caused a major outage in the shop.",
        "Our domain provider Namely triggered the email outage.",
    ] {
        let found = kinds(text, Field::Cause);
        assert!(
            found.iter().any(|k| matches!(k, Kind::Blame)),
            "{text}: {found:?}"
        );
    }
    // The frame refused, the errors a script made, and a partner's service failing.
    for text in [
        "No one was at fault: the form accepted any date.",
        "We were not at fault here, the bank's API was down.",
        "The errors made by the import script were logged.",
        "Our payment provider returned errors for 20 minutes.",
    ] {
        clean(text, Field::Cause);
    }
}

#[test]
fn verdicts_without_should_are_judgement_or_hindsight() {
    flagged_as(
        &[
            ("Resolving the issue took longer than ideal.", Field::Fact),
            ("Our status page communication was poor.", Field::Cause),
            (
                "The staging data was not an adequate test of the migration.",
                Field::Cause,
            ),
            (
                "The support team was unprepared for the sale.",
                Field::Cause,
            ),
            (
                "The migration could have been done differently.",
                Field::Cause,
            ),
            ("The rollback could have been faster.", Field::Fact),
        ],
        &[Kind::Judgement, Kind::Hindsight],
    );
    clean(
        "The retry limit is adequate for the nightly job.",
        Field::Cause,
    );
}

/// Written before the sixth stop's third round: verdicts on preparation, oversight and
/// results, and a change that "shouldn't have made it" out.
#[test]
fn verdicts_on_preparation_oversight_and_results() {
    flagged_as(
        &[
            ("In the end those efforts fell well short.", Field::Cause),
            (
                "There were errors of judgement and wrong decisions.",
                Field::Cause,
            ),
            (
                "The shop was not properly prepared for the sale.",
                Field::Cause,
            ),
            (
                "There was not enough oversight of the launch.",
                Field::Cause,
            ),
            ("The disruption was avoidable.", Field::Cause),
            ("We regret not testing the code in staging.", Field::Cause),
            (
                "This change shouldn't have made it to production.",
                Field::Cause,
            ),
        ],
        &[Kind::Judgement, Kind::Hindsight],
    );
    // A resource that fell short of a need, told as a measure, is no verdict.
    clean(
        "The disk space was not sufficient for the backup.",
        Field::Cause,
    );
    assert!(kinds("Keep a close eye on the queue.", Field::Action).contains(&Kind::VagueAction));
}

// Found on a fresh gathering: "(3) Unfortunately, once …" lost its capital when the word
// after a list's marker was taken out.
#[test]
fn a_removal_after_a_list_marker_keeps_the_capital() {
    let ctx = super::Context { people: &[] };
    for (text, want) in [
        (
            "(3) Unfortunately, the sale started late.",
            "(3) The sale started late.",
        ),
        (
            "2. Unfortunately, the sale started late.",
            "2. The sale started late.",
        ),
        (
            "- Obviously, the cache needed a purge.",
            "- The cache needed a purge.",
        ),
    ] {
        let applied = super::check(text, Field::Fact, &ctx)
            .into_iter()
            .find_map(|f| f.rewrite.and_then(|r| r.apply(text)));
        assert_eq!(applied.as_deref(), Some(want), "{text}");
    }
}
