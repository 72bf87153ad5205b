//! A lexicon of phrases matched as whole words, ASCII case ignored (one
//! `aho-corasick` automaton, leftmost-longest), each phrase tagged with a value.

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use super::RulesError;

/// Phrases with a value each (a rule index, a source index).
#[derive(Debug, Clone)]
pub struct Lexicon {
    automaton: Option<AhoCorasick>,
    values: Vec<usize>,
    /// Per phrase: an acronym in capitals ("WHO"), matched only as written
    /// when [`Lexicon::acronyms_as_written`] asked for it.
    acronym: Vec<bool>,
    /// Whether acronyms need a capital ("WHO said", not "who said").
    acronyms_as_written: bool,
    /// Whether a longest phrase glued to the next word ("could be" in
    /// "could become") gives way to a shorter one at the same start.
    shorter_when_glued: bool,
}

/// One occurrence: byte range in the searched text and the phrase's value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Hit {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
    /// The value given with the phrase.
    pub value: usize,
}

impl Lexicon {
    /// A lexicon of `(phrase, value)`; empty phrases are skipped.
    pub fn new<'a>(
        phrases: impl IntoIterator<Item = (&'a str, usize)>,
    ) -> Result<Self, RulesError> {
        let mut patterns = Vec::new();
        let mut values = Vec::new();
        let mut acronym = Vec::new();
        for (p, v) in phrases {
            let p = p.trim();
            if !p.is_empty() {
                acronym.push(is_acronym(p));
                patterns.push(p.to_string());
                values.push(v);
            }
        }
        if patterns.is_empty() {
            return Ok(Lexicon {
                automaton: None,
                values,
                acronym,
                acronyms_as_written: false,
                shorter_when_glued: false,
            });
        }
        let mut builder = AhoCorasickBuilder::new();
        builder
            .ascii_case_insensitive(true)
            .match_kind(MatchKind::LeftmostLongest);
        // A DFA reads each byte with one table look-up; the crate's own
        // choice keeps a DFA for at most 100 patterns, an NFA beyond (about
        // ten times the instructions per byte on a registry of names). The
        // lexicons here have a few thousand phrases at most, so the DFA's
        // table stays small; if it cannot be built, the crate chooses.
        let automaton = match builder.kind(Some(AhoCorasickKind::DFA)).build(&patterns) {
            Ok(dfa) => dfa,
            Err(_) => builder
                .kind(None)
                .build(&patterns)
                .map_err(|e| RulesError::Lexicon(e.to_string()))?,
        };
        Ok(Lexicon {
            automaton: Some(automaton),
            values,
            acronym,
            acronyms_as_written: false,
            shorter_when_glued: false,
        })
    }

    /// This lexicon with its acronyms ("WHO", "NIS") not matched in lower case,
    /// so that a source's acronym spelling a common word is not found in
    /// every "who" of a text ("Tass" still finds "TASS").
    pub fn acronyms_as_written(mut self) -> Self {
        self.acronyms_as_written = true;
        self
    }

    /// This lexicon with a longest phrase that runs into the next word ("may
    /// be" in "may become") giving way to a shorter phrase at the same start
    /// ("may"), so that a longer cue does not hide a shorter one.
    pub fn shorter_when_glued(mut self) -> Self {
        self.shorter_when_glued = true;
        self
    }

    /// Every whole-word occurrence in `text`, in order, without overlaps.
    pub fn find_all(&self, text: &str) -> Vec<Hit> {
        let Some(ac) = &self.automaton else {
            return Vec::new();
        };
        self.hits(ac, text).collect()
    }

    /// The first of [`Lexicon::find_all`]'s occurrences, reading no further
    /// (no list of the rest).
    pub fn find_first(&self, text: &str) -> Option<Hit> {
        self.hits(self.automaton.as_ref()?, text).next()
    }

    /// [`Lexicon::find_all`]'s occurrences by `ac` (this lexicon's
    /// automaton), found as they are asked for.
    fn hits<'a>(&'a self, ac: &'a AhoCorasick, text: &'a str) -> impl Iterator<Item = Hit> + 'a {
        ac.find_iter(text)
            .filter_map(move |m| {
                if is_whole_word(text, m.start(), m.end()) || !self.shorter_when_glued {
                    return Some(m);
                }
                shorter_at(ac, text, m.start(), m.end())
            })
            .filter(move |m| is_whole_word(text, m.start(), m.end()))
            .filter(move |m| {
                !(self.acronyms_as_written && self.acronym[m.pattern().as_usize()])
                    || text[m.start()..m.end()].contains(|c: char| c.is_ascii_uppercase())
            })
            .map(move |m| Hit {
                start: m.start(),
                end: m.end(),
                value: self.values[m.pattern().as_usize()],
            })
    }
}

/// The longest whole-word phrase of `ac` that starts at `start` and ends at a
/// word's end before `end` (a glued match's last word left out), if any.
fn shorter_at(
    ac: &AhoCorasick,
    text: &str,
    start: usize,
    end: usize,
) -> Option<aho_corasick::Match> {
    let mut cut = end;
    while let Some(space) = text.get(start..cut).and_then(|t| t.rfind(' ')) {
        cut = start + space;
        if cut <= start {
            break;
        }
        let found = ac.find(aho_corasick::Input::new(text).range(start..cut));
        if let Some(m) = found.filter(|m| m.start() == start)
            && is_whole_word(text, m.start(), m.end())
        {
            return Some(m);
        }
    }
    None
}

/// True when `phrase` is an acronym in capitals: two to eight ASCII capitals
/// (digits and "&" allowed after the first).
fn is_acronym(phrase: &str) -> bool {
    (2..=8).contains(&phrase.len())
        && phrase.starts_with(|c: char| c.is_ascii_uppercase())
        && (phrase.bytes()).all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'&')
}

/// True when `[start, end)` of `text` is not glued to a letter or digit on
/// either side.
pub fn is_whole_word(text: &str, start: usize, end: usize) -> bool {
    let before = text[..start].chars().next_back();
    let after = text[end..].chars().next();
    let glued = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let first = text[start..end].chars().next();
    let last = text[start..end].chars().next_back();
    // A phrase ending in punctuation ("U.S.") is whole on that side.
    (!glued(before) || !first.is_some_and(char::is_alphanumeric))
        && (!glued(after) || !last.is_some_and(char::is_alphanumeric))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn whole_words_only_case_ignored_longest_first() {
        let lex = Lexicon::new([("may", 0), ("may be", 1), ("KCNA", 2)]).unwrap();
        let text = "Dismay: it May be that kcna said so; KCNAs no.";
        let hits: Vec<(&str, usize)> = lex
            .find_all(text)
            .iter()
            .map(|h| (&text[h.start..h.end], h.value))
            .collect();
        assert_eq!(hits, vec![("May be", 1), ("kcna", 2)]);
    }

    #[test]
    fn a_glued_longest_phrase_gives_way_to_a_shorter_one() {
        let phrases = [
            ("could", 0),
            ("could be", 1),
            ("is said to", 2),
            ("is said", 3),
        ];
        let lex = Lexicon::new(phrases).unwrap().shorter_when_glued();
        let text = "Fees could become higher; it could be late; it is said toward noon.";
        let hits: Vec<(&str, usize)> = (lex.find_all(text).iter())
            .map(|h| (&text[h.start..h.end], h.value))
            .collect();
        assert_eq!(hits, vec![("could", 0), ("could be", 1), ("is said", 3)]);
        // Without the option, the glued longest phrase hides the shorter one.
        let plain = Lexicon::new(phrases).unwrap();
        assert_eq!(plain.find_all("Fees could become higher").len(), 0);
    }

    #[test]
    fn acronyms_as_written_need_a_capital() {
        let lex = Lexicon::new([("WHO", 0), ("Harbour Board", 1)])
            .unwrap()
            .acronyms_as_written();
        let text = "the man who spoke; WHO said; the harbour board said; Who knows";
        let hits: Vec<&str> = (lex.find_all(text).iter())
            .map(|h| &text[h.start..h.end])
            .collect();
        assert_eq!(hits, vec!["WHO", "harbour board", "Who"]);
    }

    #[test]
    fn korean_next_to_korean_is_glued_but_next_to_space_is_whole() {
        let lex = Lexicon::new([("조선중앙통신", 0)]).unwrap();
        assert_eq!(lex.find_all("조선중앙통신 said").len(), 1);
        assert_eq!(lex.find_all("조선중앙통신은 said").len(), 0);
        assert!(Lexicon::new([]).unwrap().find_all("anything").is_empty());
    }
}
