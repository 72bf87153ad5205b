//! The suggestions' first computation in the real window (issue 11): it runs on
//! the suggestion thread, never the UI thread — the window keeps drawing, "Computing
//! suggestions…" listed, while the computation is held — and once it has run for
//! `PROGRESS_AFTER` its progress is drawn under "Suggested" (phase and fraction);
//! let go, its suggestions are listed, combined by what the project's other
//! annotated article shows, and the bar is gone.
//!
//! A test hook holds the computation before it finds suggestions, so nothing
//! depends on how fast the machine is.

#![cfg(feature = "gui")]

mod common;

use common::window::{Start, window};
use egui::{Key, Modifiers};
use egui_kittest::kittest::Queryable;
use marginalia::model::{Annotation, Document, Project};
use marginalia::suggest::learn::LearnedRules;
use marginalia::suggest::{RuleSet, SUGGESTING, Suggester};
use marginalia::task::Progress;
use marginalia::ui::AppOptions;
use marginalia::ui::suggestions::PROGRESS_AFTER;

const SHOWN: &str = "North Korea fired two ballistic missiles on Monday, according to KCNA. \
The launch is believed to be a signal to Washington, 조선중앙통신 said 🚀. \
Seoul's Joint Chiefs of Staff said the missiles flew 600 km.";
const ANNOTATED: &str = "Pyongyang fired a rocket on Tuesday, according to KCNA. \
The test is seen as a warning, Yonhap reported.";

/// The article shown first, and an annotated one the combination learns from.
fn project() -> Project {
    let mut p = Project::new("Progress");
    p.documents.push(Document::new("shown", "Shown", SHOWN));
    p.documents
        .push(Document::new("annotated", "Annotated", ANNOTATED));
    let cue = "according to KCNA";
    let at = ANNOTATED.find(cue).unwrap();
    let a = Annotation::new("annotated", at, at + cue.len(), cue, "attribution", "bob");
    p.annotations.push(a.with_source("KCNA"));
    p
}

#[test]
fn the_first_suggestions_are_computed_off_the_ui_thread_with_their_progress() {
    let dir = tempfile::tempdir().unwrap();
    let start = Start::Project(Box::new(project()), None);
    let mut h = window(AppOptions::for_tests(dir.path().join("saved")), start);
    h.state_mut().set_analyst("alice");
    h.state_mut().hold_suggestions();
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::G);
    h.run_steps(2);
    assert!(h.state().settings().suggestions_on);

    // Held on its thread: the window draws frames meanwhile.
    assert!(h.state().suggestions().is_pending());
    assert!(h.state().suggestions().list().is_empty());
    h.get_by_label("Computing suggestions…");
    std::thread::sleep(PROGRESS_AFTER);
    h.run_steps(2);
    let progress = h.state().suggestions().computing().expect("progress shown");
    assert_eq!(progress.phase, SUGGESTING);
    h.get_by_label_contains(SUGGESTING);

    h.state_mut().release_suggestions();
    h.run_steps(1);
    h.state_mut().wait_for_suggestions();
    h.run_steps(2);
    assert!(h.state().suggestions().computing().is_none());
    assert!(h.query_by_label_contains(SUGGESTING).is_none(), "bar gone");
    // What the library gives for the article, learned from the other one.
    let p = project();
    let suggester = Suggester::new(RuleSet::builtin(), p.source_registry().into_owned()).unwrap();
    let learned = LearnedRules::current(None, &p, &suggester, &[], 200, "shown", &Progress::new());
    let mut found = suggester.suggest_text(SHOWN);
    found.iter_mut().for_each(|s| s.doc = "shown".into());
    let mut expected = learned.combiner.combine("shown", SHOWN, found, Vec::new());
    expected.sort_by_key(|s| (s.start, std::cmp::Reverse(s.end)));
    assert!(!expected.is_empty());
    assert_eq!(h.state().suggestions().list(), expected.as_slice());
}
