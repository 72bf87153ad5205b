//! What stands between a speaker's name and the cue, or after the cue, and
//! is no part of the name: how the speaker was reached ("a trader *reached
//! by phone* said") and a passive order ("a reporter *told to* leave").

use super::word_start;
use crate::suggest::lower::lower_in;

/// True when `after` (the text from a cue on) is "told to …", a passive
/// order ("Japanese reporter *told to* leave"), not a report.
pub(super) fn is_told_to(after: &str) -> bool {
    let mut words = after.split_whitespace();
    words.next().is_some_and(|w| w.eq_ignore_ascii_case("told")) && words.next() == Some("to")
}

/// Participles of how a speaker was reached ("*reached* by phone").
const CONTACTED: &[&str] = &["reached", "contacted", "interviewed"];

/// Means by which a speaker was reached ("reached by *telephone*").
const CONTACT_MEANS: &[&str] = &["phone", "telephone", "email", "e-mail", "text"];

/// The byte where a closing "reached by phone" (a participle of
/// [`CONTACTED`], "by" and a means of [`CONTACT_MEANS`]) starts in `text`,
/// `None` when `text` does not end with one.
pub(super) fn contact_before(text: &str) -> Option<usize> {
    let mut rest = text.trim_end_matches([' ', '\t']);
    // The cheap test first: almost no name before a cue ends with a means.
    let ends_with = |m: &str| {
        let at = rest.len().checked_sub(m.len());
        at.is_some_and(|at| rest.get(at..).is_some_and(|t| t.eq_ignore_ascii_case(m)))
    };
    if !CONTACT_MEANS.iter().any(|m| ends_with(m)) {
        return None;
    }
    let mut starts = [0usize; 3];
    for slot in starts.iter_mut().rev() {
        let w = word_start(rest);
        if w == rest.len() {
            return None;
        }
        *slot = w;
        rest = rest[..w].trim_end_matches([' ', '\t']);
    }
    let word = |i: usize, next: usize| text[starts[i]..next].trim_end();
    let means = word(2, text.trim_end_matches([' ', '\t']).len());
    let ok = lower_in(word(0, starts[1]), CONTACTED)
        && word(1, starts[2]) == "by"
        && lower_in(means, CONTACT_MEANS);
    ok.then_some(starts[0])
}
