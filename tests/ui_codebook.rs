//! The codebook and memos in the window (issue 19), driven as an analyst would:
//! write a label's description in Project ▸ Codebook… and see it as the toolbar
//! button's hover text; write a document memo and the project memo — each commit of
//! a box (focus lost or Ctrl+Enter) one undo step, typing none — and find them after
//! save and reopen; drop a `.qdpx` on the window and get its guidelines and memo.

use std::path::Path;

use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use marginalia::export::{ExportFormat, ExportOptions, Selection, export_to_bytes};
use marginalia::model::{Document, OffsetUnit, Project};
use marginalia::ui::command::UiCommand;
use marginalia::ui::{AppOptions, MarginaliaApp};

mod common;
use common::window::{Start, drop_file, settle, window};

const DESCRIPTION: &str = "Stated as fact, 조선 “quoted” 👋🏽";

fn project() -> Project {
    let mut p = Project::new("Codebook desk");
    p.documents.push(Document::new(
        "parade",
        "Parade held in Pyongyang",
        "KCNA said the parade was held in Pyongyang on Saturday night.\n",
    ));
    p
}

fn app(dir: &Path, p: Project, path: Option<&Path>) -> Harness<'static, MarginaliaApp> {
    let options = AppOptions::for_tests(dir.to_path_buf());
    let mut h = window(
        options,
        Start::Project(Box::new(p), path.map(Path::to_path_buf)),
    );
    h.state_mut().set_analyst("alice");
    h
}

fn type_text(h: &mut Harness<'_, MarginaliaApp>, text: &str) {
    h.event(Event::Text(text.to_string()));
    h.run_steps(2);
}

fn ctrl_enter(h: &mut Harness<'_, MarginaliaApp>) {
    h.key_press_modifiers(Modifiers::COMMAND, Key::Enter);
    h.run_steps(3);
}

fn claim(h: &Harness<'_, MarginaliaApp>) -> marginalia::model::Label {
    h.state().project().schema.label("claim").unwrap().clone()
}

#[test]
fn a_description_written_in_the_codebook_is_the_buttons_hover_text_and_undoes() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path(), project(), None);
    h.get_by_role_and_label(egui::accesskit::Role::Button, "Project")
        .click();
    h.run_steps(2);
    h.get_by_label("Codebook…").click();
    h.run_steps(3);
    h.get_by_label("Description of Claim").focus();
    h.run_steps(1);
    type_text(&mut h, DESCRIPTION);
    assert_eq!(claim(&h).description, "", "typing makes no edit");
    assert!(h.state().editor().undo_description().is_none());
    ctrl_enter(&mut h);
    assert_eq!(claim(&h).description, DESCRIPTION);
    assert_eq!(
        h.state().editor().undo_description(),
        Some("edit guideline of 'claim'")
    );
    // The example box of the same label, committed by clicking away.
    h.get_by_label("Example of Claim").focus();
    h.run_steps(1);
    type_text(&mut h, "the parade was held");
    h.get_by_label("Document metadata").click();
    h.run_steps(3);
    assert_eq!(claim(&h).example, "the parade was held");
    assert_eq!(claim(&h).description, DESCRIPTION, "the other field kept");
    // The toolbar button's hover text carries the guideline (the window closed
    // first: it may cover the toolbar).
    h.get_by_label("Close window").click();
    h.run_steps(2);
    assert!(h.query_by_label("Description of Claim").is_none());
    assert!(
        h.query_by_label_contains("Tag the selection as Claim")
            .is_none()
    );
    h.get_by_label("1  Claim").hover();
    h.run_steps(60);
    let tip = |h: &Harness<'_, MarginaliaApp>, part: &str| {
        h.query_by_label_contains(&format!("Tag the selection as Claim\n\n{part}"))
            .is_some()
    };
    assert!(tip(&h, DESCRIPTION), "the tooltip shows the description");
    assert!(tip(
        &h,
        &format!("{DESCRIPTION}\nExample: the parade was held")
    ));
    // Two commits, two undo steps.
    h.state_mut().push_command(UiCommand::Undo);
    h.run_steps(3);
    assert_eq!(claim(&h).example, "");
    assert_eq!(claim(&h).description, DESCRIPTION);
    h.state_mut().push_command(UiCommand::Undo);
    h.run_steps(3);
    assert_eq!(claim(&h).description, "");
    assert!(h.state().editor().undo_description().is_none());
}

#[test]
fn document_and_project_memos_are_one_edit_per_commit_and_survive_save_and_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("memos.ron");
    let mut h = app(dir.path(), project(), None);
    // The document memo, committed by focus lost.
    h.get_by_label("Document memo").focus();
    h.run_steps(1);
    type_text(&mut h, "Check the date with Yonhap ");
    type_text(&mut h, "& KCNA 조선");
    assert_eq!(h.state().current_document().unwrap().memo, "");
    assert!(
        h.state().editor().undo_description().is_none(),
        "no edit per keystroke"
    );
    h.get_by_label("Document metadata").click();
    h.run_steps(3);
    let memo = "Check the date with Yonhap & KCNA 조선";
    assert_eq!(h.state().current_document().unwrap().memo, memo);
    assert_eq!(
        h.state().editor().undo_description(),
        Some("edit document memo")
    );
    // The project memo, in Project ▸ Project memo…, committed by Ctrl+Enter.
    h.get_by_role_and_label(egui::accesskit::Role::Button, "Project")
        .click();
    h.run_steps(2);
    h.get_by_label("Project memo…").click();
    h.run_steps(3);
    h.get_by_label("Memo on the whole project").focus();
    h.run_steps(1);
    type_text(&mut h, "Desk rule: KST dates 👋🏽");
    assert_eq!(h.state().project().memo, "");
    ctrl_enter(&mut h);
    assert_eq!(h.state().project().memo, "Desk rule: KST dates 👋🏽");
    assert_eq!(
        h.state().editor().undo_description(),
        Some("edit project memo")
    );
    h.state_mut().push_command(UiCommand::Undo);
    h.run_steps(3);
    assert_eq!(h.state().project().memo, "");
    h.state_mut().push_command(UiCommand::Redo);
    h.run_steps(3);
    assert_eq!(h.state().project().memo, "Desk rule: KST dates 👋🏽");
    // Saved, then opened in a new window from the file.
    h.state_mut().push_command(UiCommand::SaveTo(file.clone()));
    settle(&mut h);
    assert!(!h.state().editor().is_dirty(), "{:?}", h.state().status());
    let text = std::fs::read_to_string(&file).unwrap();
    assert!(text.contains("format: 5,"), "{text}");
    drop(h);
    let options = AppOptions::for_tests(dir.path().to_path_buf());
    let h = window(options, Start::File(file.clone()));
    assert_eq!(h.state().project().memo, "Desk rule: KST dates 👋🏽");
    assert_eq!(h.state().current_document().unwrap().memo, memo);
}

#[test]
fn a_qdpx_dropped_on_the_window_is_imported_with_its_guidelines_and_memo() {
    let dir = tempfile::tempdir().unwrap();
    let mut theirs = project();
    theirs.schema.labels[0].description = DESCRIPTION.into();
    theirs.schema.labels[0].example = "the parade was held".into();
    theirs.memo = "Their project memo".into();
    theirs.documents[0].memo = "Their memo on the parade".into();
    let mut a = marginalia::model::Annotation::new("parade", 0, 4, "KCNA", "attribution", "bob")
        .with_source("KCNA");
    a.id = "a1".into();
    theirs.annotations.push(a);
    let sel = Selection::new(&theirs, &ExportOptions::default()).unwrap();
    let (bytes, _) = export_to_bytes(&sel, ExportFormat::Qdpx, OffsetUnit::Chars).unwrap();
    let qdpx = dir.path().join("from-nvivo.qdpx");
    std::fs::write(&qdpx, bytes).unwrap();
    let mut h = app(dir.path(), Project::new("Mine"), None);
    drop_file(&mut h, &qdpx);
    let p = h.state().project().clone();
    assert_eq!(p.documents.len(), 1, "{:?}", h.state().status());
    assert_eq!(p.documents[0].memo, "Their memo on the parade");
    assert_eq!(p.annotations.len(), 1);
    assert_eq!(p.annotations[0].source.as_deref(), Some("KCNA"));
    assert_eq!(claim(&h).description, DESCRIPTION);
    assert_eq!(claim(&h).example, "the parade was held");
    assert_eq!(p.memo, "Their project memo");
    // The whole import is one undo step.
    h.state_mut().push_command(UiCommand::Undo);
    h.run_steps(3);
    let p = h.state().project();
    assert!(p.documents.is_empty());
    assert_eq!(p.memo, "");
    assert_eq!(claim(&h).description, "");
}

#[test]
fn the_export_dialog_writes_a_qdc_codebook() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = project();
    p.schema.labels[1].description = "Hedged: may, could, 추측".into();
    let mut h = app(dir.path(), p, None);
    h.state_mut().push_command(UiCommand::Export);
    h.run_steps(4);
    h.get_by_label("REFI-QDA codebook (.qdc)").click();
    h.run_steps(2);
    let path = h.state_mut().export_dialog_mut().unwrap().path.clone();
    assert!(path.ends_with(".qdc"), "{path}");
    let out = dir.path().join("codes.qdc");
    h.state_mut().export_dialog_mut().unwrap().path = out.display().to_string();
    h.get_by_label("Export").click();
    settle(&mut h);
    let status = h.state().status().clone();
    assert!(
        status.text.starts_with("Exported a codebook of 3 codes to"),
        "{status:?}"
    );
    let xml = std::fs::read_to_string(&out).unwrap();
    assert!(
        xml.contains("<CodeBook xmlns=\"urn:QDA-XML:codebook:1.0\""),
        "{xml}"
    );
    assert!(
        xml.contains("<Description>Hedged: may, could, 추측</Description>"),
        "{xml}"
    );
}

/// The text of the box labelled `label`.
fn box_text(h: &Harness<'_, MarginaliaApp>, label: &str) -> String {
    h.get_by_label(label).value().unwrap_or_default()
}

fn two_documents() -> Project {
    let mut p = project();
    p.documents
        .push(Document::new("second", "Second", "Yonhap said so.\n"));
    p
}

/// A memo box hidden while it holds typed text — its document switched away, its
/// window closed — keeps that text: one edit, on the memo it was typed for.
#[test]
fn a_memo_box_hidden_while_typed_in_commits_its_text() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path(), two_documents(), None);
    h.state_mut()
        .push_command(UiCommand::SwitchDocument("parade".into()));
    h.run_steps(3);
    h.get_by_label("Document memo").focus();
    h.run_steps(1);
    type_text(&mut h, "draft 조선 👋🏽");
    h.state_mut()
        .push_command(UiCommand::SwitchDocument("second".into()));
    h.run_steps(4);
    let p = h.state().project();
    assert_eq!(p.document("parade").unwrap().memo, "draft 조선 👋🏽");
    assert_eq!(p.document("second").unwrap().memo, "");
    assert_eq!(
        h.state().editor().undo_description(),
        Some("edit document memo")
    );
    assert_eq!(h.state().editor().undo_depth(), 1, "one edit");
    assert_eq!(
        box_text(&h, "Document memo"),
        "",
        "the box shows the new document's memo"
    );

    // The Project memo window closed while its box has the keyboard.
    h.state_mut().push_command(UiCommand::ShowProjectMemo);
    h.run_steps(3);
    h.get_by_label("Memo on the whole project").focus();
    h.run_steps(1);
    type_text(&mut h, "Desk rule 👋🏽");
    h.get_by_label("Close window").click();
    h.run_steps(4);
    assert_eq!(h.state().project().memo, "Desk rule 👋🏽");
    assert_eq!(
        h.state().editor().undo_description(),
        Some("edit project memo")
    );
    assert_eq!(h.state().editor().undo_depth(), 2);

    // The Codebook window closed while a guideline box has the keyboard.
    h.state_mut().push_command(UiCommand::ShowCodebook);
    h.run_steps(3);
    h.get_by_label("Description of Claim").focus();
    h.run_steps(1);
    type_text(&mut h, DESCRIPTION);
    h.get_by_label("Close window").click();
    h.run_steps(4);
    assert_eq!(claim(&h).description, DESCRIPTION);
    assert_eq!(h.state().editor().undo_depth(), 3);
}

/// Esc in a memo box puts back the saved memo: nothing is committed.
#[test]
fn esc_reverts_a_memo_box_to_the_saved_memo() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = project();
    p.memo = "Saved 조선".into();
    p.documents[0].memo = "Doc memo".into();
    let mut h = app(dir.path(), p, None);
    h.get_by_label("Document memo").focus();
    h.run_steps(1);
    type_text(&mut h, " typed");
    h.key_press(Key::Escape);
    h.run_steps(3);
    assert_eq!(h.state().current_document().unwrap().memo, "Doc memo");
    assert_eq!(box_text(&h, "Document memo"), "Doc memo");
    assert!(h.state().editor().undo_description().is_none());

    h.state_mut().push_command(UiCommand::ShowProjectMemo);
    h.run_steps(3);
    h.get_by_label("Memo on the whole project").focus();
    h.run_steps(1);
    type_text(&mut h, " more");
    h.key_press(Key::Escape);
    h.run_steps(3);
    assert_eq!(h.state().project().memo, "Saved 조선");
    assert_eq!(box_text(&h, "Memo on the whole project"), "Saved 조선");
    assert!(h.state().editor().undo_description().is_none());
    // A later commit still works.
    h.get_by_label("Memo on the whole project").focus();
    h.run_steps(1);
    type_text(&mut h, "!");
    ctrl_enter(&mut h);
    assert_eq!(h.state().project().memo, "Saved 조선!");
}
