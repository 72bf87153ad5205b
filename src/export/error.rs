//! Errors of exporting and importing; each prints as one line naming the file.

use std::path::PathBuf;

use crate::model::{printable, quoted};
use crate::store::StoreError;

/// Why an export could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ExportError {
    /// `--doc` named a document the project does not have.
    #[error(
        "no document with id '{}' in the project (documents: {})",
        quoted(.id),
        printable(.known).cut_at(400)
    )]
    UnknownDocument {
        /// The id asked for.
        id: String,
        /// The ids that exist, comma separated.
        known: String,
    },
    /// `--label` named a label the schema does not have.
    #[error(
        "no label '{}' in the project's schema (labels: {})",
        quoted(.id),
        printable(.known).cut_at(400)
    )]
    UnknownLabel {
        /// The label asked for.
        id: String,
        /// The labels that exist, comma separated.
        known: String,
    },
    /// The format name is not one Marginalia writes.
    #[error("unknown export format '{}' (expected jsonl, csv, brat, w3c, conll, qdpx or qdc)", quoted(.0))]
    UnknownFormat(String),
    /// brat writes a folder, not one stream.
    #[error("brat writes a folder of .txt/.ann files: give it one with --out DIR")]
    BratNeedsFolder,
    /// A REFI-QDA archive is binary: it is written to a file, never to a terminal.
    #[error("qdpx is a zip archive: give it a file with --out FILE.qdpx")]
    QdpxNeedsFile,
    /// The destination exists and is not a folder (brat) or is a folder (others).
    #[error("{path}: {reason}")]
    BadDestination {
        /// The destination.
        path: PathBuf,
        /// Why it cannot be used.
        reason: String,
    },
    /// Writing failed.
    #[error("cannot write {path}: {source}")]
    Write {
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// The destination was refused or could not be written (not a regular file,
    /// not a folder for brat, a file-system error).
    #[error(transparent)]
    Store(StoreError),
    /// The export was cancelled; the destination was left as it was.
    #[error("cancelled")]
    Cancelled,
    /// Serialising failed (should not happen with well-formed data).
    #[error("cannot encode the export: {0}")]
    Encode(String),
}

impl From<StoreError> for ExportError {
    fn from(e: StoreError) -> Self {
        match e {
            StoreError::Cancelled => ExportError::Cancelled,
            StoreError::Write { path, source } => ExportError::Write { path, source },
            e => ExportError::Store(e),
        }
    }
}

impl From<crate::task::Cancelled> for ExportError {
    fn from(_: crate::task::Cancelled) -> Self {
        ExportError::Cancelled
    }
}

impl From<crate::task::Cancelled> for ImportError {
    fn from(_: crate::task::Cancelled) -> Self {
        ImportError::Store(StoreError::Cancelled)
    }
}

impl From<crate::read::ReadError> for ImportError {
    fn from(e: crate::read::ReadError) -> Self {
        ImportError::Store(e.into())
    }
}

/// Why an import was refused. Nothing is written when an import fails.
#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// A problem at a given line of an input file.
    #[error("{file} line {line}: {message}")]
    AtLine {
        /// The input file, as given.
        file: String,
        /// 1-based line number.
        line: usize,
        /// What is wrong.
        message: String,
    },
    /// A problem with a whole input file.
    #[error("{file}: {message}")]
    InFile {
        /// The input file, as given.
        file: String,
        /// What is wrong.
        message: String,
    },
    /// Reading or writing a file failed.
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl ImportError {
    /// An error at `line` (1-based) of `file`.
    pub fn at(file: &str, line: usize, message: impl Into<String>) -> Self {
        ImportError::AtLine {
            file: file.to_string(),
            line,
            message: message.into(),
        }
    }

    /// An error about the whole of `file`.
    pub fn file(file: &str, message: impl Into<String>) -> Self {
        ImportError::InFile {
            file: file.to_string(),
            message: message.into(),
        }
    }
}
