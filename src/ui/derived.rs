//! Figures derived from the project that panels show every frame (annotation counts
//! per document, sources and authors per document, known sources), recomputed only
//! when the project changes, so a project with 100 000 annotations costs nothing per
//! frame. After one edit they are updated from the annotations it touched (the
//! editor's [`Change`] record) instead of a pass over every annotation.

use std::collections::{BTreeMap, HashMap};

use crate::edit::Change;
use crate::model::{Annotation, Project};

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

/// The tallies behind one document's facets: how many annotations use each
/// source and author, so removing one annotation can drop a name no longer used.
#[derive(Debug, Clone, Default)]
struct DocTally {
    count: usize,
    sources: BTreeMap<String, usize>,
    authors: BTreeMap<String, usize>,
}

/// The cache; [`Derived::refresh`] recomputes it when the generation changes, unless
/// [`Derived::apply_change`] already brought it to that generation.
#[derive(Debug, Default)]
pub struct Derived {
    generation: Option<u64>,
    by_doc: HashMap<String, DocTally>,
    /// Uses of each source over the whole project.
    source_uses: BTreeMap<String, usize>,
    /// `Project::known_sources()`.
    pub known_sources: Vec<String>,
}

fn tally(map: &mut BTreeMap<String, usize>, key: &str, add: bool) {
    if add {
        match map.get_mut(key) {
            Some(n) => *n += 1,
            None => {
                map.insert(key.to_string(), 1);
            }
        }
    } else if let Some(n) = map.get_mut(key) {
        *n -= 1;
        if *n == 0 {
            map.remove(key);
        }
    }
}

impl Derived {
    /// Recomputes everything if `generation` differs from the last one seen.
    pub fn refresh(&mut self, project: &Project, generation: u64) {
        if self.generation == Some(generation) {
            return;
        }
        self.by_doc.clear();
        self.source_uses.clear();
        // Annotations come grouped by document (files are sorted): find the tally
        // once per run of one document rather than once per annotation.
        let mut run: Option<(&str, DocTally)> = None;
        for a in &project.annotations {
            if run.as_ref().is_none_or(|(doc, _)| *doc != a.doc) {
                if let Some((doc, t)) = run.take() {
                    self.by_doc.insert(doc.to_string(), t);
                }
                let t = self.by_doc.remove(&a.doc).unwrap_or_default();
                run = Some((&a.doc, t));
            }
            if let Some((_, t)) = run.as_mut() {
                Self::tally_annotation(t, &mut self.source_uses, a, true);
            }
        }
        if let Some((doc, t)) = run {
            self.by_doc.insert(doc.to_string(), t);
        }
        self.known_sources = self.known_sources_of(project);
        self.generation = Some(generation);
    }

    /// Brings the figures forward over one change with the annotations it touched;
    /// when they were not at its starting generation, or it does not say what it
    /// touched, the next [`Derived::refresh`] counts everything.
    pub fn apply_change(&mut self, project: &Project, change: &Change) {
        let Some(touched) = &change.annotations else {
            return;
        };
        if self.generation != Some(change.from) {
            return;
        }
        for (list, add) in [(&touched.before, false), (&touched.after, true)] {
            for a in list {
                let t = match self.by_doc.get_mut(&a.doc) {
                    Some(t) => t,
                    None => self.by_doc.entry(a.doc.clone()).or_default(),
                };
                Self::tally_annotation(t, &mut self.source_uses, a, add);
                if t.count == 0 {
                    self.by_doc.remove(&a.doc);
                }
            }
        }
        self.known_sources = self.known_sources_of(project);
        self.generation = Some(change.to);
    }

    fn tally_annotation(
        t: &mut DocTally,
        uses: &mut BTreeMap<String, usize>,
        a: &Annotation,
        add: bool,
    ) {
        if add {
            t.count += 1;
        } else {
            t.count = t.count.saturating_sub(1);
        }
        if let Some(s) = a.source.as_deref().filter(|s| !s.is_empty()) {
            tally(&mut t.sources, s, add);
            tally(uses, s, add);
        }
        if !a.author.is_empty() {
            tally(&mut t.authors, &a.author, add);
        }
    }

    /// Every source used, most used first, then the schema's (as
    /// `Project::known_sources`), from the tallies.
    fn known_sources_of(&self, project: &Project) -> Vec<String> {
        project.rank_sources(self.source_uses.iter().map(|(s, n)| (s.as_str(), *n)))
    }

    /// The facets of document `doc` (empty when it has no annotations).
    pub fn doc(&self, doc: Option<&str>) -> DocFacets {
        doc.and_then(|d| self.by_doc.get(d))
            .map(|t| DocFacets {
                count: t.count,
                sources: t.sources.keys().cloned().collect(),
                authors: t.authors.keys().cloned().collect(),
            })
            .unwrap_or_default()
    }

    /// Number of annotations on `doc`.
    pub fn count(&self, doc: &str) -> usize {
        self.by_doc.get(doc).map_or(0, |t| t.count)
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
    /// The positions for document `doc` at `generation`, in file order. After edits
    /// the `changes` log knows, only the positions they changed are looked at again.
    pub fn of(
        &mut self,
        project: &Project,
        generation: u64,
        doc: &str,
        changes: &crate::edit::ChangeLog,
    ) -> &[usize] {
        let drawn = |a: &Annotation| a.doc == doc && !a.orphaned;
        match &self.key {
            Some((g, d)) if *g == generation && d == doc => {}
            Some((g, d))
                if d == doc
                    && let Some(changed) = changes.since(*g, generation) =>
            {
                let all = &project.annotations;
                self.indices
                    .retain(|&i| i < all.len() && !changed.contains(i));
                for &at in &changed.positions {
                    if all.get(at).is_some_and(drawn) {
                        let slot = self.indices.partition_point(|&i| i < at);
                        self.indices.insert(slot, at);
                    }
                }
                self.key = Some((generation, doc.to_owned()));
            }
            _ => {
                self.indices.clear();
                self.indices.extend(
                    project
                        .annotations
                        .iter()
                        .enumerate()
                        .filter(|(_, a)| drawn(a))
                        .map(|(i, _)| i),
                );
                self.key = Some((generation, doc.to_owned()));
            }
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
        let log = crate::edit::ChangeLog::default();
        assert_eq!(
            drawn.of(&p, 1, "d", &log),
            [0, 3],
            "orphans and other documents left out"
        );
        assert_eq!(drawn.of(&p, 1, "e", &log), [1], "another document");
        p.annotations.remove(0);
        assert_eq!(drawn.of(&p, 1, "e", &log), [1], "same generation: cached");
        assert_eq!(drawn.of(&p, 2, "e", &log), [0]);
        assert_eq!(drawn.of(&p, 2, "d", &log), [2]);
    }

    /// Follows random tags, deletions, label/source changes, undos and redos through
    /// the editor's change records, as the window does, and checks every figure
    /// against a full recount.
    #[test]
    fn change_records_keep_the_figures_equal_to_a_full_recount() {
        use crate::edit::{AnnotationChange, Edit, Editor};
        let text = "KCNA said 조선 so 👋🏽 and e\u{301}tude “quoted” here.";
        let mut p = Project::new("t");
        p.documents.push(Document::new("d", "D", text));
        p.documents.push(Document::new("e", "E", text));
        let mut editor = Editor::new(p);
        let mut derived = Derived::default();
        derived.refresh(editor.project(), editor.generation());
        let sources = ["KCNA", "NK News", "Yonhap"];
        let authors = ["kim", "lee", "박"];
        let mut rng = fastrand::Rng::with_seed(3);
        let len = text.chars().count();
        for _ in 0..400 {
            let ids: Vec<String> = editor
                .project()
                .annotations
                .iter()
                .map(|a| a.id.clone())
                .collect();
            let edit = match rng.usize(..6) {
                0..=1 => {
                    let start = rng.usize(..len - 1);
                    let end = rng.usize(start + 1..=len);
                    let doc = if rng.bool() { "d" } else { "e" };
                    let quote = editor
                        .project()
                        .document(doc)
                        .unwrap()
                        .slice(start, end)
                        .to_string();
                    let mut a = Annotation::new(
                        doc,
                        start,
                        end,
                        quote,
                        "attribution",
                        authors[rng.usize(..3)],
                    );
                    a = a.with_source(sources[rng.usize(..3)]);
                    Some(Edit::AddAnnotation(a))
                }
                2 if !ids.is_empty() => {
                    Some(Edit::RemoveAnnotation(ids[rng.usize(..ids.len())].clone()))
                }
                3 if !ids.is_empty() => Some(Edit::UpdateAnnotation {
                    id: ids[rng.usize(..ids.len())].clone(),
                    change: AnnotationChange {
                        source: Some(Some(sources[rng.usize(..3)].to_string())),
                        ..Default::default()
                    },
                }),
                _ => None,
            };
            let change = match edit {
                Some(e) => Some(editor.apply(e).unwrap()),
                None if rng.bool() => editor.undo(),
                None => editor.redo(),
            };
            if let Some(change) = &change {
                derived.apply_change(editor.project(), change);
            }
            assert_eq!(
                derived.generation,
                Some(editor.generation()),
                "the record brought the figures forward (no full recount)"
            );
            derived.refresh(editor.project(), editor.generation());
            let mut full = Derived::default();
            full.refresh(editor.project(), editor.generation());
            for doc in ["d", "e"] {
                let (a, b) = (derived.doc(Some(doc)), full.doc(Some(doc)));
                assert_eq!(
                    (a.count, &a.sources, &a.authors),
                    (b.count, &b.sources, &b.authors)
                );
            }
            assert_eq!(derived.known_sources, full.known_sources);
            assert_eq!(derived.known_sources, editor.project().known_sources());
        }
    }
}
