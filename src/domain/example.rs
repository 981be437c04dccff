//! The framework's worked example (the Black-Friday launch), offered to first-time users.

use chrono::{DateTime, NaiveDate, Utc};

use super::{
    ActionKind, ActionStatus, Category, Count, FactKind, ItemId, Postmortem, PostmortemId,
    Priority, Step,
};

const NEW_YORK: &str = "America/New_York";
const LOS_ANGELES: &str = "America/Los_Angeles";

fn fact(
    pm: &mut Postmortem,
    time: Option<(u32, u32, &str)>,
    source: &str,
    kind: Option<FactKind>,
    text: &str,
) -> ItemId {
    let id = pm.add_fact(text);
    if let Some((hour, minute, zone)) = time {
        let when =
            NaiveDate::from_ymd_opt(2026, 11, 27).and_then(|d| d.and_hms_opt(hour, minute, 0));
        pm.set_fact_when(id, when);
        pm.set_fact_zone(id, Some(zone.to_owned()));
    }
    pm.set_fact_source(id, source);
    pm.set_fact_kind(id, kind);
    id
}

/// A complete post-mortem of the Black-Friday sale whose discount code went live three hours
/// after the sale email, because the two tools were scheduled in different time zones.
pub fn worked_example(id: PostmortemId, now: DateTime<Utc>) -> Postmortem {
    let mut pm = Postmortem::new(
        id,
        "Black-Friday discount code went live 3 hours after the sale email",
        now,
    );
    pm.example = true;
    let email = fact(
        &mut pm,
        Some((9, 0, NEW_YORK)),
        "email tool",
        Some(FactKind::Event),
        "Sale announcement email with code BF30 sent to 12,400 subscribers.",
    );
    let first_ticket = fact(
        &mut pm,
        Some((9, 5, NEW_YORK)),
        "support inbox",
        Some(FactKind::Detection),
        "First support message: code BF30 rejected at checkout.",
    );
    let escalated = fact(
        &mut pm,
        Some((10, 40, NEW_YORK)),
        "support inbox",
        Some(FactKind::Response),
        "Support escalated 86 messages about BF30 to the shop owner.",
    );
    let schedule = fact(
        &mut pm,
        Some((10, 55, NEW_YORK)),
        "promo tool",
        Some(FactKind::Response),
        "Promo tool shows BF30 scheduled for 09:00 in the account's zone, America/Los_Angeles.",
    );
    let live = fact(
        &mut pm,
        Some((9, 0, LOS_ANGELES)),
        "promo tool",
        Some(FactKind::Resolution),
        "BF30 became active, as scheduled in the promo tool.",
    );
    let carts = fact(
        &mut pm,
        None,
        "shop admin",
        None,
        "212 carts were abandoned at checkout while BF30 was rejected.",
    );
    pm.set_impact_count(Count::Orders, Some(212));
    pm.set_revenue_lost(Some(930_000));
    pm.set_currency("USD");
    pm.set_impact_count(Count::Customers, Some(198));
    pm.set_impact_count(Count::SupportContacts, Some(86));

    let root = pm.add_cause(
        "The email was scheduled in Eastern time and the discount code in Pacific time: a time-zone mismatch between two tools.",
    );
    pm.set_cause_category(root, Some(Category::Scheduling));
    for why in [
        "Why did the code start late? The promo tool read 09:00 in its account's default zone, America/Los_Angeles.",
        "Why was that zone used? The promo tool's zone is set once per account and nothing asks to confirm it when scheduling.",
        "Why was the mismatch not caught? The launch checklist has no step that compares the schedules of the tools involved.",
    ] {
        pm.add_why(root);
        let index = pm.cause(root).map_or(0, |c| c.whys.len() - 1);
        pm.set_why(root, index, why);
    }
    for evidence in [email, schedule, live] {
        pm.set_evidence(root, evidence, true);
    }
    let contributing = pm.add_cause(
        "Rejected codes were only visible in the support inbox, so detection depended on customers writing in.",
    );
    pm.set_cause_category(contributing, Some(Category::Tooling));
    for evidence in [first_ticket, escalated, carts] {
        pm.set_evidence(contributing, evidence, true);
    }

    let check = pm.add_action(
        "Add to the launch checklist a two-person time-zone check of every scheduled tool, 24 hours before launch.",
    );
    pm.set_action_owner(check, "Launch manager");
    pm.set_action_due(check, NaiveDate::from_ymd_opt(2026, 12, 5));
    pm.set_action_kind(check, Some(ActionKind::Prevent));
    pm.set_action_priority(check, Priority::High);
    pm.set_action_cause(check, root, true);
    let alert = pm.add_action(
        "Alert the on-call channel when more than 5 % of discount-code attempts fail within 10 minutes.",
    );
    pm.set_action_owner(alert, "Engineering lead");
    pm.set_action_due(alert, NaiveDate::from_ymd_opt(2026, 12, 12));
    pm.set_action_kind(alert, Some(ActionKind::Detect));
    pm.set_action_cause(alert, contributing, true);
    pm.set_action_status(alert, ActionStatus::Open);
    pm.set_step(Step::Review);
    pm
}
