//! The coach on forms met when the forty-fourth to forty-ninth held-out gatherings were
//! opened for development (1 Dec): counterfactuals with an adverb or a verb of repair
//! ("would have drastically shortened", "would have fixed"), verdicts on care ("weren't
//! thorough enough", "cut corners"), faults called small oversights, and a change with its
//! author after a phrase of place ("a change made to our account by an engineer"); and,
//! from the fiftieth to fifty-second (opened the same day), adverbs of manner between a
//! person and their act, beliefs, repairs and praise that are no blame, and what customers
//! "would have seen" as the impact. Sentences are written for these tests; the figures are
//! in `tests/coach_real.rs`.

use super::tests::{clean, kinds};
use super::{Field, Kind};

fn has(text: &str, field: Field, kind: Kind) -> bool {
    kinds(text, field).contains(&kind)
}

#[test]
fn counterfactuals_of_repair_are_hindsight() {
    for text in [
        "An earlier page would have drastically shortened the outage.",
        "A manual restart before the cut-over would have fixed this in time.",
        "Better alerting would have been critical in spotting the backlog.",
        "A second reviewer could have helped here.",
        "Escalating during business hours would have significantly limited the impact.",
    ] {
        assert!(
            has(text, Field::Cause, Kind::Hindsight),
            "{text}: {:?}",
            kinds(text, Field::Cause)
        );
    }
    // An estimate of what a safeguard saved, a wish, and people who would have been charged.
    for (text, field) in [
        (
            "Without the replica, the outage would have lasted hours longer.",
            Field::Fact,
        ),
        (
            "Customers who would have been charged twice were refunded.",
            Field::Fact,
        ),
        ("The fix took longer than we would have liked.", Field::Fact),
    ] {
        assert!(
            !has(text, field, Kind::Hindsight),
            "{text}: {:?}",
            kinds(text, field)
        );
    }
}

#[test]
fn verdicts_on_care_and_shortcuts_are_judgements() {
    for text in [
        "We just weren't thorough enough.",
        "The team was not careful enough with the export.",
        "In the rush we cut a few corners.",
        "Cutting corners on the load test left the checkout untested.",
        "The cluster was not resilient enough.",
        "Our process wasn't robust enough.",
    ] {
        assert!(
            has(text, Field::Cause, Kind::Judgement),
            "{text}: {:?}",
            kinds(text, Field::Cause)
        );
    }
    // Praise, a length and an action's bar are no verdicts.
    for (text, field) in [
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
    ] {
        assert!(
            !has(text, field, Kind::Judgement),
            "{text}: {:?}",
            kinds(text, field)
        );
    }
}

#[test]
fn small_oversights_and_personal_responsibility_are_labels() {
    let blame_family = |text: &str, field| {
        kinds(text, field).iter().any(|k| {
            matches!(
                k,
                Kind::Blame | Kind::ErrorLabel | Kind::Judgement | Kind::Hindsight
            )
        })
    };
    for (text, field) in [
        (
            "This was the result of a small oversight in our deploy tooling.",
            Field::Cause,
        ),
        ("It was a minor oversight in the renewal job.", Field::Cause),
        (
            "I feel personally responsible for the disruption to your business.",
            Field::Fact,
        ),
    ] {
        assert!(
            blame_family(text, field),
            "{text}: {:?}",
            kinds(text, field)
        );
    }
    // Oversight as supervision is a missing check, said plainly.
    clean(
        "Add board oversight of exam printing from next term.",
        Field::Action,
    );
}

#[test]
fn a_change_with_its_author_after_a_phrase_of_place_is_blame() {
    for text in [
        "The root cause was a change made to our cloud account by an engineer that brought down the web servers.",
        "The rule was changed in production by someone from marketing.",
    ] {
        assert!(
            has(text, Field::Cause, Kind::Blame),
            "{text}: {:?}",
            kinds(text, Field::Cause)
        );
    }
    // The repair, with its author, is no blame.
    assert!(!has(
        "The fix was deployed to production by the on-call engineer.",
        Field::Cause,
        Kind::Blame
    ));
}

#[test]
fn a_person_with_an_adverb_before_the_act_is_still_its_subject() {
    for text in [
        "The contractor manually deleted the production bucket.",
        "One of our developers manually edited the migration to change the schema.",
        "The upstream supplier had begun routing traffic through new addresses without notifying us.",
        "Another vendor had exposed our API key in a public repository.",
        "Neither did we bother to add a validation step.",
        "In previous years we were pretty lax about enforcing the limit.",
    ] {
        assert!(
            kinds(text, Field::Cause)
                .iter()
                .any(|k| matches!(k, Kind::Blame | Kind::Judgement)),
            "{text}: {:?}",
            kinds(text, Field::Cause)
        );
    }
    // The response, an adverb and all, is no blame; nor is a supply.
    for text in [
        "The on-call engineer quickly restarted the cluster.",
        "Our supplier normally ships the labels by Friday.",
    ] {
        assert!(
            !has(text, Field::Cause, Kind::Blame),
            "{text}: {:?}",
            kinds(text, Field::Cause)
        );
    }
}

#[test]
fn beliefs_repairs_praise_and_plans_are_not_verdicts() {
    for (text, field) in [
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
            "Since the records are imported automatically, the switch back should have been quite smooth.",
            Field::Cause,
        ),
        (
            "Our terms state that any offer to purchase made by you may be refused.",
            Field::Fact,
        ),
    ] {
        assert!(
            !kinds(text, field)
                .iter()
                .any(|k| matches!(k, Kind::Blame | Kind::Hindsight)),
            "{text}: {:?}",
            kinds(text, field)
        );
    }
    // Still blame: a person's act with harm, and the plan that a person broke.
    assert!(has(
        "Our engineer made changes to the firewall that blocked checkout.",
        Field::Cause,
        Kind::Blame
    ));
}

#[test]
fn what_customers_would_have_seen_is_the_impact() {
    for text in [
        "During this period, users would have seen an error page.",
        "Customers would have received HTTP 526 errors from the console.",
        "Some members would have experienced trouble signing in.",
    ] {
        assert!(
            !has(text, Field::Fact, Kind::Hindsight),
            "{text}: {:?}",
            kinds(text, Field::Fact)
        );
    }
    // What someone could have caught is still hindsight.
    assert!(has(
        "Our reviewers would have caught the typo with a second look.",
        Field::Cause,
        Kind::Hindsight
    ));
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
    assert!(has(
        "Put the engineer on a performance improvement plan.",
        Field::Action,
        Kind::PersonFix
    ));
    assert!(has(
        "Put him on an improvement plan.",
        Field::Action,
        Kind::PersonFix
    ));
}

#[test]
fn faults_on_our_part_plural_labels_and_hyphenated_hindsight() {
    for (text, field) in [
        (
            "This incident was triggered by a misconfiguration error on our part.",
            Field::Cause,
        ),
        ("It was a mistake on my part.", Field::Cause),
        (
            "This issue is not a software bug, purely operational errors.",
            Field::Cause,
        ),
        (
            "In hind-sight the first of several mistakes that day.",
            Field::Cause,
        ),
        (
            "Those improvements would have indeed prevented this interruption.",
            Field::Cause,
        ),
    ] {
        assert!(
            kinds(text, field)
                .iter()
                .any(|k| matches!(k, Kind::Blame | Kind::ErrorLabel | Kind::Hindsight)),
            "{text}: {:?}",
            kinds(text, field)
        );
    }
    // No improvement asked of anyone.
    clean(
        "Our systems alerted us quickly, and there are no areas requiring improvement on our part.",
        Field::Fact,
    );
}
