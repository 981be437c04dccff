#![cfg(not(target_arch = "wasm32"))]
//! Every stored version keeps reading: each `tests/fixtures/v<N>-postmortem.json` (a genuine
//! envelope as version N wrote it; never edited once added) decodes through `schema::decode`
//! to the expected post-mortem, older ones migrating forward, and the current version's
//! fixture is exactly what this build writes.

#![allow(clippy::unwrap_used)]
// Size rules (clippy.toml) are for the shipped wasm, not for tests.
#![allow(clippy::disallowed_methods)]

use chrono::{DateTime, NaiveDate, NaiveDateTime, Utc};
use hindsight::domain::{
    Action, ActionKind, ActionStatus, Category, Cause, CauseKind, Fact, FactKind, Impact,
    Postmortem, PostmortemId, Priority, Status, Step,
};
use hindsight::persist::schema::{decode, encode, CURRENT_VERSION};
use serde_json::{json, Value};

const V1: &str = include_str!("fixtures/v1-postmortem.json");
const V2: &str = include_str!("fixtures/v2-postmortem.json");
const V3: &str = include_str!("fixtures/v3-postmortem.json");

/// Every fixture with the post-mortem it must decode to. A fixture on disk that is missing
/// here fails `every_fixture_on_disk_is_checked`.
fn fixtures() -> Vec<(u64, &'static str, Postmortem)> {
    vec![
        (1, V1, v1_expected()),
        (2, V2, v2_expected()),
        (3, V3, v3_expected()),
    ]
}

fn utc(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

fn wall(text: &str) -> Option<NaiveDateTime> {
    Some(text.parse().unwrap())
}

fn day(y: i32, m: u32, d: u32) -> Option<NaiveDate> {
    NaiveDate::from_ymd_opt(y, m, d)
}

#[test]
fn every_fixture_decodes_to_the_expected_post_mortem() {
    for (version, raw, expected) in fixtures() {
        let stored: Value = serde_json::from_str(raw).unwrap();
        assert_eq!(stored["version"], version, "fixture v{version}");
        assert_eq!(decode(raw), Ok(expected), "fixture v{version}");
    }
}

#[test]
fn every_fixture_on_disk_is_checked() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures");
    let mut on_disk: Vec<u64> = std::fs::read_dir(dir)
        .unwrap()
        .filter_map(|entry| {
            let name = entry.unwrap().file_name().into_string().unwrap();
            name.strip_prefix('v')?
                .strip_suffix("-postmortem.json")?
                .parse()
                .ok()
        })
        .collect();
    on_disk.sort_unstable();
    let checked: Vec<u64> = fixtures().iter().map(|f| f.0).collect();
    assert_eq!(on_disk, checked);
    // A format change needs a fixture of the new version, or nothing guards its migration.
    assert_eq!(checked, (1..=CURRENT_VERSION).collect::<Vec<_>>());
}

#[test]
fn the_current_fixture_is_exactly_what_this_build_writes() {
    // Guards the fixture itself: a genuine envelope of the current version, not an
    // approximation that only happens to decode.
    let raw = fixtures()
        .into_iter()
        .find(|f| f.0 == CURRENT_VERSION)
        .unwrap()
        .1;
    let fixture: Value = serde_json::from_str(raw).unwrap();
    let saved_at = utc(fixture["saved_at"].as_str().unwrap());
    let written: Value = serde_json::from_str(&encode(&decode(raw).unwrap(), saved_at)).unwrap();
    assert_eq!(written["doc"], fixture["doc"]);
    assert_eq!(written, fixture);
}

#[test]
fn the_v1_migration_makes_every_cause_a_root_cause_and_adds_only_defaults() {
    // Version 1 did not distinguish root and contributing causes: each becomes a root cause,
    // so it keeps asking for an action as it did. Everything else new in version 2 takes its
    // default, so re-encoding differs from the v1 document by exactly these additions.
    let pm = decode(V1).unwrap();
    assert!(pm.causes.iter().all(|c| c.kind == CauseKind::Root));
    let mut expected: Value = serde_json::from_str::<Value>(V1).unwrap()["doc"].clone();
    for cause in expected["causes"].as_array_mut().unwrap() {
        cause["kind"] = json!("root");
    }
    for action in expected["actions"].as_array_mut().unwrap() {
        action["priority"] = json!("medium");
    }
    expected["impact"] = json!({});
    let written: Value = serde_json::from_str(&encode(&pm, utc("2026-03-14T16:42:05Z"))).unwrap();
    assert_eq!(written["doc"], expected);
}

#[test]
fn a_migrated_v1_document_reads_the_same_from_storage_and_from_an_import() {
    let imported = hindsight::persist::backup::decode_backup(V1).unwrap();
    assert_eq!(imported, vec![decode(V1).unwrap()]);
}

#[test]
fn a_v2_document_reads_unchanged_its_done_actions_not_yet_verified() {
    // Version 3 added verification and the playbook, both optional: a version 2 document
    // re-encodes to exactly its own content, and its done action awaits verification.
    let pm = decode(V2).unwrap();
    assert_eq!(pm.unverified_actions().count(), 1);
    let expected: Value = serde_json::from_str::<Value>(V2).unwrap()["doc"].clone();
    let written: Value =
        serde_json::from_str(&encode(&pm, utc("2026-06-03T14:20:41.118Z"))).unwrap();
    assert_eq!(written["doc"], expected);
}

/// Version 3: the version 2 document after its done action was verified.
fn v3_expected() -> Postmortem {
    let mut pm = v2_expected();
    let done = pm
        .actions
        .iter()
        .find(|a| a.status == ActionStatus::Done)
        .unwrap()
        .id;
    pm.verify_action(
        done,
        NaiveDate::from_ymd_opt(2026, 6, 10).unwrap(),
        "Placed a test order with each code; all four applied.",
    )
    .unwrap();
    pm
}

fn v1_expected() -> Postmortem {
    let fact = |id, text: &str, when: Option<NaiveDateTime>| Fact {
        id,
        text: text.into(),
        when,
        zone: None,
        source: String::new(),
        kind: None,
    };
    let cause = |id, statement: &str, whys: &[&str], evidence: Vec<u32>| Cause {
        id,
        statement: statement.into(),
        whys: whys.iter().map(|w| (*w).to_owned()).collect(),
        evidence,
        kind: CauseKind::Root,
        category: None,
        no_action_reason: None,
    };
    let action = |id, description: &str, owner: &str, due, status, causes| Action {
        id,
        description: description.into(),
        owner: owner.into(),
        due,
        status,
        causes,
        kind: None,
        priority: Priority::Medium,
        status_reason: String::new(),
        verified: None,
    };
    let mut pm = Postmortem::new(
        PostmortemId("m7x2k9q0-5f3a9c1e".into()),
        "Checkout down for 47 minutes after a TLS certificate expired",
        utc("2026-03-12T09:15:00Z"),
    );
    pm.status = Status::InReview;
    pm.updated_at = utc("2026-03-14T16:41:58.250Z");
    pm.step = Step::Actions;
    pm.facts = vec![
        fact(1, "The certificate for checkout.example.com expired at 00:00 UTC.", wall("2026-03-12T00:00:00")),
        fact(
            2,
            "Uptime monitor reported checkout as down; the alert went to an unwatched mailbox.",
            wall("2026-03-12T00:01:30"),
        ),
        fact(4, "A customer reported \"connection not private\" on social media.", wall("2026-03-12T00:31:00")),
        fact(5, "On-call renewed the certificate by hand; checkout recovered.", wall("2026-03-12T00:47:00")),
        fact(6, "About 320 orders were not placed during the outage (estimate from last week's traffic).", None),
    ];
    pm.causes = vec![
        cause(
            7,
            "Certificate renewal depended on a manual step that was not scheduled anywhere.",
            &[
                "Why was it manual? Automatic renewal was switched off during a DNS migration.",
                "Why was it not switched back on? The migration checklist has no step to restore it.",
                "",
            ],
            vec![1, 5],
        ),
        cause(8, "Certificate-expiry alerts were routed to a mailbox nobody reads.", &[], vec![2, 4]),
    ];
    pm.actions = vec![
        action(
            9,
            "Turn automatic renewal back on and add \"restore renewal\" to the migration checklist.",
            "Platform team",
            day(2026, 3, 13),
            ActionStatus::Done,
            vec![7],
        ),
        action(
            10,
            "Route expiry alerts to the on-call channel, 14 days before expiry.",
            "SRE lead",
            day(2026, 3, 20),
            ActionStatus::Open,
            vec![8],
        ),
        action(
            11,
            "Add a synthetic check that fails when a certificate expires within 7 days.",
            "",
            None,
            ActionStatus::Open,
            vec![7, 8],
        ),
    ];
    pm.next_id = 13;
    pm
}

fn v2_expected() -> Postmortem {
    let fact = |id, text: &str, when: Option<(&str, &str)>, source: &str, kind| Fact {
        id,
        text: text.into(),
        when: when.and_then(|(w, _)| wall(w)),
        zone: when.map(|(_, z)| z.to_owned()),
        source: source.into(),
        kind,
    };
    let mut pm = Postmortem::new(
        PostmortemId("mq1b7e2c-0a9d44f2".into()),
        "Order confirmation emails delayed by up to 6 hours after the email provider throttled us",
        utc("2026-06-02T07:48:12Z"),
    );
    pm.status = Status::InReview;
    pm.updated_at = utc("2026-06-03T14:20:39.904Z");
    pm.step = Step::Review;
    pm.facts = vec![
        fact(
            1,
            "The weekly newsletter (84,000 recipients) started sending from the same account as order confirmations.",
            Some(("2026-06-01T08:00:00", "Europe/Berlin")),
            "email provider dashboard",
            Some(FactKind::Event),
        ),
        fact(
            2,
            "The provider began answering 429 (rate limited) to our API; the confirmation queue started growing.",
            Some(("2026-06-01T06:07:00", "UTC")),
            "worker logs",
            Some(FactKind::Event),
        ),
        fact(
            4,
            "First customer email asking where their order confirmation was.",
            Some(("2026-06-01T03:15:00", "EST")),
            "support inbox",
            Some(FactKind::Detection),
        ),
        fact(
            5,
            "On-call paused the newsletter and raised the worker's retry interval; the queue began to drain.",
            Some(("2026-06-01T11:40:00", "Europe/Berlin")),
            "incident channel",
            Some(FactKind::Response),
        ),
        fact(
            6,
            "Queue empty; every delayed confirmation had been sent.",
            Some(("2026-06-01T14:05:00", "Europe/Berlin")),
            "queue metrics",
            Some(FactKind::Resolution),
        ),
        fact(
            7,
            "The queue-length alert threshold is 50,000 messages; the queue peaked at 31,200.",
            None,
            "alerting config",
            None,
        ),
    ];
    pm.causes = vec![
        Cause {
            id: 8,
            statement: "Newsletters and order confirmations share one sending account and one rate limit.".into(),
            whys: vec![
                "Why one account? The newsletter tool was added later and reused the existing API key.".into(),
                "Why was that not caught? Nothing documents which traffic each account carries.".into(),
            ],
            evidence: vec![1, 2],
            kind: CauseKind::Root,
            category: Some(Category::Tooling),
            no_action_reason: None,
        },
        Cause {
            id: 9,
            statement: "The queue-length alert is set far above the size of a harmful backlog.".into(),
            whys: vec![],
            evidence: vec![7, 4],
            kind: CauseKind::Contributing,
            category: Some(Category::Capacity),
            no_action_reason: None,
        },
        Cause {
            id: 10,
            statement: "The newsletter was scheduled at the start of the morning order peak.".into(),
            whys: vec![],
            evidence: vec![1],
            kind: CauseKind::Contributing,
            category: Some(Category::Scheduling),
            no_action_reason: Some(
                "Addressed by separating the accounts: once they no longer share a limit, timing does not matter."
                    .into(),
            ),
        },
    ];
    pm.actions = vec![
        Action {
            id: 11,
            description: "Send newsletters from a separate sub-account with its own rate limit."
                .into(),
            owner: "Platform team".into(),
            due: day(2026, 6, 12),
            status: ActionStatus::InProgress,
            causes: vec![8],
            kind: Some(ActionKind::Prevent),
            priority: Priority::High,
            status_reason: String::new(),
            verified: None,
        },
        Action {
            id: 12,
            description: "Alert when the oldest unsent confirmation is more than 10 minutes old."
                .into(),
            owner: "SRE on-call lead".into(),
            due: day(2026, 6, 9),
            status: ActionStatus::Done,
            causes: vec![9],
            kind: Some(ActionKind::Detect),
            priority: Priority::High,
            status_reason: String::new(),
            verified: None,
        },
        Action {
            id: 13,
            description: "Document which traffic each email account carries, in the runbook."
                .into(),
            owner: String::new(),
            due: None,
            status: ActionStatus::Open,
            causes: vec![8],
            kind: Some(ActionKind::Process),
            priority: Priority::Low,
            status_reason: String::new(),
            verified: None,
        },
        Action {
            id: 15,
            description: "Buy a higher rate limit from the provider.".into(),
            owner: "Finance".into(),
            due: None,
            status: ActionStatus::WontDo,
            causes: vec![8, 9],
            kind: Some(ActionKind::Mitigate),
            priority: Priority::Medium,
            status_reason:
                "Separate accounts remove the contention; a higher limit would only move it.".into(),
            verified: None,
        },
    ];
    pm.next_id = 17;
    pm.impact = Impact {
        orders: Some(2140),
        revenue_cents: Some(0),
        currency: "EUR".into(),
        customers: Some(1987),
        support_contacts: Some(143),
    };
    pm.in_review_at = Some(utc("2026-06-03T14:18:02.500Z"));
    pm
}
