//! An annotation: a labeled span of a document.

use serde::{Deserialize, Serialize};

use super::MergeConflict;

/// A labeled span of one document, with who made it and when.
///
/// `start` and `end` are char offsets (Unicode scalar values, end exclusive); `quote`
/// repeats the covered text so that a file can be checked and re-anchored.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Annotation {
    /// Stable identifier, unique within the project.
    pub id: String,
    /// Id of the document the span belongs to.
    pub doc: String,
    /// First char of the span.
    pub start: usize,
    /// One past the last char of the span.
    pub end: usize,
    /// The covered text, exactly.
    pub quote: String,
    /// Id of a label of the project's schema (`claim`, `speculation`, `attribution`…).
    pub label: String,
    /// For attributions: who said it (KCNA, NK News, "state media", …).
    #[serde(default)]
    pub source: Option<String>,
    /// The analyst's free-text note.
    #[serde(default)]
    pub note: String,
    /// Who made the annotation.
    #[serde(default)]
    pub author: String,
    /// When it was made, RFC 3339 (UTC).
    #[serde(default)]
    pub created: String,
    /// The last analyst other than the author who changed it (label, source, note or
    /// bounds), if any: see [`Annotation::annotator`]. Format 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub edited_by: Option<String>,
    /// When it was last changed, RFC 3339 (UTC), like `created`. Format 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub modified: Option<String>,
    /// The label it had before `edited_by` changed it, if they did. Format 2.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub previous_label: Option<String>,
    /// Ids or authors this annotation was curated from (review), if any.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub curated_from: Vec<String>,
    /// Who accepted it into a curated project, if anyone.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decided_by: Option<String>,
    /// Colleagues' comments on this annotation (review).
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub comments: Vec<Comment>,
    /// True when re-anchoring could not find the quoted text in the document's
    /// current text. `start`/`end` are then the offsets in the old text, kept as they
    /// were: an orphan is listed for the analyst, never dropped or silently moved.
    #[serde(default, skip_serializing_if = "is_false")]
    pub orphaned: bool,
    /// Set by a three-way merge ([`crate::team::merge3`]) when two analysts changed
    /// this annotation differently (or one deleted what the other changed): both
    /// versions are kept, each marked, until someone resolves it. Format 3.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub conflict: Option<MergeConflict>,
}

fn is_false(b: &bool) -> bool {
    !*b
}

/// A reviewer's verdict on a colleague's annotation.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Verdict {
    /// The reviewer agrees.
    Agree,
    /// The reviewer disputes it.
    Dispute,
}

/// A comment left on an annotation during review.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Comment {
    /// Who wrote it.
    pub author: String,
    /// Agree or dispute.
    pub verdict: Verdict,
    /// Free text.
    #[serde(default)]
    pub note: String,
    /// When, RFC 3339.
    #[serde(default)]
    pub created: String,
}

impl Annotation {
    /// A new annotation with a fresh id and the current time; `quote` must be the
    /// text between `start` and `end`.
    pub fn new(
        doc: impl Into<String>,
        start: usize,
        end: usize,
        quote: impl Into<String>,
        label: impl Into<String>,
        author: impl Into<String>,
    ) -> Self {
        Annotation {
            id: new_id("a"),
            doc: doc.into(),
            start,
            end,
            quote: quote.into(),
            label: label.into(),
            source: None,
            note: String::new(),
            author: author.into(),
            created: now_rfc3339(),
            edited_by: None,
            modified: None,
            previous_label: None,
            curated_from: Vec::new(),
            decided_by: None,
            comments: Vec::new(),
            orphaned: false,
            conflict: None,
        }
    }

    /// The same annotation with its source set.
    pub fn with_source(mut self, source: impl Into<String>) -> Self {
        self.source = Some(source.into());
        self
    }

    /// Whose judgment the annotation is now: `edited_by` when a colleague changed
    /// it, else its `author`. Review counts an edited annotation as the editor's
    /// judgment (the editor looked at it and chose its label, source and bounds),
    /// not as the original author's.
    pub fn annotator(&self) -> &str {
        self.edited_by.as_deref().unwrap_or(&self.author)
    }

    /// Records that `by` changed the annotation at `at` (RFC 3339): sets `modified`
    /// and, when `by` is not the author, `edited_by` (cleared when the author edits
    /// their own annotation again: the judgment is theirs once more). When
    /// `old_label` is given (the label before this change) and `by` is not the
    /// author, it is kept as `previous_label`. An empty `by` records nothing.
    pub fn stamp_edit(&mut self, by: &str, at: &str, old_label: Option<&str>) {
        let by = by.trim();
        if by.is_empty() {
            return;
        }
        self.modified = Some(at.to_string());
        if by == self.author {
            self.edited_by = None;
            return;
        }
        self.edited_by = Some(by.to_string());
        if let Some(old) = old_label.filter(|l| *l != self.label) {
            self.previous_label = Some(old.to_string());
        }
    }

    /// Length in chars.
    pub fn len(&self) -> usize {
        self.end.saturating_sub(self.start)
    }

    /// True when the span covers no text.
    pub fn is_empty(&self) -> bool {
        self.end <= self.start
    }

    /// True when the span shares at least one char with `[start, end)`.
    pub fn overlaps(&self, start: usize, end: usize) -> bool {
        self.start < end && start < self.end
    }

    /// The key annotations are sorted by in files: (doc, start, end, id).
    pub fn sort_key(&self) -> (&str, usize, usize, &str) {
        (&self.doc, self.start, self.end, &self.id)
    }
}

/// A fresh random identifier: `prefix` followed by 12 base-32 characters.
pub fn new_id(prefix: &str) -> String {
    const ALPHABET: &[u8] = b"0123456789abcdefghjkmnpqrstvwxyz";
    let mut n = fastrand::u64(..);
    let mut id = String::with_capacity(prefix.len() + 12);
    id.push_str(prefix);
    for _ in 0..12 {
        id.push(ALPHABET[(n & 31) as usize] as char);
        n >>= 5;
    }
    id
}

/// The current time as RFC 3339 in UTC, to the second.
pub fn now_rfc3339() -> String {
    humantime::format_rfc3339_seconds(std::time::SystemTime::now()).to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_distinct_and_prefixed() {
        let a = new_id("a");
        let b = new_id("a");
        assert_ne!(a, b);
        assert!(a.starts_with('a') && a.len() == 13);
    }

    #[test]
    fn overlap_is_end_exclusive() {
        let a = Annotation::new("d", 5, 10, "x", "claim", "me");
        assert!(a.overlaps(9, 12));
        assert!(!a.overlaps(10, 12));
        assert!(!a.overlaps(0, 5));
        assert_eq!(a.len(), 5);
    }

    #[test]
    fn a_colleagues_edit_makes_it_their_judgment() {
        let mut a = Annotation::new("d", 0, 6, "조선중앙통신", "claim", "alice");
        assert_eq!(a.annotator(), "alice");
        a.label = "attribution".into();
        a.stamp_edit("bob", "2026-12-03T10:00:00Z", Some("claim"));
        assert_eq!(a.annotator(), "bob");
        assert_eq!(a.edited_by.as_deref(), Some("bob"));
        assert_eq!(a.modified.as_deref(), Some("2026-12-03T10:00:00Z"));
        assert_eq!(a.previous_label.as_deref(), Some("claim"));
        // The author taking it back makes it theirs again; the history stays.
        a.stamp_edit("alice", "2026-12-03T11:00:00Z", None);
        assert_eq!(a.annotator(), "alice");
        assert_eq!(a.modified.as_deref(), Some("2026-12-03T11:00:00Z"));
        assert_eq!(a.previous_label.as_deref(), Some("claim"));
        // No name, no record.
        let mut b = Annotation::new("d", 0, 1, "x", "claim", "alice");
        b.stamp_edit(" ", "2026-12-03T10:00:00Z", None);
        assert_eq!((b.edited_by, b.modified), (None, None));
    }

    #[test]
    fn created_is_rfc3339_utc() {
        let t = now_rfc3339();
        assert!(t.ends_with('Z') && t.contains('T'), "{t}");
    }
}
