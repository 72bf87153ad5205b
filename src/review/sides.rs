//! What pairwise agreement (`pairs.rs`) and per-annotator summaries (`summary.rs`)
//! both start from: the corpus's annotators numbered by name, and for each document
//! the annotators who had it, each with their spans prepared once and the number of
//! their orphaned annotations there (left out of every figure, reported apart).

use super::HashMap;

use super::corpus::{Corpus, CorpusDocument, annotator_of};
use super::metrics::{Labels, Prepared, Tally};
use super::spans::Span;

/// The corpus's annotators, sorted by name, with their numbers.
pub(super) struct Roster {
    /// The names, sorted; an annotator's number is its position here.
    pub names: Vec<String>,
    number: HashMap<String, usize>,
}

/// One document's sides: the annotators who had it (numbers, sorted by name), their
/// prepared spans and their orphan counts, in the same order.
pub(super) struct Sides {
    /// The annotators' numbers.
    pub present: Vec<usize>,
    /// Each one's spans, prepared for the figures.
    pub prepared: Vec<Prepared>,
    /// Each one's orphaned annotations in the document.
    pub orphans: Vec<usize>,
}

impl Roster {
    /// The annotators of `corpus`.
    pub fn of(corpus: &Corpus) -> Self {
        let names = corpus.annotators();
        let number = (names.iter().enumerate())
            .map(|(i, n)| (n.clone(), i))
            .collect();
        Roster { names, number }
    }

    /// The sides of document `d`, or `None` when fewer than two annotators had it.
    pub fn sides(&self, d: &CorpusDocument, labels: &Labels) -> Option<Sides> {
        // Sorted by name, as `names` is.
        let present: Vec<usize> = (d.annotators.iter())
            .filter_map(|n| self.number.get(n.as_str()).copied())
            .collect();
        if present.len() < 2 {
            return None;
        }
        // Each annotator's spans in one pass over the document's annotations.
        let mut spans: HashMap<&str, Vec<Span>> = HashMap::default();
        for a in &d.annotations {
            spans
                .entry(annotator_of(a))
                .or_default()
                .push(Span::from(a));
        }
        let mut orphans: HashMap<&str, usize> = HashMap::default();
        for o in &d.orphans {
            *orphans.entry(annotator_of(o)).or_default() += 1;
        }
        let len = d.document.char_len();
        let name = |i: usize| self.names[i].as_str();
        let prepared = (present.iter())
            .map(|&i| {
                let mine = spans.get(name(i)).map_or(&[][..], Vec::as_slice);
                Prepared::new(len, mine, labels)
            })
            .collect();
        let orphans = (present.iter())
            .map(|&i| orphans.get(name(i)).copied().unwrap_or(0))
            .collect();
        Some(Sides {
            present,
            prepared,
            orphans,
        })
    }
}

/// The documents a comparison covers: only `doc` (a corpus id) when given, else all.
pub(super) fn documents<'c>(corpus: &'c Corpus, doc: Option<&str>) -> Vec<&'c CorpusDocument> {
    match doc {
        Some(id) => corpus.document(id).into_iter().collect(),
        None => corpus.documents.iter().collect(),
    }
}

/// Adds one document's per-label tallies to the running ones.
pub(super) fn absorb_rows(per_label: &mut HashMap<usize, Tally>, rows: HashMap<usize, Tally>) {
    for (k, t) in rows {
        per_label
            .entry(k)
            .or_insert_with(|| Tally::new(2))
            .absorb(&t);
    }
}
