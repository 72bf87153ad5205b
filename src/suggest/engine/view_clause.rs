//! A view its owner holds, stated as the frame of a "that" clause: "*It was
//! her view* that the parts were copied", "*Our assessment is* that the
//! North will test the line", "*It is his considered opinion* that …". The
//! possessive pronoun stands for the source named before, as in "In her
//! view, …" (`in_view.rs`). The span ends before "that", as the older sets'
//! attributions do.

use super::in_view::opens;
use super::{Found, Suggester};
use crate::suggest::ATTRIBUTION;
use crate::suggest::lower::lower_in;

/// Nouns of a view, belief or judgement held by its owner.
const VIEWS: &[&str] = &[
    "view",
    "belief",
    "assessment",
    "understanding",
    "opinion",
    "judgement",
    "judgment",
    "conclusion",
    "impression",
    "reading",
    "estimate",
    "contention",
    "position",
];

/// Possessive pronouns that may own the view.
const OWNERS: &[&str] = &["her", "his", "their", "its", "my", "our"];

/// Adjectives a view may take between owner and noun ("her *considered*
/// view").
const QUALIFIERS: &[&str] = &["own", "considered", "firm", "clear", "strong"];

/// The copulas of the frame.
const COPULAS: &[&str] = &["is", "was", "remains", "remained"];

/// The rule id of these attributions.
const RULE: &str = "view-clause";

/// The score of these attributions.
const SCORE: f32 = 0.75;

/// The most words of the frame before "that" ("It was her own view").
const MAX_WORDS: usize = 5;

impl Suggester {
    /// Adds to `out` each view frame of `sentence` ("It was her view",
    /// "Our assessment is") that opens its clause, is followed by "that",
    /// and overlaps none of its attributions.
    pub(super) fn push_view_clauses(&self, sentence: &str, out: &mut Vec<Found>) {
        for at in crate::suggest::finders::thats(sentence) {
            let Some((start, owner)) = frame_before(sentence, at) else {
                continue;
            };
            if out.iter().any(|f| start < f.end && f.start < at) {
                continue;
            }
            out.push(Found {
                start,
                end: at,
                label: ATTRIBUTION,
                why: format!("view frame “{}” of “{owner}”", &sentence[start..at]),
                source: Some(self.source_of(owner)),
                rule: RULE.to_string(),
                score: SCORE,
                back_reference: true,
            });
        }
    }
}

/// The frame ending at byte `end` (just before " that"): its first byte and
/// its owner pronoun, when the words before are "it <copula> <owner>
/// (<qualifier>) <view>" or "<owner> (<qualifier>) <view> <copula>" and
/// open their clause.
fn frame_before(sentence: &str, end: usize) -> Option<(usize, &str)> {
    // The words before `end`, last first, with their byte starts.
    let mut words: [(usize, &str); MAX_WORDS] = [(0, ""); MAX_WORDS];
    let mut count = 0;
    let mut rest = &sentence[..end];
    while count < MAX_WORDS {
        let word_start = rest.rfind(' ').map_or(0, |i| i + 1);
        let word = &rest[word_start..];
        if word.is_empty() || !word.bytes().all(|b| b.is_ascii_alphabetic()) {
            break;
        }
        words[count] = (word_start, word);
        count += 1;
        if word_start == 0 {
            break;
        }
        rest = &rest[..word_start - 1];
    }
    let words = &words[..count];
    let word = |i: usize| words.get(i).map(|w| w.1);
    let is = |i: usize, list: &[&str]| word(i).is_some_and(|w| lower_in(w, list));
    // "<owner> (<qualifier>) <view> <copula>"
    if is(0, COPULAS) && is(1, VIEWS) {
        let owner = if is(2, QUALIFIERS) { 3 } else { 2 };
        if is(owner, OWNERS) && opens(sentence, words[owner].0) {
            return Some((words[owner].0, words[owner].1));
        }
    }
    // "it <copula> <owner> (<qualifier>) <view>"
    if is(0, VIEWS) {
        let owner = if is(1, QUALIFIERS) { 2 } else { 1 };
        let it = owner + 2;
        if is(owner, OWNERS)
            && is(owner + 1, COPULAS)
            && word(it).is_some_and(|w| w.eq_ignore_ascii_case("it"))
            && opens(sentence, words[it].0)
        {
            return Some((words[it].0, words[owner].1));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::frame_before;

    fn frame(s: &str) -> Option<&str> {
        let at = s.find(" that ")?;
        frame_before(s, at).map(|(start, _)| &s[start..at])
    }

    #[test]
    fn frames_opening_their_clause() {
        assert_eq!(
            frame("It was her view that the dam leaks."),
            Some("It was her view")
        );
        assert_eq!(
            frame("Our assessment is that rain will come."),
            Some("Our assessment is")
        );
        let s = "But it is his considered opinion that prices will fall.";
        assert_eq!(frame(s), Some("it is his considered opinion"));
        let s = "Rents rose; their conclusion was that demand grew.";
        assert_eq!(frame(s), Some("their conclusion was"));
    }

    #[test]
    fn other_uses_are_left() {
        // Not opening the clause, a named owner, a noun not of a view.
        assert_eq!(frame("He said it was her view that the dam leaks."), None);
        assert_eq!(frame("The board's view is that rain will come."), None);
        assert_eq!(frame("Our hope is that rain will come."), None);
        assert_eq!(frame("It was her car that the police found."), None);
        assert_eq!(frame("Is it her view that the dam leaks?"), None);
    }
}
