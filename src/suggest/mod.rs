//! Suggestions: spans a rule proposes for the analyst to accept or reject —
//! attributions with their source, speculation with its scope, claims — each with
//! the rule that made it, its score and the cue that fired ("why").
//!
//! Pure functions over text: no window, no files. The rules are data
//! ([`RuleSet`], RON, default `assets/suggest_rules.ron`); lexicons run on
//! `aho-corasick`, patterns on `regex`, sentences on `unicode-segmentation`
//! (with a faster reading of common characters, checked against it).
//! Offsets are chars, end exclusive, like every offset of the model.

pub mod accept;
mod agent_noun;
mod body_heads;
mod body_mentions;
mod bracket_opens;
mod calendar;
mod char_end;
mod company;
mod coreference;
mod day_month_end;
pub mod effort;
mod emoji_break;
mod engine;
pub mod eval;
mod figure_start;
mod filter;
mod finders;
mod heading_body;
mod introduced_acronyms;
pub mod jsonl;
pub mod learn;
mod letters;
mod lexicon;
mod lexicon_set;
mod lower;
mod noun_phrase;
mod occurrences;
pub mod project_rules;
pub mod rules;
mod sentence_bounds;
mod sentences;

pub use engine::{SUGGESTING, Suggester};
pub use filter::{OverlapIndex, RejectedSpan, keep_new, keep_new_per_doc, keep_new_spans};
pub use occurrences::{
    OCCURRENCE_RULE, Occurrence, occurrences_in_document, occurrences_in_project,
};
pub use rules::{RuleSet, RulesError};

use serde::Serialize;

use crate::model::Project;

/// The label id of claims.
pub const CLAIM: &str = "claim";
/// The label id of speculation.
pub const SPECULATION: &str = "speculation";
/// The label id of attributions.
pub const ATTRIBUTION: &str = "attribution";

/// One suggested span.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Suggestion {
    /// The document's id (empty for a bare text).
    pub doc: String,
    /// First char.
    pub start: usize,
    /// One past the last char.
    pub end: usize,
    /// The label id (`claim`, `speculation`, `attribution`).
    pub label: String,
    /// For attributions: the source, normalised through the registry.
    pub source: Option<String>,
    /// The id of the rule that made it.
    pub rule: String,
    /// The rule's score (its measured precision, or a prior).
    pub score: f32,
    /// The cue that fired, for people.
    pub why: String,
    /// The covered text, exactly.
    pub quote: String,
}

impl Suggestion {
    /// True when the span shares at least one char with `[start, end)`.
    pub fn overlaps(&self, start: usize, end: usize) -> bool {
        self.start < end && start < self.end
    }
}

/// Which documents and labels to suggest for.
#[derive(Debug, Clone, Default)]
pub struct SuggestScope {
    /// Only these documents (all when `None`).
    pub docs: Option<Vec<String>>,
    /// Only these labels (all when empty).
    pub labels: Vec<String>,
}

impl SuggestScope {
    fn wants_doc(&self, id: &str) -> bool {
        self.docs.as_ref().is_none_or(|d| d.iter().any(|x| x == id))
    }

    fn wants_label(&self, label: &str) -> bool {
        self.labels.is_empty() || self.labels.iter().any(|l| l == label)
    }
}

/// The suggestions for each document of `project` in `scope` (in the project's
/// document order), before any filtering against its annotations: what
/// [`eval`] compares with them.
pub fn suggest_project_raw(
    suggester: &Suggester,
    project: &Project,
    scope: &SuggestScope,
) -> Vec<(String, Vec<Suggestion>)> {
    project
        .documents
        .iter()
        .filter(|d| scope.wants_doc(&d.id))
        .map(|d| {
            let mut found = suggester.suggest_text(&d.text);
            found.retain(|s| scope.wants_label(&s.label));
            for s in &mut found {
                s.doc = d.id.clone();
            }
            (d.id.clone(), found)
        })
        .collect()
}

/// [`suggest_project_raw`] without what the analyst already has or refused: no
/// suggestion overlaps a span in `rejected` or an annotation of the same label.
pub fn suggest_project(
    suggester: &Suggester,
    project: &Project,
    scope: &SuggestScope,
    rejected: &[RejectedSpan],
) -> Vec<(String, Vec<Suggestion>)> {
    let found = suggest_project_raw(suggester, project, scope);
    keep_new_per_doc(found, &project.annotations, rejected)
}

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_sources;
