use super::*;
use crate::model::{Annotation, Document, Project};

fn editor() -> Editor {
    let mut p = Project::new("t");
    p.documents
        .push(Document::new("d", "D", "“KCNA” 조선 said 👋 hi there"));
    p.documents
        .push(Document::new("e", "E", "Another article."));
    Editor::new(p)
}

fn tag(ed: &Editor, start: usize, end: usize, label: &str) -> Annotation {
    let q = quote_of(ed.project(), "d", start, end).unwrap();
    Annotation::new("d", start, end, q, label, "me")
}

#[test]
fn add_undo_redo_many_steps_and_dirty_mark() {
    let mut ed = editor();
    assert!(!ed.is_dirty());
    let a = tag(&ed, 1, 5, "claim");
    let b = tag(&ed, 7, 9, "speculation");
    ed.apply(Edit::AddAnnotation(a.clone())).unwrap();
    ed.apply(Edit::AddAnnotation(b.clone())).unwrap();
    assert_eq!(ed.project().annotations.len(), 2);
    assert!(ed.is_dirty());
    ed.mark_saved();
    assert!(ed.undo());
    assert!(ed.is_dirty());
    assert!(ed.undo());
    assert!(ed.project().annotations.is_empty());
    assert!(!ed.undo());
    assert!(ed.redo());
    assert!(ed.redo());
    assert!(!ed.is_dirty(), "back at the saved state");
    assert_eq!(ed.project().annotations, vec![a, b]);
}

#[test]
fn new_edit_clears_redo() {
    let mut ed = editor();
    ed.apply(Edit::AddAnnotation(tag(&ed, 1, 5, "claim")))
        .unwrap();
    ed.undo();
    ed.apply(Edit::AddAnnotation(tag(&ed, 7, 9, "claim")))
        .unwrap();
    assert!(!ed.redo());
}

#[test]
fn update_changes_bounds_and_quote_and_undoes() {
    let mut ed = editor();
    let a = tag(&ed, 1, 5, "claim");
    let id = a.id.clone();
    ed.apply(Edit::AddAnnotation(a)).unwrap();
    let change = AnnotationChange {
        span: Some((0, 6)),
        label: Some("attribution".into()),
        source: Some(Some("KCNA".into())),
        ..Default::default()
    };
    ed.apply(Edit::UpdateAnnotation {
        id: id.clone(),
        change,
    })
    .unwrap();
    let now = ed.project().annotation(&id).unwrap();
    assert_eq!(now.quote, "“KCNA”");
    assert_eq!(now.source.as_deref(), Some("KCNA"));
    ed.undo();
    let back = ed.project().annotation(&id).unwrap();
    assert_eq!((back.start, back.end, back.quote.as_str()), (1, 5, "KCNA"));
    assert_eq!(back.label, "claim");
    assert_eq!(back.source, None);
}

#[test]
fn bad_edits_are_refused_and_change_nothing() {
    let mut ed = editor();
    let before = ed.project().clone();
    let mut a = tag(&ed, 1, 5, "claim");
    a.quote = "nope".into();
    assert_eq!(
        ed.apply(Edit::AddAnnotation(a)),
        Err(EditError::QuoteMismatch(1, 5))
    );
    let b = tag(&ed, 1, 5, "rumour");
    assert!(matches!(
        ed.apply(Edit::AddAnnotation(b)),
        Err(EditError::UnknownLabel(_))
    ));
    assert!(matches!(
        quote_of(ed.project(), "d", 5, 500),
        Err(EditError::BadSpan { .. })
    ));
    // A batch that fails half-way is rolled back.
    let good = tag(&ed, 1, 5, "claim");
    let batch = Edit::Batch(vec![
        Edit::AddAnnotation(good),
        Edit::RemoveAnnotation("missing".into()),
    ]);
    assert!(ed.apply(batch).is_err());
    assert_eq!(ed.project(), &before);
    assert!(!ed.is_dirty());
}

#[test]
fn removing_a_document_takes_its_annotations_and_undo_restores_both() {
    let mut ed = editor();
    ed.apply(Edit::AddAnnotation(tag(&ed, 1, 5, "claim")))
        .unwrap();
    let before = ed.project().clone();
    ed.apply(Edit::RemoveDocument("d".into())).unwrap();
    assert_eq!(ed.project().documents.len(), 1);
    assert!(ed.project().annotations.is_empty());
    ed.undo();
    assert_eq!(ed.project(), &before);
}

#[test]
fn orphans_can_be_edited_deleted_undone_and_reattached() {
    let mut p = Project::new("t");
    p.documents
        .push(crate::model::Document::new("d", "D", "조선 said 👋 hi"));
    let mut orphan = Annotation::new("d", 40, 50, "a removed sentence", "claim", "me");
    orphan.orphaned = true;
    let id = orphan.id.clone();
    p.annotations.push(orphan.clone());
    let mut ed = Editor::new(p);
    // Relabel it.
    ed.apply(Edit::UpdateAnnotation {
        id: id.clone(),
        change: AnnotationChange {
            label: Some("speculation".into()),
            ..Default::default()
        },
    })
    .unwrap();
    // Delete it, and undo the deletion: it comes back, still an orphan.
    ed.apply(Edit::RemoveAnnotation(id.clone())).unwrap();
    assert!(ed.project().annotation(&id).is_none());
    assert!(ed.undo());
    assert!(ed.project().annotation(&id).unwrap().orphaned);
    // Attach it by hand to "said"; undo restores the orphan exactly.
    ed.apply(Edit::UpdateAnnotation {
        id: id.clone(),
        change: AnnotationChange {
            span: Some((3, 7)),
            ..Default::default()
        },
    })
    .unwrap();
    let a = ed.project().annotation(&id).unwrap();
    assert!(!a.orphaned && a.quote == "said");
    assert!(ed.undo());
    let a = ed.project().annotation(&id).unwrap();
    assert!(a.orphaned && a.quote == "a removed sentence" && a.start == 40);
}
