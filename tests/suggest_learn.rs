//! The learned suggestions (issue 20) from outside the library: on random
//! news-like text (Korean, emoji, combining accents, CRLF) their offsets are
//! exact and none covers a span the analyst rejected; an accepted one is an
//! ordinary annotation; and the model's figures held out — trained on the tuning
//! sample, scored on the held-out one — are printed
//! (`cargo test --test suggest_learn -- --nocapture`).

use std::path::Path;
use std::sync::LazyLock;

use marginalia::model::{Project, RejectedSpan};
use marginalia::store::load_project;
use marginalia::suggest::accept::accept_edit;
use marginalia::suggest::eval::{Strictness, evaluate};
use marginalia::suggest::learn::{LearnedModel, suggest_document};
use marginalia::task::Progress;
use proptest::prelude::*;

mod common;
mod suggest_support;
use suggest_support::texts::text;

fn fixture(name: &str) -> Project {
    let path = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/suggest")
        .join(name);
    load_project(&path).expect("fixture reads")
}

/// Trained once on the tuning sample.
static MODEL: LazyLock<(Project, LearnedModel)> = LazyLock::new(|| {
    let tune = fixture("tune.ron");
    let model = LearnedModel::train(&tune, None, &Progress::new()).expect("trains");
    (tune, model)
});

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn learned_suggestions_have_exact_offsets_and_avoid_rejected_spans(
        text in text(),
        cuts in prop::collection::vec((0usize..400, 1usize..60), 0..4),
    ) {
        let (tune, model) = &*MODEL;
        let mut p = tune.clone();
        p.documents.push(marginalia::model::Document::new("x", "x", text.as_str()));
        let chars: Vec<char> = text.chars().collect();
        for s in model.suggest_text(&text) {
            prop_assert_eq!(chars[s.start..s.end].iter().collect::<String>(), s.quote);
        }
        let n = chars.len();
        for (start, len) in cuts {
            let start = start % n.max(1);
            p.rejected.push(RejectedSpan {
                doc: "x".into(),
                start,
                end: (start + len).min(n),
                label: None,
                rule: None,
            });
        }
        for s in suggest_document(model, &p, "x") {
            for r in &p.rejected {
                prop_assert!(!s.overlaps(r.start, r.end), "{:?} covers {:?}", s, r);
            }
        }
    }
}

#[test]
fn an_accepted_learned_suggestion_is_an_ordinary_annotation() {
    let (tune, model) = &*MODEL;
    let held = fixture("heldout.ron");
    let mut p = tune.clone();
    p.documents.push(held.documents[0].clone());
    let id = held.documents[0].id.clone();
    let found = suggest_document(model, &p, &id);
    let first = found.first().expect("a suggestion on held-out text");
    let accepted = accept_edit(&p, &[first], "alice").unwrap().expect("new");
    let mut editor = marginalia::edit::Editor::new(p);
    editor.apply(accepted.edit).expect("applies");
    let a = (editor.project().annotations.iter())
        .find(|a| a.doc == id && a.start == first.start && a.end == first.end)
        .expect("the annotation");
    assert_eq!(
        (a.label.as_str(), a.quote.as_str()),
        (first.label.as_str(), first.quote.as_str())
    );
    assert_eq!(a.author, "alice");
    assert!(
        suggest_document(model, editor.project(), &id)
            .iter()
            .all(|s| !(s.label == first.label && s.overlaps(first.start, first.end)))
    );
}

/// Trained on `tune.ron`, scored on `heldout.ron` (never seen): prints the
/// figures per label at the three strictnesses, and checks the model finds
/// something right there.
#[test]
fn held_out_figures_of_the_model_trained_on_the_tuning_sample() {
    let (_, model) = &*MODEL;
    let held = fixture("heldout.ron");
    let found: Vec<_> = (held.documents.iter())
        .map(|d| {
            let mut s = model.suggest_text(&d.text);
            s.iter_mut().for_each(|x| x.doc = d.id.clone());
            (d.id.clone(), s)
        })
        .collect();
    let e = evaluate(&held, &found, &held.source_registry(), &[]);
    println!(
        "model trained on tune.ron ({} documents), scored on heldout.ron:",
        model.documents
    );
    for l in &e.labels {
        for k in Strictness::ALL {
            let s = l.at(k);
            println!(
                "  {:<12} {:<8} P {:.2} R {:.2} F1 {:.2} ({} suggested, {} gold, {} matched)",
                l.label,
                k.name(),
                s.precision,
                s.recall,
                s.f1,
                s.suggested,
                s.gold,
                s.matched
            );
        }
    }
    let overlap: usize = e.labels.iter().map(|l| l.overlap.matched).sum();
    assert!(overlap > 0, "the model matched nothing held out");
}

/// `marginalia suggest --model --no-rules --eval --json`: the model's fair
/// figures alone (every rule row is "model"), printed; and `--model` in the
/// JSONL output marks its spans with rule "model".
#[test]
fn the_command_line_adds_the_models_fair_suggestions_to_output_and_eval() {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/suggest/tune.ron");
    let path = path.to_str().expect("utf-8 path");
    let out = common::cli::run(&["suggest", path, "--model", "--no-rules", "--eval", "--json"]);
    assert!(out.status.success(), "{}", common::cli::stderr(&out));
    let e: serde_json::Value = serde_json::from_str(&common::cli::stdout(&out)).unwrap();
    let rules = e["rules"].as_array().expect("rules");
    assert!(!rules.is_empty());
    assert!(rules.iter().all(|r| r["rule"] == "model"), "{rules:#?}");
    println!("fair (5-fold) figures of the model on tune.ron:");
    for l in e["labels"].as_array().expect("labels") {
        println!(
            "  {:<12} iou≥0.8 P {:.2} R {:.2} F1 {:.2}",
            l["label"].as_str().unwrap_or(""),
            l["iou"]["precision"].as_f64().unwrap_or(0.0),
            l["iou"]["recall"].as_f64().unwrap_or(0.0),
            l["iou"]["f1"].as_f64().unwrap_or(0.0)
        );
    }
    // The model's spans alone are in the output with --no-rules. With the
    // rules on, tune.ron (what the rules were written from) shows the model's
    // spans cost more than they save beside the rules', so the combination
    // (`suggest::learn::Combiner`) leaves them out: no more spans than the
    // rules' and the model's alone, the rules' among them.
    let count = |flags: &[&str]| {
        let mut args = vec!["suggest", path, "--all"];
        args.extend_from_slice(flags);
        let out = common::cli::run(&args);
        assert!(out.status.success(), "{}", common::cli::stderr(&out));
        let lines = common::cli::stdout(&out);
        let model = lines.matches("\"rule\":\"model\"").count();
        (model, lines.matches("\"rule\":").count() - model)
    };
    let (model_alone, none) = count(&["--model", "--no-rules"]);
    assert!(
        model_alone > 0 && none == 0,
        "the model's spans are in the output"
    );
    let (model, rules) = count(&["--model"]);
    assert!(rules > 0, "and the rules' too");
    assert!(model <= model_alone);
    let (_, rules_alone) = count(&["--no-learn"]);
    assert!(rules <= rules_alone);
}
