#![cfg(not(target_arch = "wasm32"))]
//! Causes that come back across post-mortems: by category and by alike statements, and
//! the "Similar to C1 in …" lookup while a cause is written.

#![allow(clippy::unwrap_used, clippy::disallowed_methods)]

use chrono::{DateTime, Utc};
use hindsight::domain::recurring::{recurring_causes, CausesElsewhere};
use hindsight::domain::{Category, Postmortem, PostmortemId};

fn utc(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

fn pm(id: &str, created: &str, causes: &[(&str, Option<Category>)]) -> Postmortem {
    let mut pm = Postmortem::new(
        PostmortemId(id.into()),
        format!("Incident {id}"),
        utc(created),
    );
    for (statement, category) in causes {
        let c = pm.add_cause(*statement);
        pm.set_cause_category(c, *category);
    }
    pm
}

fn library() -> Vec<Postmortem> {
    vec![
        pm(
            "a",
            "2026-03-01T00:00:00Z",
            &[
                (
                    "The launch checklist has no time-zone check for scheduled tools",
                    Some(Category::Scheduling),
                ),
                (
                    "The payment provider's webhook retries were not monitored",
                    Some(Category::Tooling),
                ),
            ],
        ),
        pm(
            "b",
            "2026-06-01T00:00:00Z",
            &[(
                "Scheduled tools are set up in different time zones and no check compares them",
                Some(Category::Scheduling),
            )],
        ),
        pm(
            "c",
            "2026-09-01T00:00:00Z",
            &[
                (
                    "The discount code was limited to 100 uses",
                    Some(Category::Scheduling),
                ),
                ("Nobody owns the launch checklist", Some(Category::Process)),
            ],
        ),
    ]
}

#[test]
fn a_category_in_three_postmortems_is_recurring_most_recent_first() {
    let found = recurring_causes(&library());
    let scheduling = found.iter().find(|r| r.is_category).unwrap();
    assert_eq!(scheduling.name, "Scheduling / timing");
    let ids: Vec<&str> = scheduling
        .postmortems
        .iter()
        .map(|m| m.postmortem.0.as_str())
        .collect();
    assert_eq!(ids, ["c", "b", "a"]);
    // Tooling and Process appear once each: not recurring.
    assert_eq!(found.iter().filter(|r| r.is_category).count(), 1);
}

#[test]
fn alike_statements_in_two_postmortems_are_a_recurring_cause() {
    let found = recurring_causes(&library());
    let alike: Vec<_> = found.iter().filter(|r| !r.is_category).collect();
    assert_eq!(alike.len(), 1, "{alike:?}");
    let ids: Vec<&str> = alike[0]
        .postmortems
        .iter()
        .map(|m| m.postmortem.0.as_str())
        .collect();
    assert_eq!(ids, ["b", "a"]);
    // Deleted post-mortems do not count.
    let mut docs = library();
    docs[1].mark_deleted(utc("2026-10-01T00:00:00Z"));
    assert!(recurring_causes(&docs).iter().all(|r| r.is_category));
}

#[test]
fn a_cause_being_written_finds_its_like_in_other_postmortems_only() {
    let docs = library();
    let elsewhere = CausesElsewhere::new(&docs, &PostmortemId("b".into()));
    let like = elsewhere.like("No check compares the time zones of the scheduled tools", 3);
    assert_eq!(like.len(), 1, "{like:?}");
    assert_eq!(
        (like[0].postmortem.0.as_str(), like[0].label.as_str()),
        ("a", "C1")
    );
    assert_eq!(like[0].title, "Incident a");
    assert_eq!(like[0].date.to_string(), "2026-03-01");
    assert!(elsewhere.like("Webhooks", 3).is_empty());
}
