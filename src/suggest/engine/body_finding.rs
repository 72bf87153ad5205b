//! A body's own finding, read back by its head noun: "The board found that
//! …", "the agency concluded the pipe had cracked". The finding verbs
//! ("found", "concluded", "assumes") report for a document ("The report
//! found"); a definite body noun standing for the body named before reports
//! the same way, but only with a reported clause after the verb ("The agency
//! found *that* …", "found *the foundation had* …"), not a plain object
//! ("The agency found a new office").
//!
//! Also: a possessive pronoun and a document noun as a whole subject ("*Its
//! survey* found", "*Their estimate* assumes"), which names the body before
//! as the document's author.

use super::Suggester;
use super::subject::DOCUMENTS_BY;
use crate::suggest::lower::lower_in;

/// Most plain lower-case modifiers between "the" and the body noun ("the
/// *safety* board", "the *state audit* board").
const MAX_MODIFIERS: usize = 2;

/// Words that, soon after the verb and before any punctuation, show a
/// reported clause with no "that" ("found the foundation *had* …").
const CLAUSE_VERBS: &[&str] = &[
    "had", "has", "have", "was", "were", "is", "are", "would", "will", "could", "did", "should",
];

/// Most words after the verb searched for a [`CLAUSE_VERBS`] word.
const CLAUSE_REACH: usize = 6;

/// Document nouns a possessive pronoun can own as a subject ("Its survey",
/// "their estimate"), besides [`DOCUMENTS_BY`].
const OWNED_DOCUMENTS: &[&str] = &["estimate", "estimates", "statement", "notice", "reports"];

/// Possessive pronouns that own a document subject.
const OWNERS: &[&str] = &["its", "their"];

/// True when `subject` is "the" (any case), at most [`MAX_MODIFIERS`] plain
/// lower-case words and a body noun that reads back to a body named before
/// ("The board", "the safety agency"): see
/// [`super::bare_kind::is_body_kind`] and
/// [`crate::suggest::coreference::is_generic`].
pub(super) fn is_definite_body(subject: &str) -> bool {
    head_after(subject, |w| w.eq_ignore_ascii_case("the")).is_some_and(|head| {
        head.chars().all(|c| c.is_ascii_lowercase())
            && (super::bare_kind::is_body_kind(head)
                || crate::suggest::coreference::is_generic(head))
    })
}

/// The head of `subject` when it is a determiner `determiner` accepts, then
/// at most [`MAX_MODIFIERS`] plain lower-case words and the head ("the
/// ratings firm" → "firm"); `None` otherwise.
fn head_after(subject: &str, determiner: impl Fn(&str) -> bool) -> Option<&str> {
    let mut words = subject.split_whitespace();
    if !words.next().is_some_and(determiner) {
        return None;
    }
    let rest: Vec<&str> = words.collect();
    let (head, modifiers) = rest.split_last()?;
    let plain = |w: &&str| !w.is_empty() && w.chars().all(|c| c.is_ascii_lowercase());
    (modifiers.len() <= MAX_MODIFIERS && modifiers.iter().all(plain)).then_some(*head)
}

/// Determiners before a person named by what they do as the subject of a
/// finding ("*The* author finds", "*Our* inspectors found").
const AGENT_DETERMINERS: &[&str] = &["the", "this", "our", "its", "their", "his", "her"];

/// True when `subject` is a determiner of [`AGENT_DETERMINERS`], at most
/// [`MAX_MODIFIERS`] plain lower-case words and an agent noun ("The author",
/// "our safety inspectors"): a person reporting a finding, as a document
/// does ([`crate::suggest::agent_noun::is_agent_noun`]).
pub(super) fn is_agent_subject(subject: &str) -> bool {
    head_after(subject, |w| lower_in(w, AGENT_DETERMINERS))
        .is_some_and(crate::suggest::agent_noun::is_agent_noun)
}

/// True when `after` (the text after a finding verb) opens a reported clause:
/// "that", or within [`CLAUSE_REACH`] words and before any punctuation, a
/// finite auxiliary past the first word ("the foundation *had* overpaid").
pub(super) fn opens_finding(after: &str) -> bool {
    let rest = after.trim_start();
    let stop = rest
        .find(['.', ',', ';', ':', '(', '—', '“', '"'])
        .unwrap_or(rest.len());
    let mut words = rest[..stop].split_whitespace();
    match words.next() {
        Some(w) if w.eq_ignore_ascii_case("that") => true,
        Some(_) => words
            .take(CLAUSE_REACH - 1)
            .any(|w| CLAUSE_VERBS.contains(&w)),
        None => false,
    }
}

/// The byte where a possessive pronoun and a document noun start when they
/// are the whole text of `before` after a clause opening ("Its survey", ",
/// their estimate"): `None` otherwise.
pub(super) fn owned_document_start(before: &str) -> Option<usize> {
    let before = before.trim_end();
    let (lead, noun) = before.rsplit_once(' ')?;
    let noun_is_document = lower_in(noun, DOCUMENTS_BY) || lower_in(noun, OWNED_DOCUMENTS);
    if !noun_is_document {
        return None;
    }
    let lead = lead.trim_end();
    let (opening, owner) = match lead.rsplit_once(' ') {
        Some((o, w)) => (o.trim_end(), w),
        None => ("", lead),
    };
    // "“Its report": a quote opening the clause is no part of the subject.
    let bare = owner.trim_start_matches(['“', '"', '‘']);
    if !lower_in(bare, OWNERS) {
        return None;
    }
    let quoted = bare.len() < owner.len();
    let opens = quoted || opening.is_empty() || opening.ends_with([',', '“', '"', '”', ':', ';']);
    opens.then(|| offset_in(before, bare))
}

/// The byte offset of `part` (a sub-slice of `text`) in `text`.
fn offset_in(text: &str, part: &str) -> usize {
    part.as_ptr() as usize - text.as_ptr() as usize
}

impl Suggester {
    /// True when the document-finding cue at `start..end` of `sentence` has
    /// the definite body `subject` ([`is_definite_body`]) and a reported
    /// clause after it ([`opens_finding`]).
    pub(super) fn is_body_finding(
        &self,
        subject: &str,
        sentence: &str,
        start: usize,
        end: usize,
    ) -> bool {
        (is_definite_body(subject) || is_agent_subject(subject))
            && (opens_finding(&sentence[end..]) || self.has_reported_clause(sentence, start, end))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn definite_bodies() {
        assert!(is_definite_body("The board"));
        assert!(is_definite_body("the safety board"));
        assert!(is_definite_body("The agency"));
        assert!(is_definite_body("the office"));
        assert!(!is_definite_body("A board"));
        assert!(!is_definite_body("The Board"));
        assert!(!is_definite_body("The old safety review board"));
        assert!(!is_definite_body("The inspectors"));
        assert!(!is_definite_body("The"));
    }

    #[test]
    fn findings() {
        assert!(opens_finding(" that the axle was old."));
        assert!(opens_finding(" the foundation had overpaid its staff."));
        assert!(!opens_finding(" a new office in Busan."));
        assert!(!opens_finding(" a buyer, who had paid."));
        assert!(!opens_finding(""));
    }

    #[test]
    fn owned_documents() {
        assert_eq!(owned_document_start("Its survey"), Some(0));
        assert_eq!(owned_document_start("By March, their estimate"), Some(10));
        assert_eq!(owned_document_start("“Its report"), Some("“".len()));
        assert_eq!(owned_document_start("Its new survey"), None);
        assert_eq!(owned_document_start("Its chief"), None);
        assert_eq!(owned_document_start("The group and its survey"), None);
        assert_eq!(owned_document_start("His survey"), None);
    }
}
