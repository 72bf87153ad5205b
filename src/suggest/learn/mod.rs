//! Suggestions that learn from the analyst (issue 20): a sequence tagger trained
//! on the project's own annotations, so the spans it suggests have the analyst's
//! boundaries and each accept, reject or correction changes the next ones.
//!
//! - `tokens`: words and punctuation by sentence, with char offsets;
//! - `features`: hashed features per token (word, shape, affixes, neighbours ±2,
//!   place in the sentence, the rules' cue words and the registry's names);
//! - `perceptron`: an averaged perceptron over the hashed features;
//! - `tags`: BIO tags per label (claim, speculation, attribution);
//! - `model`, `train`: [`LearnedModel`] — training, one more pass after a
//!   decision, greedy decoding, attribution sources named through the registry,
//!   saving as RON;
//! - `fair`: each document suggested for by a model trained without it (k-fold);
//! - `cache`: the model saved beside its project, used while current;
//! - `combine`: rules and model combined by what the annotated documents show;
//!   `combine_cache`: what the window's combination learned, kept while current;
//! - `scorer`: the model's scores per word type, cached (fast suggestions);
//! - `phrases`: the analyst's annotated phrases suggested again where they recur;
//! - `boundary`, `starts`: the words the analyst adds or cuts at a span's end
//!   and at its start, learned by shape.
//!
//! Hand-written (about 700 lines) rather than a crate: the CRF crates on
//! crates.io are bindings to C (`crfsuite`) or unmaintained, and an averaged
//! perceptron with greedy decoding is small enough to own and test.

mod boundary;
mod cache;
mod combine;
mod combine_cache;
mod date_tail;
mod fair;
mod features;
mod model;
mod perceptron;
mod phrases;
mod scorer;
mod source_names;
mod span_index;
mod starts;
mod tags;
mod tally;
mod tokens;
mod train;
mod validated;
mod viterbi;

pub use cache::{
    cache_path, load_cached, load_cached_with_rules, load_or_train, load_or_train_with_rules,
    save_cached,
};
pub use combine::{Combiner, MIN_CASES, suggest_project_combined};
pub use combine_cache::{LEARNING, LearnedRules, SAMPLE_ANNOTATIONS};
pub use fair::{
    FOLDS, suggest_project_fair, suggest_project_fair_with, suggest_project_fair_with_rules,
};
pub use model::{Decoding, LearnedModel, MODEL_RULE, MODEL_VERSION, rules_key};
pub use phrases::{MIN_PRECISION, PHRASE_RULE, PhraseMemory, REPLACE_PRECISION};
pub use train::{EPOCHS, UPDATE_PASSES, training_key};

use crate::model::Project;
use crate::suggest::{RulesError, Suggestion, keep_new};
use crate::task::Cancelled;

/// `model`'s suggestions for document `doc` of `project` as the analyst sees
/// them: none overlapping a span the analyst rejected or an annotation of the
/// same label (the rules' filter, [`keep_new`]). Empty when there is no such
/// document.
pub fn suggest_document(model: &LearnedModel, project: &Project, doc: &str) -> Vec<Suggestion> {
    let Some(d) = project.document(doc) else {
        return Vec::new();
    };
    let mut found = model.suggest_text(&d.text);
    for s in &mut found {
        s.doc = d.id.clone();
    }
    keep_new(found, project.annotations_of(doc), &project.rejected)
}

/// Why a model could not be trained, read or saved.
#[derive(Debug, thiserror::Error)]
pub enum LearnError {
    /// The rules (whose cue words the model reads) did not compile.
    #[error("the rules the model reads do not compile: {0}")]
    Rules(#[from] RulesError),
    /// A saved model that cannot be read.
    #[error("not a saved suggestion model: {0}")]
    Format(String),
    /// A saved model of another version.
    #[error("a suggestion model of version {0}, this program reads version {MODEL_VERSION}")]
    Version(u32),
    /// The model could not be saved.
    #[error("cannot save the suggestion model: {0}")]
    Cache(String),
    /// A saved model trained with other rules' cues than those in use.
    #[error("a suggestion model trained with other rules")]
    OtherRules,
    /// Training was cancelled.
    #[error("cancelled")]
    Cancelled(#[from] Cancelled),
}

#[cfg(test)]
mod cues_tests;
#[cfg(test)]
mod tests;
