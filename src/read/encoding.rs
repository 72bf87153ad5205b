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
/// otherwise the encoding `chardetng` guesses (Windows-1252, EUC-KR, …). Refuses
/// empty input and binary data. `path` is only used in messages.
pub fn decode_text(bytes: &[u8], path: &Path) -> Result<DecodedText, ReadError> {
    if bytes.is_empty() {
        return Err(ReadError::Empty(path.to_path_buf()));
    }
    let (raw, encoding) = if let Some((enc, _)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _, _) = enc.decode(bytes);
        (text.into_owned(), enc.name())
    } else if let Ok(s) = std::str::from_utf8(bytes) {
        (s.to_string(), "UTF-8")
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
    if raw.contains('\0') || looks_binary(raw.as_bytes()) {
        return Err(ReadError::Binary(path.to_path_buf()));
    }
    let (text, changes) = normalize(&raw);
    let mut notes = Vec::new();
    if encoding != "UTF-8" {
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
}
