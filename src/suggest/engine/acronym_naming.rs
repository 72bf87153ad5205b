//! A body an article introduces as "Long Name (ACR)" is named ACR in that
//! article ([`crate::suggest::rules::AttributionRules::name_by_bracketed_acronym`]):
//! the introducing attribution and every other whose source is that body
//! ("the ACR said", "an ACR spokesperson said", "it said" after it), whatever
//! the registry's canonical name for it.

use crate::model::SourceIndex;

/// The most bytes before " (" read for the name an acronym abbreviates.
const NAME_BYTES: usize = 160;

/// The most bytes after " (" read for the acronym (eight capitals and ")").
const ACRONYM_BYTES: usize = 10;

/// The most words of the name before " (".
const NAME_WORDS: usize = 8;

/// One body an article introduces with an acronym: the sources (as compared:
/// ASCII lower case) that name it, and the acronym.
#[derive(Debug, Clone, PartialEq)]
pub(super) struct Introduced {
    /// The sources that become the acronym, lower case.
    pub(super) names: Vec<String>,
    /// The acronym as written ("JCS").
    pub(super) acronym: String,
}

/// Each body `text` introduces as "Name (ACR)" or "Name (ACR, …)" whose
/// sources can be told: the registry's canonical name when the registry knows
/// the acronym as that very name (not as a wider group: "the External Service
/// (ES)" filed under "EU officials" stays there), or the name itself (and its
/// shorter tails) when the registry knows neither.
pub(super) fn introduced(text: &str, index: &SourceIndex) -> Vec<Introduced> {
    let mut out: Vec<Introduced> = Vec::new();
    for open in crate::suggest::bracket_opens::bracket_opens(text) {
        let Some(acronym) = acronym_at(text, open + 2) else {
            continue;
        };
        let words = name_before(text, open);
        if words.is_empty() || out.iter().any(|i| i.names[0].eq_ignore_ascii_case(acronym)) {
            continue;
        }
        let tails: Vec<String> = (1..=words.len())
            .map(|k| words[words.len() - k..].join(" "))
            .collect();
        let mut names = vec![acronym.to_ascii_lowercase()];
        match index.canonical(acronym) {
            Some(body) => {
                if tails.iter().any(|t| t.eq_ignore_ascii_case(body)) {
                    names.push(body.to_ascii_lowercase());
                } else if !body.eq_ignore_ascii_case(acronym) {
                    // The registry files the acronym under a group of speakers.
                    continue;
                }
            }
            None => {
                // Tails the registry knows name it only when canonical as written.
                for t in tails.iter().filter(|t| t.split(' ').count() > 1) {
                    match index.canonical(t) {
                        Some(c) if !c.eq_ignore_ascii_case(t) => {}
                        _ => names.push(t.to_ascii_lowercase()),
                    }
                }
                // "International Council on Monuments and Sites (ICOMOS)":
                // read back as "the council", the name's capitalised opening
                // ("International Council") names it too.
                if let Some(opening) = capitalised_opening(&words)
                    && index.canonical(&opening).is_none()
                {
                    names.push(opening.to_ascii_lowercase());
                }
            }
        }
        out.push(Introduced {
            names,
            acronym: acronym.to_string(),
        });
    }
    out
}

/// The capitalised words opening a name that goes on after a lower-case
/// joining word ("International Council" of "International Council on
/// Monuments and Sites"), when two or more; `None` for a name with no such
/// word inside.
fn capitalised_opening(words: &[&str]) -> Option<String> {
    let run = words
        .iter()
        .take_while(|w| w.starts_with(|c: char| c.is_uppercase()))
        .count();
    (run >= 2 && run < words.len()).then(|| words[..run].join(" "))
}

/// The acronym `text` holds from byte `at` up to ")" or ",": two to eight
/// ASCII capitals (digits and "&" allowed after the first), or a short name
/// in mixed case ([`mixed_case_acronym`]: "aT", "K-water").
fn acronym_at(text: &str, at: usize) -> Option<&str> {
    let rest = text.get(at..)?;
    let head = rest.as_bytes();
    let end = head
        .iter()
        .take(ACRONYM_BYTES)
        .position(|b| *b == b')' || *b == b',')?;
    let acronym = &rest[..end];
    let fits = (2..=8).contains(&acronym.len())
        && acronym.starts_with(|c: char| c.is_ascii_uppercase())
        && (acronym.bytes()).all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'&');
    (fits || mixed_case_acronym(acronym)).then_some(acronym)
}

/// A body's short name in brackets that is no plain run of capitals: a
/// capital after the first letter ("aT", "KoFIU"), or one to three capitals
/// and a hyphen before a word ("K-water", "KT-net"). Not a capitalised word
/// ("(Seoul)", "(Mr)"), nor a hyphenated given name ("(Ji-won)").
pub(super) fn mixed_case_acronym(word: &str) -> bool {
    if !(2..=8).contains(&word.len())
        || !word.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
    {
        return false;
    }
    if let Some((lead, tail)) = word.split_once('-') {
        return (1..=3).contains(&lead.len())
            && lead.bytes().all(|b| b.is_ascii_uppercase())
            && !tail.is_empty()
            && tail.bytes().all(|b| b.is_ascii_alphanumeric());
    }
    word.bytes().skip(1).any(|b| b.is_ascii_uppercase())
        && word.bytes().any(|b| b.is_ascii_lowercase())
}

/// The capitalised name just before byte `open` of `text`: its words back to
/// a clause or sentence break, at most [`NAME_WORDS`], from the first
/// capitalised one ("South Korea's Joint Chiefs of Staff" of "on Monday,
/// South Korea's Joint Chiefs of Staff"). Empty when it ends in a lower-case word.
fn name_before(text: &str, open: usize) -> Vec<&str> {
    let mut from = open.saturating_sub(NAME_BYTES);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let lead = &text[from..open];
    let clause = lead
        .rfind([',', ';', ':', '\n', '“', '"', '(', ')', '—'])
        .map_or(0, |i| crate::suggest::char_end::past_char(lead, i));
    let words: Vec<&str> = lead[clause..].split_whitespace().collect();
    let words = crate::suggest::coreference::since_sentence_end(&words);
    let words = &words[words.len().saturating_sub(NAME_WORDS)..];
    let Some(last) = words.last() else {
        return Vec::new();
    };
    if !last.starts_with(|c: char| c.is_uppercase()) {
        return Vec::new();
    }
    let first = words
        .iter()
        .position(|w| w.starts_with(|c: char| c.is_uppercase()))
        .unwrap_or(0);
    words[first..].to_vec()
}

/// The acronym `source` is named by in an article that introduced `bodies`,
/// if any (`normalised`: `source` through the registry).
pub(super) fn renamed<'a>(
    source: &str,
    normalised: &str,
    bodies: &'a [Introduced],
) -> Option<&'a str> {
    let source = source.to_ascii_lowercase();
    let normalised = normalised.to_ascii_lowercase();
    bodies
        .iter()
        .find(|b| b.names.iter().any(|n| *n == source || *n == normalised))
        .map(|b| b.acronym.as_str())
}

/// The acronym of a body of `bodies` (one named by its acronym, not by a
/// long name) that `words` name as a whole word ("Japan's *NPA* said", "The
/// Survey Office (*SO*) put"), if any.
fn acronym_named_in<'a>(words: &str, bodies: &'a [Introduced]) -> Option<&'a str> {
    let bare = |b: &&Introduced| b.acronym.eq_ignore_ascii_case(&b.names[0]);
    let mut named = words
        .split(|c: char| !(c.is_ascii_alphanumeric() || c == '&'))
        .filter(|w| w.len() >= 2 && w.starts_with(|c: char| c.is_ascii_uppercase()));
    named.find_map(|w| {
        (bodies.iter().filter(bare))
            .find(|b| b.acronym == w)
            .map(|b| b.acronym.as_str())
    })
}

/// The span's opening name: its words up to the first one in lower case
/// other than "of", "for", "and" or "the" ("The Survey Office (SO)" of "The
/// Survey Office (SO) said"; "A" of "A spokesperson for … carried by SO").
fn name_run(span: &str) -> &str {
    let mut end = 0;
    for word in span.split_whitespace() {
        let lower = word.starts_with(|c: char| c.is_lowercase());
        if lower && !["of", "for", "and", "the"].contains(&word) {
            break;
        }
        end = word.as_ptr() as usize - span.as_ptr() as usize + word.len();
    }
    &span[..end]
}

/// Words for a document a body issues ("the advisory").
const DOCUMENT_WORDS: &[&str] = &["advisory", "report", "notice", "document", "statement"];

/// The acronym an attribution is named by when its source is a country's
/// officials (`source`: "Japanese officials", as the registry or a
/// nationality rule filed a national body) but its words (`span`) name a
/// body the text introduced by its acronym ("The Survey Office (SO) said",
/// "Norway's SO said"), or when `source` is that acronym after a possessive
/// ("Norway's SO"): analysts file such a body under its acronym, a ministry
/// or a national agency too. A document's ("the notice") that its span
/// introduces with the acronym ("issued by the Survey Office (SO)") is named so
/// too.
pub(super) fn acronym_of_national_body<'a>(
    source: &str,
    span: &str,
    bodies: &'a [Introduced],
) -> Option<&'a str> {
    let officials = source.ends_with(" officials") && source.starts_with(char::is_uppercase);
    if officials {
        return acronym_named_in(name_run(span), bodies);
    }
    // "The notice, issued by the Survey Office (SO), said": the body the
    // document's own words introduce.
    let document = (source.split_whitespace().next_back())
        .is_some_and(|w| DOCUMENT_WORDS.contains(&w.to_lowercase().as_str()));
    if document {
        return (bodies.iter())
            .filter(|b| b.acronym.eq_ignore_ascii_case(&b.names[0]))
            .find(|b| span.contains(&format!("({})", b.acronym)))
            .map(|b| b.acronym.as_str());
    }
    let (owner, last) = source.rsplit_once(' ')?;
    let possessive = owner.ends_with("'s") || owner.ends_with("’s");
    (possessive && !owner.contains(' '))
        .then(|| acronym_named_in(last, bodies))
        .flatten()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Source, SourceRegistry};

    fn index() -> SourceIndex {
        let source = |name: &str, aliases: &[&str]| Source {
            name: name.into(),
            kind: String::new(),
            aliases: aliases.iter().map(|a| a.to_string()).collect(),
        };
        SourceIndex::new(&SourceRegistry {
            sources: vec![
                source("Harbour Board", &["HB", "Port Authority"]),
                source("coastal officials", &["CSB", "Coastal Survey Bureau"]),
                source("WMA", &["World Meteor Association"]),
            ],
        })
    }

    #[test]
    fn a_registry_body_introduced_with_its_acronym_is_named_by_it() {
        let text = "On Sunday, the city's Harbour Board (HB, 항만) said the pier was shut.";
        let found = introduced(text, &index());
        assert_eq!(found.len(), 1);
        assert_eq!(
            renamed("Harbour Board", "Harbour Board", &found),
            Some("HB")
        );
        assert_eq!(renamed("HB", "Harbour Board", &found), Some("HB"));
        assert_eq!(
            renamed("Port Authority", "Harbour Board", &found),
            Some("HB")
        );
        assert_eq!(renamed("tourists", "tourists", &found), None);
    }

    #[test]
    fn an_acronym_filed_under_a_group_keeps_the_group() {
        let text = "The Coastal Survey Bureau (CSB) said the reef had moved.";
        assert!(introduced(text, &index()).is_empty());
    }

    #[test]
    fn an_unknown_body_is_named_by_its_acronym_and_a_known_one_stays_itself() {
        let text =
            "The Lantern Valley Rowing Club (LVRC) said. The World Meteor Association (WMA) said.";
        let found = introduced(text, &index());
        assert_eq!(found.len(), 2);
        assert_eq!(
            renamed(
                "Lantern Valley Rowing Club",
                "Lantern Valley Rowing Club",
                &found
            ),
            Some("LVRC")
        );
        assert_eq!(renamed("WMA", "WMA", &found), Some("WMA"));
    }

    #[test]
    fn parentheses_that_hold_no_acronym_or_follow_no_name_introduce_nothing() {
        for text in [
            "Prices rose (in Seoul) said the report.",
            "the price rose sharply (UN) in March",
            "The Board (2024) said so.",
            "The Board (Harbour Division) said so.",
        ] {
            assert!(introduced(text, &index()).is_empty(), "{text}");
        }
    }

    #[test]
    fn a_national_body_introduced_by_its_acronym_is_named_by_it() {
        let text = "The Lakeland Survey Office (LSO) said. The Coastal Survey Bureau (CSB) said.";
        let found = introduced(text, &index());
        let span = "The Lakeland Survey Office (LSO) put";
        assert_eq!(
            acronym_of_national_body("Lakeland officials", span, &found),
            Some("LSO")
        );
        assert_eq!(
            acronym_of_national_body("Lakeland officials", "Lakeland's LSO said", &found),
            Some("LSO")
        );
        assert_eq!(
            acronym_of_national_body("Lakeland's LSO", "Lakeland's LSO said", &found),
            Some("LSO")
        );
        // A body the registry files under a group, a span naming no
        // acronym, a person or an outlet as source: unchanged.
        assert_eq!(
            acronym_of_national_body("coastal officials", "The CSB said", &found),
            None
        );
        assert_eq!(
            acronym_of_national_body("Lakeland officials", "The ministry said", &found),
            None
        );
        assert_eq!(
            acronym_of_national_body(
                "Daily Lantern",
                "citing the LSO, the Daily Lantern said",
                &found
            ),
            None
        );
        assert_eq!(
            acronym_of_national_body("LSOLS officials", "The LSOS said", &found),
            None
        );
        // An acronym after the cue names whoever carried the words.
        assert_eq!(
            acronym_of_national_body(
                "Lakeland officials",
                "A spokesperson for Lakeland's ministry said in a statement carried by LSO",
                &found
            ),
            None
        );
        assert_eq!(
            acronym_of_national_body(
                "notice",
                "The notice, issued by the Lakeland Survey Office (LSO), said",
                &found
            ),
            Some("LSO")
        );
        assert_eq!(
            acronym_of_national_body("notice", "The notice, which the LSO signed, said", &found),
            None
        );
    }
}
