//! A "that" after the reported clause's own subject and verb is no part of
//! the cue: "The coast guard said *it turned back 11 boats that* crossed
//! the line" (a relative), "said *she had not known that* a submarine …"
//! (her own verb's) — the claim is the whole clause, not what follows
//! "that". Read when the clause after the cue opens with a subject
//! pronoun: gold of all sets (fresh25 212–215 and the 26 others, session
//! 32), an attribution, a pronoun and a "that" within six words: the span
//! holds the whole clause 10 times of 10.

/// Subject pronouns that open a clause of their own.
const SUBJECTS: &[&str] = &["it", "he", "she", "they", "we", "i"];

/// Prepositions that open a circumstance between a cue and its "that".
const CIRCUMSTANCE: &[&str] = &[
    "in", "on", "at", "during", "after", "before", "through", "via", "under", "to", "from",
];

/// How many words after a cue its "that" is looked for: ten after a
/// circumstance opened by a preposition, else six.
pub(super) fn that_reach(clause: &str) -> usize {
    let first = clause.split_whitespace().next().unwrap_or("");
    if CIRCUMSTANCE.iter().any(|p| p.eq_ignore_ascii_case(first)) {
        10
    } else {
        6
    }
}

/// True when `head`, the clause before a "that", opens with a subject
/// pronoun: the clause has a subject and verb of its own, and the "that"
/// is theirs.
pub(super) fn opens_own_clause(head: &str) -> bool {
    let first = head.split_whitespace().next().unwrap_or("");
    SUBJECTS.iter().any(|s| s.eq_ignore_ascii_case(first))
}

#[cfg(test)]
mod tests {
    use super::{opens_own_clause, that_reach};

    #[test]
    fn a_that_after_a_clause_of_its_own_is_no_cue_s() {
        assert!(opens_own_clause("it turned back 11 boats "));
        assert!(opens_own_clause("she had not known "));
        assert!(!opens_own_clause("on Thursday "));
        assert!(!opens_own_clause(""));
    }

    #[test]
    fn a_circumstance_reaches_further() {
        assert_eq!(
            that_reach("in its opinion on the bill that the fee rose"),
            10
        );
        assert_eq!(that_reach("the boat that sank"), 6);
    }
}
