//! The corpus case (issue 12) beside the small one: a project of 10,000 generated
//! articles (~50 MB of text, 200,000 annotations, `generate corpus`) and one of 20
//! articles of the same kind.
//!
//! - `open`: reading the project file (the fast RON reader) into a project.
//! - `search`: a corpus search, first screen (50 hits) and all hits, plain and
//!   whole word.
//! - `table`: the documents table — its figures counted (on open and after an edit
//!   it cannot follow), followed over one edit, and one sort + filter (by date, outlet and date range; by title with a text filter);
//!   and "Sinuiju" typed into the text filter one key at a time (each key narrows
//!   from the previous text); the one-off lowering of every text the filter
//!   searches (`lower_texts_once`).
//! - `window`: whole-window frames on the corpus: the documents table sorted by
//!   date and scrolled; a frame while a new text filter is searched (8 ms of it
//!   a frame, the previous rows shown); and the search panel searching "kcna" until every hit is in
//!   (the frames it takes, each within its time budget).
//!
//! `cargo bench --bench corpus` (`-- table`, `-- search`, …). Prints the sizes first.

mod common;

use std::hint::black_box;
use std::ops::ControlFlow;
use std::path::PathBuf;

use common::app::WholeApp;
use common::frames::Harness;
use criterion::{Criterion, criterion_group, criterion_main};
use marginalia::model::Project;
use marginalia::model::generate_corpus::{CorpusSpec, generate_corpus};
use marginalia::search::{
    CorpusIndex, DocumentFacts, DocumentFilter, Hit, Query, SortBy, TextMatches, table_rows,
    table_rows_with,
};
use marginalia::task::Progress;

/// The small case: 20 articles of the corpus kind.
const SMALL: CorpusSpec = CorpusSpec {
    articles: 20,
    ..CorpusSpec::CORPUS
};

fn cases() -> Vec<(&'static str, Project, PathBuf)> {
    [("small_20", SMALL), ("corpus_10000", CorpusSpec::CORPUS)]
        .into_iter()
        .map(|(name, spec)| {
            let project = generate_corpus(&spec);
            let path = common::scratch().join(format!("{name}.ron"));
            marginalia::store::save_project(&path, &project).expect("corpus saved");
            let bytes: usize = project.documents.iter().map(|d| d.text.len()).sum();
            let file = std::fs::metadata(&path).map_or(0, |m| m.len());
            eprintln!(
                "{name}: {} documents, {bytes} bytes of text, {} annotations, file {file} bytes",
                project.documents.len(),
                project.annotations.len()
            );
            (name, project, path)
        })
        .collect()
}

fn run(project: &Project, index: &CorpusIndex, query: &Query, limit: usize) -> Vec<Hit> {
    let compiled = query.compile().expect("query compiles");
    let mut hits = Vec::new();
    compiled
        .run(project, index, &Progress::new(), |h| {
            hits.push(h);
            if hits.len() >= limit {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        })
        .expect("search runs");
    hits
}

fn bench(c: &mut Criterion) {
    let cases = cases();
    let mut group = c.benchmark_group("corpus");
    group.sample_size(10);
    for (name, project, path) in &cases {
        group.bench_function(format!("open/{name}"), |b| {
            b.iter(|| marginalia::store::load_project(black_box(path)).expect("loads"))
        });
        let index = CorpusIndex::new(project);
        let word = Query {
            whole_word: true,
            ..Query::plain("said")
        };
        for (q, query) in [("plain_kcna", Query::plain("kcna")), ("word_said", word)] {
            eprintln!(
                "{name} {q}: {} hits",
                run(project, &index, &query, usize::MAX).len()
            );
            group.bench_function(format!("search/{name}/{q}/first_50"), |b| {
                b.iter(|| run(project, &index, black_box(&query), 50))
            });
            group.bench_function(format!("search/{name}/{q}/all"), |b| {
                b.iter(|| run(project, &index, black_box(&query), usize::MAX))
            });
        }
        group.bench_function(format!("table/{name}/facts"), |b| {
            b.iter(|| DocumentFacts::new(black_box(project)))
        });
        let facts = DocumentFacts::new(project);
        // What an edit costs the table: one annotation added, then removed.
        let one = std::slice::from_ref(&project.annotations[0]);
        let mut followed = facts.clone();
        group.bench_function(format!("table/{name}/follow_one_edit"), |b| {
            b.iter(|| {
                followed.apply_change(project, &[], one);
                followed.apply_change(project, one, &[])
            })
        });
        let by_date = DocumentFilter {
            outlet: Some("KCNA".into()),
            date_from: "2025-06".into(),
            date_to: "2026-03".into(),
            ..DocumentFilter::default()
        };
        let by_text = DocumentFilter {
            text: "Sinuiju".into(),
            ..DocumentFilter::default()
        };
        for (f, filter, sort) in [
            ("sort_date_filter_outlet_dates", &by_date, SortBy::Date),
            (
                "sort_title_no_filter",
                &DocumentFilter::default(),
                SortBy::Title,
            ),
            ("sort_title_filter_text", &by_text, SortBy::Title),
        ] {
            group.bench_function(format!("table/{name}/{f}"), |b| {
                b.iter(|| table_rows(project, &facts, black_box(filter), sort, true, "bench"))
            });
        }
        // A new text filter over every document, no sorting (what the first
        // filter costs beyond the table): a rare word, words of common letters, a
        // Korean word (no case: memmem), a text with case outside ASCII (regex).
        for (f, needle) in [
            ("sinuiju", "Sinuiju"),
            ("common_letters", "the minister"),
            ("korean", "평양"),
            ("regex_path", "Café"),
        ] {
            group.bench_function(format!("table/{name}/first_filter_scan_{f}"), |b| {
                let docs: Vec<&marginalia::model::Document> = project.documents.iter().collect();
                b.iter(|| {
                    let mut text = TextMatches::new(black_box(needle)).expect("a text");
                    text.resolve(&docs);
                    text
                })
            });
        }
        // Typing "Sinuiju" into the text filter, one key a frame: each key narrows
        // from the previous text (7 frames; divide by 7 for one).
        group.bench_function(format!("table/{name}/type_filter_text_7_keys"), |b| {
            b.iter(|| {
                let mut text = TextMatches::new("").expect("blank filter");
                let mut filter = DocumentFilter::default();
                for n in 1..="Sinuiju".len() {
                    filter.text = "Sinuiju"[..n].to_string();
                    text.follow(&filter.text).expect("a text");
                    black_box(table_rows_with(
                        project,
                        &facts,
                        &filter,
                        SortBy::Title,
                        false,
                        "bench",
                        &mut text,
                    ));
                }
            })
        });
    }
    for (name, _, path) in &cases {
        let mut window = WholeApp::open(path, common::app_dir());
        let table = &mut window.app.corpus_panels_mut().documents.table;
        table.sort = SortBy::Date;
        table.descending = true;
        let mut harness = Harness::new();
        harness.frame(|ui| window.ui(ui));
        // The wheel over the documents table (left panel).
        let over_table = egui::pos2(150.0, 400.0);
        group.bench_function(format!("window/{name}/documents_table_scroll_frame"), |b| {
            b.iter(|| harness.wheel_frame(over_table, -60.0, |ui| window.ui(ui)))
        });
        // A new text filter typed each frame (two texts, neither inside the other,
        // so each starts afresh): the frame searches for its 8 ms and shows the
        // rows it had meanwhile (must stay within 16 ms).
        let mut typed = 0usize;
        group.bench_function(
            format!("window/{name}/frame_while_a_text_filter_runs"),
            |b| {
                b.iter(|| {
                    let table = &mut window.app.corpus_panels_mut().documents.table;
                    typed += 1;
                    table.filter.text = ["Sinuiju", "the minister"][typed % 2].into();
                    harness.frame(|ui| window.ui(ui))
                })
            },
        );
        window
            .app
            .corpus_panels_mut()
            .documents
            .table
            .filter
            .text
            .clear();
        while window
            .app
            .corpus_panels()
            .documents
            .table
            .filtering()
            .is_some()
        {
            harness.frame(|ui| window.ui(ui));
        }
        group.bench_function(format!("window/{name}/search_kcna_all_hits_frames"), |b| {
            b.iter(|| {
                let search = &mut window.app.corpus_panels_mut().search;
                search.open = true;
                // A new query each time (same hits: case-insensitive), so it restarts.
                let next = if search.query.text == "kcna" {
                    "KCNA"
                } else {
                    "kcna"
                };
                search.query = Query::plain(next);
                let mut frames = 0;
                loop {
                    harness.frame(|ui| window.ui(ui));
                    frames += 1;
                    let label = window.app.corpus_panels().search.position_label();
                    if !label.ends_with('+') && label != "searching…" {
                        break frames;
                    }
                }
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
