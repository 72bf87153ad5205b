//! Searchers built once for the short strings the clause cutters look for in
//! every sentence (" and ", ", ", ", when "). Building a `memmem` searcher
//! costs a few hundred instructions: per sentence, that was more than the
//! search itself.

use std::sync::LazyLock;

use memchr::memmem::{FindIter, Finder, FinderRev};

static AND: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(" and "));
static BUT: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(" but "));
static COMMA: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(", "));
static COMMA_WHEN: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(", when "));
static OF_THE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(" of the "));
static AT_THE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(" at the "));
static FOR_THE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(" for the "));
static OF: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(" of "));
static POSSESSIVE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("'s "));
static CURLY_POSSESSIVE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("’s "));
static MINISTRY_OF: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("Ministry of "));
static COMMA_WHO: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(", who "));
static COMMA_WITH: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(", with "));
static WHETHER_BACK: LazyLock<FinderRev<'static>> = LazyLock::new(|| FinderRev::new(" whether "));
static N_SPACE: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("n "));
static THAT: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new(" that "));
static CCORDING_TO: LazyLock<Finder<'static>> = LazyLock::new(|| Finder::new("ccording to "));
static WHO_BACK: LazyLock<FinderRev<'static>> = LazyLock::new(|| FinderRev::new(" who "));
static BY_BACK: LazyLock<FinderRev<'static>> = LazyLock::new(|| FinderRev::new(" by "));

/// A searcher for any of a few words in a text, for a pass's cheap first
/// test: the vector (Teddy) search where the machine has it (a sixth of an
/// automaton's instructions on news text, a fifth of one `str::contains` per
/// word), the automaton elsewhere, nothing (every test true) only if the
/// constant list could not be compiled.
pub(crate) enum AnyOf {
    Packed(aho_corasick::packed::Searcher),
    Automaton(aho_corasick::AhoCorasick),
    Unbuilt,
}

impl AnyOf {
    /// The searcher for `words` (case as given).
    pub(crate) fn new(words: &[&str]) -> Self {
        match aho_corasick::packed::Searcher::new(words) {
            Some(packed) => AnyOf::Packed(packed),
            None => match aho_corasick::AhoCorasick::new(words) {
                Ok(automaton) => AnyOf::Automaton(automaton),
                Err(_) => AnyOf::Unbuilt,
            },
        }
    }

    /// Whether `text` holds one of the words anywhere (true when unbuilt:
    /// the test only lets a pass skip its reading).
    pub(crate) fn in_text(&self, text: &str) -> bool {
        match self {
            AnyOf::Packed(packed) => packed.find(text).is_some(),
            AnyOf::Automaton(automaton) => automaton.is_match(text),
            AnyOf::Unbuilt => true,
        }
    }
}

/// Whether `text` holds an em dash or an en dash (a byte search: a `char`
/// array pattern decodes every character).
pub(crate) fn has_dash(text: &str) -> bool {
    let bytes = text.as_bytes();
    memchr::memchr_iter(0xE2, bytes).any(|at| {
        // "—" U+2014 and "–" U+2013: E2 80 94, E2 80 93.
        matches!(bytes.get(at + 1..at + 3), Some([0x80, 0x94 | 0x93]))
    })
}

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

/// The byte offsets of the non-overlapping "n "s of `text`, in order (the
/// end of "in " before a view: `in_view.rs`).
pub(crate) fn n_spaces(text: &str) -> FindIter<'_, 'static> {
    N_SPACE.find_iter(text.as_bytes())
}

/// The byte offsets of the non-overlapping " that "s of `text`, in order.
pub(crate) fn thats(text: &str) -> FindIter<'_, 'static> {
    THAT.find_iter(text.as_bytes())
}

/// The byte offsets of the non-overlapping "ccording to "s of `text`, in
/// order ("According to", "according to").
pub(crate) fn according_tos(text: &str) -> FindIter<'_, 'static> {
    CCORDING_TO.find_iter(text.as_bytes())
}

/// The byte offset of the first ", when " of `text` (as `str::find`).
pub(crate) fn first_comma_when(text: &str) -> Option<usize> {
    COMMA_WHEN.find(text.as_bytes())
}

/// The byte offset of the first ", who " of `text` (as `str::find`).
pub(crate) fn first_comma_who(text: &str) -> Option<usize> {
    COMMA_WHO.find(text.as_bytes())
}

/// The byte offset of the first ", with " of `text` (as `str::find`).
pub(crate) fn first_comma_with(text: &str) -> Option<usize> {
    COMMA_WITH.find(text.as_bytes())
}

/// The byte offset of the last " whether " of `text` (as `str::rfind`).
pub(crate) fn last_whether(text: &str) -> Option<usize> {
    WHETHER_BACK.rfind(text.as_bytes())
}

/// The byte offset of the last " who " of `text` (as `str::rfind`).
pub(crate) fn last_who(text: &str) -> Option<usize> {
    WHO_BACK.rfind(text.as_bytes())
}

/// The byte offset of the last " by " of `text` (as `str::rfind`).
pub(crate) fn last_by(text: &str) -> Option<usize> {
    BY_BACK.rfind(text.as_bytes())
}

/// `text` split at the first occurrence of `finder`'s needle (as
/// `str::split_once`; a UTF-8 needle's occurrence starts and ends on
/// character boundaries).
fn split_on<'t>(text: &'t str, finder: &Finder<'_>) -> Option<(&'t str, &'t str)> {
    let at = finder.find(text.as_bytes())?;
    Some((&text[..at], &text[at + finder.needle().len()..]))
}

/// `text` split at its first ", " (as `str::split_once`).
pub(crate) fn split_comma(text: &str) -> Option<(&str, &str)> {
    split_on(text, &COMMA)
}

/// `text` split at its first " at the " (as `str::split_once`).
pub(crate) fn split_at_the(text: &str) -> Option<(&str, &str)> {
    split_on(text, &AT_THE)
}

/// `text` split at its first " for the " (as `str::split_once`).
pub(crate) fn split_for_the(text: &str) -> Option<(&str, &str)> {
    split_on(text, &FOR_THE)
}

/// `text` split at its first " of " (as `str::split_once`).
pub(crate) fn split_of(text: &str) -> Option<(&str, &str)> {
    split_on(text, &OF)
}

/// `text` split at its first "'s " (as `str::split_once`).
pub(crate) fn split_possessive(text: &str) -> Option<(&str, &str)> {
    split_on(text, &POSSESSIVE)
}

/// `text` split at its first "’s " (as `str::split_once`).
pub(crate) fn split_curly_possessive(text: &str) -> Option<(&str, &str)> {
    split_on(text, &CURLY_POSSESSIVE)
}

/// Whether `text` holds "Ministry of ".
pub(crate) fn has_ministry_of(text: &str) -> bool {
    MINISTRY_OF.find(text.as_bytes()).is_some()
}

/// Whether `text` holds `needle` (as `str::contains`): the vector search,
/// for a long text read once (a searcher built per call costs a few
/// hundred instructions, `str::contains` some two per byte of the text).
pub(crate) fn text_holds(text: &str, needle: &str) -> bool {
    memchr::memmem::find(text.as_bytes(), needle.as_bytes()).is_some()
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
        let text = "In her own view, in in n  that that that, according to him, \
                    According to; who who by by  who by";
        let by_std = |n: &str| text.match_indices(n).map(|(at, _)| at).collect::<Vec<_>>();
        assert_eq!(n_spaces(text).collect::<Vec<_>>(), by_std("n "));
        assert_eq!(thats(text).collect::<Vec<_>>(), by_std(" that "));
        assert_eq!(
            according_tos(text).collect::<Vec<_>>(),
            by_std("ccording to ")
        );
        let any = AnyOf::new(&[" show", " found", "x"]);
        for t in ["it shows", "he found", "x", "", "shown", " sho"] {
            let by_std = [" show", " found", "x"].iter().any(|w| t.contains(w));
            assert_eq!(any.in_text(t), by_std, "{t}");
        }
        for t in ["a — b", "1–2", "“x”", "—", "–", "", "x\u{2015}", "é"] {
            assert_eq!(has_dash(t), t.contains(['—', '–']), "{t}");
        }
        for t in [
            "an official at the court for the people of the state",
            "Lee's village head, Kim’s aide",
            "Ministry of Unification",
            "asked whether, when or whether, who, with, with the other , with ",
            "’s ",
            "",
        ] {
            assert_eq!(split_at_the(t), t.split_once(" at the "));
            assert_eq!(split_comma(t), t.split_once(", "));
            assert_eq!(first_comma_when(t), t.find(", when "));
            assert_eq!(first_comma_who(t), t.find(", who "));
            assert_eq!(first_comma_with(t), t.find(", with "));
            assert_eq!(last_whether(t), t.rfind(" whether "));
            assert_eq!(split_for_the(t), t.split_once(" for the "));
            assert_eq!(split_of(t), t.split_once(" of "));
            assert_eq!(split_possessive(t), t.split_once("'s "));
            assert_eq!(split_curly_possessive(t), t.split_once("’s "));
            assert_eq!(has_ministry_of(t), t.contains("Ministry of "));
            assert_eq!(text_holds(t, "the"), t.contains("the"));
        }
        for t in [text, " who", "who ", " who by ", ""] {
            assert_eq!(last_who(t), t.rfind(" who "));
            assert_eq!(last_by(t), t.rfind(" by "));
        }
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
