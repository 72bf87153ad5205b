//! Agreement figures between two annotators: exact and overlap span F1, and Cohen's
//! kappa and Krippendorff's alpha (nominal) over characters.
//!
//! Definitions (also in the README):
//! - exact F1 = 2·matches / (|A| + |B|), a match being equal start, end and label
//!   (one-to-one); 1.0 when both are empty.
//! - overlap F1 = 2·matched / (|A| + |B|), matching one-to-one same-label spans that
//!   share at least one char, greedily by largest overlap; 1.0 when both are empty.
//! - kappa and alpha treat every char of every compared document as one unit. In the
//!   `overall` row a char's category is the label of the annotator's annotation
//!   covering it, or none; where one annotator's annotations overlap, the shortest
//!   covering annotation wins, then the one that starts first, then the label that
//!   comes first in the schema. In a label's row the category is binary: covered by
//!   one of the annotator's spans of that label, or not.
//! - When the expected agreement is already perfect (both annotators put every unit
//!   in the same single category, e.g. neither tagged anything) or there are no
//!   units, kappa and alpha are 1.0: the observed agreement is then also perfect.
//! - Figures over several documents pool them: span counts are summed and the chars
//!   of all documents form one set of units.

use std::collections::BTreeMap;

use serde::Serialize;

use super::corpus::{Corpus, CorpusDocument};
use super::spans::{Span, exact_matches, overlap_matches};
use crate::task::{Cancelled, Progress};

/// A square table of how often annotator A's category (row) met B's (column).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Confusion {
    size: usize,
    cells: Vec<u64>,
}

impl Confusion {
    /// An empty table over `size` categories.
    pub fn new(size: usize) -> Self {
        Confusion {
            size,
            cells: vec![0; size * size],
        }
    }

    /// Counts `n` units that A put in category `a` and B in `b` (ignored when out of
    /// range).
    pub fn add(&mut self, a: usize, b: usize, n: u64) {
        if a < self.size
            && b < self.size
            && let Some(cell) = self.cells.get_mut(a * self.size + b)
        {
            *cell += n;
        }
    }

    /// The count of units A put in `a` and B in `b`.
    pub fn get(&self, a: usize, b: usize) -> u64 {
        if a < self.size && b < self.size {
            self.cells.get(a * self.size + b).copied().unwrap_or(0)
        } else {
            0
        }
    }

    /// Number of categories.
    pub fn size(&self) -> usize {
        self.size
    }

    /// Total number of units.
    pub fn total(&self) -> u64 {
        self.cells.iter().sum()
    }

    /// Units on which A and B agree.
    pub fn agreed(&self) -> u64 {
        (0..self.size).map(|k| self.get(k, k)).sum()
    }

    fn row(&self, k: usize) -> u64 {
        (0..self.size).map(|j| self.get(k, j)).sum()
    }

    fn column(&self, k: usize) -> u64 {
        (0..self.size).map(|i| self.get(i, k)).sum()
    }

    /// Adds another table of the same size.
    pub fn absorb(&mut self, other: &Confusion) {
        for a in 0..self.size.min(other.size) {
            for b in 0..self.size.min(other.size) {
                self.add(a, b, other.get(a, b));
            }
        }
    }
}

/// Cohen's kappa: (p_o − p_e) / (1 − p_e), with p_o the share of units on which A and
/// B agree and p_e = Σ_k p_A(k)·p_B(k). 1.0 when p_e = 1 or there are no units.
pub fn cohen_kappa(c: &Confusion) -> f64 {
    let n = c.total() as i128;
    if n == 0 {
        return 1.0;
    }
    let expected: i128 = (0..c.size())
        .map(|k| c.row(k) as i128 * c.column(k) as i128)
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
    let same: i128 = (0..c.size())
        .map(|k| {
            let nc = (c.row(k) + c.column(k)) as i128;
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

/// F1 of `matches` between `a` and `b` spans: 2·matches / (a + b), 1.0 when both are 0.
pub fn f1(matches: usize, a: usize, b: usize) -> f64 {
    if a + b == 0 {
        1.0
    } else {
        2.0 * matches as f64 / (a + b) as f64
    }
}

/// The figures of one row (a label, or overall) for one pair of annotators.
#[derive(Debug, Clone, Copy, PartialEq, Serialize)]
pub struct Figures {
    /// Exact span F1.
    pub exact_f1: f64,
    /// Overlap span F1.
    pub overlap_f1: f64,
    /// Cohen's kappa over chars.
    pub kappa: f64,
    /// Krippendorff's alpha (nominal) over chars.
    pub alpha: f64,
    /// Spans of annotator A counted in this row.
    pub a_spans: usize,
    /// Spans of annotator B counted in this row.
    pub b_spans: usize,
    /// Exact matches.
    pub exact_matches: usize,
    /// Overlap matches.
    pub overlap_matches: usize,
    /// Chars compared (the units of kappa and alpha).
    pub chars: u64,
}

/// Counts from which [`Figures`] are computed; tallies of several documents add up.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Tally {
    /// Spans of A.
    pub a_spans: usize,
    /// Spans of B.
    pub b_spans: usize,
    /// Exact matches.
    pub exact_matches: usize,
    /// Overlap matches.
    pub overlap_matches: usize,
    /// Char categories of A against B.
    pub confusion: Confusion,
}

impl Tally {
    /// An empty tally over `categories` char categories.
    pub fn new(categories: usize) -> Self {
        Tally {
            a_spans: 0,
            b_spans: 0,
            exact_matches: 0,
            overlap_matches: 0,
            confusion: Confusion::new(categories),
        }
    }

    /// Adds another tally.
    pub fn absorb(&mut self, other: &Tally) {
        self.a_spans += other.a_spans;
        self.b_spans += other.b_spans;
        self.exact_matches += other.exact_matches;
        self.overlap_matches += other.overlap_matches;
        self.confusion.absorb(&other.confusion);
    }

    /// The figures of these counts.
    pub fn figures(&self) -> Figures {
        Figures {
            exact_f1: f1(self.exact_matches, self.a_spans, self.b_spans),
            overlap_f1: f1(self.overlap_matches, self.a_spans, self.b_spans),
            kappa: cohen_kappa(&self.confusion),
            alpha: krippendorff_alpha(&self.confusion),
            a_spans: self.a_spans,
            b_spans: self.b_spans,
            exact_matches: self.exact_matches,
            overlap_matches: self.overlap_matches,
            chars: self.confusion.total(),
        }
    }
}

/// Tallies two annotators' spans on one text of `len` chars: one tally per label of
/// `labels` (binary char categories) and the overall one (category 0 = none, k = the
/// k-th label). Spans are clamped to the text; spans with a label missing from
/// `labels` count only in the overall span counts.
pub fn tally_document(
    len: usize,
    a: &[Span],
    b: &[Span],
    labels: &[String],
) -> (BTreeMap<String, Tally>, Tally) {
    let mut per_label = BTreeMap::new();
    for label in labels {
        let only = |v: &[Span]| {
            v.iter()
                .filter(|s| &s.label == label)
                .cloned()
                .collect::<Vec<_>>()
        };
        let (la, lb) = (only(a), only(b));
        let mut t = Tally::new(2);
        t.a_spans = la.len();
        t.b_spans = lb.len();
        t.exact_matches = exact_matches(&la, &lb);
        t.overlap_matches = overlap_matches(&la, &lb);
        let (ca, cb) = (covered(len, &la), covered(len, &lb));
        add_pairs(&mut t.confusion, &ca, &cb);
        per_label.insert(label.clone(), t);
    }
    let mut overall = Tally::new(labels.len() + 1);
    overall.a_spans = a.len();
    overall.b_spans = b.len();
    overall.exact_matches = exact_matches(a, b);
    overall.overlap_matches = overlap_matches(a, b);
    let (ca, cb) = (
        char_categories(len, a, labels),
        char_categories(len, b, labels),
    );
    add_pairs(&mut overall.confusion, &ca, &cb);
    (per_label, overall)
}

/// Counts the pairs of categories into the table, char by char.
fn add_pairs(c: &mut Confusion, a: &[Category], b: &[Category]) {
    for (x, y) in a.iter().zip(b) {
        c.add(usize::from(*x), usize::from(*y), 1);
    }
}

/// 1 for every char covered by one of `spans`, else 0.
fn covered(len: usize, spans: &[Span]) -> Vec<Category> {
    let mut out = vec![0; len];
    for s in spans {
        for cell in out.iter_mut().take(s.end.min(len)).skip(s.start) {
            *cell = 1;
        }
    }
    out
}

/// A char's category: 0 for none, k+1 for the k-th label. Two bytes a char keeps
/// agreement on a 10 MB article to a few tens of MB.
pub type Category = u16;

/// Each char's category for one annotator: 0 for none, k+1 for `labels[k]`; where
/// spans overlap the shortest wins, then the one starting first, then the label first
/// in `labels`. Spans whose label is not in `labels` are ignored.
pub fn char_categories(len: usize, spans: &[Span], labels: &[String]) -> Vec<Category> {
    let mut ranked: Vec<(Category, &Span)> = spans
        .iter()
        .filter_map(|s| {
            labels
                .iter()
                .position(|l| l == &s.label)
                .and_then(|k| Category::try_from(k + 1).ok())
                .map(|k| (k, s))
        })
        .collect();
    // Paint the weakest first so the winner is painted last.
    ranked.sort_by(|(kx, x), (ky, y)| {
        y.len()
            .cmp(&x.len())
            .then(y.start.cmp(&x.start))
            .then(ky.cmp(kx))
    });
    let mut out = vec![0; len];
    for (k, s) in ranked {
        for cell in out.iter_mut().take(s.end.min(len)).skip(s.start) {
            *cell = k;
        }
    }
    out
}

/// Agreement between two annotators over the documents they both had.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PairAgreement {
    /// First annotator.
    pub a: String,
    /// Second annotator.
    pub b: String,
    /// Number of documents compared.
    pub documents: usize,
    /// One row per label: only spans of that label, binary kappa/alpha.
    pub labels: BTreeMap<String, Figures>,
    /// All labels together.
    pub overall: Figures,
}

/// Agreement between annotators `a` and `b` over the corpus documents both had in
/// front of them (only document `doc`, a corpus document id, when given). `None`
/// when they share no document.
pub fn pair_agreement(
    corpus: &Corpus,
    a: &str,
    b: &str,
    doc: Option<&str>,
) -> Option<PairAgreement> {
    pair_agreement_with_progress(corpus, a, b, doc, &Progress::new()).unwrap_or(None)
}

/// [`pair_agreement`] reporting the documents compared to `progress` (phase
/// "Comparing documents") and stopping with [`Cancelled`] when it is cancelled.
pub fn pair_agreement_with_progress(
    corpus: &Corpus,
    a: &str,
    b: &str,
    doc: Option<&str>,
    progress: &Progress,
) -> Result<Option<PairAgreement>, Cancelled> {
    progress.check()?;
    let labels = corpus.labels();
    let docs: Vec<&CorpusDocument> = corpus
        .documents
        .iter()
        .filter(|d| doc.is_none_or(|id| d.document.id == id))
        .filter(|d| d.annotators.contains(a) && d.annotators.contains(b))
        .collect();
    if docs.is_empty() {
        return Ok(None);
    }
    progress.start_phase("Comparing documents", docs.len() as u64);
    let mut per_label: BTreeMap<String, Tally> =
        labels.iter().map(|l| (l.clone(), Tally::new(2))).collect();
    let mut overall = Tally::new(labels.len() + 1);
    for d in &docs {
        progress.check()?;
        let spans = |who: &str| {
            d.annotations_by(who)
                .into_iter()
                .map(Span::from)
                .collect::<Vec<_>>()
        };
        let (rows, all) = tally_document(d.document.char_len(), &spans(a), &spans(b), &labels);
        for (label, t) in rows {
            if let Some(total) = per_label.get_mut(&label) {
                total.absorb(&t);
            }
        }
        overall.absorb(&all);
        progress.advance(1);
    }
    Ok(Some(PairAgreement {
        a: a.to_string(),
        b: b.to_string(),
        documents: docs.len(),
        labels: per_label
            .into_iter()
            .map(|(l, t)| (l, t.figures()))
            .collect(),
        overall: overall.figures(),
    }))
}

/// Agreement for every pair of the corpus's annotators (sorted by name, `a` < `b`)
/// that share at least one document; only document `doc` when given.
pub fn agreement(corpus: &Corpus, doc: Option<&str>) -> Vec<PairAgreement> {
    let names = corpus.annotators();
    let mut out = Vec::new();
    for (i, a) in names.iter().enumerate() {
        for b in names.iter().skip(i + 1) {
            out.extend(pair_agreement(corpus, a, b, doc));
        }
    }
    out
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
    }

    #[test]
    fn single_category_is_perfect_agreement() {
        let c = table(&[(0, 0, 7)], 3);
        assert_eq!(cohen_kappa(&c), 1.0);
        assert_eq!(krippendorff_alpha(&c), 1.0);
        assert_eq!(cohen_kappa(&Confusion::new(2)), 1.0);
    }

    #[test]
    fn shortest_covering_span_wins() {
        let labels = vec!["claim".to_string(), "attribution".to_string()];
        let spans = vec![Span::new(0, 6, "claim"), Span::new(2, 4, "attribution")];
        assert_eq!(
            char_categories(7, &spans, &labels),
            vec![1, 1, 2, 2, 1, 1, 0]
        );
        // Same length: the earlier start wins; same span: the first label wins.
        let spans = vec![Span::new(2, 5, "attribution"), Span::new(0, 3, "claim")];
        assert_eq!(char_categories(5, &spans, &labels), vec![1, 1, 1, 2, 2]);
        let spans = vec![Span::new(0, 2, "attribution"), Span::new(0, 2, "claim")];
        assert_eq!(char_categories(2, &spans, &labels), vec![1, 1]);
    }
}
