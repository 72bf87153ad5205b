//! Crash-safe file replacement: write a temporary file beside the target, flush and
//! sync it, keep the old version as a backup, then rename over the target.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use super::StoreError;
use crate::task::Progress;

/// Bytes written between two progress reports and cancel checks.
const WRITE_CHUNK: usize = 1 << 20;

/// The backup path kept beside `path`: `NAME.ron` → `NAME.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.file_name().unwrap_or_default().to_os_string();
    name.push(".bak");
    path.with_file_name(name)
}

/// Where a write to `path` lands, or why it is refused; nothing is opened.
///
/// Atomic replacement applies to regular files and new paths only: a folder is
/// refused with [`StoreError::IsDirectory`]; a named pipe, a device or a socket with
/// [`StoreError::NotReplaceable`], never replaced by a regular file. A symbolic link
/// to a regular file is followed, as editors do: the file it points to is replaced
/// and the link stays. A link to anything else, or to nothing, is refused.
pub fn write_target(path: &Path) -> Result<PathBuf, StoreError> {
    let meta = match fs::symlink_metadata(path) {
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(path.to_path_buf()),
        Err(source) => {
            return Err(StoreError::Write {
                path: path.to_path_buf(),
                source,
            });
        }
        Ok(meta) => meta,
    };
    let refuse = |kind: String| StoreError::NotReplaceable {
        path: path.to_path_buf(),
        kind,
    };
    if !meta.file_type().is_symlink() {
        return match node_kind(&meta) {
            None => Ok(path.to_path_buf()),
            Some("a folder") => Err(StoreError::IsDirectory(path.to_path_buf())),
            Some(kind) => Err(refuse(kind.to_string())),
        };
    }
    let followed = match fs::metadata(path) {
        Ok(m) => m,
        Err(_) => return Err(refuse("a symbolic link to nothing".into())),
    };
    match node_kind(&followed) {
        None => fs::canonicalize(path).map_err(|source| StoreError::Write {
            path: path.to_path_buf(),
            source,
        }),
        Some("a folder") => Err(StoreError::IsDirectory(path.to_path_buf())),
        Some(kind) => Err(refuse(format!("a symbolic link to {kind}"))),
    }
}

/// What a file-system node is when it is not a regular file ("a named pipe" …),
/// `None` for a regular file. Does not follow links.
pub(crate) fn node_kind(meta: &fs::Metadata) -> Option<&'static str> {
    let t = meta.file_type();
    if t.is_file() {
        return None;
    }
    if t.is_dir() {
        return Some("a folder");
    }
    if t.is_symlink() {
        return Some("a symbolic link");
    }
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return Some("a named pipe");
        }
        if t.is_char_device() {
            return Some("a character device");
        }
        if t.is_block_device() {
            return Some("a block device");
        }
        if t.is_socket() {
            return Some("a socket");
        }
    }
    Some("not a regular file")
}

/// Writes `bytes` to `path` atomically. A process killed at any moment leaves either
/// the old file or the new one, complete. The previous version, if any, is kept at
/// [`backup_path`].
pub fn write_atomic(path: &Path, bytes: &[u8]) -> Result<(), StoreError> {
    write_atomic_with(path, bytes, true)
}

/// Like [`write_atomic`]; keeps a backup of the previous version only when
/// `keep_backup` (recovery files do without).
///
/// The temporary file is `.NAME.PID.N.tmp` in the same folder (same file system, so
/// the rename is atomic); it is synced before the rename and the folder after it.
/// The destination is checked by [`write_target`] first: a symbolic link to a
/// regular file is followed (its target is replaced, the link stays), anything but
/// a regular file or a new path is refused. The old file's permissions are carried
/// over.
pub fn write_atomic_with(path: &Path, bytes: &[u8], keep_backup: bool) -> Result<(), StoreError> {
    write_atomic_with_progress(path, bytes, keep_backup, &Progress::new())
}

/// Like [`write_atomic_with`], reporting the bytes written to `progress` (phase
/// "Writing to disk") and stopping with [`StoreError::Cancelled`] when it is
/// cancelled. A cancel is honoured up to the rename: the old file, its backup and the
/// folder are then exactly as they were (the temporary file is removed).
pub fn write_atomic_with_progress(
    path: &Path,
    bytes: &[u8],
    keep_backup: bool,
    progress: &Progress,
) -> Result<(), StoreError> {
    progress.check()?;
    let fill = |f: &mut File| {
        progress.start_phase("Writing to disk", bytes.len() as u64);
        for chunk in bytes.chunks(WRITE_CHUNK) {
            progress.check()?;
            f.write_all(chunk).map_err(|source| StoreError::Write {
                path: path.to_path_buf(),
                source,
            })?;
            progress.advance(chunk.len() as u64);
        }
        Ok(Filled::Replace)
    };
    replace_atomic(path, keep_backup, progress, fill).map(|_| ())
}

/// What a writer of the temporary file decided (see [`replace_atomic`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Filled {
    /// Put the new file in place.
    Replace,
    /// The target already holds exactly these bytes: leave it as it is (its
    /// modification time and backup too) and remove the temporary file.
    Keep,
}

/// The atomic replacement of `path` (see [`write_atomic_with`]), the temporary
/// file's content written by `fill`, in as many pieces as it likes: nothing needs
/// to be held in memory at once. An error of `fill` (or a cancel up to the rename)
/// leaves the target, its backup and the folder as they were.
pub(crate) fn replace_atomic(
    path: &Path,
    keep_backup: bool,
    progress: &Progress,
    fill: impl FnOnce(&mut File) -> Result<Filled, StoreError>,
) -> Result<Filled, StoreError> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let err = |source| StoreError::Write {
        path: path.to_path_buf(),
        source,
    };
    let target = write_target(path)?;
    let path = target.as_path();
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let tmp = dir.join(format!(
        ".{}.{}.{}.tmp",
        path.file_name().unwrap_or_default().to_string_lossy(),
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    let old = fs::metadata(path).ok().filter(|m| m.is_file());
    progress.check()?;
    let result = (|| {
        let mut f = File::create(&tmp).map_err(err)?;
        if fill(&mut f)? == Filled::Keep {
            return Ok(Filled::Keep);
        }
        if let Some(old) = &old {
            let _ = f.set_permissions(old.permissions());
        }
        f.sync_all().map_err(err)?;
        drop(f);
        // The last moment a cancel can leave everything as it was.
        progress.check()?;
        if keep_backup && old.is_some() {
            // The backup is replaced atomically too (link or copy to a temporary
            // name, then rename), so a kill at any point leaves a complete backup.
            let bak = backup_path(path);
            let bak_tmp = tmp.with_extension("bak.tmp");
            let _ = fs::remove_file(&bak_tmp);
            if fs::hard_link(path, &bak_tmp).is_err() {
                fs::copy(path, &bak_tmp).map_err(err)?;
            }
            if let Err(e) = fs::rename(&bak_tmp, &bak) {
                let _ = fs::remove_file(&bak_tmp);
                return Err(err(e));
            }
        }
        fs::rename(&tmp, path).map_err(err)?;
        if let Ok(d) = File::open(&dir) {
            let _ = d.sync_all();
        }
        remove_stale_temporaries(&dir, path);
        Ok(Filled::Replace)
    })();
    if !matches!(result, Ok(Filled::Replace)) {
        let _ = fs::remove_file(&tmp);
    }
    result
}

/// Temporary files of saves of this file that were killed (older than an hour:
/// no live save takes that long) are removed after a successful save.
fn remove_stale_temporaries(dir: &Path, path: &Path) {
    remove_stale(dir, path, false);
}

/// Removes the temporaries `.NAME.….tmp` beside `path` in `dir` (folders when
/// `folders`, else files) that are over an hour old: left by a write that was
/// killed, since no live write takes that long.
pub(super) fn remove_stale(dir: &Path, path: &Path, folders: bool) {
    let Some(name) = path.file_name().map(|n| n.to_string_lossy().into_owned()) else {
        return;
    };
    let prefix = format!(".{name}.");
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for e in entries.flatten() {
        let file = e.file_name().to_string_lossy().into_owned();
        let ours = file.starts_with(&prefix) && file.ends_with(".tmp");
        let old = e
            .metadata()
            .and_then(|m| m.modified())
            .ok()
            .and_then(|t| t.elapsed().ok())
            .is_some_and(|age| age.as_secs() > 3600);
        let is_dir = e.file_type().is_ok_and(|t| t.is_dir());
        if ours && old && is_dir == folders {
            let _ = if folders {
                fs::remove_dir_all(e.path())
            } else {
                fs::remove_file(e.path())
            };
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replaces_and_keeps_backup() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.ron");
        write_atomic(&p, b"one").unwrap();
        write_atomic(&p, b"two").unwrap();
        assert_eq!(fs::read(&p).unwrap(), b"two");
        assert_eq!(fs::read(backup_path(&p)).unwrap(), b"one");
        let leftovers: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .filter_map(|e| e.ok())
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty());
    }

    #[test]
    fn a_cancelled_write_leaves_the_old_file_its_backup_and_no_temporary() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.ron");
        write_atomic(&p, b"one").unwrap();
        write_atomic(&p, b"two").unwrap();
        let before = fs::read_dir(dir.path()).unwrap().count();
        let progress = Progress::new();
        progress.cancel();
        let big = vec![b'x'; 3 * WRITE_CHUNK];
        assert!(matches!(
            write_atomic_with_progress(&p, &big, true, &progress),
            Err(StoreError::Cancelled)
        ));
        assert_eq!(fs::read(&p).unwrap(), b"two");
        assert_eq!(fs::read(backup_path(&p)).unwrap(), b"one");
        let after = fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(before, after, "no temporary file is left");
        // Not cancelled: every byte is reported.
        let progress = Progress::new();
        write_atomic_with_progress(&p, &big, true, &progress).unwrap();
        let s = progress.state();
        assert_eq!((s.done, s.total), (big.len() as u64, big.len() as u64));
    }

    #[test]
    fn failed_write_leaves_old_file_intact() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.ron");
        write_atomic(&p, b"old").unwrap();
        // A target whose folder does not exist cannot be written…
        let bad = dir.path().join("missing").join("x.ron");
        assert!(write_atomic(&bad, b"new").is_err());
        // …and a folder in the way is refused without touching anything.
        assert!(matches!(
            write_atomic(dir.path(), b"new"),
            Err(StoreError::IsDirectory(_))
        ));
        assert_eq!(fs::read(&p).unwrap(), b"old");
    }

    #[test]
    fn stale_temporaries_of_killed_saves_are_cleaned_up() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("x.ron");
        let stale = dir.path().join(".x.ron.999.0.tmp");
        let fresh = dir.path().join(".x.ron.998.0.tmp");
        let other = dir.path().join(".y.ron.999.0.tmp");
        for f in [&stale, &fresh, &other] {
            fs::write(f, b"partial").unwrap();
        }
        let hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
        for f in [&stale, &other] {
            File::options()
                .write(true)
                .open(f)
                .unwrap()
                .set_modified(hours_ago)
                .unwrap();
        }
        write_atomic(&p, b"new").unwrap();
        assert!(!stale.exists());
        assert!(fresh.exists(), "a save in progress elsewhere is left alone");
        assert!(other.exists(), "another file's temporaries are left alone");
    }

    #[cfg(unix)]
    #[test]
    fn symlink_target_is_replaced_and_permissions_kept() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.ron");
        write_atomic(&real, b"one").unwrap();
        fs::set_permissions(&real, fs::Permissions::from_mode(0o640)).unwrap();
        let link = dir.path().join("link.ron");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        write_atomic(&link, b"two").unwrap();
        assert!(
            fs::symlink_metadata(&link)
                .unwrap()
                .file_type()
                .is_symlink()
        );
        assert_eq!(fs::read(&real).unwrap(), b"two");
        let mode = fs::metadata(&real).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o640);
    }
}
