//! The import works in the project itself: a failed import must leave it exactly as
//! it was, and a good one must add to it.

use super::*;
use crate::model::{Annotation, Document};

/// A project with a document, an annotation, a link-free schema: what an import
/// would extend.
fn project() -> Project {
    let mut p = Project::new("조선 corpus");
    let text = "KCNA (조선중앙통신) said “victory” 👋🏽 e\u{301}";
    p.documents.push(Document::new("d1", "First", text));
    p.annotations.push(Annotation::new(
        "d1",
        0,
        4,
        "KCNA".to_string(),
        "claim".to_string(),
        "alice".to_string(),
    ));
    p
}

#[test]
fn a_failed_import_leaves_the_project_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let good = dir.path().join("good.txt");
    std::fs::write(&good, "New article\n\nYonhap said “more”.\n").unwrap();
    // A JSONL line with a label never seen and one past the end of its text: the
    // first adds a label to the schema before the second fails.
    let bad = dir.path().join("bad.jsonl");
    std::fs::write(
        &bad,
        "{\"text\":\"abc 조선\",\"label\":[[0,3,\"rumour\"]]}\n{\"text\":\"ab\",\"label\":[[0,9,\"claim\"]]}\n",
    )
    .unwrap();
    let original = project();
    let mut p = original.clone();
    let result = import_paths(
        &mut p,
        &[&good, &bad],
        ImportFormat::Auto,
        &ImportOptions::default(),
    );
    assert!(result.is_err(), "{result:?}");
    assert_eq!(p, original);
    // Cancelled before it starts: untouched too.
    let progress = Progress::new();
    progress.cancel();
    let result = import_paths_with_progress(
        &mut p,
        &[&good],
        ImportFormat::Auto,
        &ImportOptions::default(),
        &progress,
    );
    assert!(result.is_err());
    assert_eq!(p, original);
}

#[test]
fn a_good_import_adds_documents_and_labels_after_what_was_there() {
    let dir = tempfile::tempdir().unwrap();
    let lines = dir.path().join("lines.jsonl");
    std::fs::write(
        &lines,
        "{\"text\":\"abc 조선\",\"label\":[[4,6,\"rumour\"]]}\n",
    )
    .unwrap();
    let original = project();
    let mut p = original.clone();
    let report = import_paths(
        &mut p,
        &[&lines],
        ImportFormat::Auto,
        &ImportOptions::default(),
    )
    .expect("imported");
    assert_eq!(report.documents_added.len(), 1);
    assert_eq!(p.documents[0], original.documents[0]);
    assert_eq!(p.documents.len(), 2);
    assert_eq!(p.name, original.name);
    assert!(p.schema.label("rumour").is_some());
    let added: Vec<_> = p
        .annotations
        .iter()
        .filter(|a| a.label == "rumour")
        .collect();
    assert_eq!(added.len(), 1);
    assert_eq!(added[0].quote, "조선");
    assert!(p.annotations.contains(&original.annotations[0]));
}

#[test]
fn jsonl_brings_back_who_edited_an_annotation_and_when() {
    let mut original = project();
    original.annotations[0].stamp_edit("bob", "2026-12-04T10:00:00Z", Some("speculation"));
    let selection = crate::export::Selection::new(&original, &Default::default()).unwrap();
    let (text, _) = crate::export::export_to_string(
        &selection,
        crate::export::ExportFormat::Jsonl,
        crate::model::OffsetUnit::Chars,
    )
    .unwrap();
    assert!(text.contains("\"edited_by\":\"bob\""), "{text}");
    let p = imported_jsonl(&text);
    let a = &p.annotations[0];
    assert_eq!(a.author, "alice");
    assert_eq!(a.edited_by.as_deref(), Some("bob"));
    assert_eq!(
        a.annotator(),
        "bob",
        "review counts bob's judgment, as before"
    );
    assert_eq!(a.modified.as_deref(), Some("2026-12-04T10:00:00Z"));
    // An editor who is the author is no editor.
    let line = r#"{"text":"abc","spans":[{"start":0,"end":3,"label":"claim","author":"ann","edited_by":"ann"}]}"#;
    assert_eq!(imported_jsonl(line).annotations[0].edited_by, None);
}

/// A new project with the JSONL `text` imported from a file.
fn imported_jsonl(text: &str) -> Project {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("team.jsonl");
    std::fs::write(&file, text).unwrap();
    let mut p = Project::new("read back");
    let options = ImportOptions::default();
    import_paths(&mut p, &[&file], ImportFormat::Auto, &options).unwrap();
    p
}
