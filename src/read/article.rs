//! Reading article files: size limits, refusing what is not a regular file, and
//! turning the decoded text into a [`Document`].

use std::path::Path;

use super::ReadError;
use super::encoding::{DecodedText, decode_text, decode_utf8_strict};
use crate::model::{Document, Project};

/// The largest article file Marginalia reads.
pub const MAX_ARTICLE_BYTES: u64 = 256 << 20;

/// Reads a whole file, refusing folders, missing files, devices and pipes, and
/// files over `limit` bytes before reading them. Never reads more than `limit`
/// bytes, even from a file that grows while it is read.
pub fn read_limited(path: &Path, limit: u64) -> Result<Vec<u8>, ReadError> {
    use std::io::Read as _;
    let read_err = |source| ReadError::Read {
        path: path.to_path_buf(),
        source,
    };
    let meta = std::fs::metadata(path).map_err(read_err)?;
    if meta.is_dir() {
        return Err(ReadError::IsDirectory(path.to_path_buf()));
    }
    if !meta.is_file() {
        return Err(ReadError::NotAFile(path.to_path_buf()));
    }
    let too_large = |size| ReadError::TooLarge {
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

/// Reads and decodes a text file.
pub fn read_text_file(path: &Path) -> Result<DecodedText, ReadError> {
    let bytes = read_limited(path, MAX_ARTICLE_BYTES)?;
    decode_text(&bytes, path)
}

/// Reads a file that must be UTF-8 (JSON, JSONL): any other byte refuses it,
/// naming the line and byte offset.
pub fn read_utf8_file(path: &Path) -> Result<DecodedText, ReadError> {
    let bytes = read_limited(path, MAX_ARTICLE_BYTES)?;
    decode_utf8_strict(&bytes, path)
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
    fn titles_come_from_the_first_line() {
        assert_eq!(guess_title("# Parade held\n\nBody", "f"), "Parade held");
        assert_eq!(guess_title("\n\n", "file"), "file");
    }

    #[test]
    fn folders_are_refused_before_reading() {
        let dir = tempfile::tempdir().unwrap();
        assert!(matches!(
            read_text_file(dir.path()),
            Err(ReadError::IsDirectory(_))
        ));
    }
}
