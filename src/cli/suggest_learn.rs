//! What `marginalia suggest` learns from the project (issue 20). By default the
//! rules' suggestions are combined with what the project's annotated documents
//! show (`suggest::learn::Combiner`: rules the annotations contradict dropped,
//! the analyst's boundary conventions and source names applied, each document's
//! own annotations left out); `--model` adds the learned model's suggestions,
//! each document's from a model trained without it (k-fold), combined the same
//! way; `--no-rules` leaves the rules' out; `--no-learn` gives the rules' as
//! they are. The same suggestions go to the output, `--eval` and `--effort`.

use clap::Args;
use marginalia::model::Project;
use marginalia::suggest::learn::suggest_project_combined;
use marginalia::suggest::{
    SuggestScope, Suggester, Suggestion, keep_new_per_doc, suggest_project_raw,
};
use marginalia::task::Progress;

/// The flags of `marginalia suggest` for learning.
#[derive(Debug, Clone, Args)]
pub struct LearnFlags {
    /// Add the learned model's suggestions (rule "model"), each document's from a
    /// model trained on the project's other annotated documents.
    #[arg(long)]
    pub model: bool,
    /// Leave the rules' suggestions out (with --model: the model's alone).
    #[arg(long)]
    pub no_rules: bool,
    /// The rules' suggestions as they are, nothing learned from the project's
    /// annotated documents.
    #[arg(long, conflicts_with_all = ["model", "no_rules"])]
    pub no_learn: bool,
}

/// The suggestions per document in `scope` as the flags ask; `only_new` drops
/// what overlaps an annotation of the same label or a rejected span (as the
/// output does without `--all`).
pub fn suggestions(
    flags: &LearnFlags,
    suggester: &Suggester,
    project: &Project,
    scope: &SuggestScope,
    only_new: bool,
) -> anyhow::Result<Vec<(String, Vec<Suggestion>)>> {
    let found = if flags.no_learn {
        suggest_project_raw(suggester, project, scope)
    } else {
        let rules_on = !flags.no_rules;
        let progress = Progress::new();
        suggest_project_combined(suggester, project, scope, rules_on, flags.model, &progress)?
    };
    Ok(if only_new {
        keep_new_per_doc(found, &project.annotations, &project.rejected)
    } else {
        found
    })
}
