//! Counting a checker's answers against labels: found, false alarms, missed.

/// Sentence-level counts for one question ("is there blame here?").
#[derive(Default, Clone, Copy, Debug)]
pub struct Tally {
    /// Flagged and expected.
    pub tp: usize,
    /// Flagged, not expected: a false alarm.
    pub fp: usize,
    /// Expected, not flagged: a miss.
    pub fn_: usize,
}

impl Tally {
    /// Counts one sentence.
    pub fn add(&mut self, expected: bool, flagged: bool) {
        match (expected, flagged) {
            (true, true) => self.tp += 1,
            (false, true) => self.fp += 1,
            (true, false) => self.fn_ += 1,
            (false, false) => {}
        }
    }

    /// Of what was flagged, the share that was right (1 when nothing was flagged).
    pub fn precision(self) -> f64 {
        ratio(self.tp, self.tp + self.fp)
    }

    /// Of what was expected, the share that was flagged (1 when nothing was expected).
    pub fn recall(self) -> f64 {
        ratio(self.tp, self.tp + self.fn_)
    }
}

/// "precision 0.83 recall 0.67   (858 found, 172 false alarms, 430 missed)".
impl std::fmt::Display for Tally {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "precision {:.2} recall {:.2}   ({} found, {} false alarms, {} missed)",
            self.precision(),
            self.recall(),
            self.tp,
            self.fp,
            self.fn_
        )
    }
}

/// `a / b`, and 1 when `b` is 0 (nothing to get wrong).
pub fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}
