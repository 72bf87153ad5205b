//! Matching spans of two annotators: exact matches and the one-to-one greedy overlap
//! matching.

use super::HashMap;

use crate::model::Annotation;

/// What agreement looks at in an annotation: its bounds (chars, end exclusive) and
/// label.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Span {
    /// First char.
    pub start: usize,
    /// One past the last char.
    pub end: usize,
    /// Label id.
    pub label: String,
}

impl Span {
    /// A span of `label` over `[start, end)`.
    pub fn new(start: usize, end: usize, label: impl Into<String>) -> Self {
        Span {
            start,
            end,
            label: label.into(),
        }
    }

    /// Length in chars.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers nothing.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }
}

impl From<&Annotation> for Span {
    fn from(a: &Annotation) -> Self {
        Span::new(a.start, a.end, a.label.clone())
    }
}

/// Chars shared by `[a0, a1)` and `[b0, b1)`.
pub fn overlap_len(a: (usize, usize), b: (usize, usize)) -> usize {
    a.1.min(b.1).saturating_sub(a.0.max(b.0))
}

/// Number of one-to-one exact matches (equal start, end and label) between `a` and
/// `b`: for each distinct span, the smaller of its two counts.
pub fn exact_matches(a: &[Span], b: &[Span]) -> usize {
    let mut counts: HashMap<&Span, (usize, usize)> = HashMap::default();
    for s in a {
        counts.entry(s).or_default().0 += 1;
    }
    for s in b {
        counts.entry(s).or_default().1 += 1;
    }
    counts.values().map(|(x, y)| x.min(y)).sum()
}

/// One-to-one matching of spans that share at least one char and for which
/// `compatible(i, j)` holds, chosen greedily by largest overlap. Ties go to the pair
/// whose `a` span comes first (by start, then end), then whose `b` span comes first.
/// Returns `(index in a, index in b)` pairs.
pub fn greedy_overlap_pairs(
    a: &[(usize, usize)],
    b: &[(usize, usize)],
    compatible: impl Fn(usize, usize) -> bool,
) -> Vec<(usize, usize)> {
    // Candidates come from an interval index over b: O((|a| + |b|) log |b| + k),
    // not a scan of b per span of a.
    let index = crate::model::SpanIndex::new(b.iter().enumerate().map(|(j, &(s, e))| (s, e, j)));
    // (shared chars, a's bounds, b's bounds, index in a, index in b)
    type Candidate = (usize, (usize, usize), (usize, usize), usize, usize);
    let mut candidates: Vec<Candidate> = Vec::new();
    for (i, &sa) in a.iter().enumerate() {
        index.for_each_overlapping(sa.0, sa.1, |j, s, e| {
            let sb = (s, e);
            let shared = overlap_len(sa, sb);
            if shared > 0 && compatible(i, j) {
                candidates.push((shared, sa, sb, i, j));
            }
        });
    }
    candidates.sort_by(|x, y| {
        y.0.cmp(&x.0)
            .then(x.1.cmp(&y.1))
            .then(x.2.cmp(&y.2))
            .then(x.3.cmp(&y.3))
            .then(x.4.cmp(&y.4))
    });
    let mut used_a = vec![false; a.len()];
    let mut used_b = vec![false; b.len()];
    let mut pairs = Vec::new();
    for (_, _, _, i, j) in candidates {
        let (Some(ua), Some(ub)) = (used_a.get(i), used_b.get(j)) else {
            continue;
        };
        if *ua || *ub {
            continue;
        }
        used_a[i] = true;
        used_b[j] = true;
        pairs.push((i, j));
    }
    pairs
}

/// Number of one-to-one overlap matches between `a` and `b`: same label, at least one
/// shared char, greedy by largest overlap (see [`greedy_overlap_pairs`]).
pub fn overlap_matches(a: &[Span], b: &[Span]) -> usize {
    let bounds = |v: &[Span]| v.iter().map(|s| (s.start, s.end)).collect::<Vec<_>>();
    greedy_overlap_pairs(
        &bounds(a),
        &bounds(b),
        |i, j| matches!((a.get(i), b.get(j)), (Some(x), Some(y)) if x.label == y.label),
    )
    .len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exact_matching_is_one_to_one() {
        let a = vec![Span::new(0, 3, "claim"), Span::new(0, 3, "claim")];
        let b = vec![Span::new(0, 3, "claim"), Span::new(0, 3, "speculation")];
        assert_eq!(exact_matches(&a, &b), 1);
    }

    #[test]
    fn greedy_prefers_largest_overlap() {
        // a0 overlaps b0 by 1 and b1 by 4; a1 overlaps b0 by 3.
        let a = [(0, 10), (12, 20)];
        let b = [(9, 15), (2, 6)];
        let pairs = greedy_overlap_pairs(&a, &b, |_, _| true);
        assert_eq!(pairs, vec![(0, 1), (1, 0)]);
    }

    #[test]
    fn overlap_needs_same_label_and_a_shared_char() {
        let a = vec![Span::new(0, 5, "claim"), Span::new(10, 12, "claim")];
        let b = vec![Span::new(5, 9, "claim"), Span::new(11, 20, "speculation")];
        assert_eq!(overlap_matches(&a, &b), 0);
        let b = vec![Span::new(4, 9, "claim")];
        assert_eq!(overlap_matches(&a, &b), 1);
    }
}
