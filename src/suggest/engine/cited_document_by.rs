//! "according to" or "citing" a document described before its author:
//! "according to *a 2021 report by* the U.N. Panel of Experts", "citing *a
//! 2025 survey by* the Korea Institute for National Unification", "according
//! to *the latest annual review by* Amnesty". The author is the source; the
//! rules' fixed cues ("according to a report by") know only the bare
//! document.

use super::Suggester;
use super::subject::DOCUMENTS_BY;
use crate::suggest::lower::lower_in;

/// Determiners before the document ("*a* 2021 report"), lower case.
const DETERMINERS: &[&str] = &["a", "an", "the", "one", "its", "their", "this", "that"];

/// The most words between the determiner and the document ("a *new
/// 40-page* report").
const MAX_MODIFIERS: usize = 3;

impl Suggester {
    /// After a cue ending at byte `end`: a determiner, at most
    /// [`MAX_MODIFIERS`] plain words or numbers (a year), a document of
    /// [`DOCUMENTS_BY`] and "by" or "from"; the byte where the author's name
    /// starts, when `names` finds one there.
    pub(super) fn document_author_after(&self, sentence: &str, end: usize) -> Option<usize> {
        let rest = sentence.get(end..)?.strip_prefix(' ')?;
        let mut at = end + 1;
        let mut words = rest.split(' ');
        let first = words.next()?;
        if !lower_in(first, DETERMINERS) {
            return None;
        }
        at += first.len() + 1;
        for (n, word) in words.enumerate() {
            if n > MAX_MODIFIERS || word.is_empty() {
                return None;
            }
            at += word.len() + 1;
            if lower_in(word, DOCUMENTS_BY) {
                let after = sentence.get(at..)?;
                let by = ["by ", "from "].iter().find(|p| after.starts_with(*p))?;
                let name = at + by.len();
                return self.names.after(sentence, name).map(|_| name);
            }
            let plain = word
                .chars()
                .all(|c| c.is_lowercase() || c.is_ascii_digit() || c == '-');
            if !plain {
                return None;
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn author(sentence: &str, cue: &str) -> Option<String> {
        let s = Suggester::builtin().expect("rules");
        let end = sentence.find(cue).expect("cue") + cue.len();
        let name = s.document_author_after(sentence, end)?;
        let name_end = s.names.after(sentence, name)?;
        Some(sentence[name..name_end].to_string())
    }

    #[test]
    fn a_dated_or_described_document_by_its_author() {
        assert_eq!(
            author(
                "It sailed, according to a 2019 report by the Stimson Center.",
                "according to"
            )
            .as_deref(),
            Some("the Stimson Center")
        );
        assert_eq!(
            author(
                "Prices fell, citing a new quarterly survey from the Bank of Korea.",
                "citing"
            )
            .as_deref(),
            Some("the Bank of Korea")
        );
        // No author named after "by", or no document: nothing.
        assert_eq!(
            author(
                "It sailed, according to a 2019 report by boat.",
                "according to"
            ),
            None
        );
        assert_eq!(
            author(
                "It sailed, according to a man by the harbour.",
                "according to"
            ),
            None
        );
        assert_eq!(
            author(
                "It sailed, according to a Stimson report by Kim.",
                "according to"
            ),
            None
        );
    }
}
