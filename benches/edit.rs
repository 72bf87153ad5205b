//! Tagging on a big project: the command the window runs when the analyst presses a
//! label key on a selection (quote lookup, checks, the edit and its undo record), and
//! the other everyday edits, small case beside large case; and the one-off cost of
//! the editor's id index when a project is opened.
//!
//! `cargo bench --bench edit` (or `-- large` for one size).

mod common;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use marginalia::edit::{AnnotationChange, AnnotationIndex, Edit, Editor, quote_of};
use marginalia::model::Annotation;

/// An editor on a clone of case `case`, and a selection in the middle of its main
/// article.
fn setup(case: usize) -> (Editor, usize) {
    let project = common::project(case).clone();
    let middle = project.documents[0].char_len() / 2;
    (Editor::new(project), middle)
}

fn tag_selection(c: &mut Criterion) {
    let mut group = c.benchmark_group("tag_selection");
    for case in common::SMALL_AND_LARGE {
        let name = common::CASES[case].0;
        group.bench_function(BenchmarkId::from_parameter(name), |b| {
            let (mut editor, at) = setup(case);
            let room = (editor.project().documents[0].char_len() - at - 20).min(5_000);
            let mut n = 0usize;
            b.iter(|| {
                // A fresh span each time, as a user tagging down the text would.
                n += 1;
                let start = at + (n * 7) % room;
                let end = start + 12;
                let quote = quote_of(editor.project(), "main", start, end).expect("span");
                let a = Annotation::new("main", start, end, quote, "attribution", "bench")
                    .with_source("KCNA");
                editor.apply(Edit::AddAnnotation(a)).expect("tag");
            })
        });
    }
    group.finish();
}

fn tag_and_undo(c: &mut Criterion) {
    let mut group = c.benchmark_group("tag_and_undo");
    for case in common::SMALL_AND_LARGE {
        let name = common::CASES[case].0;
        group.bench_function(BenchmarkId::from_parameter(name), |b| {
            let (mut editor, at) = setup(case);
            b.iter(|| {
                let quote = quote_of(editor.project(), "main", at, at + 12).expect("span");
                let a = Annotation::new("main", at, at + 12, quote, "claim", "bench");
                editor.apply(Edit::AddAnnotation(a)).expect("tag");
                assert!(editor.undo().is_some());
            })
        });
    }
    group.finish();
}

fn relabel(c: &mut Criterion) {
    let mut group = c.benchmark_group("relabel");
    for case in common::SMALL_AND_LARGE {
        let name = common::CASES[case].0;
        group.bench_function(BenchmarkId::from_parameter(name), |b| {
            let (mut editor, _) = setup(case);
            // An annotation half way down the list.
            let id = editor.project().annotations[editor.project().annotations.len() / 2]
                .id
                .clone();
            let mut flip = false;
            b.iter(|| {
                flip = !flip;
                let label = if flip { "speculation" } else { "claim" };
                let change = AnnotationChange {
                    label: Some(label.into()),
                    ..Default::default()
                };
                editor
                    .apply(Edit::UpdateAnnotation {
                        id: id.clone(),
                        change,
                    })
                    .expect("relabel");
            })
        });
    }
    group.finish();
}

fn delete_and_undo(c: &mut Criterion) {
    let mut group = c.benchmark_group("delete_and_undo");
    for case in common::SMALL_AND_LARGE {
        let name = common::CASES[case].0;
        group.bench_function(BenchmarkId::from_parameter(name), |b| {
            let (mut editor, _) = setup(case);
            let id = editor.project().annotations[editor.project().annotations.len() / 2]
                .id
                .clone();
            b.iter(|| {
                editor
                    .apply(Edit::RemoveAnnotation(id.clone()))
                    .expect("delete");
                assert!(editor.undo().is_some());
            })
        });
    }
    group.finish();
}

/// What opening a project adds for the editor's id index (built once per project,
/// then kept up to date by each edit).
fn index_build(c: &mut Criterion) {
    let mut group = c.benchmark_group("index_build");
    for case in common::SMALL_AND_LARGE {
        let name = common::CASES[case].0;
        let annotations = &common::project(case).annotations;
        group.bench_function(BenchmarkId::from_parameter(name), |b| {
            b.iter(|| AnnotationIndex::build(annotations))
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::quick();
    targets = tag_selection, tag_and_undo, relabel, delete_and_undo, index_build
}
criterion_main!(benches);
