//! What an annotation is re-attached by: its quote, the text just before and after
//! it in the old text, and its old position (the W3C TextQuoteSelector and
//! TextPositionSelector pair, as Hypothesis uses them).

use crate::model::{Annotation, TextIndex};

/// Chars of old context kept on each side of a quote.
pub const CONTEXT_CHARS: usize = 32;

/// A quote with its context and old position.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QuoteSelector {
    /// The annotated text.
    pub quote: String,
    /// Up to [`CONTEXT_CHARS`] chars before it in the old text.
    pub prefix: String,
    /// Up to [`CONTEXT_CHARS`] chars after it in the old text.
    pub suffix: String,
    /// False when the old text around the quote is unknown (an orphan, or a quote
    /// that did not match its text): only the quote and position count then.
    pub has_context: bool,
    /// Old first char.
    pub start: usize,
    /// Old end (exclusive).
    pub end: usize,
}

impl QuoteSelector {
    /// The selector of the span `start..end` of `text`.
    pub fn from_text(text: &str, index: &TextIndex, start: usize, end: usize) -> Self {
        QuoteSelector {
            quote: index.slice(text, start, end).to_string(),
            prefix: index
                .slice(text, start.saturating_sub(CONTEXT_CHARS), start)
                .to_string(),
            suffix: index
                .slice(text, end, end.saturating_add(CONTEXT_CHARS))
                .to_string(),
            has_context: true,
            start,
            end,
        }
    }

    /// The selector of `annotation` made on `old_text`: with context when the quote
    /// matches the old text at its offsets, quote and position only otherwise.
    pub fn of_annotation(annotation: &Annotation, old_text: &str, old_index: &TextIndex) -> Self {
        let (start, end) = (annotation.start, annotation.end);
        let matches = !annotation.orphaned
            && start < end
            && end <= old_index.char_len()
            && old_index.slice(old_text, start, end) == annotation.quote;
        if matches {
            QuoteSelector::from_text(old_text, old_index, start, end)
        } else {
            QuoteSelector {
                quote: annotation.quote.clone(),
                prefix: String::new(),
                suffix: String::new(),
                has_context: false,
                start,
                end,
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn context_is_cut_at_the_text_edges() {
        let text = "조선중앙통신 said “yes” 👋🏽";
        let idx = TextIndex::new(text);
        let s = QuoteSelector::from_text(text, &idx, 0, 6);
        assert_eq!(s.quote, "조선중앙통신");
        assert_eq!(s.prefix, "");
        assert_eq!(s.suffix, " said “yes” 👋🏽");
    }
}
