//! Importing a folder of articles at once (`marginalia import DIR…`): every `.txt`,
//! `.md`, `.html` and `.jsonl` file under it, read and decoded on several threads,
//! then added in path order. A file that cannot be read is noted with its reason
//! and skipped, and the import goes on; an article whose text is already in the
//! project is not added twice.

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

use super::import::{
    ImportFormat, ImportOptions, ImportedDocument, Importer, article_from_decoded,
};
use super::{ImportError, jsonl};
use crate::model::OffsetUnit;
use crate::read::markdown::{MARKDOWN_NOTE, is_markdown_extension};
use crate::read::{ListedFile, MAX_ARTICLE_BYTES, decode_text, decode_utf8_strict, list_files};
use crate::task::{Cancelled, Progress};

/// What reading one file gives: its documents and notes, or one line saying why it
/// was not read.
type FileResult = Result<(Vec<ImportedDocument>, Vec<String>), String>;

/// At most this many reading threads.
const MAX_THREADS: usize = 8;

/// Notes every file of its kind gets, not repeated per file of a folder.
const ROUTINE_NOTES: [&str; 2] = ["HTML reduced to its readable text", MARKDOWN_NOTE];

/// True for a folder that holds brat files at its top (`annotation.conf` or an
/// `.ann` file): imported as brat, not as a folder of articles.
pub fn is_brat_folder(dir: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return false;
    };
    entries.flatten().any(|e| {
        let p = e.path();
        e.file_name() == "annotation.conf"
            || p.extension().is_some_and(|x| x.eq_ignore_ascii_case("ann"))
    })
}

/// True for a file name an article folder's import reads.
pub fn is_article_path(path: &Path) -> bool {
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    matches!(
        ext.as_str(),
        "txt" | "text" | "html" | "htm" | "xhtml" | "jsonl" | "ndjson"
    ) || is_markdown_extension(&ext)
}

/// Imports every article under `dir` into the importer's project. Only an error
/// about the folder itself (missing, unreadable) or a cancel stops it.
pub(super) fn import_folder(
    importer: &mut Importer<'_>,
    dir: &Path,
    options: &ImportOptions,
    progress: &Progress,
) -> Result<(), ImportError> {
    let listing = list_files(dir, is_article_path)?;
    let report = &mut importer.report;
    for (path, why) in listing.skipped {
        let name = path.display().to_string();
        report
            .skipped_files
            .push((name.clone(), format!("{name}: {why}")));
    }
    if listing.files.is_empty() {
        report.warnings.push(format!(
            "{}: holds no articles (.txt, .md, .html, .jsonl)",
            dir.display()
        ));
        return Ok(());
    }
    let files = listing.files;
    progress.start_phase("Reading articles", files.len() as u64);
    let results = read_all(&files, options.unit, progress)?;
    progress.start_phase("Adding articles", files.len() as u64);
    for (k, (file, result)) in files.iter().zip(results).enumerate() {
        if k % 256 == 0 {
            progress.set_done(k as u64);
            progress.check()?;
        }
        let name = file.path.display().to_string();
        match result {
            Err(line) => importer.report.skipped_files.push((name, line)),
            Ok((docs, notes)) => {
                importer.report.warnings.extend(
                    notes
                        .into_iter()
                        .filter(|n| !ROUTINE_NOTES.contains(&n.as_str()))
                        .map(|n| format!("{name}: {n}")),
                );
                for doc in docs {
                    if let Err(e) = importer.add_article(doc, &name) {
                        importer
                            .report
                            .skipped_files
                            .push((name.clone(), e.to_string()));
                    }
                }
            }
        }
    }
    progress.set_done(files.len() as u64);
    Ok(())
}

/// Reads and decodes `files` on up to [`MAX_THREADS`] threads (each takes the next
/// file not yet taken), the results in the order of `files`.
fn read_all(
    files: &[ListedFile],
    unit: OffsetUnit,
    progress: &Progress,
) -> Result<Vec<FileResult>, Cancelled> {
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .clamp(1, MAX_THREADS)
        .min(files.len());
    let next = AtomicUsize::new(0);
    let mut results: Vec<Option<FileResult>> = (0..files.len()).map(|_| None).collect();
    std::thread::scope(|scope| {
        let workers: Vec<_> = (0..threads)
            .map(|_| {
                scope.spawn(|| {
                    let mut mine = Vec::new();
                    while !progress.is_cancelled() {
                        let k = next.fetch_add(1, Ordering::Relaxed);
                        let Some(file) = files.get(k) else {
                            break;
                        };
                        mine.push((k, read_file(file, unit)));
                        progress.advance(1);
                    }
                    mine
                })
            })
            .collect();
        for worker in workers {
            if let Ok(mine) = worker.join() {
                for (k, result) in mine {
                    if let Some(slot) = results.get_mut(k) {
                        *slot = Some(result);
                    }
                }
            }
        }
    });
    progress.check()?;
    Ok(files
        .iter()
        .zip(results)
        .map(|(file, r)| {
            r.unwrap_or_else(|| Err(format!("{}: could not be read", file.path.display())))
        })
        .collect())
}

/// Reads one file of the folder: a JSONL file's documents, or one article.
fn read_file(file: &ListedFile, unit: OffsetUnit) -> FileResult {
    let path = &file.path;
    let name = path.display().to_string();
    let bytes = file.read(MAX_ARTICLE_BYTES).map_err(|e| e.to_string())?;
    let ext = path
        .extension()
        .map(|e| e.to_string_lossy().to_ascii_lowercase())
        .unwrap_or_default();
    if matches!(ext.as_str(), "jsonl" | "ndjson") {
        let decoded = decode_utf8_strict(&bytes, path).map_err(|e| e.to_string())?;
        let (docs, mut warnings) = jsonl::parse_jsonl_with_warnings(&decoded.text, &name, unit)
            .map_err(|e| e.to_string())?;
        warnings.extend(decoded.notes.iter().map(|n| format!("{name}: {n}")));
        return Ok((docs, warnings));
    }
    let decoded = decode_text(&bytes, path).map_err(|e| e.to_string())?;
    let format = match ext.as_str() {
        "html" | "htm" | "xhtml" => ImportFormat::Html,
        e if is_markdown_extension(e) => ImportFormat::Md,
        _ if decoded.text.trim_start().starts_with("Project(") => {
            return Err(format!(
                "{name}: is a Marginalia project, not an article (use `marginalia merge` to combine projects)"
            ));
        }
        _ if crate::store::looks_like_html(&decoded.text) => ImportFormat::Html,
        _ => ImportFormat::Txt,
    };
    let (doc, notes) = article_from_decoded(decoded, path, format).map_err(|e| e.to_string())?;
    Ok((vec![doc], notes))
}
