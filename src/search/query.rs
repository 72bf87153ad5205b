//! What to look for: text, mode, restriction to annotations, documents.

use super::{Matcher, SearchError, Within};

/// A search over a project, as the analyst typed it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    /// The text to find, or the regular expression when `regex` is set.
    pub text: String,
    /// `text` is a regular expression (the regex crate's syntax), not plain text.
    pub regex: bool,
    /// Only matches that do not cut a word (see [`Matcher::for_each`]).
    pub whole_word: bool,
    /// Upper and lower case differ. Off by default: `kcna` finds `KCNA`.
    pub case_sensitive: bool,
    /// Only hits inside annotations of this label / source / author.
    pub within: Within,
    /// Only these documents (ids); empty means every document.
    pub documents: Vec<String>,
}

impl Query {
    /// A case-insensitive search for `text` as it is, in every document.
    pub fn plain(text: impl Into<String>) -> Self {
        Query {
            text: text.into(),
            ..Query::default()
        }
    }

    /// Checks the query and compiles its matcher: an empty text or a regex that
    /// does not parse is refused here, before any document is read.
    pub fn compile(&self) -> Result<CompiledQuery, SearchError> {
        let matcher = Matcher::new(&self.text, self.regex, self.case_sensitive, self.whole_word)?;
        Ok(CompiledQuery {
            query: self.clone(),
            matcher,
        })
    }
}

/// A [`Query`] checked and ready to run ([`CompiledQuery::run`]) any number of
/// times, on any project.
#[derive(Debug, Clone)]
pub struct CompiledQuery {
    pub(super) query: Query,
    pub(super) matcher: Matcher,
}

impl CompiledQuery {
    /// The query it was compiled from.
    pub fn query(&self) -> &Query {
        &self.query
    }

    /// The compiled text matcher.
    pub fn matcher(&self) -> &Matcher {
        &self.matcher
    }
}
