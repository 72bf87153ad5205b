//! Agreement between two analysts' projects on the same articles: aligning them
//! (documents matched by text hash) and the pair's figures (span F1, kappa, alpha),
//! small case beside large case.
//!
//! `cargo bench --bench agree`.

mod common;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use marginalia::model::Project;
use marginalia::review::{Corpus, pair_agreement};

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

criterion_group! {
    name = benches;
    config = common::quick();
    targets = agree
}
criterion_main!(benches);
