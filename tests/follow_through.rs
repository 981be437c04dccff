#![cfg(not(target_arch = "wasm32"))]
//! Follow-through across post-mortems: open actions overdue first by the viewer's date,
//! then by due date, filtered by owner and status; verification of done actions.

#![allow(clippy::unwrap_used, clippy::disallowed_methods)]

use chrono::{DateTime, NaiveDate, Utc};
use hindsight::domain::follow::{open_actions, owners, ActionFilter};
use hindsight::domain::{ActionStatus, Postmortem, PostmortemId, Status};

fn utc(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

fn day(d: u32) -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 12, d).unwrap()
}

/// A post-mortem with actions given as (description, owner, due day, status).
fn pm(id: &str, actions: &[(&str, &str, Option<u32>, ActionStatus)]) -> Postmortem {
    let mut pm = Postmortem::new(
        PostmortemId(id.into()),
        format!("Incident {id}"),
        utc("2026-11-01T00:00:00Z"),
    );
    for (text, owner, due, status) in actions {
        let a = pm.add_action(*text);
        pm.set_action_owner(a, *owner);
        pm.set_action_due(a, due.map(day));
        pm.set_action_status(a, *status);
    }
    pm
}

fn listed(docs: &[Postmortem], today: NaiveDate, filter: &ActionFilter) -> Vec<String> {
    open_actions(docs, today, filter)
        .into_iter()
        .map(|o| {
            format!(
                "{}{}",
                o.action.description,
                if o.overdue { " (overdue)" } else { "" }
            )
        })
        .collect()
}

fn docs() -> Vec<Postmortem> {
    use ActionStatus::*;
    let mut a = pm(
        "a",
        &[
            ("no date", "Ops", None, Open),
            ("due 10th", "Marketing lead", Some(10), InProgress),
            ("done", "Ops", Some(1), Done),
            ("", "Ops", Some(1), Open),
        ],
    );
    a.set_status(Status::InReview, utc("2026-11-02T00:00:00Z"));
    let b = pm(
        "b",
        &[
            ("overdue 3rd", "ops ", Some(3), Open),
            ("due today", "Owner", Some(5), Open),
            ("overdue 1st", "Marketing lead", Some(1), Open),
            ("dropped", "Ops", Some(1), WontDo),
        ],
    );
    let mut gone = pm("c", &[("in the trash", "Ops", Some(1), Open)]);
    gone.mark_deleted(utc("2026-11-03T00:00:00Z"));
    vec![a, b, gone]
}

#[test]
fn overdue_actions_come_first_then_by_due_date_then_undated() {
    assert_eq!(
        listed(&docs(), day(5), &ActionFilter::default()),
        [
            "overdue 1st (overdue)",
            "overdue 3rd (overdue)",
            "due today",
            "due 10th",
            "no date"
        ]
    );
    // Overdue is judged by the viewer's date: the next day, "due today" is late.
    assert_eq!(
        listed(&docs(), day(6), &ActionFilter::default())[2],
        "due today (overdue)"
    );
}

#[test]
fn filters_by_owner_without_case_and_by_postmortem_status() {
    let by_ops = ActionFilter {
        owner: Some("OPS".into()),
        status: None,
    };
    assert_eq!(
        listed(&docs(), day(5), &by_ops),
        ["overdue 3rd (overdue)", "no date"]
    );
    let in_review = ActionFilter {
        owner: None,
        status: Some(Status::InReview),
    };
    assert_eq!(listed(&docs(), day(5), &in_review), ["due 10th", "no date"]);
    assert_eq!(owners(&docs()), ["Marketing lead", "Ops", "Owner"]);
}

#[test]
fn each_open_action_says_where_it_belongs() {
    let first = open_actions(&docs(), day(5), &ActionFilter::default()).remove(0);
    assert_eq!(first.postmortem, PostmortemId("b".into()));
    assert_eq!(first.title, "Incident b");
    assert_eq!(first.label, "A3");
}

#[test]
fn only_a_done_action_with_a_note_can_be_verified_and_closing_waits_for_it() {
    let mut doc = pm(
        "v",
        &[(
            "Alert on failed discount codes",
            "Engineering",
            Some(4),
            ActionStatus::Open,
        )],
    );
    let id = doc.actions[0].id;
    assert!(doc.verify_action(id, day(4), "test order").is_err());
    doc.set_action_status(id, ActionStatus::Done);
    assert_eq!(doc.unverified_actions().count(), 1);
    assert!(doc.verify_action(id, day(4), "  ").is_err());
    doc.verify_action(id, day(4), " Test order placed with every code ")
        .unwrap();
    assert_eq!(
        doc.actions[0].verified.as_ref().unwrap().note,
        "Test order placed with every code"
    );
    assert_eq!(doc.unverified_actions().count(), 0);
    doc.unverify_action(id);
    assert_eq!(doc.unverified_actions().count(), 1);
}

#[test]
fn the_home_pages_filter_is_kept_as_text_and_read_back() {
    for filter in [
        ActionFilter::default(),
        ActionFilter {
            owner: Some("Ops lead".into()),
            status: None,
        },
        ActionFilter {
            owner: None,
            status: Some(Status::Closed),
        },
        ActionFilter {
            owner: Some("Marketing".into()),
            status: Some(Status::Draft),
        },
    ] {
        assert_eq!(ActionFilter::from_saved(&filter.to_saved()), filter);
    }
    // Whatever else a tab holds under the key is no filter, not an error.
    for junk in ["", "nonsense", "\t", "unknown-status\t", "\t   "] {
        assert_eq!(
            ActionFilter::from_saved(junk),
            ActionFilter::default(),
            "{junk:?}"
        );
    }
    assert_eq!(
        ActionFilter::from_saved("unknown-status\tOps"),
        ActionFilter {
            owner: Some("Ops".into()),
            status: None
        }
    );
}

#[test]
fn a_kept_owner_filter_applies_only_while_that_owner_has_open_actions() {
    let all = owners(&docs());
    let kept = |owner: &str| ActionFilter {
        owner: Some(owner.into()),
        status: None,
    };
    // Compared as the list compares owners: without case or surrounding spaces, and the
    // list's own spelling is what the owner select shows.
    let ops = kept(" OPS ");
    let found = ops.owner_among(&all).cloned();
    assert!(
        found
            .as_deref()
            .is_some_and(|o| o.eq_ignore_ascii_case("ops")),
        "{all:?}"
    );
    assert_eq!(kept("Someone who left").owner_among(&all), None);
    assert_eq!(ActionFilter::default().owner_among(&all), None);
}
