#![cfg(not(target_arch = "wasm32"))]
//! The coach measured on real writing: sentences quoted from published post-mortems
//! (tests/coach_real/), labelled before any rule was changed, in a development part and a
//! held-out part split by organisation. Prints precision and recall per family of problems
//! and per part, and the share of good action items that get a false alarm.
//!
//! The floors below are today's figures, as a ratchet: a change that makes the coach worse
//! on real writing fails here. Issue 13 raises them to its targets (precision ≥ 0.90,
//! recall ≥ 0.85, ≤ 5 % false alarms on good actions), judged on the held-out part alone.

use std::collections::BTreeSet;

use hindsight::coach::{check, Context, Field, Kind};
use support::tally::{ratio, Tally};

mod support;

fn summary(name: &str, t: Tally) -> String {
    format!(
        "{name:<13} precision {:.2} recall {:.2}   ({} found, {} false alarms, {} missed)",
        t.precision(),
        t.recall(),
        t.tp,
        t.fp,
        t.fn_
    )
}

struct Case {
    line: usize,
    field: Field,
    expected: BTreeSet<Kind>,
    text: String,
}

fn read(tsv: &str) -> Vec<Case> {
    let kind = |s: &str| -> Kind {
        serde_json::from_value(serde_json::Value::String(s.to_owned()))
            .unwrap_or_else(|_| panic!("unknown kind {s:?}"))
    };
    let field = |s: &str| -> Field {
        serde_json::from_value(serde_json::Value::String(s.to_owned()))
            .unwrap_or_else(|_| panic!("unknown field {s:?}"))
    };
    tsv.lines()
        .enumerate()
        .filter(|(_, l)| !l.starts_with('#') && !l.trim().is_empty())
        .map(|(i, l)| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert_eq!(cols.len(), 4, "line {}: {l}", i + 1);
            Case {
                line: i + 1,
                field: field(cols[0]),
                expected: match cols[1] {
                    "-" => BTreeSet::new(),
                    kinds => kinds.split(',').map(kind).collect(),
                },
                text: cols[2].to_owned(),
            }
        })
        .collect()
}

/// The four families of problem the issue judges separately.
const FAMILIES: [(&str, &[Kind]); 4] = [
    (
        "blame",
        &[
            Kind::Blame,
            Kind::ErrorLabel,
            Kind::Hindsight,
            Kind::Judgement,
            Kind::Condescension,
        ],
    ),
    (
        "opinion",
        &[
            Kind::Hedge,
            Kind::VagueQuantity,
            Kind::Emotive,
            Kind::Explanation,
        ],
    ),
    ("person-fix", &[Kind::PersonFix]),
    ("vague action", &[Kind::VagueAction]),
];

struct Figures {
    sentences: usize,
    overall: Tally,
    families: Vec<Tally>,
    good_actions: usize,
    good_actions_flagged: usize,
}

fn measure(name: &str, cases: &[Case]) -> Figures {
    let ctx = Context { people: &[] };
    let mut overall = Tally::default();
    let mut families = vec![Tally::default(); FAMILIES.len()];
    let (mut good_actions, mut good_actions_flagged) = (0, 0);
    let mut wrong = Vec::new();
    for case in cases {
        let findings = check(&case.text, case.field, &ctx);
        let found: BTreeSet<Kind> = findings.iter().map(|f| f.kind).collect();
        overall.add(!case.expected.is_empty(), !found.is_empty());
        for (tally, (_, kinds)) in families.iter_mut().zip(FAMILIES) {
            let is = |set: &BTreeSet<Kind>| kinds.iter().any(|k| set.contains(k));
            tally.add(is(&case.expected), is(&found));
        }
        if case.field == Field::Action && case.expected.is_empty() {
            good_actions += 1;
            good_actions_flagged += usize::from(!found.is_empty());
        }
        if found != case.expected {
            let detail: Vec<String> = findings
                .iter()
                .map(|f| format!("{:?} “{}”", f.kind, f.phrase))
                .collect();
            wrong.push(format!(
                "  {name} line {:>3} {:?}: {}\n      expected {:?}, found [{}]",
                case.line,
                case.field,
                case.text,
                case.expected,
                detail.join(", ")
            ));
        }
    }
    println!("\n{name}: {} sentences", cases.len());
    println!("  {}", summary("any problem", overall));
    for (tally, (family, _)) in families.iter().zip(FAMILIES) {
        println!("  {}", summary(family, *tally));
    }
    println!(
        "  good action items with a false alarm: {good_actions_flagged} of {good_actions} ({:.0} %)",
        100.0 * ratio(good_actions_flagged, good_actions)
    );
    if std::env::var_os("COACH_REAL_DETAIL").is_some() {
        println!("{}", wrong.join("\n"));
    }
    Figures {
        sentences: cases.len(),
        overall,
        families,
        good_actions,
        good_actions_flagged,
    }
}

/// (precision, recall) floors of the overall figures and of each family, and the most
/// good actions (as a share) that may get a false alarm: today's figures, rounded down.
struct Floors {
    overall: (f64, f64),
    families: [(f64, f64); 4],
    good_action_alarms: f64,
}

fn assert_floors(name: &str, figures: &Figures, floors: &Floors) {
    let mut below = Vec::new();
    let mut check = |what: &str, tally: Tally, (p, r): (f64, f64)| {
        if tally.precision() < p || tally.recall() < r {
            below.push(format!(
                "{what}: {:.2}/{:.2} below {p:.2}/{r:.2}",
                tally.precision(),
                tally.recall()
            ));
        }
    };
    check("any problem", figures.overall, floors.overall);
    for ((tally, (family, _)), floor) in figures.families.iter().zip(FAMILIES).zip(floors.families)
    {
        check(family, *tally, floor);
    }
    let alarms = ratio(figures.good_actions_flagged, figures.good_actions);
    if alarms > floors.good_action_alarms {
        below.push(format!(
            "false alarms on good actions: {alarms:.2} above {:.2}",
            floors.good_action_alarms
        ));
    }
    assert!(
        below.is_empty(),
        "{name} ({} sentences) got worse: {below:?}",
        figures.sentences
    );
}

#[test]
fn the_coach_on_real_post_mortems() {
    let dev = read(include_str!("coach_real/dev.tsv"));
    let first = read(include_str!("coach_real/held_out.tsv"));
    let second = read(include_str!("coach_real/held_out_2.tsv"));
    let third = read(include_str!("coach_real/held_out_3.tsv"));
    let fourth = read(include_str!("coach_real/held_out_4.tsv"));
    assert!(
        dev.len() + first.len() + second.len() + third.len() >= 300,
        "at least 300 sentences"
    );
    let dev_figures = measure("development part", &dev);
    // The held-out gatherings apart (each gathered blind by a reviewer of its own), then
    // together: the floors judge them together.
    measure("held-out part, first gathering", &first);
    measure("held-out part, second gathering", &second);
    measure("held-out part, third gathering", &third);
    measure("held-out part, fourth gathering", &fourth);
    let held_out: Vec<Case> = first
        .into_iter()
        .chain(second)
        .chain(third)
        .chain(fourth)
        .collect();
    let held_figures = measure("held-out part", &held_out);
    assert_floors("the development part", &dev_figures, &DEV_FLOORS);
    assert_floors("the held-out part", &held_figures, &HELD_OUT_FLOORS);
}

// Floors: the figures as of 30 Nov 2026 (development part of four gatherings, held-out part of
// four), rounded down; the share of flagged good actions rounded up. A ratchet: they may only
// rise, towards issue 13's targets (precision 0.90 and recall 0.85 on the held-out part, at
// most 5 % of good actions flagged), which the held-out part does not reach yet. Each held-out
// gathering came from a reviewer of its own and is harder than the part the rules were
// developed on, so these floors sit below the first gathering's old ones. Either part alone
// below its floors fails the test.
// (Opinion's precision floor went from 0.89 to 0.87 when "some customers" became a vague
// quantity: the reviewers mark it so two times in three, and recall rose from 0.87 to 0.91.)
const DEV_FLOORS: Floors = Floors {
    overall: (0.92, 0.80),
    families: [(0.90, 0.76), (0.87, 0.90), (0.86, 0.54), (0.91, 0.74)],
    good_action_alarms: 0.07,
};

const HELD_OUT_FLOORS: Floors = Floors {
    overall: (0.90, 0.71),
    families: [(0.85, 0.65), (0.88, 0.83), (0.37, 0.33), (0.90, 0.61)],
    good_action_alarms: 0.08,
};
