//! Why a search could not run.

use crate::model::quoted;

/// A query that cannot run, in one line for the analyst.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SearchError {
    /// The text to look for is empty.
    #[error("the search text is empty")]
    EmptyQuery,
    /// The regular expression does not parse.
    #[error("the regex '{}' does not parse: {reason}", quoted(.pattern))]
    BadRegex {
        /// The pattern as given.
        pattern: String,
        /// What is wrong, in one line.
        reason: String,
    },
    /// The regular expression parses but is too large once compiled.
    #[error("the regex '{}' is too large once compiled (over {limit} bytes)", quoted(.pattern))]
    RegexTooLarge {
        /// The pattern as given.
        pattern: String,
        /// The size limit it went over.
        limit: usize,
    },
    /// A document to search in is not in the project.
    #[error("no document '{}' in the project", quoted(.0))]
    NoSuchDocument(String),
    /// A label to search in is neither in the schema nor used by an annotation.
    #[error("no label '{}' in the project (its labels: {known})", quoted(.label))]
    UnknownLabel {
        /// The label as given.
        label: String,
        /// The project's label ids, comma-separated.
        known: String,
    },
    /// The search was cancelled through its [`crate::task::Progress`].
    #[error("search cancelled")]
    Cancelled,
}

impl From<crate::task::Cancelled> for SearchError {
    fn from(_: crate::task::Cancelled) -> Self {
        SearchError::Cancelled
    }
}
