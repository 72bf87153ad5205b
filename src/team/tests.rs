//! The three-way merge on small projects with text that is not ASCII.

use super::*;
use crate::model::{Annotation, Document, Label, Project};
use crate::store::check_project;

const TEXT: &str = "조선중앙통신 said “the test succeeded” 👋🏽, e\u{301}tude says.";

fn span(p: &Project, id: &str, s: usize, e: usize, label: &str, who: &str) -> Annotation {
    let quote: String = p.documents[0].text.chars().skip(s).take(e - s).collect();
    let mut a = Annotation::new("d", s, e, quote, label, who);
    a.id = id.into();
    a.created = "2026-12-01T00:00:00Z".into();
    a
}

fn base() -> Project {
    let mut p = Project::new("desk");
    p.documents.push(Document::new("d", "D", TEXT));
    let a1 = span(&p, "a1", 0, 6, "attribution", "alice").with_source("KCNA");
    let a2 = span(&p, "a2", 13, 35, "claim", "alice");
    let a3 = span(&p, "a3", 38, 40, "speculation", "bob");
    p.annotations = vec![a1, a2, a3];
    p
}

fn both_orders(o: &Project, x: &Project, y: &Project) -> Merged {
    let one = merge3(o, x, y);
    let two = merge3(o, y, x);
    assert_eq!(one.project, two.project, "same result either way");
    assert_eq!(one.conflicts, two.conflicts);
    assert!(
        check_project(&one.project).is_empty(),
        "{:?}",
        check_project(&one.project)
    );
    one
}

#[test]
fn edits_to_different_annotations_merge_cleanly() {
    let o = base();
    let mut x = o.clone();
    x.annotations.retain(|a| a.id != "a3");
    x.annotations.push(span(&o, "x1", 7, 11, "claim", "alice"));
    let mut y = o.clone();
    y.annotations[1].label = "speculation".into();
    y.annotations.push(span(&o, "y1", 37, 39, "claim", "bob"));
    y.schema.sources.push("조선신보".into());
    let m = both_orders(&o, &x, &y);
    assert!(m.is_clean(), "{:?}", m.conflicts);
    let ids: Vec<&str> = m
        .project
        .annotations
        .iter()
        .map(|a| a.id.as_str())
        .collect();
    assert_eq!(ids, ["a1", "x1", "a2", "y1"]);
    assert_eq!(m.project.annotation("a2").unwrap().label, "speculation");
    assert!(m.project.schema.sources.contains(&"조선신보".to_string()));
}

#[test]
fn different_changes_to_one_annotation_keep_both_marked() {
    let o = base();
    let mut x = o.clone();
    x.annotations[1].label = "speculation".into();
    x.annotations[1].stamp_edit("carol", "2026-12-03T10:00:00Z", Some("claim"));
    let mut y = o.clone();
    y.annotations[1].label = "attribution".into();
    y.annotations[1].source = Some("NK News".into());
    let m = both_orders(&o, &x, &y);
    assert_eq!(m.conflicts.len(), 1, "{:?}", m.conflicts);
    let marked: Vec<&Annotation> = m
        .project
        .annotations
        .iter()
        .filter(|a| a.conflict.is_some())
        .collect();
    assert_eq!(marked.len(), 2);
    assert_eq!(marked[0].conflict.as_ref().unwrap().other, marked[1].id);
    assert_eq!(marked[1].conflict.as_ref().unwrap().other, marked[0].id);
    let labels: Vec<&str> = marked.iter().map(|a| a.label.as_str()).collect();
    assert!(labels.contains(&"speculation") && labels.contains(&"attribution"));
}

#[test]
fn a_deletion_against_a_change_keeps_the_change_marked() {
    let o = base();
    let mut x = o.clone();
    x.annotations.retain(|a| a.id != "a1");
    let mut y = o.clone();
    y.annotations[0].note = "“KCNA” again".into();
    let m = both_orders(&o, &x, &y);
    let a1 = m.project.annotation("a1").expect("kept");
    assert_eq!(a1.conflict.as_ref().unwrap().other, "");
    // Deleted on one side, unchanged on the other: gone.
    let mut z = o.clone();
    z.annotations.retain(|a| a.id != "a3");
    let m = both_orders(&o, &z, &o);
    assert!(m.project.annotation("a3").is_none() && m.is_clean());
}

#[test]
fn documents_labels_and_names_merge_by_identity() {
    let o = base();
    let mut x = o.clone();
    x.documents.push(Document::new("k1", "Korean", "조선 😀"));
    x.documents
        .push(Document::new("same", "Same", "one text\r\n"));
    x.schema.labels.push(Label {
        id: "rumour".into(),
        name: "Rumour".into(),
        color: "#123456".into(),
        key: None,
        needs_source: false,
        ..Default::default()
    });
    x.name = "desk — x".into();
    let mut y = o.clone();
    y.documents
        .push(Document::new("same-2", "Same", "one text\r\n"));
    y.documents
        .push(Document::new("k1", "Other", "another text"));
    let mut on_same = span(&o, "y1", 0, 3, "claim", "bob");
    (on_same.doc, on_same.quote) = ("same-2".into(), "one".into());
    y.annotations.push(on_same);
    y.schema.labels.retain(|l| l.id != "speculation");
    y.annotations.retain(|a| a.label != "speculation");
    y.name = "desk — y".into();
    let m = both_orders(&o, &x, &y);
    let doc_ids: Vec<&str> = m.project.documents.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(doc_ids.len(), 4, "{doc_ids:?}");
    assert!(doc_ids.contains(&"same") && !doc_ids.contains(&"same-2"));
    assert_eq!(m.project.annotation("y1").unwrap().doc, "same");
    assert!(m.project.schema.label("rumour").is_some());
    assert!(m.project.schema.label("speculation").is_none());
    let items: Vec<ConflictItem> = m.conflicts.iter().map(|c| c.item).collect();
    assert_eq!(items, [ConflictItem::Document, ConflictItem::Name]);
}

#[test]
fn a_conflict_is_listed_once_and_resolved_by_one_edit() {
    let o = base();
    let mut x = o.clone();
    x.annotations[2].label = "claim".into();
    let mut y = o.clone();
    y.annotations[2].label = "attribution".into();
    let mut z = o.clone();
    z.annotations.retain(|a| a.id != "a1");
    let mut w = y.clone();
    w.annotations[0].note = "“kept” 조선".into();
    let m = merge3(&o, &x, &y);
    let listed = annotation_conflicts(&m.project);
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].versions.len(), 2);
    let keep = listed[0].versions[1].id.clone();
    let mut p = m.project.clone();
    crate::edit::apply(&mut p, resolve_conflict(&m.project, &keep).unwrap()).unwrap();
    assert!(annotation_conflicts(&p).is_empty());
    assert_eq!(p.annotations.len(), o.annotations.len());
    assert!(p.annotation(&keep).is_some_and(|a| a.conflict.is_none()));
    // A deletion against a change: one version, listed; discarding deletes it.
    let m = merge3(&o, &z, &w);
    let listed = annotation_conflicts(&m.project);
    assert_eq!(listed.len(), 1);
    assert_eq!(listed[0].versions.len(), 1);
    let mut p = m.project.clone();
    crate::edit::apply(&mut p, discard_conflicted(&m.project, "a1").unwrap()).unwrap();
    assert!(p.annotation("a1").is_none() && annotation_conflicts(&p).is_empty());
}

#[test]
fn each_resolution_is_one_undoable_edit_that_leaves_a_valid_project() {
    let o = base();
    let mut x = o.clone();
    x.annotations[2].label = "claim".into();
    let mut y = o.clone();
    y.annotations[2].label = "attribution".into();
    y.annotations[2].source = Some("조선 👋🏽".into());
    let merged = merge3(&o, &x, &y).project;
    let ids: Vec<String> = annotation_conflicts(&merged)[0]
        .versions
        .iter()
        .map(|v| v.id.clone())
        .collect();
    for (resolution, left) in [
        (Resolution::Keep(ids[0].clone()), 3),
        (Resolution::Keep(ids[1].clone()), 3),
        (Resolution::KeepBoth(ids[1].clone()), 4),
    ] {
        let mut editor = crate::edit::Editor::new(merged.clone());
        let edit = resolution.edit(editor.project()).expect("marked");
        editor.apply(edit).expect("applies");
        assert!(annotation_conflicts(editor.project()).is_empty());
        assert!(
            editor
                .project()
                .annotations
                .iter()
                .all(|a| a.conflict.is_none())
        );
        assert_eq!(editor.project().annotations.len(), left, "{resolution:?}");
        assert!(check_project(editor.project()).is_empty());
        editor.undo().expect("undoes");
        assert_eq!(editor.project(), &merged, "{resolution:?} undone");
    }
    assert!(
        Resolution::Keep("a1".into()).edit(&merged).is_none(),
        "not marked"
    );
}

// --- suggestions (format 4) ---
#[test]
fn spans_rejected_on_either_side_stay_rejected_once() {
    use crate::model::RejectedSpan;
    let r = |s: usize, rule: &str| RejectedSpan {
        doc: "d".into(),
        start: s,
        end: s + 2,
        label: Some("claim".into()),
        rule: Some(rule.into()),
    };
    let mut o = base();
    o.rejected = vec![r(0, "a")];
    let mut x = o.clone();
    x.rejected.push(r(7, "b"));
    let mut y = o.clone();
    y.rejected.push(r(13, "c"));
    y.rejected.push(r(7, "b"));
    let m = both_orders(&o, &x, &y);
    assert!(m.is_clean(), "{:?}", m.conflicts);
    assert_eq!(m.project.rejected, vec![r(0, "a"), r(7, "b"), r(13, "c")]);
}

/// Issue 14 (bench path): a text changed on one side re-attaches the annotations
/// of that document only, and keeps the document's memo and done marks.
#[test]
fn a_text_changed_on_one_side_reattaches_its_annotations_and_keeps_the_memo() {
    let mut o = base();
    o.documents.push(Document::new("e", "E", "KCNA said so."));
    o.documents[0].memo = "조선 memo 👋🏽".into();
    o.documents[0].done_by = vec!["alice".into()];
    let mut x = o.clone();
    let text = format!("UPDATE: {TEXT}");
    let mut changed = Document::new("d", "D", text.clone());
    changed.memo = o.documents[0].memo.clone();
    changed.done_by = o.documents[0].done_by.clone();
    x.documents[0] = changed;
    let mut y = o.clone();
    y.annotations[2].note = "bob's note".into();
    let m = both_orders(&o, &x, &y);
    assert_eq!(m.reanchored, 3, "{:?}", m.project.annotations);
    let d = m.project.document("d").unwrap();
    assert_eq!(
        (d.text.as_str(), d.memo.as_str()),
        (text.as_str(), "조선 memo 👋🏽")
    );
    assert_eq!(d.done_by, ["alice"]);
    let a1 = m.project.annotation("a1").unwrap();
    assert_eq!((a1.start, a1.quote.as_str()), (8, "조선중앙통신"));
    assert_eq!(m.project.annotation("a3").unwrap().note, "bob's note");
}

// --- codebook (issue 19, format 5) ---
#[test]
fn label_guidelines_merge_field_by_field() {
    let o = base();
    let mut x = o.clone();
    x.schema.labels[0].description = "Stated as fact “사실”".into();
    let mut y = o.clone();
    y.schema.labels[0].example = "the test succeeded 👋🏽".into();
    let m = both_orders(&o, &x, &y);
    assert!(m.is_clean(), "{:?}", m.conflicts);
    let claim = &m.project.schema.labels[0];
    assert_eq!(claim.description, "Stated as fact “사실”");
    assert_eq!(claim.example, "the test succeeded 👋🏽");
}

#[test]
fn project_memo_changed_on_both_sides_keeps_both_texts() {
    let mut o = base();
    o.memo = "start".into();
    let mut x = o.clone();
    x.memo = "alice: check KCNA dates".into();
    let mut y = o.clone();
    let m = both_orders(&o, &x, &y);
    assert!(m.is_clean(), "{:?}", m.conflicts);
    assert_eq!(m.project.memo, "alice: check KCNA dates");
    y.memo = "bob: 조선 sources".into();
    let m = both_orders(&o, &x, &y);
    assert_eq!(
        m.project.memo,
        format!("alice: check KCNA dates\n{MEMO_CONFLICT_LINE}\nbob: 조선 sources")
    );
    assert_eq!(m.conflicts.len(), 1, "{:?}", m.conflicts);
    assert_eq!(m.conflicts[0].id, "memo");
}
