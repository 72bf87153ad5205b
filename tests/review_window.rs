//! The review in the real window: Review ▸ Add colleague's project…, the
//! disagreement count, accepting one side, saving the curated project and reopening
//! it in the window.

#![cfg(feature = "gui")]

use std::path::Path;

use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use marginalia::store::save_project;
use marginalia::ui::{AppOptions, MarginaliaApp, UiCommand};

mod review_support;
use review_support::{TEXT, alice_and_bob, project};

mod common;
use common::window::{Start, settle, window_sized};

fn app_on(dir: &Path, file: &Path) -> Harness<'static, MarginaliaApp> {
    let options = AppOptions::for_tests(dir.to_path_buf());
    let start = Start::File(file.to_path_buf());
    let mut harness = window_sized(egui::vec2(1400.0, 900.0), options, start);
    harness.state_mut().set_analyst("alice");
    harness
}

#[test]
fn review_a_colleague_in_the_window_and_reopen_the_curated_project() {
    let dir = tempfile::tempdir().unwrap();
    let (_, _, mine_path, theirs_path) = alice_and_bob(dir.path());
    let mut h = app_on(dir.path(), &mine_path);
    let project_name = h.state().project().name.clone();
    assert_ne!(project_name, "mine");

    // Review ▸ Add colleague's project…
    h.get_by_label("Review").click();
    h.run_steps(2);
    h.get_by_label("Add colleague's project…").click();
    h.run_steps(3);
    h.get_by_label("Colleague's project path").focus();
    h.run_steps(2);
    h.get_by_label("Colleague's project path")
        .type_text(&theirs_path.display().to_string());
    h.run_steps(2);
    h.get_by_label("Add colleague's project").click();
    settle(&mut h);
    assert!(
        h.state().status().text.starts_with("Added"),
        "{:?}",
        h.state().status()
    );
    h.get_by_label("Disagreements: 2 (2 undecided)");

    // The window takes the article's place: below the menu and toolbar, right of
    // the documents panel.
    let heading = h.get_by_label("Compare with colleagues").rect();
    assert!(
        heading.top() > h.get_by_label("File").rect().bottom() + 20.0,
        "{heading:?}"
    );
    assert!(heading.left() > 200.0, "{heading:?}");

    // A click on a disagreement selects its span in the document view; the list
    // says what differs.
    h.get_by_label_contains("Only B tagged “조선 will").click();
    h.run_steps(3);
    let sel = h.state().view().selection("art");
    let byte = TEXT.find("조선").unwrap();
    let start = TEXT[..byte].chars().count();
    assert_eq!(sel.map(|s| s.0), Some(start));

    // Accept Bob's extra claim, keep Alice's label on the other.
    h.get_all_by_label("Accept B").next().unwrap().click();
    h.run_steps(2);
    h.get_by_label("Disagreements: 2 (1 undecided)");
    h.get_all_by_label("Accept A").last().unwrap().click();
    h.run_steps(2);
    h.get_by_label("Disagreements: 2 (0 undecided)");
    h.get_by_label("Accept all agreed (1)").click();
    h.run_steps(2);

    // Save the curated project (the path is prefilled next to the project).
    h.get_by_label("Save curated project").click();
    h.run_steps(3);
    let curated = dir.path().join("mine.curated.ron");
    assert!(
        h.state()
            .status()
            .text
            .starts_with("Saved the curated project (3 annotations)"),
        "{:?}",
        h.state().status()
    );
    assert!(!h.state().status().is_error);

    // Closing the window leaves no text selection over the clicked span.
    h.get_by_label("Close window").click();
    h.run_steps(3);
    assert!(h.query_by_label("Compare with colleagues").is_none());
    assert_eq!(h.state().view().selection("art"), None);

    // Reopen it in the window.
    h.state_mut()
        .push_command(UiCommand::OpenFile(curated.clone()));
    settle(&mut h);
    let p = h.state().project();
    assert_eq!(h.state().project_path(), Some(curated.as_path()));
    let got: Vec<(&str, &str)> = p
        .annotations
        .iter()
        .map(|a| (a.quote.as_str(), a.label.as_str()))
        .collect();
    assert_eq!(
        got,
        vec![
            ("Rodong Sinmun said", "attribution"),
            ("조선 will “respond” 🇰🇵", "claim"),
            ("Analysts expect a test", "speculation")
        ]
    );
    assert!(
        p.annotations
            .iter()
            .all(|a| a.decided_by.as_deref() == Some("alice"))
    );
    assert!(p.annotations[1].curated_from[0].starts_with("bob:"));
    // Named after the project, not the file.
    assert_eq!(p.name, format!("{} (curated)", project_name));
}

#[test]
fn a_bad_colleague_file_goes_to_the_status_line() {
    let dir = tempfile::tempdir().unwrap();
    let mine_path = dir.path().join("mine.ron");
    save_project(
        &mine_path,
        &project("alice", &[("Analysts", "claim", None)]),
    )
    .unwrap();
    let junk = dir.path().join("junk.ron");
    std::fs::write(&junk, "{\"not\": \"ron\"}").unwrap();
    let mut h = app_on(dir.path(), &mine_path);
    h.state_mut().push_command(UiCommand::Review);
    h.run_steps(3);
    h.get_by_label("Colleague's project path").focus();
    h.run_steps(2);
    h.get_by_label("Colleague's project path")
        .type_text(&junk.display().to_string());
    h.run_steps(2);
    h.get_by_label("Add colleague's project").click();
    settle(&mut h);
    let status = h.state().status();
    assert!(status.is_error, "{status:?}");
    assert!(
        status.text.contains("junk.ron") && status.text.contains("JSON"),
        "{status:?}"
    );
    assert!(!status.text.contains('\n'));
}

#[test]
fn a_colleagues_comment_is_saved_and_shown_to_the_author() {
    let dir = tempfile::tempdir().unwrap();
    let alice = project("alice", &[("Analysts expect a test", "claim", None)]);
    let id = alice.annotations[0].id.clone();
    let path = dir.path().join("alice.ron");
    save_project(&path, &alice).unwrap();

    // Bob reviews Alice's file and disputes her claim.
    let mut h = app_on(dir.path(), &path);
    h.state_mut().set_analyst("bob");
    h.state_mut()
        .push_command(UiCommand::SelectAnnotation(Some(id.clone())));
    h.run_steps(3);
    h.get_by_label("Your comment").focus();
    h.run_steps(2);
    h.get_by_label("Your comment").type_text("only a forecast");
    h.run_steps(2);
    h.get_by_label("Dispute").click();
    h.run_steps(3);
    assert!(
        h.state().status().text.contains("Comment added"),
        "{:?}",
        h.state().status()
    );
    h.get_by_label("bob disputes: only a forecast");
    h.state_mut().push_command(UiCommand::SaveTo(path.clone()));
    settle(&mut h);
    drop(h);

    // Alice opens it: the status line tells her, the editor shows the comment.
    let mut h = app_on(dir.path(), &path);
    h.state_mut().set_analyst("alice");
    h.state_mut()
        .push_command(UiCommand::OpenFile(path.clone()));
    settle(&mut h);
    let status = h.state().status().text.clone();
    assert!(
        status.contains("1 comment from colleagues on your annotations"),
        "{status}"
    );
    h.state_mut()
        .push_command(UiCommand::SelectAnnotation(Some(id)));
    h.run_steps(3);
    h.get_by_label("bob disputes: only a forecast");
    assert!(
        h.query_by_label("Dispute").is_none(),
        "no verdict on one's own annotation"
    );
}
