//! Where each annotation is in `project.annotations`, by id, kept up to date by the
//! edits themselves (each one touches O(1) entries; only a document removal, which
//! moves every annotation anyway, rebuilds it), so that finding an annotation by id
//! costs a hash lookup instead of a scan of every annotation.

use std::collections::HashMap;

use crate::model::Annotation;

/// Id → position in the annotation list.
///
/// A project loaded with duplicate ids (which `store::check_project` reports) cannot
/// be indexed by id: the index then falls back to a scan from the end, the same
/// answer the edits gave before there was an index, until the next rebuild.
#[derive(Debug, Clone, Default)]
pub struct AnnotationIndex {
    positions: HashMap<String, usize>,
    /// False when two annotations share an id: look-ups scan.
    exact: bool,
}

impl AnnotationIndex {
    /// The index of `annotations`.
    pub fn build(annotations: &[Annotation]) -> Self {
        let mut positions = HashMap::with_capacity(annotations.len());
        let mut exact = true;
        for (i, a) in annotations.iter().enumerate() {
            if positions.insert(a.id.clone(), i).is_some() {
                exact = false;
            }
        }
        AnnotationIndex { positions, exact }
    }

    /// Position of annotation `id` in `annotations` (the list this index follows).
    /// With duplicate ids, the last one (as a scan from the end finds it).
    pub fn position(&self, annotations: &[Annotation], id: &str) -> Option<usize> {
        if !self.exact {
            return annotations.iter().rposition(|a| a.id == id);
        }
        let &i = self.positions.get(id)?;
        // The index follows every edit; a mismatch would be a bug, answered right.
        match annotations.get(i) {
            Some(a) if a.id == id => Some(i),
            _ => annotations.iter().rposition(|a| a.id == id),
        }
    }

    /// Records that annotation `id` is now at position `at`.
    pub(crate) fn set(&mut self, id: &str, at: usize) {
        match self.positions.get_mut(id) {
            Some(p) => *p = at,
            None => {
                self.positions.insert(id.to_owned(), at);
            }
        }
    }

    /// Forgets annotation `id`.
    pub(crate) fn remove(&mut self, id: &str) {
        self.positions.remove(id);
    }

    /// Number of ids indexed.
    pub fn len(&self) -> usize {
        self.positions.len()
    }

    /// True when no id is indexed.
    pub fn is_empty(&self) -> bool {
        self.positions.is_empty()
    }

    /// True when look-ups are hash look-ups (no duplicate ids).
    pub fn is_exact(&self) -> bool {
        self.exact
    }
}
