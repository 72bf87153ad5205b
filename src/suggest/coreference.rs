//! A short or generic source ("Kim said", "the agency said", "the website
//! reported") resolved to the registry source the article named last: the person
//! whose name holds that word, or the latest source of a fitting kind.

use std::cell::OnceCell;

use super::lexicon::{Hit, Lexicon};
use crate::model::{SourceIndex, SourceRegistry};

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
const BODIES: &[&str] = &[
    "ministry",
    "agency",
    "institute",
    "command",
    "office",
    "bank",
    "association",
    "centre",
    "center",
    "foundation",
    "commission",
    "department",
];

/// Words for a person speaking for a body ("a ministry *official*").
pub(crate) const SPEAKERS: &[&str] = &[
    "official",
    "officials",
    "spokesperson",
    "spokesman",
    "spokeswoman",
];

/// Ranks before a speaker's body ("a *senior* ministry official"), lower
/// case: no part of the body's name.
const RANKS: &[&str] = &[
    "senior",
    "junior",
    "top",
    "high-ranking",
    "mid-level",
    "veteran",
];

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
/// `index` is `registry`'s ([`SourceIndex::new`]) and `names` a lexicon of its
/// names (values: source indices).
pub fn resolve(
    name: &str,
    before: &str,
    registry: &SourceRegistry,
    index: &SourceIndex,
    names: &Lexicon,
) -> Option<String> {
    let word = name.trim();
    // "The Company": a defined term, the filer its header or definition
    // names, whatever company the text named last.
    if word
        .strip_prefix("the ")
        .or_else(|| word.strip_prefix("The "))
        .unwrap_or(word)
        == "Company"
        && let Some(name) = super::company::defined_company(before)
    {
        return Some(index.normalise(name));
    }
    // "The Commission finds": the body the text's all-caps heading names.
    if let Some(body) = super::heading_body::heading_body(word, before) {
        return Some(index.normalise(&body));
    }
    // "the company said": the latest company the text introduced.
    if super::company::is_company_word(word) {
        return super::company::latest_company(look_back(before)).map(|n| index.normalise(&n));
    }
    // "the ministry’s spokesperson": the body the possessive names.
    if let Some((owner, _)) = word.split_once(' ')
        && let Some(body) = owner
            .strip_suffix("’s")
            .or_else(|| owner.strip_suffix("'s"))
        && is_generic(body)
    {
        return resolve(body, before, registry, index, names);
    }
    // "the central bank's governor": a body phrase of plain words, its
    // head a body word, owning the post.
    if let Some((owner, _)) = word.split_once("'s ").or_else(|| word.split_once("’s "))
        && owner.contains(' ')
        && (owner.split(' ').count()) <= 3
        && (owner.rsplit(' ').next()).is_some_and(|h| BODIES.contains(&h))
        && owner
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b == b' ' || b == b'-')
    {
        return resolve(owner, before, registry, index, names);
    }
    // "a senior ministry official": the rank is no part of the body.
    if let Some((rank, rest)) = word.split_once(' ')
        && RANKS.contains(&rank.to_lowercase().as_str())
        && rest.contains(' ')
    {
        return resolve(rest, before, registry, index, names);
    }
    // "a foreign ministry spokesperson": the body "foreign ministry", read
    // as a body word after its modifiers (below).
    if let [modifiers @ .., body, role] = word.split_whitespace().collect::<Vec<_>>().as_slice()
        && (1..=2).contains(&modifiers.len())
        && BODIES.contains(&body.to_lowercase().as_str())
        && SPEAKERS.contains(&role.to_lowercase().as_str())
        && (modifiers.iter()).all(|m| m.chars().all(|c| c.is_lowercase() || c == '-'))
    {
        let body = word.rsplit_once(' ').map_or(word, |(body, _)| body);
        return resolve(body, before, registry, index, names);
    }
    // "a ministry official", "an agency spokesman": the body named before.
    if let [body, role] = word.split_whitespace().collect::<Vec<_>>().as_slice()
        && BODIES.contains(&body.to_lowercase().as_str())
        && SPEAKERS.contains(&role.to_lowercase().as_str())
    {
        return resolve(body, before, registry, index, names);
    }
    // "the intelligence agency", "The U.N. agency": a body word after one or
    // two plain modifiers stands for the body named before, as the word alone.
    let words: Vec<&str> = word.split_whitespace().collect();
    if let [modifiers @ .., head] = words.as_slice()
        && (1..=2).contains(&modifiers.len())
        && BODIES.contains(&head.to_lowercase().as_str())
        && modifiers
            .iter()
            .all(|m| m.chars().all(|c| c.is_lowercase() || c == '-') || m.ends_with('.'))
    {
        let resolved = resolve(head, before, registry, index, names)?;
        // "the interior ministry" after the Unification Ministry: another
        // ministry, which its topic word does not name.
        let other = super::body_mentions::is_other_ministry(head, modifiers, &resolved, registry);
        return (!other).then_some(resolved);
    }
    let lower = word.to_lowercase();
    // "the coast guard said": the latest named with its country.
    if let Some(body) = super::body_heads::latest_country_head(&lower, look_back(before)) {
        return Some(index.normalise(&body));
    }
    // "the paper said": the latest newspaper named, by the registry or by
    // its name ("the Daily Courier", "the Hokkai Shimbun").
    if super::body_mentions::is_paper_word(&lower)
        && let Some((at, paper)) = super::body_mentions::latest_paper(look_back(before))
    {
        let window = look_back(before);
        let registry_hit = (names.find_all(window).into_iter().rev())
            .find(|h| of_kinds(&registry.sources[h.value], &["state media", "news agency"]));
        if registry_hit.is_none_or(|h| h.start < at) {
            return Some(index.normalise(&paper));
        }
    }
    // The registry names mentioned in the window, found once (a body word may
    // look for them twice).
    let window = look_back(before);
    let hits = OnceCell::new();
    let hits = || hits.get_or_init(|| names.find_all(window)).as_slice();
    if let Some((_, body)) = ROLES
        .iter()
        .find(|(role, _)| lower.split_whitespace().any(|w| w == *role))
    {
        return latest_body(body, window, hits(), registry).map(|(_, n)| n);
    }
    if BODIES.contains(&lower.as_str())
        && let Some(body) = body_named_before(&lower, window, hits(), registry, index)
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
    for h in hits() {
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

/// The last [`LOOK_BACK`] bytes of `before` (from a character boundary).
fn look_back(before: &str) -> &str {
    let mut from = before.len().saturating_sub(LOOK_BACK);
    while !before.is_char_boundary(from) {
        from += 1;
    }
    &before[from..]
}

/// The body a body word (`body`: "agency", "office") stands for in `window`
/// (the [`look_back`] before the attribution, where `names` found `hits`): the latest
/// of a registry source mentioned with that word ([`latest_body`]), a
/// capitalised name ending in it ([`latest_named_body`]) and a name holding it
/// with an acronym in parentheses ("the U.N. human rights office (OHCHR)" →
/// OHCHR); with none of these, the latest body introduced with an acronym
/// ("The World Food Programme (WFP) …. The U.N. agency").
fn body_named_before(
    body: &str,
    window: &str,
    hits: &[Hit],
    registry: &SourceRegistry,
    index: &SourceIndex,
) -> Option<String> {
    let acronyms = super::introduced_acronyms::introduced_acronyms(window);
    let holding = (acronyms.iter().rev()).find(|(_, name, _)| {
        name.split_whitespace()
            .any(|w| super::body_heads::is_head(w, body))
    });
    // On a tie (one mention read two ways) the registry's reading wins: the
    // last of the latest.
    let candidates = [
        holding.map(|(at, _, acronym)| (*at, index.normalise(acronym))),
        latest_named_body(body, window).map(|(at, n)| (at, index.normalise(&n))),
        latest_body(body, window, hits, registry),
        latest_country_body(body, window).map(|(at, n)| (at, index.normalise(&n))),
    ];
    let best = candidates.into_iter().flatten().max_by_key(|(at, _)| *at);
    // A name after a lower-case head ("travel agency Orchard Trips"), looked
    // for only after the latest of the others (on a tie, theirs wins).
    let mut from = best.as_ref().map_or(0, |(at, _)| *at + 1);
    while from < window.len() && !window.is_char_boundary(from) {
        from += 1;
    }
    let described = (window.get(from..))
        .and_then(|after| latest_described_body(body, after))
        .map(|(at, n)| (from + at, index.normalise(&n)));
    let best = described.or(best);
    best.or_else(|| (acronyms.last()).map(|(at, _, acronym)| (*at, index.normalise(acronym))))
        .map(|(_, name)| name)
}

/// The words after the last one that ends a sentence: a word ending in a full
/// stop that is not an abbreviation ("said." ends one, "U.N." does not).
pub(crate) fn since_sentence_end<'a, 't>(words: &'a [&'t str]) -> &'a [&'t str] {
    let sentence = words
        .iter()
        .rposition(|w| {
            let inner = w.trim_end_matches('.');
            w.ends_with('.') && !inner.contains('.') && inner.chars().count() > 1
        })
        .map_or(0, |i| i + 1);
    &words[sentence..]
}

/// The latest registry source mentioned in `window` (`hits`: the registry
/// names found there) whose canonical name, or the words it is mentioned by
/// ("South Korea's *spy agency*"), hold the word `body` ("ministry"), and
/// where the mention starts.
fn latest_body(
    body: &str,
    window: &str,
    hits: &[Hit],
    registry: &SourceRegistry,
) -> Option<(usize, String)> {
    // Word by word, lower-cased one char at a time: no copy per name (this
    // runs for every registry name in the look-back).
    let is_body = |w: &str| is_lower_word(w, body);
    let holds = |n: &str| n.split_whitespace().any(is_body);
    // Whether a source's own names hold the word, read once per source (a
    // window mentions the same few sources many times).
    let mut named_so: Vec<Option<bool>> = vec![None; registry.sources.len()];
    let mut names_hold = |value: usize| {
        *named_so[value].get_or_insert_with(|| {
            let source = &registry.sources[value];
            // Or a short common name it goes by, with the word as its head
            // ("spy agency" for the NIS; not "South Korea's Defense Ministry"
            // for every mention of Seoul).
            // A body that is no government may go by a longer common name
            // ("UN children's agency" for UNICEF).
            let most = if source.kind == "government" {
                1
            } else {
                usize::MAX
            };
            holds(&source.name)
                || source.aliases.iter().any(|a| {
                    let mut words = a.split_whitespace();
                    let last = words.next_back();
                    words.count() <= most && last.is_some_and(is_body)
                })
        })
    };
    hits.iter()
        .rev()
        .find(|h| {
            holds(&window[h.start..h.end])
                || followed_by_head(&window[h.end..], body, &is_body)
                || names_hold(h.value)
        })
        .map(|h| (h.start, registry.sources[h.value].name.clone()))
}

/// True when `word` lower-cased char by char is `lower`; an ASCII word is
/// compared byte by byte (most are, and most differ in length at once).
fn is_lower_word(word: &str, lower: &str) -> bool {
    if word.is_ascii() {
        return word.len() == lower.len()
            && (word.bytes().zip(lower.bytes())).all(|(w, l)| w.to_ascii_lowercase() == l);
    }
    word.chars().flat_map(char::to_lowercase).eq(lower.chars())
}

/// The latest capitalised name in `window` right after the head noun `body`
/// in lower case (the "travel *agency* Orchard Trips" of "the Lisbon-based
/// travel agency Orchard Trips said"), and where it starts: its capitalised
/// words up to the first other one, neither a day nor a month.
fn latest_described_body(body: &str, window: &str) -> Option<(usize, String)> {
    let pattern = format!(" {body} ");
    memchr::memmem::rfind_iter(window.as_bytes(), pattern.as_bytes()).find_map(|at| {
        let start = at + pattern.len();
        let mut name: Vec<&str> = Vec::new();
        for word in window[start..].split_whitespace().take(5) {
            let bare = bare_word(word);
            let bare = bare.trim_end_matches("'s").trim_end_matches("’s");
            if !bare.starts_with(char::is_uppercase)
                || crate::suggest::calendar::is_calendar_word(bare)
            {
                break;
            }
            name.push(bare);
            // "Orchard Trips," or "Orchard Trips'": the name ends there.
            if !word.ends_with(|c: char| c.is_alphanumeric()) {
                break;
            }
        }
        (!name.is_empty()).then(|| (start, name.join(" ")))
    })
}

/// The most bytes between a registry name and the end of its head noun
/// ("KCNA* news agency*").
const MAX_HEAD_GAP: usize = 32;

/// True when `after` (the text after a registry name) opens with the head
/// noun, or a lower-case word and it ("KCNA *news agency*", "Yonhap *agency*").
fn followed_by_head(after: &str, head: &str, is_body: &impl Fn(&str) -> bool) -> bool {
    if !after.starts_with(' ') {
        return false;
    }
    // The head noun within the next two short words, or not at all: most
    // registry names in the look-back are followed by no head noun.
    let mut near = after.len().min(MAX_HEAD_GAP);
    while !after.is_char_boundary(near) {
        near -= 1;
    }
    let near = &after.as_bytes()[..near];
    let holds = near
        .windows(head.len().max(1))
        .any(|w| w.eq_ignore_ascii_case(head.as_bytes()));
    if !holds {
        return false;
    }
    let mut words = after.split_whitespace();
    let Some(first) = words.next() else {
        return false;
    };
    is_body(bare_word(first))
        || (first.starts_with(|c: char| c.is_lowercase())
            && !first.ends_with([',', '.', ';', ':'])
            && words.next().is_some_and(|w| is_body(bare_word(w))))
}

/// The latest body named in `window` (and where its name starts) whose
/// name ends in the capitalised head noun `body` ("the agency said" after "the
/// *National Police Agency*"): the capitalised words before the head, with
/// "of", "for" and "and" between them.
fn latest_named_body(body: &str, window: &str) -> Option<(usize, String)> {
    let bare = bare_word;
    // The latest capitalised head, found where the head noun occurs (most
    // look-backs hold it a few times or not at all).
    let capital = |w: &str| w.starts_with(char::is_uppercase);
    let (head_at, head) = super::body_heads::latest_head_word(body, window, |w| {
        let b = bare(w);
        capital(b) && super::body_heads::is_head(b, body)
    })?;
    let mut before = window[..head_at].split_whitespace().rev().peekable();
    // The name's words, last first.
    let mut name = vec![head];
    while let Some(&prev) = before.peek() {
        // A word ending a clause ("said.", "Seoul,") ends the name before it.
        if prev.ends_with([',', '.', ';', ':', '”', '"']) {
            break;
        }
        let b = bare(prev);
        let name_word = capital(b) && !["The", "A", "An", "This", "That"].contains(&b);
        let joining = ["of", "for", "and"].contains(&b)
            && (before.clone().nth(1)).is_some_and(|w| capital(bare(w)));
        if !(name_word || joining) {
            break;
        }
        name.push(prev);
        before.next();
    }
    // The first word is a slice of `window`: its offset is where it starts.
    let first = name.last()?;
    let at = first.as_ptr() as usize - window.as_ptr() as usize;
    let mut words: Vec<&str> = name.iter().rev().map(|w| bare(w)).collect();
    let head_end = head.as_ptr() as usize - window.as_ptr() as usize + head.len();
    // "the Bank *of Korea*": the head alone is a name with its tail.
    let tail = match head.ends_with([',', '.', ';', ':', '”', '"']) {
        true => Vec::new(),
        false => name_tail(&window[head_end..]),
    };
    if words.len() + tail.len() < 2 {
        return None;
    }
    words.extend(tail);
    Some((at, words.join(" ")))
}

/// The words of a body's name after its head noun ("the Hana Institute *of
/// Finance*, its research arm"): "of" or "for" and one to four capitalised
/// words (with "and" between them), up to a clause break; none otherwise.
fn name_tail(after: &str) -> Vec<&str> {
    let mut words = after.split_whitespace();
    let Some(joining) = words.next().filter(|w| ["of", "for"].contains(w)) else {
        return Vec::new();
    };
    let mut tail = vec![joining];
    // "the Ministry of *the* Interior": an article right after "of".
    let mut words = words.peekable();
    if let Some(article) = words.next_if(|w| *w == "the") {
        tail.push(article);
    }
    for word in words.take(6) {
        let b = bare_word(word);
        let name_word = b.starts_with(char::is_uppercase) && !["The", "A", "An"].contains(&b);
        if !(name_word || b == "and") || b.is_empty() {
            break;
        }
        tail.push(b);
        if word.ends_with([',', '.', ';', ':', '”', '"', ')']) {
            break;
        }
    }
    while tail
        .last()
        .is_some_and(|w| ["of", "for", "and", "the"].contains(w))
    {
        tail.pop();
    }
    if tail.len() > 5 { Vec::new() } else { tail }
}

/// The latest body of a country the registry does not list, named in
/// `window` with the word `body` ("*Norway's foreign ministry* said …. The
/// ministry added"): the country's officials ("Norwegian officials") and
/// where the country's name starts. A possessive country, then one to three
/// lower-case words, the last of them `body`.
fn latest_country_body(body: &str, window: &str) -> Option<(usize, String)> {
    // `memchr`'s SIMD search: a 6 kB look-back per body word.
    let bytes = window.as_bytes();
    let possessives = (memchr::memmem::find_iter(bytes, "'s ").map(|at| (at, "'s ")))
        .chain(memchr::memmem::find_iter(bytes, "’s ").map(|at| (at, "’s ")));
    possessives
        .filter_map(|(at, apostrophe)| {
            let country_at = window[..at].rfind(' ').map_or(0, |i| i + 1);
            let officials = super::engine::country_officials(&window[country_at..at])?;
            let after = &window[at + apostrophe.len()..];
            let names_body = (after.split_whitespace().take(3))
                .map(bare_word)
                .take_while(|w| w.chars().all(|c| c.is_lowercase() || c == '-'))
                .any(|w| w == body);
            names_body.then_some((country_at, officials))
        })
        .max_by_key(|(at, _)| *at)
}

/// `word` without the punctuation around it ("“Agency,”" → "Agency").
#[inline]
fn bare_word(word: &str) -> &str {
    word.trim_matches(|c: char| !c.is_alphanumeric())
}

#[cfg(test)]
mod tests {
    use super::is_lower_word;

    #[test]
    fn a_word_is_compared_lower_cased_char_by_char() {
        assert!(is_lower_word("Agency", "agency"));
        assert!(is_lower_word("AGENCY", "agency"));
        assert!(!is_lower_word("Agencies", "agency"));
        assert!(!is_lower_word("agency,", "agency"));
        // The wanted word is lower case: an upper-case one matches nothing.
        assert!(!is_lower_word("agency", "Agency"));
        assert!(is_lower_word("ÄMT", "ämt"));
        assert!(!is_lower_word("Amt", "ämt"));
    }
}
