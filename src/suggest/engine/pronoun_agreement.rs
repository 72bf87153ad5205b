//! A pronoun agrees with what it stands for. "She said …" right after an
//! attribution of data, a report or an outlet ("She said state media
//! reported …. She said Russian customs data show …") is the person quoted
//! before them, not the outlet or the data; "It said" after a person ("Jang
//! said …. It said") is the body named before that person, never the person.
//! Read by [`super::pronoun_sources`] per pronoun attribution, over the few
//! attributions resolved before it (`history`: span and source).
//!
//! Counted (session 34): fresh27 228–231 wrong → right 3 ("She said" after
//! "state media reported" and "Russian customs data show" inside the
//! person's own claims; "It said" no longer a person, still not gold's
//! body, a span-extent miss); the 28 older sets unchanged.

/// Words of a span that make it a thing's attribution: data, a document, an
/// outlet ("state media reported", "Russian customs data show").
const THING_WORDS: &[&str] = &[
    "data",
    "report",
    "reports",
    "reported",
    "statement",
    "figures",
    "records",
    "media",
    "agency",
    "customs",
    "survey",
    "study",
    "document",
    "documents",
    "newspaper",
    "website",
    "filing",
    "filings",
    "census",
    "published",
    "it",
    "its",
];

/// Words of a span that make it a person's ("Dr. Kwak said", "She said").
const PERSON_WORDS: &[&str] = &[
    "he",
    "she",
    "his",
    "her",
    "dr",
    "prof",
    "professor",
    "mr",
    "ms",
    "mrs",
];

/// Role words of a person speaking (the source may be the person's body).
const ROLE_WORDS: &[&str] = &[
    "spokesperson",
    "spokesman",
    "spokeswoman",
    "official",
    "lawyer",
    "researcher",
    "analyst",
    "witness",
    "student",
    "volunteer",
];

/// True when `span` names a person (a pronoun, a title, a person read as a
/// source): an attribution whose source is no body "it" may stand for.
pub(super) fn names_person(span: &str, speakers: &[&str]) -> bool {
    is_person(span, speakers, false)
}

/// The distinct names of `speakers` (a name read as a source, and that
/// source) a span may hold as a person's: capitalised, three bytes or more.
/// Read once per text: the list holds every adoption, the same name many
/// times on a long text.
pub(super) fn person_names(speakers: &[(String, String)]) -> Vec<&str> {
    let mut names: Vec<&str> = (speakers.iter())
        .map(|(name, _)| name.as_str())
        .filter(|name| name.len() > 2 && name.starts_with(char::is_uppercase))
        .collect();
    names.sort_unstable();
    names.dedup();
    names
}

/// How many attributions back a pronoun's person or body is looked for.
const LOOK_BACK: usize = 4;

fn words(span: &str) -> impl Iterator<Item = String> + '_ {
    span.split(|c: char| !crate::suggest::letters::is_alphanumeric(c))
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
}

/// True when `span` is a thing's attribution (data, a document, an outlet).
/// Only a short span with no apposition ("state media reported", "Russian
/// customs data show"): a person's span may hold such words in its
/// description ("who reviewed the bird survey").
fn is_thing(span: &str) -> bool {
    !span.contains(',')
        && words(span).count() <= 6
        && words(span).any(|w| THING_WORDS.contains(&w.as_str()))
}

/// True when `span` is a person's attribution: a personal pronoun, a title,
/// the name of a person read as a source (`speakers`), or (`roles`) a
/// person's role word.
fn is_person(span: &str, speakers: &[&str], roles: bool) -> bool {
    use crate::suggest::lower::lower_in;
    // [`words`] compared in place (`lower_in`: the same answer, no copy).
    (span
        .split(|c: char| !crate::suggest::letters::is_alphanumeric(c))
        .filter(|w| !w.is_empty()))
    .any(|w| lower_in(w, PERSON_WORDS) || (roles && lower_in(w, ROLE_WORDS)))
        // The vector search: `str::contains` builds a searcher per name.
        || (speakers.iter()).any(|name| memchr::memmem::find(span.as_bytes(), name.as_bytes()).is_some())
}

/// The source "he" or "she" (`pronoun`) stands for when the attribution
/// before it that is no pronoun's (the entry of `history` ending at
/// `previous_end`, spans of `text`) is a thing's: the latest person's
/// attribution before it, past things only.
pub(super) fn person_before<'a>(
    pronoun: &str,
    text: &str,
    history: &'a [(usize, usize, String)],
    previous_end: usize,
    speakers: &[&str],
) -> Option<&'a str> {
    if !(pronoun.eq_ignore_ascii_case("he") || pronoun.eq_ignore_ascii_case("she")) {
        return None;
    }
    let span = |&(s, e, _): &(usize, usize, String)| text.get(s..e).unwrap_or_default();
    let previous = history.iter().rev().find(|e| e.1 == previous_end)?;
    if !is_thing(span(previous)) || is_person(span(previous), speakers, true) {
        return None;
    }
    for entry in history.iter().rev().take(LOOK_BACK + 1) {
        let s = span(entry);
        if is_person(s, speakers, true) && !is_thing(s) {
            return Some(entry.2.as_str());
        }
        if !is_thing(s) {
            return None;
        }
    }
    None
}

/// The source "it" (`pronoun`) stands for when the attribution before it
/// is a person's whose source is still capitalised (a name, not the body they
/// speak for): the latest capitalised source before it of no person.
pub(super) fn body_before<'a>(
    pronoun: &str,
    text: &str,
    history: &'a [(usize, usize, String)],
    speakers: &[&str],
) -> Option<&'a str> {
    if !pronoun.eq_ignore_ascii_case("it") {
        return None;
    }
    let span = |&(s, e, _): &(usize, usize, String)| text.get(s..e).unwrap_or_default();
    let last = history.last()?;
    let personal =
        last.2.starts_with(char::is_uppercase) && !last.2.contains(|c: char| c.is_ascii_digit());
    if !personal || !is_person(span(last), speakers, false) {
        return None;
    }
    history
        .iter()
        .rev()
        .skip(1)
        .take(LOOK_BACK)
        .find(|e| e.2.starts_with(char::is_uppercase) && !is_person(span(e), speakers, false))
        .map(|e| e.2.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn she_skips_data_and_it_skips_a_person() {
        let text = "Lee said x. Chinese customs data show y. She said z.";
        let history = vec![
            (0, 8, "experts".to_string()),
            (12, 36, "Chinese customs".to_string()),
        ];
        let speakers = vec![("Lee".to_string(), "experts".to_string())];
        let speakers = person_names(&speakers);
        assert_eq!(
            person_before("She", text, &history, 36, &speakers),
            Some("experts")
        );
        assert_eq!(person_before("It", text, &history, 36, &speakers), None);
        let text = "The Forest Agency said x. Lee said y. It said z.";
        let history = vec![
            (0, 22, "Forest Agency".to_string()),
            (26, 34, "Lee".to_string()),
        ];
        assert_eq!(
            body_before("It", text, &history, &speakers),
            Some("Forest Agency")
        );
        assert_eq!(body_before("She", text, &history, &speakers), None);
    }
}
