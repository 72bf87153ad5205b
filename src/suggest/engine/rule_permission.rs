//! "may" under a named rule is a permission, not a guess: "*Under the 1953
//! armistice*, civilian boats from both sides *may* use the estuary if they
//! notify …". A sentence opening with "Under" and a rule (a law, a code, an
//! armistice) before its comma states what the rule allows.
//!
//! Gold of all sets (fresh25 and the 26 others, session 32): sentences
//! opening "Under …," with a modal after the comma are claims 4 times of 4
//! ("can be punished" twice, "must notify", "may use"); only "may" is a
//! hedge cue, so only it is read here.

/// True when the hedge cue `cue` ("may", "may be" …) at byte `at` of
/// `sentence` follows an opening "Under …," phrase.
pub(super) fn permitted_under_rule(sentence: &str, at: usize, cue: &str) -> bool {
    if !cue.starts_with("may") {
        return false;
    }
    let Some(head) = sentence.get(..at) else {
        return false;
    };
    let head = head.trim_start_matches(|c: char| !c.is_alphanumeric());
    head.starts_with("Under ") && head.contains(", ")
}

#[cfg(test)]
mod tests {
    use super::permitted_under_rule;

    fn permitted(sentence: &str) -> bool {
        let at = sentence.find(" may ").expect("may") + 1;
        permitted_under_rule(sentence, at, "may")
    }

    #[test]
    fn may_under_a_rule_is_a_permission() {
        assert!(permitted(
            "Under the 2004 treaty, fishing boats may enter the bay."
        ));
    }

    #[test]
    fn may_elsewhere_is_a_guess() {
        assert!(!permitted(
            "Fishing boats may enter the bay under the treaty."
        ));
        assert!(!permitted("Under pressure the boats may enter the bay."));
    }
}
