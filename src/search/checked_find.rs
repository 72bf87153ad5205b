//! A regex with Unicode word boundaries searched, in text with non-ASCII word
//! chars, mostly by the regex crate's fast engines.
//!
//! There the fast engines give up on a Unicode `\b` at the first non-ASCII byte
//! (a curly quote is enough) and the search goes on in a slower engine. Instead,
//! a *loose* twin of the regex, its Unicode word boundaries taken out, finds where
//! a match could start: every match of the regex is one of the loose twin's (its
//! assertions only ever remove matches), so no match starts before the loose
//! twin's leftmost one. There the regex is tried *anchored*, seeing the char
//! before, and runs only as far as that one match (or its failure) reaches; if it
//! fails, the loose twin looks again one char further. Both are fast engines'
//! work except the anchored tries that meet a non-ASCII char. The result is
//! [`regex::Regex::find_at`]'s, match for match (tested against it on
//! mixed-script texts).

use std::ops::ControlFlow;

use regex::{Regex, RegexBuilder};
use regex_syntax::hir::{Dot, Hir, Look};

use super::ascii_boundary::{map_looks, unicode_word_hir};

/// Failed anchored tries in one search after which the rest of that search is
/// left to the regex itself (a loose twin that matches almost everywhere, like
/// `\B\w`'s, would otherwise try at every char).
const MAX_MISSES: usize = 16;

/// A regex with Unicode word boundaries and its loose and anchored twins.
#[derive(Debug, Clone)]
pub struct CheckedFind {
    /// The regex itself: what the search must find.
    regex: Regex,
    /// The regex without its Unicode word boundaries: it matches wherever the
    /// regex matches (and more), without the slow engine.
    loose: Regex,
    /// `\A(?:R)`: the regex at the start of a text.
    at_start: Regex,
    /// `\A(?s:.)(?:R)`: the regex right after one char, which it sees as the char
    /// before its match (for `\b`, `^`).
    after_char: Regex,
}

impl CheckedFind {
    /// The twins of `pattern` (parsed as the matcher compiles it:
    /// `case_insensitive`, multi-line `^`/`$`) next to `regex`, its compiled self;
    /// `None` when it has no Unicode word boundary or a twin does not compile.
    pub fn new(
        regex: &Regex,
        pattern: &str,
        case_insensitive: bool,
        size_limit: usize,
    ) -> Option<Self> {
        let hir = unicode_word_hir(pattern, case_insensitive)?;
        let compile = |h: Hir| {
            RegexBuilder::new(&h.to_string())
                .size_limit(size_limit)
                .build()
                .ok()
        };
        let start = Hir::look(Look::Start);
        Some(CheckedFind {
            regex: regex.clone(),
            loose: compile(without_unicode_words(hir.clone()))?,
            at_start: compile(Hir::concat(vec![start.clone(), hir.clone()]))?,
            after_char: compile(Hir::concat(vec![start, Hir::dot(Dot::AnyChar), hir]))?,
        })
    }

    /// The regex's leftmost-first match in `text` starting at or after byte `at`,
    /// with the text before `at` seen by its assertions: what
    /// [`Regex::find_at`] returns (`None` past the end).
    pub fn find_at(&self, text: &str, at: usize) -> Option<(usize, usize)> {
        let mut from = at;
        let mut misses = 0;
        loop {
            if from > text.len() {
                return None;
            }
            // No match of the regex starts in from..start: the loose twin has
            // none there.
            let start = self.loose.find_at(text, from)?.start();
            if misses == MAX_MISSES {
                return (self.regex.find_at(text, start)).map(|m| (m.start(), m.end()));
            }
            if let Some(end) = self.anchored(text, start) {
                return Some((start, end));
            }
            misses += 1;
            from = start + text[start..].chars().next().map_or(1, char::len_utf8);
        }
    }

    /// The end of the regex's (leftmost-first) match starting at `start`, a char
    /// boundary of `text`, if it has one.
    fn anchored(&self, text: &str, start: usize) -> Option<usize> {
        let Some((before, _)) = text[..start].char_indices().next_back() else {
            return self.at_start.find(text).map(|m| m.end());
        };
        (self.after_char.find(&text[before..])).map(|m| before + m.end())
    }

    /// Calls `f(start, end)` with each match of the regex in `text`, in order, as
    /// [`Regex::find_iter`] finds them (an empty match right after the last one is
    /// passed over), shifted by `offset`, skipping the empty ones, until `f` breaks.
    pub fn for_each(
        &self,
        text: &str,
        offset: usize,
        f: &mut impl FnMut(usize, usize) -> ControlFlow<()>,
    ) -> ControlFlow<()> {
        let mut at = 0;
        let mut last_end = None;
        while let Some(mut m) = self.find_at(text, at) {
            if m.0 == m.1 && Some(m.1) == last_end {
                at += 1;
                let Some(next) = self.find_at(text, at) else {
                    break;
                };
                m = next;
            }
            if m.0 < m.1 {
                f(offset + m.0, offset + m.1)?;
            }
            at = m.1;
            last_end = Some(m.1);
        }
        ControlFlow::Continue(())
    }
}

/// `hir` with every Unicode word boundary assertion made an empty match.
fn without_unicode_words(hir: Hir) -> Hir {
    map_looks(hir, &|look| match look {
        Look::WordUnicode
        | Look::WordUnicodeNegate
        | Look::WordStartUnicode
        | Look::WordEndUnicode
        | Look::WordStartHalfUnicode
        | Look::WordEndHalfUnicode => Hir::empty(),
        other => Hir::look(other),
    })
}
