//! The corpus's format 4 additions (issue 12) survive a save, an older file and a
//! three-way merge: "done" marks per analyst and edited metadata.

use marginalia::model::{Document, DocumentMeta, Project};
use marginalia::store::{load_project, save_project};

fn base() -> Project {
    let mut p = Project::new("marks");
    p.documents.push(Document::new(
        "d1",
        "조선중앙통신 보도",
        "조선중앙통신 👋🏽 said e\u{301}.",
    ));
    p.documents
        .push(Document::new("d2", "Yonhap", "Yonhap reported."));
    p
}

#[test]
fn done_marks_round_trip_and_are_not_written_when_empty() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let mut p = base();
    p.documents[0].set_done_by("조 “b”", true);
    p.documents[0].set_done_by("alice", true);
    save_project(&path, &p).unwrap();
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("format: 5,"), "{text}");
    assert!(text.contains(r#"done_by: ["alice", "조 “b”"]"#), "{text}");
    assert_eq!(
        text.matches("done_by").count(),
        1,
        "only where someone marked it"
    );
    assert_eq!(load_project(&path).unwrap(), p);
}

#[test]
fn a_format_3_file_opens_without_marks() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("old.ron");
    let text = "Project(format: 3, name: \"old\", documents: [Document(id: \"d\", title: \"t\", origin: None, meta: DocumentMeta(outlet: Some(\"KCNA\")), text: \"x\")])";
    std::fs::write(&path, text).unwrap();
    let p = load_project(&path).unwrap();
    assert!(p.documents[0].done_by.is_empty());
    assert_eq!(p.documents[0].meta.outlet.as_deref(), Some("KCNA"));
}

#[test]
fn a_merge_keeps_both_analysts_marks_and_one_sides_metadata() {
    let base = base();
    let mut ours = base.clone();
    let mut theirs = base.clone();
    ours.documents[0].set_done_by("alice", true);
    theirs.documents[0].set_done_by("bob", true);
    *theirs.documents[1].meta = DocumentMeta {
        outlet: Some("Yonhap".into()),
        ..Default::default()
    };
    let merged = marginalia::team::merge3(&base, &ours, &theirs);
    assert!(merged.is_clean(), "{:?}", merged.conflicts);
    let d1 = merged.project.document("d1").unwrap();
    assert_eq!(d1.done_by, ["alice", "bob"]);
    let d2 = merged.project.document("d2").unwrap();
    assert_eq!(d2.meta.outlet.as_deref(), Some("Yonhap"));
}
