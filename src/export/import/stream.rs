//! `import FILE.jsonl… --out NEW.ron` without the project in memory (issue 18: an
//! import of 100,000 tiny documents held 14× its input). Each record is checked as
//! it is read, by the rules of [`super::Importer`] (ids made unique, an id used
//! again only for the same text, annotations already there skipped, new labels
//! added to the schema); its document goes to a spill file beside the output as the
//! line a save writes, its annotations to another. Only the ids (packed, looked up
//! by hash), the annotation keys and each annotation's sort key stay in memory.
//! [`StagedImport::write`] then assembles the file in a save's order. The bytes,
//! the report and the refusals are those of [`super::import_paths`] into a new
//! project (the tests compare them).

use std::collections::{HashMap, HashSet};
use std::path::{Path, PathBuf};

use super::id_index::IdIndex;
use super::importer::{add_missing_label, new_document};
use super::items::{ImportReport, ImportedDocument, ImportedSpan, span_id};
use super::spill::{Spill, Strings};
use super::{ImportFormat, ImportOptions};
use crate::export::{ImportError, jsonl};
use crate::model::{Annotation, Document, Link, Project, document_id_base, quoted};
use crate::read::{guess_title, read_utf8_file};
use crate::store::{StoreError, WrittenLines, annotation_line, document_line};
use crate::task::Progress;

/// True when importing `inputs` as `format` into a new project at `out` can be
/// streamed: every input is a JSONL file, nothing is at `out` (not even a link),
/// and the folder it goes in exists. Anything else takes [`super::import_paths`].
pub fn can_stream_import(inputs: &[impl AsRef<Path>], format: ImportFormat, out: &Path) -> bool {
    let folder_exists = spill_folder(out).is_dir();
    folder_exists
        && out.symlink_metadata().is_err()
        && !inputs.is_empty()
        && inputs.iter().all(|p| {
            let p = p.as_ref();
            p.is_file() && format.resolve(p) == ImportFormat::Jsonl
        })
}

fn spill_folder(out: &Path) -> PathBuf {
    match out.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// An import read and checked, its documents and annotations in spill files, ready
/// to be written ([`StagedImport::write`]); dropping it removes the spill files.
pub struct StagedImport {
    out: PathBuf,
    stager: Stager,
}

impl StagedImport {
    /// What the import did (what [`super::import_paths`] reports), except that
    /// `documents_added` is left empty: 100,000 ids would be 6 MB; they are in the
    /// file, and [`StagedImport::summary`] counts them.
    pub fn report(&self) -> &ImportReport {
        &self.stager.report
    }

    /// [`ImportReport::summary`] of the import.
    pub fn summary(&self) -> String {
        (self.stager.report).summary_counting(self.stager.doc_ids.len())
    }

    /// Writes the project file at the output (atomically; refused when something
    /// appeared there meanwhile or when it would be over the loader's limit).
    pub fn write(mut self, progress: &Progress) -> Result<(), StoreError> {
        let s = &mut self.stager;
        progress.start_phase("Sorting annotations", 0);
        let (doc_ids, ann_ids) = (&s.doc_ids, &s.ann_ids);
        s.entries.sort_by(|a, b| {
            let key = |e: &Entry| {
                (
                    doc_ids.get(e.doc as usize).unwrap_or(""),
                    e.start,
                    e.end,
                    ann_ids.get(e.ann as usize).unwrap_or(""),
                )
            };
            key(a).cmp(&key(b))
        });
        let (docs, anns, entries) = (&mut s.docs, &mut s.anns, &s.entries);
        let mut write_docs = |sink: &mut crate::store::LineSink<'_>| docs.each_line(sink);
        let mut buf = Vec::new();
        let mut write_anns = |sink: &mut crate::store::LineSink<'_>| {
            for (k, e) in entries.iter().enumerate() {
                if k % 4096 == 0 {
                    progress.check()?;
                    progress.set_done(k as u64);
                }
                anns.read_at(e.at, e.len as usize, &mut buf)?;
                sink(std::str::from_utf8(&buf).unwrap_or(""))?;
            }
            Ok(())
        };
        crate::store::write_spilled_project(
            &self.out,
            &s.project,
            WrittenLines {
                count: s.doc_ids.len(),
                write: &mut write_docs,
            },
            WrittenLines {
                count: entries.len(),
                write: &mut write_anns,
            },
            progress,
        )
    }
}

/// Reads and checks every input (all JSONL) into `project` (new: no documents,
/// no annotations) as [`super::import_paths_with_progress`] would, the documents
/// and annotations spilled beside `out` instead of kept.
pub fn stage_jsonl_import(
    out: &Path,
    project: Project,
    inputs: &[impl AsRef<Path>],
    options: &ImportOptions,
    progress: &Progress,
) -> Result<StagedImport, ImportError> {
    progress.check()?;
    let dir = spill_folder(out);
    let mut stager = Stager {
        project,
        author: options.author.clone(),
        report: ImportReport::default(),
        doc_ids: Strings::default(),
        doc_index: IdIndex::with_capacity(0),
        texts: Vec::new(),
        suffixes: HashMap::new(),
        ann_ids: Strings::default(),
        ann_index: IdIndex::with_capacity(0),
        keys: HashMap::new(),
        key_spill: Spill::create(&dir, out, "keys")?,
        key: Vec::new(),
        stored_key: Vec::new(),
        entries: Vec::new(),
        links: HashSet::new(),
        docs: Spill::create(&dir, out, "documents")?,
        anns: Spill::create(&dir, out, "annotations")?,
        text_spill: Spill::create(&dir, out, "texts")?,
        line: String::new(),
        doc_problem: None,
        ann_problem: None,
    };
    for (k, input) in inputs.iter().enumerate() {
        progress.start_phase("Importing", inputs.len() as u64);
        progress.set_done(k as u64);
        progress.check()?;
        let path = input.as_ref();
        let name = path.display().to_string();
        let decoded = read_utf8_file(path)?;
        (stager.report.warnings).extend(decoded.notes.iter().map(|n| format!("{name}: {n}")));
        let mut ignored = Vec::new();
        jsonl::parse_jsonl_each(&decoded.text, &name, options.unit, &mut ignored, |d| {
            stager.add(d, &name)
        })?;
        stager.report.warnings.extend(ignored);
    }
    progress.start_phase("Checking", 0);
    progress.check()?;
    if let Some(problem) = stager.doc_problem.take().or(stager.ann_problem.take()) {
        let first = inputs
            .first()
            .map(|p| p.as_ref().display().to_string())
            .unwrap_or_default();
        return Err(ImportError::file(
            &first,
            format!("the import would leave the project inconsistent: {problem}"),
        ));
    }
    Ok(StagedImport {
        out: out.to_path_buf(),
        stager,
    })
}

/// Where an annotation's line is and how it sorts (32 bytes).
struct Entry {
    /// Its line in the annotations' spill file: start and length.
    at: u64,
    len: u32,
    /// Index of its document id in `doc_ids`.
    doc: u32,
    start: usize,
    end: usize,
    /// Index of its id in `ann_ids`.
    ann: u32,
}

/// The streamed import's state: the project without documents and annotations,
/// and what stands in for them.
struct Stager {
    project: Project,
    author: Option<String>,
    report: ImportReport,
    doc_ids: Strings,
    doc_index: IdIndex,
    /// Each document's text in `text_spill` (start, length): read back only when a
    /// later record uses the same id.
    texts: Vec<(u64, usize)>,
    suffixes: HashMap<String, u64>,
    ann_ids: Strings,
    ann_index: IdIndex,
    /// Hash of an annotation key → (the annotation, its key in `key_spill`:
    /// start and length). A hit is compared with the key read back.
    keys: HashMap<u64, (u32, u64, u32)>,
    key_spill: Spill,
    /// The key being looked up, and one read back (reused).
    key: Vec<u8>,
    stored_key: Vec<u8>,
    entries: Vec<Entry>,
    links: HashSet<Link>,
    docs: Spill,
    anns: Spill,
    text_spill: Spill,
    line: String,
    /// The first problem `check_project` would find among documents, and among
    /// annotations (documents' come first).
    doc_problem: Option<String>,
    ann_problem: Option<String>,
}

impl Stager {
    /// [`super::Importer::add_with_ids`] for a new project.
    fn add(&mut self, mut doc: ImportedDocument, file: &str) -> Result<(), ImportError> {
        let line = doc.line;
        let fail = |m: String| {
            if line > 0 {
                ImportError::at(file, line, m)
            } else {
                ImportError::file(file, m)
            }
        };
        let doc_ids = &self.doc_ids;
        let existing = (doc.id.as_ref()).and_then(|id| self.doc_index.get(id, |i| doc_ids.get(i)));
        let (index, document) = match (existing, &doc.id) {
            (Some(i), Some(id)) => {
                let (at, len) = self.texts.get(i).copied().unwrap_or((0, 0));
                let mut stored = Vec::new();
                self.text_spill.read_at(at, len, &mut stored)?;
                if stored != doc.text.as_bytes() {
                    return Err(fail(format!(
                        "document '{}' already exists in the project with a different text",
                        quoted(id)
                    )));
                }
                let text = std::mem::take(&mut doc.text);
                (i, Document::new(id.clone(), "", text))
            }
            (_, wanted) => {
                let id = match wanted {
                    Some(id) => id.clone(),
                    None => {
                        let title = (doc.title.clone())
                            .unwrap_or_else(|| guess_title(&doc.text, "document"));
                        self.unique_document_id(&title)
                    }
                };
                let text = std::mem::take(&mut doc.text);
                let document = new_document(id.clone(), &doc, text);
                self.write_document(&document)?;
                let i = self.doc_ids.push(&id);
                let doc_ids = &self.doc_ids;
                (self.doc_index).insert(&id, i, |k| doc_ids.get(k));
                (i, document)
            }
        };
        let ids = (doc.spans.into_iter())
            .map(|span| self.add_span(index, &document, span, file))
            .collect::<Result<Vec<_>, _>>()?;
        for &(from, to) in &doc.links {
            if let (Some(Some(from)), Some(Some(to))) = (ids.get(from), ids.get(to))
                && from != to
            {
                let link = Link::attributes(from, to);
                if self.links.insert(link.clone()) {
                    self.project.links.push(link);
                }
            }
        }
        Ok(())
    }

    /// Writes a new document's line and keeps its text for a later record with
    /// the same id; notes an empty id as `check_project` would.
    fn write_document(&mut self, d: &Document) -> Result<(), StoreError> {
        self.line.clear();
        document_line(&mut self.line, d);
        self.docs.append(&self.line)?;
        let at = self.text_spill.append(&d.text)?;
        self.texts.push((at, d.text.len()));
        if d.id.is_empty() && self.doc_problem.is_none() {
            self.doc_problem = Some(format!("document '{}' has an empty id", quoted(&d.title)));
        }
        Ok(())
    }

    /// What [`Project::unique_document_id`] gives, by the packed ids' hash table.
    fn unique_document_id(&mut self, title: &str) -> String {
        let taken = |s: &Stager, id: &str| s.doc_index.get(id, |i| s.doc_ids.get(i)).is_some();
        let base = document_id_base(title);
        if !taken(self, &base) {
            return base;
        }
        let mut next = self.suffixes.get(&base).copied().unwrap_or(2);
        let id = loop {
            let id = format!("{base}-{next}");
            next += 1;
            if !taken(self, &id) {
                break id;
            }
        };
        self.suffixes.insert(base, next);
        id
    }

    /// [`super::Importer`]'s `add_span`: the id of the annotation added, or of the
    /// same one already there.
    fn add_span(
        &mut self,
        doc: usize,
        document: &Document,
        mut span: ImportedSpan,
        file: &str,
    ) -> Result<Option<String>, StoreError> {
        add_missing_label(&mut self.project, &mut self.report, &span.label, file);
        let author = (span.author.clone())
            .or_else(|| self.author.clone())
            .unwrap_or_default();
        encode_key(&mut self.key, &document.id, &span, &author);
        let hash = self.ann_index.hash(&self.key[..]);
        let n = narrow(self.entries.len())?;
        match self.keys.get(&hash).copied() {
            Some((i, at, len)) => {
                (self.key_spill).read_at(at, len as usize, &mut self.stored_key)?;
                if self.stored_key == self.key {
                    self.report.duplicates_skipped += 1;
                    return Ok(self.ann_ids.get(i as usize).map(str::to_string));
                }
                // Another key with this hash (2^-64): kept, not taken for a duplicate.
            }
            None => {
                let at = self.key_spill.append_bytes(&self.key)?;
                self.keys.insert(hash, (n, at, narrow(self.key.len())?));
            }
        }
        let ann_ids = &self.ann_ids;
        let taken = |id: &str| self.ann_index.get(id, |i| ann_ids.get(i)).is_some();
        let id = span_id(span.id.take(), taken);
        let k = self.ann_ids.push(&id);
        let ann_ids = &self.ann_ids;
        (self.ann_index).insert(&id, k, |i| ann_ids.get(i));
        let a = span.into_annotation(document, id, &author);
        self.note_annotation_problem(&a);
        self.line.clear();
        annotation_line(&mut self.line, &a);
        let at = self.anns.append(&self.line)?;
        self.entries.push(Entry {
            at,
            len: narrow(self.line.len())?,
            doc: narrow(doc)?,
            start: a.start,
            end: a.end,
            ann: narrow(k)?,
        });
        self.report.annotations_added += 1;
        Ok(Some(a.id))
    }

    /// The first problem `check_project` would report for `a`, if it is the first.
    fn note_annotation_problem(&mut self, a: &Annotation) {
        if self.ann_problem.is_some() {
            return;
        }
        if a.id.is_empty() {
            self.ann_problem = Some(format!(
                "an annotation on '{}' has an empty id",
                quoted(&a.doc)
            ));
        } else if a.start >= a.end {
            self.ann_problem = Some(format!(
                "{}: start {} is not before end {}",
                quoted(&a.id),
                a.start,
                a.end
            ));
        }
    }
}

/// `n` as a 32-bit index or length; more than 4 billion annotations, or one line of
/// 4 GiB, is refused (the project could not be opened anyway).
fn narrow(n: usize) -> Result<u32, StoreError> {
    u32::try_from(n).map_err(|_| StoreError::TooLargeToWrite {
        path: PathBuf::from("the import"),
        size: n as u64,
        limit: u64::from(u32::MAX),
    })
}

/// The identity of an annotation for not adding it twice (document, offsets,
/// label, source, author, note), as bytes that two keys share only when equal.
fn encode_key(key: &mut Vec<u8>, doc: &str, span: &ImportedSpan, author: &str) {
    fn text(key: &mut Vec<u8>, s: &str) {
        key.extend_from_slice(&(s.len() as u64).to_le_bytes());
        key.extend_from_slice(s.as_bytes());
    }
    key.clear();
    text(key, doc);
    key.extend_from_slice(&(span.start as u64).to_le_bytes());
    key.extend_from_slice(&(span.end as u64).to_le_bytes());
    text(key, &span.label);
    match &span.source {
        Some(s) => {
            key.push(1);
            text(key, s);
        }
        None => key.push(0),
    }
    text(key, author);
    text(key, &span.note);
}
