//! How often two annotators who drew the same attribution named the same
//! source. Span figures alone hide it: two careful analysts reading the same
//! eight articles from the same guidelines (the suggestion sample's `fresh9`
//! and `fresh9b`) drew 96 % of their attribution spans alike but named the
//! same source for under half of them.

use serde::Serialize;

use super::corpus::same_source;
use super::spans::greedy_overlap_pairs;
use crate::model::Annotation;

/// Attributions two annotators both drew, and how many of them name the same
/// source.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize)]
pub struct SourceAgreement {
    /// Pairs of annotations, one of each annotator, with the same label, at
    /// least one shared char and a source on at least one side, matched one to
    /// one by largest overlap.
    pub paired: usize,
    /// Those of the pairs whose sources are equal (surrounding spaces aside).
    pub same_source: usize,
}

impl SourceAgreement {
    /// The pairs of `a`'s and `b`'s annotations on one document (see
    /// [`SourceAgreement::paired`]) and how many name the same source.
    pub fn of(a: &[&Annotation], b: &[&Annotation]) -> Self {
        let sourced = |x: &Annotation| x.source.as_deref().is_some_and(|s| !s.trim().is_empty());
        if !a.iter().chain(b).any(|x| sourced(x)) {
            return Self::default();
        }
        let bounds = |v: &[&Annotation]| v.iter().map(|x| (x.start, x.end)).collect::<Vec<_>>();
        // A span with a source meets the other side's span of its label with
        // none too: a pair, with different sources.
        let pairs = greedy_overlap_pairs(&bounds(a), &bounds(b), |i, j| {
            matches!((a.get(i), b.get(j)),
                (Some(x), Some(y)) if x.label == y.label && (sourced(x) || sourced(y)))
        });
        let same = (pairs.iter())
            .filter(|&&(i, j)| same_source(&a[i].source, &b[j].source))
            .count();
        SourceAgreement {
            paired: pairs.len(),
            same_source: same,
        }
    }

    /// Adds `other`'s counts (another document's).
    pub fn absorb(&mut self, other: SourceAgreement) {
        self.paired += other.paired;
        self.same_source += other.same_source;
    }

    /// The share of the pairs naming the same source; `None` with no pair.
    pub fn share(&self) -> Option<f64> {
        (self.paired > 0).then(|| self.same_source as f64 / self.paired as f64)
    }

    /// One line for people: "Sources: 67 of 157 attributions both drew name the
    /// same source (43%)", or `None` with no pair.
    pub fn line(&self) -> Option<String> {
        let share = self.share()?;
        Some(format!(
            "Sources: {} of {} attribution{} both drew name the same source ({:.0}%)",
            self.same_source,
            self.paired,
            if self.paired == 1 { "" } else { "s" },
            share * 100.0
        ))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ann(start: usize, end: usize, label: &str, source: Option<&str>) -> Annotation {
        let mut a = Annotation::new("d", start, end, "", label, "x");
        a.source = source.map(str::to_string);
        a
    }

    fn of(a: &[Annotation], b: &[Annotation]) -> SourceAgreement {
        fn refs(v: &[Annotation]) -> Vec<&Annotation> {
            v.iter().collect()
        }
        SourceAgreement::of(&refs(a), &refs(b))
    }

    #[test]
    fn overlapping_attributions_are_paired_and_their_sources_compared() {
        let a = [
            ann(0, 10, "attribution", Some("KCNA")),
            ann(20, 30, "attribution", Some("Korea Coast Guard")),
            ann(40, 50, "attribution", Some("NIS")),
        ];
        let b = [
            ann(2, 12, "attribution", Some(" KCNA ")),
            ann(20, 28, "attribution", Some("South Korean officials")),
            ann(60, 70, "attribution", Some("NIS")),
        ];
        let s = of(&a, &b);
        assert_eq!((s.paired, s.same_source), (2, 1));
        assert_eq!(s.share(), Some(0.5));
        assert_eq!(
            s.line().as_deref(),
            Some("Sources: 1 of 2 attributions both drew name the same source (50%)")
        );
    }

    #[test]
    fn pairs_are_one_to_one_by_largest_overlap_and_need_the_same_label() {
        let a = [ann(0, 10, "attribution", Some("KCNA"))];
        let b = [
            ann(8, 20, "attribution", Some("KCNA")),
            ann(0, 9, "attribution", Some("Yonhap")),
            ann(0, 10, "claim", None),
        ];
        let s = of(&a, &b);
        assert_eq!((s.paired, s.same_source), (1, 0));
    }

    #[test]
    fn a_source_against_none_is_a_pair_that_differs() {
        let a = [ann(0, 10, "attribution", Some("KCNA"))];
        let b = [ann(0, 10, "attribution", None)];
        let s = of(&a, &b);
        assert_eq!((s.paired, s.same_source), (1, 0));
        assert_eq!(of(&b, &a), s);
    }

    #[test]
    fn spans_without_a_source_on_either_side_are_not_pairs() {
        let a = [
            ann(0, 10, "claim", None),
            ann(20, 30, "attribution", Some(" ")),
        ];
        let b = [ann(0, 10, "claim", None), ann(20, 30, "attribution", None)];
        let s = of(&a, &b);
        assert_eq!(s, SourceAgreement::default());
        assert_eq!((s.share(), s.line()), (None, None));
    }

    #[test]
    fn counts_add_up_over_documents() {
        let mut total = SourceAgreement::default();
        total.absorb(SourceAgreement {
            paired: 3,
            same_source: 1,
        });
        total.absorb(SourceAgreement {
            paired: 2,
            same_source: 2,
        });
        assert_eq!(
            total,
            SourceAgreement {
                paired: 5,
                same_source: 3
            }
        );
    }
}
