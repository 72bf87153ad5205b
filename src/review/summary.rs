//! Agreement of many annotators without a table per pair: each annotator against all
//! the others, pooled.
//!
//! An annotator's summary is the sum of their pairwise counts with every other
//! annotator on every document both had (the micro-average of their pairs): span
//! counts, matches and the char confusion tables add up, and the figures are computed
//! once from the sums. With two annotators it equals the pair's figures. The sums
//! are computed per document from counts (see `pooled.rs`), in time about linear in
//! the annotators; nothing per pair is kept, so memory grows with annotators × labels
//! used, not with pairs.

use std::collections::{BTreeMap, HashSet};

use super::HashMap;

use serde::Serialize;

use super::corpus::Corpus;
use super::metrics::{Figures, Labels, Tally};
use super::pooled::pooled;
use super::sides::{Roster, absorb_rows, documents};
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
    let roster = Roster::of(corpus);
    let names = &roster.names;
    let labels = Labels::new(&corpus.labels());
    let categories = corpus.labels().len() + 1;
    let mut sums: Vec<Sums> = names.iter().map(|_| Sums::default()).collect();
    let docs = documents(corpus, doc);
    progress.start_phase("Comparing documents", docs.len() as u64);
    // The distinct sets of annotators who had a document: who met whom.
    let mut groups: HashSet<Vec<usize>> = HashSet::new();
    for d in docs {
        progress.check()?;
        if let Some(sides) = roster.sides(d, &labels) {
            let pooled = pooled(&sides.prepared, &labels);
            for ((&i, orphans), (rows, all)) in sides.present.iter().zip(&sides.orphans).zip(pooled)
            {
                let s = &mut sums[i];
                s.documents += 1;
                s.orphaned += orphans;
                let overall = s.overall.get_or_insert_with(|| Tally::new(categories));
                overall.absorb(&all);
                absorb_rows(&mut s.per_label, rows);
            }
            groups.insert(sides.present);
        }
        progress.advance(1);
    }
    let met = met(names.len(), &groups);
    Ok(names
        .iter()
        .zip(sums)
        .enumerate()
        .filter_map(|(i, (name, s))| {
            let overall = s.overall?;
            let chars = overall.confusion.total();
            Some(AnnotatorSummary {
                annotator: name.clone(),
                others: met[i],
                documents: s.documents,
                orphaned: s.orphaned,
                labels: labels.rows(&s.per_label, chars),
                overall: overall.figures(),
            })
        })
        .collect())
}

/// For each of `n` annotators, how many others share a document with them, from the
/// distinct sets of annotators who had a document (one bit set per annotator).
fn met(n: usize, groups: &HashSet<Vec<usize>>) -> Vec<usize> {
    let words = n.div_ceil(64);
    let mut seen: Vec<Vec<u64>> = vec![Vec::new(); n];
    for group in groups {
        let mut bits = vec![0u64; words];
        for &i in group {
            bits[i / 64] |= 1 << (i % 64);
        }
        for &i in group {
            let mine = &mut seen[i];
            if mine.is_empty() {
                mine.resize(words, 0);
            }
            for (m, b) in mine.iter_mut().zip(&bits) {
                *m |= b;
            }
        }
    }
    seen.iter()
        .map(|bits| {
            let all: u32 = bits.iter().map(|w| w.count_ones()).sum();
            (all as usize).saturating_sub(1)
        })
        .collect()
}
