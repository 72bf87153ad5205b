//! The window's safety features, driven with egui_kittest: the restore prompt after
//! a crash, autosave, the refusal to overwrite a file changed on disk, orphans.

#![cfg(feature = "gui")]

use std::path::Path;
use std::time::Duration;

use egui::Key;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use marginalia::model::{Annotation, Document, Project};
use marginalia::store::{RecoveryStore, load_project, save_project};
use marginalia::ui::{AppOptions, MarginaliaApp, UiCommand};

mod common;
use common::window::{Start, settle, window};

fn app(
    dir: &Path,
    file: Option<&Path>,
    recovery: Option<&Path>,
) -> Harness<'static, MarginaliaApp> {
    let mut options = AppOptions::for_tests(dir.join("saved"));
    options.recovery_dir = recovery.map(Path::to_path_buf);
    options.autosave_interval = Duration::ZERO;
    let start = match file {
        Some(f) => Start::File(f.to_path_buf()),
        None => Start::Sample,
    };
    let mut h = window(options, start);
    h.state_mut().set_analyst("tester");
    h
}

fn article_project(name: &str) -> Project {
    let mut p = Project::new(name);
    p.documents.push(Document::new(
        "parade",
        "Parade",
        "조선중앙통신 said the “parade” drew crowds 👋🏽. NK News doubted it.",
    ));
    p
}

/// Tags the first occurrence of `phrase` as a claim, through the keyboard.
fn tag(h: &mut Harness<'_, MarginaliaApp>, phrase: &str) {
    let text = h.state().current_document().unwrap().text.clone();
    let b = text.find(phrase).unwrap();
    let s = text[..b].chars().count();
    let doc = h.state().current_document().unwrap().id.clone();
    h.state_mut()
        .view_mut()
        .set_selection(&doc, Some((s, s + phrase.chars().count())));
    h.run_steps(2);
    h.key_press(Key::Num1);
    h.run_steps(2);
}

#[test]
fn a_file_changed_on_disk_is_not_overwritten_and_can_be_reloaded() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    save_project(&path, &article_project("mine")).unwrap();
    let mut h = app(dir.path(), Some(&path), None);
    tag(&mut h, "NK News");
    assert!(h.state().editor().is_dirty());
    // A colleague saves the same file meanwhile.
    save_project(&path, &article_project("colleague")).unwrap();
    h.state_mut().push_command(UiCommand::Save);
    settle(&mut h);
    assert!(h.state().status().is_error);
    assert!(
        h.state().status().text.contains("changed on disk"),
        "{:?}",
        h.state().status()
    );
    assert_eq!(
        load_project(&path).unwrap().name,
        "colleague",
        "overwritten"
    );
    h.get_by_label("Reload from disk").click();
    settle(&mut h);
    assert_eq!(h.state().project().name, "colleague");
    // Saving now (nothing changed on disk since the reload) works.
    tag(&mut h, "crowds");
    h.state_mut().push_command(UiCommand::Save);
    settle(&mut h);
    assert!(!h.state().status().is_error, "{:?}", h.state().status());
    assert_eq!(load_project(&path).unwrap().annotations.len(), 1);
}

#[test]
fn unsaved_work_is_autosaved_and_offered_at_the_next_start() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = dir.path().join("recovery");
    let path = dir.path().join("p.ron");
    save_project(&path, &article_project("mine")).unwrap();
    {
        let mut h = app(dir.path(), Some(&path), Some(&recovery));
        tag(&mut h, "NK News");
        h.run_steps(3);
        // The process "crashes": the window is dropped without saving.
    }
    let store = RecoveryStore::new(&recovery);
    let pending = store.pending();
    assert_eq!(pending.len(), 1, "autosave wrote nothing");
    assert_eq!(pending[0].annotations, 1);
    let mut h = app(dir.path(), Some(&path), Some(&recovery));
    h.get_by_label("Restore unsaved work?");
    h.get_by_label("Restore").click();
    h.run_steps(3);
    assert_eq!(h.state().project().annotations.len(), 1);
    assert!(
        h.state().editor().is_dirty(),
        "restored work must still need saving"
    );
    assert_eq!(h.state().project_path(), Some(path.as_path()));
    // (Restored work is unsaved, so it is autosaved again until it is saved.)
    // Saving it clears the way: nothing is offered afterwards.
    h.state_mut().push_command(UiCommand::Save);
    settle(&mut h);
    assert_eq!(load_project(&path).unwrap().annotations.len(), 1);
    drop(h); // finishes the autosave thread's queue
    assert!(store.pending().is_empty());
}

#[test]
fn orphans_are_listed_not_drawn() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = article_project("orphans");
    let mut orphan = Annotation::new("parade", 500, 520, "a removed sentence", "claim", "me");
    orphan.orphaned = true;
    p.annotations.push(orphan);
    let path = dir.path().join("o.ron");
    save_project(&path, &p).unwrap();
    let mut h = app(dir.path(), Some(&path), None);
    h.run_steps(3);
    h.get_by_label("Orphaned annotations (1)");
    assert!(!h.state().status().is_error, "{:?}", h.state().status());
}

#[test]
fn hostile_files_opened_in_the_window_leave_it_usable_and_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let fixtures = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile");
    let mut names: Vec<_> = std::fs::read_dir(&fixtures)
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    let huge = dir.path().join("huge.ron");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(1 << 30)
        .unwrap();
    let folder = dir.path().join("folder.ron");
    std::fs::create_dir(&folder).unwrap();
    let mut h = app(dir.path(), None, None);
    let mut paths: Vec<std::path::PathBuf> = names
        .iter()
        .map(|n| {
            let to = dir.path().join(n);
            std::fs::copy(fixtures.join(n), &to).unwrap();
            to
        })
        .collect();
    paths.extend([huge.clone(), folder.clone()]);
    for path in &paths {
        let before = (
            std::fs::metadata(path).unwrap().len(),
            std::fs::metadata(path).unwrap().modified().unwrap(),
            if path.is_file() && path != &huge {
                std::fs::read(path).unwrap()
            } else {
                Vec::new()
            },
        );
        // As a command-line argument at start…
        let mut fresh = app(dir.path(), Some(path), None);
        fresh.run_steps(2);
        let status = fresh.state().status().clone();
        assert!(!status.text.contains('\n'), "{path:?}: {status:?}");
        // …and opened (or dropped) into a running window.
        h.state_mut()
            .push_command(UiCommand::OpenFile(path.clone()));
        settle(&mut h);
        if h.state().is_asking_about_unsaved_changes() {
            h.get_by_label("Discard").click();
            settle(&mut h);
        }
        let after = (
            std::fs::metadata(path).unwrap().len(),
            std::fs::metadata(path).unwrap().modified().unwrap(),
            if path.is_file() && path != &huge {
                std::fs::read(path).unwrap()
            } else {
                Vec::new()
            },
        );
        assert_eq!(before, after, "{path:?} modified");
    }
    // Still usable: tag something in whatever is open, or in the sample.
    h.state_mut()
        .push_command(UiCommand::OpenFile(dir.path().join("ok.ron")));
    settle(&mut h);
    if h.state().is_asking_about_unsaved_changes() {
        h.get_by_label("Discard").click();
        settle(&mut h);
    }
    assert_eq!(h.state().project().name, "Hostile");
}

#[test]
fn a_file_changed_on_disk_can_be_merged_and_saved_over() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    save_project(&path, &article_project("mine")).unwrap();
    let mut h = app(dir.path(), Some(&path), None);
    tag(&mut h, "NK News");
    // A colleague tags another span (and one identical to ours) and saves the file.
    let mut theirs = article_project("mine");
    let text = theirs.documents[0].text.clone();
    let span = |phrase: &str| {
        let b = text.find(phrase).unwrap();
        let s = text[..b].chars().count();
        (s, s + phrase.chars().count())
    };
    let (s, e) = span("“parade”");
    theirs.annotations.push(Annotation::new(
        "parade",
        s,
        e,
        "“parade”",
        "claim",
        "colleague",
    ));
    let mine = h.state().project().annotations[0].clone();
    theirs.annotations.push(mine.clone());
    save_project(&path, &theirs).unwrap();
    h.state_mut().push_command(UiCommand::Save);
    settle(&mut h);
    assert!(h.state().status().text.contains("changed on disk"));
    h.get_by_label("Merge with the file on disk").click();
    h.run_steps(3);
    let status = h.state().status().text.clone();
    assert!(
        status.contains("1 annotation from disk"),
        "{:?}",
        h.state().status()
    );
    assert_eq!(h.state().project().annotations.len(), 2);
    assert!(h.state().editor().is_dirty());
    // One undoable step: undo brings back the window's own work only, redo the merge.
    h.state_mut().push_command(UiCommand::Undo);
    h.run_steps(2);
    assert_eq!(h.state().project().annotations.len(), 1);
    h.state_mut().push_command(UiCommand::Redo);
    h.run_steps(2);
    assert_eq!(h.state().project().annotations.len(), 2);
    // Saving now writes over the file, which then holds both sides' annotations.
    h.state_mut().push_command(UiCommand::Save);
    settle(&mut h);
    assert!(!h.state().status().is_error, "{:?}", h.state().status());
    assert!(!h.state().editor().is_dirty());
    let saved = load_project(&path).unwrap();
    let mut authors: Vec<(&str, &str)> = saved
        .annotations
        .iter()
        .map(|a| (a.author.as_str(), a.quote.as_str()))
        .collect();
    authors.sort();
    assert_eq!(
        authors,
        vec![("colleague", "“parade”"), ("tester", "NK News")]
    );
    // Reloading shows the same.
    drop(h);
    let h = app(dir.path(), Some(&path), None);
    assert_eq!(h.state().project().annotations.len(), 2);
}

#[test]
fn a_disk_version_with_new_labels_is_merged_by_replacing_the_project() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    save_project(&path, &article_project("mine")).unwrap();
    let mut h = app(dir.path(), Some(&path), None);
    tag(&mut h, "crowds");
    // The colleague's version has a label this window's schema lacks.
    let mut theirs = article_project("mine");
    theirs.schema.labels.push(marginalia::model::Label {
        id: "rumour".into(),
        name: "Rumour".into(),
        color: "#123456".into(),
        key: None,
        needs_source: false,
        ..Default::default()
    });
    let text = theirs.documents[0].text.clone();
    let b = text.find("doubted").unwrap();
    let s = text[..b].chars().count();
    theirs.annotations.push(Annotation::new(
        "parade",
        s,
        s + "doubted".len(),
        "doubted",
        "rumour",
        "colleague",
    ));
    save_project(&path, &theirs).unwrap();
    h.state_mut().push_command(UiCommand::Save);
    settle(&mut h);
    h.get_by_label("Merge with the file on disk").click();
    h.run_steps(3);
    assert!(
        h.state().status().text.contains("1 annotation from disk"),
        "{:?}",
        h.state().status()
    );
    assert!(h.state().editor().is_dirty());
    h.state_mut().push_command(UiCommand::Save);
    settle(&mut h);
    assert!(!h.state().status().is_error, "{:?}", h.state().status());
    let saved = load_project(&path).unwrap();
    assert_eq!(saved.annotations.len(), 2);
    assert!(saved.schema.label("rumour").is_some());
}

#[test]
fn a_merge_that_brings_new_labels_is_one_undo_step() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    save_project(&path, &article_project("mine")).unwrap();
    let mut h = app(dir.path(), Some(&path), None);
    tag(&mut h, "crowds");
    let mut theirs = article_project("mine");
    theirs.schema.labels.push(marginalia::model::Label {
        id: "rumour".into(),
        name: "Rumour 조선".into(),
        color: "#123456".into(),
        key: None,
        needs_source: false,
        ..Default::default()
    });
    let text = theirs.documents[0].text.clone();
    let s = text[..text.find("doubted").unwrap()].chars().count();
    theirs.annotations.push(Annotation::new(
        "parade",
        s,
        s + 7,
        "doubted",
        "rumour",
        "colleague",
    ));
    save_project(&path, &theirs).unwrap();
    h.state_mut().push_command(UiCommand::Save);
    settle(&mut h);
    h.get_by_label("Merge with the file on disk").click();
    h.run_steps(3);
    assert!(h.state().project().schema.label("rumour").is_some());
    assert_eq!(h.state().project().annotations.len(), 2);
    // The merge is an edit like any other: one undo takes the label and the
    // colleague's annotation back out, and keeps this window's own tag.
    h.state_mut().push_command(UiCommand::Undo);
    h.run_steps(2);
    assert!(h.state().project().schema.label("rumour").is_none());
    let quotes: Vec<_> = (h.state().project().annotations.iter())
        .map(|a| a.quote.as_str())
        .collect();
    assert_eq!(quotes, vec!["crowds"]);
    h.state_mut().push_command(UiCommand::Redo);
    h.run_steps(2);
    assert!(h.state().project().schema.label("rumour").is_some());
    assert_eq!(h.state().project().annotations.len(), 2);
}

#[test]
fn the_windows_save_waits_for_another_writer_of_the_project() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    save_project(&path, &article_project("mine")).unwrap();
    let mut h = app(dir.path(), Some(&path), None);
    tag(&mut h, "NK News");
    // Another Marginalia (say `marginalia import`) holds the project's lock.
    let lock = marginalia::store::ProjectLock::acquire(&path).unwrap();
    let before = std::fs::read(&path).unwrap();
    let (p2, b2) = (path.clone(), before.clone());
    let holder = std::thread::spawn(move || {
        std::thread::sleep(Duration::from_millis(600));
        let unchanged = std::fs::read(&p2).unwrap() == b2;
        drop(lock);
        unchanged
    });
    h.state_mut().push_command(UiCommand::Save);
    settle(&mut h);
    assert!(
        holder.join().unwrap(),
        "saved while another writer held the lock"
    );
    assert!(!h.state().status().is_error, "{:?}", h.state().status());
    assert_eq!(load_project(&path).unwrap().annotations.len(), 1);
}

/// A restored project is a new project: the find bar of the old one (its query,
/// its matches in the old text) does not carry over, nor does the selection.
#[test]
fn restoring_unsaved_work_clears_the_old_find_state() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = dir.path().join("recovery");
    let path = dir.path().join("p.ron");
    save_project(&path, &article_project("mine")).unwrap();
    {
        let mut h = app(dir.path(), Some(&path), Some(&recovery));
        tag(&mut h, "NK News");
        h.run_steps(3);
    }
    let store = RecoveryStore::new(&recovery);
    let entry = store.pending().first().cloned().expect("autosaved");
    let mut h = app(dir.path(), Some(&path), Some(&recovery));
    h.get_by_label("Not now").click();
    h.run_steps(2);
    h.state_mut().push_command(UiCommand::Find);
    h.run_steps(2);
    // The find field has the keyboard once the bar opens.
    h.event(egui::Event::Text("조선중앙통신".into()));
    h.run_steps(3);
    h.get_by_label("1 of 1");
    h.state_mut().push_command(UiCommand::SelectFindMatch);
    h.run_steps(2);
    h.state_mut().push_command(UiCommand::RestoreUnsaved(entry));
    h.run_steps(3);
    assert_eq!(h.state().project().annotations.len(), 1, "restored");
    assert!(
        h.query_by_label("1 of 1").is_none() && h.query_by_label("Select match").is_none(),
        "the old find bar is gone"
    );
    assert!(h.state().selected_annotation().is_none());
    assert!(h.state().editor().is_dirty());
}
