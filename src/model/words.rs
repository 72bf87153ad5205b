//! Word stepping on a document at a cost that does not grow with its length: the
//! window's Shift+arrow keys (move an annotation's boundary one word) and the
//! document view's own keys use this one stepper. It looks at a window of the text
//! around the offset and widens it only when no word edge lies safely inside, so
//! its answer is that of [`text::step_word_edge`] on the whole text
//! (property-tested) for a few hundred chars' work.

use super::{Document, text};

/// Chars of context looked at first on each side of the offset.
const FIRST_WINDOW: usize = 256;

/// An edge this close to a cut in the text (not the text's own start or end) may
/// be an artefact of the cut (a word or a flag split in two): the window widens.
const MARGIN: usize = 64;

/// Where a boundary at char `at` of `doc` moves one word forwards or backwards: a
/// start (`end_edge == false`) to the next / previous word start, an end to the
/// next / previous word end. Stays at `at` when there is no such word.
pub fn step_word_edge(doc: &Document, at: usize, forward: bool, end_edge: bool) -> usize {
    let len = doc.char_len();
    let at = at.min(len);
    let mut reach = FIRST_WINDOW;
    loop {
        let from = at.saturating_sub(reach);
        let to = at.saturating_add(reach).min(len);
        let window = doc.slice(from, to);
        let local = text::step_word_edge(window, at - from, forward, end_edge) + from;
        // Trust an edge only away from a cut; the text's own ends are not cuts.
        let safe_low = if from == 0 { 0 } else { from + MARGIN };
        let safe_high = if to == len {
            len
        } else {
            to.saturating_sub(MARGIN)
        };
        if local != at && (safe_low..=safe_high).contains(&local) {
            return local;
        }
        // No edge that way, and the window reaches the end of the text that way:
        // there is none.
        let whole_way = if forward { to == len } else { from == 0 };
        if local == at && whole_way {
            return at;
        }
        if from == 0 && to == len {
            return local;
        }
        reach = reach.saturating_mul(2);
    }
}

/// Where the boundaries of the span `[start, end)` go when one moves a word
/// (`move_start`: the start, else the end; `forward` or back), or `None` when there
/// is no word that way or the span would become empty.
pub fn step_span(
    doc: &Document,
    start: usize,
    end: usize,
    move_start: bool,
    forward: bool,
) -> Option<(usize, usize)> {
    let at = if move_start { start } else { end };
    let target = step_word_edge(doc, at, forward, !move_start);
    if target == at {
        return None;
    }
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

    fn chars(t: &str, (a, b): (usize, usize)) -> String {
        t.chars().skip(a).take(b - a).collect()
    }

    #[test]
    fn boundaries_move_by_whole_words_over_emoji_and_korean() {
        let t = "said the launch 👋🏽 succeeded in 조선중앙통신 today";
        let d = Document::new("d", "t", t);
        let s = t.chars().position(|c| c == 't').unwrap(); // "the"
        let e = s + "the launch".chars().count();
        let grow = step_span(&d, s, e, false, true).unwrap();
        assert_eq!(chars(t, grow), "the launch 👋🏽 succeeded");
        let shrink = step_span(&d, s, e, false, false).unwrap();
        assert_eq!(chars(t, shrink), "the");
        let earlier = step_span(&d, s, e, true, false).unwrap();
        assert_eq!(chars(t, earlier), "said the launch");
        let later = step_span(&d, s, e, true, true).unwrap();
        assert_eq!(chars(t, later), "launch");
        // A one-word span cannot lose its only word.
        assert_eq!(step_span(&d, s, s + 3, false, false), None);
        let k = t.chars().position(|c| c == '조').unwrap();
        let to_korean = step_span(&d, s, e, false, true)
            .and_then(|(a, b)| step_span(&d, a, b, false, true))
            .and_then(|(a, b)| step_span(&d, a, b, false, true))
            .unwrap();
        assert_eq!(to_korean.1, k + 6);
    }

    /// On random texts of words, long runs of spaces and punctuation (longer than
    /// the first window), Korean, emoji with modifiers, flags, combining accents,
    /// curly quotes and newlines, the windowed stepper answers as the whole-text one.
    #[test]
    fn the_window_answers_as_the_whole_text() {
        let pieces = [
            "KCNA",
            "조선중앙통신",
            "👋🏽",
            "🇰🇵🇰🇷",
            "e\u{301}tude",
            "“quoted”",
            " ",
            "\n\n",
            "—",
            "said",
            "Zoe\u{301}’s",
            "42",
        ];
        let mut rng = fastrand::Rng::with_seed(10);
        for round in 0..25 {
            let mut t = String::new();
            for _ in 0..rng.usize(1..250) {
                match rng.usize(..20) {
                    0 => t.push_str(&" ".repeat(rng.usize(200..700))),
                    1 => t.push_str(&"…!".repeat(rng.usize(100..400))),
                    _ => t.push_str(pieces[rng.usize(..pieces.len())]),
                }
            }
            let d = Document::new("d", "t", t.as_str());
            let len = d.char_len();
            for _ in 0..16 {
                let at = rng.usize(..=len);
                for (forward, end_edge) in
                    [(true, true), (true, false), (false, true), (false, false)]
                {
                    assert_eq!(
                        step_word_edge(&d, at, forward, end_edge),
                        text::step_word_edge(&t, at, forward, end_edge),
                        "round {round}, at {at}, forward {forward}, end {end_edge}"
                    );
                }
            }
        }
    }
}
