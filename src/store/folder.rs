//! Writing a whole folder of files (a brat export) so that a failure midway leaves
//! no half-written folder, and the disk is synced once for all of them rather than
//! once per file.

use std::fs::{self, File};
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};

use super::StoreError;
use super::atomic::node_kind;
use crate::task::Progress;

/// Writes `files` (name inside the folder, contents) into the folder `dir`.
///
/// Every file is first written into a temporary folder beside `dir`
/// (`.NAME.PID.N.tmp`), then everything is synced at once (files, then the folder),
/// then the temporary folder is renamed to `dir` — or, when `dir` already exists,
/// its files are renamed into it one by one, replacing files of the same name and
/// leaving the others. A failure or a cancel before that point leaves `dir` exactly
/// as it was and removes the temporary folder.
///
/// Refuses a `dir` that is not a folder, and a name in it that is a folder, a pipe,
/// a device or a socket (never replaced); a symbolic link inside `dir` is replaced
/// by the new file (nothing is written outside the folder). A link given as `dir`
/// itself is followed when it points to a folder. Returns the final paths.
pub fn write_folder_atomic(
    dir: &Path,
    files: &[(String, Vec<u8>)],
    progress: &Progress,
) -> Result<Vec<PathBuf>, StoreError> {
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let write_err = |path: &Path| {
        let path = path.to_path_buf();
        move |source| StoreError::Write { path, source }
    };
    let exists = match fs::metadata(dir) {
        Ok(m) if m.is_dir() => true,
        Ok(m) => {
            return Err(StoreError::NotAFolder {
                path: dir.to_path_buf(),
                kind: node_kind(&m).unwrap_or("a file").to_string(),
            });
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            if fs::symlink_metadata(dir).is_ok() {
                return Err(StoreError::NotAFolder {
                    path: dir.to_path_buf(),
                    kind: "a symbolic link to nothing".into(),
                });
            }
            false
        }
        Err(e) => return Err(write_err(dir)(e)),
    };
    let dir = if exists {
        fs::canonicalize(dir).map_err(write_err(dir))?
    } else {
        dir.to_path_buf()
    };
    for (name, _) in files {
        let plain = Path::new(name)
            .file_name()
            .is_some_and(|n| n == name.as_str());
        if !plain {
            return Err(StoreError::Write {
                path: dir.join(name),
                source: std::io::Error::other("not a plain file name"),
            });
        }
        if exists && let Ok(m) = fs::symlink_metadata(dir.join(name)) {
            let kind = node_kind(&m);
            if kind.is_some_and(|k| k != "a symbolic link") {
                return Err(StoreError::NotReplaceable {
                    path: dir.join(name),
                    kind: kind.unwrap_or_default().to_string(),
                });
            }
        }
    }
    let parent = match dir.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    };
    fs::create_dir_all(&parent).map_err(write_err(&parent))?;
    let tmp = parent.join(format!(
        ".{}.{}.{}.tmp",
        dir.file_name().unwrap_or_default().to_string_lossy(),
        std::process::id(),
        COUNTER.fetch_add(1, Ordering::Relaxed)
    ));
    fs::create_dir(&tmp).map_err(write_err(&tmp))?;
    let total = files.iter().map(|(_, b)| b.len() as u64).sum();
    progress.start_phase("Writing to disk", total);
    let staged = (|| {
        for (name, bytes) in files {
            progress.check()?;
            let path = tmp.join(name);
            let mut f = File::create(&path).map_err(write_err(&dir.join(name)))?;
            f.write_all(bytes).map_err(write_err(&dir.join(name)))?;
            progress.advance(bytes.len() as u64);
        }
        progress.check()?;
        sync_all_at_once(&tmp, files).map_err(write_err(&dir))
    })();
    if let Err(e) = staged {
        let _ = fs::remove_dir_all(&tmp);
        return Err(e);
    }
    let placed = if exists {
        (|| {
            for (name, _) in files {
                fs::rename(tmp.join(name), dir.join(name)).map_err(write_err(&dir.join(name)))?;
            }
            sync_folder(&dir).map_err(write_err(&dir))?;
            let _ = fs::remove_dir(&tmp);
            Ok(())
        })()
    } else {
        fs::rename(&tmp, &dir)
            .and_then(|()| sync_folder(&parent))
            .map_err(write_err(&dir))
    };
    if placed.is_err() {
        let _ = fs::remove_dir_all(&tmp);
    }
    placed?;
    // Temporary folders of killed writes of this folder.
    super::atomic::remove_stale(&parent, &dir, true);
    Ok(files.iter().map(|(name, _)| dir.join(name)).collect())
}

/// Makes the files just written into `tmp` durable with as few waits on the disk as
/// the system allows: on Linux one `syncfs` of the file system (one flush for all
/// files), elsewhere each file in turn — both after every file was written, never
/// one flush per write — then the folder itself.
fn sync_all_at_once(tmp: &Path, files: &[(String, Vec<u8>)]) -> std::io::Result<()> {
    #[cfg(target_os = "linux")]
    {
        let _ = files;
        let d = File::open(tmp)?;
        rustix::fs::syncfs(&d)?;
    }
    #[cfg(not(target_os = "linux"))]
    for (name, _) in files {
        File::open(tmp.join(name))?.sync_all()?;
    }
    sync_folder(tmp)
}

/// Syncs a folder's entries (where the system allows opening a folder).
fn sync_folder(dir: &Path) -> std::io::Result<()> {
    match File::open(dir) {
        Ok(d) => d.sync_all().or(Ok(())),
        Err(_) => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn files(names: &[&str]) -> Vec<(String, Vec<u8>)> {
        names
            .iter()
            .map(|n| (n.to_string(), format!("조선중앙통신 {n}").into_bytes()))
            .collect()
    }

    fn entries(dir: &Path) -> Vec<String> {
        let mut v: Vec<String> = fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
            .collect();
        v.sort();
        v
    }

    #[test]
    fn a_new_folder_appears_whole() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("out");
        let written =
            write_folder_atomic(&dir, &files(&["a.txt", "a.ann"]), &Progress::new()).unwrap();
        assert_eq!(written.len(), 2);
        assert_eq!(entries(&dir), ["a.ann", "a.txt"]);
        assert_eq!(entries(root.path()), ["out"], "no temporary folder left");
    }

    #[test]
    fn a_failure_midway_leaves_nothing_new() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("out");
        let long = format!("{}.txt", "x".repeat(300));
        let err =
            write_folder_atomic(&dir, &files(&["a.txt", &long]), &Progress::new()).unwrap_err();
        assert!(err.to_string().contains("cannot write"), "{err}");
        assert!(!dir.exists());
        assert!(entries(root.path()).is_empty(), "no temporary folder left");
        // Into an existing folder: its files stay as they were.
        fs::create_dir(&dir).unwrap();
        fs::write(dir.join("a.txt"), b"old").unwrap();
        fs::write(dir.join("mine.txt"), b"mine").unwrap();
        assert!(write_folder_atomic(&dir, &files(&["a.txt", &long]), &Progress::new()).is_err());
        assert_eq!(fs::read(dir.join("a.txt")).unwrap(), b"old");
        assert_eq!(entries(root.path()), ["out"]);
        // A successful write replaces its own files and keeps the others.
        write_folder_atomic(&dir, &files(&["a.txt"]), &Progress::new()).unwrap();
        assert_eq!(entries(&dir), ["a.txt", "mine.txt"]);
        assert_ne!(fs::read(dir.join("a.txt")).unwrap(), b"old");
    }

    #[test]
    fn stale_temporary_folders_of_killed_exports_are_cleaned_up() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("out");
        let stale = root.path().join(".out.999.0.tmp");
        let fresh = root.path().join(".out.998.0.tmp");
        for d in [&stale, &fresh] {
            fs::create_dir(d).unwrap();
            fs::write(d.join("a.txt"), b"partial").unwrap();
        }
        let hours_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(7200);
        File::open(&stale).unwrap().set_modified(hours_ago).unwrap();
        write_folder_atomic(&dir, &files(&["a.txt"]), &Progress::new()).unwrap();
        assert!(!stale.exists());
        assert!(
            fresh.exists(),
            "an export in progress elsewhere is left alone"
        );
    }

    #[test]
    fn a_cancel_leaves_nothing() {
        let root = tempfile::tempdir().unwrap();
        let dir = root.path().join("out");
        let progress = Progress::new();
        progress.cancel();
        let err = write_folder_atomic(&dir, &files(&["a.txt"]), &progress).unwrap_err();
        assert!(matches!(err, StoreError::Cancelled));
        assert!(entries(root.path()).is_empty());
    }

    #[cfg(unix)]
    #[test]
    fn non_folders_and_odd_entries_are_refused() {
        let root = tempfile::tempdir().unwrap();
        let file = root.path().join("file");
        fs::write(&file, b"x").unwrap();
        let err = write_folder_atomic(&file, &files(&["a.txt"]), &Progress::new()).unwrap_err();
        assert!(err.to_string().contains("is a file, not a folder"), "{err}");
        let dir = root.path().join("out");
        fs::create_dir_all(dir.join("a.txt")).unwrap();
        let err = write_folder_atomic(&dir, &files(&["a.txt"]), &Progress::new()).unwrap_err();
        assert!(matches!(err, StoreError::NotReplaceable { .. }), "{err}");
        // A link inside the folder is replaced, its target untouched.
        let outside = root.path().join("outside.txt");
        fs::write(&outside, b"keep").unwrap();
        std::os::unix::fs::symlink(&outside, dir.join("b.txt")).unwrap();
        write_folder_atomic(&dir, &files(&["b.txt"]), &Progress::new()).unwrap();
        assert_eq!(fs::read(&outside).unwrap(), b"keep");
        assert!(fs::symlink_metadata(dir.join("b.txt")).unwrap().is_file());
    }
}
