//! The learned suggestions in the real window (issue 20): with the rules switched
//! off, the model trained on the project's annotated article suggests on an
//! untagged one; accepting one of its suggestions teaches it (the next
//! suggestions come from a model that learned the document again), rejecting one
//! keeps it away, and undoing both gives back the very same suggestions (a
//! document that no longer teaches anything makes the model train again from
//! the start). The model is cached beside the project file.
//!
//! The computation runs on its own thread; `wait_for_suggestions` waits for it.

#![cfg(feature = "gui")]

mod common;

use common::window::{Start, window};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use marginalia::model::{Annotation, Document, Project};
use marginalia::suggest::Suggestion;
use marginalia::suggest::learn::{MODEL_RULE, cache_path, training_key};
use marginalia::ui::suggestions::SuggestCommand;
use marginalia::ui::{AppOptions, MarginaliaApp, UiCommand};

const TAGGED: &str = "The North fired two missiles, KCNA said. Pyongyang fired a rocket, \
KCNA said. The army fired shells near the border, KCNA said.";
const UNTAGGED: &str = "Seoul fired a drone, KCNA said. Tokyo fired a flare, KCNA said. \
Busan fired nothing at all, KCNA said.";

/// Two articles: the first tagged (claims and their attributions), the second
/// not, and shown.
fn project() -> Project {
    let mut p = Project::new("Learning");
    p.documents.push(Document::new("b", "Untagged", UNTAGGED));
    p.documents.push(Document::new("a", "Tagged", TAGGED));
    let mut from = 0;
    for sentence in TAGGED.split_inclusive(". ") {
        let comma = sentence.find(',').unwrap();
        let said = sentence.find("KCNA said").unwrap();
        let claim = Annotation::new("a", from, from + comma, &sentence[..comma], "claim", "bob");
        let a = from + said;
        let quote = "KCNA said";
        let attribution = Annotation::new("a", a, a + quote.len(), quote, "attribution", "bob")
            .with_source("KCNA");
        p.annotations.extend([claim, attribution]);
        from += sentence.len();
    }
    p
}

fn refresh(h: &mut Harness<'_, MarginaliaApp>) {
    h.run_steps(1);
    h.state_mut().wait_for_suggestions();
    h.run_steps(2);
}

fn list(h: &Harness<'_, MarginaliaApp>) -> Vec<Suggestion> {
    h.state().suggestions().list().to_vec()
}

fn documents_learned(h: &Harness<'_, MarginaliaApp>) -> usize {
    let model = h.state().suggestions().learned_model();
    model.expect("a model is held").documents
}

#[test]
fn accept_and_reject_change_what_the_model_suggests_next_and_undo_restores_it() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("learning.ron");
    let mut h = window(
        AppOptions::for_tests(dir.path().join("saved")),
        Start::Project(Box::new(project()), Some(path.clone())),
    );
    h.state_mut().set_analyst("alice");
    assert!(
        !h.state().settings().suggest_model_on,
        "the model is off until the analyst turns it on"
    );
    h.state_mut()
        .push_command(UiCommand::Suggest(SuggestCommand::SetModel(true)));
    h.state_mut()
        .push_command(UiCommand::Suggest(SuggestCommand::SetRules(false)));
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::G);
    h.run_steps(2);
    refresh(&mut h);
    assert_eq!(
        h.state().current_document().map(|d| d.id.as_str()),
        Some("b")
    );
    let before = list(&h);
    assert!(
        before.iter().all(|s| s.rule == MODEL_RULE),
        "rules off: {before:#?}"
    );
    let said = |s: &Suggestion| s.label == "attribution" && s.quote == "KCNA said";
    assert!(before.iter().any(said), "{before:#?}");
    assert!(before.iter().all(|s| s.doc == "b"));
    assert_eq!(documents_learned(&h), 1);
    assert!(cache_path(&path).is_file(), "the trained model is cached");

    // Accept: the model learns the document and its next suggestions change.
    h.key_press(Key::Tab);
    h.run_steps(2);
    let accepted = h.state().suggestions().current().cloned().expect("current");
    h.key_press(Key::Enter);
    h.run_steps(2);
    assert_eq!(h.state().project().annotations.len(), 7);
    refresh(&mut h);
    assert_eq!(
        documents_learned(&h),
        2,
        "the accepted document now teaches"
    );
    let model_key = h.state().suggestions().learned_model().map(|m| m.key);
    assert_eq!(model_key, Some(training_key(h.state().project(), None)));
    let after_accept = list(&h);
    let same =
        |a: &Suggestion, b: &Suggestion| (a.start, a.end, &a.label) == (b.start, b.end, &b.label);
    assert!(!after_accept.iter().any(|s| same(s, &accepted)));
    let rest: Vec<&Suggestion> = before.iter().filter(|s| !same(s, &accepted)).collect();
    assert_ne!(
        after_accept.iter().collect::<Vec<_>>(),
        rest,
        "the model learned"
    );

    // Reject: gone at once and after the next computation.
    h.key_press(Key::Tab);
    h.run_steps(2);
    let rejected = h.state().suggestions().current().cloned().expect("current");
    h.key_press(Key::Backspace);
    h.run_steps(2);
    refresh(&mut h);
    assert_eq!(h.state().project().rejected.len(), 1);
    assert!(
        list(&h)
            .iter()
            .all(|s| !s.overlaps(rejected.start, rejected.end))
    );

    // Undo both: the same suggestions as before, from a model trained again.
    for _ in 0..2 {
        h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
        h.run_steps(2);
    }
    assert_eq!(h.state().project().annotations.len(), 6);
    refresh(&mut h);
    assert_eq!(documents_learned(&h), 1);
    assert_eq!(
        list(&h),
        before,
        "undo gives back the very same suggestions"
    );

    // The model switched off from the Suggest menu: no learned suggestion is left.
    h.get_by_label("Suggest").click();
    h.run_steps(2);
    h.get_by_label("Suggest with the learned model").click();
    h.run_steps(2);
    assert!(!h.state().settings().suggest_model_on);
    refresh(&mut h);
    assert!(list(&h).is_empty(), "{:#?}", list(&h));
}

/// The window with the model and the rules on, every training held until the
/// test lets it go, and the first result (the rules' alone) shown.
fn training_held(path: &std::path::Path) -> Harness<'static, MarginaliaApp> {
    let saved = path.with_file_name("saved");
    let start = Start::Project(Box::new(project()), Some(path.to_path_buf()));
    let mut h = window(AppOptions::for_tests(saved), start);
    h.state_mut().set_analyst("alice");
    h.state_mut().hold_model_training();
    h.state_mut()
        .push_command(UiCommand::Suggest(SuggestCommand::SetModel(true)));
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::G);
    h.run_steps(2);
    h.state_mut().wait_for_first_suggestions();
    // The rules' result can arrive before the model's thread has started its
    // training (it hashes the project first): wait for the training to show, a
    // bounded wait so that a training that never starts fails the test below.
    let waited = std::time::Instant::now();
    while h.state().suggestions().training().is_none()
        && waited.elapsed() < std::time::Duration::from_secs(10)
    {
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
    h.run_steps(2);
    h
}

#[test]
fn the_rules_suggestions_are_shown_while_the_model_trains_with_its_progress() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("held.ron");
    let mut h = training_held(&path);
    let first = list(&h);
    assert!(!first.is_empty(), "the rules' suggestions are there");
    assert!(first.iter().all(|s| s.rule != MODEL_RULE), "{first:#?}");
    let training = h.state().suggestions().training().expect("training shown");
    assert_eq!(training.phase, "Training the suggestion model");
    h.get_by_label("Cancel training");
    assert!(!cache_path(&path).exists(), "not trained yet");

    h.state_mut().release_model_training();
    refresh(&mut h);
    assert!(h.state().suggestions().training().is_none());
    assert_eq!(documents_learned(&h), 1, "the model is there");
    assert!(h.state().settings().suggest_model_on);

    // A decision: the next suggestions come from a model that learned it.
    h.key_press(Key::Tab);
    h.run_steps(2);
    let accepted = h.state().suggestions().current().cloned().expect("current");
    h.key_press(Key::Enter);
    h.run_steps(2);
    refresh(&mut h);
    assert_eq!(
        documents_learned(&h),
        2,
        "the accepted document now teaches"
    );
    let model_key = h.state().suggestions().learned_model().map(|m| m.key);
    assert_eq!(model_key, Some(training_key(h.state().project(), None)));
    assert!(
        list(&h)
            .iter()
            .all(|s| !s.overlaps(accepted.start, accepted.end) || s.label != accepted.label)
    );
}

#[test]
fn cancelling_the_training_switches_the_model_off_and_keeps_the_rules() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("cancelled.ron");
    let mut h = training_held(&path);
    let first = list(&h);
    h.get_by_label("Cancel training").click();
    h.run_steps(2);
    refresh(&mut h);
    h.state_mut().release_model_training();
    assert!(!h.state().settings().suggest_model_on, "the model is off");
    assert!(h.state().suggestions().training().is_none());
    assert_eq!(list(&h), first, "the rules' suggestions stay");
    assert!(!cache_path(&path).exists(), "nothing was trained");
}
