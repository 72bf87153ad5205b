//! Errors of review operations.

/// Why a review operation was refused. Each prints as one line.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ReviewError {
    /// No annotation has this id.
    #[error("no annotation with id '{0}'")]
    NoSuchAnnotation(String),
    /// No document has this id.
    #[error("no document with id '{0}'")]
    NoSuchDocument(String),
    /// The decision takes a side that the disagreement does not have.
    #[error("{decision} does not apply to this disagreement ({kind})")]
    NotApplicable {
        /// The decision, in words.
        decision: &'static str,
        /// The kind of disagreement, in words.
        kind: &'static str,
    },
    /// An edited span is empty or outside the text.
    #[error("span {start}..{end} is not inside document '{doc}' ({len} chars) or is empty")]
    BadSpan {
        /// The document.
        doc: String,
        /// Start.
        start: usize,
        /// End.
        end: usize,
        /// Text length in chars.
        len: usize,
    },
    /// An edited span has a label the schema lacks.
    #[error("label '{0}' is not in the schema")]
    UnknownLabel(String),
    /// The curated project could not be saved.
    #[error("{0}")]
    Save(String),
    /// The edit layer refused the change.
    #[error("{0}")]
    Edit(#[from] crate::edit::EditError),
}
