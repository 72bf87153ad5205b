//! A document subject led by its date: "*The March 3* article reported",
//! "*the June 12* story said". The date joins the span, and such a document
//! stands for the outlet or body named before it.

use crate::suggest::calendar::MONTHS;

/// Heads of a dated document that stand for its author named before.
const DATED_HEADS: &[&str] = &[
    "story",
    "article",
    "report",
    "editorial",
    "piece",
    "broadcast",
    "statement",
    "column",
    "dispatch",
];

/// For a subject found at byte `n` that opens with a day's number ("8
/// story"): the byte where its date starts, "the" included ("*The April* 8
/// story"), when a month's name stands just before it.
pub(super) fn dated_subject_start(sentence: &str, n: usize) -> Option<usize> {
    let mut words = sentence[n..].split(' ');
    let first = words.next()?;
    // "*March 3* article": the subject found with its month.
    if MONTHS.contains(&first) && words.next().is_some_and(is_day) {
        return Some(with_article(sentence, n));
    }
    if !is_day(first) {
        return None;
    }
    let before = sentence[..n].strip_suffix(' ')?;
    let month = before.rsplit(' ').next().unwrap_or(before);
    if !MONTHS.contains(&month) {
        return None;
    }
    Some(with_article(sentence, before.len() - month.len()))
}

/// True when `word` is a day's number (one or two digits).
fn is_day(word: &str) -> bool {
    (1..=2).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
}

/// Byte `start`, or the start of "the" just before it.
fn with_article(sentence: &str, start: usize) -> usize {
    let before = &sentence[..start];
    let det = before.trim_end().rsplit(' ').next().unwrap_or("");
    if (det == "The" || det == "the") && before.ends_with(' ') {
        start - det.len() - 1
    } else {
        start
    }
}

/// True when the dated subject `subject` ends with a document of
/// [`DATED_HEADS`]: its author is the source named before.
pub(super) fn is_dated_document(subject: &str) -> bool {
    let head = subject.trim_end().rsplit(' ').next().unwrap_or("");
    DATED_HEADS.contains(&head)
}

#[cfg(test)]
mod tests {
    use super::{dated_subject_start, is_dated_document};

    fn start(sentence: &str, name: &str) -> Option<String> {
        let n = sentence.find(name)?;
        dated_subject_start(sentence, n).map(|s| sentence[s..n + name.len()].to_string())
    }

    #[test]
    fn a_date_before_a_document() {
        assert_eq!(
            start("The March 3 article reported a fire.", "3 article"),
            Some("The March 3 article".into())
        );
        assert_eq!(
            start("Its June 12 story said so.", "12 story"),
            Some("June 12 story".into())
        );
        assert!(is_dated_document("12 story"));
        assert_eq!(
            start("The March 3 article reported a fire.", "March 3 article"),
            Some("The March 3 article".into())
        );
        // A number that is no day, a name with a number.
        assert_eq!(start("The 38 North site said so.", "38 North"), None);
        assert_eq!(start("In March 300 troops left.", "300 troops"), None);
        assert!(!is_dated_document("38 North"));
    }
}
