//! The verb after a subject's inserted phrase may carry an auxiliary or a
//! time adverb of its own ("The coast guard, in a notice last May, *had
//! warned*", "Interpol, in its yearly report, *has long* argued"): the
//! comma that closes the phrase stands before those words, not right
//! before the cue.

/// Words that may stand between an inserted phrase's closing comma and the
/// cue: auxiliaries of the perfect and a few adverbs of time (a closed list).
const BETWEEN: &[&str] = &[
    "had",
    "has",
    "have",
    "also",
    "already",
    "long",
    "earlier",
    "previously",
    "repeatedly",
    "since",
];

/// The most such words read back from the cue.
const MOST: usize = 2;

/// `before` (the text before a cue, trimmed at its end) without the
/// [`BETWEEN`] words that end it, at most [`MOST`] of them, when a comma
/// comes right before them; else `before` itself.
pub(super) fn before_auxiliaries(before: &str) -> &str {
    let mut rest = before;
    for _ in 0..MOST {
        if rest.ends_with(',') {
            return rest;
        }
        let Some((head, last)) = rest.rsplit_once(' ') else {
            return before;
        };
        if !BETWEEN.contains(&last) {
            return before;
        }
        rest = head.trim_end();
    }
    if rest.ends_with(',') { rest } else { before }
}

#[cfg(test)]
mod tests {
    use super::before_auxiliaries;

    #[test]
    fn auxiliaries_after_an_inserted_phrase_are_skipped() {
        let s = "Interpol, in a notice last May, had";
        assert_eq!(before_auxiliaries(s), "Interpol, in a notice last May,");
        let s = "The league, in its yearly report, has long";
        assert_eq!(before_auxiliaries(s), "The league, in its yearly report,");
        assert_eq!(
            before_auxiliaries("The league, in 2020,"),
            "The league, in 2020,"
        );
        // No comma before the auxiliary: nothing changes.
        assert_eq!(before_auxiliaries("The league had"), "The league had");
        assert_eq!(before_auxiliaries("had"), "had");
        // Other words between the comma and the cue: nothing changes.
        let s = "The league, in 2020, quietly";
        assert_eq!(before_auxiliaries(s), s);
    }
}
