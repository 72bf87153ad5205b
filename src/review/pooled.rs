//! One document's pooled tallies: for each annotator who had it, the sum of their
//! pairwise tallies with every other annotator who had it — computed from counts, in
//! time linear in the annotators, not by comparing each pair.
//!
//! With k annotators on the document:
//! - spans: A = own spans × (k − 1), B = everyone else's spans;
//! - exact matches: spans grouped by (start, end, label); an annotator with c copies
//!   matches min(c, c') of another's c' copies;
//! - overlap matches: an annotator with one span of a label matches each other
//!   annotator with one overlapping span of it (counted with sorted starts and ends);
//!   pairs where either has several spans of the label are matched pair by pair;
//! - char tables: per category, the number of annotators putting each char in it
//!   (piecewise constant between run boundaries, summed by prefix sums), minus the
//!   annotator themself.

use super::HashMap;

use super::metrics::{Category, LabelSpans, Labels, Prepared, Tally, covered};
use super::spans::{overlap_len, overlap_matches};

/// The pooled tallies of each of `annotators` (prepared on one document), in order:
/// the rows of the labels used on the document (by position) and the overall row.
pub(crate) fn pooled(
    annotators: &[Prepared],
    labels: &Labels,
) -> Vec<(HashMap<usize, Tally>, Tally)> {
    let k = annotators.len();
    let others = k.saturating_sub(1) as u64;
    let len = annotators.iter().map(|p| p.len).max().unwrap_or(0) as u64;
    let mut out: Vec<(HashMap<usize, Tally>, Tally)> = (0..k)
        .map(|_| (HashMap::default(), Tally::new(labels.len() + 1)))
        .collect();
    let all_spans: usize = annotators.iter().map(|p| p.spans).sum();
    for (x, p) in annotators.iter().enumerate() {
        out[x].1.a_spans = p.spans * k.saturating_sub(1);
        out[x].1.b_spans = all_spans - p.spans;
    }
    let mut used: Vec<&str> = annotators
        .iter()
        .flat_map(|p| p.by_label.keys().map(String::as_str))
        .collect();
    used.sort_unstable();
    used.dedup();
    for label in used {
        let empty: LabelSpans = (Vec::new(), Vec::new());
        let sides: Vec<&LabelSpans> = annotators
            .iter()
            .map(|p| p.by_label.get(label).unwrap_or(&empty))
            .collect();
        let exact = exact_counts(&sides);
        let overlap = overlap_counts(&sides);
        let label_spans: usize = sides.iter().map(|s| s.0.len()).sum();
        for x in 0..k {
            out[x].1.exact_matches += exact[x];
            out[x].1.overlap_matches += overlap[x];
        }
        let Some(position) = labels.position(label) else {
            continue;
        };
        let cover = Profile::new(sides.iter().map(|s| s.1.iter().map(|&(s, e)| (s, e, 0))));
        let everyone = cover.sum(0, 0, len as usize);
        for (x, side) in sides.iter().enumerate() {
            let mut t = Tally::new(2);
            t.a_spans = side.0.len() * k.saturating_sub(1);
            t.b_spans = label_spans - side.0.len();
            t.exact_matches = exact[x];
            t.overlap_matches = overlap[x];
            let own = covered(&side.1);
            let met: u64 = side.1.iter().map(|&(s, e)| cover.sum(0, s, e)).sum::<u64>() - own;
            t.confusion.add(1, 1, met);
            t.confusion.add(1, 0, own * others - met);
            let missed = everyone - own - met;
            t.confusion.add(0, 1, missed);
            t.confusion.add(0, 0, (len - own) * others - missed);
            out[x].0.insert(position, t);
        }
    }
    let runs = Profile::new(annotators.iter().map(|p| {
        let mut start = 0;
        p.runs.iter().map(move |&(end, c)| {
            let run = (start, end, c);
            start = end;
            run
        })
    }));
    for (x, p) in annotators.iter().enumerate() {
        let mut start = 0;
        for &(end, c) in &p.runs {
            for &other in runs.categories() {
                let mut n = runs.sum(other, start, end);
                if other == c {
                    n -= (end - start) as u64;
                }
                out[x]
                    .1
                    .confusion
                    .add(usize::from(c), usize::from(other), n);
            }
            start = end;
        }
    }
    out
}

/// Exact matches of each side with all the others: spans grouped by bounds (the
/// label is the same within a call).
fn exact_counts(sides: &[&LabelSpans]) -> Vec<usize> {
    let mut groups: HashMap<(usize, usize), HashMap<usize, usize>> = HashMap::default();
    for (x, side) in sides.iter().enumerate() {
        for s in &side.0 {
            *groups
                .entry((s.start, s.end))
                .or_default()
                .entry(x)
                .or_default() += 1;
        }
    }
    let mut out = vec![0; sides.len()];
    for members in groups.values() {
        let mut counts: Vec<usize> = members.values().copied().collect();
        counts.sort_unstable();
        let mut prefix = vec![0; counts.len() + 1];
        for (i, c) in counts.iter().enumerate() {
            prefix[i + 1] = prefix[i] + c;
        }
        for (&x, &c) in members {
            // Σ over every member of min(c, c'), less the member itself.
            let at_most = counts.partition_point(|&v| v <= c);
            let total = prefix[at_most] + c * (counts.len() - at_most);
            out[x] += total - c;
        }
    }
    out
}

/// Overlap matches of each side with all the others (one-to-one greedy per pair).
fn overlap_counts(sides: &[&LabelSpans]) -> Vec<usize> {
    let mut out = vec![0; sides.len()];
    // Sides with one non-empty span: counted against each other with sorted bounds.
    let single = |x: usize| match sides[x].0.as_slice() {
        [s] if s.start < s.end => Some((s.start, s.end)),
        _ => None,
    };
    let singles: Vec<(usize, usize)> = (0..sides.len()).filter_map(single).collect();
    let mut starts: Vec<usize> = singles.iter().map(|s| s.0).collect();
    let mut ends: Vec<usize> = singles.iter().map(|s| s.1).collect();
    starts.sort_unstable();
    ends.sort_unstable();
    for (x, slot) in out.iter_mut().enumerate() {
        if let Some((s, e)) = single(x) {
            let after = starts.len() - starts.partition_point(|&v| v < e);
            let before = ends.partition_point(|&v| v <= s);
            // Everyone else whose span shares a char with this one (not itself).
            *slot += singles.len() - after - before - 1;
        }
    }
    // Pairs where one side has several spans (or an empty one): pair by pair.
    let several: Vec<usize> = (0..sides.len())
        .filter(|&x| single(x).is_none() && !sides[x].0.is_empty())
        .collect();
    for &x in &several {
        for y in 0..sides.len() {
            if y == x || sides[y].0.is_empty() || (single(y).is_none() && y < x) {
                continue;
            }
            let n = match single(y) {
                // Against one span, a one-to-one matching finds it or not.
                Some(b) => usize::from(
                    sides[x]
                        .0
                        .iter()
                        .any(|a| overlap_len((a.start, a.end), b) > 0),
                ),
                None => overlap_matches(&sides[x].0, &sides[y].0),
            };
            out[x] += n;
            out[y] += n;
        }
    }
    out
}

/// How many annotators put each char in each category, as sums over ranges: the
/// runs' bounds cut the text into segments of constant counts.
struct Profile {
    bounds: Vec<usize>,
    /// Per category: Σ over the segments before bound i of count × segment length.
    sums: HashMap<Category, Vec<u64>>,
    order: Vec<Category>,
}

impl Profile {
    fn new<I, R>(annotators: I) -> Self
    where
        I: Iterator<Item = R> + Clone,
        R: Iterator<Item = (usize, usize, Category)>,
    {
        let mut bounds: Vec<usize> = Vec::new();
        for runs in annotators.clone() {
            for (s, e, _) in runs {
                bounds.push(s);
                bounds.push(e);
            }
        }
        bounds.sort_unstable();
        bounds.dedup();
        let at = |v: usize| bounds.partition_point(|&b| b < v);
        let mut diff: HashMap<Category, Vec<i64>> = HashMap::default();
        for runs in annotators {
            for (s, e, c) in runs {
                if s < e {
                    let d = diff.entry(c).or_insert_with(|| vec![0; bounds.len() + 1]);
                    d[at(s)] += 1;
                    d[at(e)] -= 1;
                }
            }
        }
        let mut order: Vec<Category> = diff.keys().copied().collect();
        order.sort_unstable();
        let sums = diff
            .into_iter()
            .map(|(c, d)| {
                let mut acc = vec![0u64; bounds.len()];
                let mut count = 0i64;
                for i in 1..bounds.len() {
                    count += d[i - 1];
                    let width = (bounds[i] - bounds[i - 1]) as u64;
                    acc[i] = acc[i - 1] + count.max(0) as u64 * width;
                }
                (c, acc)
            })
            .collect();
        Profile {
            bounds,
            sums,
            order,
        }
    }

    /// The categories anyone used.
    fn categories(&self) -> &[Category] {
        &self.order
    }

    /// Σ over chars `start..end` of the annotators putting them in `c` (`start` and
    /// `end` must be run bounds, or outside all runs).
    fn sum(&self, c: Category, start: usize, end: usize) -> u64 {
        let Some(acc) = self.sums.get(&c) else {
            return 0;
        };
        let value = |v: usize| {
            let i = self.bounds.partition_point(|&b| b < v);
            acc.get(i).or(acc.last()).copied().unwrap_or(0)
        };
        value(end).saturating_sub(value(start))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::review::metrics::tally_pair;
    use crate::review::spans::Span;

    /// Sums of [`tally_pair`] over every pair: what [`pooled`] must equal.
    fn pair_by_pair(ps: &[Prepared], labels: &Labels) -> Vec<(HashMap<usize, Tally>, Tally)> {
        let mut out: Vec<(HashMap<usize, Tally>, Tally)> = ps
            .iter()
            .map(|_| (HashMap::default(), Tally::new(labels.len() + 1)))
            .collect();
        for x in 0..ps.len() {
            for y in 0..ps.len() {
                if x == y {
                    continue;
                }
                let (rows, all) = tally_pair(&ps[x], &ps[y], labels);
                out[x].1.absorb(&all);
                for (k, t) in rows {
                    out[x]
                        .0
                        .entry(k)
                        .or_insert_with(|| Tally::new(2))
                        .absorb(&t);
                }
            }
        }
        out
    }

    #[test]
    fn pooled_counts_equal_the_sum_of_every_pair() {
        let names: Vec<String> = ["claim", "speculation", "attribution"]
            .map(String::from)
            .to_vec();
        let labels = Labels::new(&names);
        let mut rng = fastrand::Rng::with_seed(18);
        for round in 0..40 {
            let len = rng.usize(0..60);
            let k = rng.usize(2..9);
            let ps: Vec<Prepared> = (0..k)
                .map(|_| {
                    let spans: Vec<Span> = (0..rng.usize(0..6))
                        .map(|_| {
                            let s = rng.usize(0..len + 3);
                            let e = s + rng.usize(0..12);
                            let label =
                                ["claim", "speculation", "attribution", "other"][rng.usize(0..4)];
                            // Now and then a copy of a common span (exact matches).
                            if rng.usize(0..3) == 0 {
                                Span::new(2, 9, "claim")
                            } else {
                                Span::new(s, e, label)
                            }
                        })
                        .collect();
                    Prepared::new(len, &spans, &labels)
                })
                .collect();
            let want = pair_by_pair(&ps, &labels);
            let got = pooled(&ps, &labels);
            for (x, ((gr, go), (wr, wo))) in got.iter().zip(&want).enumerate() {
                assert_eq!(go, wo, "round {round}, annotator {x}: overall");
                for (k, w) in wr {
                    let g = gr.get(k).cloned().unwrap_or_else(|| Tally::new(2));
                    // Rows the pairs never saw are all "not covered" on both sides.
                    let mut w = w.clone();
                    let missing = g.confusion.total() - w.confusion.total();
                    w.confusion.add(0, 0, missing);
                    assert_eq!(g, w, "round {round}, annotator {x}, label {k}");
                }
            }
        }
    }
}
