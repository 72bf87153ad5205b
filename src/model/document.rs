//! A document: one article's immutable text with its title, origin and metadata.

use std::sync::{Arc, OnceLock};

use serde::{Deserialize, Serialize};

use super::meta::DocumentMeta;
use super::offsets::TextIndex;

/// Texts up to this many bytes answer [`Document::char_len`], [`Document::slice`]
/// and [`Document::byte_of`] by a scan of at most this many bytes (the index itself
/// scans up to 64 chars) instead of building an offset index: 100,000 tiny
/// documents then carry no index each (about 160 bytes a document).
const SCAN_UP_TO: usize = 256;

/// Byte offset of char `c` in `text` by a scan (clamped to the end, as the index).
fn scanned_byte_of(text: &str, c: usize) -> usize {
    text.char_indices().nth(c).map_or(text.len(), |(b, _)| b)
}

/// One article in a project. Its text never changes once loaded; annotations point
/// into it by char offset.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Document {
    /// Stable identifier, unique within the project.
    pub id: String,
    /// Human-readable title (the headline or the file name).
    pub title: String,
    /// Where the text came from (a path or URL), if known.
    #[serde(default)]
    pub origin: Option<String>,
    /// Outlet, publication date, URL, byline, language (format 3; not written when
    /// empty). Boxed: most code moves documents around without looking at it.
    #[serde(default, skip_serializing_if = "meta_is_empty")]
    pub meta: Box<DocumentMeta>,
    // --- format 4 (corpus): the "done" marks ---
    /// The analysts who marked this document done, sorted, each once (format 4;
    /// not written when empty).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub done_by: Vec<String>,
    // --- end format 4 (corpus) ---
    // --- issue 19 (format 4): the analyst's memo on the document ---
    /// The analyst's memo on this document (not written when empty).
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub memo: String,
    // --- end issue 19 ---
    /// The article text, line endings normalised to `\n`.
    pub text: String,
    /// Offset index over `text`, built on first use.
    #[serde(skip)]
    index: OnceLock<Arc<TextIndex>>,
}

fn meta_is_empty(meta: &DocumentMeta) -> bool {
    meta.is_empty()
}

impl PartialEq for Document {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
            && self.title == other.title
            && self.origin == other.origin
            && self.meta == other.meta
            && self.done_by == other.done_by
            && self.memo == other.memo
            && self.text == other.text
    }
}

impl Document {
    /// A document with the given id, title and (already normalised) text.
    pub fn new(id: impl Into<String>, title: impl Into<String>, text: impl Into<String>) -> Self {
        Document {
            id: id.into(),
            title: title.into(),
            origin: None,
            meta: Box::default(),
            done_by: Vec::new(),
            memo: String::new(),
            text: text.into(),
            index: OnceLock::new(),
        }
    }

    /// The same document with `origin` set.
    pub fn with_origin(mut self, origin: impl Into<String>) -> Self {
        self.origin = Some(origin.into());
        self
    }

    /// The same document with metadata `meta`.
    pub fn with_meta(mut self, meta: DocumentMeta) -> Self {
        self.meta = Box::new(meta);
        self
    }

    /// True when `analyst` marked this document done.
    pub fn is_done_by(&self, analyst: &str) -> bool {
        self.done_by.iter().any(|a| a == analyst)
    }

    /// Marks the document done (`done`) or not by `analyst`, keeping `done_by`
    /// sorted and each name once; returns whether it was done by them before.
    pub fn set_done_by(&mut self, analyst: &str, done: bool) -> bool {
        let was = self.is_done_by(analyst);
        self.done_by.retain(|a| a != analyst);
        if done {
            self.done_by.push(analyst.to_string());
        }
        self.done_by.sort();
        self.done_by.dedup();
        was
    }

    /// The offset index of the text (built once, then shared).
    pub fn index(&self) -> &Arc<TextIndex> {
        self.index
            .get_or_init(|| Arc::new(TextIndex::new(&self.text)))
    }

    /// True when offsets are found by a scan of the short text (no index built).
    fn scanned(&self) -> bool {
        self.text.len() <= SCAN_UP_TO && self.index.get().is_none()
    }

    /// Length of the text in chars.
    pub fn char_len(&self) -> usize {
        if self.scanned() {
            return self.text.chars().count();
        }
        self.index().char_len()
    }

    /// The text between char offsets `start` and `end` (clamped, end exclusive).
    pub fn slice(&self, start: usize, end: usize) -> &str {
        if self.scanned() {
            let a = scanned_byte_of(&self.text, start);
            let b = scanned_byte_of(&self.text, end.max(start));
            return self.text.get(a..b).unwrap_or_default();
        }
        self.index().slice(&self.text, start, end)
    }

    /// Byte offset of char offset `c`.
    pub fn byte_of(&self, c: usize) -> usize {
        if self.scanned() {
            return scanned_byte_of(&self.text, c);
        }
        self.index().char_to_byte(&self.text, c)
    }

    /// Char offset of byte offset `b`.
    pub fn char_of(&self, b: usize) -> usize {
        self.index().byte_to_char(&self.text, b)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_text_scanned_answers_as_its_index() {
        let text = "조선중앙통신 “핵” 👋🏽 e\u{301} ok!\n끝";
        assert!(text.len() <= SCAN_UP_TO);
        let scanned = Document::new("d", "t", text);
        let indexed = Document::new("d", "t", text);
        let _ = indexed.index();
        assert!(scanned.scanned() && !indexed.scanned());
        let n = indexed.char_len();
        assert_eq!(scanned.char_len(), n);
        for start in 0..=n + 2 {
            assert_eq!(scanned.byte_of(start), indexed.byte_of(start));
            for end in 0..=n + 2 {
                assert_eq!(scanned.slice(start, end), indexed.slice(start, end));
            }
        }
        assert!(scanned.scanned(), "no index was built");
        let long = Document::new("d", "t", text.repeat(20));
        assert_eq!(long.char_len(), 20 * n);
        assert!(!long.scanned());
    }
}
