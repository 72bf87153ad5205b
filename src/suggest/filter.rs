//! Keeping only suggestions the analyst has not already made or refused.

use super::Suggestion;
use crate::model::Annotation;
pub use crate::model::RejectedSpan;

/// `found` (suggestions of one or more documents) without those that overlap a
/// rejected span of their document, or an existing annotation of their document
/// with the same label (which also drops exact duplicates).
pub fn keep_new<'a>(
    found: Vec<Suggestion>,
    existing: impl IntoIterator<Item = &'a Annotation>,
    rejected: &[RejectedSpan],
) -> Vec<Suggestion> {
    let existing: Vec<&Annotation> = existing.into_iter().collect();
    found
        .into_iter()
        .filter(|s| {
            !rejected.iter().any(|r| {
                r.doc == s.doc
                    && s.overlaps(r.start, r.end)
                    && r.label.as_ref().is_none_or(|l| *l == s.label)
            }) && !existing
                .iter()
                .any(|a| a.doc == s.doc && a.label == s.label && s.overlaps(a.start, a.end))
        })
        .collect()
}
