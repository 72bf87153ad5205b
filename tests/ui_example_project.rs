//! Makes the example project in `saved_projects/` with the real app (kittest): the
//! sample article, a dozen annotations of all three labels tagged with the keys
//! 1/2/3, sources typed into the attribution popup, then Save.
//!
//! Run with `MARGINALIA_WRITE_EXAMPLE=1 cargo test --test ui_example_project` to
//! (re)write `saved_projects/pyongyang-night-parade.ron`; without it the test makes
//! the project in a temporary folder and checks the committed file still matches.

#![cfg(feature = "gui")]

use std::path::{Path, PathBuf};

use egui::{Event, Key};
use marginalia::ui::{AppOptions, UiCommand};

mod common;
use common::window::{Start, window};

/// What the example tags: (phrase, key, source typed in the popup).
const TAGS: &[(&str, Key, Option<&str>)] = &[
    (
        "North Korea held a large military parade in Pyongyang on Thursday night",
        Key::Num1,
        None,
    ),
    ("state media reported", Key::Num3, Some("state media")),
    (
        "The Korean Central News Agency (KCNA, 조선중앙통신) said",
        Key::Num3,
        Some("KCNA"),
    ),
    (
        "more than 40,000 troops and civilians took part in the event",
        Key::Num1,
        None,
    ),
    ("According to KCNA", Key::Num3, Some("KCNA")),
    (
        "Satellite imagery reviewed by NK News",
        Key::Num3,
        Some("NK News"),
    ),
    (
        "is believed to be a larger variant of the Hwasong-18",
        Key::Num2,
        None,
    ),
    (
        "Some analysts see the display as a signal aimed at Washington",
        Key::Num2,
        None,
    ),
    (
        "Rodong Sinmun, the newspaper of the ruling Workers’ Party",
        Key::Num3,
        Some("Rodong Sinmun"),
    ),
    (
        "The timing may also reflect a desire to mark progress before a party plenary meeting",
        Key::Num2,
        None,
    ),
    ("Yonhap reported", Key::Num3, Some("Yonhap")),
    (
        "the parade began around 9 p.m. local time and lasted about two hours",
        Key::Num1,
        None,
    ),
    (
        "Experts at 38 North said in a note on Friday",
        Key::Num3,
        Some("38 North"),
    ),
    (
        "the vehicles could allow the country to move heavier missiles on public roads",
        Key::Num2,
        None,
    ),
    (
        "Daily NK, which relies on sources inside the country, reported",
        Key::Num3,
        Some("Daily NK"),
    ),
    (
        "factories in several provinces had been ordered to send workers to Pyongyang",
        Key::Num1,
        None,
    ),
];

/// The committed example.
fn example_path() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("saved_projects")
        .join("pyongyang-night-parade.ron")
}

fn make_example(out: &Path) -> marginalia::model::Project {
    let dir = tempfile::tempdir().unwrap();
    let options = AppOptions::for_tests(dir.path().to_path_buf());
    let mut h = window(options, Start::Sample);
    h.state_mut().set_analyst("example-analyst");
    h.state_mut()
        .push_command(UiCommand::RenameProject("Pyongyang night parade".into()));
    h.run_steps(2);
    for &(phrase, key, source) in TAGS {
        let doc = h.state().current_document().unwrap();
        let byte = doc.text.find(phrase).expect(phrase);
        let start = doc.text[..byte].chars().count();
        let span = (start, start + phrase.chars().count());
        let id = doc.id.clone();
        h.state_mut().view_mut().set_selection(&id, Some(span));
        h.run_steps(2);
        h.key_press(key);
        h.run_steps(2);
        if let Some(source) = source {
            assert!(h.state().is_asking_for_source());
            h.event(Event::Text(source.into()));
            h.run_steps(2);
            h.key_press(Key::Enter);
            h.run_steps(2);
        }
        let a = h.state().selected_annotation().expect(phrase);
        assert_eq!(a.quote, phrase);
    }
    h.state_mut()
        .push_command(UiCommand::SaveTo(out.to_path_buf()));
    // The save runs in the background: wait for it, then apply its outcome.
    h.step();
    h.state_mut().wait_for_background();
    h.run_steps(2);
    assert!(!h.state().editor().is_dirty(), "{:?}", h.state().status());
    marginalia::store::load_project(out).unwrap()
}

/// What must match between two makings: spans, labels, sources, quotes, authors.
fn essence(
    p: &marginalia::model::Project,
) -> Vec<(usize, usize, String, Option<String>, String, String)> {
    let mut v: Vec<_> = p
        .annotations
        .iter()
        .map(|a| {
            (
                a.start,
                a.end,
                a.label.clone(),
                a.source.clone(),
                a.quote.clone(),
                a.author.clone(),
            )
        })
        .collect();
    v.sort();
    v
}

#[test]
fn the_example_project_is_made_with_the_app() {
    let tmp = tempfile::tempdir().unwrap();
    let out = if std::env::var_os("MARGINALIA_WRITE_EXAMPLE").is_some() {
        example_path()
    } else {
        tmp.path().join("example.ron")
    };
    let made = make_example(&out);
    assert_eq!(made.annotations.len(), TAGS.len());
    assert_eq!(made.name, "Pyongyang night parade");
    let committed = marginalia::store::load_project(&example_path()).unwrap();
    let remake = "the example differs from what the app makes now; remake it with \
                  MARGINALIA_WRITE_EXAMPLE=1 cargo test --test ui_example_project";
    assert_eq!(essence(&made), essence(&committed), "{remake}");
    assert_eq!(made.documents, committed.documents, "{remake}");
}
