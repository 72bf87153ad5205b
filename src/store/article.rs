//! Reading article files: size limits, binary detection, encoding detection and
//! decoding, line-ending normalisation, and turning the text into a [`Document`].

use std::path::Path;

use super::StoreError;
use crate::model::{Document, Project, text::normalize};

/// The largest article file Marginalia reads.
pub const MAX_ARTICLE_BYTES: u64 = 256 << 20;

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

/// Reads a whole file, refusing folders, missing files, devices and pipes, and
/// files over `limit` bytes before reading them. Never reads more than `limit`
/// bytes, even from a file that grows while it is read.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, StoreError> {
    use std::io::Read as _;
    let read_err = |source| StoreError::Read {
        path: path.to_path_buf(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(read_err)?;
    if meta.is_dir() {
        return Err(StoreError::IsDirectory(path.to_path_buf()));
    }
    if !meta.is_file() {
        return Err(StoreError::NotAFile(path.to_path_buf()));
    }
    let too_large = |size| StoreError::TooLarge {
        path: path.to_path_buf(),
        size,
        limit,
    };
    if meta.len() > limit {
        return Err(too_large(meta.len()));
    }
    let file = std::fs::File::open(path).map_err(read_err)?;
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(limit.saturating_add(1))
        .read_to_end(&mut bytes)
        .map_err(read_err)?;
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(bytes)
}

/// Decodes bytes of unknown encoding: UTF-8 (with or without BOM), UTF-16 with a BOM,
/// otherwise the encoding `chardetng` guesses (Windows-1252, EUC-KR, …). Refuses
/// empty input and binary data. `path` is only used in messages.
pub fn decode_text(bytes: &[u8], path: &Path) -> Result<DecodedText, StoreError> {
    if bytes.is_empty() {
        return Err(StoreError::Empty(path.to_path_buf()));
    }
    let (raw, encoding) = if let Some((enc, _)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _, _) = enc.decode(bytes);
        (text.into_owned(), enc.name())
    } else if let Ok(s) = std::str::from_utf8(bytes) {
        (s.to_string(), "UTF-8")
    } else {
        if looks_binary(bytes) {
            return Err(StoreError::Binary(path.to_path_buf()));
        }
        let mut det = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
        det.feed(bytes, true);
        let enc = det.guess(None, chardetng::Utf8Detection::Allow);
        let (text, _, _) = enc.decode(bytes);
        (text.into_owned(), enc.name())
    };
    if raw.contains('\0') || looks_binary(raw.as_bytes()) {
        return Err(StoreError::Binary(path.to_path_buf()));
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
        return Err(StoreError::Empty(path.to_path_buf()));
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

/// Reads and decodes a text file.
pub fn read_text_file(path: &Path) -> Result<DecodedText, StoreError> {
    let bytes = read_limited(path, MAX_ARTICLE_BYTES)?;
    decode_text(&bytes, path)
}

/// A title for an article: its first non-empty line when short (Markdown `#` marks
/// removed), otherwise the file name.
pub fn guess_title(text: &str, fallback: &str) -> String {
    let first = text
        .lines()
        .map(|l| l.trim().trim_start_matches('#').trim())
        .find(|l| !l.is_empty())
        .unwrap_or("");
    if !first.is_empty() && first.chars().count() <= 120 {
        first.to_string()
    } else {
        fallback.to_string()
    }
}

/// Builds a document for `project` from decoded text: a fresh id from the title.
pub fn document_from_text(
    project: &Project,
    text: String,
    fallback_title: &str,
    origin: Option<&str>,
) -> Document {
    let title = guess_title(&text, fallback_title);
    let id = project.unique_document_id(&title);
    let doc = Document::new(id, title, text);
    match origin {
        Some(o) => doc.with_origin(o),
        None => doc,
    }
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
        assert!(matches!(decode_text(b"", p), Err(StoreError::Empty(_))));
        assert!(matches!(
            decode_text(b"  \n ", p),
            Err(StoreError::Empty(_))
        ));
        assert!(matches!(
            decode_text(&[0x7f, b'E', b'L', b'F', 0, 0, 1, 2, 0xff, 0xfe, 0], p),
            Err(StoreError::Binary(_))
        ));
    }

    #[test]
    fn titles_come_from_the_first_line() {
        assert_eq!(guess_title("# Parade held\n\nBody", "f"), "Parade held");
        assert_eq!(guess_title("\n\n", "file"), "file");
    }

    #[test]
    fn folders_are_refused_before_reading() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(
            read_text_file(dir.path()),
            Err(StoreError::IsDirectory(_))
        ));
    }
}
