//! Issue 13 in the real window (egui_kittest): link an attribution to a claim with
//! L and a click (or ↑/↓ and Enter), see "attributes" / "attributed to" in the
//! editor and the list, delete and undo, filter the list by "attributed to".

#![cfg(feature = "gui")]

use egui::{Event, Key, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use marginalia::model::{Annotation, Document, Link, Project};
use marginalia::ui::{AppOptions, MarginaliaApp, UiCommand};

mod common;
use common::window::{Start, window};

const TEXT: &str = "KCNA said the launch succeeded. Analysts said it may have failed 🚀. \
조선중앙통신 reported e\u{301}lan.";

fn span(phrase: &str) -> (usize, usize) {
    let byte = TEXT.find(phrase).expect("phrase in text");
    let start = TEXT[..byte].chars().count();
    (start, start + phrase.chars().count())
}

fn ann(id: &str, phrase: &str, label: &str, source: Option<&str>) -> Annotation {
    let (s, e) = span(phrase);
    let mut a = Annotation::new("d", s, e, phrase, label, "tester");
    a.id = id.into();
    a.source = source.map(str::to_string);
    a
}

fn project(links: Vec<Link>) -> Project {
    let mut p = Project::new("links");
    p.documents.push(Document::new("d", "Launch", TEXT));
    p.annotations = vec![
        ann("kcna", "KCNA said", "attribution", Some("KCNA")),
        ann("claim", "the launch succeeded", "claim", None),
        ann(
            "analysts",
            "Analysts said",
            "attribution",
            Some("some analysts"),
        ),
        ann("spec", "it may have failed", "speculation", None),
    ];
    p.links = links;
    p
}

fn app(p: Project) -> Harness<'static, MarginaliaApp> {
    let dir = tempfile::tempdir().unwrap();
    let mut h = window(
        AppOptions::for_tests(dir.path().to_path_buf()),
        Start::Project(Box::new(p), None),
    );
    h.state_mut().set_analyst("tester");
    h.state_mut()
        .push_command(UiCommand::SwitchDocument("d".into()));
    h.run_steps(3);
    h
}

fn select(h: &mut Harness<'_, MarginaliaApp>, id: &str) {
    h.state_mut()
        .push_command(UiCommand::SelectAnnotation(Some(id.into())));
    h.run_steps(3);
}

fn press(h: &mut Harness<'_, MarginaliaApp>, key: Key) {
    h.key_press(key);
    h.run_steps(2);
}

/// A plain click in the article at the middle of `phrase`.
fn click_phrase(h: &mut Harness<'_, MarginaliaApp>, phrase: &str) {
    let (s, e) = span(phrase);
    let rect = h
        .state()
        .char_screen_rect((s + e) / 2)
        .expect("the phrase is on screen");
    common::window::click_at(h, rect.center());
    h.run_steps(3);
}

fn links(h: &Harness<'_, MarginaliaApp>) -> Vec<(String, String)> {
    let p = h.state().project();
    p.links
        .iter()
        .map(|l| (l.from.clone(), l.to.clone()))
        .collect()
}

#[test]
fn l_then_a_click_links_the_attribution_and_the_editor_and_list_say_so() {
    let mut h = app(project(Vec::new()));
    select(&mut h, "kcna");
    press(&mut h, Key::L);
    assert!(
        h.state().status().text.starts_with("Linking “KCNA said”"),
        "{}",
        h.state().status().text
    );
    click_phrase(&mut h, "the launch succeeded");
    assert_eq!(links(&h), [("kcna".into(), "claim".into())]);
    assert_eq!(
        h.state().selected_annotation().map(|a| a.id.as_str()),
        Some("kcna"),
        "the click linked, it did not select"
    );
    h.get_by_label("attributes (1):");
    h.get_by_label("Claim: “the launch succeeded”");
    // The claim's own editor and its row in the list.
    select(&mut h, "claim");
    h.get_by_label("attributed to: KCNA");
    h.get_by_label_contains("attributed to KCNA");
    // One undo step removes the link, redo brings it back.
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert!(links(&h).is_empty());
    h.key_press_modifiers(Modifiers::COMMAND | Modifiers::SHIFT, Key::Z);
    h.run_steps(2);
    assert_eq!(links(&h).len(), 1);
}

#[test]
fn arrows_and_enter_pick_the_target_and_esc_cancels() {
    let mut h = app(project(Vec::new()));
    select(&mut h, "kcna");
    press(&mut h, Key::L);
    press(&mut h, Key::Escape);
    assert_eq!(h.state().status().text, "Linking cancelled");
    assert_eq!(
        h.state().selected_annotation().map(|a| a.id.as_str()),
        Some("kcna"),
        "Esc cancelled the linking only"
    );
    press(&mut h, Key::L);
    // Starts at the first content after the cue (the claim); ↓ goes to the next.
    press(&mut h, Key::ArrowDown);
    press(&mut h, Key::Enter);
    assert_eq!(links(&h), [("kcna".into(), "spec".into())]);
    // From a claim, L picks an attribution; the link still starts at it.
    select(&mut h, "claim");
    press(&mut h, Key::L);
    press(&mut h, Key::Enter);
    assert_eq!(
        links(&h),
        [
            ("kcna".into(), "spec".into()),
            ("kcna".into(), "claim".into())
        ]
    );
}

#[test]
fn the_x_removes_a_link_and_deleting_a_claim_takes_its_link_until_undo() {
    let mut h = app(project(vec![
        Link::attributes("kcna", "claim"),
        Link::attributes("analysts", "spec"),
    ]));
    select(&mut h, "claim");
    press(&mut h, Key::Delete);
    assert!(h.state().editor().annotation("claim").is_none());
    assert_eq!(links(&h), [("analysts".into(), "spec".into())]);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(3);
    assert!(h.state().editor().annotation("claim").is_some());
    assert_eq!(
        links(&h),
        [
            ("kcna".into(), "claim".into()),
            ("analysts".into(), "spec".into())
        ]
    );
    select(&mut h, "spec");
    h.get_by_label("attributed to: some analysts");
    h.get_by_label("×").click();
    h.run_steps(3);
    assert_eq!(links(&h), [("kcna".into(), "claim".into())]);
}

#[test]
fn the_attributed_to_filter_shows_only_the_linked_annotations() {
    let mut h = app(project(vec![
        Link::attributes("kcna", "claim"),
        Link::attributes("analysts", "spec"),
    ]));
    h.get_by_label("4 annotations");
    h.get_by_label("attributed to:").click();
    h.run_steps(2);
    h.get_all_by_label("KCNA").last().unwrap().click();
    h.run_steps(3);
    h.get_by_label("1 of 4 annotations");
    h.get_by_label_contains("Claim: “the launch succeeded” · attributed to KCNA");
    assert!(
        h.query_by_label_contains("Speculation: “it may have failed”")
            .is_none()
    );
}

/// Curves painted in the last frame (the connectors; nothing else in the window
/// draws cubic Béziers).
fn connectors(h: &Harness<'_, MarginaliaApp>) -> usize {
    fn count(shape: &egui::Shape) -> usize {
        match shape {
            egui::Shape::CubicBezier(_) => 1,
            egui::Shape::Vec(v) => v.iter().map(count).sum(),
            _ => 0,
        }
    }
    h.output().shapes.iter().map(|c| count(&c.shape)).sum()
}

#[test]
fn a_connector_is_drawn_only_for_the_selected_annotations_links() {
    let mut h = app(project(vec![
        Link::attributes("kcna", "claim"),
        Link::attributes("kcna", "spec"),
        Link::attributes("analysts", "spec"),
    ]));
    h.run_steps(2);
    assert_eq!(connectors(&h), 0, "nothing selected: no arcs at all");
    select(&mut h, "kcna");
    assert_eq!(
        connectors(&h),
        2,
        "one per link of the selected attribution"
    );
    select(&mut h, "spec");
    assert_eq!(connectors(&h), 2, "the speculation's two attributions");
    select(&mut h, "claim");
    assert_eq!(connectors(&h), 1);
    // While picking, one more (thinner) to the current candidate.
    select(&mut h, "analysts");
    press(&mut h, Key::L);
    assert_eq!(connectors(&h), 2);
}

#[test]
fn tagging_right_after_a_cue_offers_the_link_and_enter_accepts_it() {
    let mut p = project(Vec::new());
    p.annotations
        .retain(|a| a.id == "kcna" || a.id == "analysts");
    let mut h = app(p);
    let (s, e) = span("the launch succeeded");
    h.state_mut().view_mut().set_selection("d", Some((s, e)));
    h.run_steps(2);
    press(&mut h, Key::Num1);
    let status = h.state().status().text.clone();
    assert!(
        status.contains("attributed to KCNA (“KCNA said”)? Enter links them"),
        "{status}"
    );
    press(&mut h, Key::Enter);
    let claim = h.state().selected_annotation().unwrap().id.clone();
    assert_eq!(links(&h), [("kcna".to_string(), claim)]);

    // Esc declines; the offer does not outlive the next action either.
    let (s, e) = span("it may have failed");
    h.state_mut().view_mut().set_selection("d", Some((s, e)));
    h.run_steps(2);
    press(&mut h, Key::Num2);
    assert!(
        h.state()
            .status()
            .text
            .contains("attributed to some analysts")
    );
    press(&mut h, Key::Escape);
    assert_eq!(h.state().status().text, "Not linked");
    assert_eq!(links(&h).len(), 1);
}

#[test]
fn a_cue_tagged_after_its_content_offers_the_link_too() {
    let mut p = project(Vec::new());
    p.annotations.retain(|a| a.id == "claim");
    let mut h = app(p);
    let (s, e) = span("KCNA said");
    h.state_mut().view_mut().set_selection("d", Some((s, e)));
    h.run_steps(2);
    press(&mut h, Key::Num3);
    h.event(Event::Text("KCNA".into()));
    press(&mut h, Key::Enter);
    let status = h.state().status().text.clone();
    assert!(
        status.contains("attributes “the launch succeeded”? Enter links them"),
        "{status}"
    );
    press(&mut h, Key::Enter);
    let cue = h.state().selected_annotation().unwrap().id.clone();
    assert_eq!(links(&h), [(cue, "claim".to_string())]);
}

/// A Ctrl+click at the middle of `phrase`.
fn ctrl_click_phrase(h: &mut Harness<'_, MarginaliaApp>, phrase: &str) {
    let (s, e) = span(phrase);
    let rect = h
        .state()
        .char_screen_rect((s + e) / 2)
        .expect("the phrase is on screen");
    common::window::click_at_with(h, rect.center(), Modifiers::CTRL);
    h.run_steps(3);
}

#[test]
fn ctrl_click_links_the_selected_attribution_in_one_undoable_step() {
    let mut h = app(project(Vec::new()));
    select(&mut h, "kcna");
    ctrl_click_phrase(&mut h, "the launch succeeded");
    assert_eq!(links(&h), [("kcna".into(), "claim".into())]);
    assert_eq!(
        h.state().selected_annotation().map(|a| a.id.as_str()),
        Some("kcna"),
        "the Ctrl+click linked, it did not select"
    );
    // Another content in turn, then one undo takes back only the last link.
    ctrl_click_phrase(&mut h, "it may have failed");
    assert_eq!(links(&h).len(), 2);
    h.key_press_modifiers(Modifiers::COMMAND, Key::Z);
    h.run_steps(2);
    assert_eq!(links(&h), [("kcna".into(), "claim".into())]);
    // Two attributions are not linked: a reason, no link.
    ctrl_click_phrase(&mut h, "Analysts said");
    assert_eq!(links(&h).len(), 1);
    assert!(
        h.state().status().text.starts_with("A link joins"),
        "{}",
        h.state().status().text
    );
    // A claim selected and an attribution Ctrl+clicked: stored from the attribution.
    select(&mut h, "spec");
    ctrl_click_phrase(&mut h, "Analysts said");
    assert!(links(&h).contains(&("analysts".into(), "spec".into())));
}
