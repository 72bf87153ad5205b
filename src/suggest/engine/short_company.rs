//! A company named by the first word of the name the text introduced it by
//! ("Dalbit Cosmetics, a mid-sized manufacturer based in Changwon, …" …
//! "Dalbit said") speaks under that whole name, and "The company said"
//! opening the sentence after its attribution in the same paragraph
//! continues it (not a company the text mentioned in passing before).
//! fresh11 (Seabound Analytics, 3 spans) and fresh23 (Dalbit Cosmetics, 3)
//! file the short mentions so; fresh8 files a company by its short name
//! throughout (Halyard for "Halyard Labs", an older convention this pass
//! leaves alone: there the short name is never read back to a longer one).

use std::sync::Mutex;

use foldhash::HashMap;

use super::{ATTRIBUTION, Found, Suggester};
use crate::suggest::company::latest_company;

/// How many bytes after a mention of the short name are read for the
/// company's introduction.
const INTRODUCTION_REACH: usize = 160;

/// How many bytes before a company's attribution are read for the company
/// the text introduced (for "The company said" continuing it).
const COMPANY_REACH: usize = 6_000;

impl Suggester {
    /// Renames the sources of `found` (of `text`) that are the short name
    /// of a company introduced before, and the company word continuing it,
    /// as the module doc says.
    pub(super) fn name_short_companies(&self, text: &str, found: &mut [Found]) {
        let introductions: Mutex<HashMap<String, Option<(usize, String)>>> = Mutex::default();
        super::source_renames::rename_sources(found, "the company's whole name", |f, source| {
            // Cheap first: one capitalised word with lower-case letters
            // ("Dalbit"), not an acronym nor a phrase.
            let short = !source.contains(' ')
                && source.len() >= 3
                && source.starts_with(char::is_uppercase)
                && source.chars().skip(1).all(|c| c.is_lowercase() || c == '-');
            if !short {
                return None;
            }
            // One registry look-up and one scan of the text per short name,
            // however often it speaks (a registry name is never renamed).
            let mut memo = introductions.lock().ok()?;
            if !memo.contains_key(source) {
                let introduced = if self.index.canonical(source).is_some() {
                    None
                } else {
                    introduced_name(text, source)
                };
                memo.insert(source.to_string(), introduced);
            }
            let (at, name) = memo.get(source)?.as_ref()?;
            (*at < f.start).then(|| name.clone())
        });
        let mut before: Option<&Found> = None;
        let mut continued: Vec<(usize, String)> = Vec::new();
        for (i, f) in found.iter().enumerate() {
            if f.label != ATTRIBUTION {
                continue;
            }
            let span = text.get(f.start..f.end).unwrap_or_default();
            if let Some(b) = before
                && company_opening(span)
                && let Some(source) = b.source.as_deref()
                && b.end <= f.start
                && !text[b.end..f.start].contains('\n')
                && source.contains(' ')
                && text.get(b.start..b.end).is_some_and(|s| {
                    s.starts_with(source.split(' ').next().unwrap_or(source)) || s.contains(source)
                })
                && latest_company(
                    text.get(
                        text.floor_char_boundary(b.start.saturating_sub(COMPANY_REACH))..b.start,
                    )
                    .unwrap_or_default(),
                )
                .is_some()
                && f.source.as_deref() != Some(source)
            {
                continued.push((i, source.to_string()));
            }
            before = Some(f);
        }
        for (i, source) in continued {
            let f = &mut found[i];
            let old = f.source.replace(source.clone()).unwrap_or_default();
            f.why.push_str(&format!(
                ", “{old}” read as {source} (the company speaking before it)"
            ));
        }
    }
}

/// True when `span` opens with a company word ("The company said", "The
/// firm added").
fn company_opening(span: &str) -> bool {
    ["The company ", "The firm ", "the company ", "the firm "]
        .iter()
        .any(|o| span.starts_with(o))
}

/// Where `before` first introduces a company with `short` as its first
/// word ("Dalbit Cosmetics, a mid-sized manufacturer …", "the cosmetics
/// maker Dalbit Cosmetics"), and the whole name.
fn introduced_name(before: &str, short: &str) -> Option<(usize, String)> {
    before.match_indices(short).find_map(|(at, _)| {
        let rest = &before[at + short.len()..];
        // A longer name: a space and a capitalised word right after.
        let next = rest.strip_prefix(' ')?;
        if !next.starts_with(char::is_uppercase) {
            return None;
        }
        // The word before it is no part of the name ("Dalbit" alone opens it).
        let prior = before[..at].chars().next_back();
        if prior.is_some_and(char::is_alphanumeric) {
            return None;
        }
        let from = before[..at]
            .rfind(['.', '\n'])
            .map_or(0, |i| i + 1)
            .max(before.floor_char_boundary(at.saturating_sub(60)));
        // To the mention's sentence end: a later company is another's.
        let sentence_end = rest
            .find(". ")
            .map_or(before.len(), |e| at + short.len() + e + 1);
        let to = before.floor_char_boundary(
            (at + INTRODUCTION_REACH)
                .min(before.len())
                .min(sentence_end),
        );
        let window = before.get(from..to)?;
        let name = latest_company(window)?;
        (name.starts_with(short) && name.len() > short.len() + 1).then_some((at, name))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_short_name_of_a_company_introduced_before() {
        let text = "The codes match runs that Dalbit Cosmetics, a mid-sized \
                    manufacturer based in Changwon, shipped in March. ";
        assert_eq!(
            introduced_name(text, "Dalbit").map(|n| n.1).as_deref(),
            Some("Dalbit Cosmetics")
        );
        let text = "Jars by Hanbyeol Foods, a small manufacturer, sold. Bosung \
                    Trading, a company, bought them. ";
        assert_eq!(
            introduced_name(text, "Hanbyeol").map(|n| n.1).as_deref(),
            Some("Hanbyeol Foods")
        );
        let text = "Seabound Analytics, a ship-tracking firm in London, said so. ";
        assert_eq!(
            introduced_name(text, "Seabound").map(|n| n.1).as_deref(),
            Some("Seabound Analytics")
        );
        // A person's name, a place: no company introduced.
        assert_eq!(introduced_name("Kim Tae-ho, a lawyer, said. ", "Kim"), None);
        assert_eq!(introduced_name("Busan Harbour was shut. ", "Busan"), None);
    }

    #[test]
    fn the_company_word_opens_the_span() {
        assert!(company_opening("The company said"));
        assert!(!company_opening("The company's lawyer said"));
        assert!(!company_opening("Company officials said"));
    }
}
