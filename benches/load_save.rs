//! Opening (read + parse + check + offset index) and saving projects of each size.
//!
//! `cargo bench --bench load_save` (all sizes) or `-- large` for one size; `--
//! snapshot` for the clone the window takes before a background save.

mod common;

use std::hint::black_box;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use marginalia::store::{load_project, project_to_ron, save_project};

fn open(c: &mut Criterion) {
    let mut group = c.benchmark_group("open");
    for (case, (name, _)) in common::CASES.iter().enumerate() {
        group.bench_function(BenchmarkId::from_parameter(name), |b| {
            let path = common::project_file(case);
            b.iter(|| {
                let project = load_project(path).expect("load");
                for d in &project.documents {
                    black_box(d.index());
                }
                project
            })
        });
    }
    group.finish();
}

fn save(c: &mut Criterion) {
    let mut group = c.benchmark_group("save");
    for (case, (name, _)) in common::CASES.iter().enumerate() {
        group.bench_function(BenchmarkId::from_parameter(name), |b| {
            let project = common::project(case);
            let path = common::scratch().join(format!("save-{name}.ron"));
            b.iter(|| save_project(&path, project).expect("save"))
        });
    }
    group.finish();
}

fn to_ron(c: &mut Criterion) {
    let mut group = c.benchmark_group("to_ron");
    for case in common::SMALL_AND_LARGE {
        let name = common::CASES[case].0;
        group.bench_function(BenchmarkId::from_parameter(name), |b| {
            let project = common::project(case);
            b.iter(|| project_to_ron(project).expect("serialize"))
        });
    }
    group.finish();
}

/// The snapshot the window takes before saving in the background: a clone of the
/// whole project, on the UI thread.
fn snapshot(c: &mut Criterion) {
    let mut group = c.benchmark_group("snapshot");
    for case in common::SMALL_AND_LARGE {
        let name = common::CASES[case].0;
        group.bench_function(BenchmarkId::from_parameter(name), |b| {
            let project = common::project(case);
            b.iter(|| project.clone())
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::quick();
    targets = open, save, to_ron, snapshot
}
criterion_main!(benches);
