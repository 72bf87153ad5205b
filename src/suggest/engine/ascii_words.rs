//! `str::split_whitespace` read byte by byte: the same words, in the same
//! order, but an ASCII byte is judged without decoding a character (the
//! standard iterator decodes each one and asks the Unicode tables, some 150
//! instructions a word). A byte from 0x80 on is decoded and judged by
//! `char::is_whitespace`, as the standard iterator does. For the passes that
//! read every clause word by word (the claim rules' word count, the silence
//! reading).

/// What a byte is to [`Words`]: part of a word (an ASCII letter, digit or
/// mark), ASCII whitespace as `char::is_whitespace` has it (tab, line feed,
/// vertical tab, form feed, carriage return, space), or a byte of a
/// character other than ASCII (read by the standard iterator from there on).
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

/// `c.is_alphanumeric()`, the Unicode tables asked only for a character
/// other than ASCII and the typographic quotes, dashes, ellipsis and
/// no-break space (none of them a letter or digit) that stand at most words'
/// edges: the tables cost some 400 instructions a look-up.
#[inline]
pub(super) fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        return c.is_ascii_alphanumeric();
    }
    !matches!(c, '“' | '”' | '‘' | '’' | '—' | '–' | '…' | '\u{a0}') && c.is_alphanumeric()
}

/// The words of `text` between whitespace, as `text.split_whitespace()`.
pub(super) fn words(text: &str) -> Words<'_> {
    Words {
        rest: text,
        other: None,
    }
}

/// How many words `text` has, as `text.split_whitespace().count()`.
pub(super) fn word_count(text: &str) -> usize {
    words(text).count()
}

/// The iterator of [`words`]: ASCII read byte by byte; from the first byte
/// of another character on, the rest (which starts between two words) by
/// the standard iterator.
pub(super) struct Words<'t> {
    rest: &'t str,
    other: Option<std::str::SplitWhitespace<'t>>,
}

impl<'t> Iterator for Words<'t> {
    type Item = &'t str;

    #[inline]
    fn next(&mut self) -> Option<&'t str> {
        if let Some(other) = &mut self.other {
            return other.next();
        }
        let text = self.rest;
        let bytes = text.as_bytes();
        let mut at = 0;
        let mut class = SPACE;
        while let Some(&b) = bytes.get(at) {
            class = CLASS[b as usize];
            if class != SPACE {
                break;
            }
            at += 1;
        }
        if class == SPACE {
            self.rest = "";
            return None;
        }
        let start = at;
        while class == WORD {
            at += 1;
            class = bytes.get(at).map_or(SPACE, |&b| CLASS[b as usize]);
        }
        if class == OTHER {
            // A character other than ASCII in this word: the standard
            // iterator from this word's start on.
            let mut other = text[start..].split_whitespace();
            let word = other.next();
            self.other = Some(other);
            return word;
        }
        self.rest = &text[at..];
        Some(&text[start..at])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn alphanumeric_as_the_tables_say() {
        let chars = (0..0x3100).chain(0x1_0000..0x1_0100).filter_map(char::from_u32);
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
}
