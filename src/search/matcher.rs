//! Finding a query's matches in one text, as byte ranges.
//!
//! Every mode is one [`regex::Regex`]: a plain text is escaped into a literal (the
//! regex crate searches literals with memchr / SIMD prefilters), case-insensitive
//! search uses the regex crate's Unicode simple case folding (`(?i)`): `É` finds
//! `é`, `Σ` finds `σ` and `ς`, `k` finds `K` and the Kelvin sign, and a char never
//! matches a sequence of another length (`ß` does not find `ss`), so offsets stay
//! exact on any script. Korean, emoji and symbols have no case and match only
//! themselves.

use std::ops::ControlFlow;
use std::sync::OnceLock;

use regex::{Regex, RegexBuilder};

use super::SearchError;
use super::checked_find::CheckedFind;

/// What finds a text's matches: the regex crate alone, or through
/// [`CheckedFind`].
#[derive(Clone, Copy)]
enum Finder<'a> {
    Regex(&'a Regex),
    Checked(&'a CheckedFind),
}

impl Finder<'_> {
    /// The leftmost-first match at or after byte `at`, as [`Regex::find_at`].
    fn find_at(self, text: &str, at: usize) -> Option<(usize, usize)> {
        match self {
            Finder::Regex(r) => r.find_at(text, at).map(|m| (m.start(), m.end())),
            Finder::Checked(c) => c.find_at(text, at),
        }
    }
}

/// The compiled size limit of a regex (the regex crate's default is 10 MiB; a
/// larger one is refused with [`SearchError::RegexTooLarge`]).
const REGEX_SIZE_LIMIT: usize = 10 << 20;

/// True for a char that is part of a word: a letter, a digit, a combining mark or a
/// connector like `_` — the regex crate's Unicode `\w`. Korean syllables are word
/// chars; spaces, punctuation, curly quotes and emoji are not.
pub fn is_word_char(c: char) -> bool {
    regex_syntax::try_is_word_character(c).unwrap_or_else(|_| c.is_alphanumeric() || c == '_')
}

/// A query's text and mode, compiled: finds the byte ranges of its matches.
#[derive(Debug, Clone)]
pub struct Matcher {
    regex: Regex,
    /// `regex` with its Unicode word boundaries made ASCII ones, for texts (or
    /// lines, when the flag says it can search line by line) whose word chars are
    /// all ASCII: the same matches, found by the fast engines. `None` when it has
    /// no Unicode word boundary.
    ascii_twin: Option<(Regex, bool)>,
    /// `regex` searched mostly by the fast engines where the twin cannot be
    /// used (text with Korean or accents): the same matches. Built the first
    /// time such a text is searched (`None` inside when a twin does not compile).
    checked: OnceLock<Option<CheckedFind>>,
    /// The pattern and whether it ignores case, to build `checked`.
    pattern: String,
    case_insensitive: bool,
    whole_word: bool,
    /// A plain text (escaped, not empty): it never matches the empty string.
    plain: bool,
}

impl Matcher {
    /// Compiles `text` as a plain text (`regex == false`, every char taken as
    /// itself) or a regular expression (the regex crate's syntax; `^` and `$` match
    /// at line starts and ends). Case-insensitive unless `case_sensitive`; in whole
    /// word mode a match must not cut a word (see [`Matcher::for_each`]).
    pub fn new(
        text: &str,
        regex: bool,
        case_sensitive: bool,
        whole_word: bool,
    ) -> Result<Self, SearchError> {
        if text.is_empty() {
            return Err(SearchError::EmptyQuery);
        }
        let pattern = if regex {
            text.to_string()
        } else {
            regex::escape(text)
        };
        let compiled = RegexBuilder::new(&pattern)
            .case_insensitive(!case_sensitive)
            .multi_line(true)
            .size_limit(REGEX_SIZE_LIMIT)
            .build()
            .map_err(|e| regex_error(text, e))?;
        let ascii_twin = (regex)
            .then(|| super::ascii_boundary::ascii_boundary_pattern(text, !case_sensitive))
            .flatten()
            .and_then(|t| {
                let mut twin = RegexBuilder::new(&t.pattern);
                let twin = twin.size_limit(REGEX_SIZE_LIMIT).build().ok();
                twin.map(|r| (r, t.line_by_line))
            });
        Ok(Matcher {
            regex: compiled,
            ascii_twin,
            checked: OnceLock::new(),
            pattern: text.to_string(),
            case_insensitive: !case_sensitive,
            whole_word,
            plain: !regex,
        })
    }

    /// Calls `f(start, end)` with the byte range of each match in `text`, in order,
    /// without overlaps, never an empty one, until `f` breaks.
    ///
    /// In whole word mode a match counts when it does not cut a word: its first char
    /// and the char before it are not both word chars ([`is_word_char`]), and
    /// neither are its last char and the char after it. A match that cuts a word is
    /// skipped and the search goes on from the char after its start, so `aa` finds
    /// the word in `aaa aa`. With a regex, the match tried at each position is the
    /// regex's own (leftmost-first) one; write `\b` in the regex for other choices.
    pub fn for_each(
        &self,
        text: &str,
        mut f: impl FnMut(usize, usize) -> ControlFlow<()>,
    ) -> ControlFlow<()> {
        use super::ascii_boundary::has_non_ascii_word_char;
        let Some((twin, line_by_line)) = &self.ascii_twin else {
            return self.each_in(Finder::Regex(&self.regex), text, 0, &mut f);
        };
        if !has_non_ascii_word_char(text) {
            return self.each_in(Finder::Regex(twin), text, 0, &mut f);
        }
        let checked = self.checked.get_or_init(|| {
            CheckedFind::new(
                &self.regex,
                &self.pattern,
                self.case_insensitive,
                REGEX_SIZE_LIMIT,
            )
        });
        let slow = match checked {
            Some(c) => Finder::Checked(c),
            None => Finder::Regex(&self.regex),
        };
        if !line_by_line {
            return self.each_in(slow, text, 0, &mut f);
        }
        // No match holds a line feed: each line on its own, with the twin where
        // its word chars are all ASCII (a line's ends see a line feed or the
        // text's end either way: not word chars, line starts and ends for ^ $).
        let mut offset = 0;
        for line in text.split('\n') {
            let finder = if has_non_ascii_word_char(line) {
                slow
            } else {
                Finder::Regex(twin)
            };
            self.each_in(finder, line, offset, &mut f)?;
            offset += line.len() + 1;
        }
        ControlFlow::Continue(())
    }

    /// [`Matcher::for_each`] in `text` with `finder`, the ranges shifted by `offset`.
    fn each_in(
        &self,
        finder: Finder,
        text: &str,
        offset: usize,
        f: &mut impl FnMut(usize, usize) -> ControlFlow<()>,
    ) -> ControlFlow<()> {
        if !self.whole_word {
            let regex = match finder {
                Finder::Regex(regex) => regex,
                Finder::Checked(checked) => return checked.for_each(text, offset, f),
            };
            for m in regex.find_iter(text) {
                if !m.is_empty() {
                    f(offset + m.start(), offset + m.end())?;
                }
            }
            return ControlFlow::Continue(());
        }
        let mut at = 0;
        while at <= text.len() {
            let Some((start, end)) = finder.find_at(text, at) else {
                break;
            };
            if start < end && stands_alone(text, start, end) {
                f(offset + start, offset + end)?;
                at = end;
            } else {
                at = start + text[start..].chars().next().map_or(1, char::len_utf8);
            }
        }
        ControlFlow::Continue(())
    }

    /// True when `text` has at least one match.
    pub fn is_match(&self, text: &str) -> bool {
        if self.plain && !self.whole_word {
            // No empty match to skip: the regex crate's own test, which need not
            // find where the match ends.
            return self.regex.is_match(text);
        }
        self.for_each(text, |_, _| ControlFlow::Break(()))
            .is_break()
    }
}

/// True when the non-empty byte range `[start, end)` of `text` does not cut a word.
fn stands_alone(text: &str, start: usize, end: usize) -> bool {
    let cuts = |outside: Option<char>, inside: Option<char>| matches!((outside, inside), (Some(a), Some(b)) if is_word_char(a) && is_word_char(b));
    let matched = &text[start..end];
    !cuts(text[..start].chars().next_back(), matched.chars().next())
        && !cuts(text[end..].chars().next(), matched.chars().next_back())
}

/// The regex crate's error as one line: its multi-line syntax report reduced to
/// the `error:` line.
fn regex_error(pattern: &str, e: regex::Error) -> SearchError {
    match e {
        regex::Error::CompiledTooBig(limit) => SearchError::RegexTooLarge {
            pattern: pattern.to_string(),
            limit,
        },
        other => {
            let full = other.to_string();
            let reason = full
                .lines()
                .find_map(|l| l.trim().strip_prefix("error:"))
                .map(str::trim)
                .unwrap_or_else(|| full.lines().last().unwrap_or("").trim())
                .to_string();
            SearchError::BadRegex {
                pattern: pattern.to_string(),
                reason,
            }
        }
    }
}
