//! The review view tells what agreement left out or pooled: orphaned annotations
//! (not compared) and one annotation id with different content in two projects (a
//! colleague's edited copy).

#![cfg(feature = "gui")]

use egui_kittest::kittest::Queryable;
use marginalia::store::save_project;
use marginalia::ui::review::ReviewView;

mod review_support;
use review_support::{project, review_harness};

#[test]
fn orphans_and_an_edited_copy_are_named_in_the_agreement_panel() {
    let dir = tempfile::tempdir().unwrap();
    let mut mine = project(
        "alice",
        &[
            ("Rodong Sinmun said", "attribution", Some("Rodong Sinmun")),
            ("Analysts expect a test", "speculation", None),
        ],
    );
    // Re-anchoring lost one of alice's tags: its offsets no longer hold.
    let mut orphan = mine.annotations[1].clone();
    orphan.id = "lost-one".into();
    orphan.orphaned = true;
    mine.annotations.push(orphan);
    // Bob worked on a copy of alice's file: he changed the label of her speculation
    // (same id) and added a claim of his own.
    let mut theirs = project("bob", &[("조선 will “respond” 🇰🇵", "claim", None)]);
    let mut edited = mine.annotations[1].clone();
    edited.label = "claim".into();
    let edited_id = edited.id.clone();
    theirs.annotations.push(edited);
    let theirs_path = dir.path().join("theirs.ron");
    save_project(&theirs_path, &theirs).unwrap();

    let mut view = ReviewView::new("carol");
    view.start("mine.ron".to_string(), mine);
    assert!(view.add_colleague(&theirs_path), "{}", view.status);
    view.a = "alice".into();
    view.b = "bob".into();
    let mut harness = review_harness(view);
    harness.run();
    harness.get_by_label_contains("Agreement: alice vs bob");
    let warning = harness
        .state()
        .session
        .as_ref()
        .and_then(|s| s.conflict_warning())
        .expect("a conflict");
    assert!(warning.contains(&format!("'{edited_id}'")), "{warning}");
    // In the agreement panel, on its own line (the status line also shows it, after
    // "Added …").
    harness.get_by_label(&warning);
    // Under "This document" and "Whole project".
    assert_eq!(
        harness
            .get_all_by_label("1 orphaned annotation not compared")
            .count(),
        2
    );
}
