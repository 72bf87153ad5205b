//! A document or data closing its sentence after a comma: "…, *the records
//! show*.", "…, *the chat logs show*.", "…, *the company's slides showed*."
//! The claim comes first and the papers that bear it out close the sentence;
//! the phrase is an attribution (gold: every such tail in every set), and
//! its source is the body the papers belong to — the one named before
//! ("according to records reviewed by the Herald … the records show") or
//! the possessive's owner, read like any back-reference ("the report said").
//! Only at the sentence's end: "the figures show a rise" and "…, as the
//! records show." are not read.

use super::{Found, Suggester};
use crate::suggest::ATTRIBUTION;
use crate::suggest::lower::lower_in;

/// Head nouns of a document or of data a body keeps or a reporter obtained.
const RECORD_HEADS: &[&str] = &[
    "record",
    "records",
    "log",
    "logs",
    "data",
    "figures",
    "statistics",
    "numbers",
    "documents",
    "files",
    "invoices",
    "receipts",
    "contracts",
    "emails",
    "ledger",
    "ledgers",
    "slides",
    "minutes",
    "transcript",
    "transcripts",
    "filings",
    "results",
    "timetable",
    "schedule",
    "register",
    "manifest",
    "archive",
    "archives",
    "tally",
    "database",
    "images",
    "photos",
    "footage",
];

/// The verbs of such a tail.
const SHOW: &[&str] = &["show", "shows", "showed"];

/// Words that open the tail's phrase: a determiner or possessive.
const DETERMINERS: &[&str] = &["the", "its", "their", "his", "her", "our", "these", "those"];

/// Words that show a clause, not a noun phrase, before the verb.
const NOT_IN_PHRASE: &[&str] = &[
    "as", "and", "or", "but", "which", "that", "what", "is", "are", "was", "were", "has", "have",
    "had", "will", "would", "it", "they", "he", "she", "we", "who", "when", "if", "so",
];

/// The most words of the tail's phrase before its verb.
const MAX_WORDS: usize = 6;

/// The rule id of these attributions.
const RULE: &str = "record-tail";

/// The score of these attributions.
const SCORE: f32 = 0.8;

/// The byte range of the tail phrase (subject and verb) ending `sentence`
/// after its last comma, and the subject's end, when it is a document or
/// data phrase before "show(s)/showed" and the sentence's full stop.
pub(super) fn record_tail(sentence: &str) -> Option<(usize, usize, usize)> {
    let body = sentence.trim_end();
    let body = body.strip_suffix('.')?;
    // The verb first: most sentences end otherwise, and this is all they cost.
    let last_word = body.rsplit(char::is_whitespace).next()?;
    if !SHOW.contains(&last_word) {
        return None;
    }
    let comma = body.rfind(',')?;
    // A claim stands before the comma.
    if !body[..comma].contains(char::is_alphabetic) {
        return None;
    }
    let tail = &body[comma + 1..];
    let start = comma + 1 + (tail.len() - tail.trim_start().len());
    let phrase = &body[start..];
    let words: Vec<&str> = phrase.split_whitespace().collect();
    let (verb, subject) = words.split_last()?;
    if !SHOW.contains(verb) || subject.len() < 2 || subject.len() > MAX_WORDS {
        return None;
    }
    let head = subject.last()?;
    if !lower_in(head, RECORD_HEADS) {
        return None;
    }
    let first = subject.first()?;
    let owner = first.ends_with("'s") || first.ends_with("’s") || first.ends_with('\'');
    // "…, court statistics show.": a bare noun compound of plain words
    // (gold 1 of 1, fresh26; "Chinese customs figures show" opens with a
    // capital).
    let compound = subject
        .iter()
        .all(|w| w.chars().all(|c| c.is_lowercase() || c == '-'));
    let opens =
        lower_in(first, DETERMINERS) || first.starts_with(char::is_uppercase) || owner || compound;
    let plain = subject.iter().all(|w| {
        w.chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '\'' | '’' | '-'))
            && !lower_in(w, NOT_IN_PHRASE)
    });
    if !(opens && plain) {
        return None;
    }
    let subject_end = start + phrase.len() - verb.len();
    Some((start, body.len(), subject_end.saturating_sub(1)))
}

impl Suggester {
    /// Adds to `out` the document or data tail closing `sentence` ("…, the
    /// records show."), when it overlaps none of its attributions.
    pub(super) fn push_record_tail(&self, sentence: &str, out: &mut Vec<Found>) {
        let Some((start, end, subject_end)) = record_tail(sentence) else {
            return;
        };
        if out.iter().any(|f| f.start < end && start < f.end) {
            return;
        }
        let subject = sentence[start..subject_end].trim();
        out.push(Found {
            start,
            end,
            label: ATTRIBUTION,
            why: format!("document or data “{subject}” closing the sentence"),
            source: Some(subject.to_string()),
            rule: RULE.to_string(),
            score: SCORE,
            back_reference: true,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::record_tail;

    #[test]
    fn a_record_phrase_closes_the_sentence() {
        let s = "Pay went to Yanji, the records show.";
        let (a, b, _) = record_tail(s).unwrap_or((0, 0, 0));
        assert_eq!(&s[a..b], "the records show");
        assert!(record_tail("The figures show a rise.").is_none());
        assert!(record_tail("Pay went to Yanji, as the records show.").is_none());
        assert!(record_tail("Pay went to Yanji, and it shows.").is_none());
        let s = "Pay went to Yanji, port statistics show.";
        let (a, b, _) = record_tail(s).unwrap_or((0, 0, 0));
        assert_eq!(&s[a..b], "port statistics show");
    }
}
