//! Merge notes (issue 14): a document, label or name changed differently on both
//! sides keeps one version in place and the other in a note, the same either way;
//! resolving a note is one undoable edit; a note one side resolved goes.

use super::*;
use crate::edit::Editor;
use crate::model::{Document, MergeNote, NoteVersion, Project};
use crate::store::{check_project, load_project, project_to_ron, save_project};

const TEXT: &str = "조선중앙통신 said “the test succeeded” 👋🏽, e\u{301}tude says.\r\n";

fn base() -> Project {
    let mut p = Project::new("desk");
    p.documents.push(Document::new("d", "Launch", TEXT));
    p.documents
        .push(Document::new("e", "Other", "KCNA said so."));
    p
}

/// Alice recolours "claim" and retitles "d"; Bob does both differently.
fn sides() -> (Project, Project, Project) {
    let o = base();
    let mut x = o.clone();
    x.schema.labels[0].color = "#aa0000".into();
    x.documents[0].title = "발사 “launch”".into();
    x.documents[0].memo = "alice's memo".into();
    x.name = "desk A".into();
    let mut y = o.clone();
    y.schema.labels[0].color = "#00bb00".into();
    y.schema.labels[0].name = "Claim ✓".into();
    y.documents[0].title = "Launch 👋🏽".into();
    y.name = "desk B".into();
    (o, x, y)
}

fn both_orders(o: &Project, x: &Project, y: &Project) -> Merged {
    let one = merge3(o, x, y);
    let two = merge3(o, y, x);
    assert_eq!(one.project, two.project, "same result either way");
    assert!(check_project(&one.project).is_empty());
    one
}

#[test]
fn a_label_document_and_name_changed_differently_are_noted_with_the_other_version() {
    let (o, x, y) = sides();
    let m = both_orders(&o, &x, &y);
    let notes = &m.project.merge_notes;
    assert_eq!(notes.len(), 3, "{notes:#?}");
    assert_eq!(m.conflicts.len(), 3, "{:?}", m.conflicts);
    // The document: one version in place, the other in the note, text left out.
    let d = m.project.document("d").unwrap();
    let NoteVersion::Document(other) = &notes[0].other else {
        panic!("a document note first: {notes:?}")
    };
    assert_eq!(notes[0].item, "d");
    assert_eq!(notes[0].fields, ["title"]);
    let mut titles = [d.title.as_str(), other.title.as_str()];
    titles.sort();
    assert_eq!(titles, ["Launch 👋🏽", "발사 “launch”"]);
    assert!(other.text.is_empty());
    assert_eq!(d.text, TEXT);
    // alice's memo merged cleanly (only she set it): in both versions.
    assert_eq!(
        (d.memo.as_str(), other.memo.as_str()),
        ("alice's memo", "alice's memo")
    );
    // The label: compared whole; the other version is whole.
    let NoteVersion::Label(l) = &notes[1].other else {
        panic!("a label note: {notes:?}")
    };
    assert_eq!(notes[1].item, "claim");
    let kept = m.project.schema.label("claim").unwrap();
    let mut colours = [kept.color.as_str(), l.color.as_str()];
    colours.sort();
    assert_eq!(colours, ["#00bb00", "#aa0000"]);
    assert_ne!(kept, l);
    assert!(matches!(&notes[2].other, NoteVersion::Name(_)));
    // Written and read back (fast reader and ron agree, see store tests).
    let text = project_to_ron(&m.project).unwrap();
    assert!(text.contains("merge_notes: ["), "{text}");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("m.ron");
    save_project(&path, &m.project).unwrap();
    assert_eq!(load_project(&path).unwrap(), m.project);
}

#[test]
fn resolving_a_note_is_one_undoable_edit_either_way() {
    let (o, x, y) = sides();
    let merged = merge3(&o, &x, &y).project;
    let at = merged
        .merge_notes
        .iter()
        .position(|n| n.item == "claim")
        .unwrap();
    let NoteVersion::Label(other) = merged.merge_notes[at].other.clone() else {
        panic!()
    };
    let mut ed = Editor::new(merged.clone());
    let take = Resolution::TakeNoted {
        at,
        item: "claim".into(),
    };
    ed.apply(take.edit(ed.project()).unwrap()).unwrap();
    assert_eq!(ed.project().schema.label("claim"), Some(&other));
    assert_eq!(ed.project().merge_notes.len(), 2);
    assert!(check_project(ed.project()).is_empty());
    ed.undo().unwrap();
    assert_eq!(ed.project(), &merged, "undo gives back the merge exactly");
    ed.redo().unwrap();
    assert_eq!(ed.project().schema.label("claim"), Some(&other));
    ed.undo().unwrap();
    // The document: keep the version in place, then the other.
    let keep = Resolution::KeepNoted {
        at: 0,
        item: "d".into(),
    };
    ed.apply(keep.edit(ed.project()).unwrap()).unwrap();
    assert_eq!(ed.project().documents, merged.documents);
    assert_eq!(ed.project().merge_notes.len(), 2);
    ed.undo().unwrap();
    let take_doc = Resolution::TakeNoted {
        at: 0,
        item: "d".into(),
    };
    ed.apply(take_doc.edit(ed.project()).unwrap()).unwrap();
    let d = ed.project().document("d").unwrap();
    let NoteVersion::Document(want) = &merged.merge_notes[0].other else {
        panic!()
    };
    assert_eq!(
        (d.title.as_str(), d.text.as_str()),
        (want.title.as_str(), TEXT)
    );
    ed.undo().unwrap();
    assert_eq!(ed.project(), &merged);
    // A stale position resolves nothing.
    let stale = Resolution::KeepNoted {
        at: 0,
        item: "claim".into(),
    };
    assert_eq!(stale.edit(ed.project()), None);
}

#[test]
fn a_note_one_side_resolved_goes_and_the_resolution_stands() {
    let (o, x, y) = sides();
    let merged = merge3(&o, &x, &y).project;
    // Alice takes the other colour; Bob keeps the merge as it was.
    let mut alice = Editor::new(merged.clone());
    let at = merged
        .merge_notes
        .iter()
        .position(|n| n.item == "claim")
        .unwrap();
    alice
        .apply(crate::edit::Edit::ResolveMergeNote {
            at,
            take_other: true,
        })
        .unwrap();
    let alice = alice.project().clone();
    let bob = merged.clone();
    let m = both_orders(&merged, &alice, &bob);
    assert!(m.is_clean(), "{:?}", m.conflicts);
    assert_eq!(m.project.schema, alice.schema);
    assert_eq!(m.project.merge_notes, alice.merge_notes);
    let left: Vec<&MergeNote> = m.project.merge_notes.iter().collect();
    assert_eq!(left.len(), 2);
}

#[test]
fn a_note_whose_document_is_gone_is_dropped_by_the_next_merge() {
    let (o, x, y) = sides();
    let merged = merge3(&o, &x, &y).project;
    let mut gone = merged.clone();
    gone.documents.retain(|d| d.id != "d");
    let m = both_orders(&merged, &gone, &merged);
    assert!(m.project.merge_notes.iter().all(|n| n.item != "d"));
    assert_eq!(m.project.merge_notes.len(), 2);
}
