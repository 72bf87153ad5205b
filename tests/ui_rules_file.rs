//! The project's own suggestion rules in the real window (issue 11): "Edit
//! rules…" in the "Suggestion rules" window shows the rules' text, "Save rules"
//! writes `NAME.rules.ron` beside the project and the next suggestions follow it,
//! a broken text is refused with its reason shown and nothing written, "Back to
//! built-in rules" keeps the file as `.bak`, and reopening the project uses its
//! rules file again, and a Save As takes the rules file along.

#![cfg(feature = "gui")]

mod common;

use common::window::{Start, window};
use egui::{Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use marginalia::model::{Document, Project};
use marginalia::store::save_project;
use marginalia::suggest::RuleSet;
use marginalia::ui::suggestions::SuggestCommand;
use marginalia::ui::{AppOptions, MarginaliaApp, UiCommand};

const ARTICLE: &str = "North Korea fired two ballistic missiles on Monday, according to KCNA. \
The launch is believed to be a signal to Washington ahead of the talks. \
Yonhap reported that 조선중앙통신 called the test a success 🚀.";

/// The rule switched off in the text.
const RULE: &str = "according-to";

fn app(dir: &std::path::Path, start: Start) -> Harness<'static, MarginaliaApp> {
    let mut h = window(AppOptions::for_tests(dir.join("saved")), start);
    h.state_mut().set_analyst("alice");
    h
}

/// A project saved as `dir/case.ron`, opened from there.
fn saved(dir: &std::path::Path) -> (Harness<'static, MarginaliaApp>, std::path::PathBuf) {
    let mut p = Project::new("Rules");
    p.documents
        .push(Document::new("d1", "Missile test", ARTICLE));
    let path = dir.join("case.ron");
    save_project(&path, &p).unwrap();
    (app(dir, Start::File(path.clone())), path)
}

/// Turns suggestions on and waits for them.
fn suggestions_on(h: &mut Harness<'_, MarginaliaApp>) {
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::G);
    h.run_steps(2);
    refresh(h);
}

fn refresh(h: &mut Harness<'_, MarginaliaApp>) {
    h.run_steps(1);
    h.state_mut().wait_for_suggestions();
    h.run_steps(2);
}

fn rules_fired(h: &Harness<'_, MarginaliaApp>) -> Vec<String> {
    let list = h.state().suggestions().list();
    list.iter().map(|s| s.rule.clone()).collect()
}

/// Opens the rules window and clicks "Edit rules…".
fn open_editor(h: &mut Harness<'_, MarginaliaApp>) {
    h.state_mut()
        .push_command(UiCommand::Suggest(SuggestCommand::ShowRules));
    // A new window's first frame only measures it.
    h.run_steps(3);
    h.get_by_label("Edit rules…").click();
    h.run_steps(3);
    assert!(
        h.state_mut().rules_editor_mut().is_some(),
        "the editor is open"
    );
}

/// Replaces the editor's text (what typing does) and clicks "Save rules".
fn save_text(h: &mut Harness<'_, MarginaliaApp>, text: String) {
    h.state_mut().rules_editor_mut().unwrap().text = text;
    h.run_steps(1);
    h.get_by_label("Save rules").click();
    h.run_steps(2);
}

#[test]
fn rules_edited_in_the_window_are_saved_beside_the_project_and_used() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, path) = saved(dir.path());
    let file = dir.path().join("case.rules.ron");
    suggestions_on(&mut h);
    assert!(
        rules_fired(&h).iter().any(|r| r == RULE),
        "{:?}",
        rules_fired(&h)
    );

    open_editor(&mut h);
    let text = h.state_mut().rules_editor_mut().unwrap().text.clone();
    assert!(
        text.contains(&format!("id: \"{RULE}\"")),
        "the built-in text"
    );
    let off = text.replacen(
        &format!("id: \"{RULE}\","),
        &format!("id: \"{RULE}\", enabled: false,"),
        1,
    );
    save_text(&mut h, off.clone());
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        off,
        "written as typed"
    );
    assert!(
        h.state().status().text.contains("case.rules.ron"),
        "{:?}",
        h.state().status()
    );
    refresh(&mut h);
    assert!(
        !rules_fired(&h).iter().any(|r| r == RULE),
        "{:?}",
        rules_fired(&h)
    );
    assert!(!rules_fired(&h).is_empty(), "the other rules still suggest");
    // The window's comparison was made again with the saved rules.
    let window = h.state_mut().rules_window_mut();
    window.wait();
    let rows = &window.evaluation().expect("compared").rules;
    assert!(!rows.iter().any(|r| r.rule.as_deref() == Some(RULE)));
    assert!(!rows.is_empty());

    // A broken text: the reason under the box, the file as it was.
    save_text(&mut h, "RuleSet(\n  abbreviations: [,\n".into());
    let why = (h.state_mut().rules_editor_mut().unwrap().error.clone()).expect("refused");
    assert!(
        why.starts_with("case.rules.ron: ") && why.contains("2:"),
        "{why}"
    );
    h.get_by_label(&why);
    assert_eq!(
        std::fs::read_to_string(&file).unwrap(),
        off,
        "nothing written"
    );
    assert!(h.state().status().is_error);

    // Reopened, the project brings its rules back.
    drop(h);
    let mut h = app(dir.path(), Start::File(path));
    suggestions_on(&mut h);
    assert!(
        !rules_fired(&h).iter().any(|r| r == RULE),
        "{:?}",
        rules_fired(&h)
    );

    // Back to the built-in rules: the file kept as .bak, the rule back.
    open_editor(&mut h);
    h.get_by_label("Back to built-in rules").click();
    h.run_steps(2);
    assert!(!file.exists());
    assert!(dir.path().join("case.rules.ron.bak").exists());
    refresh(&mut h);
    assert!(
        rules_fired(&h).iter().any(|r| r == RULE),
        "{:?}",
        rules_fired(&h)
    );
}

#[test]
fn saved_as_a_new_name_the_project_keeps_its_rules() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, _) = saved(dir.path());
    open_editor(&mut h);
    let text = h.state_mut().rules_editor_mut().unwrap().text.clone();
    let off = text.replacen(
        &format!("id: \"{RULE}\","),
        &format!("id: \"{RULE}\", enabled: false,"),
        1,
    );
    save_text(&mut h, off.clone());

    // File ▸ Save As… to copy.ron: the rules file comes along and stays in use.
    let copy = dir.path().join("copy.ron");
    h.state_mut().push_command(UiCommand::SaveTo(copy.clone()));
    h.run_steps(1);
    common::window::wait_for_background(&mut h);
    h.run_steps(2);
    let status = h.state().status().text.clone();
    assert!(status.contains("copy.rules.ron"), "{status}");
    assert_eq!(
        std::fs::read_to_string(dir.path().join("copy.rules.ron")).unwrap(),
        off
    );
    assert_eq!(
        std::fs::read_to_string(dir.path().join("case.rules.ron")).unwrap(),
        off,
        "the old project keeps its own"
    );
    suggestions_on(&mut h);
    assert!(
        !rules_fired(&h).iter().any(|r| r == RULE),
        "still suggesting with the project's rules: {:?}",
        rules_fired(&h)
    );
    assert!(!rules_fired(&h).is_empty());
}

#[test]
fn a_broken_text_writes_no_file_and_an_unsaved_project_is_told_to_save_first() {
    let dir = tempfile::tempdir().unwrap();
    let (mut h, _) = saved(dir.path());
    open_editor(&mut h);
    save_text(&mut h, "RuleSet(".into());
    assert!(h.state_mut().rules_editor_mut().unwrap().error.is_some());
    assert!(!dir.path().join("case.rules.ron").exists());

    // A broken file on disk: said in the status line, the built-in rules used.
    std::fs::write(dir.path().join("case.rules.ron"), "RuleSet(").unwrap();
    let h = app(dir.path(), Start::File(dir.path().join("case.ron")));
    let status = h.state().status();
    assert!(
        status.is_error && status.text.contains("case.rules.ron"),
        "{status:?}"
    );
    assert_eq!(h.state().suggestion_rules(), &RuleSet::builtin());

    let mut p = Project::new("Unsaved");
    p.documents
        .push(Document::new("d1", "Missile test", ARTICLE));
    let mut h = app(dir.path(), Start::Project(Box::new(p), None));
    open_editor(&mut h);
    h.get_by_label("Save the project first to give it its own rules.");
}
