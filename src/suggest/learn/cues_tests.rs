//! The model reads the cues of the rules in use (issue 20): a cue the project's
//! rules file adds is a cue feature, and a model trained with other rules' cues
//! is not taken for current.

use super::features::Cues;
use super::model::Reader;
use super::tokens::{Token, tokenize};
use super::*;
use crate::suggest::RuleSet;
use crate::task::Progress;

/// The project's rules: the built-in ones with "supposably" as a hedge cue.
fn project_rules() -> RuleSet {
    let mut rules = RuleSet::builtin();
    let known = rules.speculation.iter().flat_map(|r| r.cues.iter());
    assert!(!known.into_iter().any(|c| c == "supposably"));
    rules.speculation[0].cues.push("supposably".into());
    rules
}

fn marks(cues: &Cues, text: &str, tokens: &[Token]) -> Vec<u64> {
    let mut marks = Vec::new();
    cues.marks_into(text, tokens, &mut marks);
    marks
}

#[test]
fn a_hedge_cue_of_the_project_rules_is_a_cue_feature_of_the_model() {
    let text = "The missile is supposably new, 조선중앙통신 said 🚀.\r\n";
    let tokens = tokenize(text, &[]).concat();
    let at = (tokens.iter())
        .position(|t| &text[t.byte_start..t.byte_end] == "supposably")
        .expect("the word is a token");
    let registry = crate::model::SourceRegistry::default();
    let builtin = Reader::new(registry.clone()).expect("reads");
    let project = Reader::with_rules(&project_rules(), registry).expect("reads");
    assert_eq!(marks(&builtin.cues, text, &tokens)[at], 0);
    // Bit 0: in a hedge cue; bit 3: starts one.
    assert_eq!(marks(&project.cues, text, &tokens)[at], 1 | 8);
    let others = |m: Vec<u64>| {
        (m.into_iter().enumerate())
            .filter(|&(i, _)| i != at)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        others(marks(&builtin.cues, text, &tokens)),
        others(marks(&project.cues, text, &tokens))
    );
}

#[test]
fn a_model_trained_with_other_rules_cues_is_trained_again() {
    let project = crate::store::parse_project(
        include_str!("../../../tests/fixtures/suggest/tune.ron"),
        std::path::Path::new("tune.ron"),
    )
    .expect("tune.ron reads");
    let rules = project_rules();
    let model =
        LearnedModel::train_with_rules(&project, &rules, None, &Progress::new()).expect("trains");
    assert!(model.reads_cues_of(&rules));
    assert!(!model.reads_cues_of(&RuleSet::builtin()));
    let registry = project.source_registry().into_owned();
    let saved = model.to_ron();
    let back = LearnedModel::from_ron_with_rules(&saved, &rules, registry.clone()).expect("reads");
    assert!(back.reads_cues_of(&rules));
    assert!(matches!(
        LearnedModel::from_ron(&saved, registry),
        Err(LearnError::OtherRules)
    ));
    // The cache beside the project: kept for the rules it was trained with,
    // trained again (and rewritten) for others.
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("p.ron");
    let trained =
        load_or_train_with_rules(&project, &rules, Some(&path), &Progress::new()).expect("trains");
    assert!(trained.reads_cues_of(&rules));
    assert!(load_cached_with_rules(&cache_path(&path), &project, &rules).is_some());
    assert!(load_cached(&cache_path(&path), &project).is_none());
    let builtin = load_or_train(&project, Some(&path), &Progress::new()).expect("trains");
    assert!(builtin.reads_cues_of(&RuleSet::builtin()));
    assert!(load_cached(&cache_path(&path), &project).is_some());
}
