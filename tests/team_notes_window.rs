//! Merge notes in the real window (issue 14): the Review window lists a document
//! and a label two analysts changed differently; "Keep the other" and "Keep this
//! version" each apply as one undoable edit.

#![cfg(feature = "gui")]

mod common;
mod team_support;

use egui_kittest::kittest::Queryable;
use marginalia::model::{NoteVersion, Project};
use marginalia::store::{check_project, load_project, save_project};
use marginalia::team::merge3;
use marginalia::ui::UiCommand;

use common::window::{settle, window_in};
use team_support::*;

/// The merge of two versions that changed the title of "d" and the colour of
/// "claim" differently.
fn noted() -> Project {
    let o = base_project();
    let mut x = o.clone();
    x.documents[0].title = "발사 “launch”".into();
    x.schema.labels[0].color = "#aa0000".into();
    let mut y = o.clone();
    y.documents[0].title = "Launch 👋🏽".into();
    y.schema.labels[0].color = "#00bb00".into();
    let m = merge3(&o, &x, &y).project;
    assert_eq!(m.merge_notes.len(), 2);
    m
}

#[test]
fn notes_are_listed_in_review_and_each_resolution_applies_and_undoes() {
    let root = tempfile::tempdir().unwrap();
    let file = root.path().join("desk.ron");
    let merged = noted();
    save_project(&file, &merged).unwrap();
    let NoteVersion::Label(other_label) = merged.merge_notes[1].other.clone() else {
        panic!("{:?}", merged.merge_notes)
    };
    let mut h = window_in(root.path(), Some(&file), Some("alice"));
    h.get_by_label("Review").click();
    h.run_steps(2);
    h.get_by_label("Add colleague's project…").click();
    h.run_steps(3);
    h.get_by_label_contains("Merge conflicts (2)");
    h.get_by_label_contains("label 'claim'");
    assert_eq!(h.get_all_by_label("Keep the other").count(), 2);

    // The label: take the other colour.
    h.get_all_by_label("Keep the other").nth(1).unwrap().click();
    h.run_steps(3);
    let p = h.state().project();
    assert_eq!(p.schema.label("claim"), Some(&other_label));
    assert_eq!(p.merge_notes.len(), 1);
    assert!(check_project(p).is_empty());
    h.get_by_label_contains("Merge conflicts (1)");
    // Undo: the merge exactly as it was, both notes listed again.
    h.state_mut().push_command(UiCommand::Undo);
    h.run_steps(3);
    assert_eq!(h.state().project(), &merged);
    h.get_by_label_contains("Merge conflicts (2)");

    // The document: keep the title in place.
    h.get_all_by_label("Keep this version")
        .next()
        .unwrap()
        .click();
    h.run_steps(3);
    let p = h.state().project();
    assert_eq!(p.documents, merged.documents);
    assert_eq!(p.merge_notes.len(), 1);
    assert!(matches!(p.merge_notes[0].other, NoteVersion::Label(_)));
    // Saved: the file keeps the one open note and validates.
    h.state_mut().push_command(UiCommand::Save);
    settle(&mut h);
    let saved = load_project(&file).unwrap();
    assert_eq!(saved.merge_notes.len(), 1);
    assert!(check_project(&saved).is_empty());
}
