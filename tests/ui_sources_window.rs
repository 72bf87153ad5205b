//! Issue 13 in the real window (egui_kittest): the Sources window renames a
//! registry source (every annotation naming it follows, one undo step), adds an
//! alias and merges; the Analytics window exports its CSV to a typed path and a
//! click on a bar filters the annotation list.

#![cfg(feature = "gui")]

use egui::{Event, Modifiers};
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use marginalia::model::{Annotation, Document, Link, Project};
use marginalia::ui::sources_window::SourcesCommand;
use marginalia::ui::{AppOptions, MarginaliaApp, UiCommand};

mod common;
use common::window::{Start, window};

const TEXT: &str = "KCNA said the launch succeeded. 조선중앙통신 said it again. \
Analysts said it may have failed.";

fn ann(id: &str, phrase: &str, label: &str, source: Option<&str>) -> Annotation {
    let byte = TEXT.find(phrase).expect("phrase in text");
    let s = TEXT[..byte].chars().count();
    let mut a = Annotation::new("d", s, s + phrase.chars().count(), phrase, label, "tester");
    a.id = id.into();
    a.source = source.map(str::to_string);
    a
}

fn app() -> Harness<'static, MarginaliaApp> {
    let mut p = Project::new("sources");
    p.documents.push(Document::new("d", "Launch", TEXT));
    p.annotations = vec![
        ann("kcna", "KCNA said", "attribution", Some("KCNA")),
        ann("claim", "the launch succeeded", "claim", None),
        ann("kcna2", "조선중앙통신 said", "attribution", Some("KCNA")),
        ann(
            "analysts",
            "Analysts said",
            "attribution",
            Some("some analysts"),
        ),
        ann("spec", "it may have failed", "speculation", None),
    ];
    p.links = vec![
        Link::attributes("kcna", "claim"),
        Link::attributes("analysts", "spec"),
    ];
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

fn sources_of(h: &Harness<'_, MarginaliaApp>) -> Vec<Option<String>> {
    h.state()
        .project()
        .annotations
        .iter()
        .map(|a| a.source.clone())
        .collect()
}

#[test]
fn a_rename_in_the_sources_window_updates_annotations_and_undoes_in_one_step() {
    let mut h = app();
    let before = sources_of(&h);
    h.state_mut()
        .push_command(UiCommand::Sources(SourcesCommand::ShowSources));
    h.run_steps(3);
    h.get_by_label_contains("KCNA · state media").click();
    h.run_steps(2);
    let field = h.get_by_label("New name");
    field.click();
    h.run_steps(1);
    h.key_press_modifiers(Modifiers::COMMAND, egui::Key::A);
    h.event(Event::Text("Korean Central News Agency (KCNA)".into()));
    h.run_steps(2);
    h.get_by_label("Rename").click();
    h.run_steps(3);
    let after = sources_of(&h);
    assert_eq!(
        after[0].as_deref(),
        Some("Korean Central News Agency (KCNA)")
    );
    assert_eq!(
        after[2].as_deref(),
        Some("Korean Central News Agency (KCNA)")
    );
    assert_eq!(after[3].as_deref(), Some("some analysts"));
    let registry = &h.state().project().registry;
    let renamed = registry
        .sources
        .iter()
        .find(|s| s.name == "Korean Central News Agency (KCNA)")
        .expect("renamed in the project's registry");
    assert!(renamed.aliases.contains(&"KCNA".to_string()));
    h.state_mut().push_command(UiCommand::Undo);
    h.run_steps(3);
    assert_eq!(
        sources_of(&h),
        before,
        "one undo step brings every source back"
    );
    assert!(h.state().project().registry.is_empty());
}

#[test]
fn an_alias_added_in_the_window_completes_in_the_popup_and_merge_is_one_step() {
    let mut h = app();
    h.state_mut()
        .push_command(UiCommand::Sources(SourcesCommand::ShowSources));
    h.run_steps(3);
    h.get_by_label("Find source").click();
    h.run_steps(1);
    h.event(Event::Text("analysts".into()));
    h.run_steps(2);
    h.get_by_label_contains("some analysts · analyst/think tank")
        .click();
    h.run_steps(2);
    h.get_by_label("New alias").click();
    h.run_steps(1);
    h.event(Event::Text("분석가들".into()));
    h.run_steps(2);
    h.get_by_label("Add alias").click();
    h.run_steps(3);
    let r = &h.state().project().registry;
    let s = r
        .sources
        .iter()
        .find(|s| s.name == "some analysts")
        .unwrap();
    assert!(
        s.aliases.contains(&"분석가들".to_string()),
        "{:?}",
        s.aliases
    );
    assert_eq!(r.canonical("분석가들"), Some("some analysts"));
    // The attribution popup completes on the new alias and stores the canonical name.
    h.state_mut().push_command(UiCommand::Deselect);
    h.state_mut().view_mut().set_selection("d", Some((0, 4)));
    h.run_steps(2);
    h.key_press(egui::Key::Num3);
    h.run_steps(2);
    assert!(h.state().is_asking_for_source());
    h.event(Event::Text("분석가".into()));
    h.run_steps(2);
    h.key_press(egui::Key::Enter);
    h.run_steps(3);
    assert_eq!(
        h.state()
            .selected_annotation()
            .and_then(|a| a.source.as_deref()),
        Some("some analysts")
    );
    h.state_mut().push_command(UiCommand::Undo);
    h.run_steps(2);

    // Merge "some analysts" into "experts": the attribution follows.
    h.get_by_label("Merge into").click();
    h.run_steps(1);
    h.event(Event::Text("exper".into()));
    h.run_steps(2);
    h.key_press(egui::Key::Enter);
    h.run_steps(2);
    h.get_by_label("Merge").click();
    h.run_steps(3);
    assert_eq!(sources_of(&h)[3].as_deref(), Some("experts"));
    h.state_mut().push_command(UiCommand::Undo);
    h.run_steps(3);
    assert_eq!(sources_of(&h)[3].as_deref(), Some("some analysts"));
}

#[test]
fn analytics_exports_csv_to_a_typed_path_and_a_bar_click_filters_the_list() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("sources.csv");
    let mut h = app();
    h.state_mut()
        .push_command(UiCommand::Sources(SourcesCommand::ShowAnalytics));
    h.run_steps(3);
    h.get_by_label("CSV file").click();
    h.run_steps(1);
    h.event(Event::Text(out.display().to_string()));
    h.run_steps(2);
    h.get_by_label("Export CSV").click();
    h.run_steps(3);
    let csv = std::fs::read_to_string(&out).expect("the CSV is written");
    let expected = marginalia::analytics::source_report(h.state().project(), None).to_csv();
    assert_eq!(csv, expected);
    assert!(csv.contains("KCNA,state media,2,1,1,0,0,0.0000"), "{csv}");

    // A click on a bar: across the chart, low enough to hit any bar with content,
    // until the list is filtered; it then shows what that bar's source is
    // attributed.
    let chart = h.get_by_label("Source bar chart").rect();
    let y = chart.bottom() - chart.height() * 0.3;
    let mut filtered = None;
    for k in 1..60 {
        let pos = egui::pos2(chart.left() + chart.width() * k as f32 / 60.0, y);
        common::window::click_at(&mut h, pos);
        h.run_steps(2);
        let status = h.state().status().text.clone();
        if let Some(rest) = status.strip_prefix("The list shows what is attributed to ") {
            filtered = rest.split(" (").next().map(str::to_string);
            break;
        }
    }
    let source = filtered.expect("a click on a bar filters the list");
    h.get_by_label("1 of 5 annotations");
    match source.as_str() {
        "KCNA" => h.get_by_label_contains("Claim: “the launch succeeded” · attributed to KCNA"),
        "some analysts" => h.get_by_label_contains(
            "Speculation: “it may have failed” · attributed to some analysts",
        ),
        other => panic!("no bar for {other}"),
    };
}

/// The popup lists an alias with the source it stands for ("조선중앙통신 → KCNA"),
/// and taking it stores the canonical name.
#[test]
fn the_source_popup_lists_an_alias_with_its_canonical_name() {
    let mut h = app();
    h.state_mut().push_command(UiCommand::Deselect);
    h.state_mut().view_mut().set_selection("d", Some((0, 4)));
    h.run_steps(2);
    h.key_press(egui::Key::Num3);
    h.run_steps(2);
    assert!(h.state().is_asking_for_source());
    h.event(Event::Text("조선".into()));
    h.run_steps(2);
    h.get_by_label("조선중앙통신 → KCNA").click();
    h.run_steps(3);
    assert!(!h.state().is_asking_for_source());
    assert_eq!(
        h.state()
            .selected_annotation()
            .and_then(|a| a.source.as_deref()),
        Some("KCNA")
    );
}

/// "Browse…" beside the analytics' CSV file where no file dialog can be shown (as
/// under the tests): the status line says to type the path, the typed path stays,
/// and Export CSV writes there.
#[test]
fn analytics_browse_without_dialogs_keeps_the_typed_csv_path() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("출처 sources.csv");
    let mut h = app();
    h.state_mut()
        .push_command(UiCommand::Sources(SourcesCommand::ShowAnalytics));
    h.run_steps(3);
    h.get_by_label("CSV file").click();
    h.run_steps(1);
    h.event(Event::Text(out.display().to_string()));
    h.run_steps(2);
    h.get_by_label("Browse…").click();
    h.run_steps(2);
    let status = h.state().status().clone();
    assert!(!status.is_error, "{status:?}");
    assert!(
        status.text.contains("Type where to write the CSV"),
        "{status:?}"
    );
    h.get_by_label("Export CSV").click();
    h.run_steps(3);
    assert!(
        std::fs::read_to_string(&out).is_ok(),
        "the typed path stayed"
    );
}
