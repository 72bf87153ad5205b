//! What one hit looks like to a person: keyword in context, on one line.

use serde::Serialize;

use super::{CorpusIndex, Hit};
use crate::model::{Document, Project};

/// Chars of context shown on each side of a hit by default.
pub const CONTEXT_CHARS: usize = 40;

/// What a line break of the text is shown as in a context line.
pub const NEWLINE_MARK: char = '⏎';

/// A hit with the text around it, for a keyword-in-context line: `before`, the
/// matched `text` and `after`, each with line breaks shown as [`NEWLINE_MARK`] so
/// the whole is one line. `before` is the `n` chars before the hit (fewer at the
/// start of the text), `after` the `n` chars after it.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct KeywordInContext {
    /// The chars before the hit.
    pub before: String,
    /// The matched chars.
    pub text: String,
    /// The chars after the hit.
    pub after: String,
}

impl KeywordInContext {
    /// The hit `[start, end)` (chars) of `doc` with `n` chars of context each side.
    pub fn of(doc: &Document, start: usize, end: usize, n: usize) -> Self {
        let text = &doc.text;
        let (bs, be) = (doc.byte_of(start), doc.byte_of(end.max(start)));
        let from = chars_back(text, bs, n);
        let to = chars_forward(text, be, n);
        KeywordInContext {
            before: one_line(&text[from..bs]),
            text: one_line(&text[bs..be]),
            after: one_line(&text[be..to]),
        }
    }

    /// `before`, `text` and `after` as one string.
    pub fn line(&self) -> String {
        [self.before.as_str(), &self.text, &self.after].concat()
    }
}

/// The byte offset `n` chars before byte offset `at` (or 0).
fn chars_back(text: &str, at: usize, n: usize) -> usize {
    if n == 0 {
        return at;
    }
    text[..at]
        .char_indices()
        .rev()
        .take(n)
        .last()
        .map_or(at, |(i, _)| i)
}

/// The byte offset `n` chars after byte offset `at` (or the end).
fn chars_forward(text: &str, at: usize, n: usize) -> usize {
    text[at..]
        .char_indices()
        .nth(n)
        .map_or(text.len(), |(i, _)| at + i)
}

/// `s` with each `\n` replaced by [`NEWLINE_MARK`].
fn one_line(s: &str) -> String {
    s.replace('\n', "⏎")
}

/// One search result as printed (`marginalia search`, one JSON object per line) or
/// listed: the document's id, the hit's char offsets (end exclusive), the matched
/// text exactly as in the document, the keyword-in-context line
/// ([`KeywordInContext::line`]) and the label ids of the annotations overlapping
/// the hit (each once, sorted).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ResultLine {
    /// Document id.
    pub doc: String,
    /// First char of the match.
    pub start: usize,
    /// One past the last char of the match.
    pub end: usize,
    /// The matched text, exactly.
    pub text: String,
    /// The match with `context_chars` chars each side, line breaks shown as `⏎`.
    pub context: String,
    /// Labels of the annotations overlapping the match.
    pub labels: Vec<String>,
}

impl ResultLine {
    /// The line for `hit` of `project` (`index` built from it), with
    /// `context_chars` chars of context each side; `None` when the hit's document
    /// is no longer there.
    pub fn of(
        project: &Project,
        index: &CorpusIndex,
        hit: Hit,
        context_chars: usize,
    ) -> Option<Self> {
        let doc = project.documents.get(hit.doc)?;
        Some(ResultLine {
            doc: doc.id.clone(),
            start: hit.start,
            end: hit.end,
            text: doc.slice(hit.start, hit.end).to_string(),
            context: KeywordInContext::of(doc, hit.start, hit.end, context_chars).line(),
            labels: index.labels_at(project, hit.doc, hit.start, hit.end),
        })
    }
}
