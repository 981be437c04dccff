//! The framework's worked example (the Black-Friday launch), offered to first-time users.

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};

use super::{ActionStatus, Postmortem, PostmortemId, Step};

fn at(day: u32, hour: u32, minute: u32) -> Option<NaiveDateTime> {
    NaiveDate::from_ymd_opt(2026, 11, day).and_then(|d| d.and_hms_opt(hour, minute, 0))
}

/// A complete post-mortem of the Black-Friday sale that went live two hours late.
pub fn worked_example(id: PostmortemId, now: DateTime<Utc>) -> Postmortem {
    let mut pm = Postmortem::new(id, "Black-Friday sale went live 2 hours late", now);
    let email = pm
        .add_fact("Sale announcement email sent to 12,400 subscribers (scheduled for 09:00 EST).");
    pm.set_fact_when(email, at(27, 9, 0));
    let code =
        pm.add_fact("Discount code BF30 became active (configured for 09:00 PST, i.e. 12:00 EST).");
    pm.set_fact_when(code, at(27, 12, 0));
    let tickets = pm.add_fact("Support inbox received 86 messages saying the code was rejected between 09:05 and 12:00 EST.");
    pm.set_fact_when(tickets, at(27, 9, 5));
    let checkout = pm.add_fact("Checkout rejected BF30 for 30 minutes after the fix started; 212 carts were abandoned (estimated revenue lost: 9,300 USD).");
    pm.set_fact_when(checkout, at(27, 9, 30));

    let root = pm.add_cause("The email was scheduled in EST and the discount code in PST: a time-zone mismatch between two tools.");
    for why in [
        "Why did the code start late? The promo tool interpreted 09:00 in its own default zone, PST.",
        "Why was PST used? The promo tool's zone is set per account and nobody is prompted to confirm it.",
        "Why was the mismatch not caught? The launch checklist has no step that compares the schedules of the tools involved.",
    ] {
        pm.add_why(root);
        let index = pm.cause(root).map_or(0, |c| c.whys.len() - 1);
        pm.set_why(root, index, why);
    }
    pm.set_evidence(root, email, true);
    pm.set_evidence(root, code, true);
    let contributing = pm.add_cause("Rejected codes were only visible in the support inbox, so detection depended on customers writing in.");
    pm.set_evidence(contributing, tickets, true);
    pm.set_evidence(contributing, checkout, true);

    let check = pm.add_action("Add to the launch checklist a two-person time-zone check of every scheduled tool, 24 hours before launch.");
    pm.set_action_owner(check, "Launch manager");
    pm.set_action_due(check, NaiveDate::from_ymd_opt(2026, 12, 5));
    pm.set_action_cause(check, root, true);
    let alert = pm.add_action("Alert the on-call channel when more than 5 % of discount-code attempts fail within 10 minutes.");
    pm.set_action_owner(alert, "Engineering lead");
    pm.set_action_due(alert, NaiveDate::from_ymd_opt(2026, 12, 12));
    pm.set_action_cause(alert, contributing, true);
    pm.set_action_status(alert, ActionStatus::Open);
    pm.set_step(Step::Review);
    pm
}
