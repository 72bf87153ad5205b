//! A clause whose own verb is "should", with no source next to it: the
//! writer's advice or recommendation ("Residents with fever should be tested
//! at a public health centre", "Masters should keep printed logs on the
//! bridge"), no claim. Told by a source ("the ministry said all
//! parties should exercise restraint") it stays a claim: the rule reads only
//! clauses with no attribution next to them.
//!
//! Counted on the 28 sets (session 33): of the claims suggested with a
//! "should", the 6 right ones are all told by a source next to them; of the
//! wrong ones this rule drops 3 (fresh20 "We should have made clear …",
//! a partial; fresh25 "Masters should keep …"; fresh26 "Residents … should
//! be tested …") and drops nothing right. Left: "should" after a relative
//! word in the subject ("Skippers who see … should not haul it aboard",
//! fresh25), and a "should" the gold reads as a guess (fresh19, fresh22).
//! "must" is no such cue: the rules a notice states are claims in gold (9
//! of 12).

/// Words before "should" that make it a relative clause's verb ("the one
/// *who should* …"), not the clause's own; a reporting verb before it
/// makes it what someone said ("38.9 percent *said* the two Koreas should
/// live …").
const RELATIVE: &[&str] = &[
    "who", "that", "which", "whom", "whose", "where", "what", "said", "say", "says",
];

/// True when the first "should" of `clause` is its own verb: a word before
/// it, and no relative word between the clause's start and it.
pub(super) fn is_recommendation(clause: &str) -> bool {
    // Cheap first: most clauses have no "should".
    if !clause.contains("should") {
        return false;
    }
    for (before, word) in clause.split_whitespace().enumerate() {
        let bare = word.trim_matches(|c: char| !c.is_alphanumeric());
        if bare.eq_ignore_ascii_case("should") {
            return before > 0;
        }
        if RELATIVE.iter().any(|r| bare.eq_ignore_ascii_case(r)) {
            return false;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::is_recommendation;

    #[test]
    fn advice_in_the_writers_voice() {
        assert!(is_recommendation(
            "Residents with fever should be tested at a health centre"
        ));
        assert!(is_recommendation(
            "Masters should keep printed logs on the bridge"
        ));
        assert!(is_recommendation("The weak won should help carmakers"));
    }

    #[test]
    fn should_in_a_relative_clause_or_absent() {
        assert!(!is_recommendation(
            "The owner is the one who should be able to say"
        ));
        assert!(!is_recommendation("Should the dam fail, the valley floods"));
        assert!(!is_recommendation("The plant must be inspected by June"));
        assert!(!is_recommendation("Most said the two towns should merge"));
    }
}
