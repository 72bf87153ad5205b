//! A project's annotations grouped by document, for searching and for showing the
//! labels at a hit.

use std::collections::HashMap;
use std::sync::OnceLock;

use crate::model::{Project, SpanIndex};

/// Below this many annotations a document's are scanned; above, an interval index
/// is built for it (once, on the first hit there).
const SCAN_BELOW: usize = 64;

/// The positions (in `project.annotations`) of each document's annotations, by
/// document position (in `project.documents`). Built in one pass over the
/// annotations; valid for the project version it was built from (the window
/// rebuilds it when the project changes).
#[derive(Debug, Default)]
pub struct CorpusIndex {
    by_doc: Vec<Vec<usize>>,
    spans: Vec<OnceLock<SpanIndex>>,
}

impl CorpusIndex {
    /// Groups `project`'s annotations by document. Annotations of a document not in
    /// the project are left out.
    pub fn new(project: &Project) -> Self {
        let positions: HashMap<&str, usize> = project
            .documents
            .iter()
            .enumerate()
            .map(|(i, d)| (d.id.as_str(), i))
            .collect();
        let mut by_doc = vec![Vec::new(); project.documents.len()];
        let mut last: Option<(&str, usize)> = None;
        for (i, a) in project.annotations.iter().enumerate() {
            // Files keep annotations sorted by document: most lookups are the last one.
            let pos = match last {
                Some((id, pos)) if id == a.doc => Some(pos),
                _ => positions.get(a.doc.as_str()).copied(),
            };
            if let Some(pos) = pos {
                by_doc[pos].push(i);
                last = Some((a.doc.as_str(), pos));
            }
        }
        let spans = (0..by_doc.len()).map(|_| OnceLock::new()).collect();
        CorpusIndex { by_doc, spans }
    }

    /// Number of documents it was built for.
    pub fn documents(&self) -> usize {
        self.by_doc.len()
    }

    /// Positions in `project.annotations` of the annotations of the document at
    /// position `doc` (empty for a position out of range).
    pub fn annotations_of(&self, doc: usize) -> &[usize] {
        self.by_doc.get(doc).map_or(&[], Vec::as_slice)
    }

    /// Calls `f(position)` for each annotation of document `doc` sharing at least
    /// one char with `[start, end)`. Not in a particular order.
    pub fn for_each_overlapping(
        &self,
        project: &Project,
        doc: usize,
        start: usize,
        end: usize,
        mut f: impl FnMut(usize),
    ) {
        let own = self.annotations_of(doc);
        let overlaps = |i: usize| {
            project
                .annotations
                .get(i)
                .is_some_and(|a| !a.orphaned && a.overlaps(start, end))
        };
        if own.len() < SCAN_BELOW {
            own.iter().copied().filter(|&i| overlaps(i)).for_each(f);
            return;
        }
        let Some(cell) = self.spans.get(doc) else {
            return;
        };
        let index = cell.get_or_init(|| {
            SpanIndex::new(own.iter().filter_map(|&i| {
                let a = project.annotations.get(i)?;
                (!a.orphaned).then_some((a.start, a.end, i))
            }))
        });
        index.for_each_overlapping(start, end, |i, _, _| f(i));
    }

    /// The label ids of the annotations of document `doc` overlapping
    /// `[start, end)`, each once, sorted.
    pub fn labels_at(
        &self,
        project: &Project,
        doc: usize,
        start: usize,
        end: usize,
    ) -> Vec<String> {
        let mut labels: Vec<&str> = Vec::new();
        self.for_each_overlapping(project, doc, start, end, |i| {
            if let Some(a) = project.annotations.get(i) {
                labels.push(&a.label);
            }
        });
        labels.sort_unstable();
        labels.dedup();
        labels.into_iter().map(str::to_string).collect()
    }
}
