//! Bringing prior work into a project: articles (text, Markdown, HTML), JSONL files
//! (Marginalia's or doccano's), brat folders and REFI-QDA files ([`super::refi::read`]).
//!
//! Every input is parsed and checked first; only when all of them are good is the
//! project changed, so a bad line leaves the project as it was. Inputs are only read.

use std::collections::{HashMap, HashSet};
use std::path::Path;

use crate::task::Progress;

use super::{ImportError, brat, corpus, jsonl};
use crate::model::{
    Annotation, Document, DocumentMeta, Label, OffsetUnit, Project, document_id_base, new_id,
    now_rfc3339, quoted,
};
use crate::read::html::html_to_text;
use crate::read::markdown::{MARKDOWN_NOTE, markdown_to_text};
use crate::read::{DecodedText, guess_title, read_text_file, read_utf8_file};
use crate::store::{self, Opened};

/// A document read from an input, before it joins the project.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedDocument {
    /// The id the input gives it (JSONL `id`, brat file name), if any.
    pub id: Option<String>,
    /// Its title, if the input has one.
    pub title: Option<String>,
    /// Where it came from.
    pub origin: Option<String>,
    /// Outlet, date, URL, byline, language, as far as the input says.
    pub meta: DocumentMeta,
    /// The normalised text.
    pub text: String,
    /// Its spans, char offsets into `text`, already checked.
    pub spans: Vec<ImportedSpan>,
    /// The line of the input it was read from (1-based; 0 when not line-based).
    pub line: usize,
    /// Links between its spans (issue 13): (from, to) indices into `spans`,
    /// `attributes` links.
    pub links: Vec<(usize, usize)>,
}

impl ImportedDocument {
    /// The same document, noted as read from line `line`.
    pub fn at_line(mut self, line: usize) -> Self {
        self.line = line;
        self
    }
}

/// A span read from an input: char offsets into the normalised text.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportedSpan {
    /// First char.
    pub start: usize,
    /// One past the last char.
    pub end: usize,
    /// The label id.
    pub label: String,
    /// The source, for attributions.
    pub source: Option<String>,
    /// The note.
    pub note: String,
    /// The author, when the input names one.
    pub author: Option<String>,
    /// When it was made, when the input says.
    pub created: Option<String>,
    /// Its id in the input, kept when not already used.
    pub id: Option<String>,
}

impl ImportedSpan {
    /// A span with only offsets and a label.
    pub fn new(start: usize, end: usize, label: &str) -> Self {
        ImportedSpan {
            start,
            end,
            label: label.trim().to_string(),
            source: None,
            note: String::new(),
            author: None,
            created: None,
            id: None,
        }
    }
}

/// What kind of input a path is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportFormat {
    /// Decide from the path: a folder or `.ann` is brat, `.jsonl`/`.json` JSONL,
    /// `.html`/`.htm` HTML, anything else a text article (HTML sniffed).
    Auto,
    /// A plain-text article.
    Txt,
    /// A Markdown article, laid out as readable text.
    Md,
    /// A web page, reduced to its readable text.
    Html,
    /// JSONL, Marginalia's or doccano's.
    Jsonl,
    /// A brat folder of `.txt`/`.ann` pairs (or one `.ann` file).
    Brat,
    /// A REFI-QDA `.qdpx` archive or `.qdc` codebook ([`super::refi::read`]).
    Qdpx,
}

impl std::str::FromStr for ImportFormat {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s.to_ascii_lowercase().as_str() {
            "auto" => Ok(ImportFormat::Auto),
            "txt" | "text" => Ok(ImportFormat::Txt),
            "md" | "markdown" => Ok(ImportFormat::Md),
            "html" | "htm" => Ok(ImportFormat::Html),
            "jsonl" | "ndjson" | "doccano" => Ok(ImportFormat::Jsonl),
            "brat" | "standoff" => Ok(ImportFormat::Brat),
            "qdpx" | "qdc" | "refi" => Ok(ImportFormat::Qdpx),
            other => Err(format!(
                "unknown import format '{other}' (expected auto, txt, md, html, jsonl, brat or qdpx)"
            )),
        }
    }
}

impl ImportFormat {
    /// The concrete format of `path` (for `Auto`), or `self`.
    pub fn resolve(self, path: &Path) -> ImportFormat {
        if self != ImportFormat::Auto {
            return self;
        }
        if path.is_dir() {
            return ImportFormat::Brat;
        }
        let ext = path
            .extension()
            .map(|e| e.to_string_lossy().to_ascii_lowercase())
            .unwrap_or_default();
        match ext.as_str() {
            "jsonl" | "ndjson" | "json" => ImportFormat::Jsonl,
            "ann" => ImportFormat::Brat,
            "qdpx" | "qdc" => ImportFormat::Qdpx,
            "html" | "htm" | "xhtml" => ImportFormat::Html,
            e if crate::read::markdown::is_markdown_extension(e) => ImportFormat::Md,
            _ => ImportFormat::Txt,
        }
    }
}

/// How to import.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// Author of imported annotations that name none.
    pub author: Option<String>,
    /// Offset unit of JSONL lines without an `"offsets"` field (chars by default).
    pub unit: OffsetUnit,
}

/// What an import did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportReport {
    /// Ids of the documents added.
    pub documents_added: Vec<String>,
    /// Ids of existing documents (same text) that received annotations.
    pub documents_extended: Vec<String>,
    /// Number of annotations added.
    pub annotations_added: usize,
    /// Annotations not added because the same one was already there.
    pub duplicates_skipped: usize,
    /// Labels added to the schema because the input used them.
    pub labels_added: Vec<String>,
    /// Things the analyst should know (encodings assumed, lines ignored…).
    pub warnings: Vec<String>,
    /// Articles not added because a document with the same text is already in the
    /// project: (the input, the id of that document).
    pub duplicates: Vec<(String, String)>,
    /// Files of a folder that were not imported: (the file, why), one line each.
    /// The import went on without them.
    pub skipped_files: Vec<(String, String)>,
}

impl ImportReport {
    /// One line: "2 new documents and 17 annotations; 1 existing document extended".
    pub fn summary(&self) -> String {
        let mut s = format!(
            "{} and {}",
            plural(self.documents_added.len(), "new document"),
            plural(self.annotations_added, "annotation")
        );
        if !self.documents_extended.is_empty() {
            s.push_str(&format!(
                "; {} extended",
                plural(self.documents_extended.len(), "existing document")
            ));
        }
        if self.duplicates_skipped > 0 {
            s.push_str(&format!(
                "; {} already there skipped",
                plural(self.duplicates_skipped, "annotation")
            ));
        }
        let skipped = self.duplicates.len() + self.skipped_files.len();
        if skipped > 0 {
            let mut reasons = Vec::new();
            if !self.duplicates.is_empty() {
                reasons.push(format!(
                    "{} already in the project with the same text",
                    self.duplicates.len()
                ));
            }
            if !self.skipped_files.is_empty() {
                reasons.push(format!("{} could not be read", self.skipped_files.len()));
            }
            s.push_str(&format!("; {skipped} skipped ({})", reasons.join(", ")));
        }
        s
    }
}

/// "1 document", "3 documents" (the one helper, [`crate::model::text::plural`]).
pub use crate::model::text::plural;

/// Imports every input into `project`. All inputs are read and checked before the
/// project changes; on error the project is untouched.
pub fn import_paths(
    project: &mut Project,
    inputs: &[impl AsRef<Path>],
    format: ImportFormat,
    options: &ImportOptions,
) -> Result<ImportReport, ImportError> {
    import_paths_with_progress(project, inputs, format, options, &Progress::new())
}

/// [`import_paths`] reporting the inputs read to `progress` (phase "Importing") and
/// stopping when it is cancelled, the project then untouched.
pub fn import_paths_with_progress(
    project: &mut Project,
    inputs: &[impl AsRef<Path>],
    format: ImportFormat,
    options: &ImportOptions,
    progress: &Progress,
) -> Result<ImportReport, ImportError> {
    progress.check()?;
    let mut importer = Importer::new(project.clone(), options);
    for (k, input) in inputs.iter().enumerate() {
        progress.start_phase("Importing", inputs.len() as u64);
        progress.set_done(k as u64);
        progress.check()?;
        let path = input.as_ref();
        let name = path.display().to_string();
        match format.resolve(path) {
            // A folder of articles (not a brat folder): every article under it.
            ImportFormat::Brat
                if format == ImportFormat::Auto
                    && path.is_dir()
                    && !corpus::is_brat_folder(path) =>
            {
                corpus::import_folder(&mut importer, path, options, progress)?;
            }
            ImportFormat::Jsonl => {
                let decoded = read_utf8_file(path)?;
                importer
                    .report
                    .warnings
                    .extend(decoded.notes.iter().map(|n| format!("{name}: {n}")));
                // Room for one document a line, and each added as it is parsed:
                // no list of parsed documents beside the project (memory).
                let lines = decoded.text.lines().count();
                importer.project.documents.reserve(lines);
                let mut ignored = Vec::new();
                jsonl::parse_jsonl_each(&decoded.text, &name, options.unit, &mut ignored, |d| {
                    importer.add(d, &name)
                })?;
                importer.report.warnings.extend(ignored);
            }
            ImportFormat::Qdpx => super::refi::read::import_refi(&mut importer, path)?,
            ImportFormat::Brat => {
                let (docs, warnings) = brat::read_brat(path)?;
                importer.report.warnings.extend(warnings);
                for d in docs {
                    let file = d.origin.clone().unwrap_or_else(|| name.clone());
                    importer.add(d, &file)?;
                }
            }
            article => {
                let sniff = format == ImportFormat::Auto;
                let (document, notes) = read_article(path, article, sniff)?;
                importer
                    .report
                    .warnings
                    .extend(notes.into_iter().map(|n| format!("{name}: {n}")));
                importer.add_article(document, &name)?;
            }
        }
    }
    let Importer {
        project: work,
        report,
        ..
    } = importer;
    progress.start_phase("Checking", 0);
    progress.check()?;
    if let Some(problem) = crate::store::check_project(&work).into_iter().next() {
        return Err(ImportError::file(
            &inputs
                .first()
                .map(|p| p.as_ref().display().to_string())
                .unwrap_or_default(),
            format!("the import would leave the project inconsistent: {problem}"),
        ));
    }
    *project = work;
    Ok(report)
}

/// Reads one article file as `format` (Txt, Md or Html). With `sniff` (format
/// chosen automatically) a text file is opened like the window opens it: a project is
/// refused with a hint, HTML content is recognised.
fn read_article(
    path: &Path,
    format: ImportFormat,
    sniff: bool,
) -> Result<(ImportedDocument, Vec<String>), ImportError> {
    let name = path.display().to_string();
    if format == ImportFormat::Html || !sniff {
        return article_from_decoded(read_text_file(path)?, path, format);
    }
    match store::open_path(path)? {
        Opened::Article { document, notes } => {
            if document.text.trim().is_empty() {
                return Err(ImportError::file(&name, "has no readable text"));
            }
            let doc = ImportedDocument {
                id: None,
                title: Some(document.title),
                origin: Some(name),
                meta: *document.meta,
                text: document.text,
                spans: Vec::new(),
                line: 0,
                links: Vec::new(),
            };
            Ok((doc, notes))
        }
        Opened::Project(_) => Err(ImportError::file(
            &name,
            "is a Marginalia project, not an article (use `marginalia merge` to combine projects)",
        )),
    }
}

/// The article in decoded text read from `path`, as `format` (Html, Md, anything
/// else plain text): its readable text, title and metadata, and notes for the
/// analyst. Refuses text with nothing readable.
pub(super) fn article_from_decoded(
    decoded: DecodedText,
    path: &Path,
    format: ImportFormat,
) -> Result<(ImportedDocument, Vec<String>), ImportError> {
    let name = path.display().to_string();
    let stem = path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "article".into());
    let mut notes = decoded.notes;
    let (text, title, meta) = match format {
        ImportFormat::Html => {
            let page = html_to_text(&decoded.text).map_err(|e| e.in_file(path))?;
            notes.push("HTML reduced to its readable text".into());
            let title = page.title.unwrap_or_else(|| guess_title(&page.text, &stem));
            (page.text, title, page.meta)
        }
        ImportFormat::Md => {
            let page = markdown_to_text(&decoded.text);
            notes.push(MARKDOWN_NOTE.into());
            let title = page.title.unwrap_or_else(|| guess_title(&page.text, &stem));
            (page.text, title, page.meta)
        }
        _ => {
            let title = guess_title(&decoded.text, &stem);
            (decoded.text, title, DocumentMeta::default())
        }
    };
    if text.trim().is_empty() {
        return Err(ImportError::file(&name, "has no readable text"));
    }
    Ok((
        ImportedDocument {
            id: None,
            title: Some(title),
            origin: Some(name),
            meta,
            text,
            spans: Vec::new(),
            line: 0,
            links: Vec::new(),
        },
        notes,
    ))
}

/// Colours given to labels an import adds to the schema (Tableau 10, after the
/// defaults' three).
const NEW_LABEL_COLORS: &[&str] = &[
    "#e15759", "#76b7b2", "#edc948", "#b07aa1", "#ff9da7", "#9c755f", "#bab0ac",
];

/// Identity of an annotation for duplicate detection: document, offsets, label,
/// source, author, note.
type AnnotationKey = (String, usize, usize, String, Option<String>, String, String);

/// Adds imported documents to a project, with the lookups it needs kept in hash
/// tables so that large imports stay linear.
pub(super) struct Importer<'o> {
    pub(super) project: Project,
    options: &'o ImportOptions,
    pub(super) report: ImportReport,
    /// Document id → index in `project.documents`.
    documents: HashMap<String, usize>,
    /// Annotation ids in use.
    ids: HashSet<String>,
    /// Annotations present, for not doubling them.
    keys: HashSet<AnnotationKey>,
    /// Documents of the project before this import that it extended (the ones it
    /// adds are not kept here: one id fewer per document, for memory).
    touched: HashSet<String>,
    /// How many documents the project had before this import.
    preexisting: usize,
    /// Per id base, the next `-N` suffix to try: 100,000 untitled documents get
    /// their ids in linear time.
    suffixes: HashMap<String, u64>,
    /// Hash of each document's text → the documents with it, for not adding an
    /// article twice (built on the first article).
    texts: Option<HashMap<u64, Vec<usize>>>,
}

fn text_hash(text: &str) -> u64 {
    use std::hash::{Hash as _, Hasher as _};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    text.hash(&mut h);
    h.finish()
}

fn key_of(a: &Annotation) -> AnnotationKey {
    (
        a.doc.clone(),
        a.start,
        a.end,
        a.label.clone(),
        a.source.clone(),
        a.author.clone(),
        a.note.clone(),
    )
}

impl<'o> Importer<'o> {
    pub(super) fn new(project: Project, options: &'o ImportOptions) -> Self {
        let project_len = project.documents.len();
        let documents = project
            .documents
            .iter()
            .enumerate()
            .map(|(i, d)| (d.id.clone(), i))
            .collect();
        let ids = project.annotations.iter().map(|a| a.id.clone()).collect();
        let keys = project.annotations.iter().map(key_of).collect();
        Importer {
            project,
            options,
            report: ImportReport::default(),
            documents,
            ids,
            keys,
            touched: HashSet::new(),
            preexisting: project_len,
            suffixes: HashMap::new(),
            texts: None,
        }
    }

    /// Adds an article (a document with no id of its own and no spans) unless a
    /// document with the same text is already in the project, which is noted in
    /// `report.duplicates` instead. Documents with an id or spans go to
    /// [`Importer::add`].
    pub(super) fn add_article(
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
        if !self.documents.contains_key(&base) {
            return base;
        }
        let next = self.suffixes.entry(base.clone()).or_insert(2);
        loop {
            let id = format!("{base}-{next}");
            *next += 1;
            if !self.documents.contains_key(&id) {
                return id;
            }
        }
    }

    /// Adds one imported document (and its spans). `file` names the input.
    pub(super) fn add(&mut self, mut doc: ImportedDocument, file: &str) -> Result<(), ImportError> {
        let fail = |m: String| {
            if doc.line > 0 {
                ImportError::at(file, doc.line, m)
            } else {
                ImportError::file(file, m)
            }
        };
        let existing = doc
            .id
            .as_ref()
            .and_then(|id| self.documents.get(id).copied());
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
                self.documents.insert(id.clone(), i);
                self.report.documents_added.push(id);
                i
            }
        };
        // Lent out of the project while its spans are added (they need its text for
        // the quotes, not a 10 MB copy of it), then put back.
        let Some(slot) = self.project.documents.get_mut(index) else {
            return Err(fail("the document vanished while importing".into()));
        };
        let document = std::mem::replace(slot, Document::new("", "", ""));
        self.project.annotations.reserve(doc.spans.len());
        let ids: Vec<Option<String>> = (doc.spans.into_iter())
            .map(|span| self.add_span(&document, span, file))
            .collect();
        // --- sources (issue 13): links between spans added here ---
        for (from, to) in doc.links {
            if let (Some(Some(from)), Some(Some(to))) = (ids.get(from), ids.get(to)) {
                let link = crate::model::Link::attributes(from, to);
                if from != to && !self.project.links.contains(&link) {
                    self.project.links.push(link);
                }
            }
        }
        // --- end sources ---
        if let Some(slot) = self.project.documents.get_mut(index) {
            *slot = document;
        }
        Ok(())
    }

    fn add_span(&mut self, document: &Document, span: ImportedSpan, file: &str) -> Option<String> {
        if self.project.schema.label(&span.label).is_none() {
            add_label(&mut self.project, &span.label);
            self.report.labels_added.push(span.label.clone());
            self.report.warnings.push(format!(
                "{file}: label '{}' was not in the schema and has been added",
                quoted(&span.label)
            ));
        }
        let author = span
            .author
            .or_else(|| self.options.author.clone())
            .unwrap_or_default();
        let key = (
            document.id.clone(),
            span.start,
            span.end,
            span.label.clone(),
            span.source.clone(),
            author.clone(),
            span.note.clone(),
        );
        if !self.keys.insert(key) {
            self.report.duplicates_skipped += 1;
            return None;
        }
        let id = match span.id {
            Some(id) if !self.ids.contains(&id) => id,
            _ => loop {
                let id = new_id("a");
                if !self.ids.contains(&id) {
                    break id;
                }
            },
        };
        self.ids.insert(id.clone());
        let quote = document.slice(span.start, span.end).to_string();
        let mut a = Annotation::new(
            document.id.clone(),
            span.start,
            span.end,
            quote,
            span.label,
            author,
        );
        a.id = id;
        a.source = span.source;
        a.note = span.note;
        a.created = span.created.unwrap_or_else(now_rfc3339);
        let id = a.id.clone();
        self.project.annotations.push(a);
        self.report.annotations_added += 1;
        Some(id)
    }
}

fn new_document(id: String, doc: &ImportedDocument, text: String) -> Document {
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
