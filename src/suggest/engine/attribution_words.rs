//! The word tests [`super::attribution`] asks of a cue's subject and
//! surroundings: a count, a document, a possessive or back-reference, a
//! capitalised cue inside a name, what stands just before a cue.

use super::Found;
use super::subject::{BACK_REFERENCES, DOCUMENTS_BY};
use super::subject_extent::names_no_one;
use crate::suggest::lower::lower_in;

/// True when a cue's subject `name` gives it no source: a word that names
/// no one ([`names_no_one`]) unless `coordinated` with a name, an
/// infinitive's marker ("*To* add: …"), or, where the source stands after a
/// comma or a quote (`after_comma_or_quote`), a count ("said 70 percent").
pub(super) fn names_no_source(name: &str, coordinated: bool, after_comma_or_quote: bool) -> bool {
    (names_no_one(name) && !coordinated)
        || name.trim().eq_ignore_ascii_case("to")
        || (after_comma_or_quote && is_counted(name))
}

/// True when `name` opens with a number and holds no capital ("said 3,000
/// people"): a count, not a source ("38 North" is one).
fn is_counted(name: &str) -> bool {
    let name = name.trim();
    name.starts_with(|c: char| c.is_ascii_digit()) && !name.contains(char::is_uppercase)
}

/// True when the word just before byte `cue` is "and" ("noted that … *and*
/// said").
pub(super) fn follows_and(sentence: &str, cue: usize) -> bool {
    let before = sentence[..cue].trim_end();
    before.ends_with(" and") || before.ends_with(" And")
}

/// True when `subject` names a document or data ("The 96-page *report*", "A
/// *survey* by the institute", "*Figures* from the ministry").
pub(super) fn names_a_document(subject: &str) -> bool {
    subject.split(|c: char| !c.is_alphanumeric()).any(|w| {
        lower_in(w, DOCUMENTS_BY)
            || lower_in(
                w,
                &[
                    "report",
                    "reports",
                    "statement",
                    // "Its estimate assumes" (see `body_finding`).
                    "estimate",
                    "estimates",
                    "images",
                    "photos",
                    "footage",
                    // A schedule or register a body keeps ("the airline's
                    // timetable shows").
                    "timetable",
                    "timetables",
                    "schedule",
                    "ledger",
                    "register",
                    "manifest",
                    // Papers and files a body keeps or a reporter obtained,
                    // closing a clause ("…, the chat logs show", "…, the
                    // company's slides showed").
                    "ledgers",
                    "logs",
                    "slides",
                    "documents",
                    "files",
                    "invoices",
                    "transcripts",
                    "filings",
                    "results",
                ],
            )
    })
}

/// True when `name` opens with a possessive pronoun ("Its spokesperson",
/// "their officials"): it names no one itself.
pub(super) fn is_possessive_pronoun_led(name: &str) -> bool {
    let first = name.split_whitespace().next().unwrap_or("");
    ["its", "their", "his", "her"]
        .iter()
        .any(|p| first.eq_ignore_ascii_case(p))
        && name.split_whitespace().count() > 1
}

/// True when `name` is one of [`BACK_REFERENCES`] ("the spokesperson").
pub(super) fn is_back_reference(name: &str) -> bool {
    let name = name.trim();
    BACK_REFERENCES.iter().any(|b| b.eq_ignore_ascii_case(name))
}

/// True when the cue at byte `start` is capitalised after a word inside the
/// sentence: part of a name ("the United States"), not a cue.
pub(super) fn is_capitalised_inside(sentence: &str, start: usize) -> bool {
    sentence[start..]
        .chars()
        .next()
        .is_some_and(char::is_uppercase)
        && sentence[..start]
            .trim_end()
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
}

/// True when `before` ends (spaces aside) with a comma or a closing quote.
pub(super) fn after_comma_or_quote(before: &str) -> bool {
    before
        .trim_end()
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, ',' | '”' | '"' | '’'))
}

/// True when one of `out` (attributions before in the sentence) ends before
/// byte `at` with a reported clause opened by "that": `at` is inside what it
/// reports.
pub(super) fn is_reported_before(sentence: &str, out: &[Found], at: usize) -> bool {
    out.iter().any(|f| {
        f.end <= at
            && sentence
                .get(f.end..)
                .is_some_and(|rest| rest.trim_start().starts_with("that "))
    })
}
