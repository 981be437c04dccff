//! Unit tests of the coach's blame family: people as the subject of a failure, possessives
//! and omissions, the names list, and the guards for systems and neutral verbs; error labels,
//! hindsight, judgement and condescension, with their guards.

#![allow(clippy::unwrap_used)]

use super::tests::*;
use super::*;

// ---- blame ----

#[test]
fn blame_names_a_person_as_subject_of_a_failure() {
    flags(
        "Dave forgot to switch the code to EST.",
        Field::Fact,
        "blame.subject-failure",
        "Dave forgot",
    );
    flags(
        "Marketing missed the launch window.",
        Field::Cause,
        "blame.subject-failure",
        "Marketing missed",
    );
    flags(
        "He didn't check the zone.",
        Field::Cause,
        "blame.subject-failure",
        "He didn't check",
    );
    flags(
        "@kim failed to rotate the key.",
        Field::Fact,
        "blame.subject-failure",
        "@kim failed to rotate",
    );
    flags(
        "The new guy messed up the DNS.",
        Field::Fact,
        "blame.subject-failure",
        "The new guy messed up",
    );
    flags(
        "The dev team screwed up.",
        Field::Why,
        "blame.subject-failure",
        "The dev team screwed up",
    );
    flags(
        "Sarah did not tell the warehouse.",
        Field::Fact,
        "blame.subject-failure",
        "Sarah did not tell",
    );
    flags(
        "They didn't read the notes.",
        Field::Cause,
        "blame.subject-failure",
        "They didn't read",
    );
    flags(
        "Someone forgot to renew it.",
        Field::Cause,
        "blame.subject-failure",
        "Someone forgot",
    );
    flags(
        "Dave simply forgot.",
        Field::Cause,
        "blame.subject-failure",
        "Dave simply forgot",
    );
    flags(
        "Ops dropped the ball.",
        Field::Cause,
        "blame.subject-failure",
        "Ops dropped the ball",
    );
    flags(
        "Jo misconfigured the proxy.",
        Field::Cause,
        "blame.subject-failure",
        "Jo misconfigured",
    );
    // In every field, the title included.
    flags(
        "How Dave broke checkout",
        Field::Title,
        "blame.subject-failure",
        "Dave broke",
    );
    flags(
        "Dave forgot the key.",
        Field::Action,
        "blame.subject-failure",
        "Dave forgot",
    );
}

#[test]
fn blame_follows_coordination_and_relative_clauses() {
    // The verb is far from its subject: only the verb is marked, so "negligent" stays visible.
    let found = run(
        "The engineer was negligent and skipped the backup.",
        Field::Cause,
    );
    let got: Vec<(&str, &str)> = found.iter().map(|f| (f.rule, f.phrase.as_str())).collect();
    assert_eq!(
        got,
        [
            ("label.trait", "negligent"),
            ("blame.subject-failure", "skipped")
        ]
    );
    flags(
        "The developer who wrote the migration forgot the archive.",
        Field::Why,
        "blame.subject-failure",
        "forgot",
    );
}

#[test]
fn blame_by_possessive_and_omission() {
    flags(
        "The alert was ignored by the night shift.",
        Field::Cause,
        "blame.by-person",
        "ignored by the night shift",
    );
    flags(
        "It was Mark's mistake.",
        Field::Cause,
        "blame.possessive-fault",
        "Mark's mistake",
    );
    flags(
        "It was their fault.",
        Field::Cause,
        "blame.possessive-fault",
        "their fault",
    );
    flags(
        "Kevin pushed the config without running the tests.",
        Field::Fact,
        "blame.subject-failure",
        "Kevin pushed the config without running",
    );
    // A verdict verb keeps its own finding; the blame starts at "by".
    let k = kinds("It was mishandled by the on-call engineer.", Field::Cause);
    assert_eq!(k, [Kind::Judgement, Kind::Blame]);
}

#[test]
fn blame_uses_the_names_list() {
    // "Will" is a name only when the list says so; lower-case "will" stays a modal.
    let found = run_with("Will forgot the flag.", Field::Cause, &["Will Smith"]);
    assert_eq!(found[0].phrase, "Will forgot");
    let found = run_with("dave broke the build.", Field::Cause, &["Dave"]);
    assert_eq!(found[0].phrase, "dave broke");
    // A known name ending in s is still a person; an unknown one may be a product.
    assert_eq!(
        run_with("Jenkins skipped the stage.", Field::Cause, &["Jenkins"]).len(),
        1
    );
    clean("Jenkins skipped the stage.", Field::Cause);
    assert!(run_with("the job will fail to start", Field::Cause, &["Will"]).is_empty());
}

#[test]
fn blame_guards_against_systems_and_neutral_verbs() {
    // Systems fail too.
    clean("The cron job missed its 02:00 run.", Field::Fact);
    clean("The load balancer ignored the timeout.", Field::Fact);
    clean("The webhook didn't fire.", Field::Fact);
    clean("Checkout broke after the deploy.", Field::Cause);
    clean("Monitoring missed the spike.", Field::Cause);
    clean("Stripe failed to respond within 30 s.", Field::Fact);
    clean("Safari 17 broke the sticky header.", Field::Cause);
    // "they" may be things: only human acts make it blame.
    clean("They didn't load in time.", Field::Cause);
    // What a person lacked is a fact about the system.
    clean(
        "Support didn't have access to the promo tool.",
        Field::Cause,
    );
    clean("The on-call engineer did not get paged.", Field::Cause);
    // Naming people doing their job is fine.
    clean("Dave rolled back release 4.18.2 at 14:10.", Field::Fact);
    clean(
        "The marketing team sent the newsletter at 09:00.",
        Field::Fact,
    );
    clean(
        "Dave's script was the only way to rebuild the index.",
        Field::Cause,
    );
    clean("Stripe's error rate rose to 4 %.", Field::Fact);
    // What the team knows today is not a failure.
    clean(
        "We do not yet understand why the switch failed.",
        Field::Cause,
    );
    clean(
        "The tax service might time out; we have not tested above 200 requests per second.",
        Field::Cause,
    );
}

// ---- labels, hindsight, judgement, condescension ----

#[test]
fn owning_the_failure_is_blame_a_duty_is_not() {
    flags(
        "I'm responsible.",
        Field::Fact,
        "blame.framing",
        "I'm responsible",
    );
    flags(
        "I want to be clear that we're fully responsible.",
        Field::Fact,
        "blame.framing",
        "we're fully responsible",
    );
    flags(
        "We were responsible for the shutdown of the website.",
        Field::Fact,
        "blame.framing",
        "We were responsible",
    );
    flags(
        "Regardless of how it happened, the responsibility is ours.",
        Field::Cause,
        "blame.framing",
        "responsibility is ours",
    );
    flags(
        "As chair, I bear responsibility for any of the failures.",
        Field::Cause,
        "blame.framing",
        "bear responsibility",
    );
    // A duty or a component's job, not a failure owned.
    clean("We are responsible for billing in Europe.", Field::Fact);
    clean(
        "The team responsible for the router was paged.",
        Field::Fact,
    );
    clean(
        "The proxy is responsible for routing traffic.",
        Field::Cause,
    );
}

#[test]
fn a_company_failing_a_duty_is_blamed_a_system_is_not() {
    flags(
        "TalkTalk failed to comply with the data protection rules.",
        Field::Cause,
        "blame.subject-failure",
        "TalkTalk failed to comply",
    );
    flags(
        "TSB did not take necessary steps to assess the supplier.",
        Field::Cause,
        "blame.subject-failure",
        "TSB did not take",
    );
    flags(
        "The CFPB found Navy Federal failed to disclose cutoff times.",
        Field::Cause,
        "blame.subject-failure",
        "Navy Federal failed to disclose",
    );
    // Councils, departments and boards are people's bodies, named with "the".
    flags(
        "The Council failed to provide suitable accommodation.",
        Field::Cause,
        "blame.subject-failure",
        "The Council failed to provide",
    );
    clean("Kubernetes did not take the new config.", Field::Cause);
    // A person's word naming whose software, and a person announcing the repair.
    clean(
        "This outage was caused by a vendor software issue.",
        Field::Cause,
    );
    clean(
        "The ICT Manager announced that the problem had since been resolved.",
        Field::Cause,
    );
    clean(
        "PagerDuty failed to notify the on-call engineer.",
        Field::Fact,
    );
    clean("The API failed to respond for ten minutes.", Field::Fact);
}

#[test]
fn error_labels() {
    flags(
        "Human error during the update.",
        Field::Cause,
        "label.human-error",
        "Human error",
    );
    flags(
        "Jake fat-fingered the price.",
        Field::Fact,
        "label.human-error",
        "fat-fingered",
    );
    flags(
        "Careless configuration.",
        Field::Why,
        "label.trait",
        "Careless",
    );
    flags(
        "Sloppy testing let it through.",
        Field::Cause,
        "label.trait",
        "Sloppy",
    );
    // Lazy loading is a technique.
    clean("Lazy loading of images was disabled.", Field::Fact);
}

#[test]
fn hindsight_forms() {
    flags(
        "The team should have tested it.",
        Field::Cause,
        "hindsight.should-have",
        "should have",
    );
    flags(
        "Someone should've noticed.",
        Field::Why,
        "hindsight.should-have",
        "should've",
    );
    flags(
        "Support shouldn't have promised it.",
        Field::Why,
        "hindsight.should-have",
        "shouldn't have",
    );
    flags(
        "He shouldn’t’ve merged it.",
        Field::Cause,
        "hindsight.should-have",
        "shouldn’t’ve",
    );
    flags(
        "We could have caught it.",
        Field::Cause,
        "hindsight.could-have",
        "could have caught",
    );
    flags(
        "A load test would have shown it.",
        Field::Cause,
        "hindsight.could-have",
        "would have shown",
    );
    flags(
        "If only we had checked.",
        Field::Cause,
        "hindsight.if-only",
        "If only",
    );
    flags(
        "Had they just looked, it would be fine.",
        Field::Fact,
        "hindsight.if-only",
        "Had they just",
    );
    flags(
        "If the team had read the alert, fine.",
        Field::Cause,
        "hindsight.if-only",
        "If the team had read",
    );
    flags(
        "In hindsight, it was risky.",
        Field::Cause,
        "hindsight.framing",
        "In hindsight",
    );
    // Also in actions: "should have" + participle.
    flags(
        "The manager should have blocked it.",
        Field::Action,
        "hindsight.should-have",
        "should have",
    );
}

#[test]
fn hindsight_guards() {
    // Possession and recommendations.
    clean(
        "The launch checklist should require a screenshot of each schedule.",
        Field::Action,
    );
    clean(
        "The promo tool should have a confirmation prompt.",
        Field::Cause,
    );
    // An estimate, not a verdict.
    clean("The outage could have affected 3,000 users.", Field::Cause);
    // Hypotheses are what causes are for.
    clean(
        "The queue workers might have run out of memory.",
        Field::Why,
    );
}

#[test]
fn judgement_and_condescension() {
    flags(
        "The rollout was mismanaged.",
        Field::Cause,
        "judgement.verdict",
        "mismanaged",
    );
    flags(
        "It was a poor decision.",
        Field::Cause,
        "judgement.verdict",
        "poor decision",
    );
    flags(
        "Our external communication was not up to our own standards.",
        Field::Cause,
        "judgement.verdict",
        "not up to our own standards",
    );
    flags(
        "The implementation of this endpoint was suboptimal.",
        Field::Why,
        "judgement.verdict",
        "suboptimal",
    );
    flags(
        "This resulted in a less than ideal checkout.",
        Field::Fact,
        "judgement.verdict",
        "less than ideal",
    );
    flags(
        "The plan was poorly thought out.",
        Field::Why,
        "judgement.verdict",
        "poorly thought out",
    );
    flags(
        "Obviously the cache was stale.",
        Field::Cause,
        "condescension.obvious",
        "Obviously",
    );
    flags(
        "Clearly nobody read it.",
        Field::Why,
        "condescension.obvious",
        "Clearly",
    );
    flags(
        "Everyone knows that.",
        Field::Cause,
        "condescension.obvious",
        "Everyone knows",
    );
    flags(
        "Any developer would know that.",
        Field::Cause,
        "condescension.obvious",
        "Any developer would know",
    );
    flags(
        "It was obvious that it expired.",
        Field::Cause,
        "condescension.obvious",
        "It was obvious",
    );
    flags(
        "He simply had to click Resume.",
        Field::Fact,
        "condescension.minimising",
        "simply had to",
    );
    flags(
        "All they had to do was just check.",
        Field::Cause,
        "condescension.minimising",
        "just check",
    );
}

#[test]
fn condescension_guards() {
    clean(
        "Orders were picked just-in-time from the second warehouse.",
        Field::Fact,
    );
    clean("The status page was updated just now.", Field::Fact);
    clean("We had just deployed 4.2 when it started.", Field::Cause);
    // The writers telling their own acts.
    clean("Around 17:55 I just restarted mongod.", Field::Fact);
    clean("We'll just wait for the review to finish.", Field::Fact);
    clean("Clearly labelled time zones were missing.", Field::Cause);
    clean("Show the time zone clearly.", Field::Action);
    clean(
        "Clearly mark the time zone next to each scheduled time.",
        Field::Action,
    );
}

#[test]
fn taking_a_service_down_on_purpose_is_not_harm() {
    clean(
        "In order to reduce the load and protect other services, we took Mail offline.",
        Field::Fact,
    );
    clean(
        "We brought down the entire system for maintenance at 02:00.",
        Field::Fact,
    );
    flags(
        "We took the store down for an hour on Friday.",
        Field::Cause,
        "blame.harm",
        "We took the store down",
    );
}

// Regression: "No step made sure someone would renew the domain because he was on holiday"
// was offered as a one-click fix: the person was still the cause, and "he" stood for nobody.
#[test]
fn no_rewrite_takes_a_person_out_and_leaves_their_pronoun_behind() {
    let ctx = Context { people: &[] };
    let rewrite = |text: &str| {
        check(text, Field::Cause, &ctx)
            .into_iter()
            .find(|f| f.kind == Kind::Blame)
            .map(|f| f.rewrite.and_then(|r| r.apply(text)))
    };
    for text in [
        "The contractor forgot to renew the domain because he was on holiday.",
        "Priya forgot to update the price file before her shift ended.",
        "I forgot to renew the domain because I was on holiday.",
    ] {
        assert_eq!(rewrite(text), Some(None), "{text}");
    }
    // With no pronoun of the person left behind, the fix is still offered: a pronoun in
    // the next sentence is not this sentence's, "they" and "our" stand as often for things
    // and the company, and "she" after "I" is someone else.
    for text in [
        "Dave forgot to update the price file.",
        "Dave forgot to update the price file. He has since added a check.",
        "We forgot to renew the domain, so our site went down.",
        "Someone forgot to drain the peers, so traffic was still routed through them.",
        "I forgot to call the customer back before she left.",
    ] {
        assert!(
            rewrite(text).is_some_and(|r| r.is_some_and(|after| after.starts_with("No step"))),
            "{text}: {:?}",
            rewrite(text)
        );
    }
}
