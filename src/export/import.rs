//! Bringing prior work into a project: articles (text, Markdown, HTML), JSONL files
//! (Marginalia's or doccano's), brat folders, REFI-QDA files ([`super::refi::read`]),
//! W3C Web Annotation files and CSV exports (onto documents already there).
//!
//! Every input is parsed and checked first; only when all of them are good is the
//! project changed, so a bad line leaves the project as it was. Inputs are only read.
//!
//! This file holds the formats ([`ImportFormat`]) and their dispatch
//! ([`import_paths`]) and the reading of one article; what an input gives and what
//! an import did are in `import/items.rs`, the adding of documents and spans to a
//! project (ids, duplicates, new labels) in `import/importer.rs`.

mod id_index;
mod importer;
mod items;
mod spill;
mod stream;
#[cfg(test)]
mod tests;
mod text_input;

use std::path::Path;

use crate::task::Progress;

pub(in crate::export) use importer::Importer;
pub use items::{ImportReport, ImportedDocument, ImportedSpan, plural};
pub use stream::{StagedImport, can_stream_import, stage_jsonl_import};

use super::{ImportError, brat, corpus, jsonl};
use crate::model::{DocumentMeta, OffsetUnit, Project};
use crate::read::html::html_to_text;
use crate::read::markdown::{MARKDOWN_NOTE, markdown_to_text};
use crate::read::{DecodedText, guess_title, read_text_file};
use crate::store::{self, Opened};

/// What kind of input a path is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ImportFormat {
    /// Decide from the path: a folder or `.ann` is brat, `.jsonl` JSONL, `.jsonld`
    /// W3C, `.json` W3C when it has a JSON-LD `@context` and JSONL otherwise, `.csv`
    /// CSV, `.html`/`.htm` HTML, anything else a text article (HTML sniffed).
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
    /// A W3C Web Annotation file (JSON-LD), as `export --format w3c` writes.
    W3c,
    /// A CSV export: rows onto documents the project already has.
    Csv,
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
            "w3c" | "jsonld" | "json-ld" => Ok(ImportFormat::W3c),
            "csv" => Ok(ImportFormat::Csv),
            other => Err(format!(
                "unknown import format '{}' (expected auto, txt, md, html, jsonl, brat, qdpx, w3c or csv)",
                crate::model::quoted(other)
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
            "jsonl" | "ndjson" => ImportFormat::Jsonl,
            "json" if looks_like_json_ld(path) => ImportFormat::W3c,
            "json" => ImportFormat::Jsonl,
            "jsonld" => ImportFormat::W3c,
            "csv" => ImportFormat::Csv,
            "ann" => ImportFormat::Brat,
            "qdpx" | "qdc" => ImportFormat::Qdpx,
            "html" | "htm" | "xhtml" => ImportFormat::Html,
            e if crate::read::markdown::is_markdown_extension(e) => ImportFormat::Md,
            _ => ImportFormat::Txt,
        }
    }
}

/// True when the start of the file at `path` has a JSON-LD `"@context"` (a W3C
/// annotation file, not JSON lines). Reads at most 4 KiB; false when unreadable.
fn looks_like_json_ld(path: &Path) -> bool {
    use std::io::Read as _;
    let mut head = Vec::with_capacity(4096);
    let read = std::fs::File::open(path).and_then(|f| f.take(4096).read_to_end(&mut head));
    read.is_ok() && String::from_utf8_lossy(&head).contains("\"@context\"")
}

/// How to import.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ImportOptions {
    /// Author of imported annotations that name none.
    pub author: Option<String>,
    /// Offset unit of JSONL lines without an `"offsets"` field (chars by default).
    pub unit: OffsetUnit,
}

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
    // The import works in the project itself (not in a copy: a 10,000-article
    // project is not cloned per import) and takes its additions back on error.
    let before = Additions::mark(project);
    let mut importer = Importer::new(std::mem::take(project), options);
    let result = import_each(&mut importer, inputs, format, options, progress);
    let Importer {
        project: mut work,
        report,
        ..
    } = importer;
    let checked = result.and_then(|()| {
        progress.start_phase("Checking", 0);
        progress.check()?;
        match crate::store::check_project(&work).into_iter().next() {
            Some(problem) => Err(ImportError::file(
                &inputs
                    .first()
                    .map(|p| p.as_ref().display().to_string())
                    .unwrap_or_default(),
                format!("the import would leave the project inconsistent: {problem}"),
            )),
            None => Ok(()),
        }
    });
    if let Err(e) = checked {
        before.take_back(&mut work);
        *project = work;
        return Err(e);
    }
    *project = work;
    Ok(report)
}

/// What an import may add to a project, noted before it starts so that a failed
/// import can take its additions back: it only appends documents, annotations and
/// links and adds labels to the schema (the schema is small: kept whole).
struct Additions {
    documents: usize,
    annotations: usize,
    links: usize,
    schema: crate::model::TagSchema,
}

impl Additions {
    fn mark(project: &Project) -> Self {
        Additions {
            documents: project.documents.len(),
            annotations: project.annotations.len(),
            links: project.links.len(),
            schema: project.schema.clone(),
        }
    }

    /// Puts `project` back as it was when marked.
    fn take_back(self, project: &mut Project) {
        project.documents.truncate(self.documents);
        project.annotations.truncate(self.annotations);
        project.links.truncate(self.links);
        project.schema = self.schema;
    }
}

/// Reads every input into the importer's project, in order.
fn import_each(
    importer: &mut Importer<'_>,
    inputs: &[impl AsRef<Path>],
    format: ImportFormat,
    options: &ImportOptions,
    progress: &Progress,
) -> Result<(), ImportError> {
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
                corpus::import_folder(importer, path, options, progress)?;
            }
            ImportFormat::Jsonl => {
                let decoded = importer.read_text_input(path, &name)?;
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
            ImportFormat::Qdpx => super::refi::read::import_refi(importer, path)?,
            ImportFormat::W3c => super::w3c::read::import_w3c(importer, path, &name, progress)?,
            ImportFormat::Csv => super::csv::read::import_csv(importer, path, &name)?,
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
    Ok(())
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
