//! Spans the analyst refused as suggestions, saved in the project (format 4).

use serde::{Deserialize, Serialize};

/// A span the analyst rejected as a suggestion: nothing overlapping it is
/// suggested again (whatever its label, unless `label` names one).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct RejectedSpan {
    /// The document's id.
    pub doc: String,
    /// First char.
    pub start: usize,
    /// One past the last char.
    pub end: usize,
    /// Only suggestions of this label are kept away (all labels when `None`).
    #[serde(default)]
    pub label: Option<String>,
    /// The rule whose suggestion was rejected, for the record.
    #[serde(default)]
    pub rule: Option<String>,
}

/// The union of several lists of rejected spans, each span once, sorted.
pub fn union_rejected<'a>(
    lists: impl IntoIterator<Item = &'a [RejectedSpan]>,
) -> Vec<RejectedSpan> {
    let set: std::collections::BTreeSet<&RejectedSpan> = lists.into_iter().flatten().collect();
    set.into_iter().cloned().collect()
}
