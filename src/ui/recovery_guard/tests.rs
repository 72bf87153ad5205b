//! The safety net's unit tests: the rescue slot, autosave and its pause.

use super::*;
use crate::edit::Edit;
use crate::model::Annotation;
use crate::ui::app::AppOptions;

fn app_with_one_edit() -> (MarginaliaApp, tempfile::TempDir) {
    let dir = tempfile::tempdir().unwrap();
    let mut app = MarginaliaApp::new(None, AppOptions::for_tests(dir.path()));
    let doc = app.project().documents[0].clone();
    let end = doc.text.chars().take_while(|c| !c.is_whitespace()).count();
    let quote = doc.slice(0, end).to_string();
    let a = Annotation::new(doc.id.clone(), 0, end, quote, "claim", "tester");
    assert!(app.apply_edit(Edit::AddAnnotation(a)));
    (app, dir)
}

fn rescued_annotations(app: &MarginaliaApp) -> Option<usize> {
    let slot = app.state.safety.rescue.lock().unwrap();
    slot.as_ref()
        .and_then(|(_, p)| p.upgrade())
        .map(|p| p.annotations.len())
}

#[test]
fn the_rescue_follows_the_editors_project_without_a_copy() {
    let (mut app, _dir) = app_with_one_edit();
    tick(&mut app, &egui::Context::default());
    assert_eq!(rescued_annotations(&app), Some(1));
    let slot = app.state.safety.rescue.lock().unwrap().clone();
    let held = slot.and_then(|(_, p)| p.upgrade()).unwrap();
    assert!(
        Arc::ptr_eq(&held, &app.state.editor.shared()),
        "the editor's own project, not a copy"
    );
}

#[test]
fn an_edit_leaves_no_stale_project_to_the_hook_until_refreshed() {
    let (mut app, _dir) = app_with_one_edit();
    refresh_rescue(&mut app);
    assert_eq!(rescued_annotations(&app), Some(1));
    assert!(app.apply_edit(Edit::RenameProject("renamed".into())));
    // The edit moved the project: the hook finds nothing rather than a
    // project half-way through a change.
    assert_eq!(rescued_annotations(&app), None);
    refresh_rescue(&mut app);
    assert_eq!(rescued_annotations(&app), Some(1));
    // Saved work leaves nothing to rescue.
    app.state.editor.mark_saved();
    refresh_rescue(&mut app);
    assert!(app.state.safety.rescue.lock().unwrap().is_none());
}

#[test]
fn work_undone_back_to_the_saved_state_leaves_no_recovery_file() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = dir.path().join("recovery");
    let mut options = AppOptions::for_tests(dir.path());
    options.recovery_dir = Some(recovery.clone());
    options.autosave_interval = Duration::ZERO;
    let mut app = MarginaliaApp::new(None, options);
    let doc = app.project().documents[0].clone();
    let quote = doc.slice(0, 5).to_string();
    let a = Annotation::new(doc.id.clone(), 0, 5, quote, "claim", "tester");
    assert!(app.apply_edit(Edit::AddAnnotation(a)));
    let ctx = egui::Context::default();
    let store = RecoveryStore::new(&recovery);
    tick(&mut app, &ctx);
    app.state.safety.autosaver.as_ref().unwrap().flush();
    assert_eq!(store.pending().len(), 1, "autosaved");
    assert!(app.state.editor.undo().is_some());
    tick(&mut app, &ctx);
    app.state.safety.autosaver.as_ref().unwrap().flush();
    assert!(
        store.pending().is_empty(),
        "nothing unsaved: nothing to offer"
    );
}

#[test]
fn a_big_project_is_autosaved_once_the_analyst_pauses() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = dir.path().join("recovery");
    let mut options = AppOptions::for_tests(dir.path());
    options.recovery_dir = Some(recovery.clone());
    options.autosave_interval = Duration::ZERO;
    let mut app = MarginaliaApp::new(None, options);
    app.state.safety.pause.big_project = 0;
    app.state.safety.pause.pause = Duration::from_millis(300);
    let doc = app.project().documents[0].clone();
    let quote = doc.slice(0, 5).to_string();
    let a = Annotation::new(doc.id.clone(), 0, 5, quote, "claim", "tester");
    assert!(app.apply_edit(Edit::AddAnnotation(a)));
    let ctx = egui::Context::default();
    let store = RecoveryStore::new(&recovery);
    tick(&mut app, &ctx);
    app.state.safety.autosaver.as_ref().unwrap().flush();
    assert!(store.pending().is_empty(), "autosaved while still editing");
    std::thread::sleep(Duration::from_millis(350));
    tick(&mut app, &ctx);
    app.state.safety.autosaver.as_ref().unwrap().flush();
    assert_eq!(store.pending().len(), 1, "not autosaved after the pause");
}
