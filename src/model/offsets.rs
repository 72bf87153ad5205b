//! Conversion between the offset units a text can be addressed in.
//!
//! Marginalia stores offsets as **chars** (Unicode scalar values, end exclusive), the
//! unit of Python `str`, brat, doccano and spaCy. Rust strings are indexed by UTF-8
//! byte, JavaScript tools use UTF-16 code units. [`TextIndex`] converts between the
//! three in O(1) (a checkpoint table every [`STRIDE`] chars plus a short scan), so no
//! caller ever scans the whole text per annotation.

use serde::{Deserialize, Serialize};

/// Chars between two checkpoints of the index.
pub const STRIDE: usize = 64;

/// A unit in which an offset into a text can be expressed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OffsetUnit {
    /// Unicode scalar values (Rust `char`, Python `str` index). The default.
    #[default]
    Chars,
    /// UTF-16 code units (JavaScript `String` index).
    Utf16,
    /// UTF-8 bytes.
    Bytes,
}

impl OffsetUnit {
    /// The name used on the command line and in files.
    pub fn name(self) -> &'static str {
        match self {
            OffsetUnit::Chars => "chars",
            OffsetUnit::Utf16 => "utf16",
            OffsetUnit::Bytes => "bytes",
        }
    }
}

impl std::str::FromStr for OffsetUnit {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        match s {
            "chars" | "char" | "codepoints" => Ok(OffsetUnit::Chars),
            "utf16" | "utf-16" => Ok(OffsetUnit::Utf16),
            "bytes" | "byte" | "utf8" => Ok(OffsetUnit::Bytes),
            other => Err(format!(
                "unknown offset unit '{other}' (expected chars, utf16 or bytes)"
            )),
        }
    }
}

/// An index over one text for O(1) offset conversion.
///
/// Built once per document (O(n)); every lookup afterwards touches at most
/// [`STRIDE`] chars.
#[derive(Debug, Clone, Default)]
pub struct TextIndex {
    /// Byte offset of char `k * STRIDE`.
    byte_at: Vec<usize>,
    /// UTF-16 offset of char `k * STRIDE`.
    utf16_at: Vec<usize>,
    char_len: usize,
    byte_len: usize,
    utf16_len: usize,
}

impl TextIndex {
    /// Builds the index for `text`.
    pub fn new(text: &str) -> Self {
        let mut byte_at = Vec::with_capacity(text.len() / STRIDE + 2);
        let mut utf16_at = Vec::with_capacity(text.len() / STRIDE + 2);
        let mut chars = 0usize;
        let mut utf16 = 0usize;
        for (byte, ch) in text.char_indices() {
            if chars.is_multiple_of(STRIDE) {
                byte_at.push(byte);
                utf16_at.push(utf16);
            }
            chars += 1;
            utf16 += ch.len_utf16();
        }
        if chars.is_multiple_of(STRIDE) {
            byte_at.push(text.len());
            utf16_at.push(utf16);
        }
        TextIndex {
            byte_at,
            utf16_at,
            char_len: chars,
            byte_len: text.len(),
            utf16_len: utf16,
        }
    }

    /// Length of the text in chars.
    pub fn char_len(&self) -> usize {
        self.char_len
    }

    /// Length of the text in UTF-8 bytes.
    pub fn byte_len(&self) -> usize {
        self.byte_len
    }

    /// Length of the text in UTF-16 code units.
    pub fn utf16_len(&self) -> usize {
        self.utf16_len
    }

    /// Byte offset of char offset `char_idx` (clamped to the end of the text).
    pub fn char_to_byte(&self, text: &str, char_idx: usize) -> usize {
        if char_idx >= self.char_len {
            return self.byte_len;
        }
        let block = char_idx / STRIDE;
        let start = self.byte_at[block];
        let skip = char_idx - block * STRIDE;
        match text[start..].char_indices().nth(skip) {
            Some((b, _)) => start + b,
            None => self.byte_len,
        }
    }

    /// Char offset of byte offset `byte_idx`. A byte inside a multi-byte char maps to
    /// that char's offset; past the end maps to the char length.
    pub fn byte_to_char(&self, text: &str, byte_idx: usize) -> usize {
        if byte_idx >= self.byte_len {
            return self.char_len;
        }
        let block = match self.byte_at.binary_search(&byte_idx) {
            Ok(k) => return k * STRIDE,
            Err(k) => k - 1,
        };
        let start = self.byte_at[block];
        let mut chars = block * STRIDE;
        for (b, _) in text[start..].char_indices().skip(1) {
            if start + b > byte_idx {
                break;
            }
            chars += 1;
        }
        chars
    }

    /// UTF-16 offset of char offset `char_idx` (clamped to the end).
    pub fn char_to_utf16(&self, text: &str, char_idx: usize) -> usize {
        if char_idx >= self.char_len {
            return self.utf16_len;
        }
        let block = char_idx / STRIDE;
        let start = self.byte_at[block];
        let skip = char_idx - block * STRIDE;
        self.utf16_at[block]
            + text[start..]
                .chars()
                .take(skip)
                .map(char::len_utf16)
                .sum::<usize>()
    }

    /// Char offset of UTF-16 offset `unit`. A unit in the middle of a surrogate pair
    /// maps to that char; past the end maps to the char length.
    pub fn utf16_to_char(&self, text: &str, unit: usize) -> usize {
        if unit >= self.utf16_len {
            return self.char_len;
        }
        let block = match self.utf16_at.binary_search(&unit) {
            Ok(k) => return k * STRIDE,
            Err(k) => k - 1,
        };
        let mut pos = self.utf16_at[block];
        let mut chars = block * STRIDE;
        for ch in text[self.byte_at[block]..].chars() {
            pos += ch.len_utf16();
            if pos > unit {
                break;
            }
            chars += 1;
        }
        chars
    }

    /// Converts a char offset to `unit`.
    pub fn from_chars(&self, text: &str, char_idx: usize, unit: OffsetUnit) -> usize {
        match unit {
            OffsetUnit::Chars => char_idx.min(self.char_len),
            OffsetUnit::Utf16 => self.char_to_utf16(text, char_idx),
            OffsetUnit::Bytes => self.char_to_byte(text, char_idx),
        }
    }

    /// Converts an offset in `unit` to chars.
    pub fn to_chars(&self, text: &str, offset: usize, unit: OffsetUnit) -> usize {
        match unit {
            OffsetUnit::Chars => offset.min(self.char_len),
            OffsetUnit::Utf16 => self.utf16_to_char(text, offset),
            OffsetUnit::Bytes => self.byte_to_char(text, offset),
        }
    }

    /// Length of the text in `unit`.
    pub fn len_in(&self, unit: OffsetUnit) -> usize {
        match unit {
            OffsetUnit::Chars => self.char_len,
            OffsetUnit::Utf16 => self.utf16_len,
            OffsetUnit::Bytes => self.byte_len,
        }
    }

    /// The text between char offsets `start` and `end` (clamped, end exclusive).
    pub fn slice<'t>(&self, text: &'t str, start: usize, end: usize) -> &'t str {
        let a = self.char_to_byte(text, start);
        let b = self.char_to_byte(text, end.max(start));
        &text[a..b]
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const MIXED: &str = "조선중앙통신 said “hello” 👋🏽 to Zoë (e\u{301}) \n and 🇰🇵 again";

    fn naive_char_to_byte(text: &str, c: usize) -> usize {
        text.char_indices().nth(c).map_or(text.len(), |(b, _)| b)
    }

    #[test]
    fn conversions_agree_with_naive_scan_on_mixed_script() {
        let long = MIXED.repeat(20);
        let idx = TextIndex::new(&long);
        assert_eq!(idx.char_len(), long.chars().count());
        assert_eq!(idx.utf16_len(), long.encode_utf16().count());
        for c in 0..=idx.char_len() {
            let b = idx.char_to_byte(&long, c);
            assert_eq!(b, naive_char_to_byte(&long, c), "char {c}");
            assert_eq!(idx.byte_to_char(&long, b), c);
            let u = idx.char_to_utf16(&long, c);
            let naive_u: usize = long.chars().take(c).map(char::len_utf16).sum();
            assert_eq!(u, naive_u);
            assert_eq!(idx.utf16_to_char(&long, u), c);
        }
    }

    #[test]
    fn slice_by_chars_returns_korean_and_emoji_exactly() {
        let idx = TextIndex::new(MIXED);
        assert_eq!(idx.slice(MIXED, 0, 6), "조선중앙통신");
        let start = MIXED.chars().position(|c| c == '👋').unwrap();
        assert_eq!(idx.slice(MIXED, start, start + 2), "👋🏽");
        assert_eq!(idx.slice(MIXED, 12, 19), "“hello”");
    }

    #[test]
    fn byte_inside_a_char_maps_to_that_char() {
        let idx = TextIndex::new("a조b");
        assert_eq!(idx.byte_to_char("a조b", 2), 1);
        assert_eq!(idx.byte_to_char("a조b", 4), 2);
    }

    #[test]
    fn empty_text_and_clamping() {
        let idx = TextIndex::new("");
        assert_eq!(idx.char_len(), 0);
        assert_eq!(idx.char_to_byte("", 5), 0);
        assert_eq!(idx.slice("", 0, 3), "");
    }

    #[test]
    fn unit_names_parse() {
        assert_eq!("utf16".parse::<OffsetUnit>(), Ok(OffsetUnit::Utf16));
        assert!("words".parse::<OffsetUnit>().is_err());
    }
}
