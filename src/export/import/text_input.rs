//! An import file read as UTF-8 text (JSONL, CSV and W3C are UTF-8 by definition),
//! with what the decoding noticed (replaced bytes, a byte-order mark) kept as the
//! import's warnings, named by the file.

use std::path::Path;

use super::Importer;
use crate::export::ImportError;
use crate::read::{DecodedText, read_utf8_file};

impl Importer<'_> {
    /// The text of `path`; its decoding notes go to the report's warnings as
    /// `NAME: note`.
    pub(in crate::export) fn read_text_input(
        &mut self,
        path: &Path,
        name: &str,
    ) -> Result<DecodedText, ImportError> {
        let decoded = read_utf8_file(path)?;
        (self.report.warnings).extend(decoded.notes.iter().map(|n| format!("{name}: {n}")));
        Ok(decoded)
    }
}
