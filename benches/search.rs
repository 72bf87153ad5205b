//! Corpus search on 10,000 generated articles (~20 MB of text, ~100,000
//! annotations): the first screen (first 50 hits) and all hits, for plain,
//! whole-word, regex and restricted queries, next to the same queries on the small
//! case (one 10 kB article). The corpus index (annotations grouped by document) is
//! built once, as the window keeps it; its cost is measured apart.
//!
//! With `MARGINALIA_BENCH_SAVE_CORPUS=PATH` the corpus is also saved there, to time
//! whole `marginalia search` processes on it.

use std::hint::black_box;
use std::ops::ControlFlow;

use criterion::{Criterion, criterion_group, criterion_main};
use marginalia::model::Project;
use marginalia::model::generate::{GenerateSpec, generate_project};
use marginalia::search::{CorpusIndex, Hit, Query, ResultLine, Within};
use marginalia::task::Progress;

/// 10,000 articles of ~2 kB: one main article of the same size and 9,999 short ones.
const CORPUS: GenerateSpec = GenerateSpec {
    main_bytes: 2_000,
    annotations: 10,
    small_articles: 9_999,
    seed: 12,
};

/// The queries measured, by name.
fn queries() -> Vec<(&'static str, Query)> {
    let word = |t: &str| Query {
        whole_word: true,
        ..Query::plain(t)
    };
    let regex = |t: &str| Query {
        regex: true,
        ..Query::plain(t)
    };
    vec![
        ("plain_kcna", Query::plain("kcna")),
        ("plain_korean", Query::plain("조선중앙통신")),
        ("plain_rare", Query::plain("Sinuiju on Tuesday")),
        ("word_the", word("the")),
        ("regex_quoted", regex("“[^”]+”")),
        ("regex_words_ing", regex(r"\b\w+ing\b")),
        (
            "kcna_in_attributions",
            Query {
                within: Within {
                    label: Some("attribution".into()),
                    ..Within::default()
                },
                ..Query::plain("kcna")
            },
        ),
    ]
}

/// Runs `query` over `project`, stopping after `limit` hits.
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
    let small = generate_project(&GenerateSpec::SMALL);
    let corpus = generate_project(&CORPUS);
    let bytes: usize = corpus.documents.iter().map(|d| d.text.len()).sum();
    eprintln!(
        "corpus: {} documents, {} bytes of text, {} annotations",
        corpus.documents.len(),
        bytes,
        corpus.annotations.len()
    );
    // For timing whole `marginalia search` processes on the same corpus.
    if let Some(path) = std::env::var_os("MARGINALIA_BENCH_SAVE_CORPUS") {
        marginalia::store::save_project(std::path::Path::new(&path), &corpus)
            .expect("corpus saved");
    }
    let mut group = c.benchmark_group("search");
    group.sample_size(10);
    group.bench_function("corpus_index_10000_docs", |b| {
        b.iter(|| CorpusIndex::new(black_box(&corpus)))
    });
    for (case, project) in [("small", &small), ("corpus", &corpus)] {
        let index = CorpusIndex::new(project);
        for (name, query) in queries() {
            let all = run(project, &index, &query, usize::MAX).len();
            eprintln!("{case} {name}: {all} hits");
            group.bench_function(format!("{case}/{name}/first_50"), |b| {
                b.iter(|| run(project, &index, black_box(&query), 50))
            });
            group.bench_function(format!("{case}/{name}/all"), |b| {
                b.iter(|| run(project, &index, black_box(&query), usize::MAX))
            });
        }
        // The CLI's work per hit on top of finding it: the result line.
        let query = Query::plain("kcna");
        group.bench_function(format!("{case}/plain_kcna/all_with_lines"), |b| {
            b.iter(|| {
                run(project, &index, &query, usize::MAX)
                    .into_iter()
                    .filter_map(|h| ResultLine::of(project, &index, h, 40))
                    .count()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
