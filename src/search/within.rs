//! Restricting a search to annotated text: hits inside an annotation of a label,
//! a source or an author.

use crate::model::Annotation;

/// Which annotations a hit must lie inside. Empty (the default): no restriction.
///
/// With any field set, a hit counts when it lies entirely inside one annotation
/// (`a.start <= hit.start` and `hit.end <= a.end`) that meets every field set:
/// - `label`: the annotation's label id, exactly;
/// - `source`: its source, ignoring case and surrounding spaces (`kcna` is `KCNA`);
/// - `author`: who made it (`author`) or the colleague who last changed it
///   (`edited_by`), exactly.
///
/// Orphaned annotations (whose text was not found again after the document
/// changed) hold offsets into the old text and restrict nothing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Within {
    /// Label id the annotation must have.
    pub label: Option<String>,
    /// Source the annotation must name.
    pub source: Option<String>,
    /// Analyst who made or last changed the annotation.
    pub author: Option<String>,
}

impl Within {
    /// True when no field is set: every hit counts.
    pub fn is_everything(&self) -> bool {
        self.label.is_none() && self.source.is_none() && self.author.is_none()
    }

    /// True when `annotation` meets every field set (always true when none is).
    pub fn accepts(&self, annotation: &Annotation) -> bool {
        if annotation.orphaned && !self.is_everything() {
            return false;
        }
        let label_ok = self.label.as_deref().is_none_or(|l| annotation.label == l);
        let source_ok = self.source.as_deref().is_none_or(|wanted| {
            annotation
                .source
                .as_deref()
                .is_some_and(|s| same_source(s, wanted))
        });
        let author_ok = self.author.as_deref().is_none_or(|who| {
            annotation.author == who || annotation.edited_by.as_deref() == Some(who)
        });
        label_ok && source_ok && author_ok
    }
}

/// Two source names are the same ignoring case and surrounding spaces.
fn same_source(a: &str, b: &str) -> bool {
    let (a, b) = (a.trim(), b.trim());
    a.eq_ignore_ascii_case(b) || a.to_lowercase() == b.to_lowercase()
}

/// Spans `(start, end)` sorted by start, answering "does one of them contain
/// `[s, e)`?" for queries given in increasing `s` order, in O(spans + queries)
/// over a whole document: a cursor over the starts and the largest end seen.
#[derive(Debug)]
pub(crate) struct ContainmentCursor {
    spans: Vec<(usize, usize)>,
    next: usize,
    max_end: usize,
}

impl ContainmentCursor {
    /// The cursor over `spans` (any order).
    pub(crate) fn new(mut spans: Vec<(usize, usize)>) -> Self {
        spans.sort_unstable();
        ContainmentCursor {
            spans,
            next: 0,
            max_end: 0,
        }
    }

    /// True when a span contains `[s, e)`. Calls must come with non-decreasing `s`.
    pub(crate) fn contains(&mut self, s: usize, e: usize) -> bool {
        while let Some(&(start, end)) = self.spans.get(self.next) {
            if start > s {
                break;
            }
            self.max_end = self.max_end.max(end);
            self.next += 1;
        }
        self.max_end >= e && self.next > 0
    }
}
