//! `str::split_whitespace` read byte by byte: the same words, in the same
//! order, but an ASCII byte is judged by a table without decoding a
//! character (the standard iterator decodes each one, some 120 instructions
//! a word). A character other than ASCII is decoded and judged by
//! `char::is_whitespace`, as the standard iterator does. For the passes that
//! read every clause word by word (the claim rules' word count, the silence
//! reading).

/// What a byte is to [`Words`]: part of a word (an ASCII letter, digit or
/// mark), ASCII whitespace as `char::is_whitespace` has it (tab, line feed,
/// vertical tab, form feed, carriage return, space), or the first byte of a
/// character other than ASCII (decoded and judged by `char::is_whitespace`).
const WORD: u8 = 0;
const SPACE: u8 = 1;
const OTHER: u8 = 2;

static CLASS: [u8; 256] = {
    let mut class = [WORD; 256];
    let mut b = 0x80;
    while b < 256 {
        class[b] = OTHER;
        b += 1;
    }
    class[b' ' as usize] = SPACE;
    let mut b = b'\t';
    while b <= b'\r' {
        class[b as usize] = SPACE;
        b += 1;
    }
    class
};

/// Whether the character at byte `at` of `text` (a character boundary, not
/// ASCII) is whitespace, and its length in bytes.
#[inline(never)]
fn other_at(text: &str, at: usize) -> (bool, usize) {
    match text.get(at..).and_then(|rest| rest.chars().next()) {
        Some(c) => (c.is_whitespace(), c.len_utf8()),
        // Never at a character boundary: the rest taken as one word.
        None => (false, text.len().saturating_sub(at).max(1)),
    }
}

/// `c.is_alphanumeric()`, the Unicode tables asked only for a character
/// other than ASCII and the ones [`crate::suggest::letters`] knows (the
/// typographic quotes, dashes, ellipsis and no-break space at most words'
/// edges, the accented Latin letters, Hangul, emoji): the tables cost some
/// 400 instructions a look-up.
#[inline]
pub(super) fn is_alphanumeric(c: char) -> bool {
    crate::suggest::letters::is_alphanumeric(c)
}

/// The words of `text` between whitespace, as `text.split_whitespace()`.
pub(super) fn words(text: &str) -> Words<'_> {
    Words { rest: text }
}

/// How many words `text` has, as `text.split_whitespace().count()`.
pub(super) fn word_count(text: &str) -> usize {
    words(text).count()
}

/// The first of the eight bytes of `x` (little-endian) that is at most
/// b' ' or not ASCII: the only bytes that may end a word (most of them
/// control characters, read one by one); `None` when all eight are in
/// 0x21..=0x7F. A byte below 0x21 borrows from the next one up, which may
/// then be flagged too, but never one below it: the lowest flag is exact.
#[inline]
fn first_stop(x: u64) -> Option<usize> {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let flags = (x | (x.wrapping_sub(0x21 * ONES) & !x)) & HIGH;
    (flags != 0).then(|| (flags.trailing_zeros() / 8) as usize)
}

/// The iterator of [`words`].
pub(super) struct Words<'t> {
    rest: &'t str,
}

impl<'t> Iterator for Words<'t> {
    type Item = &'t str;

    #[inline]
    fn next(&mut self) -> Option<&'t str> {
        let text = self.rest;
        let bytes = text.as_bytes();
        let mut at = 0;
        loop {
            let Some(&b) = bytes.get(at) else {
                self.rest = "";
                return None;
            };
            match CLASS[b as usize] {
                SPACE => at += 1,
                WORD => break,
                _ => {
                    let (space, n) = other_at(text, at);
                    if !space {
                        break;
                    }
                    at += n;
                }
            }
        }
        let start = at;
        loop {
            // Eight bytes at a time while none may end the word: a byte of
            // 0x21..=0x7F is always part of one ([`first_stop`]).
            if let Some(chunk) = bytes.get(at..).and_then(<[u8]>::first_chunk::<8>) {
                match first_stop(u64::from_le_bytes(*chunk)) {
                    None => {
                        at += 8;
                        continue;
                    }
                    Some(n) => at += n,
                }
            }
            let Some(&b) = bytes.get(at) else {
                break;
            };
            match CLASS[b as usize] {
                WORD => at += 1,
                SPACE => break,
                _ => {
                    let (space, n) = other_at(text, at);
                    if space {
                        break;
                    }
                    at += n;
                }
            }
        }
        let at = at.min(text.len());
        self.rest = text.get(at..).unwrap_or_default();
        text.get(start..at)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alphanumeric_as_the_tables_say() {
        let chars = (0..0x3100)
            .chain(0x1_0000..0x1_0100)
            .filter_map(char::from_u32);
        for c in chars.chain(['’', '“', '”', '‘', '—', '–', '…', '\u{a0}']) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn the_words_of_split_whitespace() {
        for text in [
            "",
            " ",
            "one",
            "  The ministry did not respond\tto\r\nquestions.  ",
            "Kim\u{a0}Jong Un said\u{2003}on “Monday” — in Seoul\u{b}x\u{c}y",
            "naïve café  résumé\u{3000}東京 ",
            "\u{85}a\u{2028}b\u{202f}c\u{205f}d\u{1680}e",
            "x\u{1c}y\u{1f}z",
        ] {
            let ours: Vec<&str> = words(text).collect();
            let std: Vec<&str> = text.split_whitespace().collect();
            assert_eq!(ours, std, "{text:?}");
            assert_eq!(word_count(text), std.len());
        }
    }

    #[test]
    fn the_first_stop_of_eight_bytes() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut bytes = [b'a'; 8];
                bytes[at] = b;
                let want = (b <= b' ' || b >= 0x80).then_some(at);
                assert_eq!(
                    first_stop(u64::from_le_bytes(bytes)),
                    want,
                    "{b:#x} at {at}"
                );
            }
        }
        let mut bytes = *b"ab\tcd\xc3\xa9 ";
        assert_eq!(first_stop(u64::from_le_bytes(bytes)), Some(2));
        bytes[2] = b'-';
        assert_eq!(first_stop(u64::from_le_bytes(bytes)), Some(5));
    }

    #[test]
    fn the_words_of_split_whitespace_on_mixed_text() {
        let alphabet = [
            "a", "Z", "9", " ", "\t", "\n", "\u{b}", "\r", ".", "’", "“", "\u{a0}", "é", "東",
            "\u{2003}", "\u{85}", "\u{3000}", "\u{1f}", "😀",
        ];
        let mut seed: u64 = 37;
        for _ in 0..2000 {
            let mut text = String::new();
            for _ in 0..(seed % 13) {
                seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
                text.push_str(alphabet[(seed >> 33) as usize % alphabet.len()]);
            }
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1);
            let ours: Vec<&str> = words(&text).collect();
            let std: Vec<&str> = text.split_whitespace().collect();
            assert_eq!(ours, std, "{text:?}");
        }
    }
}
