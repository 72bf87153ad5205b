//! The documents table's text filter in the window (issue 12): a new filter over
//! many documents is searched a slice a frame, the table keeps its rows with a
//! "filtering… N%" note meanwhile, a further key supersedes the scan, and the rows
//! shown at the end are those of a filter searched at once.

use egui::Event;
use egui_kittest::Harness;
use egui_kittest::kittest::Queryable;
use marginalia::model::Project;
use marginalia::model::generate_corpus::{CorpusSpec, generate_corpus};
use marginalia::search::{DocumentFacts, DocumentFilter, SortBy, table_rows};
use marginalia::ui::{AppOptions, MarginaliaApp};

mod common;
use common::window::{Start, window_sized};

fn corpus() -> Project {
    generate_corpus(&CorpusSpec {
        articles: 900,
        article_bytes: 600,
        annotations_per_article: 2,
        seed: 12,
    })
}

/// The ids of the rows a filter of `text` shows when searched at once.
fn expected(project: &Project, text: &str) -> Vec<String> {
    let facts = DocumentFacts::new(project);
    let filter = DocumentFilter {
        text: text.into(),
        ..DocumentFilter::default()
    };
    let rows = table_rows(project, &facts, &filter, SortBy::Project, false, "alice").unwrap();
    rows.iter()
        .map(|&i| project.documents[i].id.clone())
        .collect()
}

fn filtering(h: &Harness<'_, MarginaliaApp>) -> Option<f32> {
    h.state().corpus_panels().documents.table.filtering()
}

#[test]
fn typing_a_filter_keeps_the_rows_until_its_scan_is_done_then_shows_its_rows() {
    let dir = tempfile::tempdir().unwrap();
    let project = corpus();
    let options = AppOptions::for_tests(dir.path().to_path_buf());
    let start = Start::Project(Box::new(project.clone()), None);
    let mut h = window_sized(egui::vec2(1500.0, 950.0), options, start);
    h.state_mut().set_analyst("alice");
    // No time for the scan in a frame: one slice of documents a frame.
    let table = &mut h.state_mut().corpus_panels_mut().documents.table;
    table.set_scan_budget(std::time::Duration::ZERO);
    h.run_steps(2);
    let everything = h.state().documents_table_rows();
    assert_eq!(everything.len(), 900);

    h.get_by_label("Filters").click();
    h.run_steps(2);
    h.get_by_label("Text").focus();
    h.run_steps(1);
    h.event(Event::Text("Sin".into()));
    h.step();
    h.step();
    assert!(filtering(&h).is_some(), "the scan runs over several frames");
    h.get_by_label_contains("filtering…");
    assert_eq!(
        h.state().documents_table_rows(),
        everything,
        "previous rows"
    );

    // A further key while the scan runs: it is superseded by the new text's.
    h.event(Event::Text("uiju".into()));
    h.step();
    assert!(filtering(&h).is_some());
    let mut frames = 0;
    while filtering(&h).is_some() {
        h.step();
        frames += 1;
        assert!(frames < 200, "the scan ends");
    }
    h.step();
    let want = expected(&project, "Sinuiju");
    assert!(!want.is_empty() && want.len() < 900, "{}", want.len());
    assert_eq!(h.state().documents_table_rows(), want);
    assert!(h.query_by_label_contains("filtering…").is_none());
    h.get_by_label_contains(&format!("{} of 900 shown", want.len()));
}
