//! Figures derived from the project that panels show every frame (annotation counts
//! per document, sources and authors per document, known sources), recomputed only
//! when the project changes, so a project with 100 000 annotations costs nothing per
//! frame.

use std::collections::{BTreeSet, HashMap};

use crate::model::Project;

/// Per-document facets of the annotations.
#[derive(Debug, Clone, Default)]
pub struct DocFacets {
    /// Number of annotations.
    pub count: usize,
    /// Sources used, sorted.
    pub sources: Vec<String>,
    /// Authors, sorted.
    pub authors: Vec<String>,
}

/// The cache; [`Derived::refresh`] recomputes it when the generation changes.
#[derive(Debug, Default)]
pub struct Derived {
    generation: Option<u64>,
    /// Facets by document id.
    pub by_doc: HashMap<String, DocFacets>,
    /// `Project::known_sources()`.
    pub known_sources: Vec<String>,
}

impl Derived {
    /// Recomputes everything if `generation` differs from the last one seen.
    pub fn refresh(&mut self, project: &Project, generation: u64) {
        if self.generation == Some(generation) {
            return;
        }
        let mut sets: HashMap<&str, (usize, BTreeSet<&str>, BTreeSet<&str>)> = HashMap::new();
        for a in &project.annotations {
            let e = sets.entry(a.doc.as_str()).or_default();
            e.0 += 1;
            if let Some(s) = a.source.as_deref().filter(|s| !s.is_empty()) {
                e.1.insert(s);
            }
            if !a.author.is_empty() {
                e.2.insert(&a.author);
            }
        }
        self.by_doc = sets
            .into_iter()
            .map(|(doc, (count, sources, authors))| {
                (
                    doc.to_string(),
                    DocFacets {
                        count,
                        sources: sources.into_iter().map(str::to_string).collect(),
                        authors: authors.into_iter().map(str::to_string).collect(),
                    },
                )
            })
            .collect();
        self.known_sources = project.known_sources();
        self.generation = Some(generation);
    }

    /// The facets of document `doc` (empty when it has no annotations).
    pub fn doc(&self, doc: Option<&str>) -> DocFacets {
        doc.and_then(|d| self.by_doc.get(d))
            .cloned()
            .unwrap_or_default()
    }

    /// Number of annotations on `doc`.
    pub fn count(&self, doc: &str) -> usize {
        self.by_doc.get(doc).map_or(0, |f| f.count)
    }
}

/// Positions in `project.annotations` of the annotations the document view draws for
/// one document (orphans excluded: they point into a text that no longer exists),
/// recomputed only when the generation or the document changes, so the view gets
/// them each frame without a pass over every annotation.
#[derive(Debug, Default)]
pub struct DrawnAnnotations {
    key: Option<(u64, String)>,
    indices: Vec<usize>,
}

impl DrawnAnnotations {
    /// The positions for document `doc` at `generation`, in file order.
    pub fn of(&mut self, project: &Project, generation: u64, doc: &str) -> &[usize] {
        let fresh = self
            .key
            .as_ref()
            .is_some_and(|(g, d)| *g == generation && d == doc);
        if !fresh {
            self.indices.clear();
            self.indices.extend(
                project
                    .annotations
                    .iter()
                    .enumerate()
                    .filter(|(_, a)| a.doc == doc && !a.orphaned)
                    .map(|(i, _)| i),
            );
            self.key = Some((generation, doc.to_owned()));
        }
        &self.indices
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Annotation, Document};

    #[test]
    fn facets_follow_the_generation() {
        let mut p = Project::new("t");
        p.documents
            .push(Document::new("d", "D", "KCNA said 조선 so."));
        p.annotations
            .push(Annotation::new("d", 0, 4, "KCNA", "attribution", "kim").with_source("KCNA"));
        p.annotations
            .push(Annotation::new("d", 10, 12, "조선", "claim", "lee"));
        let mut d = Derived::default();
        d.refresh(&p, 1);
        let f = d.doc(Some("d"));
        assert_eq!(
            (f.count, f.sources.as_slice()),
            (2, ["KCNA".to_string()].as_slice())
        );
        assert_eq!(f.authors, ["kim", "lee"]);
        p.annotations.pop();
        d.refresh(&p, 1);
        assert_eq!(d.count("d"), 2, "same generation: cached");
        d.refresh(&p, 2);
        assert_eq!(d.count("d"), 1);
        assert_eq!(d.count("other"), 0);
    }

    #[test]
    fn drawn_annotations_follow_the_generation_and_the_document() {
        let mut p = Project::new("t");
        p.documents
            .push(Document::new("d", "D", "KCNA said 조선 so 👋🏽."));
        p.documents.push(Document::new("e", "E", "other"));
        p.annotations
            .push(Annotation::new("d", 0, 4, "KCNA", "attribution", "kim").with_source("KCNA"));
        p.annotations
            .push(Annotation::new("e", 0, 5, "other", "claim", "lee"));
        let mut orphan = Annotation::new("d", 10, 12, "조선", "claim", "lee");
        orphan.orphaned = true;
        p.annotations.push(orphan);
        p.annotations
            .push(Annotation::new("d", 16, 17, "👋🏽", "speculation", "lee"));
        let mut drawn = DrawnAnnotations::default();
        assert_eq!(
            drawn.of(&p, 1, "d"),
            [0, 3],
            "orphans and other documents left out"
        );
        assert_eq!(drawn.of(&p, 1, "e"), [1], "another document");
        p.annotations.remove(0);
        assert_eq!(drawn.of(&p, 1, "e"), [1], "same generation: cached");
        assert_eq!(drawn.of(&p, 2, "e"), [0]);
        assert_eq!(drawn.of(&p, 2, "d"), [2]);
    }
}
