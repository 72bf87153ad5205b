//! ", but not …" with no verb after a claim: the negated phrase limits the
//! claim before it ("that was true of older versions*, but not of the one
//! in the files*"), one claim with it, even after an attribution (where
//! "X said A, but B" otherwise leaves B apart). The hedge's riders ("likely
//! but not certain") are `clause_shape::is_negated_rider`'s.
//!
//! Counted in the gold of the 29 sets (fresh27: 228–231 only), session 34:
//! ", but not" + a verbless phrase kept with the span before 3 times of 3
//! (fresh5 and fresh6 after hedges, fresh27 after a claim), split never.

use super::clause_shape::{bare_words, names_a_verb};

/// The most words the phrase may have, "not" included.
const MOST_WORDS: usize = 8;

/// True when `clause` opens with "not" and is a phrase of at most
/// [`MOST_WORDS`] words with no verb.
pub(super) fn is_negated_phrase(clause: &str) -> bool {
    let clause = clause.trim_start();
    // Cheap first: the clause opens with "not ".
    if !clause.starts_with("not ") {
        return false;
    }
    let words = bare_words(clause);
    words.len() <= MOST_WORDS && !names_a_verb(&words)
}

/// True when the words of `sentence` after byte `at`, to the next comma,
/// semicolon or the sentence's end, are such a phrase.
pub(super) fn negated_phrase_after(sentence: &str, at: usize) -> bool {
    let Some(rest) = sentence.get(at..) else {
        return false;
    };
    let end = rest.find([',', ';']).unwrap_or(rest.len());
    is_negated_phrase(&rest[..end])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_verbless_negation_is_a_phrase() {
        assert!(is_negated_phrase("not of the one in the files."));
        assert!(is_negated_phrase(" not to bicycles"));
        assert!(!is_negated_phrase("not all of them were sold"));
        assert!(!is_negated_phrase("none of them carried coal"));
    }
}
