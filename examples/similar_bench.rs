//! How long finding similar causes takes on a large library: 500 post-mortems of 6 causes
//! each (aims: building the index a few ms, one `similar_to` well under 1 ms, natively).
//! Not a test: run with `cargo run --release --example similar_bench`.
//!
//! The causes are synthetic: a subject, a failure and a circumstance drawn from small lists
//! of shop-like phrases by a fixed pseudo-random sequence, so that many causes share words
//! (as real ones do) and some are alike.
// Size rules (clippy.toml) are for the shipped wasm, not for tests and benchmarks.
#![allow(clippy::disallowed_methods)]

use std::hint::black_box;
use std::time::{Duration, Instant};

use hindsight::domain::recurring::{recurring_causes, CausesElsewhere};
use hindsight::domain::similar::{recurring, CauseIndex, Terms};
use hindsight::domain::{Category, Postmortem, PostmortemId};

const POSTMORTEMS: usize = 500;
const CAUSES: usize = 6;
const QUERIES: usize = 1_000;
const RUNS: usize = 21;

const SUBJECTS: &[&str] = &[
    "The launch checklist",
    "The payment provider's webhook",
    "The discount code",
    "The SSL certificate renewal",
    "The shipping rates table",
    "The order database backup",
    "The newsletter segment",
    "The plugin update",
    "The shared admin password",
    "The support inbox",
    "The checkout page",
    "The stock level sync",
    "The product feed",
    "The courier pickup schedule",
    "The gift card balance",
    "The tax settings",
    "The hosting plan",
    "The theme",
    "The price list",
    "The returns policy page",
];
const FAILURES: &[&str] = &[
    "was not checked",
    "had no owner",
    "failed silently",
    "was never tested",
    "was not monitored",
    "was changed without review",
    "depends on a single person",
    "was updated manually",
    "had no alert",
    "was out of date",
];
const CIRCUMSTANCES: &[&str] = &[
    "before the sale",
    "on weekends",
    "during the holiday rush",
    "after the migration",
    "for customers abroad",
    "on mobile phones",
    "when traffic peaked",
    "in the new time zone",
    "",
];

/// A fixed pseudo-random sequence (a linear congruential generator): the same library on
/// every run.
struct Lcg(u64);

impl Lcg {
    fn pick<'a>(&mut self, from: &[&'a str]) -> &'a str {
        self.0 = self
            .0
            .wrapping_mul(6_364_136_223_846_793_005)
            .wrapping_add(1_442_695_040_888_963_407);
        from[(self.0 >> 33) as usize % from.len()]
    }

    fn cause(&mut self) -> String {
        format!(
            "{} {} {}",
            self.pick(SUBJECTS),
            self.pick(FAILURES),
            self.pick(CIRCUMSTANCES)
        )
    }
}

/// Median, fastest and slowest of `RUNS` timings of `f`, after a few warm-up runs.
fn time<T>(mut f: impl FnMut() -> T) -> (Duration, Duration, Duration) {
    for _ in 0..3 {
        black_box(f());
    }
    let mut times: Vec<Duration> = (0..RUNS)
        .map(|_| {
            let start = Instant::now();
            black_box(f());
            start.elapsed()
        })
        .collect();
    times.sort();
    (times[RUNS / 2], times[0], times[RUNS - 1])
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

fn main() {
    let mut rng = Lcg(2026);
    let library: Vec<((usize, usize), String)> = (0..POSTMORTEMS)
        .flat_map(|pm| (0..CAUSES).map(move |c| (pm, c)))
        .map(|key| (key, rng.cause()))
        .collect();
    let queries: Vec<String> = (0..QUERIES).map(|_| rng.cause()).collect();
    println!(
        "library: {} causes{}",
        library.len(),
        if cfg!(debug_assertions) {
            " (debug build: use --release for the real figures)"
        } else {
            ""
        }
    );

    let (median, min, max) = time(|| {
        library
            .iter()
            .map(|(_, s)| Terms::of(black_box(s)).words().len())
            .sum::<usize>()
    });
    let per_cause = |d: Duration| d.as_secs_f64() * 1e6 / library.len() as f64;
    println!(
        "Terms::of each cause: median {:.3} ms in all, {:.2} µs a cause (min {:.2}, max {:.2})",
        ms(median),
        per_cause(median),
        per_cause(min),
        per_cause(max)
    );

    let build = || CauseIndex::new(library.iter().map(|(k, s)| (*k, s.as_str())));
    let (median, min, max) = time(build);
    println!(
        "CauseIndex::new: median {:.3} ms (min {:.3}, max {:.3}) over {RUNS} runs",
        ms(median),
        ms(min),
        ms(max)
    );

    let index = build();
    let mut found = 0;
    let (median, min, max) = time(|| {
        found = queries
            .iter()
            .map(|q| index.similar_to(black_box(q), 5).len())
            .sum::<usize>();
        found
    });
    let per_call = |d: Duration| d.as_secs_f64() * 1e6 / QUERIES as f64;
    println!(
        "{QUERIES} × similar_to(…, 5): median {:.3} ms in all, {:.2} µs a call (min {:.2}, max {:.2}); {found} matches",
        ms(median),
        per_call(median),
        per_call(min),
        per_call(max)
    );

    let mut groups = 0;
    let (median, min, max) = time(|| {
        groups = recurring(&index, 3).len();
        groups
    });
    println!(
        "recurring(…, 3): median {:.3} ms (min {:.3}, max {:.3}); {groups} groups",
        ms(median),
        ms(min),
        ms(max)
    );

    // What the app computes: the home page's recurring causes, and the index a cause
    // being written is compared with, over 500 post-mortems of these causes.
    let docs: Vec<Postmortem> = (0..POSTMORTEMS)
        .map(|p| {
            let mut pm = Postmortem::new(
                PostmortemId(format!("pm-{p}")),
                format!("Incident {p}"),
                chrono::DateTime::from_timestamp(1_700_000_000 + p as i64 * 86_400, 0)
                    .unwrap_or_default(),
            );
            for (_, statement) in library.iter().filter(|((q, _), _)| *q == p) {
                let c = pm.add_cause(statement.as_str());
                pm.set_cause_category(c, Category::ALL.get((p + c as usize) % 7).copied());
            }
            pm
        })
        .collect();
    let mut shown = 0;
    let (median, min, max) = time(|| {
        shown = recurring_causes(black_box(&docs)).len();
        shown
    });
    println!(
        "recurring_causes over {POSTMORTEMS} post-mortems (home page): median {:.3} ms (min {:.3}, max {:.3}); {shown} shown",
        ms(median),
        ms(min),
        ms(max)
    );
    let skip = PostmortemId("pm-0".into());
    let (median, min, max) = time(|| {
        CausesElsewhere::new(black_box(&docs), &skip)
            .like("x y", 1)
            .len()
    });
    println!(
        "CausesElsewhere::new over {POSTMORTEMS} post-mortems (Causes step): median {:.3} ms (min {:.3}, max {:.3})",
        ms(median),
        ms(min),
        ms(max)
    );
}
