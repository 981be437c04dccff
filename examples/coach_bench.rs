//! How long the blameless coach takes on a 10,000-word post-mortem (aim: ≤ 5 ms natively).
//! Not a test: run with `cargo run --release --example coach_bench`.
//!
//! The post-mortem is the labelled corpus's sentences — facts, causes, whys, actions and
//! titles, blaming and clean — repeated into items until it holds 10,000 words. Two figures:
//! a full check (every item in its own field, as the app checks them) and the worst case (all
//! the text as one fact, where the most rules run).
// Size rules (clippy.toml) are for the shipped wasm, not for tests and benchmarks.
#![allow(clippy::disallowed_methods)]

use std::hint::black_box;
use std::time::{Duration, Instant};

use hindsight::coach::{check, Context, Field};

const CORPUS: &str = include_str!("../tests/coach_corpus.tsv");
const WORDS: usize = 10_000;
const RUNS: usize = 101;
const AIM: Duration = Duration::from_millis(5);

fn field(name: &str) -> Field {
    match name {
        "title" => Field::Title,
        "fact" => Field::Fact,
        "cause" => Field::Cause,
        "why" => Field::Why,
        "action" => Field::Action,
        other => panic!("unknown field {other:?} in the corpus"),
    }
}

/// The corpus's sentences, cycled until they hold `WORDS` words.
fn post_mortem() -> Vec<(Field, String)> {
    let pool: Vec<(Field, &str)> = CORPUS
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let mut cols = l.split('\t');
            let f = cols.next()?;
            let text = cols.nth(1)?;
            Some((field(f), text))
        })
        .collect();
    let mut items = Vec::new();
    let mut words = 0;
    for (f, text) in pool.iter().cycle() {
        if words >= WORDS {
            break;
        }
        words += text.split_whitespace().count();
        items.push((*f, (*text).to_owned()));
    }
    items
}

/// Median, fastest and slowest of `RUNS` timings of `f`, after a few warm-up runs.
fn time(mut f: impl FnMut() -> usize) -> (Duration, Duration, Duration, usize) {
    let mut findings = 0;
    for _ in 0..5 {
        findings = f();
    }
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            findings = black_box(f());
            start.elapsed()
        })
        .collect();
    times.sort();
    (times[RUNS / 2], times[0], times[RUNS - 1], findings)
}

fn report(what: &str, (median, min, max, findings): (Duration, Duration, Duration, usize)) {
    let verdict = if median <= AIM { "within" } else { "OVER" };
    println!(
        "{what}: median {:.3} ms (min {:.3}, max {:.3}) over {RUNS} runs, {findings} findings — {verdict} the {} ms aim",
        median.as_secs_f64() * 1e3,
        min.as_secs_f64() * 1e3,
        max.as_secs_f64() * 1e3,
        AIM.as_millis()
    );
}

fn main() {
    let items = post_mortem();
    let people = vec!["Dave".to_owned(), "Priya".to_owned(), "Lena".to_owned()];
    let ctx = Context { people: &people };
    let words: usize = items
        .iter()
        .map(|(_, t)| t.split_whitespace().count())
        .sum();
    let bytes: usize = items.iter().map(|(_, t)| t.len()).sum();
    println!(
        "post-mortem: {} items, {words} words, {bytes} bytes{}",
        items.len(),
        if cfg!(debug_assertions) {
            " (debug build: use --release for the real figure)"
        } else {
            ""
        }
    );

    report(
        "full check, each item in its field",
        time(|| {
            items
                .iter()
                .map(|(f, text)| check(black_box(text), *f, &ctx).len())
                .sum()
        }),
    );

    let one_text = items
        .iter()
        .map(|(_, t)| t.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    report(
        "worst case, all of it as one fact",
        time(|| check(black_box(&one_text), Field::Fact, &ctx).len()),
    );
}
