//! Search across a project's documents: plain text, whole words or a regular
//! expression, case-sensitive or not, optionally only inside annotations of a label,
//! source or author, optionally only in some documents.
//!
//! - [`Query`] says what to look for; [`Query::compile`] checks it once
//!   ([`CompiledQuery`]), refusing an empty text or a regex that does not parse.
//! - [`CorpusIndex`] groups the annotations by document, once per project version
//!   (the window keeps it between searches).
//! - [`CompiledQuery::run`] walks the documents in project order and hands each
//!   [`Hit`] (document position, char offsets) to a callback that can stop it (a
//!   first screen of 50 hits stops early), reporting progress and honouring cancel
//!   through [`crate::task::Progress`]. [`search`] collects them.
//! - [`ResultLine`] is what a person (or `--json`) sees for one hit: document id,
//!   offsets, matched text, keyword-in-context on one line, labels of the
//!   annotations there.
//! - [`SearchSession`] is the window panel's state without egui: query, hits,
//!   selected hit, next and previous.
//! - [`DocumentFacts`] and [`table_rows`] are the documents table: figures per
//!   document, filters and sorting; [`TextMatches`] its "text contains" filter,
//!   [`FilterScan`] that filter searched a slice at a time (the window's frames).
//! - [`tag_hits`] turns chosen hits into one undoable [`crate::edit::Edit`].
//!
//! Offsets are chars (Unicode scalar values), end exclusive, as everywhere in
//! Marginalia. A hit always covers at least one char: a regex that matches the
//! empty string finds nothing there.

mod ascii_boundary;
mod caseless_find;
mod checked_find;
mod context;
mod corpus;
mod error;
mod filter_scan;
mod matcher;
mod query;
mod run;
mod session;
mod table;
mod tag;
mod text_filter;
mod within;

#[cfg(test)]
mod boundary_tests;
#[cfg(test)]
mod table_tests;
#[cfg(test)]
mod tests;
#[cfg(test)]
mod text_filter_tests;

pub use context::{CONTEXT_CHARS, KeywordInContext, NEWLINE_MARK, ResultLine};
pub use corpus::CorpusIndex;
pub use error::SearchError;
pub use filter_scan::{FilterScan, rows_before_text};
pub use matcher::{Matcher, is_word_char};
pub use query::{CompiledQuery, Query};
pub use run::{Hit, RunOutcome, search};
pub use session::SearchSession;
pub use table::{
    DocProgress, DocumentFacts, DocumentFilter, DocumentRow, SortBy, table_rows, table_rows_with,
};
pub use tag::{TaggedHits, tag_hits};
pub use text_filter::TextMatches;
pub use within::Within;
