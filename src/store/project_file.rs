//! The RON project file: parsing (with clear reasons for what cannot be read) and
//! git-friendly writing (sorted annotations, one per line).

use std::borrow::Cow;
use std::path::Path;

use serde::Deserialize;
#[cfg(test)]
use serde::Serialize;

use super::{DiskState, StoreError, check_project, read_limited};
use crate::model::{Annotation, FORMAT_VERSION, Project};
#[cfg(test)]
use crate::model::{Document, TagSchema};
use crate::task::Progress;

/// The largest project file Marginalia loads (256 MiB: a hundred thousand
/// annotations on ten long articles take well under a tenth of that). Checked from
/// the file's size before anything is read.
pub const MAX_PROJECT_BYTES: u64 = 256 << 20;

/// How deep RON values may nest (a project needs 6 levels): deeper input is
/// refused before it can overflow the stack.
const RECURSION_LIMIT: usize = 64;

/// Only the version field, read first so that a newer file gets the right message.
#[derive(Deserialize)]
#[serde(rename = "Project")]
struct Header {
    format: u32,
}

/// What is written: the project with its annotations in file order.
#[cfg(test)]
#[derive(Serialize)]
#[serde(rename = "Project")]
struct Outgoing<'a> {
    format: u32,
    name: &'a str,
    schema: &'a TagSchema,
    documents: &'a [Document],
    annotations: Vec<&'a Annotation>,
    // --- sources (issue 13) ---
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    links: &'a [crate::model::Link],
    #[serde(skip_serializing_if = "crate::model::SourceRegistry::is_empty")]
    registry: &'a crate::model::SourceRegistry,
    // --- end sources ---
    // suggestions (format 4)
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    rejected: &'a [crate::model::RejectedSpan],
    // conflicts (issue 14, format 5)
    #[serde(skip_serializing_if = "<[_]>::is_empty")]
    merge_notes: &'a [crate::model::MergeNote],
    // codebook (issue 19, format 5)
    #[serde(skip_serializing_if = "str::is_empty")]
    memo: &'a str,
}

/// Refuses a project with problems (`check_project`), naming the first and how many
/// others there are.
fn refuse_problems(project: &Project, path: &Path) -> Result<(), StoreError> {
    let problems = check_project(project);
    match problems.first() {
        Some(first) => Err(StoreError::Invalid {
            path: path.to_path_buf(),
            problem: first.to_string(),
            others: problems.len() - 1,
        }),
        None => Ok(()),
    }
}

/// Parses project RON text. `path` is only used in messages.
///
/// Refuses, with one line naming the reason: text that is not RON or not a project
/// (JSON gets a hint), a newer format version, and inconsistent contents (unknown
/// label or document, offsets past the end, a quote that differs from the text).
pub fn parse_project(text: &str, path: &Path) -> Result<Project, StoreError> {
    let project = parse(text, path, false)?;
    refuse_problems(&project, path)?;
    Ok(project)
}

/// Parses project RON text without the consistency checks of [`parse_project`], so
/// that `marginalia validate`, re-anchoring and recovery can see a project the
/// loader refuses. Still refuses what is not a project at all; a newer format is
/// returned when it happens to parse (then [`check_project`] reports its version).
pub fn parse_project_unchecked(text: &str, path: &Path) -> Result<Project, StoreError> {
    parse(text, path, true)
}

fn parse(text: &str, path: &Path, lenient: bool) -> Result<Project, StoreError> {
    parse_with(text, path, lenient, &Progress::new())
}

fn parse_with(
    text: &str,
    path: &Path,
    lenient: bool,
    progress: &Progress,
) -> Result<Project, StoreError> {
    let not_a_project = |reason: String| StoreError::NotAProject {
        path: path.to_path_buf(),
        reason,
    };
    let trimmed = text.trim_start_matches('\u{feff}').trim_start();
    if trimmed.is_empty() {
        return Err(StoreError::Empty(path.to_path_buf()));
    }
    if trimmed.starts_with('{') || trimmed.starts_with('[') {
        return Err(not_a_project(
            "it looks like JSON; a project is RON (use `marginalia import` for JSONL)".into(),
        ));
    }
    if !starts_like_a_project(trimmed) {
        return Err(not_a_project(
            "it does not start with `Project(`; an article is opened in the window or \
             added with `marginalia import`"
                .into(),
        ));
    }
    // Files in the shape Marginalia writes are read in one fast pass; anything else
    // (or a file the fast reader does not take) goes to ron, version first.
    if let Some(project) = super::fast_ron::parse_fast_with(trimmed, progress)? {
        if project.format > FORMAT_VERSION && !lenient {
            return Err(StoreError::NewerFormat {
                path: path.to_path_buf(),
                found: project.format,
                supported: FORMAT_VERSION,
            });
        }
        if project.format == 0 && !lenient {
            return Err(not_a_project("format 0 is not a project format".into()));
        }
        return Ok(upgrade(project));
    }
    progress.check()?;
    let options = ron::Options::default().with_recursion_limit(RECURSION_LIMIT);
    let header: Header = options
        .from_str(trimmed)
        .map_err(|e| not_a_project(describe_ron_error(&e, trimmed)))?;
    let newer = StoreError::NewerFormat {
        path: path.to_path_buf(),
        found: header.format,
        supported: FORMAT_VERSION,
    };
    if header.format > FORMAT_VERSION && !lenient {
        return Err(newer);
    }
    if header.format == 0 && !lenient {
        return Err(not_a_project("format 0 is not a project format".into()));
    }
    match options.from_str::<Project>(trimmed) {
        Ok(project) => Ok(upgrade(project)),
        Err(_) if header.format > FORMAT_VERSION => Err(newer),
        Err(e) => Err(not_a_project(describe_ron_error(&e, trimmed))),
    }
}

/// Reads an older format as the current one. Format 1 is format 2 without the
/// optional `edited_by` / `modified` / `previous_label` of annotations, and format 2
/// is format 3 without documents' `meta` (serde and the fast reader default them to
/// empty), so only the number changes; the next save writes format 3.
fn upgrade(mut project: Project) -> Project {
    if (1..FORMAT_VERSION).contains(&project.format) {
        project.format = FORMAT_VERSION;
    }
    project
}

/// True when the first token after comments and RON attributes (`#![enable(..)]`) is
/// `Project` or an unnamed struct's `(`: anything else is not a project at all.
fn starts_like_a_project(text: &str) -> bool {
    let mut rest = text;
    loop {
        rest = rest.trim_start();
        if rest.starts_with("//") || rest.starts_with("#!") {
            rest = rest.split_once('\n').map_or("", |(_, r)| r);
        } else if let Some(body) = rest.strip_prefix("/*") {
            rest = body.split_once("*/").map_or("", |(_, r)| r);
        } else {
            break;
        }
    }
    rest.starts_with("Project") || rest.starts_with('(')
}

/// One line for a RON error: where, and what; an error at the very end of the text
/// says the file looks cut short.
fn describe_ron_error(e: &ron::error::SpannedError, text: &str) -> String {
    let msg = match &e.code {
        ron::Error::ExceededRecursionLimit => {
            format!("nested more than {RECURSION_LIMIT} levels deep")
        }
        code => {
            let msg = code.to_string();
            msg.lines().next().unwrap_or("unreadable").to_string()
        }
    };
    let (line, col) = (e.span.start.line, e.span.start.col);
    let rest_is_blank = text
        .lines()
        .skip(line.saturating_sub(1))
        .enumerate()
        .all(|(i, l)| {
            let from = if i == 0 { col.saturating_sub(1) } else { 0 };
            l.chars().skip(from).all(char::is_whitespace)
        });
    let unfinished = !text.trim_end().ends_with(')');
    let cut = if (rest_is_blank || unfinished)
        && !matches!(
            e.code,
            ron::Error::TrailingCharacters | ron::Error::UnexpectedChar(_)
        ) {
        " (the file looks cut short)"
    } else {
        ""
    };
    format!("{msg} at line {line}, column {col}{cut}")
}

/// The project as RON text: annotations sorted by (doc, start, end, id), one per
/// line, so that two analysts' changes diff and merge cleanly.
pub fn project_to_ron(project: &Project) -> Result<String, StoreError> {
    project_to_ron_with_progress(project, &Progress::new())
}

/// [`project_to_ron`] reporting the annotations written to `progress` and stopping
/// with [`StoreError::Cancelled`] when it is cancelled.
pub fn project_to_ron_with_progress(
    project: &Project,
    progress: &Progress,
) -> Result<String, StoreError> {
    let annotations = sorted_annotations(project, progress);
    let mut text =
        super::ron_writer::project_text(project, &annotations, FORMAT_VERSION, progress)?;
    text.push('\n');
    Ok(text)
}

/// The project's annotations in file order: sorted by (doc, start, end, id).
pub(crate) fn sorted_annotations<'p>(
    project: &'p Project,
    progress: &Progress,
) -> Vec<&'p Annotation> {
    progress.start_phase("Sorting annotations", 0);
    let mut annotations: Vec<&Annotation> = project.annotations.iter().collect();
    annotations.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    annotations
}

/// What `ron`'s own pretty printer writes for the project, which
/// [`project_to_ron`] reproduces faster (the tests hold them equal).
#[cfg(test)]
pub(crate) fn project_to_ron_by_ron(project: &Project) -> String {
    let mut annotations: Vec<&Annotation> = project.annotations.iter().collect();
    annotations.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    let out = Outgoing {
        format: FORMAT_VERSION,
        name: &project.name,
        schema: &project.schema,
        documents: &project.documents,
        annotations,
        links: &project.links,
        registry: &project.registry,
        rejected: &project.rejected,
        merge_notes: &project.merge_notes,
        memo: &project.memo, // codebook
    };
    let pretty = ron::ser::PrettyConfig::new()
        .depth_limit(2)
        .struct_names(true)
        .indentor("    ".to_string());
    let mut text = ron::ser::to_string_pretty(&out, pretty).expect("serializable");
    text.push('\n');
    text
}

/// Parses and checks a project from raw file bytes (UTF-8, with or without BOM, or
/// UTF-16 with a BOM), as [`load_project`] does after reading. `path` is only used
/// in messages.
pub fn parse_project_bytes(bytes: &[u8], path: &Path) -> Result<Project, StoreError> {
    parse_project(&project_text(bytes, path)?, path)
}

/// Reads and checks the project at `path`.
pub fn load_project(path: &Path) -> Result<Project, StoreError> {
    let bytes = read_limited(path, MAX_PROJECT_BYTES)?;
    parse_project(&project_text(&bytes, path)?, path)
}

/// Reads the project at `path` without the consistency checks (see
/// [`parse_project_unchecked`]).
pub fn load_project_unchecked(path: &Path) -> Result<Project, StoreError> {
    let bytes = read_limited(path, MAX_PROJECT_BYTES)?;
    parse_project_unchecked(&project_text(&bytes, path)?, path)
}

/// [`load_project_with_state`] reporting to `progress` — "Reading" (bytes of the
/// file), "Parsing" (bytes of text parsed), "Checking" — and stopping with
/// [`StoreError::Cancelled`] when it is cancelled. Nothing is written either way.
pub fn load_project_with_progress(
    path: &Path,
    progress: &Progress,
) -> Result<(Project, DiskState), StoreError> {
    progress.check()?;
    let size = std::fs::metadata(path).map(|m| m.len()).unwrap_or(0);
    progress.start_phase("Reading", size);
    let bytes = read_limited(path, MAX_PROJECT_BYTES)?;
    progress.set_done(bytes.len() as u64);
    progress.check()?;
    let text = project_text(&bytes, path)?;
    progress.start_phase("Parsing", text.len() as u64);
    let project = parse_with(&text, path, false, progress)?;
    progress.start_phase("Checking", 0);
    progress.check()?;
    refuse_problems(&project, path)?;
    progress.check()?;
    let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok();
    Ok((project, DiskState::of_bytes(&bytes, modified)))
}

/// Reads and checks the project at `path`, with the [`DiskState`] of the very bytes
/// read: pass it to [`super::save_project_checked`] to refuse overwriting changes
/// made on disk since.
pub fn load_project_with_state(path: &Path) -> Result<(Project, DiskState), StoreError> {
    let bytes = read_limited(path, MAX_PROJECT_BYTES)?;
    let project = parse_project(&project_text(&bytes, path)?, path)?;
    let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok();
    Ok((project, DiskState::of_bytes(&bytes, modified)))
}

/// The bytes of a project file as text (UTF-8, or UTF-16 with a byte-order mark as
/// some Windows editors write), or why they are not.
fn project_text<'b>(bytes: &'b [u8], path: &Path) -> Result<Cow<'b, str>, StoreError> {
    let not_a_project = |reason: String| StoreError::NotAProject {
        path: path.to_path_buf(),
        reason,
    };
    if bytes.is_empty() {
        return Err(StoreError::Empty(path.to_path_buf()));
    }
    if let Some((enc, _)) = encoding_rs::Encoding::for_bom(bytes)
        && enc != encoding_rs::UTF_8
    {
        let (text, had_errors) = enc.decode_with_bom_removal(bytes);
        if had_errors {
            return Err(not_a_project(format!("not valid {} text", enc.name())));
        }
        return Ok(text);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Cow::Borrowed(text)),
        Err(_) if bytes.contains(&0) => {
            Err(not_a_project("it is a binary file, not RON text".into()))
        }
        Err(e) => {
            let at = e.valid_up_to();
            let line = bytes[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            Err(not_a_project(format!(
                "not UTF-8 text (invalid byte at line {line}, byte offset {at}); re-save it as UTF-8"
            )))
        }
    }
}

/// Writes `project` to `path` atomically, keeping the previous version as a backup.
/// A project whose file would exceed [`MAX_PROJECT_BYTES`] is refused (nothing is
/// written), and a file that already holds the same bytes is left untouched.
pub fn save_project(path: &Path, project: &Project) -> Result<(), StoreError> {
    save_project_with_progress(path, project, &Progress::new())
}

/// [`save_project`] reporting to `progress` (annotations serialized, then bytes
/// written) and stopping with [`StoreError::Cancelled`] when it is cancelled: up to
/// the final rename a cancel leaves the old file, its backup and no temporary file.
pub fn save_project_with_progress(
    path: &Path,
    project: &Project,
    progress: &Progress,
) -> Result<(), StoreError> {
    super::save::save_project_streamed(path, project, progress).map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Annotation;

    fn project() -> Project {
        let text = "KCNA (조선중앙통신) said “victory” 👋🏽 e\u{301}\nNew line.";
        let mut p = Project::new("Test \"quoted\" name");
        p.documents
            .push(Document::new("d1", "Doc", text).with_origin("/tmp/a.txt"));
        let d = &p.documents[0];
        let q = |s: usize, e: usize| d.slice(s, e).to_string();
        let a1 = Annotation::new("d1", 6, 12, q(6, 12), "attribution", "alice").with_source("KCNA");
        let a2 = Annotation::new("d1", 0, 4, q(0, 4), "claim", "bob");
        let a3 = Annotation::new("d1", 19, 28, q(19, 28), "speculation", "bob");
        p.annotations = vec![a1, a2, a3];
        p
    }

    #[test]
    fn round_trip_keeps_everything_and_sorts_annotations() {
        let p = project();
        let text = project_to_ron(&p).unwrap();
        let back = parse_project(&text, Path::new("x.ron")).unwrap();
        let mut sorted = p.clone();
        sorted.sort_annotations();
        assert_eq!(back, sorted);
        assert_eq!(back.annotations[0].quote, "KCNA");
        assert_eq!(back.annotations[1].quote, "조선중앙통신");
    }

    #[test]
    fn one_annotation_per_line() {
        let text = project_to_ron(&project()).unwrap();
        let lines: Vec<&str> = text.lines().filter(|l| l.contains("quote:")).collect();
        assert_eq!(lines.len(), 3, "{text}");
    }

    #[test]
    fn an_article_is_not_reported_as_a_cut_short_project() {
        let err = parse_project("Pyongyang held a parade (KCNA said).\n", Path::new("a.txt"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("does not start with `Project(`"), "{err}");
        assert!(!err.contains("cut short"), "{err}");
        let commented = format!(
            "// notes\n/* more */\n{}",
            project_to_ron(&project()).unwrap()
        );
        assert!(parse_project(&commented, Path::new("p.ron")).is_ok());
    }

    #[test]
    fn newer_format_gets_its_own_message() {
        let text = project_to_ron(&project())
            .unwrap()
            .replace(&format!("format: {FORMAT_VERSION}"), "format: 7");
        let err = parse_project(&text, Path::new("x.ron")).unwrap_err();
        assert!(
            matches!(err, StoreError::NewerFormat { found: 7, .. }),
            "{err}"
        );
        assert!(err.to_string().contains("update Marginalia"));
    }

    #[test]
    fn garbage_json_and_truncation_are_refused_with_one_line() {
        let path = Path::new("x.ron");
        let full = project_to_ron(&project()).unwrap();
        for bad in [
            "not a project at all",
            "{\"format\": 1}",
            &full[..full.len() / 2],
            "",
        ] {
            let err = parse_project(bad, path).unwrap_err().to_string();
            assert!(!err.contains('\n'), "{err}");
            assert!(err.contains("x.ron"), "{err}");
        }
    }

    #[test]
    fn deep_nesting_is_refused_not_overflowed() {
        let deep = format!(
            "Project(format: 1, name: {}{})",
            "[".repeat(10_000),
            "]".repeat(10_000)
        );
        assert!(parse_project(&deep, Path::new("x.ron")).is_err());
    }

    #[test]
    fn quote_mismatch_is_refused() {
        let text = project_to_ron(&project())
            .unwrap()
            .replace("quote: \"KCNA\"", "quote: \"KCNX\"");
        let err = parse_project(&text, Path::new("x.ron"))
            .unwrap_err()
            .to_string();
        assert!(err.contains("differs"), "{err}");
    }
}
