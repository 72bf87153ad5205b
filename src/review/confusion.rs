//! The confusion table of two annotators' char categories, counted sparsely, and the
//! chance-corrected figures computed from it (Cohen's kappa, Krippendorff's alpha).
//!
//! Only the pairs of categories that occur are stored: a schema of 20,000 labels
//! costs nothing until its labels meet (a dense table would be 20,001² cells).

use super::HashMap;

/// A square table of how often annotator A's category (row) met B's (column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confusion {
    size: usize,
    cells: HashMap<(usize, usize), u64>,
}

impl Confusion {
    /// An empty table over `size` categories.
    pub fn new(size: usize) -> Self {
        Confusion {
            size,
            cells: HashMap::default(),
        }
    }

    /// Counts `n` units that A put in category `a` and B in `b` (ignored when out of
    /// range).
    pub fn add(&mut self, a: usize, b: usize, n: u64) {
        if a < self.size && b < self.size && n > 0 {
            *self.cells.entry((a, b)).or_default() += n;
        }
    }

    /// The count of units A put in `a` and B in `b`.
    pub fn get(&self, a: usize, b: usize) -> u64 {
        self.cells.get(&(a, b)).copied().unwrap_or(0)
    }

    /// Number of categories.
    pub fn size(&self) -> usize {
        self.size
    }

    /// Total number of units.
    pub fn total(&self) -> u64 {
        self.cells.values().sum()
    }

    /// Units on which A and B agree.
    pub fn agreed(&self) -> u64 {
        self.cells
            .iter()
            .filter(|((a, b), _)| a == b)
            .map(|(_, n)| n)
            .sum()
    }

    /// Per category: units A put in it (row sum) and units B put in it (column sum).
    fn margins(&self) -> HashMap<usize, (u64, u64)> {
        let mut out: HashMap<usize, (u64, u64)> = HashMap::default();
        for (&(a, b), &n) in &self.cells {
            out.entry(a).or_default().0 += n;
            out.entry(b).or_default().1 += n;
        }
        out
    }

    /// Adds another table (cells outside this table's size are ignored).
    pub fn absorb(&mut self, other: &Confusion) {
        for (&(a, b), &n) in &other.cells {
            self.add(a, b, n);
        }
    }

    /// Adds another table with A and B swapped.
    pub fn absorb_transposed(&mut self, other: &Confusion) {
        for (&(a, b), &n) in &other.cells {
            self.add(b, a, n);
        }
    }

    /// The table with A and B swapped (rows become columns).
    pub fn transposed(&self) -> Confusion {
        Confusion {
            size: self.size,
            cells: self.cells.iter().map(|(&(a, b), &n)| ((b, a), n)).collect(),
        }
    }

    /// Number of cells stored (pairs of categories that occurred).
    pub fn stored_cells(&self) -> usize {
        self.cells.len()
    }
}

/// Cohen's kappa: (p_o − p_e) / (1 − p_e), with p_o the share of units on which A and
/// B agree and p_e = Σ_k p_A(k)·p_B(k). 1.0 when p_e = 1 or there are no units.
pub fn cohen_kappa(c: &Confusion) -> f64 {
    let n = c.total() as i128;
    if n == 0 {
        return 1.0;
    }
    let expected: i128 = c
        .margins()
        .values()
        .map(|&(row, column)| row as i128 * column as i128)
        .sum();
    let numerator = n * c.agreed() as i128 - expected;
    let denominator = n * n - expected;
    if denominator == 0 {
        1.0
    } else {
        numerator as f64 / denominator as f64
    }
}

/// Krippendorff's alpha for nominal data, two coders, no missing values:
/// α = ((n−1)·Σ_c o_cc − Σ_c n_c(n_c−1)) / (n(n−1) − Σ_c n_c(n_c−1)), where n = 2·units,
/// o_cc = 2·(units both put in c) and n_c = units A put in c + units B put in c.
/// 1.0 when the denominator is 0 (a single category used) or there are no units.
pub fn krippendorff_alpha(c: &Confusion) -> f64 {
    let units = c.total() as i128;
    if units == 0 {
        return 1.0;
    }
    let n = 2 * units;
    let same: i128 = c
        .margins()
        .values()
        .map(|&(row, column)| {
            let nc = (row + column) as i128;
            nc * (nc - 1)
        })
        .sum();
    let numerator = (n - 1) * 2 * c.agreed() as i128 - same;
    let denominator = n * (n - 1) - same;
    if denominator == 0 {
        1.0
    } else {
        numerator as f64 / denominator as f64
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(cells: &[(usize, usize, u64)], size: usize) -> Confusion {
        let mut c = Confusion::new(size);
        for &(a, b, n) in cells {
            c.add(a, b, n);
        }
        c
    }

    #[test]
    fn textbook_kappa_and_alpha() {
        // 2x2: yes/yes 20, yes/no 5, no/yes 10, no/no 15 (n = 50).
        // p_o = 35/50 = 0.7; p_A(yes) = 0.5, p_B(yes) = 0.6; p_e = 0.3 + 0.2 = 0.5;
        // kappa = 0.2 / 0.5 = 0.4.
        let c = table(&[(0, 0, 20), (0, 1, 5), (1, 0, 10), (1, 1, 15)], 2);
        assert!((cohen_kappa(&c) - 0.4).abs() < 1e-12);
        // alpha: n = 100, n_yes = 25 + 30 = 55, n_no = 45; Σ n_c(n_c−1) = 2970 + 1980
        // = 4950; Σ o_cc = 70; alpha = (99·70 − 4950) / (9900 − 4950) = 1980/4950 = 0.4
        assert!((krippendorff_alpha(&c) - 0.4).abs() < 1e-12);
        // Swapping the annotators changes neither.
        let t = c.transposed();
        assert_eq!(t.get(1, 0), 5);
        assert!((cohen_kappa(&t) - 0.4).abs() < 1e-12);
    }

    #[test]
    fn single_category_is_perfect_agreement() {
        let c = table(&[(0, 0, 7)], 3);
        assert_eq!(cohen_kappa(&c), 1.0);
        assert_eq!(krippendorff_alpha(&c), 1.0);
        assert_eq!(cohen_kappa(&Confusion::new(2)), 1.0);
    }

    #[test]
    fn a_huge_table_stores_only_what_occurs() {
        // 20,001 categories: a dense table would be 400 million cells.
        let c = table(
            &[(0, 0, 90), (7, 7, 5), (7, 19_999, 5), (20_001, 0, 3)],
            20_001,
        );
        assert_eq!(c.stored_cells(), 3, "out-of-range cell ignored");
        assert_eq!(c.total(), 100);
        assert_eq!(c.agreed(), 95);
        // p_o = 0.95; rows 0: 90, 7: 10; columns 0: 90, 7: 5, 19,999: 5;
        // p_e = (90·90 + 10·5) / 100² = 0.815; kappa = 0.135 / 0.185.
        assert!((cohen_kappa(&c) - 0.135 / 0.185).abs() < 1e-12);
    }
}
