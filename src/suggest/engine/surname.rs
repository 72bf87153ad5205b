//! A surname alone ("Choi said", "said Kim") read as the person the article
//! introduced earlier with that name ("said Choi Min-ho, a professor at …" →
//! experts): the source of the latest earlier attribution whose span holds the
//! surname as a word.

use super::{ATTRIBUTION, Found};

/// For each attribution (in text order) whose source is one capitalised word
/// that `known` does not recognise, the source of the latest attribution before
/// it whose span of `text` holds that word whole and whose source is another
/// name. Returns the indices resolved and the source each takes.
pub(super) fn resolve_surnames(
    text: &str,
    found: &[Found],
    known: impl Fn(&str) -> bool,
    anonymous: &str,
) -> Vec<(usize, String)> {
    resolve_from_earlier(
        text,
        found,
        |s| {
            // "per Whitcomb's statement": the possessive's owner.
            let s = (s.strip_suffix("'s").or_else(|| s.strip_suffix("’s"))).unwrap_or(s);
            // "Endo of Sakuragawa Securities said": the person, named again
            // with the body they work for.
            let s = of_body_dropped(s);
            (is_surname(s) && !known(s)).then_some(s)
        },
        // "citing a clerk in Hunchun", then "Hunchun's bureau said": an
        // unnamed person's span names a place, never their surname.
        |source, word| source != word && source != anonymous,
    )
}

/// For each attribution (in text order) whose source is a short acronym that
/// `known` does not recognise ("said Ana Ruiz, *TRM*'s head of research"),
/// the source of the latest attribution before it whose source opens with
/// that acronym and a space ("TRM Labs") and whose span of `text` holds it as
/// a word. Returns the indices resolved and the source each takes.
pub(super) fn resolve_acronyms(
    text: &str,
    found: &[Found],
    known: impl Fn(&str) -> bool,
) -> Vec<(usize, String)> {
    resolve_from_earlier(
        text,
        found,
        |s| (is_short_acronym(s) && !known(s)).then_some(s),
        |source, word| {
            source
                .strip_prefix(word)
                .is_some_and(|r| r.starts_with(' '))
        },
    )
}

/// For each attribution (in text order, not a back-reference) whose source
/// `word_of` reads as a word to resolve, the source of the latest attribution
/// before it (not a back-reference) whose source `fits` that word and whose
/// span of `text` holds the word whole. The loop [`resolve_surnames`] and
/// [`resolve_acronyms`] share.
fn resolve_from_earlier<'f>(
    text: &str,
    found: &'f [Found],
    word_of: impl Fn(&'f str) -> Option<&'f str>,
    fits: impl Fn(&str, &str) -> bool,
) -> Vec<(usize, String)> {
    let mut resolved = Vec::new();
    for (i, f) in found.iter().enumerate() {
        if f.label != ATTRIBUTION || f.back_reference {
            continue;
        }
        let Some(word) = f.source.as_deref().and_then(&word_of) else {
            continue;
        };
        let earlier = found[..i].iter().rev().find(|e| {
            e.label == ATTRIBUTION
                && !e.back_reference
                && e.source.as_deref().is_some_and(|s| fits(s, word))
                && text
                    .get(e.start..e.end)
                    .is_some_and(|span| holds_speaker_word(span, word))
        });
        if let Some(source) = earlier.and_then(|e| e.source.clone()) {
            resolved.push((i, source));
        }
    }
    resolved
}

/// Verbs whose object is the one spoken to, not the speaker ("The ministry
/// *told* Korail in a letter": a later "Korail said" is Korail's own), lower
/// case.
const TELLING: &[&str] = &[
    "told", "tells", "tell", "informed", "asked", "warned", "notified", "briefed", "assured",
];

/// True when `span` holds `word` whole (a decomposed accent inside a word:
/// "Herna\u{301}ndez" is one word) and not as the object of a [`TELLING`]
/// verb. Fresh30: "The Ministry of National Defense told Korail …", then
/// "Korail said" read as the ministry's officials.
fn holds_speaker_word(span: &str, word: &str) -> bool {
    let mut before = "";
    for w in span.split(|c: char| !(name_char(c) || c.is_alphanumeric())) {
        if w.is_empty() {
            continue;
        }
        if w == word && !TELLING.iter().any(|t| before.eq_ignore_ascii_case(t)) {
            return true;
        }
        before = w;
    }
    false
}

/// For each attribution (in text order) whose source is a person's name of one
/// to three capitalised words that `known` does not recognise, the source
/// `describe` finds in how the text describes that person: after an occurrence
/// of the name in the [`LOOK_BACK`] bytes up to the attribution's end (and its
/// given names), the words between a comma after it and the end of its
/// sentence ("Kim, 31, *fled the border city*…", "said Park Chol, 45, *a
/// former soldier who escaped by boat*"). The first description that names a
/// source wins. Returns the indices resolved and their sources.
pub(super) fn resolve_described(
    text: &str,
    found: &[Found],
    known: impl Fn(&str) -> bool + Sync,
    describe: impl Fn(&str) -> Option<String> + Sync,
) -> Vec<(usize, String)> {
    // Each attribution read alone: a long list on two threads.
    super::tail_split::filter_map(found, |_, f| {
        if f.label != ATTRIBUTION || f.back_reference {
            return None;
        }
        let name = (f.source.as_deref()).filter(|s| is_personal_name(s) && !known(s))?;
        name_occurrences(text, f.end, name).find_map(|(at, whole)| {
            let rest = given_names_skipped(description_reach(text, at + name.len()));
            let Some(after) = rest.strip_prefix(',') else {
                return whole
                    .then(|| next_sentence_description(rest).and_then(&describe))
                    .flatten();
            };
            let sentence_end = after
                .find(['.', '!', '?', '“', '”', '"'])
                .unwrap_or(after.len());
            whole.then(|| describe(&after[..sentence_end])).flatten()
        })
    })
}

/// How far after a name its description is looked for, in bytes: a sentence
/// and the next one of news prose. Without a bound a sentence of hundreds of
/// kilobytes was read to its end after every earlier mention of every name
/// (quadratic in its length).
const DESCRIPTION_REACH: usize = 2_000;

/// The text from byte `from` on, at most [`DESCRIPTION_REACH`] bytes of it
/// (cut at a char boundary).
fn description_reach(text: &str, from: usize) -> &str {
    let end = text.floor_char_boundary(from.saturating_add(DESCRIPTION_REACH));
    text.get(from..end).unwrap_or("")
}

/// "Renée Marchand has studied …. *A senior fellow at the Sejong Institute*,
/// she lived …": the description opening the sentence after the one `rest`
/// (the text after a name) is in, when that sentence starts with "A" or "An"
/// and the description ends at a comma before "she" or "he".
fn next_sentence_description(rest: &str) -> Option<&str> {
    let end = rest.find(['.', '!', '?', '\n'])?;
    let next = rest[end + 1..].trim_start();
    if !(next.starts_with("A ") || next.starts_with("An ")) {
        return None;
    }
    let sentence = &next[..next.find(['.', '!', '?', '\n']).unwrap_or(next.len())];
    let (description, _) = [", she ", ", he "]
        .iter()
        .filter_map(|p| sentence.split_once(p))
        .min_by_key(|(d, _)| d.len())?;
    (!description.contains([',', ';', '“', '"'])).then_some(description)
}

/// `rest` (the text after a surname) past up to two capitalised given names
/// ("Yoon* Bo-ra*, 48, …").
pub(super) fn given_names_skipped(rest: &str) -> &str {
    let mut rest = rest;
    for _ in 0..2 {
        let Some(tail) = rest.strip_prefix(' ') else {
            break;
        };
        let len = tail.find(|c: char| !name_char(c)).unwrap_or(tail.len());
        if len == 0 || !tail.starts_with(char::is_uppercase) {
            break;
        }
        rest = &tail[len..];
    }
    rest
}

/// True when `c` may stand in a word of a person's name: a letter, a hyphen
/// ("Min-ji") or a combining accent of a decomposed letter ("Chloe\u{301}").
pub(super) fn name_char(c: char) -> bool {
    c.is_alphabetic() || c == '-' || ('\u{300}'..='\u{36f}').contains(&c)
}

/// How far back, in bytes, a person's description or title is looked for.
pub(super) const LOOK_BACK: usize = 6_000;

/// Each occurrence of `name` in the [`LOOK_BACK`] bytes of `text` before byte
/// `end` (a long text stays linear), in text order: its byte and whether it is
/// a whole word there.
pub(super) fn name_occurrences<'a>(
    text: &'a str,
    end: usize,
    name: &'a str,
) -> impl Iterator<Item = (usize, bool)> + 'a {
    let mut from = end.saturating_sub(LOOK_BACK);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let upto = text.get(from..end).unwrap_or("");
    upto.match_indices(name).map(move |(at, _)| {
        let at = from + at;
        let whole = !text[..at].ends_with(char::is_alphanumeric)
            && !text[at + name.len()..].starts_with(char::is_alphanumeric);
        (at, whole)
    })
}

/// One to three words, each capitalised with a lower-case letter after
/// ("Kim", "Park Chol", "Kim Min-ji"): a person's name, not an acronym.
fn is_personal_name(source: &str) -> bool {
    let words: Vec<&str> = source.split_whitespace().collect();
    (1..=3).contains(&words.len())
        && words.iter().all(|w| {
            w.starts_with(char::is_uppercase)
                && w.chars().all(name_char)
                && w.chars().skip(1).any(char::is_lowercase)
        })
}

/// True when `source` is two to six capital ASCII letters ("TRM"), the short
/// name a body's full name often opens with.
fn is_short_acronym(source: &str) -> bool {
    (2..=6).contains(&source.len()) && source.bytes().all(|b| b.is_ascii_uppercase())
}

/// Words that head a body's name before "of" ("Bank of Korea", "Association
/// of the Families …", "University of Tokyo"): never a person's surname.
const BODY_HEADS: &[&str] = &[
    "bank",
    "association",
    "institute",
    "university",
    "college",
    "academy",
    "school",
    "society",
    "federation",
    "union",
    "league",
    "council",
    "committee",
    "commission",
    "board",
    "department",
    "ministry",
    "office",
    "bureau",
    "agency",
    "service",
    "centre",
    "center",
    "court",
    "chamber",
    "chambers",
    "friends",
    "people",
    "voice",
    "house",
    "government",
    "state",
    "states",
    "republic",
    "kingdom",
    "city",
    "port",
    "museum",
    "panel",
    "group",
    "team",
    "times",
    "news",
];

/// `source` without a trailing "of" and a capitalised body ("Endo of
/// Sakuragawa Securities" → "Endo", "Park of the Asan Institute" → "Park");
/// `source` itself otherwise, and when the word before "of" heads a body's
/// name ("Bank of Korea": [`BODY_HEADS`]).
fn of_body_dropped(source: &str) -> &str {
    match crate::suggest::finders::split_of(source) {
        Some((name, body))
            if body
                .strip_prefix("the ")
                .unwrap_or(body)
                .starts_with(char::is_uppercase)
                && !crate::suggest::lower::lower_in(name, BODY_HEADS) =>
        {
            name
        }
        _ => source,
    }
}

/// One word, capitalised, of letters only ("Choi", "Ellison"): not "Seoul's"
/// or "KCNA" (all capitals: an acronym names a body, not a person).
fn is_surname(source: &str) -> bool {
    let mut chars = source.chars();
    chars.next().is_some_and(char::is_uppercase)
        && (source.chars()).all(|c| c.is_alphabetic() || ('\u{300}'..='\u{36f}').contains(&c))
        && source.chars().skip(1).any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn decomposed_accents_stay_in_a_name() {
        assert!(name_char('\u{301}'));
        assert!(name_char('-'));
        assert!(!name_char(','));
        assert_eq!(
            given_names_skipped(" Chloe\u{301} Marchand, said"),
            ", said"
        );
        assert!(is_personal_name("Chloe\u{301} Marchand"));
    }

    #[test]
    fn description_reach_is_bounded_and_cut_at_a_char_boundary() {
        let text = "Kim, ".to_string() + &"조선".repeat(2_000);
        let reach = description_reach(&text, 3);
        assert!(reach.starts_with(", 조선"));
        assert!(reach.len() <= DESCRIPTION_REACH && reach.len() > DESCRIPTION_REACH - 4);
        assert_eq!(description_reach("Kim, a fellow", 3), ", a fellow");
        assert_eq!(description_reach("Kim", 3), "");
        assert_eq!(description_reach("Kim", 9), "");
    }
}
