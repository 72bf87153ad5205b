//! Fixtures shared by the review tests: one short article with Korean, curly quotes
//! and a flag emoji, tagged by "alice" and by "bob" with known differences.

#![allow(dead_code)] // each test file uses its own part of the fixtures

use std::path::{Path, PathBuf};

#[cfg(feature = "gui")]
use egui_kittest::Harness;
use marginalia::model::{Annotation, Document, Project};
use marginalia::store::save_project;
#[cfg(feature = "gui")]
use marginalia::ui::review::{ReviewAction, ReviewView};

/// The article, two paragraphs.
pub const TEXT: &str = "Rodong Sinmun said 조선 will “respond” 🇰🇵.\n\nAnalysts expect a test.";

/// A project of `author` on [`TEXT`] (document id `art`), with one annotation per
/// `(needle, label, source)`, found by its first occurrence.
pub fn project(author: &str, tags: &[(&str, &str, Option<&str>)]) -> Project {
    let mut p = Project::new(format!("{author}'s project"));
    p.documents.push(Document::new("art", "Article", TEXT));
    for &(needle, label, source) in tags {
        let byte = TEXT
            .find(needle)
            .expect("the needle is in the fixture text");
        let start = TEXT[..byte].chars().count();
        let end = start + needle.chars().count();
        let mut a = Annotation::new("art", start, end, needle, label, author);
        a.source = source.map(str::to_string);
        p.annotations.push(a);
    }
    p
}

/// Alice's and Bob's versions: one agreed attribution, one label that differs
/// (speculation vs claim), and a claim only Bob made — saved in `dir` as
/// `mine.ron` (alice) and `theirs.ron` (bob).
pub fn alice_and_bob(dir: &Path) -> (Project, Project, PathBuf, PathBuf) {
    let mine = project(
        "alice",
        &[
            ("Rodong Sinmun said", "attribution", Some("Rodong Sinmun")),
            ("Analysts expect a test", "speculation", None),
        ],
    );
    let theirs = project(
        "bob",
        &[
            ("Rodong Sinmun said", "attribution", Some("Rodong Sinmun")),
            ("조선 will “respond” 🇰🇵", "claim", None),
            ("Analysts expect a test", "claim", None),
        ],
    );
    let mine_path = dir.join("mine.ron");
    let theirs_path = dir.join("theirs.ron");
    save_project(&mine_path, &mine).expect("the fixture saves");
    save_project(&theirs_path, &theirs).expect("the fixture saves");
    (mine, theirs, mine_path, theirs_path)
}

#[cfg(feature = "gui")]
/// The review view alone in a 1100×900 window (missing glyphs draw as boxes: the
/// test fonts have no Hangul), its actions dropped.
pub fn review_harness(view: ReviewView) -> Harness<'static, ReviewView> {
    Harness::builder()
        .with_size(egui::vec2(1100.0, 900.0))
        .allow_missing_glyphs()
        .build_ui_state(
            |ui, v: &mut ReviewView| {
                v.ui(ui);
            },
            view,
        )
}

/// The review view and the actions it asked for, kept for the test to read.
#[cfg(feature = "gui")]
pub struct State {
    /// The view.
    pub view: ReviewView,
    /// Every action the view returned, oldest first.
    pub actions: Vec<ReviewAction>,
}

/// The review view alone in a 1100×900 window, its actions collected in
/// [`State::actions`] (missing glyphs draw as boxes).
#[cfg(feature = "gui")]
pub fn review_harness_with_actions(view: ReviewView) -> Harness<'static, State> {
    Harness::builder()
        .with_size(egui::vec2(1100.0, 900.0))
        .allow_missing_glyphs()
        .build_ui_state(
            |ui, s: &mut State| {
                let acts = s.view.ui(ui);
                s.actions.extend(acts);
            },
            State {
                view,
                actions: Vec::new(),
            },
        )
}
