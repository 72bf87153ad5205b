use std::path::Path;

use super::*;
use crate::model::{Annotation, Document, RejectedSpan, SourceRegistry};
use crate::suggest::Suggestion;
use crate::suggest::eval::{Strictness, evaluate};
use crate::task::Progress;

fn tune() -> Project {
    let text = include_str!("../../../tests/fixtures/suggest/tune.ron");
    crate::store::parse_project(text, Path::new("tune.ron")).expect("tune.ron reads")
}

/// A project of `texts`, each sentence of the form "X fired Y, KCNA said." tagged
/// as a claim and an attribution.
fn tagged(texts: &[&str]) -> Project {
    let mut p = Project::new("t");
    for (i, text) in texts.iter().enumerate() {
        let id = format!("d{i}");
        p.documents.push(Document::new(&id, &id, *text));
        let chars: Vec<char> = text.chars().collect();
        let find = |needle: &str| {
            let b = text.find(needle).expect("needle");
            let s = text[..b].chars().count();
            (s, s + needle.chars().count())
        };
        let quote = |(s, e): (usize, usize)| chars[s..e].iter().collect::<String>();
        for (needle, label) in [("KCNA said", "attribution"), ("fired", "claim")] {
            if text.contains(needle) {
                let span = if label == "claim" {
                    (0, find(",").0)
                } else {
                    find(needle)
                };
                let mut a = Annotation::new(&id, span.0, span.1, quote(span), label, "a");
                if label == "attribution" {
                    a = a.with_source("KCNA");
                }
                p.annotations.push(a);
            }
        }
    }
    p
}

#[test]
fn an_untrained_model_suggests_nothing_and_a_trained_one_learns_the_pattern() {
    let p = tagged(&[
        "The North fired two missiles, KCNA said. It rained.",
        "Pyongyang fired a rocket, KCNA said.",
        "The army fired shells, KCNA said. Nothing else happened.",
    ]);
    let untrained = LearnedModel::untrained(SourceRegistry::builtin()).unwrap();
    assert!(
        untrained
            .suggest_text("Seoul fired a drone, KCNA said.")
            .is_empty()
    );
    let model = LearnedModel::train(&p, None, &Progress::new()).unwrap();
    let found = model.suggest_text("Seoul fired a drone, KCNA said.");
    let attribution = (found.iter().find(|s| s.label == "attribution"))
        .unwrap_or_else(|| panic!("an attribution in {found:?}"));
    assert_eq!(attribution.quote, "KCNA said");
    assert_eq!(attribution.source.as_deref(), Some("KCNA"));
    assert_eq!(attribution.rule, MODEL_RULE);
    assert!(attribution.score > 0.0 && attribution.score <= 1.0);
    assert!(
        found
            .iter()
            .any(|s| s.label == "claim" && s.quote == "Seoul fired a drone")
    );
}

#[test]
fn training_is_deterministic_and_the_saved_model_suggests_the_same() {
    let p = tune();
    let a = LearnedModel::train(&p, None, &Progress::new()).unwrap();
    let b = LearnedModel::train(&p, None, &Progress::new()).unwrap();
    assert_eq!(a.to_ron(), b.to_ron());
    let back = LearnedModel::from_ron(&a.to_ron(), SourceRegistry::builtin()).unwrap();
    let text = &p.documents[0].text;
    assert_eq!(back.suggest_text(text), a.suggest_text(text));
    assert_eq!(back.key, training_key(&p, None));
    assert!(matches!(
        LearnedModel::from_ron("nonsense", SourceRegistry::builtin()),
        Err(LearnError::Format(_))
    ));
    let other = a.to_ron().replacen("version:1", "version:99", 1);
    assert!(matches!(
        LearnedModel::from_ron(&other, SourceRegistry::builtin()),
        Err(LearnError::Version(99))
    ));
}

#[test]
fn offsets_are_exact_on_korean_emoji_combining_accents_and_crlf() {
    // One tagged sentence per document (the helper tags the first occurrence).
    let texts = [
        "조선중앙통신 fired 🚀 missiles, KCNA said.\r\n",
        "The e\u{301}lite fired again, KCNA said.\r\n",
        "“Kim” fired 💥 twice, KCNA said.\r\n\r\n",
    ];
    let p = tagged(&texts);
    let model = LearnedModel::train(&p, None, &Progress::new()).unwrap();
    let probe = "平壤 fired 🎯 rockets, KCNA said.\r\nCafe\u{301} fired, KCNA said.";
    let found = model.suggest_text(probe);
    assert!(!found.is_empty());
    let chars: Vec<char> = probe.chars().collect();
    for s in found {
        assert_eq!(chars[s.start..s.end].iter().collect::<String>(), s.quote);
    }
}

#[test]
fn an_accepted_decision_changes_the_next_suggestions_after_one_update() {
    let mut p = tagged(&["The North fired two missiles, KCNA said."]);
    let mut model = LearnedModel::train(&p, None, &Progress::new()).unwrap();
    let text = "Officials warned of floods, Yonhap reported.";
    p.documents.push(Document::new("new", "new", text));
    let before = model.suggest_text(text);
    let span = (text.find("Yonhap").unwrap(), text.len() - 1);
    p.annotations.push(
        Annotation::new(
            "new",
            span.0,
            span.1,
            &text[span.0..span.1],
            "attribution",
            "a",
        )
        .with_source("Yonhap"),
    );
    model.update_document(&p, "new").unwrap();
    let after = model.suggest_text(text);
    assert_ne!(before, after);
    assert!(
        after.iter().any(|s| s.quote == "Yonhap reported"),
        "{after:?}"
    );
    assert_eq!(model.key, training_key(&p, None));
    // Undone: the document no longer teaches anything, and the model is what a
    // training without it gives.
    p.annotations.pop();
    model.update_document(&p, "new").unwrap();
    let fresh = LearnedModel::train(&p, None, &Progress::new()).unwrap();
    assert_eq!(model.to_ron(), fresh.to_ron());
}

#[test]
fn a_rejected_span_is_never_suggested_and_annotations_are_not_repeated() {
    let p = tagged(&[
        "The North fired two missiles, KCNA said.",
        "Pyongyang fired a rocket, KCNA said.",
    ]);
    let model = LearnedModel::train(&p, None, &Progress::new()).unwrap();
    let mut q = p.clone();
    let text = "Seoul fired a drone, KCNA said. Tokyo fired nothing, KCNA said.";
    q.documents.push(Document::new("n", "n", text));
    let all = suggest_document(&model, &q, "n");
    let first = all.first().expect("suggestions").clone();
    q.rejected.push(RejectedSpan {
        doc: "n".into(),
        start: first.start,
        end: first.end,
        label: None,
        rule: Some(MODEL_RULE.into()),
    });
    let kept = suggest_document(&model, &q, "n");
    assert!(kept.iter().all(|s| !s.overlaps(first.start, first.end)));
    assert_eq!(kept.len() + 1, all.len());
    assert!(suggest_document(&model, &q, "d0").is_empty(), "all tagged");
    assert!(suggest_document(&model, &q, "missing").is_empty());
}

/// The learning check of issue 20 at the library's level: trained on half of
/// the tuning sample, the model does better on the other half (F1 at IoU ≥ 0.8)
/// than a model trained on nothing.
#[test]
fn a_model_trained_on_half_the_sample_beats_no_training_on_the_other_half() {
    let p = tune();
    let half: Vec<String> = (p.documents.iter().step_by(2))
        .map(|d| d.id.clone())
        .collect();
    let mut train_on = p.clone();
    train_on.annotations.retain(|a| half.contains(&a.doc));
    let trained = LearnedModel::train(&train_on, None, &Progress::new()).unwrap();
    let untrained = LearnedModel::untrained(SourceRegistry::builtin()).unwrap();
    let f1 = |m: &LearnedModel| {
        let found: Vec<(String, Vec<crate::suggest::Suggestion>)> = (p.documents.iter())
            .filter(|d| !half.contains(&d.id))
            .map(|d| {
                let mut s = m.suggest_text(&d.text);
                s.iter_mut().for_each(|x| x.doc = d.id.clone());
                (d.id.clone(), s)
            })
            .collect();
        let e = evaluate(&p, &found, &SourceRegistry::builtin(), &[]);
        let (mut matched, mut suggested, mut gold) = (0, 0, 0);
        for l in &e.labels {
            let s = l.at(Strictness::Iou);
            (matched, suggested, gold) =
                (matched + s.matched, suggested + s.suggested, gold + s.gold);
        }
        2.0 * matched as f64 / (suggested + gold).max(1) as f64
    };
    let (with, without) = (f1(&trained), f1(&untrained));
    assert!(
        with > without + 0.1,
        "trained {with:.2}, untrained {without:.2}"
    );
}

#[test]
fn fair_suggestions_never_come_from_a_model_that_saw_the_document() {
    let p = tagged(&[
        "The North fired two missiles, KCNA said.",
        "Pyongyang fired a rocket, KCNA said.",
    ]);
    // With two annotated documents, each is suggested for by a model trained on
    // the other alone; a copy of the first document's text with its annotations
    // elsewhere changes nothing for it.
    let fair = suggest_project_fair(&p, &Progress::new()).unwrap();
    assert_eq!(fair.len(), 2);
    let only_second = {
        let mut q = p.clone();
        q.annotations.retain(|a| a.doc == "d1");
        LearnedModel::train(&q, None, &Progress::new()).unwrap()
    };
    let mut expected = only_second.suggest_text(&p.documents[0].text);
    expected.iter_mut().for_each(|s| s.doc = "d0".into());
    assert_eq!(fair[0].1, expected);
    let cancelled = Progress::new();
    cancelled.cancel();
    assert!(matches!(
        suggest_project_fair(&p, &cancelled),
        Err(LearnError::Cancelled(_))
    ));
}

#[test]
fn the_cache_is_used_while_current_and_ignored_once_stale() {
    let dir = tempfile::tempdir().unwrap();
    let project_path = dir.path().join("work.ron");
    assert_eq!(cache_path(&project_path), dir.path().join("work.model.ron"));
    let mut p = tagged(&["The North fired two missiles, KCNA said."]);
    let model = load_or_train(&p, Some(&project_path), &Progress::new()).unwrap();
    let cached = load_cached(&cache_path(&project_path), &p).expect("written and current");
    assert_eq!(cached.to_ron(), model.to_ron());
    p.annotations.pop();
    assert!(
        load_cached(&cache_path(&project_path), &p).is_none(),
        "stale"
    );
}

/// A suggestion of `label` by `rule` over chars `[start, end)` of `text`.
fn suggested(
    doc: &str,
    text: &str,
    start: usize,
    end: usize,
    label: &str,
    rule: &str,
) -> Suggestion {
    Suggestion {
        doc: doc.into(),
        start,
        end,
        label: label.into(),
        source: (label == "attribution").then(|| "officials".into()),
        rule: rule.into(),
        score: 0.5,
        why: String::new(),
        quote: text.chars().skip(start).take(end - start).collect(),
    }
}

#[test]
fn the_combination_drops_a_contradicted_rule_and_follows_the_analysts_boundaries() {
    let text = "관리 Officials said on Monday that it rained 🌧.";
    let said = (3, 17); // "Officials said"
    let with_day = 27; // "… said on Monday"
    let bad = (33, 43); // "it rained " — a claim the analyst never takes
    let mut p = Project::new("t");
    let (mut rules, mut other) = (Vec::new(), Vec::new());
    // Six annotated documents: with one left out, the five others' cost is
    // not chance (the sign test, `validated`).
    for i in 0..7 {
        let id = format!("d{i}");
        p.documents.push(Document::new(&id, &id, text));
        let found = vec![
            suggested(&id, text, said.0, said.1, "attribution", "said"),
            suggested(&id, text, bad.0, bad.1, "claim", "bad"),
        ];
        if i < 6 {
            let quote: String = text.chars().skip(said.0).take(with_day - said.0).collect();
            p.annotations.push(
                Annotation::new(&id, said.0, with_day, &quote, "attribution", "mina")
                    .with_source("officials"),
            );
            rules.push((id, found));
        } else {
            other = found;
        }
    }
    let registry = SourceRegistry::builtin();
    let c = Combiner::learn(&p, &rules, &[], &registry);
    for doc in ["d6", "d0"] {
        let found = c.combine(doc, text, other.clone(), Vec::new());
        assert_eq!(found.len(), 1, "{doc}: {found:?}");
        assert_eq!((found[0].start, found[0].end), (said.0, with_day), "{doc}");
        assert_eq!(found[0].quote, "Officials said on Monday");
    }
    let nothing = Combiner::learn(&Project::new("none"), &[], &[], &registry);
    assert_eq!(
        nothing.combine("d6", text, other.clone(), Vec::new()),
        other
    );
}
