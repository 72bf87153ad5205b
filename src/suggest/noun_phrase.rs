//! Finding a source's name next to an attribution cue: a short run of
//! capitalised words, source words ("officials", "media") and connectors ("of",
//! "the"), with a parenthesis allowed inside ("the Korean Central News Agency
//! (KCNA, 조선중앙통신)"), stopping at punctuation or at any other word.

use crate::suggest::lower::{lower, lower_in};
use foldhash::{HashMap, HashSet};

use super::rules::AttributionRules;
use contact::{contact_before, is_told_to};
use edges::{before_body_head, closes_phrase, end_is_possessive, is_head_noun, joins_acronym};

mod contact;
mod edges;

/// The most words a source's name spans.
const MAX_WORDS: usize = 9;
/// The longest parenthesis kept inside a name, in bytes.
const MAX_PAREN_BYTES: usize = 80;

/// The word lists, lower-cased, for quick look-up.
#[derive(Debug, Clone)]
pub struct NameWords {
    /// Each word of the source-word, connector, determiner and not-a-source
    /// lists, with the lists it is on: one look-up per word instead of four.
    lists: HashMap<String, Lists>,
    between: HashSet<String>,
    abbreviations: HashSet<String>,
}

/// What a word is to a name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// Capitalised, a number, or a source word: the name's substance.
    Content,
    /// A determiner: may start a name.
    Determiner,
    /// A connector: only inside.
    Connector,
    /// A word that is never a source (a pronoun): no name at all.
    Refuse,
    /// Anything else: the name stops before it.
    Stop,
}

/// The word lists one word is on (lower-cased).
#[derive(Debug, Clone, Copy, Default)]
struct Lists {
    source_word: bool,
    connector: bool,
    determiner: bool,
    not_source: bool,
}

fn lower_set(words: &[String]) -> HashSet<String> {
    words.iter().map(|w| w.to_lowercase()).collect()
}

/// Each word of the four lists of `rules`, with the lists it is on.
fn word_lists(rules: &AttributionRules) -> HashMap<String, Lists> {
    let mut lists: HashMap<String, Lists> = HashMap::default();
    let mut mark = |words: &[String], on: fn(&mut Lists)| {
        for w in words {
            on(lists.entry(w.to_lowercase()).or_default());
        }
    };
    mark(&rules.source_words, |l| l.source_word = true);
    mark(&rules.connectors, |l| l.connector = true);
    mark(&rules.determiners, |l| l.determiner = true);
    mark(&rules.not_sources, |l| l.not_source = true);
    lists
}

impl NameWords {
    /// The lists of `rules`; a word of `abbreviations` keeps its full stop
    /// ("Col. Lee").
    pub fn new(rules: &AttributionRules, abbreviations: &[String]) -> Self {
        NameWords {
            lists: word_lists(rules),
            between: lower_set(&rules.between),
            abbreviations: abbreviations.iter().cloned().collect(),
        }
    }

    fn kind(&self, word: &str) -> Kind {
        let base = word
            .strip_suffix("'s")
            .or_else(|| word.strip_suffix("’s"))
            .or_else(|| word.strip_suffix('\''))
            .or_else(|| word.strip_suffix('’'))
            .unwrap_or(word);
        let lists = self
            .lists
            .get(lower(base).as_ref())
            .copied()
            .unwrap_or_default();
        // "*WHO* says", "the *WHO* warned": an acronym in capitals is a name,
        // though its lower case is a pronoun.
        if lists.not_source && !is_acronym(base) {
            return Kind::Refuse;
        }
        let first = base.chars().next();
        let capital = first.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
            || first.is_some_and(|c| {
                crate::suggest::letters::is_alphabetic(c) && !c.is_lowercase() && !c.is_ascii()
            });
        if lists.determiner {
            return Kind::Determiner;
        }
        if lists.connector {
            return Kind::Connector;
        }
        if capital || lists.source_word {
            return Kind::Content;
        }
        Kind::Stop
    }

    /// The name that ends just before byte `end` of `text` (the cue's start), as
    /// the byte where it starts; `None` when there is none. Words of the rules'
    /// `between` list just before the cue are passed over ("officials have
    /// warned").
    pub fn before(&self, text: &str, end: usize) -> Option<usize> {
        let mut at = end;
        for _ in 0..2 {
            let trimmed = text[..at].trim_end_matches([' ', '\t']);
            let w = word_start(trimmed);
            if w < trimmed.len() && self.between.contains(lower(&trimmed[w..]).as_ref()) {
                at = w;
            }
        }
        // "A trader in Dandong *reached by phone* said": how the speaker was
        // reached stands between the name and the cue.
        if let Some(contact) = contact_before(&text[..at]) {
            at = contact;
        }
        let mut start = None;
        let mut words = 0;
        let mut modifiers = 0;
        // The agent noun read as the name's head ("The *presenter* cautions").
        let mut agent_head = None;
        loop {
            let trimmed = text[..at].trim_end_matches([' ', '\t']);
            if trimmed.ends_with(')') {
                let Some(open) = trimmed.rfind('(') else {
                    break;
                };
                if trimmed.len() - open > MAX_PAREN_BYTES {
                    break;
                }
                at = open;
                continue;
            }
            let word_start = word_start(trimmed);
            if word_start == trimmed.len() || words >= MAX_WORDS {
                break;
            }
            let word = &trimmed[word_start..];
            match self.kind(word) {
                // "In 2016 KCNA called", "A 2021 report": a year names no one.
                Kind::Content if is_year(word) => break,
                Kind::Content => {
                    start = Some(word_start);
                }
                Kind::Determiner => {
                    if start.is_none() {
                        break;
                    }
                    start = Some(word_start);
                }
                Kind::Connector => {
                    if start.is_none() {
                        break;
                    }
                }
                // "Seoul *and* Washington": "and" between two capitalised
                // words joins them.
                Kind::Refuse
                    if word == "and" && self.joins_capitalised(text, word_start, start) => {}
                Kind::Refuse => {
                    start?;
                    break;
                }
                // "The KCNA *report* said": a document a capitalised name issued.
                Kind::Stop if words == 0 && self.is_document_of_name(text, word_start) => {
                    start = Some(word_start);
                }
                // "Russia's *tourism* agency": a plain word between a
                // capitalised possessive and the name's head.
                Kind::Stop
                    if start.is_some() && modifiers < 2 && self.is_modifier(text, word_start) =>
                {
                    modifiers += 1;
                    start = Some(word_start);
                }
                // "Japan's chief cabinet *secretary* told": a title's head
                // noun just before the cue.
                Kind::Stop if words == 0 && TITLE_HEADS.contains(&word) => {
                    start = Some(word_start);
                }
                // "Market *strategists* said", "The *presenter* cautions": a
                // person named by what they do, just before the cue.
                Kind::Stop
                    if words == 0
                        && text[end..].starts_with(crate::suggest::letters::is_alphabetic)
                        && !is_told_to(&text[end..])
                        && super::agent_noun::is_agent_noun(word) =>
                {
                    agent_head = Some(word_start);
                    start = Some(word_start);
                }
                // "State Department *deputy* spokesperson", "the *presidential*
                // office": a title's plain word before the name's head.
                Kind::Stop if start.is_some() && TITLE_WORDS.contains(&word) => {
                    start = Some(word_start);
                }
                // "China's mission *to* the United Nations": "to" after the
                // head of a mission, before the body it serves.
                Kind::Stop
                    if start.is_some() && word == "to" && is_mission_before(text, word_start) => {}
                Kind::Stop => break,
            }
            words += 1;
            at = word_start;
        }
        match (start, agent_head) {
            (Some(s), Some(head)) if !super::agent_noun::opens_agent_subject(text, s, head) => None,
            _ => start,
        }
    }

    /// True when the "and" at byte `at` of `text` stands between two
    /// capitalised words, the one after it starting the name found so far
    /// (`start`): "Seoul *and* Washington".
    fn joins_capitalised(&self, text: &str, at: usize, start: Option<usize>) -> bool {
        let capital = |w: &str| w.starts_with(char::is_uppercase);
        let Some(start) = start else { return false };
        let after = text[at..].trim_start_matches("and").trim_start();
        let before = text[..at].trim_end_matches([' ', '\t']);
        let previous = &before[word_start(before)..];
        text.len() - after.len() == start && capital(after) && capital(previous)
    }

    /// True when the word at byte `at` of `text` is a document noun after a
    /// capitalised name ("KCNA *report*", "Pentagon *statement*"); "the report"
    /// alone is a back-reference, not a name.
    fn is_document_of_name(&self, text: &str, at: usize) -> bool {
        let word = &text[at..];
        let word = &word[..word_len(word)];
        if !DOCUMENTS.contains(&word) {
            return false;
        }
        let before = text[..at].trim_end_matches([' ', '\t']);
        let previous = &before[word_start(before)..];
        // "the ministry's *archive*": a body's own records; "customs *data*":
        // a source word's.
        self.kind(previous) == Kind::Content
    }

    /// True when the word at byte `at` of `text` is a plain lower-case word
    /// that follows a capitalised possessive ("Russia's *tourism*", "China's
    /// *customs*") and so belongs to the name after it.
    fn is_modifier(&self, text: &str, at: usize) -> bool {
        let word = &text[at..];
        let word = &word[..word_len(word)];
        if word.is_empty() || !word.chars().all(|c| c.is_lowercase()) {
            return false;
        }
        let before = text[..at].trim_end_matches([' ', '\t']);
        let previous = &before[word_start(before)..];
        let Some(owner) = previous
            .strip_suffix("'s")
            .or_else(|| previous.strip_suffix("’s"))
        else {
            return false;
        };
        owner.chars().next().is_some_and(char::is_uppercase) && self.kind(owner) == Kind::Content
    }

    /// `name` without the words of the rules' `between` list at its end ("the
    /// ministry *also*" → "the ministry") nor a closing "reached by phone".
    pub fn without_between<'a>(&self, name: &'a str) -> &'a str {
        let mut name = name.trim_end();
        // "A trader *reached by phone*": how the speaker was reached.
        if let Some(at) = contact_before(name).filter(|&at| at > 0) {
            name = name[..at].trim_end();
        }
        for _ in 0..2 {
            let w = word_start(name);
            if w == 0 || !self.between.contains(lower(&name[w..]).as_ref()) {
                break;
            }
            name = name[..w].trim_end();
        }
        name
    }

    /// The name that starts just after byte `start` of `text` (the cue's end), as
    /// the byte where it ends; `None` when there is none.
    pub fn after(&self, text: &str, start: usize) -> Option<usize> {
        self.after_with(text, start, false)
    }

    /// [`NameWords::after`] for the object of a cue ("told lawmakers the North
    /// had…"): it stops at a determiner once it has a word.
    pub fn object_after(&self, text: &str, start: usize) -> Option<usize> {
        self.after_with(text, start, true)
    }

    fn after_with(&self, text: &str, start: usize, object: bool) -> Option<usize> {
        let mut at = start;
        let mut end = None;
        let mut words = 0;
        let mut owner = false;
        let mut modifiers = 0;
        // Whether the plain modifiers follow a capitalised word, not a
        // possessive ("the UNC escort", not "the city's commerce").
        let mut capital_modified = false;
        // Whether the word before was a determiner ("the", "a").
        let mut determined = false;
        loop {
            let rest = &text[at..];
            let skipped = rest.len() - rest.trim_start_matches([' ', '\t']).len();
            let from = at + skipped;
            let rest = &text[from..];
            if rest.starts_with('(') {
                let close = rest.find(')')?;
                if close > MAX_PAREN_BYTES || end.is_none() {
                    break;
                }
                at = from + close + 1;
                end = Some(at);
                continue;
            }
            let mut len = word_len(rest);
            // "Per the UNC *escort*, about 180 …": one plain word after a
            // capitalised one, then the clause's end, is the name's head.
            if modifiers == 1
                && !object
                && capital_modified
                && closes_phrase(rest)
                && is_head_noun(text[..from].trim_end())
            {
                end = Some(from);
                break;
            }
            if len == 0 || words >= MAX_WORDS {
                break;
            }
            if rest[len..].starts_with('.') && self.abbreviations.contains(&rest[..=len]) {
                len += 1;
            }
            let word = &rest[..len];
            // "the Committee for Emergency *and* Disaster Management
            // (SCEDM)": "and" inside a body's name whose acronym follows.
            if end.is_some() && !object && word == "and" && joins_acronym(&rest[len..]) {
                words += 1;
                at = from + len;
                continue;
            }
            let kind = self.kind(word);
            // "the city's *commerce* bureau": plain words between a
            // possessive and the head after them.
            // "citing people at two Russian *shipping* firms": after a
            // capitalised word too; the name ends at its head or not at all.
            // "according to *the prefectural* government": an adjective of
            // an administrative level after the determiner or at the start.
            let level = (determined || words == 0) && !object && lower_in(word, LEVELS);
            // "according to the *agriculture* ministry": one plain word after
            // the determiner, right before a body's head.
            let topic = determined && !object && modifiers == 0 && before_body_head(&rest[len..]);
            if kind == Kind::Stop
                && modifiers < 2
                && (owner || modifiers > 0 || level || topic)
                && word.chars().all(|c| c.is_lowercase() || c == '-')
                && !NOT_MODIFIERS.contains(&word)
            {
                if modifiers == 0 {
                    capital_modified = owner && !end_is_possessive(text, from);
                }
                modifiers += 1;
                words += 1;
                at = from + len;
                continue;
            }
            if modifiers > 0 && (kind != Kind::Content || word.starts_with(char::is_uppercase)) {
                break;
            }
            modifiers = 0;
            determined = kind == Kind::Determiner;
            owner = word.ends_with("'s")
                || word.ends_with("’s")
                || (kind == Kind::Content && word.starts_with(char::is_uppercase));
            match kind {
                Kind::Content => end = Some(from + len),
                // A determiner starts a name ("a spokesperson") or sits inside it.
                Kind::Determiner => {
                    if object && end.is_some() {
                        break;
                    }
                }
                Kind::Connector => {
                    if end.is_none() {
                        break;
                    }
                }
                Kind::Refuse => {
                    end?;
                    break;
                }
                Kind::Stop => break,
            }
            words += 1;
            at = from + len;
        }
        end
    }
}

/// True when `word` is an acronym in capitals of two letters or more
/// ("WHO", "IT"), not a capitalised word ("Who").
pub(crate) fn is_acronym(word: &str) -> bool {
    word.len() >= 2 && word.chars().all(|c| c.is_ascii_uppercase())
}

/// True when `word` is a year ("2016"): four digits from 1900 to 2099.
pub(crate) fn is_year(word: &str) -> bool {
    word.len() == 4
        && word.bytes().all(|b| b.is_ascii_digit())
        && (word.starts_with("19") || word.starts_with("20"))
}

/// Adjectives of an administrative level that may open a body's name before
/// its head ("the *prefectural* government", "*municipal* authorities").
const LEVELS: &[&str] = &[
    "prefectural",
    "provincial",
    "municipal",
    "regional",
    "federal",
    "metropolitan",
    "district",
    "national",
    "cantonal",
];

/// Plain words that never modify a name's head after a capitalised word or a
/// possessive ("Reuters *on* Tuesday", "China's *own*").
const NOT_MODIFIERS: &[&str] = &[
    "on", "to", "by", "from", "over", "after", "before", "about", "as", "that", "than", "who",
    "which", "said", "says", "own", "into", "during", "since", "until", "while", "when", "where",
    "or", "but", "not", "also", "is", "are", "was", "were", "has", "have", "had",
];

/// Plain words of a title that belong to the name after them ("State
/// Department *deputy* spokesperson Mark Ellison", "the *presidential* office").
const TITLE_WORDS: &[&str] = &[
    "deputy",
    "vice",
    "acting",
    "assistant",
    "presidential",
    "cabinet",
];

/// Head nouns of a title that the rules' source words leave out ("Japan's
/// chief cabinet *secretary*").
const TITLE_HEADS: &[&str] = &[
    "secretary",
    "president",
    "premier",
    "chairman",
    "chairwoman",
];

/// Heads of a mission to a body, lower case ("China's *mission* to the United
/// Nations").
const MISSION_HEADS: &[&str] = &[
    "mission",
    "delegation",
    "envoy",
    "ambassador",
    "representative",
];

/// True when the word before byte `at` of `text` heads a mission to a body
/// ("China's *mission* to", "the *envoy* to").
fn is_mission_before(text: &str, at: usize) -> bool {
    let before = text[..at].trim_end_matches([' ', '\t']);
    let previous = &before[word_start(before)..];
    lower_in(previous, MISSION_HEADS)
}

/// Documents a source issues, named by the source before them ("the KCNA
/// report said").
const DOCUMENTS: &[&str] = &[
    "report",
    "statement",
    "dispatch",
    "bulletin",
    "announcement",
    "readout",
    "release",
    "figures",
    "data",
    "records",
    "archive",
    "archives",
    "tally",
    "survey",
    "surveys",
];

/// True for the characters a word is made of (letters, digits, apostrophes,
/// hyphens and inner full stops, as in "U.S." and "Korea's").
fn is_word_char(c: char) -> bool {
    // Cheap first: ASCII, and the typographic quotes and dashes (no letters),
    // without the Unicode tables.
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || matches!(c, '\'' | '-' | '.');
    }
    if matches!(c, '“' | '”' | '‘' | '—' | '–' | '…' | '\u{a0}') {
        return false;
    }
    crate::suggest::letters::is_alphanumeric(c) || matches!(c, '’' | '\u{300}'..='\u{36f}')
}

/// Where the word ending at the end of `text` starts (`text.len()` if none). A
/// trailing full stop is not part of it.
fn word_start(text: &str) -> usize {
    // Cheap first: ASCII bytes judged without decoding (as `is_word_char`
    // judges their characters); from the first other byte, characters.
    let bytes = text.as_bytes();
    let mut start = text.len();
    while let Some(&b) = start.checked_sub(1).and_then(|i| bytes.get(i)) {
        if !b.is_ascii() {
            break;
        }
        if !(b.is_ascii_alphanumeric() || matches!(b, b'\'' | b'-' | b'.')) {
            return past_punctuation(text, start);
        }
        start -= 1;
    }
    for (i, c) in text[..start].char_indices().rev() {
        if is_word_char(c) {
            start = i;
        } else {
            break;
        }
    }
    past_punctuation(text, start)
}

/// `start`, moved past the punctuation a word never starts with.
fn past_punctuation(text: &str, mut start: usize) -> usize {
    // A word never starts with punctuation.
    while let Some(c) = text[start..].chars().next() {
        if crate::suggest::letters::is_alphanumeric(c) {
            break;
        }
        start += c.len_utf8();
    }
    start
}

/// How long the word at the start of `text` is, in bytes (0 if none); a trailing
/// full stop, apostrophe or hyphen is not part of it.
fn word_len(text: &str) -> usize {
    let mut len = 0;
    for (i, c) in text.char_indices() {
        if is_word_char(c) {
            len = i + c.len_utf8();
        } else {
            break;
        }
    }
    if !text
        .chars()
        .next()
        .is_some_and(crate::suggest::letters::is_alphanumeric)
    {
        return 0;
    }
    let word = &text[..len];
    let kept = word.trim_end_matches(['.', '\'', '’', '-']);
    // Keep "U.S." whole: a full stop after a single capital stays.
    let dots = word.len() - kept.len();
    if dots > 0 && kept.len() >= 2 && kept.as_bytes()[kept.len() - 2] == b'.' {
        return word.len();
    }
    kept.len()
}

#[cfg(test)]
#[path = "noun_phrase_tests.rs"]
mod tests;
