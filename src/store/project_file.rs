//! The RON project file: parsing (with clear reasons for what cannot be read) and
//! git-friendly writing (sorted annotations, one per line).

use std::path::Path;

use serde::Deserialize;
#[cfg(test)]
use serde::Serialize;

use super::{StoreError, check_project, read_limited, write_atomic};
use crate::model::{Annotation, FORMAT_VERSION, Project};
#[cfg(test)]
use crate::model::{Document, TagSchema};

/// The largest project file Marginalia loads.
pub const MAX_PROJECT_BYTES: u64 = 1 << 30;

/// Only the version field, read first so that a newer file gets the right message.
#[derive(Deserialize)]
#[serde(rename = "Project")]
struct Header {
    format: u32,
}

/// What is written: the project with its annotations in file order (the shape
/// `ron` is given in the tests, as the reference for the fast writer).
#[cfg(test)]
#[derive(Serialize)]
#[serde(rename = "Project")]
struct Outgoing<'a> {
    format: u32,
    name: &'a str,
    schema: &'a TagSchema,
    documents: &'a [Document],
    annotations: Vec<&'a Annotation>,
}

/// Parses project RON text. `path` is only used in messages.
///
/// Refuses, with one line naming the reason: text that is not RON or not a project
/// (JSON gets a hint), a newer format version, and inconsistent contents (unknown
/// label or document, offsets past the end, a quote that differs from the text).
pub fn parse_project(text: &str, path: &Path) -> Result<Project, StoreError> {
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
    let options = ron::Options::default().with_recursion_limit(64);
    // One pass over the text (the fast reader for files in the shape Marginalia
    // writes, ron for anything else): the version is checked on the parsed project. Only when
    // the project cannot be read is the version read on its own, so that a file from a
    // newer Marginalia gets that message rather than a syntax error.
    let newer = |format: u32| StoreError::NewerFormat {
        path: path.to_path_buf(),
        found: format,
        supported: FORMAT_VERSION,
    };
    let parsed = match super::fast_ron::parse_fast(trimmed) {
        Some(project) => Ok(project),
        None => options.from_str(trimmed),
    };
    let project: Project = match parsed {
        Ok(project) => project,
        Err(e) => {
            if let Ok(header) = options.from_str::<Header>(trimmed)
                && header.format > FORMAT_VERSION
            {
                return Err(newer(header.format));
            }
            return Err(not_a_project(describe_ron_error(&e)));
        }
    };
    if project.format > FORMAT_VERSION {
        return Err(newer(project.format));
    }
    if project.format == 0 {
        return Err(not_a_project("format 0 is not a project format".into()));
    }
    let problems = check_project(&project);
    if let Some(first) = problems.first() {
        return Err(StoreError::Invalid {
            path: path.to_path_buf(),
            problem: first.to_string(),
            others: problems.len() - 1,
        });
    }
    Ok(project)
}

/// One line for a RON error: where, and what.
fn describe_ron_error(e: &ron::error::SpannedError) -> String {
    let msg = e.code.to_string();
    let msg = msg.lines().next().unwrap_or("unreadable").to_string();
    format!(
        "{msg} at line {}, column {}",
        e.span.start.line, e.span.start.col
    )
}

/// The project as RON text: annotations sorted by (doc, start, end, id), one per
/// line, so that two analysts' changes diff and merge cleanly.
pub fn project_to_ron(project: &Project) -> Result<String, StoreError> {
    let mut annotations: Vec<&Annotation> = project.annotations.iter().collect();
    annotations.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    let mut text = super::ron_writer::write_project(project, &annotations, FORMAT_VERSION);
    text.push('\n');
    Ok(text)
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
    };
    let pretty = ron::ser::PrettyConfig::new()
        .depth_limit(2)
        .struct_names(true)
        .indentor("    ".to_string());
    let mut text = ron::ser::to_string_pretty(&out, pretty).expect("serializable");
    text.push('\n');
    text
}

/// Reads and checks the project at `path`.
pub fn load_project(path: &Path) -> Result<Project, StoreError> {
    let bytes = read_limited(path, MAX_PROJECT_BYTES)?;
    let text = std::str::from_utf8(&bytes).map_err(|e| StoreError::NotAProject {
        path: path.to_path_buf(),
        reason: format!(
            "not UTF-8 text (invalid byte at offset {})",
            e.valid_up_to()
        ),
    })?;
    parse_project(text, path)
}

/// Writes `project` to `path` atomically, keeping the previous version as a backup.
pub fn save_project(path: &Path, project: &Project) -> Result<(), StoreError> {
    let text = project_to_ron(project)?;
    write_atomic(path, text.as_bytes())
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
    fn newer_format_gets_its_own_message() {
        let text = project_to_ron(&project())
            .unwrap()
            .replace("format: 1", "format: 7");
        let err = parse_project(&text, Path::new("x.ron")).unwrap_err();
        assert!(
            matches!(err, StoreError::NewerFormat { found: 7, .. }),
            "{err}"
        );
        assert!(err.to_string().contains("update Marginalia"));
    }

    #[test]
    fn newer_format_that_does_not_parse_still_gets_its_own_message() {
        let text = "Project(format: 9, name: \"n\", annotations: Index(path: \"a.idx\"))";
        let err = parse_project(text, Path::new("x.ron")).unwrap_err();
        assert!(
            matches!(err, StoreError::NewerFormat { found: 9, .. }),
            "{err}"
        );
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
