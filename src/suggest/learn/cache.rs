//! The trained model kept beside its project as `NAME.model.ron`: a cache, not
//! part of the project. It is derived data (retraining gives it back), it would
//! change on every decision and make the project file's diffs noisy for a team
//! working through git, and the project format stays as it is. Written through
//! the store's atomic write; used only when its key is the hash of the project's
//! training data now, else retrained.

use std::path::{Path, PathBuf};

use super::LearnError;
use super::model::LearnedModel;
use super::train::training_key;
use crate::model::Project;
use crate::store::write_atomic_with;
use crate::suggest::RuleSet;
use crate::task::Progress;

/// `NAME.model.ron` beside `project_path` (`NAME.ron`).
pub fn cache_path(project_path: &Path) -> PathBuf {
    let stem = project_path
        .file_stem()
        .map(|s| s.to_string_lossy().into_owned())
        .unwrap_or_else(|| "project".into());
    project_path.with_file_name(format!("{stem}.model.ron"))
}

/// The model saved at `path` if it was trained on `project` as it is now
/// (with the built-in rules' cues).
pub fn load_cached(path: &Path, project: &Project) -> Option<LearnedModel> {
    load_cached_with_rules(path, project, &RuleSet::builtin())
}

/// The model saved at `path` if it was trained on `project` as it is now with
/// the cues of `rules` (the rules in use).
pub fn load_cached_with_rules(
    path: &Path,
    project: &Project,
    rules: &RuleSet,
) -> Option<LearnedModel> {
    let text = std::fs::read_to_string(path).ok()?;
    let registry = project.source_registry().into_owned();
    let model = LearnedModel::from_ron_with_rules(&text, rules, registry).ok()?;
    (model.key == training_key(project, None)).then_some(model)
}

/// Writes `model` to `path` atomically (no backup: it is a cache).
pub fn save_cached(path: &Path, model: &LearnedModel) -> Result<(), LearnError> {
    write_atomic_with(path, model.to_ron().as_bytes(), false)
        .map_err(|e| LearnError::Cache(e.to_string()))
}

/// The model for `project` (saved at `project_path`, if it has one): the cached
/// one when it is current, else trained now and cached (a cache that cannot be
/// written is only a slower next start, so that failure is ignored). Cues read
/// with the built-in rules.
pub fn load_or_train(
    project: &Project,
    project_path: Option<&Path>,
    progress: &Progress,
) -> Result<LearnedModel, LearnError> {
    load_or_train_with_rules(project, &RuleSet::builtin(), project_path, progress)
}

/// [`load_or_train`] with the cues of `rules` (the rules in use): a cached model
/// trained with other rules is trained again.
pub fn load_or_train_with_rules(
    project: &Project,
    rules: &RuleSet,
    project_path: Option<&Path>,
    progress: &Progress,
) -> Result<LearnedModel, LearnError> {
    let cache = project_path.map(cache_path);
    if let Some(m) = (cache.as_deref()).and_then(|p| load_cached_with_rules(p, project, rules)) {
        return Ok(m);
    }
    let model = LearnedModel::train_with_rules(project, rules, None, progress)?;
    if let Some(p) = &cache {
        let _ = save_cached(p, &model);
    }
    Ok(model)
}
