//! Suggestions scored the fair way: each document's from a model that never saw
//! it. The documents the model learns from are cut into [`FOLDS`] folds; each
//! fold is suggested for by a model trained on the others (k-fold, so a project
//! costs `FOLDS + 1` trainings, not one per document). Documents without
//! annotations get a model trained on every annotated one.

use super::LearnError;
use super::model::{Decoding, LearnedModel, Reader};
use super::train::{Example, train_examples, training_documents, training_key};
use crate::model::Project;
use crate::suggest::{RuleSet, Suggestion};
use crate::task::Progress;

/// How many folds the annotated documents are cut into.
pub const FOLDS: usize = 5;

/// Per document of `project` (in project order), the suggestions of a model
/// trained without it, `doc` filled in. Nothing is filtered against the
/// project's annotations or rejections (what [`crate::suggest::eval`] compares).
pub fn suggest_project_fair(
    project: &Project,
    progress: &Progress,
) -> Result<Vec<(String, Vec<Suggestion>)>, LearnError> {
    suggest_project_fair_with(project, progress, Decoding::default())
}

/// [`suggest_project_fair`] with the models reading the cues of `rules` (the
/// rules in use: the project's rules file when it has one).
pub fn suggest_project_fair_with_rules(
    project: &Project,
    rules: &RuleSet,
    progress: &Progress,
) -> Result<Vec<(String, Vec<Suggestion>)>, LearnError> {
    let reader = Reader::with_rules(rules, project.source_registry().into_owned())?;
    fair(project, reader, progress, Decoding::default())
}

/// [`suggest_project_fair`] with the models decoding by `decoding` (to compare
/// decodings on the same folds).
pub fn suggest_project_fair_with(
    project: &Project,
    progress: &Progress,
    decoding: Decoding,
) -> Result<Vec<(String, Vec<Suggestion>)>, LearnError> {
    let reader = Reader::new(project.source_registry().into_owned())?;
    fair(project, reader, progress, decoding)
}

fn fair(
    project: &Project,
    reader: Reader,
    progress: &Progress,
    decoding: Decoding,
) -> Result<Vec<(String, Vec<Suggestion>)>, LearnError> {
    let examples = training_documents(project, None);
    let folds = FOLDS.min(examples.len()).max(1);
    let index: std::collections::HashMap<&str, usize> = (examples.iter().enumerate())
        .map(|(i, e)| (e.doc.id.as_str(), i))
        .collect();
    let fold_of = |doc: &str| index.get(doc).map(|i| i % folds);
    let mut models: Vec<Option<LearnedModel>> = (0..=folds).map(|_| None).collect();
    let mut out = Vec::with_capacity(project.documents.len());
    for d in &project.documents {
        progress.check()?;
        let k = fold_of(&d.id).unwrap_or(folds);
        if models[k].is_none() {
            let rest: Vec<Example> = (examples.iter().enumerate())
                .filter(|(i, _)| k == folds || i % folds != k)
                .map(|(_, e)| e.clone())
                .collect();
            let key = training_key(project, None) ^ (k as u64 + 1);
            let mut model = train_examples(reader.clone(), &rest, key, progress)?;
            model.decoding = decoding;
            models[k] = Some(model);
        }
        let Some(model) = &models[k] else { continue };
        let mut found = model.suggest_text(&d.text);
        for s in &mut found {
            s.doc = d.id.clone();
        }
        out.push((d.id.clone(), found));
    }
    Ok(out)
}
