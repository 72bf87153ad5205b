//! Case-insensitive "does this text contain that" for the documents table's text
//! filter, without a lowered copy of the text: [`CaselessFinder`].
//!
//! It serves a needle made only of ASCII and caseless chars (Hangul, CJK
//! ideographs; [`is_caseless`]). For such a needle a case-insensitive match (the
//! regex crate's simple case folding) is a match where each ASCII letter may be
//! either case, and where `k` may also be the Kelvin sign `\u{212A}` and `s` the
//! long s `\u{17F}`: no other char folds to an ASCII char, and nothing folds to a
//! caseless one (both checked over every Unicode scalar value in
//! `text_filter_tests`).
//!
//! The search scans the text for the needle's two rarest bytes at their distance
//! in the needle, in both cases, 64 places at a time (a loop the compiler turns
//! into vector instructions: a byte's ASCII case is its bit 0x20), then checks
//! the needle around each place found, backwards and forwards, allowing the two
//! three-/two-byte folds. The two bytes are chosen with no `k` or `s` between them
//! (whose folds are longer, and would change the distance); a needle without such
//! a pair, or with a byte as rare as `v` or rarer (`j`, `q`, `x`, `z`: then
//! `memchr2` skips faster), is scanned for its rarest byte alone. A needle without ASCII
//! letters has no case at all and is found with `memchr::memmem`.

use memchr::memmem::Finder;

/// The Kelvin sign, which matches `k` and `K` case-insensitively.
const KELVIN: &[u8] = "\u{212A}".as_bytes();
/// The long s, which matches `s` and `S` case-insensitively.
const LONG_S: &[u8] = "\u{17F}".as_bytes();

/// Hangul (syllables and jamo) and CJK ideographs: no case, and no other char
/// folds to them (tested against the regex crate in `text_filter_tests`).
pub(crate) fn is_caseless(c: char) -> bool {
    matches!(c,
        '\u{AC00}'..='\u{D7A3}' | '\u{1100}'..='\u{11FF}' | '\u{3130}'..='\u{318F}'
        | '\u{4E00}'..='\u{9FFF}' | '\u{3400}'..='\u{4DBF}')
}

/// A case-insensitive search for one needle of ASCII and caseless chars.
#[derive(Debug, Clone)]
pub(crate) enum CaselessFinder {
    /// The needle has no ASCII letter: found as it is.
    Exact(Box<Finder<'static>>),
    /// The needle, lowered, and two of its bytes scanned for together.
    Paired {
        /// The needle with its ASCII letters lowered.
        needle: Vec<u8>,
        /// Index in `needle` of the first byte scanned for.
        first: usize,
        /// How many bytes after it the second one is (no `k` or `s` from one to
        /// the other, so the distance is the same in the text).
        gap: usize,
    },
    /// The needle, lowered, and the position of the byte scanned for.
    Folded {
        /// The needle with its ASCII letters lowered.
        needle: Vec<u8>,
        /// Index in `needle` of its rarest byte that is not `k` or `s` (those
        /// also match chars of several bytes, which a byte scan would miss).
        rare: usize,
    },
}

impl CaselessFinder {
    /// The finder for `needle` (not empty), or `None` when a char of it has case
    /// outside ASCII (é, Cyrillic…) or when its only letters are `k` and `s`
    /// (then the regex is asked: such a needle is short and common).
    pub(crate) fn new(needle: &str) -> Option<CaselessFinder> {
        if needle.is_empty() || !needle.chars().all(|c| c.is_ascii() || is_caseless(c)) {
            return None;
        }
        let lowered = needle.to_ascii_lowercase().into_bytes();
        if !lowered.iter().any(u8::is_ascii_alphabetic) {
            return Some(CaselessFinder::Exact(Box::new(
                Finder::new(&lowered).into_owned(),
            )));
        }
        let rare = (lowered.iter().enumerate())
            .filter(|&(_, &b)| b != b'k' && b != b's')
            .min_by_key(|&(_, &b)| rank(b))
            .map(|(i, _)| i)?;
        // A byte as rare as `v` (about 1% of letters) or rarer: `memchr2` skips
        // from one to the next faster than the paired scan walks the text.
        if rank(lowered[rare]) > RARE_ENOUGH
            && let Some((first, gap)) = rare_pair(&lowered)
        {
            return Some(CaselessFinder::Paired {
                needle: lowered,
                first,
                gap,
            });
        }
        Some(CaselessFinder::Folded {
            needle: lowered,
            rare,
        })
    }

    /// True when `hay` contains the needle, case-insensitively.
    pub(crate) fn is_match(&self, hay: &str) -> bool {
        let hay = hay.as_bytes();
        match self {
            CaselessFinder::Exact(finder) => finder.find(hay).is_some(),
            CaselessFinder::Paired { needle, first, gap } => {
                paired_match(hay, needle, *first, *gap)
            }
            CaselessFinder::Folded { needle, rare } => {
                let b = needle[*rare];
                let (before, from) = needle.split_at(*rare);
                memchr::memchr2_iter(b, b.to_ascii_uppercase(), hay)
                    .any(|at| matches_back(hay, at, before) && matches_forward(hay, at, from))
            }
        }
    }
}

/// The rank ([`rank`]) of `v`: a needle with a byte this rare is scanned for that
/// byte alone.
const RARE_ENOUGH: u8 = 50;

/// Places looked at together by the paired scan.
const BLOCK: usize = 64;

/// Needle bytes further apart than this are not paired (a long pasted needle
/// must not cost a quadratic choice).
const MAX_GAP: usize = 32;

/// The bit that tells an ASCII letter's case; no bit for other bytes.
fn case_bit(b: u8) -> u8 {
    if b.is_ascii_alphabetic() { 0x20 } else { 0 }
}

/// The two bytes of `needle` (lowered) to scan for together: the rarest pair, a
/// pair of different bytes first, with no `k` or `s` from one to the other.
fn rare_pair(needle: &[u8]) -> Option<(usize, usize)> {
    let fold = |b: u8| b == b'k' || b == b's';
    let mut best: Option<(u16, usize, usize)> = None;
    for (i, &a) in needle.iter().enumerate() {
        if fold(a) {
            continue;
        }
        for (j, &b) in needle.iter().enumerate().skip(i + 1).take(MAX_GAP) {
            if fold(b) {
                break;
            }
            let same = if a == b { 512 } else { 0 };
            let score = u16::from(rank(a)) + u16::from(rank(b)) + same;
            if best.is_none_or(|(s, _, _)| score < s) {
                best = Some((score, i, j - i));
            }
        }
    }
    best.map(|(_, i, gap)| (i, gap))
}

/// True when `hay` holds `needle` (lowered) with its bytes `first` and
/// `first + gap` at some place: those two are looked for first, [`BLOCK`] places
/// at a time, then the whole needle around each place where both are.
fn paired_match(hay: &[u8], needle: &[u8], first: usize, gap: usize) -> bool {
    let (b1, b2) = (needle[first], needle[first + gap]);
    let (m1, m2) = (case_bit(b1), case_bit(b2));
    let (before, from) = needle.split_at(first);
    let at = |p: usize| {
        (hay[p] | m1) == b1
            && (hay[p + gap] | m2) == b2
            && matches_back(hay, p, before)
            && matches_forward(hay, p, from)
    };
    // Places `p` with `p + gap` inside the text.
    let places = hay.len().saturating_sub(gap);
    let mut p = 0;
    while p + BLOCK <= places {
        let (Ok(a), Ok(b)) = (
            <&[u8; BLOCK]>::try_from(&hay[p..p + BLOCK]),
            <&[u8; BLOCK]>::try_from(&hay[p + gap..p + gap + BLOCK]),
        ) else {
            break;
        };
        // No early exit: the compiler makes this a few vector compares.
        let mut any = false;
        for j in 0..BLOCK {
            any |= ((a[j] | m1) == b1) & ((b[j] | m2) == b2);
        }
        if any && (p..p + BLOCK).any(at) {
            return true;
        }
        p += BLOCK;
    }
    (p..places).any(at)
}

/// True when `hay` from byte `at` on starts with `part` (lowered), folding case.
fn matches_forward(hay: &[u8], mut at: usize, part: &[u8]) -> bool {
    for &b in part {
        match hay.get(at) {
            Some(h) if h.to_ascii_lowercase() == b => at += 1,
            _ => match fold_after(hay, at, b) {
                Some(len) => at += len,
                None => return false,
            },
        }
    }
    true
}

/// True when `hay` before byte `at` ends with `part` (lowered), folding case.
fn matches_back(hay: &[u8], mut at: usize, part: &[u8]) -> bool {
    for &b in part.iter().rev() {
        match at.checked_sub(1).map(|i| hay[i]) {
            Some(h) if h.to_ascii_lowercase() == b => at -= 1,
            _ => match fold_before(hay, at, b) {
                Some(len) => at -= len,
                None => return false,
            },
        }
    }
    true
}

/// The chars other than ASCII that match the ASCII letter `b` (lowered).
fn folds_of(b: u8) -> &'static [u8] {
    match b {
        b'k' => KELVIN,
        b's' => LONG_S,
        _ => &[],
    }
}

/// The length of a fold of `b` starting at byte `at` of `hay`, if one is there.
fn fold_after(hay: &[u8], at: usize, b: u8) -> Option<usize> {
    let fold = folds_of(b);
    (!fold.is_empty() && hay.get(at..)?.starts_with(fold)).then_some(fold.len())
}

/// The length of a fold of `b` ending at byte `at` of `hay`, if one is there.
fn fold_before(hay: &[u8], at: usize, b: u8) -> Option<usize> {
    let fold = folds_of(b);
    (!fold.is_empty() && hay.get(..at)?.ends_with(fold)).then_some(fold.len())
}

/// How common a (lowered) byte is in article text, lower = rarer: ASCII letters
/// by their English frequency (both cases are scanned for), space and the
/// commonest punctuation last, other bytes (digits, the bytes of UTF-8 chars) in
/// between. Only speed depends on it, never the answer.
fn rank(b: u8) -> u8 {
    const BY_FREQUENCY: &[u8] = b"zqxjkvbpygfwmucldrhsnioate";
    if let Some(i) = BY_FREQUENCY.iter().position(|&c| c == b) {
        return 10 + 8 * i as u8;
    }
    match b {
        b' ' | b'\n' => 255,
        b',' | b'.' => 200,
        b'0'..=b'9' => 60,
        _ => 100,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn regex_says(needle: &str, hay: &str) -> bool {
        regex::Regex::new(&format!("(?i){}", regex::escape(needle)))
            .unwrap()
            .is_match(hay)
    }

    #[test]
    fn folds_ascii_case_the_kelvin_sign_and_the_long_s_and_nothing_else() {
        let cases = [
            ("sinuiju", "SINUIJU said", true),
            ("sinuiju", "\u{17F}inuiju (a long s)", true),
            ("SINUIJU", "xx \u{17F}INUIJU", true),
            ("kcna", "the \u{212A}CNA said", true),
            ("ask", "a\u{17F}\u{212A}", true),
            ("task", "ta\u{17F}\u{212A}!", true),
            // Folds before the byte scanned for (here `a`), checked backwards.
            ("ska", "x\u{17F}\u{212A}A", true),
            ("ska", "\u{212A}\u{17F}a", false),
            ("kcna", "KCN", false),
            ("조선", "조선중앙통신", true),
            ("KCNA 보도", "kcna 보도", true),
            ("KCNA 보도", "kcna 보고", false),
            ("2026", "in 2026.", true),
            ("cafe", "Cafe\u{301}", true),
            ("jj", "j", false),
            ("j", "", false),
            ("é", "É", false), // not served: new() says None
        ];
        for (needle, hay, want) in cases {
            let Some(f) = CaselessFinder::new(needle) else {
                assert_eq!(needle, "é");
                continue;
            };
            assert_eq!(f.is_match(hay), want, "{needle:?} in {hay:?}");
            assert_eq!(
                regex_says(needle, hay),
                want,
                "regex: {needle:?} in {hay:?}"
            );
        }
    }

    #[test]
    fn needles_it_does_not_serve() {
        for needle in ["", "café", "Москва", "s", "K", "ssk", "\u{212A}"] {
            assert!(CaselessFinder::new(needle).is_none(), "{needle:?}");
        }
        assert!(matches!(
            CaselessFinder::new("평양 1"),
            Some(CaselessFinder::Exact(_))
        ));
        assert!(matches!(
            CaselessFinder::new("Sinuiju"),
            Some(CaselessFinder::Folded { rare: 5, .. })
        ));
        assert!(matches!(
            CaselessFinder::new("the minister"),
            Some(CaselessFinder::Paired {
                first: 1,
                gap: 3,
                ..
            })
        ));
        // `k`/`s` between every pair: the rarest byte alone.
        assert!(matches!(
            CaselessFinder::new("aska"),
            Some(CaselessFinder::Folded { .. })
        ));
    }
}

#[cfg(test)]
mod properties {
    use proptest::prelude::*;

    use super::*;

    /// ASCII letters (k and s with their folds), Korean, digits, a space.
    const ALPHABET: &[char] = &[
        'a', 'A', 'j', 'k', 'K', '\u{212A}', 's', 'S', '\u{17F}', '조', '선', '1', ' ', '👋',
    ];

    fn text_of(range: std::ops::Range<usize>) -> impl Strategy<Value = String> {
        proptest::collection::vec(proptest::sample::select(ALPHABET), range)
            .prop_map(|cs| cs.into_iter().collect())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 2000, ..ProptestConfig::default() })]

        #[test]
        fn the_finder_answers_as_the_regex(needle in text_of(1..5), hay in text_of(0..30)) {
            let regex = regex::Regex::new(&format!("(?i){}", regex::escape(&needle))).unwrap();
            if let Some(f) = CaselessFinder::new(&needle) {
                prop_assert_eq!(f.is_match(&hay), regex.is_match(&hay));
            }
        }

        #[test]
        fn the_finder_answers_as_the_regex_past_a_block(
            needle in text_of(1..7),
            hay in text_of(60..400),
            at in 0usize..400,
        ) {
            // The needle put somewhere in a long text (in one of its blocks, or
            // across two, or in the tail), its case changed on the way.
            let mut chars: Vec<char> = hay.chars().collect();
            let at = at.min(chars.len());
            let changed: String = needle
                .chars()
                .map(|c| if c.is_ascii_lowercase() { c.to_ascii_uppercase() } else { c })
                .collect();
            chars.splice(at..at, changed.chars());
            let hay: String = chars.into_iter().collect();
            let regex = regex::Regex::new(&format!("(?i){}", regex::escape(&needle))).unwrap();
            if let Some(f) = CaselessFinder::new(&needle) {
                prop_assert_eq!(f.is_match(&hay), regex.is_match(&hay));
            }
        }
    }
}
