//! The Team menu in the real window (issue 14): a project in a temporary git
//! repository with a bare remote (real git), Sync from the window, History and
//! "Compare with…", and merge conflicts resolved in the Review window, undoably.

#![cfg(feature = "gui")]

mod common;
mod team_support;

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use marginalia::model::Project;
use marginalia::store::{check_project, load_project, save_project};
use marginalia::team::merge3;
use marginalia::ui::{MarginaliaApp, UiCommand};

use common::cli::{run, stderr};
use common::window::{settle, window_in};
use team_support::*;

/// `marginalia git-setup REPO` with the real program (the window would name the
/// test binary as the driver).
fn set_up(repo: &Path) {
    let out = run(&["git-setup".as_ref(), repo.as_os_str()]);
    assert!(out.status.success(), "git-setup: {}", stderr(&out));
}

/// A bare remote and alice's clone holding `desk.ron` (the base project), set up
/// and pushed; bob's clone of it.
fn shared_desk(root: &Path) -> (PathBuf, PathBuf) {
    let remote = bare_remote(root);
    let alice = clone_as(root, &remote, "alice");
    save_project(&alice.join("desk.ron"), &base_project()).unwrap();
    set_up(&alice);
    git(&alice, &["add", "."]);
    git(&alice, &["commit", "-q", "-m", "base"]);
    git(&alice, &["push", "-q", "-u", "origin", "main"]);
    let bob = clone_as(root, &remote, "bob");
    set_up(&bob);
    (alice.join("desk.ron"), bob.join("desk.ron"))
}

fn status(h: &Harness<'_, MarginaliaApp>) -> (String, bool) {
    let s = h.state().status();
    (s.text.clone(), s.is_error)
}

#[test]
fn sync_from_the_team_menu_saves_commits_pulls_and_pushes() {
    if !have_git() {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let (alice_file, bob_file) = shared_desk(root.path());
    // Bob adds an annotation and pushes it first.
    edit(&bob_file, |p| {
        p.annotations.push(span(TEXT, "b1", 7, 11, "claim", "bob"))
    });
    git(
        bob_file.parent().unwrap(),
        &["commit", "-q", "-am", "bob: b1"],
    );
    git(bob_file.parent().unwrap(), &["push", "-q"]);

    let mut h = window_in(root.path(), Some(&alice_file), Some("alice"));
    assert!(h.state().in_git_work_tree());
    h.get_by_label("Team").click();
    h.run_steps(2);
    h.get_by_label("Sync with the team");
    h.get_by_label("History…");
    h.get_by_label("Compare with…");
    h.key_press(egui::Key::Escape);
    h.run_steps(2);

    // Alice deletes a2 in the window (unsaved), then syncs: saved first.
    h.state_mut()
        .push_command(UiCommand::SelectAnnotation(Some("a2".into())));
    h.state_mut().push_command(UiCommand::DeleteAnnotation);
    h.run_steps(2);
    assert!(h.state().editor().is_dirty());
    h.get_by_label("Team").click();
    h.run_steps(2);
    h.get_by_label("Sync with the team").click();
    settle(&mut h); // the save
    settle(&mut h); // the sync
    let (text, is_error) = status(&h);
    assert!(!is_error, "{text}");
    assert!(text.starts_with("Synced: committed"), "{text}");
    assert!(text.contains("pushed to origin"), "{text}");
    // Bob's annotation came in; alice's deletion stands; the window shows the file.
    let p = h.state().project();
    assert!(p.annotation("b1").is_some() && p.annotation("a2").is_none());
    assert!(!h.state().editor().is_dirty());
    assert_eq!(&load_project(&alice_file).unwrap(), p);
    // The remote has alice's commit, named after her, and the merge.
    let alice_dir = alice_file.parent().unwrap();
    let log = git(alice_dir, &["log", "--format=%s", "origin/main"]);
    assert!(
        log.lines().any(|l| l.starts_with("alice: desk.ron")),
        "{log}"
    );
    assert!(log.contains("bob: b1"), "{log}");
    assert!(
        !std::fs::read_to_string(&alice_file)
            .unwrap()
            .contains("<<<<<<<")
    );

    // History lists the commits, who made them and their counts.
    h.state_mut().push_command(UiCommand::TeamHistory);
    settle(&mut h);
    let entries = h.state().team_history_entries().expect("read").to_vec();
    assert!(
        entries
            .iter()
            .any(|e| e.author == "bob" && e.annotations.added == 1)
    );
    assert!(
        entries
            .iter()
            .any(|e| e.author == "alice" && e.annotations.removed == 1)
    );
    h.get_by_label("Team history");
    h.get_by_label("bob: b1");

    // Compare with the base version: the Review window, that version as side B.
    // (The oldest commit's Compare button, the last in the window.)
    let base = entries.last().unwrap().hash.clone();
    h.get_all_by_label("Compare").last().unwrap().click();
    h.run_steps(2);
    settle(&mut h);
    h.state_mut().wait_for_review();
    h.run_steps(2);
    let (text, is_error) = status(&h);
    assert!(!is_error && text.starts_with("Comparing with"), "{text}");
    let view = h.state().review_view().expect("review open");
    assert_eq!(view.session.as_ref().unwrap().inputs().count(), 2);
    assert_eq!(view.a, "alice");
    assert_eq!(view.b, format!("alice @ {}", &base[..10]));
    h.get_by_label("Compare with colleagues");
}

#[test]
fn a_sync_without_a_remote_keeps_the_work_committed_and_says_why() {
    if !have_git() {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let repo = init_repo(root.path(), "solo");
    let file = repo.join("desk.ron");
    save_project(&file, &base_project()).unwrap();
    set_up(&repo);
    let mut h = window_in(root.path(), Some(&file), Some("alice"));
    // The sync runs on the background task runner, with its progress shown.
    h.state_mut().hold_background_tasks(true);
    h.state_mut().push_command(UiCommand::TeamSync);
    h.run_steps(2);
    let (what, _) = h.state().background_progress().expect("running");
    assert_eq!(what, "Syncing with the team");
    h.state_mut().hold_background_tasks(false);
    settle(&mut h);
    let (text, is_error) = status(&h);
    assert!(is_error, "{text}");
    assert!(text.contains("no remote"), "{text}");
    assert!(text.contains("committed locally"), "{text}");
    assert_eq!(text.lines().count(), 1);
    let log = git(&repo, &["log", "--format=%an %s"]);
    assert!(log.starts_with("alice alice: desk.ron"), "{log}");
    // An unknown revision is refused in one line; nothing opens.
    h.state_mut()
        .push_command(UiCommand::TeamCompare("no-such-branch".into()));
    settle(&mut h);
    let (text, is_error) = status(&h);
    assert!(is_error && text.starts_with("Cannot compare"), "{text}");
    assert!(h.state().review_view().is_none());
}

#[test]
fn the_team_menu_is_absent_outside_git() {
    let root = tempfile::tempdir().unwrap();
    let file = root.path().join("desk.ron");
    save_project(&file, &base_project()).unwrap();
    let h = window_in(root.path(), Some(&file), Some("alice"));
    assert!(!h.state().in_git_work_tree());
    assert!(h.query_by_label("Team").is_none());
}

/// A project a merge left with one annotation in two versions and one change
/// against a deletion.
fn conflicted() -> Project {
    let o = base_project();
    let mut x = o.clone();
    x.annotations[1].label = "speculation".into();
    x.annotations.retain(|a| a.id != "a5");
    let mut y = o.clone();
    y.annotations[1].label = "attribution".into();
    y.annotations[1].source = Some("조선 👋🏽".into());
    y.annotations
        .iter_mut()
        .find(|a| a.id == "a5")
        .unwrap()
        .note = "kept by bob".into();
    let merged = merge3(&o, &x, &y);
    assert_eq!(merged.conflicts.len(), 2, "{:?}", merged.conflicts);
    merged.project
}

fn marked(p: &Project) -> usize {
    p.annotations
        .iter()
        .filter(|a| a.conflict.is_some())
        .count()
}

/// A project reopened with conflicts a merge left says so in the status line, and
/// the Review menu has a way back to them (it only offered "Add colleague's
/// project…", seen in the real window).
#[test]
fn a_reopened_project_names_its_conflicts_and_the_review_menu_leads_to_them() {
    let root = tempfile::tempdir().unwrap();
    let file = root.path().join("desk.ron");
    save_project(&file, &conflicted()).unwrap();
    let mut h = window_in(root.path(), Some(&file), Some("alice"));
    settle(&mut h);
    let (text, is_error) = status(&h);
    assert!(
        !is_error && text.contains("2 merge conflicts or notes to resolve"),
        "{text}"
    );
    h.get_by_label("Review").click();
    h.run_steps(2);
    h.get_by_label("Merge conflicts and notes to resolve (2)…")
        .click();
    h.run_steps(3);
    h.get_by_label_contains("Merge conflicts (2)");
}

/// At 1280 × 800 the Review window's rows fit in it: its buttons were drawn past
/// its right edge, under the annotation list (seen in the real window).
#[test]
fn the_review_window_fits_its_rows_at_1280_by_800() {
    let root = tempfile::tempdir().unwrap();
    let file = root.path().join("desk.ron");
    save_project(&file, &conflicted()).unwrap();
    let mut h = common::window::window_sized(
        egui::vec2(1280.0, 800.0),
        marginalia::ui::AppOptions::for_tests(root.path().to_path_buf()),
        common::window::Start::File(file.clone()),
    );
    h.state_mut().set_analyst("alice");
    settle(&mut h);
    h.state_mut().push_command(UiCommand::Review);
    h.run_steps(3);
    let list = h.get_by_label("Annotations").rect();
    for button in ["Add colleague's project", "Browse…", "Save curated project"] {
        let r = h.get_by_label(button).rect();
        assert!(
            r.right() <= list.left(),
            "{button} at {r:?} reaches under the annotation list at x = {}",
            list.left()
        );
    }
}

#[test]
fn conflicts_are_listed_in_review_and_resolved_undoably() {
    let root = tempfile::tempdir().unwrap();
    let file = root.path().join("desk.ron");
    let merged = conflicted();
    save_project(&file, &merged).unwrap();
    let mut h = window_in(root.path(), Some(&file), Some("alice"));
    assert_eq!(marked(h.state().project()), 3);
    h.get_by_label("Review").click();
    h.run_steps(2);
    h.get_by_label("Add colleague's project…").click();
    h.run_steps(3);
    h.get_by_label_contains("Merge conflicts (2)");
    assert_eq!(h.get_all_by_label("Keep this version").count(), 3);

    // Keep the first version of the two-version conflict: the other goes.
    h.get_all_by_label("Keep this version")
        .next()
        .unwrap()
        .click();
    h.run_steps(3);
    let p = h.state().project();
    assert_eq!(marked(p), 1, "one conflict left");
    assert_eq!(p.annotations.len(), merged.annotations.len() - 1);
    assert!(check_project(p).is_empty(), "{:?}", check_project(p));
    h.get_by_label_contains("Merge conflicts (1)");
    // The change against a deletion: delete it.
    h.get_by_label("Delete it").click();
    h.run_steps(3);
    let p = h.state().project();
    assert_eq!(marked(p), 0);
    assert!(p.annotation("a5").is_none());
    assert!(h.query_by_label_contains("Merge conflicts").is_none());
    // Undo twice: both conflicts back, the project as the merge left it.
    h.state_mut().push_command(UiCommand::Undo);
    h.state_mut().push_command(UiCommand::Undo);
    h.run_steps(3);
    assert_eq!(h.state().project(), &merged);
    h.get_by_label_contains("Merge conflicts (2)");
    // Keep both: two annotations, no marks; saved, the file validates.
    h.get_by_label("Keep both").click();
    h.run_steps(2);
    h.state_mut().push_command(UiCommand::Save);
    settle(&mut h);
    let saved = load_project(&file).unwrap();
    assert_eq!(
        marked(&saved),
        1,
        "only the change against a deletion is left"
    );
    assert_eq!(saved.annotations.len(), merged.annotations.len());
    assert!(check_project(&saved).is_empty());
}

#[test]
fn a_sync_that_brings_a_conflict_opens_review_and_resolving_it_syncs_clean() {
    if !have_git() {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let (alice_file, bob_file) = shared_desk(root.path());
    // Bob relabels a3 and pushes; alice relabels it differently in the window.
    edit(&bob_file, |p| {
        p.annotations
            .iter_mut()
            .find(|a| a.id == "a3")
            .unwrap()
            .label = "speculation".into()
    });
    git(
        bob_file.parent().unwrap(),
        &["commit", "-q", "-am", "bob: a3"],
    );
    git(bob_file.parent().unwrap(), &["push", "-q"]);
    let mut h = window_in(root.path(), Some(&alice_file), Some("alice"));
    h.state_mut().push_command(UiCommand::UpdateAnnotation {
        id: "a3".into(),
        change: marginalia::edit::AnnotationChange {
            label: Some("attribution".into()),
            source: Some(Some("KCNA".into())),
            ..Default::default()
        },
    });
    h.run_steps(2);
    h.state_mut().push_command(UiCommand::TeamSync);
    settle(&mut h); // the save
    settle(&mut h); // the sync
    h.run_steps(3); // the Review window opens
    let (text, is_error) = status(&h);
    assert!(
        !is_error && text.contains("1 conflict to resolve in Review"),
        "{text}"
    );
    assert_eq!(marked(h.state().project()), 2);
    h.get_by_label_contains("Merge conflicts (1)");
    // Keep alice's version, save, sync again: clean, pushed, both clones agree.
    let mine = h
        .state()
        .project()
        .annotations
        .iter()
        .find(|a| a.conflict.is_some() && a.label == "attribution")
        .unwrap()
        .id
        .clone();
    h.state_mut().push_command(UiCommand::ResolveConflict(
        marginalia::team::Resolution::Keep(mine),
    ));
    h.run_steps(2);
    h.state_mut().push_command(UiCommand::TeamSync);
    settle(&mut h);
    settle(&mut h);
    let (text, is_error) = status(&h);
    assert!(!is_error && text.contains("pushed"), "{text}");
    let bob_dir = bob_file.parent().unwrap();
    git(bob_dir, &["pull", "-q"]);
    let bobs = load_project(&bob_file).unwrap();
    assert_eq!(&bobs, &load_project(&alice_file).unwrap());
    assert_eq!(marked(&bobs), 0);
    assert_eq!(bobs.annotations.len(), base_project().annotations.len());
    let a3 = base_project().annotation("a3").unwrap().clone();
    let kept: Vec<_> = bobs
        .annotations
        .iter()
        .filter(|a| a.start == a3.start)
        .collect();
    assert_eq!(kept.len(), 1, "one version left");
    assert_eq!(kept[0].label, "attribution");
    assert_eq!(kept[0].source.as_deref(), Some("KCNA"));
    assert!(check_project(&bobs).is_empty());
}
