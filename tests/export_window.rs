//! File ▸ Export… and File ▸ Import… in the real window (egui_kittest, no display):
//! export this document as CSV, then "what the list shows" after filtering the list
//! by label, with the confirmation in the dialog; a dropped JSONL file is imported
//! as one undoable step.

#![cfg(feature = "gui")]

use std::path::Path;

use egui_kittest::Harness;
use egui_kittest::kittest::{NodeT, Queryable};
use marginalia::ui::{MarginaliaApp, UiCommand};

mod common;
use common::window::{settle, window_in};

fn app_on(dir: &Path, file: &Path) -> Harness<'static, MarginaliaApp> {
    window_in(dir, Some(file), Some("tester"))
}

fn fixture_copy(dir: &Path) -> std::path::PathBuf {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export/project.ron");
    let dst = dir.join("project.ron");
    std::fs::copy(src, &dst).unwrap();
    dst
}

fn csv_rows(path: &Path) -> Vec<Vec<String>> {
    let mut r = csv::Reader::from_path(path).unwrap();
    r.records()
        .map(|x| x.unwrap().iter().map(str::to_string).collect())
        .collect()
}

#[test]
fn export_dialog_writes_this_document_and_what_the_list_shows() {
    let dir = tempfile::tempdir().unwrap();
    let project = fixture_copy(dir.path());
    let mut h = app_on(dir.path(), &project);
    assert_eq!(h.state().current_document().unwrap().id, "parade");

    h.state_mut().push_command(UiCommand::Export);
    h.run_steps(2);
    assert!(
        h.state_mut().export_dialog_mut().is_some(),
        "{:?}",
        h.state().status()
    );
    // A modal is laid out on its first frame and shown on the next.
    h.run_steps(2);
    h.get_by_label("Export labeled spans");
    h.get_by_label("CSV").click();
    h.get_by_label("This document").click();
    h.get_by_label("UTF-16 units").click();
    h.run_steps(2);
    let out = dir.path().join("parade.csv");
    h.state_mut().export_dialog_mut().unwrap().path = out.display().to_string();
    h.get_by_label("Export").click();
    settle(&mut h);
    // The confirmation, in the dialog and in the status line.
    assert_eq!(
        h.get_all_by_label_contains("Exported 8 spans from 1 document to")
            .count(),
        2
    );
    assert!(
        h.state().status().text.starts_with("Exported 8 spans"),
        "{:?}",
        h.state().status()
    );
    let rows = csv_rows(&out);
    assert_eq!(rows.len(), 8);
    assert!(rows.iter().all(|r| r[0] == "parade"));
    // UTF-16 offsets: the claim ending in 🇰🇵 ends two units later than in chars.
    let flag = rows.iter().find(|r| r[7].ends_with("🇰🇵")).unwrap();
    assert_eq!((flag[1].as_str(), flag[2].as_str()), ("35", "81"));
    h.get_by_label("Close").click();
    h.run_steps(2);
    assert!(h.state_mut().export_dialog_mut().is_none());

    // Filter the list to attributions, then export what it shows.
    h.get_by_label("label:").click();
    h.run_steps(2);
    h.get_all_by_label("Attribution").last().unwrap().click();
    h.run_steps(3);
    h.state_mut().push_command(UiCommand::Export);
    h.run_steps(4);
    h.get_by_label("What the list shows").click();
    h.get_by_label("JSONL").click();
    h.run_steps(2);
    let out = dir.path().join("shown.jsonl");
    h.state_mut().export_dialog_mut().unwrap().path = out.display().to_string();
    h.get_by_label("Export").click();
    settle(&mut h);
    assert_eq!(
        h.get_all_by_label_contains("Exported 2 spans from 1 document to")
            .count(),
        2
    );
    let line: serde_json::Value =
        serde_json::from_str(std::fs::read_to_string(&out).unwrap().trim()).unwrap();
    let quotes: Vec<&str> = line["spans"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["text"].as_str().unwrap())
        .collect();
    assert_eq!(
        quotes,
        ["조선중앙통신 (KCNA) said", "An official told NK News"]
    );
    // The project file was only read.
    assert_eq!(
        std::fs::read(&project).unwrap(),
        std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export/project.ron")
        )
        .unwrap()
    );
}

#[test]
fn a_dropped_jsonl_file_is_imported_as_one_undoable_step() {
    let dir = tempfile::tempdir().unwrap();
    let project = fixture_copy(dir.path());
    let mut h = app_on(dir.path(), &project);
    let jsonl = dir.path().join("wire.jsonl");
    std::fs::write(
        &jsonl,
        "{\"id\": \"wire\", \"title\": \"Wire 조선\", \"text\": \"Yonhap said 👋🏽 the test failed.\", \"label\": [[0, 11, \"attribution\"], [15, 30, \"claim\"]]}\n",
    )
    .unwrap();
    let before = h.state().project().annotations.len();
    h.state_mut().push_command(UiCommand::OpenFile(jsonl));
    settle(&mut h);
    assert_eq!(
        h.state().current_document().unwrap().id,
        "wire",
        "{:?}",
        h.state().status()
    );
    assert_eq!(h.state().project().annotations.len(), before + 2);
    let claim = h
        .state()
        .project()
        .annotations
        .iter()
        .find(|a| a.doc == "wire" && a.label == "claim")
        .unwrap();
    assert_eq!(
        (claim.quote.as_str(), claim.author.as_str()),
        ("the test failed", "tester")
    );
    assert!(
        h.state()
            .status()
            .text
            .contains("Imported 1 new document and 2 annotations")
    );
    h.state_mut().push_command(UiCommand::Undo);
    h.run_steps(2);
    assert!(h.state().project().document("wire").is_none());
    assert_eq!(h.state().project().annotations.len(), before);
}

#[test]
fn an_import_warning_reaches_the_status_line() {
    let dir = tempfile::tempdir().unwrap();
    let project = fixture_copy(dir.path());
    let mut h = app_on(dir.path(), &project);
    let jsonl = dir.path().join("both.jsonl");
    std::fs::write(
        &jsonl,
        "{\"id\": \"both\", \"text\": \"조선중앙통신 said “yes”\", \"spans\": [{\"start\": 0, \"end\": 6, \"label\": \"attribution\"}], \"label\": [[0, 6, \"claim\"]]}\n",
    )
    .unwrap();
    h.state_mut().push_command(UiCommand::OpenFile(jsonl));
    settle(&mut h);
    let status = h.state().status().text.clone();
    assert!(
        status.contains("Imported 1 new document and 1 annotation")
            && status.contains("\"label\" ignored"),
        "{status}"
    );
}

#[test]
fn export_dialog_offers_browse_and_says_why_it_is_off_without_a_file_dialog() {
    // Tests run without native dialogs, as a machine without a portal or zenity:
    // Browse… is there but disabled, and the typed destination still exports,
    // REFI-QDA included.
    let dir = tempfile::tempdir().unwrap();
    let project = fixture_copy(dir.path());
    let mut h = app_on(dir.path(), &project);
    h.state_mut().push_command(UiCommand::Export);
    // A modal is laid out on its first frame and shown on the next.
    h.run_steps(4);
    h.get_by_label("Export labeled spans");
    let browse = h.get_by_label("Browse…");
    assert!(
        browse.accesskit_node().is_disabled(),
        "Browse… should be off without a dialog"
    );
    h.get_by_label("REFI-QDA (.qdpx)").click();
    h.run_steps(2);
    let path = h.state_mut().export_dialog_mut().unwrap().path.clone();
    assert!(path.ends_with("project.qdpx"), "{path}");
    h.get_by_label("Export").click();
    settle(&mut h);
    let bytes = std::fs::read(dir.path().join("project.qdpx")).unwrap();
    assert_eq!(&bytes[..2], b"PK", "a zip archive");
}

#[test]
fn an_import_that_adds_a_label_undoes_with_the_label() {
    let dir = tempfile::tempdir().unwrap();
    let project = fixture_copy(dir.path());
    let mut h = app_on(dir.path(), &project);
    let jsonl = dir.path().join("rumours.jsonl");
    std::fs::write(
        &jsonl,
        "{\"id\": \"rumour-doc\", \"title\": \"“Rumours” 조선\", \"text\": \"Officials deny e\u{301}tude 👋🏽 rumours.\\r\\nMore.\", \"label\": [[0, 14, \"rumour\"], [15, 21, \"claim\"]]}\n",
    )
    .unwrap();
    let labels_before = h.state().project().schema.labels.clone();
    let before = h.state().project().annotations.len();
    h.state_mut().push_command(UiCommand::OpenFile(jsonl));
    settle(&mut h);
    let status = h.state().status().text.clone();
    assert!(status.contains("rumour"), "{status}");
    assert!(!status.contains("cannot be undone"), "{status}");
    assert!(
        h.state().project().schema.label("rumour").is_some(),
        "{status}"
    );
    assert_eq!(h.state().project().annotations.len(), before + 2);
    let rumour = (h.state().project().annotations.iter())
        .find(|a| a.label == "rumour")
        .unwrap();
    assert_eq!(rumour.quote, "Officials deny");

    h.state_mut().push_command(UiCommand::Undo);
    h.run_steps(2);
    assert_eq!(h.state().project().schema.labels, labels_before);
    assert!(h.state().project().document("rumour-doc").is_none());
    assert_eq!(h.state().project().annotations.len(), before);

    h.state_mut().push_command(UiCommand::Redo);
    h.run_steps(2);
    assert!(h.state().project().schema.label("rumour").is_some());
    assert_eq!(h.state().project().annotations.len(), before + 2);
}
