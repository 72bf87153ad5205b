//! Importing a REFI-QDA `.qdpx` archive or `.qdc` codebook into a project.
//!
//! - Text sources, inline (`PlainTextContent`) or in the archive
//!   (`internal://GUID.txt` → `sources/GUID.txt`), become documents.
//! - Codes become labels ([`super::codes`]); selections become annotations, one per
//!   codable code they are coded with, their users as authors, their description as
//!   note.
//! - Offsets are Unicode code points over the text as given; from tools that count a
//!   CRLF as one character (the project's `origin` names ATLAS.ti or MAXQDA) they are
//!   offsets over the text with its line endings normalised.
//! - What is not imported (images, audio, PDF, sets, graphs, …) is named in one line.
//!
//! The archive is never unpacked to disk: entries are looked up by name, a source
//! path that is not a plain file name is refused, and every entry is read through a
//! size cap (the size the archive declares is not trusted), so a zip bomb stops with
//! one line.

use std::io::{Read, Seek};
use std::path::Path;

use super::codes::CodeMap;
use super::qde_read::{RefiProject, RefiTextSource, parse_qde};
use crate::export::ImportError;
use crate::export::import::{ImportedDocument, ImportedSpan, Importer};
use crate::export::text_map::IncomingText;
use crate::model::{OffsetUnit, quoted};

/// How much a `.qdpx` may unpack to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QdpxLimits {
    /// Largest single entry (bytes, uncompressed).
    pub entry: u64,
    /// Largest total of the entries read (bytes, uncompressed).
    pub total: u64,
}

impl Default for QdpxLimits {
    /// 512 MiB for one entry, 2 GiB in all.
    fn default() -> Self {
        QdpxLimits {
            entry: 512 << 20,
            total: 2 << 30,
        }
    }
}

/// True for a path the REFI reader takes (`.qdpx`, `.qdc`).
pub fn is_refi_path(path: &Path) -> bool {
    path.extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .is_some_and(|e| e == "qdpx" || e == "qdc")
}

/// Reads `path` (a `.qdpx` archive, or a `.qdc`/bare `project.qde` XML) into
/// `importer`, with the default [`QdpxLimits`].
pub(in crate::export) fn import_refi(
    importer: &mut Importer<'_>,
    path: &Path,
) -> Result<(), ImportError> {
    import_refi_with_limits(importer, path, QdpxLimits::default())
}

/// [`import_refi`] with explicit limits.
pub(in crate::export) fn import_refi_with_limits(
    importer: &mut Importer<'_>,
    path: &Path,
    limits: QdpxLimits,
) -> Result<(), ImportError> {
    let name = path.display().to_string();
    let fail = |m: String| ImportError::file(&name, m);
    let file = std::fs::File::open(path).map_err(|e| fail(format!("cannot open it: {e}")))?;
    let mut head = [0u8; 4];
    let is_zip =
        (&file).read(&mut head).map_err(|e| fail(e.to_string()))? == 4 && head == *b"PK\x03\x04";
    let file = std::fs::File::open(path).map_err(|e| fail(format!("cannot open it: {e}")))?;
    let mut archive = if is_zip {
        Some(zip::ZipArchive::new(file).map_err(|e| fail(format!("not a readable zip: {e}")))?)
    } else {
        None
    };
    let mut budget = limits.total;
    let xml = match archive.as_mut() {
        Some(a) => read_entry(a, "project.qde", limits.entry, &mut budget)
            .map_err(|e| fail(e.unwrap_or_else(|| "the archive has no project.qde".into())))?,
        None => {
            let f = std::fs::File::open(path).map_err(|e| fail(e.to_string()))?;
            read_capped(f, "the file", limits.entry, &mut budget).map_err(fail)?
        }
    };
    let xml = String::from_utf8(xml).map_err(|_| fail("project.qde is not UTF-8".into()))?;
    let project = parse_qde(&xml).map_err(|m| fail(format!("project.qde: {m}")))?;
    drop(xml);
    let codes = CodeMap::new(&project, importer).map_err(fail)?;
    let crlf_as_one = counts_crlf_as_one(&project.origin);
    for (k, source) in project.sources.iter().enumerate() {
        let raw =
            source_text(source, archive.as_mut(), limits.entry, &mut budget).map_err(|m| {
                fail(format!(
                    "source {} ('{}'): {m}",
                    k + 1,
                    quoted(&source.name)
                ))
            })?;
        let doc = document(&project, source, raw, &codes, crlf_as_one)
            .map_err(|m| fail(format!("source '{}': {m}", quoted(&source.name))))?;
        let added = importer.report.documents_added.len();
        importer.add_article(doc, &name)?;
        // The memo: the text of the notes the source refers to (issue 19).
        let memo: Vec<&str> = (source.notes.iter())
            .filter_map(|g| project.notes.get(g))
            .map(String::as_str)
            .filter(|t| !t.is_empty())
            .collect();
        if importer.report.documents_added.len() > added
            && !memo.is_empty()
            && let Some(d) = importer.project.documents.last_mut()
        {
            d.memo = memo.join("\n\n");
        }
    }
    // --- codebook (issue 19): the project memo, from the project's own notes ---
    let memo: Vec<&str> = (project.project_notes.iter())
        .filter_map(|g| project.notes.get(g))
        .map(String::as_str)
        .filter(|t| !t.is_empty() && !importer.project.memo.contains(*t))
        .collect();
    if !memo.is_empty() {
        let memo = memo.join("\n\n");
        let p = &mut importer.project;
        p.memo = if p.memo.is_empty() {
            memo
        } else {
            format!("{}\n\n{memo}", p.memo)
        };
    }
    // --- end codebook ---
    if let Some(line) = not_imported_line(&project) {
        importer.report.warnings.push(format!("{name}: {line}"));
    }
    Ok(())
}

/// True for tools that count a CRLF line ending as one character.
fn counts_crlf_as_one(origin: &str) -> bool {
    let o = origin.to_ascii_lowercase();
    o.contains("atlas.ti") || o.contains("atlasti") || o.contains("maxqda")
}

/// The one line naming what the file held and the import left out.
fn not_imported_line(project: &RefiProject) -> Option<String> {
    let mut parts: Vec<String> = project
        .not_imported
        .iter()
        .map(|(what, n)| format!("{n} {what}"))
        .collect();
    let referred: std::collections::HashSet<&String> = (project.sources.iter())
        .flat_map(|s| &s.notes)
        .chain(&project.project_notes) // codebook: the project memo
        .collect();
    let loose = project
        .notes
        .keys()
        .filter(|g| !referred.contains(g))
        .count();
    if loose > 0 {
        parts.push(format!("{loose} Note not attached to a text source"));
    }
    let mut other: Vec<&str> = (project.variables.values())
        .filter(|name| super::variables::field_of(name).is_none())
        .map(String::as_str)
        .collect();
    other.sort_unstable();
    if !other.is_empty() {
        parts.push(format!("variables {}", other.join(", ")));
    }
    if parts.is_empty() {
        return None;
    }
    Some(format!(
        "not imported (Marginalia has no place for them): {}",
        parts.join(", ")
    ))
}

/// The text of `source`: inline, or the archive entry its `internal://` path names.
fn source_text<R: Read + Seek>(
    source: &RefiTextSource,
    archive: Option<&mut zip::ZipArchive<R>>,
    cap: u64,
    budget: &mut u64,
) -> Result<String, String> {
    if let Some(text) = &source.inline {
        return Ok(text.clone());
    }
    let path = source
        .path
        .as_deref()
        .ok_or("it has no text (no PlainTextContent, no plainTextPath)")?;
    let file = path
        .strip_prefix("internal://")
        .ok_or_else(|| format!("its text is outside the archive ({path}), which is not read"))?;
    if file.is_empty() || file.contains(['/', '\\', ':', '\0']) || file.starts_with('.') {
        return Err(format!(
            "its text path '{}' is not a plain file name",
            quoted(path)
        ));
    }
    let archive = archive.ok_or("its text is in an archive, but this file is bare XML")?;
    let bytes = read_entry(archive, &format!("sources/{file}"), cap, budget)
        .map_err(|e| e.unwrap_or_else(|| format!("the archive has no sources/{file}")))?;
    String::from_utf8(bytes).map_err(|_| format!("sources/{file} is not UTF-8"))
}

/// Reads archive entry `name` through the caps. `Err(None)` when it is missing.
fn read_entry<R: Read + Seek>(
    archive: &mut zip::ZipArchive<R>,
    name: &str,
    cap: u64,
    budget: &mut u64,
) -> Result<Vec<u8>, Option<String>> {
    let entry = match archive.by_name(name) {
        Ok(e) => e,
        Err(zip::result::ZipError::FileNotFound) => return Err(None),
        Err(e) => return Err(Some(format!("cannot read {name} in the archive: {e}"))),
    };
    read_capped(entry, name, cap, budget).map_err(Some)
}

/// Reads at most `cap` bytes (and what is left of `budget`) of `r`; more is an error.
fn read_capped(r: impl Read, name: &str, cap: u64, budget: &mut u64) -> Result<Vec<u8>, String> {
    let limit = cap.min(*budget);
    let mut out = Vec::new();
    r.take(limit.saturating_add(1))
        .read_to_end(&mut out)
        .map_err(|e| format!("cannot read {name}: {e}"))?;
    if out.len() as u64 > limit {
        return Err(format!(
            "{name} unpacks to more than {} MiB, which is refused (a zip bomb?)",
            limit >> 20
        ));
    }
    *budget -= out.len() as u64;
    Ok(out)
}

/// The document of `source`, its selections mapped to spans over the normalised text.
fn document(
    project: &RefiProject,
    source: &RefiTextSource,
    raw: String,
    codes: &CodeMap,
    crlf_as_one: bool,
) -> Result<ImportedDocument, String> {
    let incoming = IncomingText::new(raw);
    let len = incoming.text().chars().count();
    let mut spans = Vec::new();
    for (k, s) in source.selections.iter().enumerate() {
        let at = |m: String| format!("selection {} ({}..{}): {m}", k + 1, s.start, s.end);
        if s.start >= s.end {
            return Err(at("it is empty or runs backwards".into()));
        }
        let (start, end) = if crlf_as_one {
            if s.end > len {
                return Err(at(format!(
                    "it runs past the end of the text ({len} characters)"
                )));
            }
            (s.start, s.end)
        } else {
            incoming
                .span(s.start, s.end, OffsetUnit::Chars)
                .map_err(at)?
        };
        let author = s
            .user
            .as_ref()
            .and_then(|u| project.users.get(u))
            .map(|n| n.trim().to_string())
            .filter(|n| !n.is_empty());
        for guid in &s.codes {
            let Some(target) = codes.target(guid).map_err(at)? else {
                continue;
            };
            let mut span = ImportedSpan::new(start, end, &target.label);
            span.source = target.source.clone();
            span.note = s.description.clone();
            span.author = author.clone();
            span.created = s.created.clone();
            spans.push(span);
        }
    }
    let title = source.name.trim();
    let mut meta = crate::model::DocumentMeta::default();
    for (guid, value) in &source.values {
        let field = project
            .variables
            .get(guid)
            .and_then(|name| super::variables::field_of(name));
        if let Some(field) = field {
            meta.set_field(field, value);
        }
    }
    Ok(ImportedDocument {
        id: None,
        title: (!title.is_empty()).then(|| title.to_string()),
        origin: None,
        meta,
        text: incoming.into_text(),
        spans,
        // REFI-QDA has no place for links between selections.
        links: Vec::new(),
        line: 0,
    })
}

/// Imports `path` into `project` as [`crate::export::import_paths`] does with
/// [`crate::export::ImportFormat::Qdpx`], but with explicit `limits` (for tests of
/// hostile archives). On error the project is untouched.
pub fn import_qdpx_limited(
    project: &mut crate::model::Project,
    path: &Path,
    options: &crate::export::ImportOptions,
    limits: QdpxLimits,
) -> Result<crate::export::ImportReport, ImportError> {
    let mut importer = Importer::new(project.clone(), options);
    import_refi_with_limits(&mut importer, path, limits)?;
    if let Some(problem) = crate::store::check_project(&importer.project)
        .into_iter()
        .next()
    {
        return Err(ImportError::file(
            &path.display().to_string(),
            format!("the import would leave the project inconsistent: {problem}"),
        ));
    }
    *project = importer.project;
    Ok(importer.report)
}
