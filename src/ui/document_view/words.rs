//! Word-boundary helpers on a window of the document around an offset, so that
//! their cost never grows with the document: snapping a selection, the word under a
//! double-click, and moving an annotation's boundary a word at a time.

use unicode_segmentation::UnicodeSegmentation;

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

/// The words (char ranges, doc offsets) in a window around `at`.
fn words_around(doc: &Document, at: usize) -> Vec<(usize, usize)> {
    let from = at.saturating_sub(WORD_CONTEXT);
    let to = (at + WORD_CONTEXT).min(doc.char_len());
    let mut pos = from;
    let mut words = Vec::new();
    for seg in doc.slice(from, to).split_word_bounds() {
        let n = seg.chars().count();
        if seg.chars().any(char::is_alphanumeric) {
            words.push((pos, pos + n));
        }
        pos += n;
    }
    words
}

/// Where a boundary of the span `[start, end)` moves one word forwards or
/// backwards: the end goes to the next / previous word end, the start to the next /
/// previous word start. Returns `None` when the span would become empty or there is
/// no word that way (within [`WORD_CONTEXT`]).
pub fn step_boundary(
    doc: &Document,
    start: usize,
    end: usize,
    move_start: bool,
    forward: bool,
) -> Option<(usize, usize)> {
    let at = if move_start { start } else { end };
    let words = words_around(doc, at);
    let edge = |w: &(usize, usize)| if move_start { w.0 } else { w.1 };
    let target = if forward {
        words.iter().map(edge).find(|&e| e > at)?
    } else {
        words.iter().rev().map(edge).find(|&e| e < at)?
    };
    let (s, e) = if move_start {
        (target, end)
    } else {
        (start, target)
    };
    (s < e).then_some((s, e))
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
    fn boundaries_move_by_whole_words_over_emoji_and_korean() {
        let t = "said the launch 👋🏽 succeeded in 조선중앙통신 today";
        let d = doc(t);
        let s = t.chars().position(|c| c == 't').unwrap(); // "the"
        let e = s + "the launch".chars().count();
        let grow = step_boundary(&d, s, e, false, true).unwrap();
        assert_eq!(chars(t, grow), "the launch 👋🏽 succeeded");
        let shrink = step_boundary(&d, s, e, false, false).unwrap();
        assert_eq!(chars(t, shrink), "the");
        let earlier = step_boundary(&d, s, e, true, false).unwrap();
        assert_eq!(chars(t, earlier), "said the launch");
        let later = step_boundary(&d, s, e, true, true).unwrap();
        assert_eq!(chars(t, later), "launch");
        // A one-word span cannot lose its only word.
        let only = (s, s + 3);
        assert_eq!(step_boundary(&d, only.0, only.1, false, false), None);
        let k = t.chars().position(|c| c == '조').unwrap();
        let to_korean = step_boundary(&d, s, e, false, true)
            .and_then(|(a, b)| step_boundary(&d, a, b, false, true))
            .and_then(|(a, b)| step_boundary(&d, a, b, false, true))
            .unwrap();
        assert_eq!(to_korean.1, k + 6);
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
