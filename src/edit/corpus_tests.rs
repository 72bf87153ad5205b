//! The corpus edits (issue 12): document metadata and "done" marks, undone and
//! redone like any edit.

use super::{Edit, EditError, Editor};
use crate::model::{Document, DocumentMeta, Project};

fn project() -> Project {
    let mut p = Project::new("p");
    p.documents
        .push(Document::new("d", "조선중앙통신", "text 👋🏽"));
    p
}

#[test]
fn metadata_is_replaced_and_undone_in_one_step() {
    let mut ed = Editor::new(project());
    let mut meta = DocumentMeta {
        outlet: Some("KCNA".into()),
        ..Default::default()
    };
    meta.set_date("14 March 2026");
    ed.apply(Edit::SetDocumentMeta {
        doc: "d".into(),
        meta: Box::new(meta.clone()),
    })
    .unwrap();
    assert_eq!(*ed.project().documents[0].meta, meta);
    assert!(ed.is_dirty());
    ed.undo().unwrap();
    assert!(ed.project().documents[0].meta.is_empty());
    ed.redo().unwrap();
    assert_eq!(
        ed.project().documents[0].meta.date.as_deref(),
        Some("2026-03-14")
    );
}

#[test]
fn done_marks_are_per_analyst_and_undo() {
    let mut ed = Editor::new(project());
    let done = |who: &str, done: bool| Edit::SetDocumentDone {
        doc: "d".into(),
        analyst: who.into(),
        done,
    };
    ed.apply(done("bob", true)).unwrap();
    ed.apply(done("alice", true)).unwrap();
    ed.apply(done("alice", true)).unwrap();
    assert_eq!(ed.project().documents[0].done_by, ["alice", "bob"]);
    ed.apply(done("bob", false)).unwrap();
    assert_eq!(ed.project().documents[0].done_by, ["alice"]);
    ed.undo().unwrap();
    assert_eq!(ed.project().documents[0].done_by, ["alice", "bob"]);
    // Marking done twice undoes to "done", not to "not done".
    ed.undo().unwrap();
    assert_eq!(ed.project().documents[0].done_by, ["alice", "bob"]);
}

#[test]
fn an_unknown_document_is_refused() {
    let mut ed = Editor::new(project());
    let e = ed
        .apply(Edit::SetDocumentDone {
            doc: "nope".into(),
            analyst: "a".into(),
            done: true,
        })
        .unwrap_err();
    assert_eq!(e, EditError::NoSuchDocument("nope".into()));
}
