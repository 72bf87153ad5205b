//! Unnamed sources described by what they know: "a person *familiar with
//! the plans* said", "A diplomat *with knowledge of the talks* told Reuters",
//! "according to two people *briefed on the decision*". The whole description
//! is the subject (or the cited name), and the source an unnamed one.

use std::sync::LazyLock;

use memchr::memmem::{Finder, FinderRev};

use super::Suggester;
use super::cue_gate::look_back;

/// What joins an unnamed speaker to what they know.
const KNOWING: &[&str] = &[
    " familiar with ",
    " with knowledge of ",
    " with direct knowledge of ",
    " with close knowledge of ",
    " briefed on ",
    " close to ",
    " involved in ",
    " knowledgeable about ",
];

/// [`KNOWING`]'s phrases ready to search from the end (built once: a
/// search built for each cue cost more than the search itself).
static KNOWING_BACKWARD: LazyLock<Vec<FinderRev<'static>>> =
    LazyLock::new(|| KNOWING.iter().map(FinderRev::new).collect());

/// [`KNOWING`]'s phrases ready to search from the start.
static KNOWING_FORWARD: LazyLock<Vec<Finder<'static>>> =
    LazyLock::new(|| KNOWING.iter().map(Finder::new).collect());

/// [`KNOWING`] as one searcher: most cues have none of them before.
static KNOWING_ANY: LazyLock<crate::suggest::finders::AnyOf> =
    LazyLock::new(|| crate::suggest::finders::AnyOf::new(KNOWING));

/// Head words of an unnamed speaker before a [`KNOWING`] phrase.
const SPEAKERS: &[&str] = &[
    "person",
    "people",
    "source",
    "sources",
    "official",
    "officials",
    "diplomat",
    "diplomats",
    "aide",
    "aides",
    "insider",
    "insiders",
    "someone",
    "executive",
    "executives",
    "individual",
    "individuals",
];

/// The most bytes between a cue and the start of a [`KNOWING`] phrase read.
const MAX_LOOK_BACK: usize = 200;

/// The byte where the first `bytes` of `text` end, on a char boundary.
fn look_ahead(text: &str, bytes: usize) -> usize {
    let mut to = bytes.min(text.len());
    while !text.is_char_boundary(to) {
        to -= 1;
    }
    to
}

/// The most words of what the speaker knows ("the *U.S. intelligence
/// assessments*").
const MAX_KNOWN_WORDS: usize = 7;

impl Suggester {
    /// An unnamed speaker and what they know, ending just before the cue at
    /// byte `cue` ("*a person familiar with the plans* said"): the byte where
    /// the speaker's description starts.
    pub(super) fn knowing_source_before(&self, sentence: &str, cue: usize) -> Option<usize> {
        let before = sentence[..cue].trim_end();
        // What is known is a few words: look back a bounded stretch only.
        let from = look_back(before, before.len(), MAX_LOOK_BACK);
        if !KNOWING_ANY.in_text(&before[from..]) {
            return None;
        }
        let (at, phrase) = (KNOWING_BACKWARD.iter().zip(KNOWING))
            .filter_map(|(finder, p)| finder.rfind(&before[from..]).map(|i| (from + i, *p)))
            .max_by_key(|(i, _)| *i)?;
        if !is_known_thing(&before[at + phrase.len()..]) {
            return None;
        }
        let speaker = &before[..at];
        let head = speaker.rsplit(' ').next()?.to_lowercase();
        if !SPEAKERS.contains(&head.as_str()) {
            return None;
        }
        self.names.before(sentence, at)
    }

    /// After a cue of "according to", "citing" ending at byte `end`: the end
    /// of an unnamed speaker and what they know ("according to *two people
    /// briefed on the decision*"), up to the clause's end.
    pub(super) fn knowing_source_after(&self, sentence: &str, end: usize) -> Option<usize> {
        let rest = &sentence[end..];
        let rest = &rest[..look_ahead(rest, MAX_LOOK_BACK)];
        let stop = rest
            .find(['.', ',', ';', ':', '”', '"', '—', '(', '?', '!'])
            .unwrap_or(rest.len());
        // "U.S." keeps its full stops: stop at one followed by a space and end.
        let clause = &rest[..clause_end(rest, stop)];
        let (at, phrase) = (KNOWING_FORWARD.iter().zip(KNOWING))
            .find_map(|(finder, p)| finder.find(clause.as_bytes()).map(|i| (i, *p)))?;
        let head = clause[..at].rsplit(' ').next()?.to_lowercase();
        if !SPEAKERS.contains(&head.as_str()) || clause[..at].split_whitespace().count() > 4 {
            return None;
        }
        let known = clause[at + phrase.len()..].trim_end();
        is_known_thing(known).then(|| end + at + phrase.len() + known.len())
    }
}

/// True when `known` is a short plain phrase ("the plans", "U.S. intelligence
/// assessments"): at most [`MAX_KNOWN_WORDS`] words, no clause punctuation.
fn is_known_thing(known: &str) -> bool {
    let words = known.split_whitespace().count();
    words > 0
        && words <= MAX_KNOWN_WORDS
        && !known.contains([',', ';', ':', '“', '”', '"', '(', ')', '—'])
        && !known.split_whitespace().any(|w| w == "that")
}

/// The end of the clause in `rest` given its first punctuation at `stop`: a
/// full stop inside an abbreviation ("U.S. intelligence") does not end it.
pub(super) fn clause_end(rest: &str, stop: usize) -> usize {
    let mut stop = stop;
    while rest[stop..].starts_with('.') {
        let word_start = rest[..stop].rfind(' ').map_or(0, |i| i + 1);
        let word = &rest[word_start..stop];
        let abbreviation = !word.is_empty() && word.split('.').all(|p| p.len() <= 2);
        let after = &rest[stop + 1..];
        let inside = after.starts_with(|c: char| c.is_alphanumeric())
            || (after.strip_prefix(' ')).is_some_and(|a| a.starts_with(char::is_lowercase));
        if !(abbreviation && inside) {
            break;
        }
        match rest[stop + 1..].find(['.', ',', ';', ':', '”', '"', '—', '(', '?', '!']) {
            Some(i) => stop = stop + 1 + i,
            None => return rest.len(),
        }
    }
    stop
}

#[cfg(test)]
mod tests {
    use super::*;

    fn before(sentence: &str, cue: &str) -> Option<String> {
        let s = Suggester::builtin().expect("rules");
        let at = sentence.find(cue).expect("cue");
        (s.knowing_source_before(sentence, at)).map(|n| sentence[n..at].trim_end().to_string())
    }

    fn after(sentence: &str, cue: &str) -> Option<String> {
        let s = Suggester::builtin().expect("rules");
        let end = sentence.find(cue).expect("cue") + cue.len();
        (s.knowing_source_after(sentence, end)).map(|e| sentence[end..e].trim().to_string())
    }

    #[test]
    fn speakers_described_by_what_they_know() {
        assert_eq!(
            before(
                "A person familiar with the plans said the fund would close.",
                "said"
            )
            .as_deref(),
            Some("A person familiar with the plans")
        );
        assert_eq!(
            before(
                "An aide with knowledge of U.S. trade talks told Reuters it was off.",
                "told"
            )
            .as_deref(),
            Some("An aide with knowledge of U.S. trade talks")
        );
        assert_eq!(
            after(
                "The deal is off, according to two people briefed on the decision.",
                "according to"
            )
            .as_deref(),
            Some("two people briefed on the decision")
        );
        // Not a speaker: a place close to the border.
        assert_eq!(
            before("A village close to the border said nothing.", "said"),
            None
        );
    }
}
