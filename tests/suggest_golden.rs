//! The suggestions on the project's own sample (tests/fixtures/suggest): the
//! expected list for the tune half (`expected-tune.txt`; rewrite with
//! `MARGINALIA_WRITE_SUGGEST_FIXTURES=1`), and the held-out half's figures kept at
//! or above what README reports (its effort at or below).

mod suggest_support;

use marginalia::model::SourceRegistry;
use marginalia::suggest::effort::replay_project;
use marginalia::suggest::eval::{Strictness, evaluate};
use marginalia::suggest::{SuggestScope, suggest_project_raw};
use suggest_support::{build_project, dir, suggester_for};

fn listing(half: &str) -> String {
    let project = build_project(half);
    // tune and heldout were annotated with long names, not bracketed
    // acronyms: `name_by_bracketed_acronym` false (suggester_for).
    let found = suggest_project_raw(&suggester_for(half), &project, &SuggestScope::default());
    let mut out = String::new();
    for (doc, spans) in found {
        for s in spans {
            out.push_str(&format!(
                "{doc} {}-{} {} [{}] {} | {}\n",
                s.start,
                s.end,
                s.label,
                s.source.as_deref().unwrap_or(""),
                s.rule,
                s.quote
            ));
        }
    }
    out
}

#[test]
fn tune_half_suggestions_are_the_expected_ones() {
    let path = dir().join("expected-tune.txt");
    let now = listing("tune");
    if std::env::var_os("MARGINALIA_WRITE_SUGGEST_FIXTURES").is_some() {
        std::fs::write(&path, &now).unwrap();
    }
    let expected = std::fs::read_to_string(&path).expect("expected-tune.txt");
    assert_eq!(
        now, expected,
        "rewrite with MARGINALIA_WRITE_SUGGEST_FIXTURES=1 after checking the change"
    );
}

#[test]
fn held_out_figures_stay_at_least_as_good_as_readme_says() {
    let project = build_project("heldout");
    let suggester = suggester_for("heldout");
    let found = suggest_project_raw(&suggester, &project, &SuggestScope::default());
    let e = evaluate(&project, &found, &SourceRegistry::builtin(), &[]);
    let at =
        |label: &str, s: Strictness| *e.labels.iter().find(|x| x.label == label).unwrap().at(s);
    // (label, strictness, precision floor, recall floor): heldout.ron's figures
    // in README (8 articles, 116 gold spans; tuned on since the eighth session,
    // so no longer held out: tests/suggest_fresh.rs keeps the fresh set's), a
    // little below the measured ones.
    for (label, strictness, p, r) in [
        ("attribution", Strictness::Overlap, 0.90, 0.90),
        // 0.89: heldout's "expect" spans keep the verb in the speculation; the
        // later sets put it in the attribution 10 to 5 (cues29, session 29).
        ("attribution", Strictness::Iou, 0.89, 0.90),
        ("speculation", Strictness::Overlap, 0.85, 0.90),
        ("speculation", Strictness::Iou, 0.85, 0.90),
        ("claim", Strictness::Overlap, 0.90, 0.90),
        ("claim", Strictness::Iou, 0.90, 0.90),
    ] {
        let score = at(label, strictness);
        assert!(
            score.precision >= p && score.recall >= r,
            "{label} {strictness:?}: {score:?}"
        );
    }
}

#[test]
fn held_out_effort_stays_at_most_what_readme_says() {
    let project = build_project("heldout");
    let suggester = suggester_for("heldout");
    let found = suggest_project_raw(&suggester, &project, &SuggestScope::default());
    let r = replay_project(&project, &found, &SourceRegistry::builtin(), &[]);
    // README: 1.12 actions per finished annotation, 2.41 with suggestions off.
    assert_eq!((r.documents, r.total.gold), (8, 116));
    assert_eq!(r.total.baseline_actions, 279);
    assert!(r.total.per_annotation <= 1.15, "{:?}", r.total);
}
