//! A short or generic source ("Kim said", "the agency said", "the website
//! reported") resolved to the registry source the article named last: the person
//! whose name holds that word, or the latest source of a fitting kind.

use super::lexicon::Lexicon;
use crate::model::SourceRegistry;

/// How far back, in bytes, a mention is looked for.
const LOOK_BACK: usize = 6_000;

/// Generic source words and the registry kinds they can stand for.
const GENERIC: &[(&str, &[&str])] = &[
    ("agency", &["news agency", "state media"]),
    ("news agency", &["news agency", "state media"]),
    ("website", &["specialist outlet"]),
    ("site", &["specialist outlet"]),
    ("outlet", &["specialist outlet", "news agency"]),
    ("newspaper", &["state media", "news agency"]),
    ("paper", &["state media", "news agency"]),
    ("ministry", &["government"]),
    ("military", &["military"]),
    ("bureau", &["government"]),
    ("broadcaster", &["broadcaster", BROADCAST]),
    ("station", &["broadcaster", BROADCAST]),
    ("network", &["broadcaster", BROADCAST]),
    ("channel", &["broadcaster", BROADCAST]),
];

/// A pseudo-kind in [`GENERIC`]: any source whose canonical name holds a word
/// of [`BROADCAST_WORDS`] ("the broadcaster" after Radio Free Asia or Voice
/// of America).
const BROADCAST: &str = "broadcast";

/// Words of a broadcaster's name, lower case.
const BROADCAST_WORDS: &[&str] = &["radio", "television", "tv", "voice", "broadcasting", "kctv"];

/// True when `source` is of one of `kinds` (with [`BROADCAST`] for a
/// broadcaster's name).
fn of_kinds(source: &crate::model::Source, kinds: &[&str]) -> bool {
    kinds.contains(&source.kind.as_str())
        || (kinds.contains(&BROADCAST)
            && (source.name.to_lowercase().split_whitespace())
                .any(|w| BROADCAST_WORDS.contains(&w)))
}

/// Generic words that first stand for the latest registry source whose name
/// holds them ("the ministry said" → the Unification Ministry named before, not
/// the latest government mention, which may be "Seoul").
const BODIES: &[&str] = &["ministry", "agency", "institute", "command"];

/// Role titles and the word of the registry name of the body they speak for
/// ("Vice Minister Moon said" → the latest ministry named).
const ROLES: &[(&str, &str)] = &[("minister", "ministry")];

/// True when `word` is a generic source word that [`resolve`] reads as a
/// source named before ("ministry", "agency", "website").
pub fn is_generic(word: &str) -> bool {
    let lower = word.to_lowercase();
    BODIES.contains(&lower.as_str()) || GENERIC.iter().any(|(w, _)| *w == lower)
}

/// The canonical name `name` stands for, found among the registry sources
/// mentioned in `before` (the text before the attribution), or `None`.
pub fn resolve(
    name: &str,
    before: &str,
    registry: &SourceRegistry,
    names: &Lexicon,
) -> Option<String> {
    let word = name.trim();
    // "the ministry’s spokesperson": the body the possessive names.
    if let Some((owner, _)) = word.split_once(' ')
        && let Some(body) = owner
            .strip_suffix("’s")
            .or_else(|| owner.strip_suffix("'s"))
        && is_generic(body)
    {
        return resolve(body, before, registry, names);
    }
    let lower = word.to_lowercase();
    if let Some((_, body)) = ROLES
        .iter()
        .find(|(role, _)| lower.split_whitespace().any(|w| w == *role))
    {
        return latest_body(body, before, registry, names);
    }
    if BODIES.contains(&lower.as_str())
        && let Some(body) = latest_body(&lower, before, registry, names)
            .or_else(|| latest_named_body(&lower, before).map(|n| registry.normalise(&n)))
    {
        return Some(body);
    }
    let kinds = GENERIC.iter().find(|(w, _)| *w == lower).map(|(_, k)| *k);
    let surname = kinds.is_none()
        && !word.contains(char::is_whitespace)
        && word.chars().next().is_some_and(char::is_uppercase);
    if kinds.is_none() && !surname {
        return None;
    }
    let mut from = before.len().saturating_sub(LOOK_BACK);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let window = &before[from..];
    let fits = |source: &crate::model::Source, mention: &str| match kinds {
        Some(kinds) => of_kinds(source, kinds) && mention.chars().any(char::is_uppercase),
        None => {
            source.kind == "person"
                && mention
                    .split_whitespace()
                    .any(|w| w.trim_end_matches(['\'', '’', 's']) == word)
        }
    };
    // The latest fitting mention, one that opens a sentence (a subject) first.
    let mut latest = None;
    let mut latest_subject = None;
    for h in names.find_all(window) {
        let source = &registry.sources[h.value];
        if !fits(source, &window[h.start..h.end]) {
            continue;
        }
        latest = Some(source.name.clone());
        let lead = window[..h.start].trim_end();
        if lead.is_empty() || lead.ends_with(['.', '\n', '”', '"', '!', '?']) {
            latest_subject = Some(source.name.clone());
        }
    }
    if surname {
        latest_subject.or(latest)
    } else {
        latest
    }
}

/// The latest registry source mentioned in the last [`LOOK_BACK`] bytes of
/// `before` whose canonical name holds the word `body` ("ministry").
fn latest_body(
    body: &str,
    before: &str,
    registry: &SourceRegistry,
    names: &Lexicon,
) -> Option<String> {
    let mut from = before.len().saturating_sub(LOOK_BACK);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    names
        .find_all(&before[from..])
        .into_iter()
        .rev()
        .map(|h| &registry.sources[h.value].name)
        .find(|n| n.to_lowercase().split_whitespace().any(|w| w == body))
        .cloned()
}

/// The latest body named in the last [`LOOK_BACK`] bytes of `before` whose
/// name ends in the capitalised head noun `body` ("the agency said" after "the
/// *National Police Agency*"): the capitalised words before the head, with
/// "of", "for" and "and" between them.
fn latest_named_body(body: &str, before: &str) -> Option<String> {
    let mut from = before.len().saturating_sub(LOOK_BACK);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    let words: Vec<&str> = before[from..].split_whitespace().collect();
    let bare = |w: &str| w.trim_matches(|c: char| !c.is_alphanumeric()).to_string();
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    let head = words.iter().rposition(|w| {
        let b = bare(w);
        capital(&b) && b.to_lowercase() == body
    })?;
    let mut start = head;
    while start > 0 {
        let prev = words[start - 1];
        // A word ending a clause ("said.", "Seoul,") ends the name before it.
        if prev.ends_with([',', '.', ';', ':', '”', '"']) {
            break;
        }
        let b = bare(prev);
        let name_word = capital(&b) && !["The", "A", "An", "This", "That"].contains(&b.as_str());
        let joining = ["of", "for", "and"].contains(&b.as_str())
            && start >= 2
            && capital(&bare(words[start - 2]));
        if !(name_word || joining) {
            break;
        }
        start -= 1;
    }
    (start < head).then(|| {
        (words[start..=head].iter().map(|w| bare(w)))
            .collect::<Vec<_>>()
            .join(" ")
    })
}
