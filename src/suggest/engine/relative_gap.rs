//! A speech verb inside a relative clause whose subject is the relative
//! pronoun: "the ammonia line *that state media said was* under
//! construction", "a budget *which the city says was* spent on …". The verb
//! is followed at once by the reported clause's own verb, its subject gone
//! to "that"/"which": a noun phrase with a hearsay aside, which the
//! annotators do not mark (gold 0 of 2 over the 28 sets: fresh20, fresh26).

/// Speech cues read here, lower case.
const CUES: &[&str] = &["said", "says", "say", "reported", "claimed", "claims"];

/// Finite verbs that open the reported clause with no subject, lower case.
const GAP_VERBS: &[&str] = &[
    "was", "were", "is", "are", "had", "has", "have", "would", "will", "could",
];

/// True when the cue `cue` (lower case) ending at byte `end` is followed by
/// one of [`GAP_VERBS`] and a relative pronoun stands in the few words
/// before it.
pub(super) fn is_relative_gap(cue: &str, sentence: &str, start: usize, end: usize) -> bool {
    if !CUES.contains(&cue) {
        return false;
    }
    let next = sentence
        .get(end..)
        .and_then(|r| r.strip_prefix(' '))
        .and_then(|r| r.split(' ').next())
        .unwrap_or("");
    if !GAP_VERBS.contains(&next) {
        return false;
    }
    let before = sentence.get(..start).unwrap_or("");
    before
        .split(' ')
        .rev()
        .skip(1)
        .take(5)
        .any(|w| w == "that" || w == "which")
}

#[cfg(test)]
mod tests {
    use super::is_relative_gap;

    fn gap(sentence: &str, cue: &str) -> bool {
        let start = sentence.find(cue).unwrap_or(0);
        is_relative_gap(cue, sentence, start, start + cue.len())
    }

    #[test]
    fn a_hearsay_aside_in_a_relative_clause() {
        assert!(gap(
            "It may be the pipe that state media said was new.",
            "said"
        ));
        assert!(gap("a fee, which the city says was spent in May.", "says"));
        assert!(!gap("The city said it was spent in May.", "said"));
        assert!(!gap("The city said was spent.", "said"));
    }
}
