//! The acronyms a text introduces after a body's name ("the World Food
//! Programme (WFP)"): the bodies a later "the programme" may stand for
//! ([`super::coreference`]'s look-back).

use super::char_end::past_char;
use super::coreference::since_sentence_end;

/// Each "Capitalised Name (ACRONYM)" in `text` ("the World Food Programme
/// (WFP)", "the U.N. human rights office (OHCHR)"), in order: the byte where
/// the acronym starts, the words before it up to a sentence or clause break
/// (at most eight), and the acronym (two to eight capitals).
pub(super) fn introduced_acronyms(text: &str) -> Vec<(usize, String, String)> {
    let mut out = Vec::new();
    for open in super::bracket_opens::bracket_opens(text) {
        let inner = &text[open + 2..];
        let Some(close) = inner.find([')', ',']) else {
            continue;
        };
        let acronym = &inner[..close];
        let fits = (2..=8).contains(&acronym.chars().count())
            && acronym.starts_with(|c: char| c.is_ascii_uppercase())
            && (acronym.chars()).all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '&');
        if !fits {
            continue;
        }
        let lead = &text[..open];
        let clause = lead
            .rfind([',', ';', ':', '\n', '“', '"', '(', ')'])
            .map_or(0, |i| past_char(lead, i));
        let words: Vec<&str> = lead[clause..].split_whitespace().collect();
        let words = since_sentence_end(&words);
        let name = words[words.len().saturating_sub(8)..].join(" ");
        if name.chars().any(char::is_uppercase) {
            out.push((open + 2, name, acronym.to_string()));
        }
    }
    out
}
