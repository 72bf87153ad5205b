//! Offsets that arrive with a text from elsewhere (JSONL, brat) count the text as it
//! was given: perhaps with a byte-order mark or `\r\n` line endings, perhaps in UTF-16
//! units or bytes. [`IncomingText`] normalises the text the way every Marginalia
//! document is normalised and maps those offsets onto it exactly, refusing an offset
//! that splits a character or lies past the end.

use crate::model::text::Normalized;
use crate::model::{OffsetUnit, TextIndex};

/// A text as received, its normalised form, and the map between their offsets.
#[derive(Debug, Clone)]
pub struct IncomingText {
    raw: String,
    index: TextIndex,
    normalized: String,
    /// Char offsets (in `raw`) of the chars normalisation removed, ascending.
    removed: Vec<usize>,
    changes: Normalized,
}

impl IncomingText {
    /// Normalises `raw` like [`crate::model::text::normalize`] (BOM removed, `\r\n`
    /// and lone `\r` become `\n`) and remembers where chars were removed.
    pub fn new(raw: String) -> Self {
        let mut normalized = String::with_capacity(raw.len());
        let mut removed = Vec::new();
        let mut changes = Normalized::default();
        let mut chars = raw.chars().enumerate().peekable();
        while let Some((i, c)) = chars.next() {
            match c {
                '\u{feff}' if i == 0 => {
                    changes.removed_bom = true;
                    removed.push(i);
                }
                '\r' => {
                    changes.converted_crlf = true;
                    if chars.peek().map(|&(_, n)| n) == Some('\n') {
                        removed.push(i);
                    } else {
                        normalized.push('\n');
                    }
                }
                c => normalized.push(c),
            }
        }
        let index = TextIndex::new(&raw);
        IncomingText {
            raw,
            index,
            normalized,
            removed,
            changes,
        }
    }

    /// The normalised text (what the document will hold).
    pub fn text(&self) -> &str {
        &self.normalized
    }

    /// The normalised text, owned.
    pub fn into_text(self) -> String {
        self.normalized
    }

    /// What normalisation changed.
    pub fn changes(&self) -> Normalized {
        self.changes
    }

    /// Length of the text as received, in `unit`.
    pub fn raw_len(&self, unit: OffsetUnit) -> usize {
        self.index.len_in(unit)
    }

    /// The text as received between two offsets in `unit` (already checked).
    fn raw_slice(&self, start: usize, end: usize) -> &str {
        self.index.slice(&self.raw, start, end)
    }

    /// Converts one offset in `unit` (into the text as received) to a char offset
    /// into the received text, refusing one that splits a character.
    fn raw_char(&self, offset: usize, unit: OffsetUnit) -> Result<usize, String> {
        let c = self.index.to_chars(&self.raw, offset, unit);
        if self.index.from_chars(&self.raw, c, unit) != offset {
            return Err(format!(
                "offset {offset} falls inside a character ({} offsets must fall between characters)",
                unit_name(unit)
            ));
        }
        Ok(c)
    }

    /// Char offset in the normalised text of char offset `c` of the received text.
    fn to_normalized(&self, c: usize) -> usize {
        c - self.removed.partition_point(|&r| r < c)
    }

    /// Maps the span `start..end`, given in `unit` over the text as received, to char
    /// offsets in the normalised text. The message of an error says what is wrong
    /// with the span (the caller adds file and line).
    pub fn span(
        &self,
        start: usize,
        end: usize,
        unit: OffsetUnit,
    ) -> Result<(usize, usize), String> {
        if start > end {
            return Err(format!("span {start}..{end} has start > end"));
        }
        if start == end {
            return Err(format!("span {start}..{end} is empty"));
        }
        let len = self.raw_len(unit);
        if end > len {
            return Err(format!(
                "span {start}..{end} runs past the end of the text ({len} {})",
                unit_name(unit)
            ));
        }
        let (s, e) = (self.raw_char(start, unit)?, self.raw_char(end, unit)?);
        let (ns, ne) = (self.to_normalized(s), self.to_normalized(e));
        if ns >= ne {
            return Err(format!(
                "span {start}..{end} covers only a line-ending character that is removed"
            ));
        }
        Ok((ns, ne))
    }

    /// The received text of a span given in chars of the received text — what a
    /// file's quoted text must equal.
    pub fn raw_text_of(&self, start_char: usize, end_char: usize) -> &str {
        self.raw_slice(start_char, end_char)
    }

    /// Converts an offset in `unit` to a char offset of the received text (checked as
    /// in [`IncomingText::span`]).
    pub fn raw_char_of(&self, offset: usize, unit: OffsetUnit) -> Result<usize, String> {
        if offset > self.raw_len(unit) {
            return Err(format!(
                "offset {offset} is past the end of the text ({} {})",
                self.raw_len(unit),
                unit_name(unit)
            ));
        }
        self.raw_char(offset, unit)
    }
}

/// The plural name of a unit for messages: chars, UTF-16 units, bytes.
pub fn unit_name(unit: OffsetUnit) -> &'static str {
    match unit {
        OffsetUnit::Chars => "chars",
        OffsetUnit::Utf16 => "UTF-16 units",
        OffsetUnit::Bytes => "bytes",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::text::normalize;

    #[test]
    fn normalises_like_the_model_and_maps_offsets_across_crlf_and_bom() {
        let raw = "\u{feff}조선\r\nKCNA 👋🏽\rsaid\r\n";
        let t = IncomingText::new(raw.to_string());
        let (expected, changes) = normalize(raw);
        assert_eq!(t.text(), expected);
        assert_eq!(t.changes(), changes);
        // "KCNA" is at raw chars 5..9 (BOM, 조, 선, \r, \n) → normalised 3..7.
        assert_eq!(t.span(5, 9, OffsetUnit::Chars), Ok((3, 7)));
        let (s, e) = t.span(5, 9, OffsetUnit::Chars).unwrap();
        assert_eq!(
            t.text().chars().skip(s).take(e - s).collect::<String>(),
            "KCNA"
        );
    }

    #[test]
    fn utf16_and_byte_offsets_are_converted_and_splits_refused() {
        let raw = "a👋b";
        let t = IncomingText::new(raw.to_string());
        assert_eq!(t.span(1, 3, OffsetUnit::Utf16), Ok((1, 2)));
        assert_eq!(t.span(1, 5, OffsetUnit::Bytes), Ok((1, 2)));
        let e = t.span(2, 4, OffsetUnit::Utf16).unwrap_err();
        assert!(e.contains("inside a character"), "{e}");
        let e = t.span(0, 3, OffsetUnit::Bytes).unwrap_err();
        assert!(e.contains("offset 3"), "{e}");
    }

    #[test]
    fn bad_spans_say_what_is_wrong() {
        let t = IncomingText::new("short".into());
        assert_eq!(
            t.span(4, 2, OffsetUnit::Chars).unwrap_err(),
            "span 4..2 has start > end"
        );
        assert_eq!(
            t.span(2, 9, OffsetUnit::Chars).unwrap_err(),
            "span 2..9 runs past the end of the text (5 chars)"
        );
        assert!(
            t.span(3, 3, OffsetUnit::Chars)
                .unwrap_err()
                .contains("empty")
        );
    }
}
