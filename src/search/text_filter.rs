//! The documents table's "text contains" filter ([`TextMatches`]): whether each
//! document's title or text contains a text, case-insensitive, remembered per
//! document (a document's text never changes).
//!
//! What keeps typing a filter over 10,000 articles (~50 MB) within a frame:
//! - the documents not seen yet are searched on several threads at once
//!   ([`TextMatches::resolve`]);
//! - a text of ASCII and caseless chars (Hangul, CJK ideographs) is found by a
//!   scan for its rarest byte in both cases, checked around each place found
//!   ([`CaselessFinder`]: no copy of the texts, no memory kept);
//! - any other text is one literal for the regex crate's prefilters, asked only
//!   "is there a match" (no match bounds computed);
//! - when the text typed extends the previous one ([`TextMatches::follow`]), the
//!   documents that did not contain the previous text are known not to contain the
//!   new one, and only the others are searched again; when it shortens it, the
//!   documents that contained it still do.
//!
//! Results are those of searching every document afresh, one after the other
//! (property test in `search::table_tests`).

use std::collections::HashMap;

use super::caseless_find::CaselessFinder;
use super::{Matcher, SearchError};
use crate::model::Document;

/// At most this many threads search documents not seen yet.
const MAX_THREADS: usize = 8;

/// Below this many bytes of unseen text, one thread searches it (starting threads
/// would cost more than they save).
const PARALLEL_BYTES: usize = 1 << 20;

/// The "text contains" part of a filter, remembered per document: the text of a
/// document never changes, so after an edit only documents not seen yet are
/// searched again.
#[derive(Debug, Clone, Default)]
pub struct TextMatches {
    text: String,
    matcher: Option<Matcher>,
    /// The text's byte-scanning search, when it serves the text (ASCII and
    /// caseless chars); the regex otherwise.
    finder: Option<CaselessFinder>,
    seen: HashMap<String, bool>,
}

impl TextMatches {
    /// Matches for `text` (trimmed; blank lets every document through),
    /// case-insensitive, taken as it is.
    pub fn new(text: &str) -> Result<Self, SearchError> {
        let text = text.trim().to_string();
        let matcher = compile(&text)?;
        Ok(TextMatches {
            finder: matcher.as_ref().and_then(|_| CaselessFinder::new(&text)),
            text,
            matcher,
            seen: HashMap::new(),
        })
    }

    /// The text looked for.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Looks for `text` from now on, keeping what the previous text tells about it:
    /// when `text` contains the previous one, a document without the previous text
    /// is known to lack `text` too; when the previous text contains `text`, a
    /// document with the previous one has `text` too. Any other change starts
    /// afresh. On error (nothing to search for) `self` is unchanged.
    pub fn follow(&mut self, text: &str) -> Result<(), SearchError> {
        let text = text.trim();
        if text == self.text {
            return Ok(());
        }
        let matcher = compile(text)?;
        let old = std::mem::replace(&mut self.text, text.to_string());
        self.finder = matcher.as_ref().and_then(|_| CaselessFinder::new(text));
        self.matcher = matcher;
        if self.matcher.is_none() || old.is_empty() {
            self.seen.clear();
        } else if text.contains(old.as_str()) {
            // Narrower: only the documents that had the old text may have the new.
            self.seen.retain(|_, hit| !*hit);
        } else if old.contains(text) {
            // Wider: the documents that had the old text have the new one.
            self.seen.retain(|_, hit| *hit);
        } else {
            self.seen.clear();
        }
        Ok(())
    }

    /// True when the text is blank: every document is let through.
    pub fn is_blank(&self) -> bool {
        self.matcher.is_none()
    }

    /// True when whether `doc` matches is known without searching it (a blank
    /// text, or a document searched already).
    pub fn knows(&self, doc: &Document) -> bool {
        self.matcher.is_none() || self.seen.contains_key(&doc.id)
    }

    /// True when `doc`'s title or text contains the text.
    pub fn matches(&mut self, doc: &Document) -> bool {
        let Some(m) = &self.matcher else {
            return true;
        };
        if let Some(&hit) = self.seen.get(&doc.id) {
            return hit;
        }
        let hit = contains(m, self.finder.as_ref(), doc);
        self.seen.insert(doc.id.clone(), hit);
        hit
    }

    /// Searches the documents of `docs` not seen yet, on several threads when
    /// there is enough text, so that [`TextMatches::matches`] then only looks the
    /// answers up.
    pub fn resolve(&mut self, docs: &[&Document]) {
        let Some(m) = &self.matcher else {
            return;
        };
        let finder = self.finder.as_ref();
        let unseen: Vec<&Document> = (docs.iter().copied())
            .filter(|d| !self.seen.contains_key(&d.id))
            .collect();
        let bytes: usize = unseen.iter().map(|d| d.text.len()).sum();
        let threads = std::thread::available_parallelism()
            .map_or(1, |n| n.get())
            .clamp(1, MAX_THREADS)
            .min(unseen.len());
        if bytes < PARALLEL_BYTES || threads < 2 {
            for d in unseen {
                let hit = contains(m, finder, d);
                self.seen.insert(d.id.clone(), hit);
            }
            return;
        }
        // Chunks of about equal text, one per thread, answers in the chunk's order.
        let share = bytes.div_ceil(threads);
        let mut chunks: Vec<&[&Document]> = Vec::with_capacity(threads);
        let (mut from, mut size) = (0, 0);
        for (i, d) in unseen.iter().enumerate() {
            size += d.text.len();
            if size >= share {
                chunks.push(&unseen[from..=i]);
                (from, size) = (i + 1, 0);
            }
        }
        if from < unseen.len() {
            chunks.push(&unseen[from..]);
        }
        let answers: Vec<Vec<bool>> = std::thread::scope(|scope| {
            let workers: Vec<_> = (chunks.iter())
                .map(|chunk| {
                    scope.spawn(move || chunk.iter().map(|d| contains(m, finder, d)).collect())
                })
                .collect();
            workers
                .into_iter()
                .zip(&chunks)
                .map(|(w, chunk)| {
                    // A thread that could not finish: its documents searched here.
                    w.join()
                        .unwrap_or_else(|_| chunk.iter().map(|d| contains(m, finder, d)).collect())
                })
                .collect()
        });
        for (chunk, hits) in chunks.iter().zip(answers) {
            for (d, hit) in chunk.iter().zip(hits) {
                self.seen.insert(d.id.clone(), hit);
            }
        }
    }
}

/// The matcher of a trimmed filter text; none for a blank one.
fn compile(text: &str) -> Result<Option<Matcher>, SearchError> {
    if text.is_empty() {
        Ok(None)
    } else {
        Matcher::new(text, false, false, false).map(Some)
    }
}

/// True when `doc`'s title or text has a match of `m` (the text searched by
/// `finder` when there is one).
fn contains(m: &Matcher, finder: Option<&CaselessFinder>, doc: &Document) -> bool {
    if m.is_match(&doc.title) {
        return true;
    }
    match finder {
        Some(f) => f.is_match(&doc.text),
        None => m.is_match(&doc.text),
    }
}
