//! A coordinating conjunction before a pronoun subject ("*But* she said",
//! "…, *but* he conceded", "…,” *and* they argue"): the conjunction joins two
//! clauses and is no part of the subject, so the pronoun is read as if the
//! clause opened with it. Annotators start the span at the pronoun.

/// Conjunctions that may open a clause before its subject, lower case.
const CONJUNCTIONS: &[&str] = &["but", "and", "yet"];

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
    // "…, and he said" after a plain comma often continues a clause whose
    // speaker the rules did not read, so its pronoun would take a speaker
    // named further back: only "but" and "yet" pass a plain comma.
    let comma_ok = !word.eq_ignore_ascii_case("and");
    let boundary = rest.is_empty()
        || rest.ends_with([';', '”', '"', '’'])
        || (comma_ok && rest.ends_with(','));
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
        // "and" after a plain comma is left alone.
        assert_eq!(without_conjunction("The road was shut, and"), None);
        // Two people as one subject: no clause boundary.
        assert_eq!(without_conjunction("Mr Kim and"), None);
        assert_eq!(without_conjunction("The road was shut"), None);
    }
}
