//! The person a pronoun stands for when the text named them since the source
//! before: a speaker's name, a titled subject ("Sen. Ann Cole, a Democrat,
//! disagreed: "…," *she said*") or a person introduced with a description
//! ("estimated Ian Moss, a sanctions consultant. … *he said*").

use super::person_source::is_name;
use super::{Suggester, back_reference};

/// Titles a sentence's subject may open with ([`Suggester::titled_subject`]).
const SUBJECT_TITLES: &[&str] = &[
    "Sen. ",
    "Senator ",
    "Rep. ",
    "Representative ",
    "Congressman ",
    "Congresswoman ",
];

/// How far back, in bytes, a pronoun's person is looked for (a paragraph or
/// two).
const PERSON_LOOK_BACK: usize = 2_000;

impl Suggester {
    /// The person a pronoun after `between` (the text since the source
    /// before) stands for, and their source: the latest of a speaker's name
    /// (see [`back_reference::latest_mention`]), a titled person opening a
    /// sentence ("Sen. Ann Cole, a Democrat, disagreed: “…,” *she said*")
    /// and a person introduced with a description ("estimated Ian Moss, a
    /// sanctions consultant. … *he said*"), the last two within the last
    /// [`PERSON_LOOK_BACK`] bytes.
    pub(super) fn latest_person(
        &self,
        between: &str,
        speakers: &[(String, String)],
    ) -> Option<(String, String)> {
        let mut from = between.len().saturating_sub(PERSON_LOOK_BACK);
        while !between.is_char_boundary(from) {
            from += 1;
        }
        let spoken = back_reference::latest_mention(between, speakers)
            .map(|(at, name, source)| (at, name.to_string(), source.to_string()));
        let recent = &between[from..];
        let shifted =
            |found: Option<(usize, String, String)>| found.map(|(at, n, s)| (from + at, n, s));
        let titled = shifted(self.titled_subject(recent));
        let introduced = shifted(self.introduced_person(recent));
        [spoken, titled, introduced]
            .into_iter()
            .flatten()
            .max_by_key(|(at, _, _)| *at)
            .map(|(_, name, source)| (name, source))
    }

    /// The latest person in `text` named after a title that opens a sentence
    /// or clause ("Sen. Ann Cole, a Democrat, disagreed"; not "Asked by Sen.
    /// Cole"): where, the title and name, and the title's source.
    fn titled_subject(&self, text: &str) -> Option<(usize, String, String)> {
        let mut best: Option<(usize, String, String)> = None;
        for title in SUBJECT_TITLES {
            // From the end: the first that fits is the latest of this title.
            for (at, _) in text.rmatch_indices(title) {
                let lead = text[..at].trim_end();
                let opens = lead.is_empty()
                    || lead.ends_with(['.', '!', '?', '\n', ':', '—', '”', '"'])
                    || at == 0;
                let rest = &text[at + title.len()..];
                let name_len: usize = (rest.split(' ').take(3))
                    .take_while(|w| w.starts_with(char::is_uppercase))
                    .map(|w| w.len() + 1)
                    .sum();
                if !opens || name_len == 0 || best.as_ref().is_some_and(|b| b.0 > at) {
                    continue;
                }
                let name = text[at..at + title.len() + name_len - 1]
                    .trim_end_matches([',', '.', ':', ';']);
                if let Some(source) = self.titled_source(name) {
                    best = Some((at, name.to_string(), source));
                    break;
                }
            }
        }
        best
    }

    /// The latest person `text` introduces with a description: two or three
    /// capitalised words, then ", a" or ", an" and a description that names a
    /// source ("Ian Moss, a sanctions consultant" → experts): where, the
    /// name and the source.
    fn introduced_person(&self, text: &str) -> Option<(usize, String, String)> {
        // From the end: the first that fits is the latest.
        for (comma, _) in text.rmatch_indices(", a") {
            let after = &text[comma + 2..];
            if !(after.starts_with("a ") || after.starts_with("an ")) {
                continue;
            }
            let words: Vec<&str> = text[..comma].rsplit(char::is_whitespace).take(3).collect();
            let name_words = words
                .iter()
                .take_while(|w| {
                    w.starts_with(char::is_uppercase) && w.chars().all(super::surname::name_char)
                })
                .count();
            if !(2..=3).contains(&name_words) {
                continue;
            }
            let name_len: usize = words[..name_words].iter().map(|w| w.len() + 1).sum();
            let at = comma + 1 - name_len;
            let name = &text[at..comma];
            if !is_name(name) {
                continue;
            }
            let end = after
                .find(['.', ',', ';', '“', '”', '"'])
                .unwrap_or(after.len());
            // A registry person ("Kim Yo Jong, the leader's sister") is
            // their own source: checked last, it is the dearest test.
            let source = self.described_source(&after[..end]);
            if let Some(source) = source.filter(|_| self.index.canonical(name).is_none()) {
                return Some((at, name.to_string(), source));
            }
        }
        None
    }
}
