//! The features of each token, hashed: the word (lower case), its shape, prefix
//! and suffix, its neighbours two either side, where it stands in its sentence,
//! and whether it is part of one of the rules' cues (hedges, attribution cues,
//! source names). Each feature is a 64-bit FNV-1a hash, stable across runs and
//! platforms, so saved weights keep their meaning.
//!
//! The tag features (the tags just given to the previous tokens) are added while
//! decoding: [`tag_features`].

use super::tokens::{Sentence, Token};
use crate::suggest::lexicon::Lexicon;

/// How many features [`static_features`] gives per token.
pub const STATIC: usize = 22;
/// How many features [`tag_features`] gives per token.
pub const DYNAMIC: usize = 4;

const FNV_OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
const FNV_PRIME: u64 = 0x0000_0100_0000_01b3;

/// FNV-1a over `bytes`, continuing from `h`.
fn fnv(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(FNV_PRIME);
    }
    h
}

/// One feature: template `template` with the values `parts`.
pub fn mix(template: u8, parts: &[u64]) -> u64 {
    let mut h = fnv(FNV_OFFSET, &[template]);
    for p in parts {
        h = fnv(h, &p.to_le_bytes());
    }
    h
}

/// The hashes that describe one word, computed once per token.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub(super) struct Word {
    pub(super) lower: u64,
    pub(super) shape: u64,
    pub(super) prefix: u64,
    pub(super) suffix: u64,
    /// Bit 0: in a hedge cue; 1: in an attribution cue; 2: in a source name;
    /// 3: starts one of those.
    pub(super) cues: u64,
}

/// Stand-ins for the words beyond a sentence's edges.
pub(super) const START: Word = Word {
    lower: 1,
    shape: 1,
    prefix: 1,
    suffix: 1,
    cues: 0,
};
pub(super) const END: Word = Word {
    lower: 2,
    shape: 2,
    prefix: 2,
    suffix: 2,
    cues: 0,
};

/// The hashes of `word` with its cue marks `cues`, without allocating: the
/// lower-cased chars are hashed as they come, the last three kept aside for the
/// suffix.
pub(super) fn describe(word: &str, cues: u64) -> Word {
    let mut lower = FNV_OFFSET;
    let mut shape = FNV_OFFSET;
    let mut last_class = 0u8;
    let mut prefix = FNV_OFFSET;
    let mut buf = [0u8; 4];
    let mut last3 = ['\0'; 3];
    let mut n = 0usize;
    for c in word.chars().flat_map(char::to_lowercase) {
        let bytes = c.encode_utf8(&mut buf).as_bytes();
        lower = fnv(lower, bytes);
        if n < 3 {
            prefix = fnv(prefix, bytes);
        }
        last3[n % 3] = c;
        n += 1;
    }
    for c in word.chars() {
        let class = if c.is_uppercase() {
            b'X'
        } else if c.is_lowercase() {
            b'x'
        } else if c.is_numeric() {
            b'd'
        } else if c.is_alphabetic() {
            b'a'
        } else {
            0
        };
        if class == 0 {
            shape = fnv(shape, c.encode_utf8(&mut buf).as_bytes());
        } else if class != last_class {
            shape = fnv(shape, &[class]);
        }
        last_class = class;
    }
    let mut suffix = FNV_OFFSET;
    for k in n.saturating_sub(3)..n {
        suffix = fnv(suffix, last3[k % 3].encode_utf8(&mut buf).as_bytes());
    }
    Word {
        lower,
        shape,
        prefix,
        suffix,
        cues,
    }
}

/// The cue lexicons a model marks tokens with.
#[derive(Debug, Clone)]
pub struct Cues {
    /// Hedge cues ("may", "is believed to").
    pub hedges: Lexicon,
    /// Attribution cues ("said", "according to").
    pub attributions: Lexicon,
    /// The registry's source names and aliases.
    pub sources: Lexicon,
}

impl Cues {
    /// Per token of `sentences` (flattened), its cue bits.
    fn marks(&self, text: &str, sentences: &[Sentence]) -> Vec<u64> {
        let tokens: Vec<Token> = sentences.iter().flatten().copied().collect();
        let mut marks = Vec::new();
        self.marks_into(text, &tokens, &mut marks);
        marks
    }

    /// The cue bits of each of `tokens` (in order, of `text`) into `marks`
    /// (cleared first).
    pub(super) fn marks_into(&self, text: &str, tokens: &[Token], marks: &mut Vec<u64>) {
        marks.clear();
        marks.resize(tokens.len(), 0);
        let (Some(first), Some(last)) = (tokens.first(), tokens.last()) else {
            return;
        };
        let (from, to) = (first.byte_start, last.byte_end);
        for (bit, lexicon) in [&self.hedges, &self.attributions, &self.sources]
            .into_iter()
            .enumerate()
        {
            for hit in lexicon.find_all(&text[from..to]) {
                let (s, e) = (hit.start + from, hit.end + from);
                let k = tokens.partition_point(|t| t.byte_end <= s);
                for (i, t) in tokens.iter().enumerate().skip(k) {
                    if t.byte_start >= e {
                        break;
                    }
                    marks[i] |= 1 << bit;
                    if t.byte_start == s {
                        marks[i] |= 8;
                    }
                }
            }
        }
    }
}

/// The static features of every token of `sentences` (of `text`), in order,
/// [`STATIC`] per token.
pub fn static_features(text: &str, sentences: &[Sentence], cues: &Cues) -> Vec<[u64; STATIC]> {
    let marks = cues.marks(text, sentences);
    let mut out = Vec::with_capacity(marks.len());
    let mut k = 0;
    for sentence in sentences {
        let words: Vec<Word> = sentence
            .iter()
            .enumerate()
            .map(|(i, t)| describe(&text[t.byte_start..t.byte_end], marks[k + i]))
            .collect();
        k += sentence.len();
        let attribution_at: Vec<usize> = (0..words.len())
            .filter(|&i| words[i].cues & 2 != 0)
            .collect();
        let mut hedge_seen = 0u64;
        for i in 0..words.len() {
            let at = |d: isize| -> Word {
                let j = i as isize + d;
                if j < 0 {
                    START
                } else {
                    words.get(j as usize).copied().unwrap_or(END)
                }
            };
            let w = words[i];
            let from_start = i.min(3) as u64;
            let to_end = (words.len() - 1 - i).min(3) as u64;
            let attribution_before = attribution_at.first().is_some_and(|&a| a < i) as u64;
            let attribution_after = attribution_at.last().is_some_and(|&a| a > i) as u64;
            if w.cues & 1 != 0 {
                hedge_seen = 1;
            }
            let (p1, p2, n1, n2) = (at(-1), at(-2), at(1), at(2));
            out.push([
                mix(0, &[]),
                mix(1, &[w.lower]),
                mix(2, &[w.shape]),
                mix(3, &[w.prefix]),
                mix(4, &[w.suffix]),
                mix(5, &[p1.lower]),
                mix(6, &[p2.lower]),
                mix(7, &[n1.lower]),
                mix(8, &[n2.lower]),
                mix(9, &[p1.shape, w.shape]),
                mix(10, &[w.shape, n1.shape]),
                mix(11, &[p1.lower, w.lower]),
                mix(12, &[w.lower, n1.lower]),
                mix(13, &[from_start, to_end]),
                mix(14, &[w.cues]),
                mix(15, &[p1.cues, w.cues, n1.cues]),
                mix(16, &[hedge_seen, w.cues & 1]),
                mix(17, &[attribution_before, attribution_after]),
                mix(18, &[attribution_after, to_end, w.shape]),
                mix(19, &[p1.suffix]),
                mix(20, &[n1.suffix]),
                mix(21, &[from_start, w.lower]),
            ]);
        }
    }
    out
}

/// The features of the tags given to the two previous tokens (`prev`, `prev2`),
/// with the token's own static features (word and cue marks).
pub fn tag_features(prev: usize, prev2: usize, own: &[u64; STATIC]) -> [u64; DYNAMIC] {
    let (prev, prev2) = (prev as u64, prev2 as u64);
    [
        mix(100, &[prev]),
        mix(101, &[prev, prev2]),
        mix(102, &[prev, own[1]]),
        mix(103, &[prev, own[14]]),
    ]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// `describe` as it was, with the lower-cased chars collected.
    fn describe_collected(word: &str) -> (u64, u64, u64) {
        let lowered: Vec<char> = word.chars().flat_map(char::to_lowercase).collect();
        let mut buf = [0u8; 4];
        let hash = |cs: &[char]| {
            (cs.iter()).fold(FNV_OFFSET, |h, c| {
                fnv(h, c.encode_utf8(&mut [0u8; 4]).as_bytes())
            })
        };
        let _ = &mut buf;
        let prefix = hash(&lowered[..lowered.len().min(3)]);
        let suffix = hash(&lowered[lowered.len().saturating_sub(3)..]);
        (hash(&lowered), prefix, suffix)
    }

    #[test]
    fn words_are_described_without_allocating_as_they_were_with() {
        for word in [
            "",
            "a",
            "KCNA",
            "Said",
            "조선중앙통신",
            "🚀",
            "e\u{301}lite",
            "İstanbul",
            "ΣΟΦΊΑ",
        ] {
            let w = describe(word, 3);
            assert_eq!(
                (w.lower, w.prefix, w.suffix),
                describe_collected(word),
                "{word}"
            );
            assert_eq!(w.cues, 3);
        }
    }
}
