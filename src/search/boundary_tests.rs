//! Tests of a regex with Unicode word boundaries searched through its twins
//! (`ascii_boundary`, `checked_find`): the same matches as the regex alone, on
//! generated texts of ASCII words, Korean, accents (precomposed and combining),
//! curly quotes, emoji, CRLF and words mixing scripts (`Seoul에서ing`).

use std::ops::ControlFlow;

use regex::{Regex, RegexBuilder};

use super::ascii_boundary::{ascii_boundary_pattern, has_non_ascii_word_char};
use super::checked_find::CheckedFind;
use super::matcher::{Matcher, is_word_char};

/// Patterns with every kind of Unicode word boundary.
const PATTERNS: [&str; 11] = [
    r"\b\w+ing\b",
    r"\bKim\b",
    r"\B\w",
    r"\b{start}\w+",
    r"\w+\b{end}",
    r"\b{start-half}a",
    r"a\b{end-half}",
    r"(?i)\bkcna\b",
    r"^\w+\b",
    r"\b\w+$",
    r"\b\w+\s+\w+\b",
];

/// `count` texts of a few `atoms` each, pseudo-random from `seed`.
fn texts(atoms: &[&str], count: usize, mut seed: u64) -> Vec<String> {
    let mut next = || {
        seed = seed
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        (seed >> 33) as usize
    };
    (0..count)
        .map(|_| {
            (0..next() % 12 + 1)
                .map(|_| atoms[next() % atoms.len()])
                .collect()
        })
        .collect()
}

fn ranges(regex: &Regex, text: &str) -> Vec<(usize, usize)> {
    (regex.find_iter(text))
        .filter(|m| !m.is_empty())
        .map(|m| (m.start(), m.end()))
        .collect()
}

#[test]
fn only_unicode_word_boundaries_are_rewritten() {
    assert_eq!(ascii_boundary_pattern("kcna", true), None);
    assert_eq!(ascii_boundary_pattern(r"(?-u:\b)x", false), None);
    for p in PATTERNS {
        assert!(ascii_boundary_pattern(p, false).is_some(), "{p}");
    }
    let lines = |p: &str| ascii_boundary_pattern(p, false).unwrap().line_by_line;
    assert!(lines(r"\b\w+ing\b") && lines(r"^\bK.m$"));
    assert!(!lines(r"\b\w+\s\w+") && !lines(r"\bx\n"));
    assert!(!lines(r"\A\bx") && !lines(r"(?s)\b.+"));
}

#[test]
fn korean_and_accents_are_non_ascii_word_chars_quotes_and_emoji_are_not() {
    assert!(!has_non_ascii_word_char("“Tests,” KCNA said 👋 — 2026"));
    assert!(has_non_ascii_word_char("said 조선 “x”"));
    assert!(has_non_ascii_word_char("“x” café"));
    assert!(has_non_ascii_word_char("e\u{301}"));
}

/// On every text without a non-ASCII word char, the rewritten regex finds
/// exactly what the Unicode one finds.
#[test]
fn the_ascii_twin_finds_the_same_matches_where_it_is_used() {
    let atoms = [
        "a", "ing", " ", "“", "”", "👋", "_", "1", "Kim", "KCNA", "\n", "—", "k",
    ];
    let texts = texts(&atoms, 400, 7);
    for p in PATTERNS {
        let unicode = Regex::new(&format!("(?m){p}")).unwrap();
        let twin = Regex::new(&ascii_boundary_pattern(p, false).unwrap().pattern).unwrap();
        for t in &texts {
            assert!(!has_non_ascii_word_char(t));
            assert_eq!(ranges(&unicode, t), ranges(&twin, t), "{p} on {t:?}");
        }
    }
}

/// More patterns, for the checked search: boundaries alone (empty matches),
/// a loose twin matching almost everywhere, matches across lines or spaces,
/// `\A`, `\z`, CRLF mode, non-ASCII words in the pattern.
const MORE: [&str; 13] = [
    r"\b",
    r"\B",
    r"\b\w*",
    r"(?s)\b.+?\b",
    r"\w+\b \b\w+",
    r"(?:\b|é)\w",
    r"\Aé?\w+\b",
    r"\w+\b\z",
    r"(?R)^\w+\b$",
    r"\b(?:조선|Seoul)\w*",
    r"\w*ing\b|\bK\w*",
    r"\b\w+ing\b\s*",
    r"(?R)\b\r$",
];

/// Atoms of mixed-script texts: ASCII words, Korean, accents, quotes, emoji,
/// line ends, words mixing scripts.
const MIXED: [&str; 19] = [
    "a",
    "ing",
    " ",
    "“",
    "”",
    "👋",
    "_",
    "Kim",
    "KCNA",
    "\n",
    "\r\n",
    "조선",
    "é",
    "e\u{301}",
    "k",
    "Seoul에서ing",
    "singing",
    "ingé",
    "에ing",
];

/// The matches `regex` finds at or after each byte of `text` (`find_at`).
fn each_find_at(
    find: impl Fn(usize) -> Option<(usize, usize)>,
    text: &str,
) -> Vec<Option<(usize, usize)>> {
    (0..=text.len()).map(find).collect()
}

/// The checked search finds, from every byte of a text (a char's middle
/// included), what `Regex::find_at` finds, empty matches included.
#[test]
fn the_checked_search_finds_what_find_at_finds_from_every_byte() {
    let texts = texts(&MIXED, 250, 5);
    for p in PATTERNS.iter().chain(&MORE) {
        for case_insensitive in [false, true] {
            let regex = RegexBuilder::new(p)
                .case_insensitive(case_insensitive)
                .multi_line(true)
                .build()
                .unwrap();
            let checked = CheckedFind::new(&regex, p, case_insensitive, 10 << 20).unwrap();
            for t in &texts {
                assert_eq!(
                    each_find_at(|at| checked.find_at(t, at), t),
                    each_find_at(|at| regex.find_at(t, at).map(|m| (m.start(), m.end())), t),
                    "{p} (ignoring case {case_insensitive}) on {t:?}"
                );
            }
        }
    }
}

/// Whole word mode's matches with the Unicode regex alone: the leftmost-first
/// match from each position, kept when it does not cut a word.
fn whole_words(regex: &Regex, text: &str) -> Vec<(usize, usize)> {
    let cuts = |a: Option<char>, b: Option<char>| matches!((a, b), (Some(a), Some(b)) if is_word_char(a) && is_word_char(b));
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(m) = regex.find_at(text, at) {
        let (s, e) = (m.start(), m.end());
        let alone = s < e
            && !cuts(text[..s].chars().next_back(), text[s..].chars().next())
            && !cuts(text[e..].chars().next(), text[..e].chars().next_back());
        if alone {
            out.push((s, e));
            at = e;
        } else {
            at = s + text[s..].chars().next().map_or(1, char::len_utf8);
        }
        if at > text.len() {
            break;
        }
    }
    out
}

/// Through the matcher (the ASCII twin on whole texts or lines, the checked
/// search elsewhere), every pattern finds what the Unicode regex finds alone,
/// in every mode, on texts of many lines mixing ASCII words, Korean, accents,
/// quotes, emoji and words of two scripts.
#[test]
fn the_matcher_finds_what_the_unicode_regex_finds_on_mixed_lines() {
    let texts = texts(&MIXED, 300, 11);
    for p in PATTERNS.iter().chain(&MORE) {
        for (case_sensitive, whole_word) in
            [(true, false), (false, false), (true, true), (false, true)]
        {
            let m = Matcher::new(p, true, case_sensitive, whole_word).unwrap();
            let unicode = RegexBuilder::new(p)
                .case_insensitive(!case_sensitive)
                .multi_line(true)
                .build()
                .unwrap();
            for t in &texts {
                let mut got = Vec::new();
                let _ = m.for_each(t, |s, e| {
                    got.push((s, e));
                    ControlFlow::Continue(())
                });
                let want = if whole_word {
                    whole_words(&unicode, t)
                } else {
                    ranges(&unicode, t)
                };
                assert_eq!(
                    got, want,
                    "{p} (case {case_sensitive}, word {whole_word}) on {t:?}"
                );
            }
        }
    }
}

/// A word of two scripts: `ing` ends it but no Unicode `\b` starts `ing`; the
/// whole word matches, in the middle of a line of quotes and ASCII words.
#[test]
fn a_word_mixing_scripts_is_one_word() {
    let m = Matcher::new(r"\b\w+ing\b", true, true, false).unwrap();
    let text = "“Seoul에서ing” singing, ingé; 에ing\r\nthing";
    let mut got = Vec::new();
    let _ = m.for_each(text, |s, e| {
        got.push(&text[s..e]);
        ControlFlow::Continue(())
    });
    assert_eq!(got, ["Seoul에서ing", "singing", "에ing", "thing"]);
}
