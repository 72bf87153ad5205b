//! Writing an export file: a temporary file beside the destination, then a rename,
//! so a reader never sees half an export and a failed export leaves the old file.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::task::{Cancelled, Progress};

/// Writes `bytes` to `path` through a temporary file in the same folder and a rename.
/// Unlike project saves no backup is kept: an export can always be made again.
pub fn write_replacing(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    write_replacing_with_progress(path, bytes, &Progress::new())
}

/// [`write_replacing`] reporting the bytes written to `progress` (phase "Writing to
/// disk"); a cancel before the rename leaves the destination as it was and no
/// temporary file (the error then wraps [`Cancelled`]: see [`is_cancelled`]).
pub fn write_replacing_with_progress(
    path: &Path,
    bytes: &[u8],
    progress: &Progress,
) -> std::io::Result<()> {
    if path.is_dir() {
        return Err(std::io::Error::new(
            std::io::ErrorKind::IsADirectory,
            "it is a folder",
        ));
    }
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let tmp = dir.join(format!(
        ".{}.{}.part",
        path.file_name().unwrap_or_default().to_string_lossy(),
        std::process::id()
    ));
    progress.start_phase("Writing to disk", bytes.len() as u64);
    let check = || progress.check().map_err(std::io::Error::other);
    check()?;
    let result = (|| {
        let mut f = File::create(&tmp)?;
        for chunk in bytes.chunks(1 << 20) {
            check()?;
            f.write_all(chunk)?;
            progress.advance(chunk.len() as u64);
        }
        f.sync_all()?;
        drop(f);
        check()?;
        std::fs::rename(&tmp, path)
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

/// True when `e` is the cancel of [`write_replacing_with_progress`].
pub fn is_cancelled(e: &std::io::Error) -> bool {
    e.get_ref().is_some_and(|inner| inner.is::<Cancelled>())
}
