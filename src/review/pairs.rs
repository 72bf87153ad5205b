//! Agreement for every pair of annotators in one pass over the documents: each
//! annotator's spans are prepared once per document and every pair who had it is
//! tallied there, instead of scanning all documents once per pair.

use std::collections::{BTreeMap, HashMap};

use super::corpus::{Corpus, annotator_of};
use super::metrics::tally_pair;
use super::metrics::{Labels, PairAgreement, Prepared, Tally};
use super::spans::Span;

/// What one pair has added up so far.
struct Sums {
    per_label: HashMap<usize, Tally>,
    overall: Tally,
    documents: usize,
    orphaned: usize,
}

/// Agreement for every pair of the corpus's annotators (sorted by name, `a` < `b`)
/// that share at least one document; only document `doc` when given.
pub fn agreement(corpus: &Corpus, doc: Option<&str>) -> Vec<PairAgreement> {
    let names = corpus.annotators();
    let number: HashMap<&str, usize> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (n.as_str(), i))
        .collect();
    let labels = Labels::new(&corpus.labels());
    let categories = labels.len() + 1;
    let docs: Vec<_> = match doc {
        Some(id) => corpus.document(id).into_iter().collect(),
        None => corpus.documents.iter().collect(),
    };
    let mut sums: BTreeMap<(usize, usize), Sums> = BTreeMap::new();
    for d in docs {
        // Sorted by name, as `names` is.
        let present: Vec<usize> = d
            .annotators
            .iter()
            .filter_map(|n| number.get(n.as_str()).copied())
            .collect();
        if present.len() < 2 {
            continue;
        }
        let mut spans: HashMap<&str, Vec<Span>> = HashMap::new();
        for a in &d.annotations {
            spans
                .entry(annotator_of(a))
                .or_default()
                .push(Span::from(a));
        }
        let mut orphans: HashMap<&str, usize> = HashMap::new();
        for o in &d.orphans {
            *orphans.entry(annotator_of(o)).or_default() += 1;
        }
        let len = d.document.char_len();
        let prepared: Vec<Prepared> = present
            .iter()
            .map(|&i| {
                let mine = spans.get(names[i].as_str()).map_or(&[][..], Vec::as_slice);
                Prepared::new(len, mine, &labels)
            })
            .collect();
        let orphans_of = |i: usize| orphans.get(names[i].as_str()).copied().unwrap_or(0);
        for x in 0..present.len() {
            for y in x + 1..present.len() {
                let (i, j) = (present[x], present[y]);
                let (rows, all) = tally_pair(&prepared[x], &prepared[y], &labels);
                let s = sums.entry((i, j)).or_insert_with(|| Sums {
                    per_label: HashMap::new(),
                    overall: Tally::new(categories),
                    documents: 0,
                    orphaned: 0,
                });
                s.documents += 1;
                s.orphaned += orphans_of(i) + orphans_of(j);
                s.overall.absorb(&all);
                for (k, t) in rows {
                    s.per_label
                        .entry(k)
                        .or_insert_with(|| Tally::new(2))
                        .absorb(&t);
                }
            }
        }
    }
    sums.into_iter()
        .map(|((i, j), s)| {
            let chars = s.overall.confusion.total();
            PairAgreement {
                a: names[i].clone(),
                b: names[j].clone(),
                documents: s.documents,
                orphaned: s.orphaned,
                labels: labels.rows(&s.per_label, chars),
                overall: s.overall.figures(),
            }
        })
        .collect()
}
