//! Searchers built once for the short strings the clause cutters look for in
//! every sentence (" and ", ", ", ", when "). Building a `memmem` searcher
//! costs a few hundred instructions: per sentence, that was more than the
//! search itself.

use std::sync::LazyLock;

use memchr::memmem::{FindIter, Finder};

static AND: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(" and "));
static BUT: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(" but "));
static COMMA: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(", "));
static COMMA_WHEN: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(", when "));
static OF_THE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(" of the "));

/// The byte offsets of the non-overlapping " and "s of `text`, in order.
pub(crate) fn ands(text: &str) -> FindIter<'_, 'static> {
    AND.find_iter(text.as_bytes())
}

/// The byte offsets of the non-overlapping " but "s of `text`, in order.
pub(crate) fn buts(text: &str) -> FindIter<'_, 'static> {
    BUT.find_iter(text.as_bytes())
}

/// The byte offsets of the non-overlapping ", "s of `text`, in order.
pub(crate) fn commas(text: &str) -> FindIter<'_, 'static> {
    COMMA.find_iter(text.as_bytes())
}

/// The byte offsets of the non-overlapping ", when "s of `text`, in order.
pub(crate) fn commas_when(text: &str) -> FindIter<'_, 'static> {
    COMMA_WHEN.find_iter(text.as_bytes())
}

/// `text` split at its first " of the " (as `str::split_once`), without
/// building a searcher per call.
pub(crate) fn split_of_the(text: &str) -> Option<(&str, &str)> {
    let at = OF_THE.find(text.as_bytes())?;
    Some((&text[..at], &text[at + " of the ".len()..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_match_indices_finds() {
        let text = "Seoul and Tokyo, and Hanoi and and, when x, , when";
        let by_std = |n: &str| text.match_indices(n).map(|(at, _)| at).collect::<Vec<_>>();
        assert_eq!(ands(text).collect::<Vec<_>>(), by_std(" and "));
        assert_eq!(commas(text).collect::<Vec<_>>(), by_std(", "));
        assert_eq!(commas_when(text).collect::<Vec<_>>(), by_std(", when "));
        for s in [
            "Ana of the Institute of the Sea",
            "of the ",
            "no",
            "x of thé",
        ] {
            assert_eq!(split_of_the(s), s.split_once(" of the "));
        }
    }
}
