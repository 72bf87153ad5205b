//! The fresh held-out sample (`tests/fixtures/suggest/fresh/`, eighth session):
//! articles written before that session's rule changes, never tuned on. Prints
//! its figures (`cargo test --test suggest_fresh -- --nocapture`) — precision,
//! recall and F1 per label at each strictness from the rules, and the effort with
//! suggestions off, from the rules, and learned from a project holding the tune
//! and heldout gold (the fresh articles unannotated, so nothing is learned from
//! their gold) — and keeps them from falling below README's figures.

mod suggest_support;

use marginalia::model::Project;
use marginalia::model::SourceRegistry;
use marginalia::suggest::effort::{EffortReport, replay_project};
use marginalia::suggest::eval::{Evaluation, Strictness, evaluate};
use marginalia::suggest::learn::suggest_project_combined;
use marginalia::suggest::{SuggestScope, Suggester, Suggestion, suggest_project_raw};
use marginalia::task::Progress;
use suggest_support::build_project;

type Found = Vec<(String, Vec<Suggestion>)>;

/// The rules' suggestions on the fresh articles.
fn rules(fresh: &Project) -> Found {
    let suggester = Suggester::builtin().expect("rules");
    suggest_project_raw(&suggester, fresh, &SuggestScope::default())
}

/// The default `suggest` (rules combined by what the annotated documents
/// teach) on the fresh articles, with tune's and heldout's gold in the project.
fn learned(fresh: &Project) -> Found {
    let mut p = build_project("tune");
    let held = build_project("heldout");
    p.documents.extend(held.documents);
    p.annotations.extend(held.annotations);
    p.documents.extend(fresh.documents.iter().cloned());
    let scope = SuggestScope {
        docs: Some(fresh.documents.iter().map(|d| d.id.clone()).collect()),
        labels: Vec::new(),
    };
    let suggester = Suggester::builtin().expect("rules");
    let found = suggest_project_combined(&suggester, &p, &scope, true, false, &Progress::new())
        .expect("suggests");
    let ids: Vec<&str> = fresh.documents.iter().map(|d| d.id.as_str()).collect();
    found
        .into_iter()
        .filter(|(d, _)| ids.contains(&d.as_str()))
        .collect()
}

fn print_eval(e: &Evaluation) {
    println!("label        match    sugg gold  P    R    F1");
    for s in &e.labels {
        for strictness in Strictness::ALL {
            let x = s.at(strictness);
            println!(
                "{:<12} {:<8} {:>4} {:>4} {:.2} {:.2} {:.2}",
                s.label,
                strictness.name(),
                x.suggested,
                x.gold,
                x.precision,
                x.recall,
                x.f1
            );
        }
    }
}

fn print_effort(name: &str, r: &EffortReport) {
    println!(
        "effort {name}: {:.2} ({} actions / {} gold; suggestions off {:.2})",
        r.total.per_annotation, r.total.actions, r.total.gold, r.total.baseline_per_annotation
    );
    for l in &r.labels {
        println!(
            "  {:<12} {:.2} (off {:.2}) {:?}",
            l.label.as_deref().unwrap_or("all"),
            l.per_annotation,
            l.baseline_per_annotation,
            l.counts
        );
    }
}

#[test]
fn fresh_figures() {
    let fresh = build_project("fresh");
    let registry = SourceRegistry::builtin();
    let found = rules(&fresh);
    let e = evaluate(&fresh, &found, &registry, &[]);
    println!("fresh.ron, the rules ({} articles):", e.documents);
    print_eval(&e);
    let by_rules = replay_project(&fresh, &found, &registry, &[]);
    print_effort("rules", &by_rules);
    let by_learning = replay_project(&fresh, &learned(&fresh), &registry, &[]);
    print_effort("learned from tune+heldout gold", &by_learning);
    assert_eq!(by_rules.total.gold, 89);
    // README's fresh table after the eighth session's rules, a little below:
    // (label, strictness, precision floor, recall floor).
    for (label, strictness, p, r) in [
        ("attribution", Strictness::Overlap, 0.85, 0.85),
        ("attribution", Strictness::Iou, 0.78, 0.78),
        ("claim", Strictness::Iou, 0.90, 0.85),
        ("speculation", Strictness::Iou, 0.95, 0.95),
    ] {
        let s = e.labels.iter().find(|x| x.label == label).expect("label");
        let s = s.at(strictness);
        assert!(
            s.precision >= p && s.recall >= r,
            "{label} {strictness:?}: {s:?}"
        );
    }
    assert!(
        by_rules.total.per_annotation <= 1.30,
        "{:?}",
        by_rules.total
    );
    assert!(
        by_learning.total.per_annotation <= 1.30,
        "{:?}",
        by_learning.total
    );
}
