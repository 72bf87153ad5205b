//! Agreement for every pair of annotators in one pass over the documents: each
//! annotator's spans are prepared once per document and every pair who had it is
//! tallied there, instead of scanning all documents once per pair.

use std::collections::BTreeMap;

use super::HashMap;

use super::corpus::{Corpus, annotator_of};
use super::metrics::{Labels, PairAgreement, Tally, tally_pair};
use super::sides::{Roster, absorb_rows, documents};
use super::source_agreement::SourceAgreement;
use crate::model::Annotation;

/// What one pair has added up so far.
struct Sums {
    per_label: HashMap<usize, Tally>,
    overall: Tally,
    documents: usize,
    orphaned: usize,
    sources: SourceAgreement,
}

/// Agreement for every pair of the corpus's annotators (sorted by name, `a` < `b`)
/// that share at least one document; only document `doc` when given.
pub fn agreement(corpus: &Corpus, doc: Option<&str>) -> Vec<PairAgreement> {
    let roster = Roster::of(corpus);
    let names = &roster.names;
    let labels = Labels::new(&corpus.labels());
    let categories = labels.len() + 1;
    let mut sums: BTreeMap<(usize, usize), Sums> = BTreeMap::new();
    for d in documents(corpus, doc) {
        let Some(sides) = roster.sides(d, &labels) else {
            continue;
        };
        let n = sides.present.len();
        // Each present annotator's annotations (one pass), for the sources.
        let mut of_who: HashMap<&str, Vec<&Annotation>> = HashMap::default();
        for a in &d.annotations {
            of_who.entry(annotator_of(a)).or_default().push(a);
        }
        let by_annotator: Vec<&[&Annotation]> = (sides.present.iter())
            .map(|&i| of_who.get(names[i].as_str()).map_or(&[][..], Vec::as_slice))
            .collect();
        for x in 0..n {
            for y in x + 1..n {
                let (i, j) = (sides.present[x], sides.present[y]);
                let (rows, all) = tally_pair(&sides.prepared[x], &sides.prepared[y], &labels);
                let s = sums.entry((i, j)).or_insert_with(|| Sums {
                    per_label: HashMap::default(),
                    overall: Tally::new(categories),
                    documents: 0,
                    orphaned: 0,
                    sources: SourceAgreement::default(),
                });
                s.sources
                    .absorb(SourceAgreement::of(by_annotator[x], by_annotator[y]));
                s.documents += 1;
                s.orphaned += sides.orphans[x] + sides.orphans[y];
                s.overall.absorb(&all);
                absorb_rows(&mut s.per_label, rows);
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
                sources: s.sources,
            }
        })
        .collect()
}
