//! Block heights and their running sums (block tops) in a Fenwick tree: changing one
//! height, the top of a block and the block at a given height all cost O(log n), so
//! a frame that measures a few paragraphs of a 10 MB article does no work
//! proportional to its paragraphs.

/// Heights with O(log n) updates, prefix sums and search. Sums are kept in `f64`, so
/// that the tops of a very long article do not drift from float rounding.
#[derive(Debug, Default, Clone)]
pub struct PrefixSums {
    heights: Vec<f32>,
    /// 1-based Fenwick tree: `tree[i]` sums heights `(i - lowbit(i), i]`.
    tree: Vec<f64>,
}

fn lowbit(i: usize) -> usize {
    i & i.wrapping_neg()
}

impl PrefixSums {
    /// The sums of `heights` (built in O(n)).
    pub fn new(heights: Vec<f32>) -> Self {
        let n = heights.len();
        let mut tree = vec![0.0; n + 1];
        for i in 1..=n {
            tree[i] += f64::from(heights[i - 1]);
            let j = i + lowbit(i);
            if j <= n {
                tree[j] += tree[i];
            }
        }
        PrefixSums { heights, tree }
    }

    /// Number of heights.
    pub fn len(&self) -> usize {
        self.heights.len()
    }

    /// Height `k` (0 past the end).
    pub fn get(&self, k: usize) -> f32 {
        self.heights.get(k).copied().unwrap_or(0.0)
    }

    /// Sets height `k` (ignored past the end); returns the change.
    pub fn set(&mut self, k: usize, height: f32) -> f32 {
        let Some(h) = self.heights.get_mut(k) else {
            return 0.0;
        };
        let delta = height - *h;
        if delta == 0.0 {
            return 0.0;
        }
        *h = height;
        let delta64 = f64::from(delta);
        let mut i = k + 1;
        while i < self.tree.len() {
            self.tree[i] += delta64;
            i += lowbit(i);
        }
        delta
    }

    /// Sum of the first `k` heights (the top of block `k`); all of them past the end.
    pub fn prefix(&self, k: usize) -> f32 {
        let mut i = k.min(self.len());
        let mut sum = 0.0;
        while i > 0 {
            sum += self.tree[i];
            i -= lowbit(i);
        }
        sum as f32
    }

    /// Sum of all heights.
    pub fn total(&self) -> f32 {
        self.prefix(self.len())
    }

    /// The largest `k` with `prefix(k) <= y` (0 when `y` is negative; `len()` when
    /// `y` is past the total). Heights must not be negative.
    pub fn count_up_to(&self, y: f32) -> usize {
        let n = self.len();
        let mut rest = f64::from(y);
        if rest < 0.0 {
            return 0;
        }
        let mut pos = 0;
        let mut step = if n == 0 { 0 } else { 1 << n.ilog2() };
        while step > 0 {
            if let Some(&t) = self.tree.get(pos + step)
                && t <= rest
            {
                pos += step;
                rest -= t;
            }
            step >>= 1;
        }
        pos
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn naive_prefix(h: &[f32], k: usize) -> f32 {
        h[..k.min(h.len())]
            .iter()
            .map(|&x| f64::from(x))
            .sum::<f64>() as f32
    }

    #[test]
    fn sums_updates_and_searches_agree_with_a_running_sum() {
        let mut rng = fastrand::Rng::with_seed(5);
        for n in [0usize, 1, 2, 3, 7, 8, 9, 100, 1000] {
            let mut h: Vec<f32> = (0..n).map(|_| 10.0 + rng.f32() * 90.0).collect();
            let mut sums = PrefixSums::new(h.clone());
            for round in 0..50 {
                if n > 0 && round > 0 {
                    let k = rng.usize(..n);
                    let v = 10.0 + rng.f32() * 90.0;
                    let d = sums.set(k, v);
                    assert_eq!(d, v - h[k]);
                    h[k] = v;
                }
                for k in 0..=n + 1 {
                    assert!(
                        (sums.prefix(k) - naive_prefix(&h, k)).abs() < 1e-2,
                        "{n} {k}"
                    );
                }
                assert!((sums.total() - naive_prefix(&h, n)).abs() < 1e-2);
                for _ in 0..20 {
                    let y = rng.f32() * (sums.total() + 50.0) - 10.0;
                    let want = (0..=n).filter(|&k| naive_prefix(&h, k) <= y).count();
                    let want = want.saturating_sub(1);
                    assert_eq!(sums.count_up_to(y), want, "n {n} y {y}");
                }
            }
        }
    }

    #[test]
    fn exact_tops_land_in_their_block() {
        let sums = PrefixSums::new(vec![20.0, 30.0, 0.5, 40.0]);
        assert_eq!(sums.count_up_to(0.0), 0);
        assert_eq!(sums.count_up_to(19.9), 0);
        assert_eq!(sums.count_up_to(20.0), 1);
        assert_eq!(sums.count_up_to(50.2), 2);
        assert_eq!(sums.count_up_to(50.5), 3);
        assert_eq!(sums.count_up_to(1e9), 4);
        assert_eq!(sums.count_up_to(-3.0), 0);
        assert_eq!(sums.get(9), 0.0);
    }
}
