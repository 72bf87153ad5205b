//! Agreement of many annotators without a table per pair: each annotator against all
//! the others, pooled.
//!
//! An annotator's summary is the sum of their pairwise counts with every other
//! annotator on every document both had (the micro-average of their pairs): span
//! counts, matches and the char confusion tables add up, and the figures are computed
//! once from the sums. With two annotators it equals the pair's figures. The work
//! is one pass per document over the pairs of annotators who had it, with each
//! annotator's spans prepared once per document; nothing per pair is kept, so memory
//! grows with annotators × labels used, not with pairs.

use std::collections::{BTreeMap, HashMap, HashSet};

use serde::Serialize;

use super::corpus::Corpus;
use super::metrics::{Figures, Labels, Tally, prepare, tally_pair};
use crate::task::{Cancelled, Progress};

/// One annotator against every other annotator who shared a document with them.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct AnnotatorSummary {
    /// The annotator.
    pub annotator: String,
    /// How many other annotators they share at least one document with.
    pub others: usize,
    /// Documents compared (had by them and at least one other annotator).
    pub documents: usize,
    /// Their orphaned annotations on those documents, left out of the figures.
    pub orphaned: usize,
    /// One row per label: A is this annotator, B the others (spans summed over
    /// every pair).
    pub labels: BTreeMap<String, Figures>,
    /// All labels together.
    pub overall: Figures,
}

#[derive(Default)]
struct Sums {
    per_label: HashMap<usize, Tally>,
    overall: Option<Tally>,
    others: HashSet<usize>,
    documents: usize,
    orphaned: usize,
}

/// The summary of every annotator of the corpus (sorted by name) who shares a
/// document with another; only document `doc` (a corpus id) when given.
pub fn summaries(corpus: &Corpus, doc: Option<&str>) -> Vec<AnnotatorSummary> {
    summaries_with_progress(corpus, doc, &Progress::new()).unwrap_or_default()
}

/// [`summaries`] reporting the documents compared to `progress` and stopping with
/// [`Cancelled`] when it is cancelled.
pub fn summaries_with_progress(
    corpus: &Corpus,
    doc: Option<&str>,
    progress: &Progress,
) -> Result<Vec<AnnotatorSummary>, Cancelled> {
    let names = corpus.annotators();
    let number: HashMap<&str, usize> = names
        .iter()
        .enumerate()
        .map(|(i, n)| (n.as_str(), i))
        .collect();
    let labels = Labels::new(&corpus.labels());
    let categories = corpus.labels().len() + 1;
    let mut sums: Vec<Sums> = names.iter().map(|_| Sums::default()).collect();
    let docs: Vec<_> = match doc {
        Some(id) => corpus.document(id).into_iter().collect(),
        None => corpus.documents.iter().collect(),
    };
    progress.start_phase("Comparing documents", docs.len() as u64);
    for d in docs {
        progress.check()?;
        let present: Vec<usize> = d
            .annotators
            .iter()
            .filter_map(|n| number.get(n.as_str()).copied())
            .collect();
        if present.len() >= 2 {
            let prepared: Vec<_> = present
                .iter()
                .map(|&i| prepare(d, &names[i], &labels))
                .collect();
            for &i in &present {
                let s = &mut sums[i];
                s.documents += 1;
                s.orphaned += d.orphans_by(&names[i]);
            }
            for x in 0..present.len() {
                for y in x + 1..present.len() {
                    let (i, j) = (present[x], present[y]);
                    let (rows, all) = tally_pair(&prepared[x], &prepared[y], &labels);
                    add(&mut sums[i], j, &rows, &all, categories, false);
                    add(&mut sums[j], i, &rows, &all, categories, true);
                }
            }
        }
        progress.advance(1);
    }
    Ok(names
        .iter()
        .zip(sums)
        .filter_map(|(name, s)| {
            let overall = s.overall?;
            let chars = overall.confusion.total();
            Some(AnnotatorSummary {
                annotator: name.clone(),
                others: s.others.len(),
                documents: s.documents,
                orphaned: s.orphaned,
                labels: labels.rows(&s.per_label, chars),
                overall: overall.figures(),
            })
        })
        .collect())
}

/// Adds one pair's tallies to an annotator's sums (`mirror`: they were B).
fn add(
    s: &mut Sums,
    other: usize,
    rows: &HashMap<usize, Tally>,
    all: &Tally,
    categories: usize,
    mirror: bool,
) {
    let absorb = |into: &mut Tally, t: &Tally| {
        if mirror {
            into.absorb_mirrored(t)
        } else {
            into.absorb(t)
        }
    };
    s.others.insert(other);
    absorb(s.overall.get_or_insert_with(|| Tally::new(categories)), all);
    for (&k, t) in rows {
        absorb(s.per_label.entry(k).or_insert_with(|| Tally::new(2)), t);
    }
}
