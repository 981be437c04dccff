//! The coach on forms met when the forty-fourth to fifty-fifth held-out gatherings were
//! opened for development (1 Dec, in three rounds): counterfactuals with an adverb or a verb
//! of repair ("would have drastically shortened", "would have fixed"), verdicts on care
//! ("weren't thorough enough", "cut corners"), faults called small oversights or "on our
//! part", a change with its author after a phrase of place, adverbs of manner between a
//! person and their act; and what is none of these: beliefs, repairs and praise, what
//! customers "would have seen", and an action's guard against slips. Sentences are written
//! for these tests; the figures are in `tests/coach_real.rs`.

use super::tests::{clean, flagged_as, not_flagged_as};
use super::{Field, Kind};

const VERDICTS: &[Kind] = &[
    Kind::Blame,
    Kind::ErrorLabel,
    Kind::Hindsight,
    Kind::Judgement,
];

#[test]
fn counterfactuals_of_repair_are_hindsight() {
    flagged_as(
        &[
            (
                "An earlier page would have drastically shortened the outage.",
                Field::Cause,
            ),
            (
                "A manual restart before the cut-over would have fixed this in time.",
                Field::Cause,
            ),
            (
                "Better alerting would have been critical in spotting the backlog.",
                Field::Cause,
            ),
            ("A second reviewer could have helped here.", Field::Cause),
            (
                "Escalating during business hours would have significantly limited the impact.",
                Field::Cause,
            ),
            (
                "Those improvements would have indeed prevented this interruption.",
                Field::Cause,
            ),
            (
                "Our reviewers would have caught the typo with a second look.",
                Field::Cause,
            ),
            (
                "In hind-sight the first of several mistakes that day.",
                Field::Cause,
            ),
        ],
        &[Kind::Hindsight],
    );
    // An estimate of what a safeguard saved, people who would have been charged, a wish, a
    // plan's expectation, and what customers met: the impact.
    not_flagged_as(
        &[
            (
                "Without the replica, the outage would have lasted hours longer.",
                Field::Fact,
            ),
            (
                "Customers who would have been charged twice were refunded.",
                Field::Fact,
            ),
            ("The fix took longer than we would have liked.", Field::Fact),
            (
                "Since the records are imported automatically, the switch back should have been quite smooth.",
                Field::Cause,
            ),
            (
                "During this period, users would have seen an error page.",
                Field::Fact,
            ),
            (
                "Customers would have received HTTP 526 errors from the console.",
                Field::Fact,
            ),
            (
                "Some members would have experienced trouble signing in.",
                Field::Fact,
            ),
        ],
        &[Kind::Hindsight],
    );
}

#[test]
fn verdicts_on_care_and_shortcuts_are_judgements() {
    flagged_as(
        &[
            ("We just weren't thorough enough.", Field::Cause),
            (
                "The team was not careful enough with the export.",
                Field::Cause,
            ),
            ("In the rush we cut a few corners.", Field::Cause),
            (
                "Cutting corners on the load test left the checkout untested.",
                Field::Cause,
            ),
            ("The cluster was not resilient enough.", Field::Cause),
            ("Our process wasn't robust enough.", Field::Cause),
            (
                "In previous years we were pretty lax about enforcing the limit.",
                Field::Cause,
            ),
        ],
        &[Kind::Judgement],
    );
    // Praise, a length and an action's bar are no verdicts.
    not_flagged_as(
        &[
            (
                "The review was thorough enough to find the second bug.",
                Field::Cause,
            ),
            (
                "The cable was not long enough to reach the rack.",
                Field::Cause,
            ),
            (
                "Make the load test thorough enough to cover checkout.",
                Field::Action,
            ),
        ],
        &[Kind::Judgement],
    );
}

#[test]
fn faults_owned_or_labelled_are_verdicts() {
    flagged_as(
        &[
            (
                "This was the result of a small oversight in our deploy tooling.",
                Field::Cause,
            ),
            ("It was a minor oversight in the renewal job.", Field::Cause),
            (
                "I feel personally responsible for the disruption to your business.",
                Field::Fact,
            ),
            (
                "This incident was triggered by a misconfiguration error on our part.",
                Field::Cause,
            ),
            ("It was a mistake on my part.", Field::Cause),
            (
                "This issue is not a software bug, purely operational errors.",
                Field::Cause,
            ),
        ],
        VERDICTS,
    );
    // Oversight as supervision is a check, said plainly; so is no improvement asked of
    // anyone.
    clean(
        "Add board oversight of exam printing from next term.",
        Field::Action,
    );
    clean(
        "Our systems alerted us quickly, and there are no areas requiring improvement on our part.",
        Field::Fact,
    );
}

#[test]
fn a_person_and_their_act_are_found_past_phrases_and_adverbs() {
    flagged_as(
        &[
            (
                "The root cause was a change made to our cloud account by an engineer that brought down the web servers.",
                Field::Cause,
            ),
            (
                "The rule was changed in production by someone from marketing.",
                Field::Cause,
            ),
            (
                "The contractor manually deleted the production bucket.",
                Field::Cause,
            ),
            (
                "One of our developers manually edited the migration to change the schema.",
                Field::Cause,
            ),
            (
                "The upstream supplier had begun routing traffic through new addresses without notifying us.",
                Field::Cause,
            ),
            (
                "Another vendor had exposed our API key in a public repository.",
                Field::Cause,
            ),
            ("Neither did we bother to add a validation step.", Field::Cause),
            (
                "Our engineer made changes to the firewall that blocked checkout.",
                Field::Cause,
            ),
        ],
        &[Kind::Blame],
    );
    // The repair with its author, the response with an adverb, a supply, a team's belief, a
    // company's change made to address a problem, praise of a team, and terms addressed to
    // the reader.
    not_flagged_as(
        &[
            (
                "The fix was deployed to production by the on-call engineer.",
                Field::Cause,
            ),
            (
                "The on-call engineer quickly restarted the cluster.",
                Field::Cause,
            ),
            (
                "Our supplier normally ships the labels by Friday.",
                Field::Cause,
            ),
            (
                "Our engineering team believed the release was ready.",
                Field::Cause,
            ),
            (
                "Acme made changes to its system to address a failing integration.",
                Field::Cause,
            ),
            (
                "Although it was a great team, nobody owned the launch checklist.",
                Field::Cause,
            ),
            (
                "Our terms state that any offer to purchase made by you may be refused.",
                Field::Fact,
            ),
        ],
        &[Kind::Blame, Kind::Hindsight],
    );
}

#[test]
fn an_action_guarding_against_slips_labels_no_one() {
    for text in [
        "Introduce controls for disposal so that no ballot material is inadvertently lost.",
        "Separate the production instance to remove the risk of accidental deletion.",
        "As part of our infrastructure improvement plan, we are adding a fallback storage cluster.",
    ] {
        clean(text, Field::Action);
    }
    // A person put on a plan is still a person fixed.
    flagged_as(
        &[
            (
                "Put the engineer on a performance improvement plan.",
                Field::Action,
            ),
            ("Put him on an improvement plan.", Field::Action),
        ],
        &[Kind::PersonFix],
    );
}
