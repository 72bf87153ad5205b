//! A counting cue's subject that stands right after a preposition is that
//! preposition's object, not the one who counted: "exports *to* Chile had
//! counted the months twice" names no Chilean source. Only for the rules of
//! [`COUNTING_RULES`]: with a reporting verb ("a source close *to* the
//! ministry said") the analysts keep the attribution.

/// Rules whose cue (a count: "recorded", "counted") takes a thing as well
/// as a body as its subject.
const COUNTING_RULES: &[&str] = &["source-recorded"];

/// Prepositions whose object a cue's subject can never be.
const PREPOSITIONS: &[&str] = &[
    "to", "of", "from", "with", "into", "onto", "toward", "towards", "against", "about",
];

/// True when `rule` is one of [`COUNTING_RULES`] and the word just before
/// byte `n` of `sentence` (the subject's start) is one of [`PREPOSITIONS`],
/// written in lower case with no punctuation after it.
pub(super) fn follows_preposition(rule: &str, sentence: &str, n: usize) -> bool {
    if !COUNTING_RULES.contains(&rule) {
        return false;
    }
    let Some(before) = sentence.get(..n) else {
        return false;
    };
    let Some(before) = before.strip_suffix(' ') else {
        return false;
    };
    let word = before.rsplit(' ').next().unwrap_or_default();
    PREPOSITIONS.contains(&word)
}

#[cfg(test)]
mod tests {
    use super::follows_preposition;

    #[test]
    fn objects_of_prepositions() {
        let s = "A table of exports to Chile had counted the months twice.";
        assert!(follows_preposition(
            "source-recorded",
            s,
            s.find("Chile").unwrap_or(0)
        ));
        let s = "On Monday, Chile said the count was wrong.";
        assert!(!follows_preposition(
            "source-recorded",
            s,
            s.find("Chile").unwrap_or(0)
        ));
        let s = "Chile said the count was wrong.";
        assert!(!follows_preposition("source-recorded", s, 0));
        let s = "A source close to Chile said the count was wrong.";
        assert!(!follows_preposition(
            "source-said",
            s,
            s.find("Chile").unwrap_or(0)
        ));
    }
}
