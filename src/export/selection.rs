//! Choosing what to export: which documents, which labels, or an explicit list of
//! annotations (what the window's annotation list shows).

use std::collections::{HashMap, HashSet};

use super::ExportError;
use crate::model::{Annotation, Document, OffsetUnit, Project};

/// What to export and in which offset unit.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ExportOptions {
    /// The unit of every offset written (jsonl, csv, conll). brat and W3C always use
    /// chars (code points), as their specifications say.
    pub unit: OffsetUnit,
    /// Only these documents (ids); `None` means all of them.
    pub docs: Option<Vec<String>>,
    /// Only annotations with one of these labels; empty means every label.
    pub labels: Vec<String>,
}

/// One document and the annotations of it being exported, sorted by
/// (start, end, id).
#[derive(Debug, Clone)]
pub struct DocumentSpans<'p> {
    /// The document.
    pub document: &'p Document,
    /// Its annotations that are exported.
    pub annotations: Vec<&'p Annotation>,
}

/// The documents and annotations an export covers, in project order.
#[derive(Debug, Clone)]
pub struct Selection<'p> {
    /// The project they come from (for its name and schema).
    pub project: &'p Project,
    /// The documents, each with its exported annotations.
    pub documents: Vec<DocumentSpans<'p>>,
}

impl<'p> Selection<'p> {
    /// The documents and annotations `options` asks for. Unknown document ids and
    /// labels are refused (with the known ones listed), so a typo is not an empty
    /// export.
    pub fn new(project: &'p Project, options: &ExportOptions) -> Result<Self, ExportError> {
        for label in &options.labels {
            if project.schema.label(label).is_none() {
                return Err(ExportError::UnknownLabel {
                    id: label.clone(),
                    known: join(project.schema.labels.iter().map(|l| l.id.as_str())),
                });
            }
        }
        let documents: Vec<&Document> = match &options.docs {
            None => project.documents.iter().collect(),
            Some(ids) => {
                let mut docs = Vec::with_capacity(ids.len());
                for id in ids {
                    let doc = project
                        .document(id)
                        .ok_or_else(|| ExportError::UnknownDocument {
                            id: id.clone(),
                            known: join(project.documents.iter().map(|d| d.id.as_str())),
                        })?;
                    if !docs.iter().any(|d: &&Document| d.id == doc.id) {
                        docs.push(doc);
                    }
                }
                docs
            }
        };
        let labels: HashSet<&str> = options.labels.iter().map(String::as_str).collect();
        let chosen = project
            .annotations
            .iter()
            .filter(|a| labels.is_empty() || labels.contains(a.label.as_str()));
        Ok(Self::build(project, documents, chosen))
    }

    /// Exactly these annotations, with the documents they belong to (in project
    /// order). This is the window's "what the list shows" scope.
    pub fn of_annotations(
        project: &'p Project,
        annotations: impl IntoIterator<Item = &'p Annotation>,
    ) -> Self {
        let chosen: Vec<&Annotation> = annotations.into_iter().collect();
        let used: HashSet<&str> = chosen.iter().map(|a| a.doc.as_str()).collect();
        let documents = project
            .documents
            .iter()
            .filter(|d| used.contains(d.id.as_str()))
            .collect();
        Self::build(project, documents, chosen)
    }

    /// One document with all its annotations (the window's "this document" scope).
    pub fn of_document(project: &'p Project, doc: &str) -> Result<Self, ExportError> {
        Self::new(
            project,
            &ExportOptions {
                docs: Some(vec![doc.to_string()]),
                ..ExportOptions::default()
            },
        )
    }

    fn build(
        project: &'p Project,
        documents: Vec<&'p Document>,
        annotations: impl IntoIterator<Item = &'p Annotation>,
    ) -> Self {
        let mut by_doc: HashMap<&str, Vec<&Annotation>> = HashMap::new();
        // Orphans' offsets point into a text that no longer exists: never exported.
        for a in annotations.into_iter().filter(|a| !a.orphaned) {
            by_doc.entry(a.doc.as_str()).or_default().push(a);
        }
        let documents = documents
            .into_iter()
            .map(|document| {
                let mut annotations = by_doc.remove(document.id.as_str()).unwrap_or_default();
                annotations.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
                annotations.dedup_by(|a, b| a.id == b.id);
                DocumentSpans {
                    document,
                    annotations,
                }
            })
            .collect();
        Selection { project, documents }
    }

    /// Number of annotations selected.
    pub fn span_count(&self) -> usize {
        self.documents.iter().map(|d| d.annotations.len()).sum()
    }

    /// Number of documents selected.
    pub fn document_count(&self) -> usize {
        self.documents.len()
    }

    /// Links between annotations (issue 13) with both ends among the exported
    /// annotations: what a format without a place for links leaves out.
    pub fn link_count(&self) -> usize {
        if self.project.links.is_empty() {
            return 0;
        }
        let ids: std::collections::HashSet<&str> = self
            .documents
            .iter()
            .flat_map(|d| d.annotations.iter().map(|a| a.id.as_str()))
            .collect();
        self.project
            .links
            .iter()
            .filter(|l| ids.contains(l.from.as_str()) && ids.contains(l.to.as_str()))
            .count()
    }
}

fn join<'a>(items: impl Iterator<Item = &'a str>) -> String {
    let v: Vec<&str> = items.collect();
    if v.is_empty() {
        "none".into()
    } else {
        v.join(", ")
    }
}

/// `(start, end)` of `a` in `unit`, through the document's index.
pub(crate) fn offsets_in(doc: &Document, a: &Annotation, unit: OffsetUnit) -> (usize, usize) {
    let index = doc.index();
    (
        index.from_chars(&doc.text, a.start, unit),
        index.from_chars(&doc.text, a.end, unit),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn project() -> Project {
        let mut p = Project::new("p");
        p.documents
            .push(Document::new("d1", "One", "조선 said 👋🏽 hi"));
        p.documents.push(Document::new("d2", "Two", "KCNA said"));
        p.annotations
            .push(Annotation::new("d1", 0, 2, "조선", "claim", "a"));
        p.annotations
            .push(Annotation::new("d1", 8, 10, "👋🏽", "speculation", "a"));
        p.annotations
            .push(Annotation::new("d2", 0, 4, "KCNA", "attribution", "a").with_source("KCNA"));
        p
    }

    #[test]
    fn filters_by_document_and_label() {
        let p = project();
        let all = Selection::new(&p, &ExportOptions::default()).unwrap();
        assert_eq!((all.document_count(), all.span_count()), (2, 3));
        let opts = ExportOptions {
            docs: Some(vec!["d1".into()]),
            labels: vec!["claim".into()],
            ..Default::default()
        };
        let some = Selection::new(&p, &opts).unwrap();
        assert_eq!((some.document_count(), some.span_count()), (1, 1));
    }

    #[test]
    fn unknown_document_and_label_are_refused_with_the_known_ones() {
        let p = project();
        let bad_doc = ExportOptions {
            docs: Some(vec!["nope".into()]),
            ..Default::default()
        };
        let e = Selection::new(&p, &bad_doc).unwrap_err().to_string();
        assert!(e.contains("'nope'") && e.contains("d1, d2"), "{e}");
        let bad_label = ExportOptions {
            labels: vec!["rumour".into()],
            ..Default::default()
        };
        let e = Selection::new(&p, &bad_label).unwrap_err().to_string();
        assert!(e.contains("'rumour'") && e.contains("claim"), "{e}");
    }

    #[test]
    fn explicit_annotations_bring_only_their_documents() {
        let p = project();
        let s = Selection::of_annotations(&p, p.annotations.iter().skip(2));
        assert_eq!(s.document_count(), 1);
        assert_eq!(s.documents[0].document.id, "d2");
    }

    #[test]
    fn offsets_convert_to_each_unit() {
        let p = project();
        let d = &p.documents[0];
        let wave = &p.annotations[1];
        assert_eq!(offsets_in(d, wave, OffsetUnit::Chars), (8, 10));
        assert_eq!(offsets_in(d, wave, OffsetUnit::Utf16), (8, 12));
        assert_eq!(offsets_in(d, wave, OffsetUnit::Bytes), (12, 20));
    }
}
