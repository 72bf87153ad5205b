//! `marginalia suggest --model [--no-rules]` (issue 20): the learned model's
//! suggestions (rule `model`) added to the rules', or alone. Each document's come
//! from a model trained without it (k-fold over the annotated documents; the
//! others from a model trained on all of them), in the output and in `--eval`
//! alike, so the figures are the fair ones.

use std::collections::HashMap;

use clap::Args;
use marginalia::model::Project;
use marginalia::suggest::learn::suggest_project_fair;
use marginalia::suggest::{SuggestScope, Suggestion, keep_new};
use marginalia::task::Progress;

/// The flags of `marginalia suggest` for the learned model.
#[derive(Debug, Clone, Args)]
pub struct LearnFlags {
    /// Add the learned model's suggestions (rule "model"), each document's from a
    /// model trained on the project's other annotated documents.
    #[arg(long)]
    pub model: bool,
    /// Leave the rules' suggestions out (with --model: the model's alone).
    #[arg(long)]
    pub no_rules: bool,
}

/// `found` (the rules' suggestions per document in `scope`) as the flags ask:
/// without the rules' with `--no-rules`, with the model's fair ones with
/// `--model`; `only_new` drops what overlaps an annotation of the same label or
/// a rejected span (as the rules' output does without `--all`).
pub fn apply(
    flags: &LearnFlags,
    project: &Project,
    scope: &SuggestScope,
    mut found: Vec<(String, Vec<Suggestion>)>,
    only_new: bool,
) -> anyhow::Result<Vec<(String, Vec<Suggestion>)>> {
    if flags.no_rules {
        found.iter_mut().for_each(|(_, f)| f.clear());
    }
    if !flags.model {
        return Ok(found);
    }
    let mut learned: HashMap<String, Vec<Suggestion>> =
        suggest_project_fair(project, &Progress::new())?
            .into_iter()
            .collect();
    let wanted = |l: &str| scope.labels.is_empty() || scope.labels.iter().any(|x| x == l);
    for (doc, f) in &mut found {
        let mut mine = learned.remove(doc.as_str()).unwrap_or_default();
        mine.retain(|s| wanted(&s.label));
        if only_new {
            mine = keep_new(mine, project.annotations_of(doc), &project.rejected);
        }
        f.extend(mine);
        f.sort_by(|a, b| (a.start, a.end, &a.label).cmp(&(b.start, b.end, &b.label)));
    }
    Ok(found)
}
