//! A sync that pulls colleagues' work keeps the undo history (issue 14): the merge
//! comes in as one undoable edit, Ctrl+Z takes it back, and the steps made before
//! it still undo; a sync that pulls nothing leaves the history alone. And the Team
//! menu appears when the project's folder becomes a git work tree while it is open
//! (checked on focus and on save). Real git, a bare remote, the real window.

#![cfg(feature = "gui")]

mod common;
mod team_support;

use std::path::{Path, PathBuf};

use egui_kittest::kittest::Queryable;
use marginalia::edit::AnnotationChange;
use marginalia::store::{check_project, load_project, save_project};
use marginalia::ui::UiCommand;

use common::cli::{run, stderr};
use common::window::{settle, window_in};
use team_support::*;

/// A bare remote, alice's clone with `desk.ron` pushed, bob's clone; both set up.
fn shared_desk(root: &Path) -> (PathBuf, PathBuf) {
    let remote = bare_remote(root);
    let alice = clone_as(root, &remote, "alice");
    save_project(&alice.join("desk.ron"), &base_project()).unwrap();
    let out = run(&["git-setup".as_ref(), alice.as_os_str()]);
    assert!(out.status.success(), "{}", stderr(&out));
    git(&alice, &["add", "."]);
    git(&alice, &["commit", "-q", "-m", "base"]);
    git(&alice, &["push", "-q", "-u", "origin", "main"]);
    let bob = clone_as(root, &remote, "bob");
    let out = run(&["git-setup".as_ref(), bob.as_os_str()]);
    assert!(out.status.success(), "{}", stderr(&out));
    (alice.join("desk.ron"), bob.join("desk.ron"))
}

#[test]
fn a_sync_that_pulls_is_one_undo_step_and_the_steps_before_it_stay() {
    if !have_git() {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let (alice_file, bob_file) = shared_desk(root.path());
    // Bob adds b1 and pushes.
    edit(&bob_file, |p| {
        p.annotations.push(span(TEXT, "b1", 7, 11, "claim", "bob"))
    });
    let bob = bob_file.parent().unwrap();
    git(bob, &["commit", "-q", "-am", "bob: b1"]);
    git(bob, &["push", "-q"]);
    // Alice relabels a2 in the window, then syncs.
    let mut h = window_in(root.path(), Some(&alice_file), Some("alice"));
    h.state_mut().push_command(UiCommand::UpdateAnnotation {
        id: "a2".into(),
        change: AnnotationChange {
            label: Some("speculation".into()),
            ..Default::default()
        },
    });
    h.run_steps(2);
    let before_sync = h.state().project().clone();
    assert_eq!(h.state().editor().undo_depth(), 1);
    h.state_mut().push_command(UiCommand::TeamSync);
    settle(&mut h); // the save
    settle(&mut h); // the sync
    let status = h.state().status().text.clone();
    assert!(status.contains("Ctrl+Z takes the sync back"), "{status}");
    let synced = h.state().project().clone();
    assert!(synced.annotation("b1").is_some(), "bob's work came in");
    assert_eq!(synced, load_project(&alice_file).unwrap());
    assert!(
        !h.state().editor().is_dirty(),
        "the window holds what the file holds"
    );
    assert_eq!(
        h.state().editor().undo_depth(),
        2,
        "history kept, the sync on top"
    );
    // Undo the sync: exactly the project before it; undo again: the relabel.
    h.state_mut().push_command(UiCommand::Undo);
    h.run_steps(2);
    assert_eq!(h.state().project(), &before_sync);
    h.state_mut().push_command(UiCommand::Undo);
    h.run_steps(2);
    assert_eq!(h.state().project().annotation("a2").unwrap().label, "claim");
    // Redo both: the synced project again, valid.
    h.state_mut().push_command(UiCommand::Redo);
    h.state_mut().push_command(UiCommand::Redo);
    h.run_steps(2);
    assert_eq!(h.state().project(), &synced);
    assert!(check_project(h.state().project()).is_empty());
    assert!(!h.state().editor().is_dirty());
    // A sync that pulls nothing leaves the history as it was.
    h.state_mut().push_command(UiCommand::TeamSync);
    settle(&mut h);
    let status = h.state().status().text.clone();
    assert!(status.starts_with("Synced"), "{status}");
    assert_eq!(h.state().editor().undo_depth(), 2, "{status}");
    assert_eq!(h.state().project(), &synced);
}

#[test]
fn the_team_menu_appears_when_the_folder_becomes_a_work_tree_while_open() {
    if !have_git() {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let desk = root.path().join("desk");
    std::fs::create_dir(&desk).unwrap();
    let file = desk.join("desk.ron");
    save_project(&file, &base_project()).unwrap();
    let mut h = window_in(root.path(), Some(&file), Some("alice"));
    h.run_steps(2);
    assert!(h.query_by_label("Team").is_none());
    // `git init` while the project is open: noticed when the window gets the
    // focus back (no git run per frame meanwhile).
    git(root.path(), &["init", "-q", "-b", "main", "desk"]);
    h.run_steps(2);
    assert!(!h.state().in_git_work_tree(), "not checked every frame");
    h.input_mut().focused = false;
    h.run_steps(1);
    h.input_mut().focused = true;
    h.run_steps(2);
    assert!(h.state().in_git_work_tree());
    h.get_by_label("Team");

    // The same noticed on a save.
    let other = root.path().join("other");
    std::fs::create_dir(&other).unwrap();
    let file = other.join("desk.ron");
    save_project(&file, &base_project()).unwrap();
    let mut h = window_in(root.path(), Some(&file), Some("alice"));
    h.run_steps(2);
    assert!(!h.state().in_git_work_tree());
    git(root.path(), &["init", "-q", "-b", "main", "other"]);
    h.state_mut()
        .push_command(UiCommand::RenameProject("desk 2".into()));
    h.run_steps(1);
    h.state_mut().push_command(UiCommand::Save);
    settle(&mut h);
    assert!(h.state().in_git_work_tree());
    h.get_by_label("Team");
}
