//! Long work in the window runs in the background: opening a generated project shows
//! the progress bar and then the project; a save can be cancelled (the file is left
//! as it was) and edits made during a save keep the project unsaved; a conflicting
//! command is refused with its reason; a task's error is one line in the status; an
//! import runs beside edits, is one undo step, and a cancelled one adds nothing.
//!
//! Tasks are held before they start (`hold_background_tasks`) where a test needs the
//! task still running, so nothing depends on timing.

#![cfg(feature = "gui")]

use std::path::Path;

mod common;
mod review_support;

use common::window::{Start, window};

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use marginalia::model::Project;
use marginalia::model::generate::{GenerateSpec, generate_project};
use marginalia::store::{load_project, save_project};
use marginalia::ui::{AppOptions, MarginaliaApp, UiCommand};

fn app_on(dir: &Path, project: Option<(Project, &Path)>) -> Harness<'static, MarginaliaApp> {
    let options = AppOptions::for_tests(dir.join("saved"));
    let start = match project {
        Some((p, path)) => Start::Project(Box::new(p), Some(path.to_path_buf())),
        None => Start::Sample,
    };
    let mut h = window(options, start);
    h.state_mut().set_analyst("tester");
    h
}

/// Waits for the background task and applies its outcome.
fn finish(h: &mut Harness<'_, MarginaliaApp>) {
    h.state_mut().wait_for_background();
    h.run_steps(3);
}

fn temporaries(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp") || n.ends_with(".part"))
        .collect()
}

#[test]
fn opening_a_big_project_shows_progress_then_the_project() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("peer-117k.ron");
    let generated = generate_project(&GenerateSpec::PEER_117K);
    save_project(&path, &generated).unwrap();
    let mut h = app_on(dir.path(), None);
    h.state_mut().hold_background_tasks(true);
    h.state_mut()
        .push_command(UiCommand::OpenFile(path.clone()));
    h.run_steps(2);
    // Running: the progress bar with what runs, its Cancel button; the sample
    // article is still there to read.
    let (what, _) = h.state().background_progress().expect("a task runs");
    assert_eq!(what, "Opening peer-117k.ron");
    h.get_by_label_contains("Opening peer-117k.ron");
    h.get_by_label("Cancel");
    assert!(h.state().current_document().unwrap().text.contains("KCNA"));
    finish(&mut h);
    assert!(!h.state().is_busy());
    assert!(h.state().background_progress().is_none());
    assert_eq!(h.state().project().name, generated.name);
    assert_eq!(h.state().project().annotations.len(), 1_000);
    assert_eq!(h.state().project_path(), Some(path.as_path()));
    assert!(!h.state().editor().is_dirty());
    assert!(
        h.state().status().text.starts_with("Opened"),
        "{:?}",
        h.state().status()
    );
    assert!(h.query_by_label("Cancel").is_none(), "the bar is gone");
}

#[test]
fn a_cancelled_save_leaves_the_file_and_the_work_unsaved() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let project = generate_project(&GenerateSpec::SMALL);
    save_project(&path, &project).unwrap();
    let before = std::fs::read(&path).unwrap();
    let mut h = app_on(dir.path(), Some((load_project(&path).unwrap(), &path)));
    h.state_mut()
        .push_command(UiCommand::RenameProject("Renamed 조선 👋🏽".into()));
    h.run_steps(2);
    assert!(h.state().editor().is_dirty());
    h.state_mut().hold_background_tasks(true);
    h.state_mut().push_command(UiCommand::Save);
    h.run_steps(2);
    assert!(h.state().is_busy());
    h.get_by_label("Cancel").click();
    h.run_steps(2);
    finish(&mut h);
    assert!(!h.state().is_busy());
    assert_eq!(std::fs::read(&path).unwrap(), before, "file unchanged");
    assert!(temporaries(dir.path()).is_empty());
    assert!(h.state().editor().is_dirty(), "still unsaved");
    assert!(
        h.state().status().text.contains("cancelled"),
        "{:?}",
        h.state().status()
    );
    // Esc cancels too.
    h.state_mut().push_command(UiCommand::Save);
    h.run_steps(2);
    h.key_press(Key::Escape);
    h.run_steps(2);
    finish(&mut h);
    assert_eq!(std::fs::read(&path).unwrap(), before);
    // Saved for real once not cancelled.
    h.state_mut().hold_background_tasks(false);
    h.state_mut().push_command(UiCommand::Save);
    h.step();
    finish(&mut h);
    assert!(!h.state().editor().is_dirty(), "{:?}", h.state().status());
    assert_eq!(load_project(&path).unwrap().name, "Renamed 조선 👋🏽");
}

#[test]
fn edits_during_a_save_keep_the_project_unsaved_and_conflicts_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let other = dir.path().join("other.ron");
    save_project(&path, &generate_project(&GenerateSpec::SMALL)).unwrap();
    save_project(&other, &Project::new("Other")).unwrap();
    let mut h = app_on(dir.path(), Some((load_project(&path).unwrap(), &path)));
    h.state_mut()
        .push_command(UiCommand::RenameProject("Saved name".into()));
    h.run_steps(2);
    h.state_mut().hold_background_tasks(true);
    h.state_mut().push_command(UiCommand::Save);
    h.run_steps(2);
    // Another open while saving: refused, with the reason.
    h.state_mut()
        .push_command(UiCommand::OpenFile(other.clone()));
    h.run_steps(2);
    let status = h.state().status().clone();
    assert!(status.is_error);
    assert!(
        status.text.contains("Saving p.ron is still running"),
        "{status:?}"
    );
    // Editing goes on meanwhile.
    h.state_mut()
        .push_command(UiCommand::RenameProject("Changed while saving".into()));
    h.run_steps(2);
    finish(&mut h);
    assert_eq!(load_project(&path).unwrap().name, "Saved name");
    assert!(
        h.state().editor().is_dirty(),
        "the edit made during the save is not saved"
    );
    assert_eq!(h.state().project().name, "Changed while saving");
}

#[test]
fn an_import_runs_beside_edits_is_one_undo_step_and_adds_nothing_when_cancelled() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("articles");
    std::fs::create_dir_all(&folder).unwrap();
    std::fs::write(
        folder.join("a.txt"),
        "Parade\n\nKCNA said 👋🏽 the parade was held.\n",
    )
    .unwrap();
    std::fs::write(
        folder.join("b.txt"),
        "Talks\r\n\r\n조선중앙통신 reported talks.\r\n",
    )
    .unwrap();
    let path = dir.path().join("p.ron");
    save_project(&path, &generate_project(&GenerateSpec::SMALL)).unwrap();
    let mut h = app_on(dir.path(), Some((load_project(&path).unwrap(), &path)));
    let before = h.state().project().clone();
    // Cancelled before it read anything: the project is as it was.
    h.state_mut().hold_background_tasks(true);
    h.state_mut()
        .push_command(UiCommand::ImportPaths(vec![folder.clone()]));
    h.run_steps(2);
    h.state_mut().cancel_background();
    finish(&mut h);
    assert_eq!(h.state().project(), &before);
    assert!(
        h.state().status().text.contains("Import cancelled"),
        "{:?}",
        h.state().status()
    );
    // An edit while the import runs (the task holds the project shared: the edit
    // gives the editor its own, the task takes the shared one without a copy).
    h.state_mut()
        .push_command(UiCommand::ImportPaths(vec![folder.clone()]));
    h.run_steps(2);
    h.state_mut()
        .push_command(UiCommand::RenameProject("Renamed while importing".into()));
    h.run_steps(2);
    finish(&mut h);
    let project = h.state().project();
    assert_eq!(project.name, "Renamed while importing");
    let added = &project.documents[before.documents.len()..];
    let mut texts: Vec<&str> = added.iter().map(|d| d.text.trim_end()).collect();
    texts.sort();
    assert_eq!(
        texts,
        [
            "Parade\n\nKCNA said 👋🏽 the parade was held.",
            "Talks\n\n조선중앙통신 reported talks."
        ]
    );
    assert_eq!(
        project.documents[..before.documents.len()],
        before.documents[..]
    );
    assert_eq!(project.annotations, before.annotations);
    // The import is one undo step; the rename before it another.
    h.state_mut().push_command(UiCommand::Undo);
    h.run_steps(2);
    assert_eq!(h.state().project().documents, before.documents);
    assert_eq!(h.state().project().name, "Renamed while importing");
    h.state_mut().push_command(UiCommand::Undo);
    h.run_steps(2);
    assert_eq!(h.state().project(), &before);
}

#[test]
fn a_failed_open_ends_as_one_line_in_the_status() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.ron");
    std::fs::write(&broken, "Project(format: 1, name: \"cut\nshort").unwrap();
    let mut h = app_on(dir.path(), None);
    h.state_mut()
        .push_command(UiCommand::OpenFile(broken.clone()));
    h.step();
    finish(&mut h);
    let status = h.state().status().clone();
    assert!(status.is_error, "{status:?}");
    assert!(status.text.contains("broken.ron"), "{status:?}");
    assert!(!status.text.contains('\n'));
    assert!(h.state().current_document().unwrap().text.contains("KCNA"));
}

#[test]
fn a_project_given_at_start_arrives_after_the_first_frames() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("start.ron");
    save_project(&path, &generate_project(&GenerateSpec::PEER_117K)).unwrap();
    let options = AppOptions::for_tests(dir.path().join("saved"));
    let h = window(options, Start::File(path.clone()));
    assert_eq!(h.state().project().annotations.len(), 1_000);
    assert_eq!(h.state().project_path(), Some(path.as_path()));
}

#[test]
fn a_large_review_is_compared_on_a_thread_while_the_view_shows_progress() {
    use marginalia::model::generate::two_analysts;
    use marginalia::ui::review::ReviewView;
    let dir = tempfile::tempdir().unwrap();
    let (alice, bob) = two_analysts(&generate_project(&GenerateSpec::PEER_1M));
    let bob_path = dir.path().join("bob.ron");
    save_project(&bob_path, &bob).unwrap();
    let mut view = ReviewView::new("alice");
    view.start("alice.ron", alice);
    assert!(view.add_colleague(&bob_path));
    view.hold_comparisons = true;
    let mut h = review_support::review_harness(view);
    h.step();
    assert!(h.state().is_comparing());
    h.get_by_label_contains("Comparing alice and bob");
    h.state_mut().wait_for_comparison();
    h.run_steps(3);
    assert!(!h.state().is_comparing());
    assert!(h.state_mut().disagreement_count() > 0);
    h.get_by_label_contains("Disagreements: ");
}

#[test]
fn a_large_review_follows_an_edit_after_realigning_on_a_thread() {
    use marginalia::model::generate::two_analysts;
    let dir = tempfile::tempdir().unwrap();
    let (alice, bob) = two_analysts(&generate_project(&GenerateSpec::PEER_1M));
    let alice_path = dir.path().join("alice.ron");
    let bob_path = dir.path().join("bob.ron");
    save_project(&alice_path, &alice).unwrap();
    save_project(&bob_path, &bob).unwrap();
    let mut h = app_on(dir.path(), Some((alice, &alice_path)));
    h.state_mut().set_analyst("alice");
    h.state_mut().push_command(UiCommand::Review);
    h.run_steps(3);
    h.get_by_label("Colleague's project path").focus();
    h.run_steps(2);
    h.get_by_label("Colleague's project path")
        .type_text(&bob_path.display().to_string());
    h.run_steps(2);
    h.get_by_label("Add colleague's project").click();
    h.step();
    finish(&mut h);
    let alice_count = |h: &Harness<'_, MarginaliaApp>| {
        let session = h.state().review_view().unwrap().session.as_ref().unwrap();
        session.corpus().documents[0].annotations_by("alice").len()
    };
    assert_eq!(alice_count(&h), 10_000, "{:?}", h.state().status());
    // Delete one of alice's annotations in the window: the review follows once the
    // re-alignment (on a thread for a review this size) arrives.
    let first = h.state().project().annotations[0].id.clone();
    h.state_mut()
        .push_command(UiCommand::SelectAnnotation(Some(first)));
    h.run_steps(2);
    h.state_mut().push_command(UiCommand::DeleteAnnotation);
    // A review this size waits for a pause in the editing (¾ s) before it copies
    // the project and re-aligns: frames until it has followed (bounded).
    for _ in 0..100 {
        h.run_steps(1);
        h.state_mut().wait_for_review();
        if alice_count(&h) == 9_999 {
            break;
        }
        std::thread::sleep(std::time::Duration::from_millis(30));
    }
    assert_eq!(alice_count(&h), 9_999);
}
