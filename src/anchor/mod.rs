//! Re-anchoring: re-attaching annotations to a new version of their document's text.
//!
//! Each annotation is looked for, in order: its exact quote at its old offsets
//! (**kept**); the exact quote nearest its expected position (**moved**), first in
//! windows around it, then anywhere; a fuzzy match scored on quote, prefix and suffix
//! similarity and closeness, in a window around the expected position (**fuzzy**,
//! the approach of Hypothesis). What is not found is **orphaned**: kept in the
//! project with its old offsets and quote and `orphaned: true`, never dropped or
//! silently moved. The expected position follows the shift of the annotations
//! before it, so an insertion early in the text does not send later quotes to a
//! wrong nearer copy.

pub mod exact;
pub mod fuzzy;
mod locate;
mod selector;

pub use locate::{Anchoring, MIN_FUZZY_SCORE, Placement, locate_all};
pub use selector::{CONTEXT_CHARS, QuoteSelector};

use crate::model::{Document, Project};

/// Why a document could not be re-anchored.
#[derive(Debug, thiserror::Error)]
pub enum AnchorError {
    /// No document has that id.
    #[error("the project has no document '{}'", crate::model::quoted(.0))]
    NoDocument(String),
}

/// What happened to one annotation.
#[derive(Debug, Clone, PartialEq)]
pub struct Reanchored {
    /// The annotation's id.
    pub id: String,
    /// Kept, moved, fuzzy or orphaned.
    pub how: Anchoring,
    /// Offsets before.
    pub old: (usize, usize),
    /// Offsets after (the old ones for an orphan).
    pub new: (usize, usize),
    /// The quote before.
    pub old_quote: String,
    /// The quote after (differs only for fuzzy matches).
    pub new_quote: String,
}

/// Counts of a re-anchoring.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct AnchorCounts {
    /// Exact quote at the same offsets.
    pub kept: usize,
    /// Exact quote elsewhere.
    pub moved: usize,
    /// Re-attached by a fuzzy match.
    pub fuzzy: usize,
    /// Not found; kept as orphans.
    pub orphaned: usize,
}

/// The outcome of re-anchoring one document.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct ReanchorReport {
    /// One entry per annotation of the document, in the project's order.
    pub items: Vec<Reanchored>,
}

impl ReanchorReport {
    /// How many were kept, moved, fuzzily re-attached and orphaned.
    pub fn counts(&self) -> AnchorCounts {
        let mut c = AnchorCounts::default();
        for item in &self.items {
            match item.how {
                Anchoring::Kept => c.kept += 1,
                Anchoring::Moved => c.moved += 1,
                Anchoring::Fuzzy { .. } => c.fuzzy += 1,
                Anchoring::Orphaned => c.orphaned += 1,
            }
        }
        c
    }
}

/// Replaces the text of document `doc_id` with `new_text` and re-attaches its
/// annotations (see the module documentation). Orphans keep their old offsets and
/// quote and get `orphaned = true`; re-attached ones get `orphaned = false`.
///
/// Called with the document's current text, it re-attaches the annotations whose
/// quote no longer matches (a hand-edited project) and retries earlier orphans.
pub fn reanchor_document(
    project: &mut Project,
    doc_id: &str,
    new_text: String,
) -> Result<ReanchorReport, AnchorError> {
    let pos = project
        .documents
        .iter()
        .position(|d| d.id == doc_id)
        .ok_or_else(|| AnchorError::NoDocument(doc_id.to_string()))?;
    let old = &project.documents[pos];
    let old_index = old.index().clone();
    let mut new_doc = Document::new(old.id.clone(), old.title.clone(), new_text);
    new_doc.origin = old.origin.clone();
    new_doc.meta = old.meta.clone();
    // Everything the document carries besides its text stays (done marks, memo).
    new_doc.done_by = old.done_by.clone();
    new_doc.memo = old.memo.clone();
    let members: Vec<usize> = (0..project.annotations.len())
        .filter(|&i| project.annotations[i].doc == doc_id)
        .collect();
    let selectors: Vec<QuoteSelector> = members
        .iter()
        .map(|&i| QuoteSelector::of_annotation(&project.annotations[i], &old.text, &old_index))
        .collect();
    let new_index = new_doc.index().clone();
    let placements = locate_all(&selectors, &new_doc.text, &new_index);
    let mut report = ReanchorReport::default();
    for (&i, placement) in members.iter().zip(placements) {
        let a = &mut project.annotations[i];
        let old_span = (a.start, a.end);
        let old_quote = a.quote.clone();
        if placement.how == Anchoring::Orphaned {
            a.orphaned = true;
        } else {
            a.start = placement.start;
            a.end = placement.end;
            a.quote = new_index
                .slice(&new_doc.text, placement.start, placement.end)
                .to_string();
            a.orphaned = false;
        }
        report.items.push(Reanchored {
            id: a.id.clone(),
            how: placement.how,
            old: old_span,
            new: (a.start, a.end),
            old_quote,
            new_quote: a.quote.clone(),
        });
    }
    project.documents[pos] = new_doc;
    Ok(report)
}

#[cfg(test)]
mod tests;
