//! A colleague's project in the real window (egui_kittest): the analyst's name is
//! asked before the first change of any kind, a change to a colleague's annotation
//! records who made it ("by A, edited by B"), the status line says what each change
//! did, the editor's source field completes like the tag popup, Discard on quit
//! leaves no recovery file behind, and the export dialog writes CSV for Excel.

#![cfg(feature = "gui")]

use std::path::Path;
use std::time::{Duration, Instant};

use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use marginalia::model::{Annotation, Document, Project};
use marginalia::store::RecoveryStore;
use marginalia::ui::{AppOptions, MarginaliaApp, UiCommand};

const TEXT: &str =
    "조선중앙통신 said the “launch” succeeded 👋🏽, e\u{301}tude aside.\nYonhap doubted it.";

/// Alice's project: one claim on "조선중앙통신 said the “launch” succeeded" and one
/// speculation on "Yonhap doubted it".
fn alices_project(dir: &Path) -> (std::path::PathBuf, String, String) {
    let mut p = Project::new("Launch coverage");
    p.documents.push(Document::new("launch", "Launch", TEXT));
    let span = |phrase: &str| {
        let byte = TEXT.find(phrase).unwrap();
        let start = TEXT[..byte].chars().count();
        (start, start + phrase.chars().count())
    };
    let (s, e) = span("조선중앙통신 said the “launch” succeeded");

    let quote = "조선중앙통신 said the “launch” succeeded";
    let claim = Annotation::new("launch", s, e, quote, "claim", "alice");
    let (s, e) = span("Yonhap doubted it");
    let spec = Annotation::new("launch", s, e, "Yonhap doubted it", "speculation", "alice");
    let ids = (claim.id.clone(), spec.id.clone());
    p.annotations.extend([claim, spec]);
    let path = dir.join("b.ron");
    marginalia::store::save_project(&path, &p).unwrap();
    (path, ids.0, ids.1)
}

fn app(dir: &Path, file: &Path, recovery: Option<&Path>) -> Harness<'static, MarginaliaApp> {
    let mut options = AppOptions::for_tests(dir.to_path_buf());
    options.recovery_dir = recovery.map(Path::to_path_buf);
    let file = file.to_path_buf();
    let mut h = Harness::builder()
        .with_size(egui::vec2(1280.0, 800.0))
        .allow_missing_glyphs()
        .build_eframe(move |_cc| MarginaliaApp::new(Some(&file), options));
    h.state_mut().wait_for_background();
    h.run_steps(3);
    h
}

fn type_text(h: &mut Harness<'_, MarginaliaApp>, text: &str) {
    h.event(Event::Text(text.to_string()));
    h.run_steps(2);
}

fn press(h: &mut Harness<'_, MarginaliaApp>, key: Key) {
    h.key_press(key);
    h.run_steps(2);
}

fn select(h: &mut Harness<'_, MarginaliaApp>, id: &str) {
    h.state_mut()
        .push_command(UiCommand::SelectAnnotation(Some(id.to_string())));
    h.run_steps(3);
}

#[test]
fn changing_a_colleagues_label_asks_the_name_then_records_the_editor() {
    let dir = tempfile::tempdir().unwrap();
    let (path, claim, _) = alices_project(dir.path());
    let mut h = app(dir.path(), &path, None);
    assert_eq!(h.state().settings().analyst, "", "fresh settings");
    select(&mut h, &claim);
    h.get_by_label_contains("by alice").rect();
    h.get_by_label("Label").click();
    h.run_steps(2);
    h.get_by_label("Attribution").click();
    h.run_steps(3);
    // Nothing changed before the name is known: the prompt asks it.
    assert_eq!(
        h.state().project().annotation(&claim).unwrap().label,
        "claim"
    );
    h.get_by_label("Your name");
    type_text(&mut h, "bob");
    press(&mut h, Key::Enter);
    h.run_steps(2);
    let a = h.state().project().annotation(&claim).unwrap();
    assert_eq!(a.label, "attribution");
    assert_eq!(a.author, "alice");
    assert_eq!(a.edited_by.as_deref(), Some("bob"));
    assert_eq!(a.previous_label.as_deref(), Some("claim"));
    assert!(a.modified.as_deref().is_some_and(|m| m.ends_with('Z')));
    assert_eq!(a.annotator(), "bob");
    h.get_by_label_contains("by alice, edited by bob (was Claim)");
    let status = h.state().status().text.clone();
    assert!(
        status.starts_with("Changed the label of “조선중앙통신 said")
            && status.ends_with("to Attribution"),
        "{status}"
    );
    // Saved and read back: the record is in the file (format 3).
    h.state_mut().push_command(UiCommand::SaveTo(path.clone()));
    h.step();
    h.state_mut().wait_for_background();
    h.run_steps(3);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains("format: 5,"), "{text}");
    assert!(text.contains("edited_by: Some(\"bob\")"), "{text}");
    let back = marginalia::store::load_project(&path).unwrap();
    assert_eq!(back.annotation(&claim).unwrap().annotator(), "bob");
}

#[test]
fn deleting_or_moving_a_colleagues_tag_asks_the_name_first() {
    let dir = tempfile::tempdir().unwrap();
    let (path, claim, spec) = alices_project(dir.path());
    let mut h = app(dir.path(), &path, None);
    select(&mut h, &spec);
    press(&mut h, Key::Delete);
    assert_eq!(h.state().project().annotations.len(), 2, "asked first");
    h.get_by_label("Your name");
    h.key_press(Key::Escape);
    h.run_steps(3);
    assert_eq!(h.state().project().annotations.len(), 2, "cancelled: kept");
    assert_eq!(
        h.state().status().text,
        "No name given; nothing was changed"
    );
    // A boundary move by keyboard: asked, then made and signed.
    select(&mut h, &claim);
    h.key_press_modifiers(Modifiers::SHIFT, Key::ArrowLeft);
    h.run_steps(3);
    h.get_by_label("Your name");
    type_text(&mut h, "bob");
    press(&mut h, Key::Enter);
    h.run_steps(2);
    let a = h.state().project().annotation(&claim).unwrap();
    assert!(
        a.quote.starts_with("조선중앙통신 said the") && !a.quote.contains("succeeded"),
        "{}",
        a.quote
    );
    assert_eq!(a.annotator(), "bob");
    let status = h.state().status().text.clone();
    assert_eq!(status, format!("Moved the boundary: now “{}”", a.quote));
    // Undo takes the move and the record back, and says so.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    let a = h.state().project().annotation(&claim).unwrap();
    assert_eq!((a.annotator(), a.edited_by.as_deref()), ("alice", None));
    assert_eq!(h.state().status().text, "Undid move boundary");
}

/// Waits until the recovery folder holds a file (the autosave thread wrote it).
fn wait_for_recovery(h: &mut Harness<'_, MarginaliaApp>, store: &RecoveryStore) -> bool {
    let until = Instant::now() + Duration::from_secs(10);
    while Instant::now() < until {
        h.step();
        if !store.pending().is_empty() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    false
}

#[test]
fn discard_on_quit_removes_the_recovery_file_and_nothing_is_offered_next_time() {
    let dir = tempfile::tempdir().unwrap();
    let recovery = dir.path().join("recovery");
    let store = RecoveryStore::new(&recovery);
    let (path, _, spec) = alices_project(dir.path());
    let mut h = app(dir.path(), &path, Some(&recovery));
    h.state_mut().set_analyst("alice");
    select(&mut h, &spec);
    press(&mut h, Key::Delete);
    assert_eq!(h.state().project().annotations.len(), 1);
    // The first autosave comes ~2 s after the first unsaved change, not 30 s.
    let started = Instant::now();
    assert!(wait_for_recovery(&mut h, &store), "no autosave within 10 s");
    assert!(started.elapsed() < Duration::from_secs(5));
    h.key_press_modifiers(Modifiers::COMMAND, Key::Q);
    h.run_steps(2);
    assert!(h.state().is_asking_about_unsaved_changes());
    h.get_by_label("Discard").click();
    h.run_steps(4);
    assert!(
        store.pending().is_empty(),
        "Discard leaves no recovery file"
    );
    drop(h);
    // The next start offers nothing back.
    let h = app(dir.path(), &path, Some(&recovery));
    assert!(h.query_by_label("Restore unsaved work?").is_none());
    assert_eq!(h.state().project().annotations.len(), 2);
}

#[test]
fn the_editors_source_field_completes_like_the_tag_popup() {
    let dir = tempfile::tempdir().unwrap();
    let (path, claim, spec) = alices_project(dir.path());
    let mut h = app(dir.path(), &path, None);
    h.state_mut().set_analyst("alice");
    select(&mut h, &claim);
    h.get_by_label("Source").focus();
    h.run_steps(1);
    type_text(&mut h, "yon");
    // The suggestions show while the field has the keyboard; Enter completes.
    h.get_by_label("Yonhap");
    press(&mut h, Key::Enter);
    let a = h.state().project().annotation(&claim).unwrap();
    assert_eq!(
        a.source.as_deref(),
        Some("Yonhap"),
        "not the typo-prone \"yon\""
    );
    // ↓ picks among the suggestions, as in the popup.
    select(&mut h, &spec);
    let known = h.state().project().known_sources();
    let second = marginalia::ui::source_field::suggestions(&known, "nk")[1].clone();
    h.get_by_label("Source").focus();
    h.run_steps(1);
    type_text(&mut h, "nk");
    press(&mut h, Key::ArrowDown);
    press(&mut h, Key::ArrowDown);
    press(&mut h, Key::Enter);
    let a = h.state().project().annotation(&spec).unwrap();
    assert_eq!(a.source.as_deref(), Some(second.as_str()));
}

#[test]
fn the_export_dialog_offers_csv_for_excel_with_a_byte_order_mark() {
    let dir = tempfile::tempdir().unwrap();
    let (path, _, _) = alices_project(dir.path());
    let mut h = app(dir.path(), &path, None);
    h.state_mut().push_command(UiCommand::Export);
    h.run_steps(4);
    h.get_by_label("CSV for Excel (UTF-8 with BOM)").click();
    h.run_steps(2);
    let out = dir.path().join("for-excel.csv");
    h.state_mut().export_dialog_mut().unwrap().path = out.display().to_string();
    h.get_by_label("Export").click();
    h.step();
    h.state_mut().wait_for_background();
    h.run_steps(3);
    let bytes = std::fs::read(&out).unwrap();
    assert_eq!(&bytes[..3], b"\xef\xbb\xbf", "{}", h.state().status().text);
    let text = String::from_utf8(bytes[3..].to_vec()).unwrap();
    assert!(text.starts_with("document,start,end,label"), "{text}");
    assert!(
        text.contains("조선중앙통신 said the “launch” succeeded"),
        "{text}"
    );
}
