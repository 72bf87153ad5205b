//! The aligned corpus as one project ([`Corpus::to_project`],
//! [`Corpus::take_project`], [`merge_projects`]): every document once, ids made
//! unique, annotations in file order; and the merged schema.

use super::*;

impl Corpus {
    /// The corpus as one project: every document once, every annotation with its
    /// author, orphans included (ids made unique where two inputs used the same one).
    pub fn to_project(&self, name: &str) -> Project {
        let per_doc = (self.documents.iter())
            .map(|d| d.annotations.iter().chain(&d.orphans).cloned().collect())
            .collect();
        let documents = self.documents.iter().map(|d| d.document.clone()).collect();
        self.assemble(name, documents, per_doc)
    }

    /// [`Corpus::to_project`] moving the annotations into the project instead of
    /// copying them: afterwards the corpus's documents have no annotations or
    /// orphans, and their documents keep only their ids and titles (its warnings,
    /// duplicates and conflicts stay).
    pub fn take_project(&mut self, name: &str) -> Project {
        let (documents, per_doc) = (self.documents.iter_mut())
            .map(|d| {
                let mut all = std::mem::take(&mut d.annotations);
                all.append(&mut d.orphans);
                let husk = Document::new(d.document.id.clone(), d.document.title.clone(), "");
                (std::mem::replace(&mut d.document, husk), all)
            })
            .unzip();
        self.assemble(name, documents, per_doc)
    }

    /// The project of the corpus's documents with `per_doc` annotations (one list
    /// per corpus document, in order) on `documents` (the corpus's, in order), ids
    /// made unique, in file order.
    fn assemble(
        &self,
        name: &str,
        documents: Vec<Document>,
        mut per_doc: Vec<Vec<Annotation>>,
    ) -> Project {
        let mut project = Project::new(name);
        project.schema = self.schema.clone();
        project.documents = documents;
        // An id already used (or none) gets a new one, in corpus order.
        let mut renamed: Vec<(usize, usize, String)> = Vec::new();
        {
            let total = per_doc.iter().map(Vec::len).sum();
            let mut used: HashSet<&str, RandomState> =
                HashSet::with_capacity_and_hasher(total, RandomState::default());
            let mut fresh: HashSet<String, RandomState> = HashSet::default();
            for (d, list) in per_doc.iter().enumerate() {
                for (k, a) in list.iter().enumerate() {
                    if !a.id.is_empty() && used.insert(&a.id) {
                        continue;
                    }
                    let id = loop {
                        let id = new_id("a");
                        if !used.contains(id.as_str()) && !fresh.contains(&id) {
                            break id;
                        }
                    };
                    fresh.insert(id.clone());
                    renamed.push((d, k, id));
                }
            }
        }
        for (d, k, id) in renamed {
            if let Some(a) = per_doc.get_mut(d).and_then(|l| l.get_mut(k)) {
                a.id = id;
            }
        }
        // File order, (doc, start, end, id), without comparing document ids for each
        // annotation: each document's annotations by position and id (stable), the
        // documents by id (every annotation's `doc` is its corpus document's id).
        let mut order: Vec<usize> = (0..per_doc.len()).collect();
        order.sort_by(|&x, &y| {
            let id = |i: usize| self.documents.get(i).map(|d| d.document.id.as_str());
            id(x).cmp(&id(y))
        });
        project
            .annotations
            .reserve(per_doc.iter().map(Vec::len).sum());
        for i in order {
            if let Some(list) = per_doc.get_mut(i) {
                list.sort_by(|a, b| (a.start, a.end, &a.id).cmp(&(b.start, b.end, &b.id)));
                project.annotations.append(list);
            }
        }
        project
    }
}

/// Combines projects into one: documents matched by text hash, every annotation kept
/// with its author, an identical author/document/span/label/source kept once (its
/// comments are combined). Returns the project and the alignment warnings.
///
/// The annotations move from the alignment into the project: the corpus returned
/// holds the warnings, duplicates and conflicts, not the annotations.
pub fn merge_projects(inputs: &[(&str, &Project)], name: &str) -> (Project, Corpus) {
    let mut corpus = Corpus::from_projects(inputs);
    (corpus.take_project(name), corpus)
}

/// The first schema plus the labels and sources of the others that it lacks.
pub(super) fn merged_schema<'a>(schemas: impl Iterator<Item = &'a TagSchema>) -> TagSchema {
    let mut out: Option<TagSchema> = None;
    for s in schemas {
        match &mut out {
            None => out = Some(s.clone()),
            Some(o) => {
                for l in &s.labels {
                    if o.label(&l.id).is_none() {
                        o.labels.push(l.clone());
                    }
                }
                for src in &s.sources {
                    if !o.sources.contains(src) {
                        o.sources.push(src.clone());
                    }
                }
            }
        }
    }
    out.unwrap_or_default()
}
