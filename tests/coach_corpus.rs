#![cfg(not(target_arch = "wasm32"))]
//! The coach measured on a labelled corpus (`tests/coach_corpus.tsv`): sentence-level
//! precision and recall overall and per kind, printed with every misclassified sentence so
//! people can judge them (`cargo test --test coach_corpus -- --nocapture`).

#![allow(clippy::unwrap_used)]

use std::collections::BTreeSet;

use hindsight::coach::{check, Context, Field, Kind};
use support::tally::Tally;

mod support;

const CORPUS: &str = include_str!("coach_corpus.tsv");

struct Case {
    line: usize,
    field: Field,
    expected: BTreeSet<Kind>,
    text: &'static str,
}

fn parse_field(s: &str) -> Field {
    serde_json::from_value(serde_json::Value::String(s.to_owned()))
        .unwrap_or_else(|_| panic!("unknown field {s:?}"))
}

fn parse_kind(s: &str) -> Kind {
    serde_json::from_value(serde_json::Value::String(s.to_owned()))
        .unwrap_or_else(|_| panic!("unknown kind {s:?}"))
}

fn corpus() -> Vec<Case> {
    CORPUS
        .lines()
        .enumerate()
        .filter(|(_, l)| !l.trim().is_empty() && !l.starts_with('#'))
        .map(|(n, l)| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert_eq!(
                cols.len(),
                3,
                "line {}: expected 3 tab-separated columns",
                n + 1
            );
            let expected = if cols[1] == "-" {
                BTreeSet::new()
            } else {
                cols[1].split(',').map(|k| parse_kind(k.trim())).collect()
            };
            Case {
                line: n + 1,
                field: parse_field(cols[0]),
                expected,
                text: cols[2],
            }
        })
        .collect()
}

#[test]
fn corpus_precision_and_recall() {
    let cases = corpus();
    assert!(
        cases.len() >= 150,
        "the corpus needs at least 150 sentences"
    );
    let clean = cases.iter().filter(|c| c.expected.is_empty()).count();
    let people = ["Dave".to_owned(), "Priya".to_owned()];
    let ctx = Context { people: &people };

    let mut overall = Tally::default();
    let mut per_kind: Vec<(Kind, Tally)> =
        Kind::ALL.iter().map(|&k| (k, Tally::default())).collect();
    let mut wrong = Vec::new();
    for case in &cases {
        let findings = check(case.text, case.field, &ctx);
        let found: BTreeSet<Kind> = findings.iter().map(|f| f.kind).collect();
        overall.add(!case.expected.is_empty(), !found.is_empty());
        for (kind, tally) in &mut per_kind {
            tally.add(case.expected.contains(kind), found.contains(kind));
        }
        if found != case.expected {
            let detail: Vec<String> = findings
                .iter()
                .map(|f| format!("{:?} “{}” ({})", f.kind, f.phrase, f.rule))
                .collect();
            wrong.push(format!(
                "  line {:>3} {:?}: {}\n           expected {:?}, found [{}]",
                case.line,
                case.field,
                case.text,
                case.expected,
                detail.join(", ")
            ));
        }
    }

    println!(
        "\ncoach corpus: {} sentences ({} clean, {} with problems)",
        cases.len(),
        clean,
        cases.len() - clean
    );
    println!(
        "sentence level: precision {:.3}, recall {:.3} (tp {}, fp {}, fn {})",
        overall.precision(),
        overall.recall(),
        overall.tp,
        overall.fp,
        overall.fn_
    );
    println!("per kind (sentence has a finding of that kind):");
    for (kind, t) in &per_kind {
        println!(
            "  {:<14} precision {:.3}  recall {:.3}  (tp {:>2}, fp {:>2}, fn {:>2})",
            format!("{kind:?}"),
            t.precision(),
            t.recall(),
            t.tp,
            t.fp,
            t.fn_
        );
    }
    println!(
        "sentences whose kinds differ from the labels ({}):",
        wrong.len()
    );
    for w in &wrong {
        println!("{w}");
    }

    assert!(
        overall.precision() >= 0.90,
        "precision {:.3} < 0.90",
        overall.precision()
    );
    assert!(
        overall.recall() >= 0.85,
        "recall {:.3} < 0.85",
        overall.recall()
    );
}
