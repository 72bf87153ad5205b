//! Jumps in the real window on a long generated article: selecting an annotation far
//! down (as a click in the list or a search does) shows it on the next frame, and
//! what the view lays out over the frames after a jump moves nothing on screen.

#![cfg(feature = "gui")]

use egui::Rect;
use egui_kittest::Harness;
use marginalia::model::generate::{GenerateSpec, generate_project};
use marginalia::ui::{AppOptions, MarginaliaApp, UiCommand};

mod common;
use common::window::{Start, window_sized};

const SCREEN: Rect = Rect::from_min_max(egui::pos2(0.0, 0.0), egui::pos2(1280.0, 800.0));

/// The window on the peer's 117 kB article with 1,000 annotations.
fn long_project_app(dir: &std::path::Path) -> Harness<'static, MarginaliaApp> {
    let project = generate_project(&GenerateSpec::PEER_117K);
    let options = AppOptions::for_tests(dir.to_path_buf());
    let mut h = window_sized(
        SCREEN.size(),
        options,
        Start::Project(Box::new(project), None),
    );
    // Known, so that a delete is not held by the name prompt.
    h.state_mut().set_analyst("tester");
    h
}

/// Id and span of the annotation of the current document that starts last, or
/// first.
fn far_annotation(h: &Harness<'_, MarginaliaApp>, last: bool) -> (String, usize, usize) {
    let app = h.state();
    let doc = app.current_document().unwrap().id.clone();
    let of_doc = app
        .project()
        .annotations
        .iter()
        .filter(|a| a.doc == doc && !a.orphaned);
    let a = if last {
        of_doc.max_by_key(|a| a.start)
    } else {
        of_doc.min_by_key(|a| a.start)
    }
    .unwrap();
    (a.id.clone(), a.start, a.end)
}

/// Selects annotation `id` as the list does, runs the frame that handles the
/// command and the one that draws the jump, and returns where its first char is.
fn select(h: &mut Harness<'_, MarginaliaApp>, id: &str, start: usize) -> Rect {
    h.state_mut()
        .push_command(UiCommand::SelectAnnotation(Some(id.to_string())));
    h.run_steps(2);
    assert_eq!(
        h.state().selected_annotation().map(|a| a.id.as_str()),
        Some(id)
    );
    h.state()
        .char_screen_rect(start)
        .expect("the selected annotation is painted")
}

#[test]
fn selecting_the_last_and_then_the_first_annotation_of_a_long_article_shows_each() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = long_project_app(dir.path());
    let (id, start, end) = far_annotation(&h, true);
    assert!(start > 100_000, "far down the article: {start}");
    let r = select(&mut h, &id, start);
    assert!(SCREEN.contains_rect(r), "{r:?} off screen");
    // Its last char too.
    let e = h.state().char_screen_rect(end - 1).expect("end painted");
    assert!(SCREEN.contains_rect(e), "{e:?} off screen");
    // The frames that lay out the margin around it move nothing.
    h.run_steps(8);
    let again = h.state().char_screen_rect(start).unwrap();
    assert!((again.top() - r.top()).abs() < 0.5, "{r:?} → {again:?}");
    // And back to the top.
    let (id, start, _) = far_annotation(&h, false);
    let r = select(&mut h, &id, start);
    assert!(SCREEN.contains_rect(r), "{r:?} off screen");
    h.run_steps(8);
    let again = h.state().char_screen_rect(start).unwrap();
    assert!((again.top() - r.top()).abs() < 0.5, "{r:?} → {again:?}");
}

#[test]
fn after_a_delete_and_its_undo_every_annotation_is_still_selectable_by_id() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = long_project_app(dir.path());
    // Delete one in the middle (the last annotation takes its place) and undo:
    // the order is back, and the editor finds each annotation where it is.
    let middle = {
        let all = &h.state().project().annotations;
        all[all.len() / 2].id.clone()
    };
    let before = h.state().project().annotations.clone();
    let a = before.iter().find(|a| a.id == middle).unwrap().clone();
    select(&mut h, &middle, a.start);
    h.state_mut().push_command(UiCommand::DeleteAnnotation);
    h.run_steps(2);
    assert!(h.state().editor().annotation(&middle).is_none());
    h.state_mut().push_command(UiCommand::Undo);
    h.run_steps(2);
    assert_eq!(h.state().project().annotations, before, "same order back");
    assert_eq!(
        h.state().selected_annotation().map(|a| a.id.as_str()),
        Some(middle.as_str()),
        "what the undo brought back is selected"
    );
    for (i, a) in before
        .iter()
        .enumerate()
        .step_by(37)
        .chain(before.iter().enumerate().next_back())
    {
        assert_eq!(h.state().editor().position(&a.id), Some(i), "{}", a.id);
    }
    let r = select(&mut h, &middle, a.start);
    assert!(SCREEN.contains_rect(r), "{r:?} off screen");
}
