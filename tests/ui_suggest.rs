//! Suggestions in the real window (issue 11), driven by keys: with suggestions on
//! for an article citing KCNA, Tab steps to a suggestion, Enter accepts it (an
//! ordinary annotation by the analyst, with its source and the rule in its note),
//! Backspace rejects it (gone, and still gone after save and reopen), "accept all
//! of this rule" is one undo step, and undo brings the suggestions back.
//!
//! The computation runs on its own thread; `wait_for_suggestions` waits for it,
//! so nothing depends on timing.

#![cfg(feature = "gui")]

mod common;

use common::window::{Start, settle, window};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use marginalia::model::{Document, Project};
use marginalia::suggest::Suggestion;
use marginalia::ui::suggestions::SuggestCommand;
use marginalia::ui::{AppOptions, MarginaliaApp, UiCommand};

const ARTICLE: &str = "North Korea fired two ballistic missiles on Monday, according to KCNA. \
The launch is believed to be a signal to Washington ahead of the talks. \
The missiles flew 600 km before landing in the sea, according to NK News, a specialized \
North Korea-focused site. Yonhap reported that 조선중앙통신 called the test a success 🚀.";

fn project() -> Project {
    let mut p = Project::new("Suggestions");
    p.documents
        .push(Document::new("d1", "Missile test", ARTICLE));
    p
}

fn app(dir: &std::path::Path, start: Start) -> Harness<'static, MarginaliaApp> {
    let mut h = window(AppOptions::for_tests(dir.join("saved")), start);
    h.state_mut().set_analyst("alice");
    h
}

/// Turns suggestions on with their key and waits for the first computation.
fn suggestions_on(h: &mut Harness<'_, MarginaliaApp>) {
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::G);
    h.run_steps(2);
    assert!(h.state().settings().suggestions_on);
    refresh(h);
}

/// Waits for the computation under way (after an edit) and draws its result.
fn refresh(h: &mut Harness<'_, MarginaliaApp>) {
    h.run_steps(1);
    h.state_mut().wait_for_suggestions();
    h.run_steps(2);
}

fn list(h: &Harness<'_, MarginaliaApp>) -> Vec<Suggestion> {
    h.state().suggestions().list().to_vec()
}

/// Presses Tab until the current suggestion is `wanted`'s (at most once round).
fn tab_to(h: &mut Harness<'_, MarginaliaApp>, wanted: impl Fn(&Suggestion) -> bool) -> Suggestion {
    for _ in 0..=list(h).len() {
        h.key_press(Key::Tab);
        h.run_steps(2);
        if let Some(s) = h.state().suggestions().current().filter(|s| wanted(s)) {
            return s.clone();
        }
    }
    panic!("Tab never reached the suggestion; list: {:#?}", list(h));
}

fn kcna(s: &Suggestion) -> bool {
    s.label == "attribution" && s.source.as_deref() == Some("KCNA") && s.quote.contains("KCNA")
}

#[test]
fn tab_steps_to_a_suggestion_and_enter_makes_it_the_analysts_annotation() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path(), Start::Project(Box::new(project()), None));
    suggestions_on(&mut h);
    let found = list(&h);
    assert!(found.iter().any(kcna), "{found:#?}");
    assert!(found.iter().any(|s| s.label == "speculation"), "{found:#?}");
    assert_eq!(
        h.state().view().suggestions().map(|m| m.len()),
        Some(found.len()),
        "every suggestion is drawn"
    );

    let s = tab_to(&mut h, kcna);
    assert_eq!(h.state().view().selection("d1"), Some((s.start, s.end)));
    h.key_press(Key::Enter);
    h.run_steps(2);
    let project = h.state().project();
    let made = project
        .annotations
        .iter()
        .find(|a| a.start == s.start && a.end == s.end)
        .expect("the accepted suggestion is an annotation");
    assert_eq!(made.label, "attribution");
    assert_eq!(made.source.as_deref(), Some("KCNA"));
    assert_eq!(made.author, "alice");
    assert!(made.note.contains(&s.rule), "{}", made.note);
    assert!(!list(&h).iter().any(kcna), "accepted: no longer suggested");
    refresh(&mut h);
    assert!(!list(&h).iter().any(kcna), "nor after the recomputation");
    assert!(h.state().editor().is_dirty());
}

#[test]
fn backspace_rejects_and_the_rejection_survives_save_and_reopen() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("suggest.ron");
    let mut h = app(
        dir.path(),
        Start::Project(Box::new(project()), Some(path.clone())),
    );
    suggestions_on(&mut h);
    let s = tab_to(&mut h, |s| s.label == "speculation");
    h.key_press(Key::Backspace);
    h.run_steps(2);
    let same = |x: &Suggestion| x.start == s.start && x.end == s.end && x.label == s.label;
    assert!(!list(&h).iter().any(same), "rejected: gone at once");
    assert_eq!(h.state().project().rejected.len(), 1);
    assert!(h.state().project().annotations.is_empty());
    refresh(&mut h);
    assert!(!list(&h).iter().any(same), "and after the recomputation");

    h.key_press_modifiers(Modifiers::COMMAND, Key::S);
    settle(&mut h);
    assert!(!h.state().editor().is_dirty(), "{:?}", h.state().status());
    drop(h);

    let mut h = app(dir.path(), Start::File(path));
    assert_eq!(h.state().project().rejected.len(), 1);
    // The setting is per window here (settings in memory): on again.
    suggestions_on(&mut h);
    assert!(!list(&h).is_empty());
    assert!(!list(&h).iter().any(same), "still gone after reopening");
}

#[test]
fn accept_all_of_a_rule_is_one_undo_step_and_undo_brings_the_suggestions_back() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path(), Start::Project(Box::new(project()), None));
    suggestions_on(&mut h);
    let before = list(&h);
    // A rule with more than one suggestion here ("according to" twice).
    let rule = before
        .iter()
        .map(|s| s.rule.clone())
        .find(|r| before.iter().filter(|s| s.rule == *r).count() > 1)
        .expect("a rule suggests twice");
    let of_rule = before.iter().filter(|s| s.rule == rule).count();
    let i = before.iter().position(|s| s.rule == rule).unwrap();
    h.state_mut()
        .push_command(UiCommand::Suggest(SuggestCommand::Select(i)));
    h.state_mut()
        .push_command(UiCommand::Suggest(SuggestCommand::AcceptAllOfRule));
    h.run_steps(2);
    assert_eq!(h.state().project().annotations.len(), of_rule);
    assert!(list(&h).iter().all(|s| s.rule != rule));

    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert!(
        h.state().project().annotations.is_empty(),
        "one Ctrl+Z undoes them all"
    );
    refresh(&mut h);
    assert_eq!(list(&h), before, "undo brings the suggestions back");
}

#[test]
fn tag_all_occurrences_suggests_the_same_text_and_accepts_them_in_one_step() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = project();
    // "North Korea" appears twice; tag the first as a claim.
    let a = marginalia::model::Annotation::new("d1", 0, 11, "North Korea", "claim", "alice");
    let id = a.id.clone();
    p.annotations.push(a);
    let mut h = app(dir.path(), Start::Project(Box::new(p), None));
    h.state_mut()
        .push_command(UiCommand::SelectAnnotation(Some(id)));
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::A);
    h.run_steps(2);
    let occurrences: Vec<Suggestion> = list(&h)
        .into_iter()
        .filter(|s| s.rule == "same-text")
        .collect();
    assert_eq!(occurrences.len(), 1, "{occurrences:#?}");
    assert_eq!(occurrences[0].quote, "North Korea");
    h.state_mut()
        .push_command(UiCommand::Suggest(SuggestCommand::AcceptAllOfRule));
    h.run_steps(2);
    let claims = h
        .state()
        .project()
        .annotations
        .iter()
        .filter(|a| a.quote == "North Korea")
        .count();
    assert_eq!(claims, 2);
}

#[test]
fn dont_suggest_this_rule_switches_it_off_until_switched_on_again() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path(), Start::Project(Box::new(project()), None));
    suggestions_on(&mut h);
    let s = tab_to(&mut h, kcna);
    h.state_mut()
        .push_command(UiCommand::Suggest(SuggestCommand::DisableRule));
    h.run_steps(2);
    assert!(list(&h).iter().all(|x| x.rule != s.rule));
    assert_eq!(h.state().settings().disabled_rules, vec![s.rule.clone()]);
    assert!(
        !h.state().editor().is_dirty(),
        "a setting, not a project change"
    );
    refresh(&mut h);
    assert!(list(&h).iter().all(|x| x.rule != s.rule), "nor recomputed");

    h.state_mut()
        .push_command(UiCommand::Suggest(SuggestCommand::SetRule {
            rule: s.rule.clone(),
            enabled: true,
        }));
    h.run_steps(1);
    refresh(&mut h);
    assert!(list(&h).iter().any(|x| x.rule == s.rule), "back when on");
}

#[test]
fn accept_all_of_a_label_takes_every_suggestion_of_it_in_one_step() {
    let dir = tempfile::tempdir().unwrap();
    let mut h = app(dir.path(), Start::Project(Box::new(project()), None));
    suggestions_on(&mut h);
    let attributions = list(&h).iter().filter(|s| s.label == "attribution").count();
    assert!(attributions >= 2, "{:#?}", list(&h));
    tab_to(&mut h, kcna);
    h.state_mut()
        .push_command(UiCommand::Suggest(SuggestCommand::AcceptAllOfLabel));
    h.run_steps(2);
    let project = h.state().project();
    assert_eq!(project.annotations.len(), attributions);
    assert!(
        project
            .annotations
            .iter()
            .all(|a| a.label == "attribution" && a.source.is_some())
    );
    assert!(list(&h).iter().all(|s| s.label != "attribution"));
}
