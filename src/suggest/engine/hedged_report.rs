//! A report that is itself only expected: "Cargo interests *will probably
//! argue that* the diversion was a deliberate deviation", "the owners *may
//! claim that* …". The reporting verb's "that" would open a claim of what
//! is reported, but the verb stands under a hedge (a modal or a hedge
//! adverb just before it): nobody has said it yet, so the clause is read
//! whole and the hedge makes it speculation from its auxiliary.
//!
//! Gold, the 25 sets and fresh24 204–207: wrong -> right 2 (fresh24 "will
//! probably argue that …"; fresh8 "could add to that figure if …", where
//! "that" is a determiner and the modal's hedge had been lost), none
//! right -> wrong.

/// Words that hedge a verb just after them.
const HEDGES: &[&str] = &[
    "may", "might", "could", "probably", "likely", "possibly", "perhaps",
];

/// True when the reporting `verb` (lower case) of `head` (the clause up to
/// what the verb reports) has a hedge among the two words before it.
pub(super) fn is_hedged(head: &str, verb: &str) -> bool {
    let words: Vec<&str> = head
        .split_whitespace()
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .collect();
    let Some(at) = words.iter().rposition(|w| w.eq_ignore_ascii_case(verb)) else {
        return false;
    };
    words[at.saturating_sub(2)..at]
        .iter()
        .any(|w| HEDGES.iter().any(|h| h.eq_ignore_ascii_case(w)))
}

#[cfg(test)]
mod tests {
    use super::is_hedged;

    #[test]
    fn a_hedge_before_the_verb() {
        assert!(is_hedged(
            "Cargo interests will probably argue that ",
            "argue"
        ));
        assert!(is_hedged("The owners may claim that ", "claim"));
    }

    #[test]
    fn a_plain_report_is_not() {
        assert!(!is_hedged("The defence argued that ", "argued"));
        assert!(!is_hedged(
            "A clerk, probably the last, told the court that ",
            "told"
        ));
    }
}
