//! The learned suggestions (issue 20): training on a generated project of
//! 10,000 articles (`generate corpus`: ~50 MB of text, 200,000 annotations),
//! learning one document again after a decision (what the window does after an
//! accept, reject or edit; target ≤ 2 s), and the model's suggestions for the
//! large case's 10 MB article (target ≤ 1 s), alone and as the window computes
//! them: the rules and the model (held, current) each on their own thread,
//! combined (`learn/window_article`: what the analyst waits for;
//! `learn/window_article/first`: until the first suggestions, the rules' sent
//! while the model still runs), and with the
//! model off, the window's default (`learn/window_rules`).
//!
//! A whole training on the 10,000 articles is timed once and printed (criterion's
//! ten samples of it would take many minutes); criterion times training on 1,000
//! of them. `cargo bench --bench learn`.

mod common;

use std::hint::black_box;
use std::sync::OnceLock;
use std::time::Instant;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use marginalia::model::Project;
use marginalia::model::generate_corpus::{CorpusSpec, generate_corpus};
use marginalia::suggest::learn::LearnedModel;
use marginalia::suggest::learn::training_key;
use marginalia::task::Progress;
use marginalia::ui::suggestions::worker::{Key, Learning, Request, compute};

/// The 10,000-article project and the model trained on it (timed once, printed).
fn corpus() -> &'static (Project, LearnedModel) {
    static CORPUS: OnceLock<(Project, LearnedModel)> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let project = generate_corpus(&CorpusSpec::CORPUS);
        let bytes: usize = project.documents.iter().map(|d| d.text.len()).sum();
        let started = Instant::now();
        let model = LearnedModel::train(&project, None, &Progress::new()).expect("trains");
        println!(
            "learn: trained on {} articles ({:.1} MB, {} annotations) in {:.2} s",
            project.documents.len(),
            bytes as f64 / 1e6,
            project.annotations.len(),
            started.elapsed().as_secs_f64()
        );
        (project, model)
    })
}

fn train(c: &mut Criterion) {
    let thousand = generate_corpus(&CorpusSpec {
        articles: 1_000,
        ..CorpusSpec::CORPUS
    });
    let mut group = c.benchmark_group("learn/train");
    group.bench_function(BenchmarkId::from_parameter("corpus_1000"), |b| {
        b.iter(|| LearnedModel::train(&thousand, None, &Progress::new()).expect("trains"))
    });
    group.finish();
}

fn update(c: &mut Criterion) {
    let (project, model) = corpus();
    let doc = project.documents[project.documents.len() / 2].id.clone();
    let mut group = c.benchmark_group("learn/after_one_decision");
    group.bench_function(BenchmarkId::from_parameter("corpus_10000"), |b| {
        b.iter_batched(
            || model.clone(),
            |mut m| {
                m.update_document(project, &doc).expect("learns");
                m
            },
            criterion::BatchSize::LargeInput,
        )
    });
    group.finish();
}

fn suggest(c: &mut Criterion) {
    let (_, model) = corpus();
    let mut group = c.benchmark_group("learn/suggest_article");
    for case in common::SMALL_AND_LARGE {
        let (name, _) = common::CASES[case];
        let doc = &common::project(case).documents[0];
        group.bench_function(BenchmarkId::from_parameter(name), |b| {
            b.iter(|| black_box(model.suggest_text(&doc.text)))
        });
    }
    group.finish();
}

fn window_article(c: &mut Criterion) {
    let (_, model) = corpus();
    let mut group = c.benchmark_group("learn/window_article");
    for case in common::SMALL_AND_LARGE {
        let (name, _) = common::CASES[case];
        let project = std::sync::Arc::new(common::project(case).clone());
        // The model the window holds, current for this project: no retraining.
        let mut held = model.clone();
        held.key = training_key(&project, None);
        let held = std::sync::Arc::new(held);
        let doc = project.documents[0].id.clone();
        let request = || {
            let key = Key {
                doc: doc.clone(),
                generation: 0,
                disabled: Vec::new(),
                rules_version: 0,
                rules_on: true,
                model_on: true,
            };
            let rules = std::sync::Arc::new(marginalia::suggest::RuleSet::builtin());
            let mut request = Request::of(&project, key, rules).expect("the document is there");
            request.learning = Some(Learning {
                project: project.clone(),
                model: Some(held.clone()),
                project_path: None,
                progress: Progress::new(),
                gate: None,
            });
            request.project = Some(project.clone());
            request
        };
        group.bench_function(BenchmarkId::from_parameter(name), |b| {
            b.iter(|| black_box(compute(request(), &|_| {})))
        });
        // Until the first suggestions are there to list: the rules' partial
        // result, sent while the model still runs (else the whole result).
        group.bench_function(BenchmarkId::new("first", name), |b| {
            b.iter_custom(|iters| {
                let mut waited = std::time::Duration::ZERO;
                for _ in 0..iters {
                    let started = Instant::now();
                    let first = std::sync::Mutex::new(None);
                    let done = compute(request(), &|_| {
                        let mut f = first.lock().unwrap_or_else(|e| e.into_inner());
                        f.get_or_insert(started.elapsed());
                    });
                    let whole = started.elapsed();
                    black_box(done);
                    let f = first.lock().unwrap_or_else(|e| e.into_inner());
                    waited += f.unwrap_or(whole);
                }
                waited
            })
        });
    }
    group.finish();
}

/// The window's first computation with the model off (its default): the rules
/// on the article and the combination learned from the project's annotated
/// documents (uncached: a new `LearnedRules` each time). `large_10m`: the 10 MB
/// article, suggested for, is the one annotated (100,000 annotations), so it is
/// left out of its own learning; `large_10m_learned`: a short article suggested
/// for beside it, so the 10 MB article is learned from (its sample).
fn window_rules(c: &mut Criterion) {
    let mut group = c.benchmark_group("learn/window_rules");
    let rules = std::sync::Arc::new(marginalia::suggest::RuleSet::builtin());
    let mut cases = Vec::new();
    for case in common::SMALL_AND_LARGE {
        let (name, _) = common::CASES[case];
        let project = common::project(case).clone();
        let doc = project.documents[0].id.clone();
        cases.push((name.to_string(), project, doc));
    }
    let mut beside = common::project(common::SMALL_AND_LARGE[1]).clone();
    let short = common::project(common::SMALL_AND_LARGE[0]).documents[0].clone();
    let doc = format!("{}-beside", short.id);
    (beside.documents).push(marginalia::model::Document::new(
        &doc,
        &short.title,
        &short.text,
    ));
    cases.push(("large_10m_learned".to_string(), beside, doc));
    for (name, project, doc) in cases {
        let project = std::sync::Arc::new(project);
        group.bench_function(BenchmarkId::from_parameter(name), |b| {
            b.iter(|| {
                let key = Key {
                    doc: doc.clone(),
                    generation: 0,
                    disabled: Vec::new(),
                    rules_version: 0,
                    rules_on: true,
                    model_on: false,
                };
                let mut request =
                    Request::of(&project, key, rules.clone()).expect("the document is there");
                request.project = Some(project.clone());
                black_box(compute(request, &|_| {}))
            })
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::quick();
    targets = window_rules, train, update, suggest, window_article
}
criterion_main!(benches);
