//! Errors of reading and writing project and article files.

use std::path::PathBuf;

/// Why a file could not be read or written. Every variant prints as one line that
/// names the file and the reason, fit for a status bar or a terminal.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    /// The file could not be opened or read.
    #[error("cannot read {path}: {source}")]
    Read {
        /// The file.
        path: PathBuf,
        /// The OS error.
        source: std::io::Error,
    },
    /// The file could not be written.
    #[error("cannot write {path}: {source}")]
    Write {
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
    /// A write was aimed at something that is not a regular file (a named pipe, a
    /// device, a socket, or a link to one or to nothing); it was left as it was.
    #[error(
        "{path} is {kind}, not a regular file; not replaced (Marginalia writes regular files only: choose a file name)"
    )]
    NotReplaceable {
        /// The destination as given.
        path: PathBuf,
        /// What it is ("a named pipe", "a symbolic link to a character device" …).
        kind: String,
    },
    /// A folder was needed (a brat export) and the path is something else; it was
    /// left as it was.
    #[error("{path} is {kind}, not a folder; not replaced (choose a folder name)")]
    NotAFolder {
        /// The destination as given.
        path: PathBuf,
        /// What it is ("a regular file", "a named pipe" …).
        kind: String,
    },
    /// The project to write is larger than Marginalia opens; nothing was written.
    #[error(
        "{path} not written: the project would be {size} bytes, over the {limit}-byte limit Marginalia opens; split it into smaller projects (import the articles in parts)"
    )]
    TooLargeToWrite {
        /// The destination.
        path: PathBuf,
        /// The size the file would have.
        size: u64,
        /// [`super::MAX_PROJECT_BYTES`].
        limit: u64,
    },
    /// Another Marginalia holds the project's lock (it is reading and rewriting the
    /// file) and did not let go in time.
    #[error(
        "{path} is being changed by another Marginalia (waited {waited_secs} s for its lock {lock}); nothing written: try again when it has finished"
    )]
    Locked {
        /// The project.
        path: PathBuf,
        /// The lock file.
        lock: PathBuf,
        /// How long we waited, in seconds.
        waited_secs: u64,
    },
    /// The file is larger than Marginalia will load.
    #[error(
        "{path} is too large to open ({size} bytes; the limit is {limit} bytes): Marginalia never writes a project that large; split it into smaller projects where it was made"
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
    /// The file has bytes, but its article has no text once the markup is read
    /// (only raw HTML, comments, scripts or blank lines).
    #[error("{0} has no readable text (only markup: raw HTML, comments or blank lines)")]
    NoReadableText(PathBuf),
    /// The file holds binary data, not text.
    #[error("{0} is a binary file, not text")]
    Binary(PathBuf),
    /// An article could not be read for a reason of its own (nested too deep, not
    /// UTF-8 where it must be).
    #[error(transparent)]
    Article(crate::read::ReadError),
    /// The file is not a Marginalia project (not RON, or not the right shape).
    #[error("{path} is not a Marginalia project: {reason}")]
    NotAProject {
        /// The file.
        path: PathBuf,
        /// What the parser said, one line.
        reason: String,
    },
    /// The project was written by a newer Marginalia.
    #[error(
        "{path} uses project format {found}, but this Marginalia reads format {supported} at most; update Marginalia to open it"
    )]
    NewerFormat {
        /// The file.
        path: PathBuf,
        /// The version in the file.
        found: u32,
        /// The newest this build reads.
        supported: u32,
    },
    /// The project parsed but its contents are inconsistent.
    #[error("{path}: {problem}{more}", more = more_suffix(*.others))]
    Invalid {
        /// The file.
        path: PathBuf,
        /// The first problem found.
        problem: String,
        /// How many more problems there are.
        others: usize,
    },
    /// The file changed on disk since it was opened or last saved; it was not
    /// overwritten.
    #[error(
        "{0} changed on disk since it was opened (another program or a colleague saved it); not overwritten: save under another name, reload it, or merge"
    )]
    ChangedOnDisk(PathBuf),
    /// The work was cancelled; the file was left as it was.
    #[error("cancelled")]
    Cancelled,
    /// The project could not be turned into RON.
    #[error("cannot write the project as RON: {0}")]
    Serialize(String),
}

impl From<crate::task::Cancelled> for StoreError {
    fn from(_: crate::task::Cancelled) -> Self {
        StoreError::Cancelled
    }
}

impl From<crate::read::ReadError> for StoreError {
    fn from(e: crate::read::ReadError) -> Self {
        use crate::read::ReadError as R;
        match e {
            R::Read { path, source } => StoreError::Read { path, source },
            R::IsDirectory(path) => StoreError::IsDirectory(path),
            R::NotAFile(path) => StoreError::NotAFile(path),
            R::TooLarge { path, size, limit } => StoreError::TooLarge { path, size, limit },
            R::Empty(path) => StoreError::Empty(path),
            R::Binary(path) => StoreError::Binary(path),
            other => StoreError::Article(other),
        }
    }
}

fn more_suffix(n: usize) -> String {
    match n {
        0 => String::new(),
        1 => " (and 1 more problem; run `marginalia validate` for the list)".into(),
        n => format!(" (and {n} more problems; run `marginalia validate` for the list)"),
    }
}
