//! Trains the coach's vague-action model (`src/coach/outcome.rs`) on the action items of the
//! development part of `tests/coach_real/` and writes its weights to
//! `src/coach/lexicon/outcome_model.rs`. Not a test: run with
//! `cargo run --release --example train_outcome_model` after the development part changes
//! (a test says when it has); `-- --cross-validate` first prints how the model and the rules
//! do on each gathering when it is left out of the training, the figures behind the model's
//! two thresholds.
//!
//! The model: logistic regression with an L1 penalty, so that most weights are exactly zero
//! and the few hundred left are small enough to ship; the two classes weighted equally
//! (vague actions are about a third of the items); fitted by accelerated proximal gradient
//! descent (FISTA), deterministic, in about a second.
// Size rules (clippy.toml) are for the shipped wasm, not for tools.
#![allow(clippy::disallowed_methods, clippy::disallowed_types)]

use std::collections::BTreeMap;
use std::fmt::Write as _;

use hindsight::coach::{check_rules, outcome, Context, Field, Finding, Kind};
use real_writing::{Gathering, DEVELOPMENT};
use tally::Tally;

#[path = "../tests/support/real_writing.rs"]
#[allow(dead_code)]
mod real_writing;
#[path = "../tests/support/tally.rs"]
#[allow(dead_code)]
mod tally;

/// The L1 penalty's inverse strength, as scikit-learn's `C`: chosen by cross-validation
/// (0.5 kept too few words, 2 let in words of single reports).
const C: f64 = 1.0;
const ITERATIONS: usize = 4000;
/// Weights are stored as `i8` sixteenths: ±7.9 is more than any weight reaches.
const SCALE: f64 = 16.0;
const OUT: &str = "src/coach/lexicon/outcome_model.rs";

struct Item {
    gathering: usize,
    text: String,
    vague: bool,
}

fn action_items(gatherings: &[Gathering]) -> Vec<Item> {
    let mut items = Vec::new();
    for (g, gathering) in gatherings.iter().enumerate() {
        for row in real_writing::rows(gathering.tsv).filter(|r| r.field == "action") {
            items.push(Item {
                gathering: g,
                text: row.text.to_owned(),
                vague: row.kinds.split(',').any(|k| k == "vague_action"),
            });
        }
    }
    items
}

/// Each item's features as sorted, distinct column numbers of `vocabulary`.
fn encode(items: &[&Item], vocabulary: &BTreeMap<String, usize>) -> Vec<Vec<usize>> {
    items
        .iter()
        .map(|item| {
            let mut row = Vec::new();
            outcome::features(&item.text, |f| {
                if let Some(&k) = vocabulary.get(f) {
                    row.push(k);
                }
            });
            row.sort_unstable();
            row.dedup();
            row
        })
        .collect()
}

fn vocabulary(items: &[&Item]) -> BTreeMap<String, usize> {
    let mut vocabulary = BTreeMap::new();
    for item in items {
        outcome::features(&item.text, |f| {
            let next = vocabulary.len();
            vocabulary.entry(f.to_owned()).or_insert(next);
        });
    }
    vocabulary
}

fn sigmoid(z: f64) -> f64 {
    1.0 / (1.0 + (-z).exp())
}

/// Minimises ‖w‖₁ + C Σ cᵢ log(1 + exp(−yᵢ(w·xᵢ + b))) (the bias unpenalised), with cᵢ
/// weighting both classes equally. Returns (w, b).
fn fit(rows: &[Vec<usize>], labels: &[bool], width: usize) -> (Vec<f64>, f64) {
    let n = rows.len() as f64;
    let positives = labels.iter().filter(|&&y| y).count() as f64;
    let class_weight = |y: bool| {
        if y {
            n / (2.0 * positives)
        } else {
            n / (2.0 * (n - positives))
        }
    };
    let c: Vec<f64> = labels.iter().map(|&y| C * class_weight(y)).collect();
    // The gradient's Lipschitz constant: a quarter of the largest eigenvalue of XᵀCX (with a
    // column of ones for the bias), by power iteration.
    let mut v = vec![1.0; width + 1];
    let mut lambda = 0.0;
    for _ in 0..50 {
        let mut next = vec![0.0; width + 1];
        for (row, ci) in rows.iter().zip(&c) {
            let dot: f64 = row.iter().map(|&k| v[k]).sum::<f64>() + v[width];
            for &k in row {
                next[k] += ci * dot;
            }
            next[width] += ci * dot;
        }
        lambda = next.iter().map(|x| x * x).sum::<f64>().sqrt();
        v = next.iter().map(|x| x / lambda).collect();
    }
    let step = 1.0 / (0.25 * lambda);
    let gradient = |w: &[f64]| {
        let mut g = vec![0.0; width + 1];
        for ((row, &y), ci) in rows.iter().zip(labels).zip(&c) {
            let z: f64 = row.iter().map(|&k| w[k]).sum::<f64>() + w[width];
            let r = ci * (sigmoid(z) - f64::from(u8::from(y)));
            for &k in row {
                g[k] += r;
            }
            g[width] += r;
        }
        g
    };
    let mut w = vec![0.0; width + 1];
    let mut y = w.clone();
    let mut t = 1.0_f64;
    for _ in 0..ITERATIONS {
        let g = gradient(&y);
        let mut next: Vec<f64> = y.iter().zip(&g).map(|(a, b)| a - step * b).collect();
        for x in &mut next[..width] {
            *x = x.signum() * (x.abs() - step).max(0.0);
        }
        let t_next = (1.0 + (1.0 + 4.0 * t * t).sqrt()) / 2.0;
        y = next
            .iter()
            .zip(&w)
            .map(|(a, b)| a + (t - 1.0) / t_next * (a - b))
            .collect();
        w = next;
        t = t_next;
    }
    let bias = w.pop().unwrap_or(0.0);
    (w, bias)
}

/// A trained model, quantised as it ships: features in byte order with their weights.
struct Model {
    weights: Vec<(String, i8)>,
    bias: i32,
}

fn train(items: &[&Item]) -> Model {
    let vocabulary = vocabulary(items);
    let rows = encode(items, &vocabulary);
    let labels: Vec<bool> = items.iter().map(|i| i.vague).collect();
    let (w, bias) = fit(&rows, &labels, vocabulary.len());
    let mut weights: Vec<(String, i8)> = vocabulary
        .iter()
        .filter_map(|(feature, &k)| {
            let q = (w[k] * SCALE).round().clamp(-127.0, 127.0) as i8;
            (q != 0).then(|| (feature.clone(), q))
        })
        .collect();
    // In the order the coach looks them up: by hash.
    weights.sort_by_key(|(f, _)| outcome::hash(f));
    Model {
        weights,
        bias: (bias * SCALE).round() as i32,
    }
}

impl Model {
    /// The log-odds of vagueness, as `outcome::vagueness` computes them.
    fn vagueness(&self, text: &str) -> f64 {
        let mut seen = Vec::new();
        outcome::features(text, |f| {
            if let Ok(k) = self
                .weights
                .binary_search_by_key(&outcome::hash(f), |(w, _)| outcome::hash(w))
            {
                seen.push(k);
            }
        });
        seen.sort_unstable();
        seen.dedup();
        let score: i32 = seen.iter().map(|&k| i32::from(self.weights[k].1)).sum();
        f64::from(self.bias + score) / SCALE
    }
}

/// Leaves each gathering out in turn, trains on the rest, and tallies the rules alone, the
/// model alone, and the two together as the coach uses them (`outcome::judge_with`, with its
/// guards), on the left-out items.
fn cross_validate(items: &[Item]) {
    let ctx = Context { people: &[] };
    let (mut rules, mut model, mut both) = (Tally::default(), Tally::default(), Tally::default());
    for g in 0..DEVELOPMENT.len() {
        let training: Vec<&Item> = items.iter().filter(|i| i.gathering != g).collect();
        let left_out: Vec<&Item> = items.iter().filter(|i| i.gathering == g).collect();
        if left_out.is_empty() {
            continue;
        }
        let m = train(&training);
        let vague = |findings: &[Finding]| findings.iter().any(|f| f.kind == Kind::VagueAction);
        for item in left_out {
            let mut findings = check_rules(&item.text, Field::Action, &ctx);
            rules.add(item.vague, vague(&findings));
            let score = m.vagueness(&item.text);
            model.add(item.vague, score > f64::from(outcome::FLAG_ABOVE));
            outcome::judge_with(&item.text, &mut findings, |line| m.vagueness(line) as f32);
            both.add(item.vague, vague(&findings));
        }
    }
    println!(
        "left out one gathering at a time, {} action items:",
        items.len()
    );
    println!("  rules alone        {rules}");
    println!("  model alone        {model}");
    println!("  rules and model    {both}");
}

fn main() {
    let items = action_items(&DEVELOPMENT);
    if std::env::args().any(|a| a == "--cross-validate") {
        cross_validate(&items);
    }
    let all: Vec<&Item> = items.iter().collect();
    let labelled: Vec<(bool, &str)> = items.iter().map(|i| (i.vague, i.text.as_str())).collect();
    let model = train(&all);
    let vague = items.iter().filter(|i| i.vague).count();
    let mut out = String::new();
    let _ = writeln!(
        out,
        "//! The vague-action model's weights (see `coach/outcome.rs`): generated by\n\
         //! `examples/train_outcome_model.rs` from {} action items ({vague} of them vague) of the\n\
         //! development part of `tests/coach_real/`. Do not edit: train again.\n\n\
         /// The fingerprint (`outcome::fingerprint_items`) of the action items it was trained\n\
         /// on: a test compares it with the development part's, so a change there without\n\
         /// training again is caught.\n\
         pub(crate) const OUTCOME_TRAINED_ON: u64 = {:#018x};\n\
         /// Weights and bias are in units of 1/OUTCOME_SCALE.\n\
         pub(crate) const OUTCOME_SCALE: f32 = {SCALE:.1};\n\
         pub(crate) const OUTCOME_BIAS: i32 = {};\n\
         /// The hashes (`outcome::hash`) of features (words, word pairs, `<s>`/`</s>` marking\n\
         /// the ends), in order; each feature is spelled in a comment. Their weights are in\n\
         /// OUTCOME_WEIGHTS, in the same order (two arrays pack tighter than pairs).\n\
         #[rustfmt::skip]\n\
         pub(crate) const OUTCOME_HASHES: [u32; {}] = [",
        items.len(),
        outcome::fingerprint_items(&labelled),
        model.bias,
        model.weights.len()
    );
    for (feature, _) in &model.weights {
        let _ = writeln!(out, "    {:#010x}, // {feature}", outcome::hash(feature));
    }
    let _ = writeln!(
        out,
        "];\n#[rustfmt::skip]\npub(crate) const OUTCOME_WEIGHTS: [i8; {}] = [",
        model.weights.len()
    );
    for chunk in model.weights.chunks(16) {
        let line: Vec<String> = chunk.iter().map(|(_, w)| w.to_string()).collect();
        let _ = writeln!(out, "    {},", line.join(", "));
    }
    out.push_str("];\n");
    std::fs::write(OUT, out).unwrap_or_else(|e| panic!("writing {OUT}: {e}"));
    println!(
        "wrote {OUT}: {} weights from {} action items ({vague} vague)",
        model.weights.len(),
        items.len()
    );
}
