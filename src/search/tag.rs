//! Tagging search hits: one annotation per hit, as one undoable edit.

use std::collections::HashSet;

use super::Hit;
use crate::edit::{Edit, EditError};
use crate::model::{Annotation, Project};

/// The edit that tags a set of hits, with what it will do.
#[derive(Debug, Clone, PartialEq)]
pub struct TaggedHits {
    /// One [`Edit::Batch`] of [`Edit::AddAnnotation`]s: applied through the
    /// `Editor`, one undo step removes them all.
    pub edit: Edit,
    /// Annotations the edit adds.
    pub added: usize,
    /// Hits left out: already tagged with this label at exactly this span, given
    /// twice, or whose document is gone.
    pub skipped: usize,
}

/// Tags each of `hits` with `label` (and `source`, for attributions), made by
/// `author`: an [`Edit::Batch`] adding one annotation per hit, quote taken from
/// the text. A hit that already has an annotation with this label and these exact
/// offsets is skipped (so tagging the same list twice adds nothing). The label
/// must be in the project's schema.
pub fn tag_hits(
    project: &Project,
    hits: &[Hit],
    label: &str,
    source: Option<&str>,
    author: &str,
) -> Result<TaggedHits, EditError> {
    if !project.schema.labels.iter().any(|l| l.id == label) {
        return Err(EditError::UnknownLabel(label.to_string()));
    }
    let mut taken: HashSet<(&str, usize, usize)> = project
        .annotations
        .iter()
        .filter(|a| a.label == label && !a.orphaned)
        .map(|a| (a.doc.as_str(), a.start, a.end))
        .collect();
    let source = source.map(str::trim).filter(|s| !s.is_empty());
    let mut edits = Vec::with_capacity(hits.len());
    let mut skipped = 0;
    for hit in hits {
        let Some(doc) = project.documents.get(hit.doc) else {
            skipped += 1;
            continue;
        };
        if hit.start >= hit.end
            || hit.end > doc.char_len()
            || !taken.insert((doc.id.as_str(), hit.start, hit.end))
        {
            skipped += 1;
            continue;
        }
        let quote = doc.slice(hit.start, hit.end);
        let mut a = Annotation::new(doc.id.clone(), hit.start, hit.end, quote, label, author);
        if let Some(s) = source {
            a = a.with_source(s);
        }
        edits.push(Edit::AddAnnotation(a));
    }
    Ok(TaggedHits {
        added: edits.len(),
        edit: Edit::Batch(edits),
        skipped,
    })
}
