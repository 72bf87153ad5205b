//! "According to" with a personal pronoun as its object ("The women earned
//! little, *according to her*."): the pronoun stands for the source named
//! before, as "she said" does. Only a pronoun closing its phrase (a comma,
//! a full stop, a semicolon or the sentence's end after it) is read, so
//! that "according to her own count" is left to the document rules.

use super::{Found, Suggester};
use crate::suggest::ATTRIBUTION;
use crate::suggest::lower::lower_in;

/// The cue before the pronoun, lower case.
const CUE: &str = "according to ";

/// Object pronouns that may stand for a source named before.
const PRONOUNS: &[&str] = &["him", "her", "them"];

/// The rule id of these attributions.
const RULE: &str = "according-pronoun";

/// The score of these attributions.
const SCORE: f32 = 0.75;

impl Suggester {
    /// Adds to `out` each "according to him/her/them" of `sentence` that
    /// closes its phrase and overlaps none of its attributions.
    pub(super) fn push_according_pronouns(&self, sentence: &str, out: &mut Vec<Found>) {
        for start in crate::suggest::finders::according_tos(sentence) {
            let Some(start) = start.checked_sub(1) else {
                continue;
            };
            let Some(end) = pronoun_end(sentence, start) else {
                continue;
            };
            if out.iter().any(|f| start < f.end && f.start < end) {
                continue;
            }
            let pronoun = &sentence[start + CUE.len()..end];
            out.push(Found {
                start,
                end,
                label: ATTRIBUTION,
                why: format!("“{}” stands for the source before", &sentence[start..end]),
                source: Some(self.source_of(pronoun)),
                rule: RULE.to_string(),
                score: SCORE,
                back_reference: true,
            });
        }
    }
}

/// The end of "according to <pronoun>" at byte `start`, when the pronoun
/// is one of [`PRONOUNS`] and closes its phrase.
fn pronoun_end(sentence: &str, start: usize) -> Option<usize> {
    let cue = sentence.get(start..start + CUE.len())?;
    if !cue.eq_ignore_ascii_case(CUE) {
        return None;
    }
    // A whole word: "according" opens it.
    let before = sentence[..start].chars().next_back();
    if before.is_some_and(char::is_alphanumeric) {
        return None;
    }
    let at = start + CUE.len();
    let rest = &sentence[at..];
    let word_len = rest
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(rest.len());
    if !lower_in(&rest[..word_len], PRONOUNS) {
        return None;
    }
    let after = rest[word_len..].trim_start();
    (after.is_empty() || after.starts_with([',', '.', ';', ')', '—'])).then_some(at + word_len)
}

#[cfg(test)]
mod tests {
    use super::pronoun_end;

    fn span(s: &str) -> Option<&str> {
        let at = s.to_lowercase().find("according to ")?;
        pronoun_end(s, at).map(|end| &s[at..end])
    }

    #[test]
    fn a_pronoun_closing_the_phrase() {
        assert_eq!(
            span("According to her, costs rose."),
            Some("According to her")
        );
        assert_eq!(
            span("Costs rose, according to them."),
            Some("according to them")
        );
        assert_eq!(
            span("Costs rose (according to him) by a fifth."),
            Some("according to him")
        );
    }

    #[test]
    fn other_objects_are_left() {
        assert_eq!(span("Costs rose, according to her own count."), None);
        assert_eq!(span("Costs rose, according to herbal lore."), None);
        assert_eq!(span("Costs rose, according to the mayor."), None);
    }
}
