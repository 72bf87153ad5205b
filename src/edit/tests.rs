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
    assert!(ed.undo().is_some());
    assert!(ed.is_dirty());
    assert!(ed.undo().is_some());
    assert!(ed.project().annotations.is_empty());
    assert!(ed.undo().is_none());
    assert!(ed.redo().is_some());
    assert!(ed.redo().is_some());
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
    assert!(ed.redo().is_none());
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
    assert!(ed.undo().is_some());
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
    assert!(ed.undo().is_some());
    let a = ed.project().annotation(&id).unwrap();
    assert!(a.orphaned && a.quote == "a removed sentence" && a.start == 40);
}

/// The index answers like a scan: every annotation at its position, every id that
/// is gone absent.
fn assert_index_matches_scan(ed: &Editor, ever: &[String]) {
    let all = &ed.project().annotations;
    for (i, a) in all.iter().enumerate() {
        assert_eq!(ed.position(&a.id), Some(i), "position of {}", a.id);
        assert_eq!(ed.annotation(&a.id), Some(a));
    }
    for id in ever {
        let scan = all.iter().rposition(|a| &a.id == id);
        assert_eq!(ed.position(id), scan, "{id}");
    }
    assert_eq!(ed.position("never-used"), None);
}

#[test]
fn delete_moves_only_the_last_annotation_and_undo_restores_the_order() {
    let mut ed = editor();
    let spans = [(1, 5), (7, 9), (10, 14), (15, 16), (17, 19)];
    for (s, e) in spans {
        ed.apply(Edit::AddAnnotation(tag(&ed, s, e, "claim")))
            .unwrap();
    }
    let before = ed.project().clone();
    let ids: Vec<String> = before.annotations.iter().map(|a| a.id.clone()).collect();
    ed.apply(Edit::Batch(vec![
        Edit::RemoveAnnotation(ids[1].clone()),
        Edit::RemoveAnnotation(ids[4].clone()),
        Edit::RemoveAnnotation(ids[0].clone()),
    ]))
    .unwrap();
    assert_index_matches_scan(&ed, &ids);
    assert_eq!(ed.project().annotations.len(), 2);
    assert!(ed.undo().is_some());
    assert_eq!(ed.project(), &before, "exact order back");
    assert_index_matches_scan(&ed, &ids);
    assert!(ed.redo().is_some());
    assert_index_matches_scan(&ed, &ids);
    ed.apply(Edit::RemoveAnnotation(ids[2].clone())).unwrap();
    assert!(ed.undo().is_some());
    assert!(ed.undo().is_some());
    assert_eq!(ed.project(), &before);
}

#[test]
fn duplicate_ids_fall_back_to_a_scan_from_the_end() {
    let mut p = editor().project().clone();
    let a = Annotation::new("d", 1, 5, "KCNA", "claim", "me");
    let mut b = Annotation::new("d", 7, 9, "조선", "claim", "me");
    b.id = a.id.clone();
    p.annotations.push(a.clone());
    p.annotations.push(b.clone());
    let mut ed = Editor::new(p);
    assert_eq!(
        ed.position(&a.id),
        Some(1),
        "the last one, as edits find it"
    );
    ed.apply(Edit::RemoveAnnotation(a.id.clone())).unwrap();
    assert_eq!(ed.annotation(&a.id), Some(&a));
    // Putting b back would duplicate the id again: refused, as an add would be.
    assert!(ed.undo().is_none());
    assert_eq!(ed.annotation(&a.id), Some(&a));
    let fresh = editor().project().clone();
    ed.replace(fresh);
    assert_eq!(ed.position(&a.id), None);
}

mod index_properties;

/// A save on another thread holds the project as it was; an edit meanwhile copies
/// it once; with no holder, edits change the project in place (no copy).
#[test]
fn a_shared_snapshot_keeps_its_state_and_costs_no_copy_otherwise() {
    let mut ed = editor();
    let a = tag(&ed, 1, 5, "claim");
    let before = ed.shared();
    ed.apply(Edit::AddAnnotation(a)).unwrap();
    assert!(
        before.annotations.is_empty(),
        "the holder's state did not move"
    );
    assert_eq!(ed.project().annotations.len(), 1);
    drop(before);
    let here = std::sync::Arc::as_ptr(&ed.shared());
    let b = tag(&ed, 7, 9, "speculation");
    ed.apply(Edit::AddAnnotation(b)).unwrap();
    assert!(ed.undo().is_some());
    assert_eq!(
        std::sync::Arc::as_ptr(&ed.shared()),
        here,
        "edited in place: no copy without a holder"
    );
}

#[test]
fn a_signed_change_records_the_colleague_and_undoes_whole() {
    let mut ed = editor();
    let a = tag(&ed, 7, 9, "claim"); // "조선", by "me"
    let id = a.id.clone();
    ed.apply(Edit::AddAnnotation(a.clone())).unwrap();
    let stamp = EditStamp {
        by: "bob".into(),
        at: "2026-12-03T10:00:00Z".into(),
    };
    let relabel = Edit::UpdateAnnotation {
        id: id.clone(),
        change: AnnotationChange {
            label: Some("attribution".into()),
            source: Some(Some("KCNA".into())),
            ..Default::default()
        },
    };
    ed.apply(Edit::Batch(vec![relabel]).signed(&stamp)).unwrap();
    let now = ed.annotation(&id).unwrap();
    assert_eq!(now.annotator(), "bob");
    assert_eq!(now.author, "me");
    assert_eq!(now.modified.as_deref(), Some("2026-12-03T10:00:00Z"));
    assert_eq!(now.previous_label.as_deref(), Some("claim"));
    let edited = now.clone();
    // Undo takes back the label and who changed it; redo brings both again.
    assert!(ed.undo().is_some());
    assert_eq!(ed.annotation(&id), Some(&a));
    assert!(ed.redo().is_some());
    assert_eq!(ed.annotation(&id), Some(&edited));
    // The author moving a boundary of their own annotation: no colleague recorded.
    let own = EditStamp::now("me");
    ed.apply(
        Edit::UpdateAnnotation {
            id: id.clone(),
            change: AnnotationChange {
                span: Some((7, 14)),
                ..Default::default()
            },
        }
        .signed(&own),
    )
    .unwrap();
    let now = ed.annotation(&id).unwrap();
    assert_eq!((now.annotator(), now.quote.as_str()), ("me", "조선 said"));
    // An unsigned change (no analyst name) leaves the record as it was.
    let unsigned = Edit::UpdateAnnotation {
        id: id.clone(),
        change: AnnotationChange {
            note: Some("n".into()),
            ..Default::default()
        },
    }
    .signed(&EditStamp::now(""));
    let before = ed.annotation(&id).unwrap().modified.clone();
    ed.apply(unsigned).unwrap();
    assert_eq!(ed.annotation(&id).unwrap().modified, before);
}

/// Labels and sources are edits like any other: they undo and redo, and a label in
/// use cannot be removed.
#[test]
fn schema_changes_undo_and_redo() {
    let mut ed = editor();
    let schema = ed.project().schema.clone();
    let rumour = crate::model::Label {
        id: "rumour".into(),
        name: "Rumour “소문”".into(),
        color: "#e15759".into(),
        key: None,
        needs_source: false,
        ..Default::default()
    };
    let a = tag(&ed, 8, 10, "rumour");
    assert_eq!(
        ed.apply(Edit::AddAnnotation(a.clone())),
        Err(EditError::UnknownLabel("rumour".into()))
    );
    let change = ed
        .apply(Edit::Batch(vec![
            Edit::AddLabel {
                label: rumour.clone(),
                index: Some(1),
            },
            Edit::AddAnnotation(a.clone()),
        ]))
        .unwrap();
    assert_eq!(change.annotations, None, "a new label redraws everything");
    assert_eq!(ed.project().schema.labels[1], rumour);
    assert_eq!(
        ed.apply(Edit::RemoveLabel("rumour".into())),
        Err(EditError::LabelInUse("rumour".into()))
    );
    assert_eq!(
        ed.apply(Edit::AddLabel {
            label: rumour.clone(),
            index: None
        }),
        Err(EditError::DuplicateId("rumour".into()))
    );
    ed.apply(Edit::SetSources(vec!["조선중앙통신".into()]))
        .unwrap();
    assert!(ed.undo().is_some());
    assert!(ed.undo().is_some());
    assert_eq!(ed.project().schema, schema, "label and sources undone");
    assert!(ed.project().annotations.is_empty());
    assert!(ed.redo().is_some());
    assert_eq!(ed.project().schema.labels[1], rumour);
    assert_eq!(ed.project().annotation(&a.id), Some(&a));
    assert!(ed.redo().is_some());
    assert_eq!(ed.project().schema.sources, ["조선중앙통신"]);
}

// --- suggestions (format 4) ---
#[test]
fn rejecting_a_suggestion_is_undoable() {
    let mut ed = editor();
    let span = crate::model::RejectedSpan {
        doc: ed.project().documents[0].id.clone(),
        start: 0,
        end: 3,
        label: Some("claim".into()),
        rule: Some("claim.said".into()),
    };
    ed.apply(Edit::SetRejected(vec![span.clone()])).unwrap();
    assert_eq!(ed.project().rejected, std::slice::from_ref(&span));
    assert!(ed.undo().is_some());
    assert!(ed.project().rejected.is_empty());
    assert!(ed.redo().is_some());
    assert_eq!(ed.project().rejected, [span]);
}

// --- codebook (issue 19, format 5) ---
#[test]
fn label_guide_and_project_memo_are_undoable_edits() {
    let mut ed = editor();
    let guide = Edit::SetLabelGuide {
        label: "claim".into(),
        description: "Stated as fact “사실” 👋🏽".into(),
        example: "the test succeeded".into(),
    };
    let change = ed.apply(guide).unwrap();
    assert_eq!(
        change.annotations.map(|t| t.ids),
        Some(Vec::new()),
        "nothing redrawn"
    );
    let claim = ed.project().schema.label("claim").unwrap();
    assert_eq!(claim.description, "Stated as fact “사실” 👋🏽");
    assert_eq!(claim.example, "the test succeeded");
    assert_eq!(ed.undo_description(), Some("edit guideline of 'claim'"));
    ed.apply(Edit::SetProjectMemo("memo\n조선".into())).unwrap();
    assert_eq!(ed.project().memo, "memo\n조선");
    assert!(ed.undo().is_some());
    assert_eq!(ed.project().memo, "");
    assert!(ed.undo().is_some());
    assert_eq!(ed.project().schema.label("claim").unwrap().description, "");
    assert!(ed.redo().is_some());
    assert_eq!(
        ed.project().schema.label("claim").unwrap().example,
        "the test succeeded"
    );
    assert_eq!(
        ed.apply(Edit::SetLabelGuide {
            label: "nope".into(),
            description: String::new(),
            example: String::new(),
        })
        .unwrap_err(),
        EditError::UnknownLabel("nope".into())
    );
}
