//! "according to" a source described before its name, or a document whose
//! author comes after a longer description:
//! - "according to *the ship-tracking firm* SeaLens", "According to *the
//!   blockchain analytics firm* Elliptic": a determiner and up to three
//!   plain words (a kind, its last word lower case) before the name;
//! - "according to *a count by* Yonhap", "according to a count by *the
//!   Seoul-based researcher* Han Ji-won": a count or tally by its author;
//! - "according to *an analysis of satellite radar images published last
//!   month by* Global Fishing Watch": a document, what it is of, and a
//!   participle before "by" and its author.
//!
//! The span runs from the cue through the name. Over the 25 sets: fresh6
//! (Elliptic), fresh18 (a count by Yonhap), fresh23 (SeaLens, Han Ji-won,
//! Global Fishing Watch), none found before.

use super::Suggester;
use super::subject::DOCUMENTS_BY;
use crate::suggest::lower::lower_in;

/// Determiners before a description or a document.
const DETERMINERS: &[&str] = &["a", "an", "the", "one"];

/// Prepositions that end a description before a place, not a name.
const LINKS: &[&str] = &[
    "in", "at", "of", "from", "for", "with", "on", "by", "near", "to", "into", "outside",
];

/// Reckonings an author makes, besides the documents of [`DOCUMENTS_BY`].
const RECKONINGS: &[&str] = &["count", "estimate", "calculation", "compilation"];

/// The most plain words of a description before a name ("the *blockchain
/// analytics firm* Elliptic").
const MAX_DESCRIPTION: usize = 3;

/// The most plain words between a document and "by" ("an analysis *of
/// satellite radar images published last month* by").
const MAX_BETWEEN: usize = 8;

/// True for a plain word of a description: lower case, digits and
/// hyphens, or a place joined to a lower-case word ("Seoul-based").
fn is_plain(word: &str) -> bool {
    !word.is_empty()
        && (word
            .chars()
            .all(|c| c.is_lowercase() || c.is_ascii_digit() || c == '-')
            || word.split_once('-').is_some_and(|(_, tail)| {
                !tail.is_empty() && tail.chars().all(|c| c.is_lowercase() || c == '-')
            }))
}

impl Suggester {
    /// After byte `at` (a cue's end, or "by"'s): a determiner, one to
    /// [`MAX_DESCRIPTION`] plain words, the last all lower case, and a
    /// name `names` finds; the byte where the name starts. None when the
    /// words after `at` read as a name already ("the Korea Development
    /// Institute").
    pub(super) fn described_name_after(&self, sentence: &str, at: usize) -> Option<usize> {
        let rest = sentence.get(at..)?.strip_prefix(' ')?;
        let first = rest.split(' ').next()?;
        if !lower_in(first, DETERMINERS) {
            return None;
        }
        let mut pos = at + 1 + first.len() + 1;
        let mut last = "";
        for (n, word) in sentence.get(pos..)?.split(' ').enumerate() {
            if word.starts_with(char::is_uppercase) && n > 0 {
                if !last.chars().all(|c| c.is_lowercase()) {
                    return None;
                }
                return self.names.after(sentence, pos).map(|_| pos);
            }
            // "a third source *in* Hyesan", "a notice posted *at* X": a
            // place or a thing's whereabouts, not a kind before a name.
            if n == MAX_DESCRIPTION || !is_plain(word) || LINKS.contains(&word) {
                return None;
            }
            last = word;
            pos += word.len() + 1;
        }
        None
    }

    /// After a cue ending at byte `end`: a determiner, a document of
    /// [`DOCUMENTS_BY`] or a reckoning of [`RECKONINGS`], then "by" at once
    /// or after up to [`MAX_BETWEEN`] plain words holding a participle in
    /// "-ed", and the author, named or described; the byte where the
    /// author's name starts.
    pub(super) fn reckoning_author_after(&self, sentence: &str, end: usize) -> Option<usize> {
        let rest = sentence.get(end..)?.strip_prefix(' ')?;
        let mut words = rest.split(' ');
        let first = words.next()?;
        if !lower_in(first, DETERMINERS) {
            return None;
        }
        let document = words.next()?;
        if !lower_in(document, DOCUMENTS_BY) && !lower_in(document, RECKONINGS) {
            return None;
        }
        let mut at = end + 1 + first.len() + 1 + document.len() + 1;
        let mut participle = false;
        for (n, word) in words.enumerate() {
            if word == "by" {
                if n > 0 && !participle {
                    return None;
                }
                let by_end = at + 2;
                let named = sentence
                    .get(by_end..)?
                    .strip_prefix(' ')
                    .filter(|r| r.starts_with(char::is_uppercase))
                    .and_then(|_| self.names.after(sentence, by_end + 1))
                    .map(|_| by_end + 1);
                return named.or_else(|| self.described_name_after(sentence, by_end));
            }
            if n == MAX_BETWEEN || !is_plain(word) || (n == 0 && word != "of") {
                return None;
            }
            participle |= word.len() > 4 && word.ends_with("ed");
            at += word.len() + 1;
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn name(sentence: &str, cue: &str, described: bool) -> Option<String> {
        let s = Suggester::builtin().ok()?;
        let end = sentence.find(cue)? + cue.len();
        let start = if described {
            s.described_name_after(sentence, end)?
        } else {
            s.reckoning_author_after(sentence, end)?
        };
        let name_end = s.names.after(sentence, start)?;
        Some(sentence[start..name_end].to_string())
    }

    #[test]
    fn a_described_name() {
        let t = "It sailed, according to the ship-tracking firm SeaLens.";
        assert_eq!(name(t, "according to", true).as_deref(), Some("SeaLens"));
        let t = "It sailed, according to the Korea Development Institute.";
        assert_eq!(name(t, "according to", true), None);
        let t = "It sailed, per a third source in Hyesan.";
        assert_eq!(name(t, "per", true), None);
    }

    #[test]
    fn a_reckoning_by_its_author() {
        let t = "It rose, according to a count by Yonhap.";
        assert_eq!(name(t, "according to", false).as_deref(), Some("Yonhap"));
        let t = "Boats were seen, according to an analysis of radar images \
                 published last month by Global Fishing Watch, a group.";
        assert_eq!(
            name(t, "according to", false).as_deref(),
            Some("Global Fishing Watch")
        );
        let t = "Boats were seen, according to an analysis of radar images by \
                 Global Fishing Watch.";
        assert_eq!(name(t, "according to", false), None);
    }
}
