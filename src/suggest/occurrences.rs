//! "Tag all occurrences": the same text as a span the analyst tagged, elsewhere in
//! the document or the project, suggested with the same label and source.

use super::Suggestion;
use crate::model::{Annotation, Document, Project, text::find_all};

/// The rule id of occurrence suggestions.
pub const OCCURRENCE_RULE: &str = "same-text";

/// A span to look for again: its text, label and source.
#[derive(Debug, Clone, PartialEq)]
pub struct Occurrence {
    /// The text to find (ASCII and Unicode case ignored, whole words).
    pub text: String,
    /// The label the copies get.
    pub label: String,
    /// The source the copies get (attributions).
    pub source: Option<String>,
}

impl Occurrence {
    /// The text, label and source of an annotation.
    pub fn of(annotation: &Annotation) -> Self {
        Occurrence {
            text: annotation.quote.clone(),
            label: annotation.label.clone(),
            source: annotation.source.clone(),
        }
    }
}

/// Every other occurrence of `what.text` in `doc` as a suggestion, whole words
/// only, skipping places already tagged with the same label (in `existing`).
pub fn occurrences_in_document(
    doc: &Document,
    what: &Occurrence,
    existing: &[&Annotation],
) -> Vec<Suggestion> {
    let text = &doc.text;
    let index = doc.index();
    find_all(text, &what.text)
        .into_iter()
        .filter(|&(s, e)| {
            let (bs, be) = (index.char_to_byte(text, s), index.char_to_byte(text, e));
            super::lexicon::is_whole_word(text, bs, be)
        })
        .filter(|&(s, e)| {
            !existing
                .iter()
                .any(|a| a.doc == doc.id && a.label == what.label && a.overlaps(s, e))
        })
        .map(|(s, e)| Suggestion {
            doc: doc.id.clone(),
            start: s,
            end: e,
            label: what.label.clone(),
            source: what.source.clone(),
            rule: OCCURRENCE_RULE.to_string(),
            score: 1.0,
            why: format!("same text as a tagged span “{}”", what.text),
            quote: doc.slice(s, e).to_string(),
        })
        .collect()
}

/// [`occurrences_in_document`] over every document of `project`, against its
/// annotations.
pub fn occurrences_in_project(project: &Project, what: &Occurrence) -> Vec<Suggestion> {
    let existing: Vec<&Annotation> = project.annotations.iter().collect();
    project
        .documents
        .iter()
        .flat_map(|d| {
            let mine: Vec<&Annotation> =
                existing.iter().copied().filter(|a| a.doc == d.id).collect();
            occurrences_in_document(d, what, &mine)
        })
        .collect()
}
