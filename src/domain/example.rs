//! The framework's worked example (the Black-Friday launch), offered to first-time users.

use chrono::{DateTime, NaiveDate, Utc};

use super::{ActionStatus, ItemId, Postmortem, PostmortemId, Step};

fn fact(pm: &mut Postmortem, (day, hour, minute): (u32, u32, u32), text: &str) -> ItemId {
    let id = pm.add_fact(text);
    let when = NaiveDate::from_ymd_opt(2026, 11, day).and_then(|d| d.and_hms_opt(hour, minute, 0));
    pm.set_fact_when(id, when);
    id
}

/// A complete post-mortem of the Black-Friday sale that went live two hours late.
pub fn worked_example(id: PostmortemId, now: DateTime<Utc>) -> Postmortem {
    let mut pm = Postmortem::new(id, "Black-Friday sale went live 2 hours late", now);
    let email = fact(
        &mut pm,
        (27, 9, 0),
        "Sale announcement email sent to 12,400 subscribers (scheduled in the email tool for 09:00 EST).",
    );
    let first_ticket = fact(
        &mut pm,
        (27, 9, 5),
        "First support message: discount code BF30 rejected at checkout.",
    );
    let escalated = fact(
        &mut pm,
        (27, 10, 40),
        "Support escalated 86 messages about BF30 to the shop owner.",
    );
    let schedule = fact(
        &mut pm,
        (27, 10, 55),
        "Promo tool shows BF30 scheduled for 09:00 PST (12:00 EST).",
    );
    fact(
        &mut pm,
        (27, 11, 0),
        "BF30 activated by hand: the sale went live 2 hours after the email.",
    );
    fact(
        &mut pm,
        (27, 11, 5),
        "Shop admin: 212 carts abandoned between 09:00 and 11:00 EST; estimated revenue lost 9,300 USD.",
    );

    let root = pm.add_cause(
        "The email was scheduled in EST and the discount code in PST: a time-zone mismatch between two tools.",
    );
    for why in [
        "Why did the code start late? The promo tool read 09:00 in its own default zone, PST.",
        "Why was PST used? The promo tool's zone is set per account and nothing prompts to confirm it.",
        "Why was the mismatch not caught? The launch checklist has no step that compares the schedules of the tools involved.",
    ] {
        pm.add_why(root);
        let index = pm.cause(root).map_or(0, |c| c.whys.len() - 1);
        pm.set_why(root, index, why);
    }
    pm.set_evidence(root, email, true);
    pm.set_evidence(root, schedule, true);
    let contributing = pm.add_cause(
        "Rejected codes were only visible in the support inbox, so detection depended on customers writing in.",
    );
    pm.set_evidence(contributing, first_ticket, true);
    pm.set_evidence(contributing, escalated, true);

    let check = pm.add_action(
        "Add to the launch checklist a two-person time-zone check of every scheduled tool, 24 hours before launch.",
    );
    pm.set_action_owner(check, "Launch manager");
    pm.set_action_due(check, NaiveDate::from_ymd_opt(2026, 12, 5));
    pm.set_action_cause(check, root, true);
    let alert = pm.add_action(
        "Alert the on-call channel when more than 5 % of discount-code attempts fail within 10 minutes.",
    );
    pm.set_action_owner(alert, "Engineering lead");
    pm.set_action_due(alert, NaiveDate::from_ymd_opt(2026, 12, 12));
    pm.set_action_cause(alert, contributing, true);
    pm.set_action_status(alert, ActionStatus::Open);
    pm.set_step(Step::Review);
    pm
}
