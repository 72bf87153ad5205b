//! Why an article (or any file read whole) could not be read.

use std::path::PathBuf;

/// Why a file could not be read as text. Every variant prints as one line that
/// names the file and the reason; `store` and `export` turn it into their own
/// error types variant for variant.
#[derive(Debug, thiserror::Error)]
pub enum ReadError {
    /// The file could not be opened or read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// A folder was given where a file was expected.
    #[error("{0} is a folder, not a file")]
    IsDirectory(PathBuf),
    /// A device, pipe or socket was given where a file was expected.
    #[error("{0} is not a regular file")]
    NotAFile(PathBuf),
    /// The file is larger than Marginalia will load.
    #[error(
        "{path} is too large ({size} bytes; the limit is {limit} bytes): split it into smaller files and import those"
    )]
    TooLarge {
        /// The file.
        path: PathBuf,
        /// Its size.
        size: u64,
        /// The limit.
        limit: u64,
    },
    /// The file is empty.
    #[error("{0} is empty")]
    Empty(PathBuf),
    /// The file holds binary data, not text.
    #[error("{0} is a binary file, not text")]
    Binary(PathBuf),
    /// A file that must be UTF-8 (JSON) holds a byte that is not.
    #[error(
        "{path} line {line}: byte 0x{byte:02X} at byte offset {offset} is not UTF-8; JSON files are UTF-8 (save it as UTF-8 and import it again)"
    )]
    NotUtf8 {
        /// The file.
        path: PathBuf,
        /// The line of the bad byte, 1-based.
        line: usize,
        /// The bad byte's offset in the file.
        offset: usize,
        /// The bad byte.
        byte: u8,
    },
    /// The file changed between the folder's listing and its reading (replaced by
    /// a symbolic link or another file): not read.
    #[error(
        "{0} changed after the folder was listed (replaced by a link or another file); not read"
    )]
    Changed(PathBuf),
    /// The file nests deeper than Marginalia reads.
    #[error("{path}: {nesting}")]
    TooDeep {
        /// The file.
        path: PathBuf,
        /// What was too deep.
        nesting: TooDeep,
    },
}

impl TooDeep {
    /// The error for `path`.
    pub fn in_file(self, path: &std::path::Path) -> ReadError {
        ReadError::TooDeep {
            path: path.to_path_buf(),
            nesting: self,
        }
    }
}

/// A page or file nested deeper than Marginalia reads; refused before it is parsed
/// so that it cannot exhaust the stack or take minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error(
    "{what} nested more than {limit} levels deep; Marginalia reads at most {limit} levels (save the article as plain text to import it)"
)]
pub struct TooDeep {
    /// What was nested ("HTML").
    pub what: &'static str,
    /// The deepest nesting read.
    pub limit: usize,
}
