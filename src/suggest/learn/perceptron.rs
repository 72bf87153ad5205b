//! An averaged perceptron over hashed features (Collins 2002; the averaging as in
//! Daumé's thesis: the running weights `w`, the step-weighted updates `u`, and the
//! average `w - u / c`), with [`TAGS`] scores per feature. Features are 64-bit
//! hashes folded into 2^[`BITS`] buckets (the hashing trick): the table has a
//! fixed size whatever the vocabulary, and a lookup is an index, not a map.

use serde::{Deserialize, Serialize};

use super::tags::TAGS;

/// log2 of the number of buckets.
pub const BITS: u32 = 18;
const BUCKETS: usize = 1 << BITS;

/// The bucket of feature hash `h` (Fibonacci hashing: the high bits of a
/// multiplication, well spread even when the hashes differ in few bits).
fn bucket(h: u64) -> usize {
    (h.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - BITS)) as usize
}

/// The weights a model decides with: [`TAGS`] per bucket.
#[derive(Debug, Clone, PartialEq)]
pub struct Weights {
    table: Vec<f32>,
}

impl Default for Weights {
    fn default() -> Self {
        Weights {
            table: vec![0.0; BUCKETS * TAGS],
        }
    }
}

impl Weights {
    /// Adds the weights of `features` to `scores` (the reference scoring; the
    /// model scores through `scorer`).
    #[cfg(test)]
    pub fn add_scores(&self, features: &[u64], scores: &mut [f32; TAGS]) {
        for &f in features {
            let at = bucket(f) * TAGS;
            if let Some(row) = self.table.get(at..at + TAGS) {
                for (s, w) in scores.iter_mut().zip(row) {
                    *s += w;
                }
            }
        }
    }

    /// The weights of feature `f` (its bucket's row).
    pub fn row(&self, f: u64) -> [f32; TAGS] {
        let at = bucket(f) * TAGS;
        let mut row = [0.0; TAGS];
        if let Some(w) = self.table.get(at..at + TAGS) {
            row.copy_from_slice(w);
        }
        row
    }

    /// True when every weight is zero (a model trained on nothing).
    pub fn is_empty(&self) -> bool {
        self.table.iter().all(|&w| w == 0.0)
    }

    /// The buckets with a weight that is not zero, for saving.
    pub fn rows(&self) -> Vec<Row> {
        (self.table.chunks_exact(TAGS).enumerate())
            .filter(|(_, r)| r.iter().any(|&w| w != 0.0))
            .map(|(i, r)| {
                let mut w = [0.0; TAGS];
                w.copy_from_slice(r);
                Row(i as u32, w)
            })
            .collect()
    }

    /// Weights from saved rows; `None` when a bucket is out of range.
    pub fn from_rows(rows: &[Row]) -> Option<Self> {
        let mut w = Weights::default();
        for Row(i, r) in rows {
            let at = usize::try_from(*i).ok()?.checked_mul(TAGS)?;
            w.table.get_mut(at..at + TAGS)?.copy_from_slice(r);
        }
        Some(w)
    }
}

/// One saved bucket: its index and its [`TAGS`] weights.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Row(pub u32, pub [f32; TAGS]);

/// The perceptron while it learns.
#[derive(Debug, Clone)]
pub struct Trainer {
    w: Vec<f32>,
    u: Vec<f64>,
    /// Steps taken, from 1.
    c: f64,
}

impl Trainer {
    /// Starts from `weights` (zero for a new model, a trained model's average for
    /// one more pass).
    pub fn from_weights(weights: &Weights) -> Self {
        Trainer {
            w: weights.table.clone(),
            u: vec![0.0; BUCKETS * TAGS],
            c: 1.0,
        }
    }

    /// The current (not averaged) scores of `features`.
    pub fn scores(&self, features: &[u64]) -> [f32; TAGS] {
        let mut scores = [0.0; TAGS];
        for &f in features {
            let at = bucket(f) * TAGS;
            for (s, w) in scores.iter_mut().zip(&self.w[at..at + TAGS]) {
                *s += w;
            }
        }
        scores
    }

    /// One example seen: when `guess` is not `truth`, the features' weights move
    /// towards `truth` and away from `guess`.
    pub fn learn(&mut self, features: &[u64], truth: usize, guess: usize) {
        if truth != guess {
            for &f in features {
                let at = bucket(f) * TAGS;
                self.w[at + truth] += 1.0;
                self.w[at + guess] -= 1.0;
                self.u[at + truth] += self.c;
                self.u[at + guess] -= self.c;
            }
        }
        self.c += 1.0;
    }

    /// The averaged weights.
    pub fn average(&self) -> Weights {
        let table = (self.w.iter().zip(&self.u))
            .map(|(&w, &u)| (f64::from(w) - u / self.c) as f32)
            .collect();
        Weights { table }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_average_favours_weights_that_lasted_and_rows_round_trip() {
        let mut t = Trainer::from_weights(&Weights::default());
        t.learn(&[7], 1, 0);
        for _ in 0..8 {
            t.learn(&[7], 1, 1);
        }
        let w = t.average();
        let mut s = [0.0; TAGS];
        w.add_scores(&[7], &mut s);
        assert!(s[1] > 0.5 && s[0] < -0.5, "{s:?}");
        assert_eq!(Weights::from_rows(&w.rows()), Some(w.clone()));
        assert_eq!(w.rows().len(), 1);
        assert!(Weights::from_rows(&[Row(u32::MAX, [0.0; TAGS])]).is_none());
        assert!(Weights::default().is_empty());
    }
}
