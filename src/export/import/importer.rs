//! Adding imported documents and their spans to a project ([`Importer`]): ids made
//! unique, an article already there (same text) or an annotation already there not
//! added twice, labels the input uses added to the schema; every lookup in a hash
//! table, so that a large import stays linear.

use std::collections::{HashMap, HashSet};

use super::ImportOptions;
use super::id_index::IdIndex;
use super::items::{ImportReport, ImportedDocument, ImportedSpan, span_id};
use crate::export::ImportError;
use crate::model::{Annotation, Document, Label, Project, document_id_base, quoted};
use crate::read::guess_title;

/// Colours given to labels an import adds to the schema (Tableau 10, after the
/// defaults' three).
const NEW_LABEL_COLORS: &[&str] = &[
    "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
];

/// Identity of an annotation for duplicate detection: document, offsets, label,
/// source, author, note (borrowed: only its hash is kept).
type AnnotationKey<'a> = (
    &'a str,
    usize,
    usize,
    &'a str,
    Option<&'a str>,
    &'a str,
    &'a str,
);

/// Adds imported documents to a project, with the lookups it needs kept in hash
/// tables so that large imports stay linear.
pub(in crate::export) struct Importer<'o> {
    pub(in crate::export) project: Project,
    options: &'o ImportOptions,
    pub(in crate::export) report: ImportReport,
    /// Document id → index in `project.documents`.
    documents: IdIndex,
    /// Annotation ids in use and the annotations present (for not doubling them),
    /// built on the first span: an import of articles without spans into a project
    /// of 200,000 annotations does not copy their ids and keys.
    spans: Option<SpanSets>,
    /// Documents of the project before this import that it extended (the ones it
    /// adds are not kept here: one id fewer per document, for memory).
    touched: HashSet<String>,
    /// How many documents the project had before this import.
    preexisting: usize,
    /// Per id base, the next `-N` suffix to try: 100,000 untitled documents get
    /// their ids in linear time.
    suffixes: HashMap<String, u64>,
    /// The project's links, for not adding one twice (built on the first link).
    links: Option<HashSet<crate::model::Link>>,
    /// Hash of each document's text → the documents with it, for not adding an
    /// article twice (built on the first article).
    texts: Option<HashMap<u64, Vec<usize>>>,
}

/// The annotation ids in use and the annotations present, by hash: id → index in
/// `project.annotations`, and [`AnnotationKey`]'s hash → the first annotation with
/// it (a hit is compared with that annotation; memory: no copies of the strings).
struct SpanSets {
    ids: IdIndex,
    keys: HashMap<u64, usize>,
}

/// The id and key index of `annotations` (built on the first span an import adds).
fn span_sets_of(annotations: &[Annotation]) -> SpanSets {
    let id_at = |i: usize| annotations.get(i).map(|a| a.id.as_str());
    let mut ids = IdIndex::with_capacity(annotations.len());
    let mut keys = HashMap::with_capacity(annotations.len());
    for (i, a) in annotations.iter().enumerate() {
        ids.insert(&a.id, i, id_at);
        keys.entry(ids.hash(&key_of(a))).or_insert(i);
    }
    SpanSets { ids, keys }
}

fn text_hash(text: &str) -> u64 {
    use std::hash::{Hash as _, Hasher as _};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut h);
    h.finish()
}

fn key_of(a: &Annotation) -> AnnotationKey<'_> {
    (
        &a.doc,
        a.start,
        a.end,
        &a.label,
        a.source.as_deref(),
        &a.author,
        &a.note,
    )
}

impl<'o> Importer<'o> {
    pub(in crate::export) fn new(project: Project, options: &'o ImportOptions) -> Self {
        let project_len = project.documents.len();
        let mut documents = IdIndex::with_capacity(project_len);
        for (i, d) in project.documents.iter().enumerate() {
            documents.insert(&d.id, i, |k| {
                project.documents.get(k).map(|d| d.id.as_str())
            });
        }
        Importer {
            project,
            options,
            report: ImportReport::default(),
            documents,
            spans: None,
            touched: HashSet::new(),
            preexisting: project_len,
            suffixes: HashMap::new(),
            texts: None,
            links: None,
        }
    }

    /// Adds an article (a document with no id of its own and no spans) unless a
    /// document with the same text is already in the project, which is noted in
    /// `report.duplicates` instead. Documents with an id or spans go to
    /// [`Importer::add`].
    pub(in crate::export) fn add_article(
        &mut self,
        doc: ImportedDocument,
        file: &str,
    ) -> Result<(), ImportError> {
        if doc.id.is_some() || !doc.spans.is_empty() {
            return self.add(doc, file);
        }
        let hash = text_hash(&doc.text);
        let documents = &self.project.documents;
        let texts = self.texts.get_or_insert_with(|| {
            let mut map: HashMap<u64, Vec<usize>> = HashMap::with_capacity(documents.len());
            for (i, d) in documents.iter().enumerate() {
                map.entry(text_hash(&d.text)).or_default().push(i);
            }
            map
        });
        let same = texts.get(&hash).and_then(|found| {
            found
                .iter()
                .filter_map(|&i| documents.get(i))
                .find(|d| d.text == doc.text)
        });
        if let Some(existing) = same {
            self.report
                .duplicates
                .push((file.to_string(), existing.id.clone()));
            return Ok(());
        }
        self.add(doc, file)?;
        let index = self.project.documents.len().saturating_sub(1);
        if let Some(texts) = self.texts.as_mut() {
            texts.entry(hash).or_default().push(index);
        }
        Ok(())
    }

    /// What [`Project::unique_document_id`] gives, found through the hash table of
    /// ids rather than a scan of the documents per try.
    fn unique_document_id(&mut self, title: &str) -> String {
        let base = document_id_base(title);
        if self.document_index(&base).is_none() {
            return base;
        }
        let mut next = self.suffixes.get(&base).copied().unwrap_or(2);
        let id = loop {
            let id = format!("{base}-{next}");
            next += 1;
            if self.document_index(&id).is_none() {
                break id;
            }
        };
        self.suffixes.insert(base, next);
        id
    }

    /// The index of the project's document `id`.
    fn document_index(&self, id: &str) -> Option<usize> {
        let documents = &self.project.documents;
        (self.documents).get(id, |i| documents.get(i).map(|d| d.id.as_str()))
    }

    /// Adds one imported document (and its spans). `file` names the input.
    pub(in crate::export) fn add(
        &mut self,
        doc: ImportedDocument,
        file: &str,
    ) -> Result<(), ImportError> {
        self.add_with_ids(doc, file).map(|_| ())
    }

    /// [`Importer::add`], giving for each span of `doc` (in order) the id of its
    /// annotation in the project: the new one, or the one already there when the
    /// span was there already.
    pub(in crate::export) fn add_with_ids(
        &mut self,
        mut doc: ImportedDocument,
        file: &str,
    ) -> Result<Vec<Option<String>>, ImportError> {
        let fail = |m: String| {
            if doc.line > 0 {
                ImportError::at(file, doc.line, m)
            } else {
                ImportError::file(file, m)
            }
        };
        let existing = doc.id.as_ref().and_then(|id| self.document_index(id));
        let index = match (existing, &doc.id) {
            (Some(i), Some(id)) => {
                let same = self
                    .project
                    .documents
                    .get(i)
                    .is_some_and(|d| d.text == doc.text);
                if !same {
                    return Err(fail(format!(
                        "document '{}' already exists in the project with a different text",
                        quoted(id)
                    )));
                }
                // Documents this import added are not "extended" by it.
                if i < self.preexisting && self.touched.insert(id.clone()) {
                    self.report.documents_extended.push(id.clone());
                }
                i
            }
            (_, wanted) => {
                let id = match wanted {
                    Some(id) => id.clone(),
                    None => {
                        let title = doc
                            .title
                            .clone()
                            .unwrap_or_else(|| guess_title(&doc.text, "document"));
                        self.unique_document_id(&title)
                    }
                };
                // The text moves into the project (the spans keep only offsets).
                let text = std::mem::take(&mut doc.text);
                self.project
                    .documents
                    .push(new_document(id.clone(), &doc, text));
                let i = self.project.documents.len() - 1;
                let documents = &self.project.documents;
                (self.documents).insert(&id, i, |k| documents.get(k).map(|d| d.id.as_str()));
                self.report.documents_added.push(id);
                i
            }
        };
        self.add_spans_at(index, doc.spans, &doc.links, file)
            .ok_or_else(|| fail("the document vanished while importing".into()))
    }

    /// Adds spans (char offsets into its text, already checked) to an existing
    /// document of the project, with the links between them ((from, to) indices
    /// into `spans`); gives each span's annotation id as [`Importer::add_with_ids`]
    /// does. Refuses an id the project does not have.
    pub(in crate::export) fn extend_document(
        &mut self,
        id: &str,
        spans: Vec<ImportedSpan>,
        links: &[(usize, usize)],
        file: &str,
    ) -> Result<Vec<Option<String>>, ImportError> {
        let fail =
            || ImportError::file(file, format!("no document '{}' in the project", quoted(id)));
        let index = self.document_index(id).ok_or_else(fail)?;
        if index < self.preexisting && self.touched.insert(id.to_string()) {
            self.report.documents_extended.push(id.to_string());
        }
        self.add_spans_at(index, spans, links, file)
            .ok_or_else(fail)
    }

    /// The project's document `id`, if it has one.
    pub(in crate::export) fn document(&self, id: &str) -> Option<&Document> {
        self.document_index(id)
            .and_then(|i| self.project.documents.get(i))
    }

    /// The id of the project's annotation `id`, if it has one (a link in an input
    /// may name an annotation that was there before the import).
    pub(in crate::export) fn existing_annotation(&mut self, id: &str) -> Option<String> {
        self.span_sets();
        let annotations = &self.project.annotations;
        let sets = self.spans.as_ref()?;
        let at = sets
            .ids
            .get(id, |i| annotations.get(i).map(|a| a.id.as_str()))?;
        annotations.get(at).map(|a| a.id.clone())
    }

    /// Adds an `attributes` link between two annotations of the project, unless it
    /// is there already or would link an annotation to itself.
    pub(in crate::export) fn add_link(&mut self, from: &str, to: &str) {
        if from == to {
            return;
        }
        let links = &self.project.links;
        let present = self
            .links
            .get_or_insert_with(|| links.iter().cloned().collect());
        let link = crate::model::Link::attributes(from, to);
        if present.insert(link.clone()) {
            self.project.links.push(link);
        }
    }

    /// Adds `spans` and the links between them to the document at `index`; `None`
    /// when there is no document there.
    fn add_spans_at(
        &mut self,
        index: usize,
        spans: Vec<ImportedSpan>,
        links: &[(usize, usize)],
        file: &str,
    ) -> Option<Vec<Option<String>>> {
        // Lent out of the project while its spans are added (they need its text for
        // the quotes, not a 10 MB copy of it), then put back.
        let slot = self.project.documents.get_mut(index)?;
        let document = std::mem::replace(slot, Document::new("", "", ""));
        self.project.annotations.reserve(spans.len());
        let ids: Vec<Option<String>> = (spans.into_iter())
            .map(|span| self.add_span(&document, span, file))
            .collect();
        // --- sources (issue 13): links between spans added here ---
        for &(from, to) in links {
            if let (Some(Some(from)), Some(Some(to))) = (ids.get(from), ids.get(to)) {
                self.add_link(&from.clone(), &to.clone());
            }
        }
        // --- end sources ---
        if let Some(slot) = self.project.documents.get_mut(index) {
            *slot = document;
        }
        Some(ids)
    }

    /// The annotation ids in use and the annotations present, built on first use.
    fn span_sets(&mut self) -> &mut SpanSets {
        let annotations = &self.project.annotations;
        self.spans.get_or_insert_with(|| span_sets_of(annotations))
    }

    fn add_span(
        &mut self,
        document: &Document,
        mut span: ImportedSpan,
        file: &str,
    ) -> Option<String> {
        add_missing_label(&mut self.project, &mut self.report, &span.label, file);
        let author = (span.author.take())
            .or_else(|| self.options.author.clone())
            .unwrap_or_default();
        let annotations = &self.project.annotations;
        let id_at = |i: usize| annotations.get(i).map(|a| a.id.as_str());
        let sets = self.spans.get_or_insert_with(|| span_sets_of(annotations));
        let key: AnnotationKey = (
            &document.id,
            span.start,
            span.end,
            &span.label,
            span.source.as_deref(),
            &author,
            &span.note,
        );
        let hash = sets.ids.hash(&key);
        match sets.keys.get(&hash) {
            Some(&i) if annotations.get(i).map(key_of) == Some(key) => {
                // Already there: links in the input still reach it.
                self.report.duplicates_skipped += 1;
                return annotations.get(i).map(|a| a.id.clone());
            }
            // Another key with this hash (2^-64): kept, not taken for a duplicate.
            Some(_) => {}
            None => {
                sets.keys.insert(hash, annotations.len());
            }
        }
        let taken = |id: &str| sets.ids.get(id, id_at).is_some();
        let id = span_id(span.id.take(), taken);
        sets.ids.insert(&id, annotations.len(), id_at);
        let a = span.into_annotation(document, id, &author);
        let id = a.id.clone();
        self.project.annotations.push(a);
        self.report.annotations_added += 1;
        Some(id)
    }
}

pub(super) fn new_document(id: String, doc: &ImportedDocument, text: String) -> Document {
    let title = doc
        .title
        .clone()
        .filter(|t| !t.trim().is_empty())
        .unwrap_or_else(|| guess_title(&text, &id));
    let mut d = Document::new(id, title, text);
    d.origin = doc.origin.clone();
    d.meta = Box::new(doc.meta.clone());
    d
}

/// Adds `label` to the schema when it is not there, saying so in `report` (a
/// warning naming `file`).
pub(super) fn add_missing_label(
    project: &mut Project,
    report: &mut ImportReport,
    label: &str,
    file: &str,
) {
    if project.schema.label(label).is_none() {
        add_label(project, label);
        report.labels_added.push(label.to_string());
        report.warnings.push(format!(
            "{file}: label '{}' was not in the schema and has been added",
            quoted(label)
        ));
    }
}

fn add_label(project: &mut Project, id: &str) {
    let added = project.schema.labels.len().saturating_sub(3);
    let color = NEW_LABEL_COLORS
        .get(added % NEW_LABEL_COLORS.len())
        .copied()
        .unwrap_or("#888888");
    let name = {
        let mut c = id.chars();
        match c.next() {
            Some(f) => f.to_uppercase().chain(c).collect(),
            None => String::new(),
        }
    };
    project.schema.labels.push(Label {
        id: id.to_string(),
        name,
        color: color.to_string(),
        key: None,
        needs_source: false,
        ..Default::default()
    });
}
