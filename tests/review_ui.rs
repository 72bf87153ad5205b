//! The review view driven like a user: load a colleague's project by typing its
//! path, see the disagreement count, accept one side, save the curated project and
//! reopen it.

#![cfg(feature = "gui")]

use egui_kittest::kittest::{NodeT, Queryable};
use marginalia::model::{Annotation, Document, Project};
use marginalia::store::{load_project, save_project};
use marginalia::ui::review::{ReviewAction, ReviewView};

mod review_support;
use review_support::{alice_and_bob, project};

#[test]
fn review_two_projects_accept_one_side_and_save() {
    let dir = tempfile::tempdir().unwrap();
    let (mine, _, mine_path, theirs_path) = alice_and_bob(dir.path());

    let mut view = ReviewView::new("alice");
    view.start(mine_path.display().to_string(), mine);
    // Fonts for Korean and emoji are the window shell's (system font provider); this
    // test drives the review, so missing glyphs draw as boxes instead of panicking.
    let mut harness = review_support::review_harness_with_actions(view);
    harness.run();

    // Review ▸ Add colleague's project: type the path, press the button.
    harness.get_by_label("Colleague's project path").focus();
    harness.run();
    harness
        .get_by_label("Colleague's project path")
        .type_text(&theirs_path.display().to_string());
    harness.run();
    harness.get_by_label("Add colleague's project").click();
    harness.run();
    assert!(
        harness.state().view.status.starts_with("Added"),
        "{}",
        harness.state().view.status
    );
    harness.get_by_label("Disagreements: 2 (2 undecided)");
    harness.get_by_label("Review document");
    harness.get_by_label("Lane of alice");
    harness.get_by_label("Lane of bob");
    harness.get_by_label_contains("Agreement: alice vs bob");
    // Both drew the attribution and named the same source: said for the
    // document and for the whole project.
    let sources = "Sources: 1 of 1 attribution both drew name the same source (100%)";
    assert_eq!(harness.get_all_by_label(sources).count(), 2);

    // Click the first disagreement: the window is asked to jump to it.
    harness
        .get_by_label_contains("Only B tagged “조선 will")
        .click();
    harness.run();
    assert!(matches!(
        harness.state().actions.last(),
        Some(ReviewAction::Jump { doc, .. }) if doc == "art"
    ));

    // Accept B's extra claim; keep A's label on the other; accept what both agree on.
    harness.get_all_by_label("Accept B").next().unwrap().click();
    harness.run();
    harness.get_by_label("Disagreements: 2 (1 undecided)");
    // The chosen decision shows as selected.
    assert!(
        harness
            .get_all_by_label("Accept B")
            .next()
            .unwrap()
            .accesskit_node()
            .toggled()
            == Some(egui::accesskit::Toggled::True),
        "Accept B is shown as chosen"
    );
    harness.get_all_by_label("Accept A").last().unwrap().click();
    harness.run();
    harness.get_by_label("Disagreements: 2 (0 undecided)");
    harness.get_by_label("Accept all agreed (1)").click();
    harness.run();

    // Save the curated project as a new file and reopen it.
    let out = dir.path().join("curated.ron");
    harness.state_mut().view.save_path = out.display().to_string();
    harness.run();
    harness.get_by_label("Save curated project").click();
    harness.run();
    let status = harness.state().view.status.clone();
    assert!(
        status.starts_with("Saved the curated project (3 annotations)"),
        "{status}"
    );
    let back = load_project(&out).unwrap();
    let got: Vec<(&str, &str)> = back
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
        back.annotations
            .iter()
            .all(|a| a.decided_by.as_deref() == Some("alice"))
    );
    assert!(
        load_project(&mine_path).is_ok(),
        "the reviewed project is untouched"
    );
}

#[test]
fn a_bad_path_is_reported_in_the_view() {
    let mut view = ReviewView::new("alice");
    view.start("mine.ron", project("alice", &[("Analysts", "claim", None)]));
    assert!(!view.add_colleague(std::path::Path::new("/nonexistent/theirs.ron")));
    assert!(
        view.status.contains("/nonexistent/theirs.ron"),
        "{}",
        view.status
    );
    assert!(!view.status.contains('\n'));
    assert_eq!(view.disagreement_count(), 0);
}

#[test]
fn edit_a_disagreement_into_a_span_of_ones_own() {
    let dir = tempfile::tempdir().unwrap();
    let mine = project("alice", &[("Analysts expect", "speculation", None)]);
    let theirs = project("bob", &[("expect a test", "claim", None)]);
    let theirs_path = dir.path().join("theirs.ron");
    save_project(&theirs_path, &theirs).unwrap();
    let mut view = ReviewView::new("alice");
    view.start(dir.path().join("mine.ron").display().to_string(), mine);
    assert!(view.add_colleague(&theirs_path));
    assert_eq!(view.disagreement_count(), 1);
    let mut harness = review_support::review_harness(view);
    harness.run();
    harness.get_by_label("Edit…").click();
    harness.run();
    harness.get_by_label("Use this span").click();
    harness.run();
    harness.get_by_label("Disagreements: 1 (0 undecided)");
    let out = dir.path().join("curated.ron");
    let saved = harness.state_mut().save_curated(&out).unwrap();
    let a = &saved.annotations[0];
    // The draft starts as the union of both spans with A's label.
    assert_eq!(
        (a.quote.as_str(), a.label.as_str()),
        ("Analysts expect a test", "speculation")
    );
    assert_eq!(a.curated_from.len(), 2);
}

#[test]
fn a_long_document_shows_the_neighbourhood_of_the_selected_disagreement() {
    let text = "조선중앙통신 said the test “succeeded”. ".repeat(1500);
    let len = text.chars().count();
    let mut mine = Project::new("long");
    let doc = Document::new("long", "Long", text.clone());
    let (s, e) = (len - 30, len - 20);
    mine.annotations.push(Annotation::new(
        "long",
        s,
        e,
        doc.slice(s, e),
        "claim",
        "alice",
    ));
    mine.documents.push(doc.clone());
    let mut theirs = mine.clone();
    theirs.annotations = vec![Annotation::new(
        "long",
        0,
        6,
        doc.slice(0, 6),
        "claim",
        "bob",
    )];
    let dir = tempfile::tempdir().unwrap();
    let theirs_path = dir.path().join("theirs.ron");
    save_project(&theirs_path, &theirs).unwrap();
    let mut view = ReviewView::new("alice");
    view.start("mine.ron", mine);
    assert!(view.add_colleague(&theirs_path));
    let mut harness = review_support::review_harness_with_actions(view);
    harness.run();
    harness.get_by_label("Disagreements: 2 (2 undecided)");
    harness.get_by_label_contains("Only A tagged").click();
    harness.run();
    assert!(matches!(
        harness.state().actions.last(),
        Some(ReviewAction::Jump { start, .. }) if *start == s
    ));
    harness.get_by_label("Review document");
}
