//! The documents table's "text contains" filter ([`TextMatches`]): whether each
//! document's title or text contains a text, case-insensitive, remembered per
//! document (a document's text never changes).
//!
//! What keeps typing a filter over 10,000 articles (~50 MB) within a frame:
//! - the documents not seen yet are searched on several threads at once
//!   ([`TextMatches::resolve`]);
//! - a text of ASCII and caseless chars (Hangul, CJK ideographs) is looked for
//!   lowered, with `memchr::memmem`, in each document's lowered copy
//!   ([`Document::ascii_lowered`], built on first use and kept: as much memory
//!   again as the texts); a document with a Kelvin sign or a long s, which match
//!   `k` and `s` case-insensitively but are not lowered, is asked the regex;
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

use memchr::memmem::Finder;

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
    /// The lowered text, when lowered copies can be searched for it.
    lowered: Option<Lowered>,
    seen: HashMap<String, bool>,
}

/// The search of a text in documents' lowered copies.
#[derive(Debug, Clone)]
struct Lowered {
    finder: Finder<'static>,
    /// Whether the text has a `k` or an `s` (matched by chars lowering leaves).
    k_or_s: bool,
}

impl Lowered {
    /// The search for `text` (trimmed, not blank), when every char of it is
    /// ASCII or caseless: no other char folds to those, so a case-insensitive
    /// match is a match of the lowered text in the lowered copy.
    fn of(text: &str) -> Option<Lowered> {
        if !text.chars().all(|c| c.is_ascii() || is_caseless(c)) {
            return None;
        }
        let lowered = text.to_ascii_lowercase();
        Some(Lowered {
            k_or_s: lowered.contains(['k', 's']),
            finder: Finder::new(lowered.as_bytes()).into_owned(),
        })
    }
}

/// Hangul (syllables and jamo) and CJK ideographs: no case, and no other char
/// folds to them (tested against the regex crate in `text_filter_tests`).
pub(crate) fn is_caseless(c: char) -> bool {
    matches!(c,
        '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}'
        | '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')
}

impl TextMatches {
    /// Matches for `text` (trimmed; blank lets every document through),
    /// case-insensitive, taken as it is.
    pub fn new(text: &str) -> Result<Self, SearchError> {
        let text = text.trim().to_string();
        let matcher = compile(&text)?;
        Ok(TextMatches {
            lowered: matcher.as_ref().and_then(|_| Lowered::of(&text)),
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
        self.lowered = matcher.as_ref().and_then(|_| Lowered::of(text));
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

    /// True when `doc`'s title or text contains the text.
    pub fn matches(&mut self, doc: &Document) -> bool {
        let Some(m) = &self.matcher else {
            return true;
        };
        if let Some(&hit) = self.seen.get(&doc.id) {
            return hit;
        }
        let hit = contains(m, self.lowered.as_ref(), doc);
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
        let lowered = self.lowered.as_ref();
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
                let hit = contains(m, lowered, d);
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
                    scope.spawn(move || chunk.iter().map(|d| contains(m, lowered, d)).collect())
                })
                .collect();
            workers
                .into_iter()
                .zip(&chunks)
                .map(|(w, chunk)| {
                    // A thread that could not finish: its documents searched here.
                    w.join()
                        .unwrap_or_else(|_| chunk.iter().map(|d| contains(m, lowered, d)).collect())
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

/// True when `doc`'s title or text has a match of `m` (the text searched in its
/// lowered copy when `lowered` is given).
fn contains(m: &Matcher, lowered: Option<&Lowered>, doc: &Document) -> bool {
    if m.is_match(&doc.title) {
        return true;
    }
    let Some(l) = lowered else {
        return m.is_match(&doc.text);
    };
    let copy = doc.ascii_lowered();
    if l.k_or_s && copy.folds_to_ascii {
        // A Kelvin sign or a long s may make a match the copy does not show.
        return m.is_match(&doc.text);
    }
    l.finder.find(copy.text.as_bytes()).is_some()
}
