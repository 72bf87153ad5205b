//! Decoding the bytes of an article of unknown encoding: BOMs, UTF-8, legacy
//! encodings guessed by `chardetng`, binary detection and line-ending normalisation.

use std::path::Path;

use super::ReadError;
use crate::model::text::normalize;

/// Text decoded from a file, with what was assumed and changed on the way.
#[derive(Debug, Clone)]
pub struct DecodedText {
    /// The text, line endings normalised to `\n`, no BOM.
    pub text: String,
    /// The encoding the bytes were read as (`UTF-8`, `windows-1252`, `EUC-KR`, …).
    pub encoding: &'static str,
    /// Messages for the analyst (encoding assumed, line endings converted).
    pub notes: Vec<String>,
}

/// Decodes bytes of unknown encoding: UTF-8 (with or without BOM), UTF-16 with a BOM,
/// UTF-8 with a few bad bytes (see [`mostly_utf8`]), otherwise the encoding
/// `chardetng` guesses (Windows-1252, EUC-KR, …). Refuses empty input and binary
/// data. `path` is only used in messages.
pub fn decode_text(bytes: &[u8], path: &Path) -> Result<DecodedText, ReadError> {
    if bytes.is_empty() {
        return Err(ReadError::Empty(path.to_path_buf()));
    }
    let mut notes = Vec::new();
    let (raw, encoding) = if let Some((enc, _)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _, _) = enc.decode(bytes);
        (text.into_owned(), enc.name())
    } else if let Ok(s) = std::str::from_utf8(bytes) {
        (s.to_string(), "UTF-8")
    } else if let Some(lossy) = mostly_utf8(bytes) {
        notes.push(lossy.note());
        (lossy.text, "UTF-8")
    } else {
        if looks_binary(bytes) {
            return Err(ReadError::Binary(path.to_path_buf()));
        }
        let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        det.feed(bytes, true);
        let enc = det.guess(None, chardetng::Utf8Detection::Allow);
        let (text, _, _) = enc.decode(bytes);
        (text.into_owned(), enc.name())
    };
    finish(raw, encoding, notes, path)
}

/// Decodes a file that must be UTF-8 (JSON and JSONL are UTF-8 by definition): a
/// UTF-8 BOM is dropped, a UTF-16 BOM is honoured (said in a note), and any byte
/// that is not UTF-8 refuses the file, naming its line and byte offset. Nothing is
/// guessed. Refuses empty input.
pub fn decode_utf8_strict(bytes: &[u8], path: &Path) -> Result<DecodedText, ReadError> {
    if bytes.is_empty() {
        return Err(ReadError::Empty(path.to_path_buf()));
    }
    let (raw, encoding) = match encoding_rs::Encoding::for_bom(bytes) {
        Some((enc, _)) if enc != encoding_rs::UTF_8 => {
            let (text, _, _) = enc.decode(bytes);
            (text.into_owned(), enc.name())
        }
        _ => match std::str::from_utf8(bytes) {
            Ok(s) => (s.to_string(), "UTF-8"),
            Err(e) => {
                let offset = e.valid_up_to();
                let line = 1 + bytes[..offset].iter().filter(|&&b| b == b'\n').count();
                return Err(ReadError::NotUtf8 {
                    path: path.to_path_buf(),
                    line,
                    offset,
                    byte: bytes.get(offset).copied().unwrap_or(0),
                });
            }
        },
    };
    let notes = if encoding == "UTF-8" {
        Vec::new()
    } else {
        vec![format!("read as {encoding} (byte-order mark)")]
    };
    finish(raw, encoding, notes, path)
}

/// Refuses binary and empty text, normalises line endings and says what changed.
fn finish(
    raw: String,
    encoding: &'static str,
    mut notes: Vec<String>,
    path: &Path,
) -> Result<DecodedText, ReadError> {
    if raw.contains('\0') || looks_binary(raw.as_bytes()) {
        return Err(ReadError::Binary(path.to_path_buf()));
    }
    let (text, changes) = normalize(&raw);
    if encoding != "UTF-8" && notes.is_empty() {
        notes.push(format!("read as {encoding} (detected)"));
    }
    if let Some(d) = changes.describe() {
        notes.push(d);
    }
    if text.trim().is_empty() {
        return Err(ReadError::Empty(path.to_path_buf()));
    }
    Ok(DecodedText {
        text,
        encoding,
        notes,
    })
}

/// UTF-8 text read with U+FFFD in place of its few invalid bytes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LossyUtf8 {
    /// The text, each invalid sequence replaced by one U+FFFD.
    pub text: String,
    /// How many invalid sequences were replaced.
    pub replaced: usize,
    /// The byte offset of the first one in the file.
    pub first_offset: usize,
}

impl LossyUtf8 {
    /// The warning shown to the analyst.
    pub fn note(&self) -> String {
        let places = if self.replaced == 1 {
            "1 place".to_string()
        } else {
            format!("{} places", self.replaced)
        };
        format!(
            "not valid UTF-8 at {places} (first at byte {}); read as UTF-8 with U+FFFD (�) in their place",
            self.first_offset
        )
    }
}

/// Reads `bytes` as UTF-8 with replacement characters when they are UTF-8 apart
/// from a few bytes: at most one invalid sequence per 100 bytes, and at least twice
/// as many valid non-ASCII characters as invalid sequences. Text in a legacy
/// encoding fails the second test (Windows-1252 has no valid multi-byte sequences;
/// EUC-KR, Shift_JIS or GBK have several times more invalid sequences than
/// accidental valid ones) and is left to encoding detection, which would otherwise
/// garble every Korean character and curly quote of a UTF-8 file for one stray byte.
/// `None` when the bytes are valid UTF-8 or not mostly UTF-8.
pub fn mostly_utf8(bytes: &[u8]) -> Option<LossyUtf8> {
    let mut replaced = 0usize;
    let mut valid_non_ascii = 0usize;
    let mut first_offset = None;
    let mut offset = 0usize;
    for chunk in bytes.utf8_chunks() {
        let valid = chunk.valid();
        valid_non_ascii += valid.chars().filter(|c| !c.is_ascii()).count();
        offset += valid.len();
        if !chunk.invalid().is_empty() {
            replaced += 1;
            first_offset.get_or_insert(offset);
            offset += chunk.invalid().len();
        }
    }
    let first_offset = first_offset?;
    let few = replaced.saturating_mul(100) <= bytes.len();
    if !few || valid_non_ascii < replaced.saturating_mul(2) {
        return None;
    }
    let mut text = String::with_capacity(bytes.len() + 2 * replaced);
    for chunk in bytes.utf8_chunks() {
        text.push_str(chunk.valid());
        if !chunk.invalid().is_empty() {
            text.push('\u{FFFD}');
        }
    }
    Some(LossyUtf8 {
        text,
        replaced,
        first_offset,
    })
}

/// True when the bytes hold NULs or many control characters.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    if head.contains(&0) {
        return true;
    }
    let controls = head
        .iter()
        .filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c))
        .count();
    controls * 20 > head.len().max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf16_with_bom_and_windows_1252_are_decoded() {
        let p = Path::new("a.txt");
        let mut utf16 = vec![0xFF, 0xFE];
        for u in "조선 “hi”\r\n".encode_utf16() {
            utf16.extend(u.to_le_bytes());
        }
        let d = decode_text(&utf16, p).unwrap();
        assert_eq!(d.text, "조선 “hi”\n");
        assert_eq!(d.encoding, "UTF-16LE");
        let cp1252: &[u8] = b"The agency\x92s statement said the \x93victory\x94 parade, which \
            officials called \x93historic\x94, drew crowds to the caf\xe9s and squares of \
            the capital \x96 a claim that could not be verified.";
        let d = decode_text(cp1252, p).unwrap();
        assert!(
            d.text.contains("“victory”") && d.text.contains("cafés"),
            "{}",
            d.text
        );
        // chardetng may name a sibling single-byte Latin encoding for short English
        // text; what matters is that the text is right and the assumption is said.
        assert!(d.encoding.starts_with("windows-125"), "{}", d.encoding);
        assert!(d.notes[0].contains(d.encoding), "{:?}", d.notes);
    }

    #[test]
    fn euc_kr_is_detected() {
        let (bytes, _, _) = encoding_rs::EUC_KR
            .encode("조선중앙통신은 오늘 보도했다. 평양에서 열린 행사에 대하여 보도하였다.");
        let d = decode_text(&bytes, Path::new("k.txt")).unwrap();
        assert!(d.text.starts_with("조선중앙통신"), "{}", d.text);
        assert_eq!(d.encoding, "EUC-KR");
    }

    #[test]
    fn empty_and_binary_are_refused() {
        let p = Path::new("x");
        assert!(matches!(decode_text(b"", p), Err(ReadError::Empty(_))));
        assert!(matches!(decode_text(b"  \n ", p), Err(ReadError::Empty(_))));
        assert!(matches!(
            decode_text(&[0x7f, b'E', b'L', b'F', 0, 0, 1, 2, 0xff, 0xfe, 0], p),
            Err(ReadError::Binary(_))
        ));
    }

    #[test]
    fn a_few_stray_bytes_in_utf8_are_replaced_not_redecoded() {
        let text = "조선중앙통신 said the “launch” 👋🏽 was a cafe\u{301} success.\r\n";
        let mut bytes = text.repeat(3).into_bytes();
        bytes.insert(9, 0xFF);
        let d = decode_text(&bytes, Path::new("a.txt")).unwrap();
        assert_eq!(d.encoding, "UTF-8");
        assert!(
            d.text.starts_with("조선중\u{FFFD}앙통신 said the “launch”"),
            "{}",
            d.text
        );
        assert_eq!(d.text.matches('\u{FFFD}').count(), 1);
        assert!(d.text.ends_with("cafe\u{301} success.\n"));
        assert!(
            d.notes[0].contains("1 place") && d.notes[0].contains("byte 9"),
            "{:?}",
            d.notes
        );
        // Many bad bytes are not "a few": encoding detection decides.
        let mut noisy = "조선 ok ".repeat(4).into_bytes();
        noisy.extend([0xFF, b' ', 0xFE, b' ', 0xFF, b' ', 0xFE]);
        assert!(mostly_utf8(&noisy).is_none());
    }

    #[test]
    fn legacy_encodings_are_not_mistaken_for_utf8_with_stray_bytes() {
        let korean = "조선중앙통신은 오늘 보도했다. 평양에서 열린 행사에 대하여 보도하였다. \
                      The agency said it was a “success”, analysts were not sure.";
        for enc in [
            encoding_rs::EUC_KR,
            encoding_rs::SHIFT_JIS,
            encoding_rs::GBK,
        ] {
            let (bytes, _, _) = enc.encode(korean);
            assert!(mostly_utf8(&bytes).is_none(), "{}", enc.name());
        }
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode("The “victory” at the cafés — said.");
        assert!(mostly_utf8(&bytes).is_none());
    }

    #[test]
    fn strict_utf8_names_the_line_and_offset_of_a_bad_byte() {
        let mut bytes = "{\"text\": \"조선\"}\r\n{\"text\": \"ok"
            .as_bytes()
            .to_vec();
        let at = bytes.len();
        bytes.extend([0xFF, b'"', b'}', b'\n']);
        match decode_utf8_strict(&bytes, Path::new("in.jsonl")) {
            Err(ReadError::NotUtf8 {
                line, offset, byte, ..
            }) => assert_eq!((line, offset, byte), (2, at, 0xFF)),
            other => panic!("{other:?}"),
        }
        let err = decode_utf8_strict(&bytes, Path::new("in.jsonl")).unwrap_err();
        assert!(
            err.to_string().starts_with("in.jsonl line 2: byte 0xFF"),
            "{err}"
        );
        let ok = decode_utf8_strict("\u{feff}{\"text\": \"“a”\"}\r\n".as_bytes(), Path::new("x"))
            .unwrap();
        assert_eq!(ok.text, "{\"text\": \"“a”\"}\n");
        assert!(matches!(
            decode_utf8_strict(b"", Path::new("x")),
            Err(ReadError::Empty(_))
        ));
    }
}
