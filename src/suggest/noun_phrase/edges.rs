//! The edges of a name read by [`super::NameWords`]: whether a plain word
//! after a capitalised one may be the name's head ("the UNC *escort*"), what
//! closes the phrase, an "and" inside a body's name before its bracketed
//! acronym ("Emergency *and* Disaster Management (SCEDM)"), and a plain
//! topic word before a state body's head ("the *agriculture* ministry").

use super::{is_acronym, word_start};

/// Whether the word that ends just before byte `from` of `text` (past its
/// spaces) is a possessive ("the city's").
pub(super) fn end_is_possessive(text: &str, from: usize) -> bool {
    let before = text[..from].trim_end();
    before.ends_with("'s") || before.ends_with("’s")
}

/// Words that end a phrase after a name but are no head of it ("said in
/// Seoul *today*", "carried by KCNA *too*").
const NOT_HEADS: &[&str] = &[
    "today",
    "yesterday",
    "tonight",
    "earlier",
    "later",
    "afterwards",
    "ago",
    "too",
    "again",
    "alone",
    "instead",
    "here",
    "there",
    "now",
    "then",
    // Documents keep their body as the source ("citing a Finance Ministry
    // document": the ministry's).
    "document",
    "documents",
    "report",
    "reports",
    "data",
    "record",
    "records",
    "figures",
    "statement",
    "notice",
    "filing",
    "survey",
    "study",
];

/// Whether the last word of `head` (a plain word after a capitalised one)
/// may be the head noun of a name: not a time or place adverb, not in "-ly".
pub(super) fn is_head_noun(head: &str) -> bool {
    let word = &head[word_start(head)..];
    word.len() >= 3 && !word.ends_with("ly") && !NOT_HEADS.contains(&word)
}

/// Whether `rest` (the text after a word of a name) closes the phrase: a
/// comma, a full stop, a semicolon or the text's end.
pub(super) fn closes_phrase(rest: &str) -> bool {
    rest.is_empty() || rest.starts_with([',', '.', ';'])
}

/// Whether `rest` (the text after an "and" inside a name) goes on with at
/// most five capitalised words or "of"/"for"/"the" and then an acronym in
/// brackets (" Disaster Management (SCEDM)"): the "and" joins the name.
pub(super) fn joins_acronym(rest: &str) -> bool {
    let Some(open) = rest.find('(') else {
        return false;
    };
    let run = &rest[..open];
    let mut capitalised = 0;
    for word in run.split_whitespace() {
        if word.starts_with(char::is_uppercase) && word.chars().all(char::is_alphabetic) {
            capitalised += 1;
        } else if !["of", "for", "the"].contains(&word) {
            return false;
        }
    }
    let inside = rest[open + 1..].split(')').next().unwrap_or("");
    (1..=5).contains(&run.split_whitespace().count())
        && capitalised > 0
        && rest[open + 1..].contains(')')
        && is_acronym(inside)
}

/// Heads of a state body a plain topic word may stand before ("the
/// *agriculture* ministry", "the *health* department"). Fresh30: "according
/// to the agriculture ministry" found nothing while "according to the
/// foreign ministry" (a source word) was read.
const BODY_HEADS: &[&str] = &["ministry", "department", "bureau", "agency", "commission"];

/// True when `rest` opens with a space and a word of [`BODY_HEADS`] that
/// ends there (a possessive, a comma or a full stop after it allowed).
pub(super) fn before_body_head(rest: &str) -> bool {
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    BODY_HEADS.iter().any(|h| {
        rest.strip_prefix(h)
            .is_some_and(|after| !after.starts_with(char::is_alphanumeric))
    })
}
