//! Suggestions for a whole article (what the window will compute off the UI
//! thread), small case beside the 10 MB article of the large case; "tag all
//! occurrences" of a span over that article; and the effort replay (`suggest
//! --effort`) of each case's annotations against its suggestions.
//!
//! `cargo bench --bench suggest`.

mod common;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use marginalia::suggest::effort::replay_project;
use marginalia::suggest::{
    Occurrence, SuggestScope, Suggester, occurrences_in_document, suggest_project_raw,
};

fn suggest(c: &mut Criterion) {
    let suggester = Suggester::builtin().expect("built-in rules");
    let mut group = c.benchmark_group("suggest/article");
    for case in common::SMALL_AND_LARGE {
        let (name, _) = common::CASES[case];
        let doc = &common::project(case).documents[0];
        group.bench_function(BenchmarkId::from_parameter(name), |b| {
            b.iter(|| suggester.suggest_text(&doc.text))
        });
    }
    group.finish();

    let mut group = c.benchmark_group("suggest/occurrences");
    let doc = &common::project(3).documents[0];
    let what = Occurrence {
        text: "KCNA".into(),
        label: "attribution".into(),
        source: Some("KCNA".into()),
    };
    group.bench_function(BenchmarkId::from_parameter("large_10m"), |b| {
        b.iter(|| occurrences_in_document(doc, &what, &[]))
    });
    group.finish();
}

fn effort(c: &mut Criterion) {
    let suggester = Suggester::builtin().expect("built-in rules");
    let mut group = c.benchmark_group("suggest/effort");
    for case in common::SMALL_AND_LARGE {
        let (name, _) = common::CASES[case];
        let project = common::project(case);
        let found = suggest_project_raw(&suggester, project, &SuggestScope::default());
        group.bench_function(BenchmarkId::from_parameter(name), |b| {
            b.iter(|| replay_project(project, &found, suggester.registry(), &[]))
        });
    }
    group.finish();
}

fn compile(c: &mut Criterion) {
    c.bench_function("suggest/compile_rules", |b| {
        b.iter(|| Suggester::builtin().expect("built-in rules"))
    });
}

criterion_group! {
    name = benches;
    config = common::quick();
    targets = suggest, effort, compile
}
criterion_main!(benches);
