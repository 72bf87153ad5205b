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
//! - Orphaned annotations (re-anchoring could not place them) are never compared;
//!   they are only counted.
//!
//! The work is linear in spans, not in chars × labels: each annotator's chars are
//! kept as runs of one category, and a label's row only looks at the labels either
//! annotator used on the document (the others are all "not covered" on both sides).

use std::collections::BTreeMap;

use super::HashMap;

use serde::Serialize;

use super::source_agreement::SourceAgreement;

pub use super::confusion::{Confusion, cohen_kappa, krippendorff_alpha};
use super::corpus::{Corpus, CorpusDocument};
use super::spans::{Span, exact_matches, overlap_matches};
use crate::task::{Cancelled, Progress};

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

    /// Adds another tally seen from its B's side (A and B swapped).
    pub fn absorb_mirrored(&mut self, other: &Tally) {
        self.a_spans += other.b_spans;
        self.b_spans += other.a_spans;
        self.exact_matches += other.exact_matches;
        self.overlap_matches += other.overlap_matches;
        self.confusion.absorb_transposed(&other.confusion);
    }

    /// The same counts seen from B's side (A and B swapped).
    pub fn mirrored(&self) -> Tally {
        Tally {
            a_spans: self.b_spans,
            b_spans: self.a_spans,
            exact_matches: self.exact_matches,
            overlap_matches: self.overlap_matches,
            confusion: self.confusion.transposed(),
        }
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

/// The labels compared, each with its position (its char category is position + 1).
#[derive(Debug, Clone)]
pub(crate) struct Labels {
    names: Vec<String>,
    index: HashMap<String, usize>,
}

impl Labels {
    /// The labels of `names`, in that order (a repeated name keeps its first place).
    pub(crate) fn new(names: &[String]) -> Self {
        let mut index = HashMap::with_capacity_and_hasher(names.len(), Default::default());
        for (k, l) in names.iter().enumerate() {
            index.entry(l.clone()).or_insert(k);
        }
        Labels {
            names: names.to_vec(),
            index,
        }
    }

    /// The position of `label`, if compared.
    pub(crate) fn position(&self, label: &str) -> Option<usize> {
        self.index.get(label).copied()
    }

    /// Per-label rows for `per_label` tallies (by position) over `chars` units in all:
    /// labels without a tally, and the chars a tally did not see, were "not covered"
    /// by either annotator.
    pub(crate) fn rows(
        &self,
        per_label: &HashMap<usize, Tally>,
        chars: u64,
    ) -> BTreeMap<String, Figures> {
        self.names
            .iter()
            .enumerate()
            .map(|(k, name)| {
                let mut t = per_label.get(&k).cloned().unwrap_or_else(|| Tally::new(2));
                let seen = t.confusion.total();
                t.confusion.add(0, 0, chars.saturating_sub(seen));
                (name.clone(), t.figures())
            })
            .collect()
    }
}

/// One label's spans of an annotator, and the chars they cover as sorted disjoint
/// intervals (clamped to the text).
pub(crate) type LabelSpans = (Vec<Span>, Vec<(usize, usize)>);

/// One annotator's spans on one document of `len` chars, ready to be compared with
/// any other annotator's.
#[derive(Debug, Clone)]
pub(crate) struct Prepared {
    pub(super) len: usize,
    /// Every span (for the overall span counts).
    pub(super) spans: usize,
    /// The spans of each label used, with the chars they cover as sorted disjoint
    /// intervals (clamped to the text).
    pub(super) by_label: HashMap<String, LabelSpans>,
    /// The overall char categories as runs `(end, category)` covering `0..len`.
    pub(super) runs: Vec<(usize, Category)>,
}

impl Prepared {
    /// Prepares `spans` on a text of `len` chars.
    pub(crate) fn new(len: usize, spans: &[Span], labels: &Labels) -> Self {
        let mut by_label: HashMap<String, LabelSpans> = HashMap::default();
        for s in spans {
            by_label
                .entry(s.label.clone())
                .or_default()
                .0
                .push(s.clone());
        }
        for (list, cover) in by_label.values_mut() {
            *cover = union(len, list);
        }
        let categories = categories(len, spans, labels);
        let mut runs: Vec<(usize, Category)> = Vec::new();
        for (i, &c) in categories.iter().enumerate() {
            match runs.last_mut() {
                Some(last) if last.1 == c => last.0 = i + 1,
                _ => runs.push((i + 1, c)),
            }
        }
        Prepared {
            len,
            spans: spans.len(),
            by_label,
            runs,
        }
    }

    /// The labels used, in no particular order.
    fn labels(&self) -> impl Iterator<Item = &str> {
        self.by_label.keys().map(String::as_str)
    }
}

/// The chars covered by `spans` as sorted disjoint intervals, clamped to `len`.
fn union(len: usize, spans: &[Span]) -> Vec<(usize, usize)> {
    let mut v: Vec<(usize, usize)> = spans
        .iter()
        .map(|s| (s.start.min(len), s.end.min(len)))
        .filter(|(s, e)| s < e)
        .collect();
    v.sort_unstable();
    let mut out: Vec<(usize, usize)> = Vec::with_capacity(v.len());
    for (s, e) in v {
        match out.last_mut() {
            Some(last) if s <= last.1 => last.1 = last.1.max(e),
            _ => out.push((s, e)),
        }
    }
    out
}

/// Chars in sorted disjoint intervals.
pub(crate) fn covered(v: &[(usize, usize)]) -> u64 {
    v.iter().map(|(s, e)| (e - s) as u64).sum()
}

/// Chars in both sets of sorted disjoint intervals.
fn shared(a: &[(usize, usize)], b: &[(usize, usize)]) -> u64 {
    let (mut i, mut j, mut n) = (0, 0, 0u64);
    while let (Some(&(s1, e1)), Some(&(s2, e2))) = (a.get(i), b.get(j)) {
        let (s, e) = (s1.max(s2), e1.min(e2));
        if s < e {
            n += (e - s) as u64;
        }
        if e1 <= e2 {
            i += 1;
        } else {
            j += 1;
        }
    }
    n
}

/// Tallies two prepared annotators on one document: the rows of the labels either
/// used (by label position) and the overall row.
pub(crate) fn tally_pair(
    a: &Prepared,
    b: &Prepared,
    labels: &Labels,
) -> (HashMap<usize, Tally>, Tally) {
    let len = a.len.max(b.len) as u64;
    let mut per_label = HashMap::default();
    let mut overall = Tally::new(labels.names.len() + 1);
    overall.a_spans = a.spans;
    overall.b_spans = b.spans;
    let empty = (Vec::new(), Vec::new());
    let mut used: Vec<&str> = a.labels().chain(b.labels()).collect();
    used.sort_unstable();
    used.dedup();
    for label in used {
        let (sa, ca) = a.by_label.get(label).unwrap_or(&empty);
        let (sb, cb) = b.by_label.get(label).unwrap_or(&empty);
        let exact = exact_matches(sa, sb);
        let overlap = overlap_matches(sa, sb);
        // Same-label matches only: the overall counts are the sums over labels.
        overall.exact_matches += exact;
        overall.overlap_matches += overlap;
        let Some(k) = labels.position(label) else {
            continue;
        };
        let mut t = Tally::new(2);
        t.a_spans = sa.len();
        t.b_spans = sb.len();
        t.exact_matches = exact;
        t.overlap_matches = overlap;
        let (na, nb, both) = (covered(ca), covered(cb), shared(ca, cb));
        t.confusion.add(1, 1, both);
        t.confusion.add(1, 0, na - both);
        t.confusion.add(0, 1, nb - both);
        t.confusion.add(0, 0, len.saturating_sub(na + nb - both));
        per_label.insert(k, t);
    }
    let (mut i, mut j, mut at) = (0, 0, 0);
    while let (Some(&(ea, ka)), Some(&(eb, kb))) = (a.runs.get(i), b.runs.get(j)) {
        let end = ea.min(eb);
        overall
            .confusion
            .add(usize::from(ka), usize::from(kb), (end - at) as u64);
        at = end;
        if ea == end {
            i += 1;
        }
        if eb == end {
            j += 1;
        }
    }
    (per_label, overall)
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
    let index = Labels::new(labels);
    let (pa, pb) = (Prepared::new(len, a, &index), Prepared::new(len, b, &index));
    let (mut rows, overall) = tally_pair(&pa, &pb, &index);
    let per_label = labels
        .iter()
        .enumerate()
        .map(|(k, l)| {
            let t = rows.remove(&k).unwrap_or_else(|| {
                let mut t = Tally::new(2);
                t.confusion.add(0, 0, len as u64);
                t
            });
            (l.clone(), t)
        })
        .collect();
    (per_label, overall)
}

impl Labels {
    /// How many labels.
    pub(crate) fn len(&self) -> usize {
        self.names.len()
    }
}

/// A char's category: 0 for none, k+1 for the k-th label. Two bytes a char keeps
/// agreement on a 10 MB article to a few tens of MB.
pub type Category = u16;

/// Each char's category for one annotator: 0 for none, k+1 for `labels[k]`; where
/// spans overlap the shortest wins, then the one starting first, then the label first
/// in `labels`. Spans whose label is not in `labels` are ignored.
pub fn char_categories(len: usize, spans: &[Span], labels: &[String]) -> Vec<Category> {
    categories(len, spans, &Labels::new(labels))
}

fn categories(len: usize, spans: &[Span], labels: &Labels) -> Vec<Category> {
    let mut ranked: Vec<(Category, &Span)> = spans
        .iter()
        .filter_map(|s| {
            labels
                .position(&s.label)
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
    /// Orphaned annotations of A and B on those documents, left out of the figures.
    pub orphaned: usize,
    /// One row per label: only spans of that label, binary kappa/alpha.
    pub labels: BTreeMap<String, Figures>,
    /// All labels together.
    pub overall: Figures,
    /// Attributions both drew, and how many name the same source.
    pub sources: SourceAgreement,
}

/// The spans of `who` on `d`, prepared.
pub(crate) fn prepare(d: &CorpusDocument, who: &str, labels: &Labels) -> Prepared {
    let spans: Vec<Span> = d.annotations_by(who).into_iter().map(Span::from).collect();
    Prepared::new(d.document.char_len(), &spans, labels)
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
    let labels = Labels::new(&corpus.labels());
    pair_with_labels(corpus, &labels, a, b, doc, progress)
}

fn pair_with_labels(
    corpus: &Corpus,
    labels: &Labels,
    a: &str,
    b: &str,
    doc: Option<&str>,
    progress: &Progress,
) -> Result<Option<PairAgreement>, Cancelled> {
    let docs: Vec<&CorpusDocument> = match doc {
        Some(id) => corpus.document(id).into_iter().collect(),
        None => corpus.documents.iter().collect(),
    };
    let docs: Vec<&CorpusDocument> = docs
        .into_iter()
        .filter(|d| d.annotators.contains(a) && d.annotators.contains(b))
        .collect();
    if docs.is_empty() {
        return Ok(None);
    }
    progress.start_phase("Comparing documents", docs.len() as u64);
    let mut per_label: HashMap<usize, Tally> = HashMap::default();
    let mut overall = Tally::new(labels.names.len() + 1);
    let mut orphaned = 0;
    let mut sources = SourceAgreement::default();
    for d in &docs {
        progress.check()?;
        sources.absorb(SourceAgreement::of(
            &d.annotations_by(a),
            &d.annotations_by(b),
        ));
        let (pa, pb) = (prepare(d, a, labels), prepare(d, b, labels));
        let (rows, all) = tally_pair(&pa, &pb, labels);
        for (k, t) in rows {
            per_label
                .entry(k)
                .or_insert_with(|| Tally::new(2))
                .absorb(&t);
        }
        overall.absorb(&all);
        orphaned += d.orphans_by(a) + d.orphans_by(b);
        progress.advance(1);
    }
    let chars = overall.confusion.total();
    Ok(Some(PairAgreement {
        a: a.to_string(),
        b: b.to_string(),
        documents: docs.len(),
        orphaned,
        labels: labels.rows(&per_label, chars),
        overall: overall.figures(),
        sources,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

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

    /// The char-by-char tally of the first version, to check the run-based one.
    fn by_chars(len: usize, a: &[Span], b: &[Span], labels: &[String]) -> Confusion {
        let (ca, cb) = (
            char_categories(len, a, labels),
            char_categories(len, b, labels),
        );
        let mut c = Confusion::new(labels.len() + 1);
        for (x, y) in ca.iter().zip(&cb) {
            c.add(usize::from(*x), usize::from(*y), 1);
        }
        c
    }

    #[test]
    fn runs_and_intervals_count_what_chars_count() {
        let labels: Vec<String> = ["claim", "speculation", "attribution"]
            .map(String::from)
            .to_vec();
        let a = vec![
            Span::new(0, 6, "claim"),
            Span::new(2, 4, "attribution"),
            Span::new(3, 9, "claim"),
            Span::new(15, 40, "speculation"),
            Span::new(1, 2, "unknown"),
        ];
        let b = vec![
            Span::new(0, 3, "claim"),
            Span::new(5, 12, "speculation"),
            Span::new(18, 25, "speculation"),
        ];
        let len = 30;
        let (rows, overall) = tally_document(len, &a, &b, &labels);
        assert_eq!(overall.confusion, by_chars(len, &a, &b, &labels));
        assert_eq!((overall.a_spans, overall.b_spans), (5, 3));
        for (label, t) in &rows {
            let only = |v: &[Span]| -> Vec<Span> {
                v.iter().filter(|s| &s.label == label).cloned().collect()
            };
            let (la, lb) = (only(&a), only(&b));
            let mut want = Confusion::new(2);
            for i in 0..len {
                let has = |v: &[Span]| usize::from(v.iter().any(|s| s.start <= i && i < s.end));
                want.add(has(&la), has(&lb), 1);
            }
            assert_eq!(t.confusion, want, "{label}");
        }
    }
}
