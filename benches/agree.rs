//! Agreement between two analysts' projects on the same articles: aligning them
//! (documents matched by text hash) and the pair's figures (span F1, kappa, alpha),
//! small case beside large case; and the review at scale: many small documents
//! (alignment and figures must stay linear), many annotators (summaries, not a table
//! per pair) and a huge schema (sparse confusion tables).
//!
//! `cargo bench --bench agree` (`-- scale` for the scaling cases only).

mod common;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use marginalia::model::Project;
use marginalia::review::scale_cases::{many_annotators, many_documents, many_labels};
use marginalia::review::{Corpus, pair_agreement, summaries};

fn agree(c: &mut Criterion) {
    let mut group = c.benchmark_group("agree");
    for case in common::SMALL_AND_LARGE {
        let name = common::CASES[case].0;
        group.bench_function(BenchmarkId::from_parameter(name), |b| {
            let (alice, bob) = common::two_analysts(case);
            let inputs: [(&str, &Project); 2] = [("alice.ron", &alice), ("bob.ron", &bob)];
            b.iter(|| {
                let corpus = Corpus::for_review(&inputs);
                pair_agreement(&corpus, "alice", "bob", None).expect("shared documents")
            })
        });
    }
    group.finish();
}

/// Alignment and figures over `n` small documents, for 1,000 and 10 times as many:
/// the time should grow tenfold, not a hundredfold.
fn scale(c: &mut Criterion) {
    let mut group = c.benchmark_group("agree_scale");
    for n in [1_000, 10_000] {
        let (alice, bob) = many_documents(n);
        group.bench_function(BenchmarkId::new("documents", n), |b| {
            let inputs: [(&str, &Project); 2] = [("alice.ron", &alice), ("bob.ron", &bob)];
            b.iter(|| {
                let corpus = Corpus::for_review(&inputs);
                pair_agreement(&corpus, "alice", "bob", None).expect("shared documents")
            })
        });
    }
    for n in [100, 1_000] {
        let crowd = many_annotators(n, 3);
        group.bench_function(BenchmarkId::new("annotators_summary", n), |b| {
            let corpus = Corpus::from_projects(&[("crowd.ron", &crowd)]);
            b.iter(|| summaries(&corpus, None))
        });
    }
    let (alice, bob) = many_labels(20_000, 1_000);
    group.bench_function("labels_20000", |b| {
        let corpus = Corpus::from_projects(&[("alice.ron", &alice), ("bob.ron", &bob)]);
        b.iter(|| pair_agreement(&corpus, "alice", "bob", None).expect("shared documents"))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::quick();
    targets = agree, scale
}
criterion_main!(benches);
