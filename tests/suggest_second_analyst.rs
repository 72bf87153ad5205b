//! A second analyst's reading of fresh9 (`tests/fixtures/suggest/fresh9b/`,
//! sixteenth session): the same eight articles annotated by a helper who saw
//! neither the first analyst's markup nor the rules, from the same guidelines.
//! It measures how far two careful people agree, so the rules' figures can be
//! read against it (`cargo test --test suggest_second_analyst -- --nocapture`
//! prints both). README's "Two analysts" figures come from here.

mod suggest_support;

use marginalia::model::{Project, SourceRegistry};
use marginalia::suggest::eval::{Evaluation, Strictness, evaluate};
use marginalia::suggest::{SuggestScope, Suggestion, suggest_project_raw};
use suggest_support::{build_project, suggester_for};

/// `project`'s annotations as suggestions, per document, so one analyst can be
/// scored against another by the same program as the rules.
fn as_suggestions(project: &Project) -> Vec<(String, Vec<Suggestion>)> {
    (project.documents.iter())
        .map(|d| {
            let spans = (project.annotations.iter())
                .filter(|a| a.doc == d.id)
                .map(|a| Suggestion {
                    doc: a.doc.clone(),
                    start: a.start,
                    end: a.end,
                    label: a.label.clone(),
                    source: a.source.clone(),
                    rule: "second analyst".into(),
                    score: 1.0,
                    why: String::new(),
                    quote: a.quote.clone(),
                })
                .collect();
            (d.id.clone(), spans)
        })
        .collect()
}

/// (precision, recall) of `label` at `strictness`.
fn pr(e: &Evaluation, label: &str, strictness: Strictness) -> (f64, f64) {
    let s = e.labels.iter().find(|x| x.label == label).expect("label");
    let s = s.at(strictness);
    (s.precision, s.recall)
}

fn print(name: &str, e: &Evaluation) {
    println!("{name}");
    for s in &e.labels {
        for strictness in [Strictness::Overlap, Strictness::Iou] {
            let x = s.at(strictness);
            println!(
                "  {:<12} {:<8} P {:.2} R {:.2} F1 {:.2}",
                s.label,
                strictness.name(),
                x.precision,
                x.recall,
                x.f1
            );
        }
    }
}

#[test]
fn the_second_reading_is_of_the_same_text() {
    let first = build_project("fresh9");
    let second = build_project("fresh9b");
    assert_eq!(first.documents.len(), second.documents.len());
    for (a, b) in first.documents.iter().zip(&second.documents) {
        assert_eq!((&a.id, &a.text), (&b.id, &b.text));
    }
    assert_eq!(second.annotations.len(), 403);
}

#[test]
fn two_analysts_and_the_rules() {
    let first = build_project("fresh9");
    let second = build_project("fresh9b");
    let registry = SourceRegistry::builtin();
    let humans = evaluate(&first, &as_suggestions(&second), &registry, &[]);
    let rules = suggest_project_raw(&suggester_for("fresh9"), &first, &SuggestScope::default());
    let by_rules = evaluate(&first, &rules, &registry, &[]);
    let against_second = evaluate(&second, &rules, &registry, &[]);
    print("second analyst scored against the first:", &humans);
    print("rules scored against the first:", &by_rules);
    print("rules scored against the second:", &against_second);

    // The two people find the same spans …
    let (p, r) = pr(&humans, "claim", Strictness::Iou);
    assert!(p > 0.85 && r > 0.85, "claim {p} {r}");
    let (p, r) = pr(&humans, "speculation", Strictness::Iou);
    assert!(p > 0.85 && r > 0.85, "speculation {p} {r}");
    // … but name the same speaker alike under half the time: the second
    // filed ministries, the weather agency and both coast guards under their
    // countries' officials, and named experts and lawmakers by their names.
    let (p, r) = pr(&humans, "attribution", Strictness::Overlap);
    assert!(p < 0.55 && r < 0.55, "attribution {p} {r}");
    // The rules agree with the first analyst on sources at least as often as
    // the second analyst does.
    let (rp, rr) = pr(&by_rules, "attribution", Strictness::Overlap);
    assert!(
        rp >= p && rr >= r,
        "rules {rp} {rr}, second analyst {p} {r}"
    );
}
