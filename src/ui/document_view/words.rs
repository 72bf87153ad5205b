//! Word-boundary helpers on a window of the document around an offset, so that
//! their cost never grows with the document: snapping a selection and the word
//! under a double-click. (Moving an annotation's boundary a word at a time is
//! `crate::model::words`, shared with the window's Shift+arrow keys.)

use crate::model::{Document, text};

/// Chars of context around an offset given to the word functions.
pub const WORD_CONTEXT: usize = 256;

/// [`text::snap_to_words`] on a window of the text around `[a, b)`.
pub fn snap(doc: &Document, a: usize, b: usize) -> (usize, usize) {
    let (a, b) = (a.min(b), a.max(b));
    let from = a.saturating_sub(WORD_CONTEXT);
    let to = (b + WORD_CONTEXT).min(doc.char_len());
    let (x, y) = text::snap_to_words(doc.slice(from, to), a - from, b - from);
    (x + from, y + from)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn doc(t: &str) -> Document {
        Document::new("d", "t", t)
    }

    fn chars(t: &str, (a, b): (usize, usize)) -> String {
        t.chars().skip(a).take(b - a).collect()
    }

    #[test]
    fn snapping_uses_only_a_window_but_matches_the_whole_text() {
        let filler = "word ".repeat(2000);
        let t = format!("{filler}KCNA 조선중앙통신 reported Zoe\u{301}’s claim");
        let d = doc(&t);
        let base = filler.chars().count();
        let (a, b) = snap(&d, base + 6, base + 17);
        assert_eq!(
            (a, b),
            text::snap_to_words(&t, base + 6, base + 17),
            "window snapping differs"
        );
        assert_eq!(chars(&t, (a, b)), "조선중앙통신 reported");
    }
}
