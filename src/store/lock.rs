//! No lost update between writers: an advisory lock that every Marginalia process
//! takes on a project for the whole time it reads, changes and rewrites it (CLI
//! `import` into an existing project, `merge --out`, `reanchor --out`, the window's
//! save, the curated save).
//!
//! The lock is `NAME.lock` beside the project (`p.ron` → `p.ron.lock`), locked with
//! the operating system's advisory file lock (`File::lock`). The project file itself
//! cannot carry the lock: an atomic save renames a new file over it, and a lock
//! belongs to the old one. On Unix the lock file is removed when the lock is let go
//! (a waiter that then holds a lock on the removed file notices and tries again), so
//! no file is left beside the project.

use std::fs::{File, OpenOptions};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use super::StoreError;
use super::atomic::write_target;

/// How long a writer waits for another one to finish before it gives up, loudly.
pub const LOCK_WAIT: Duration = Duration::from_secs(20);

/// Time between two attempts while waiting.
const RETRY: Duration = Duration::from_millis(25);

/// The lock file of the project at `path` (after following a link to it, so that
/// two names of one file share one lock).
pub fn lock_path(path: &Path) -> Result<PathBuf, StoreError> {
    let target = write_target(path)?;
    let mut name = target.file_name().unwrap_or_default().to_os_string();
    name.push(".lock");
    Ok(target.with_file_name(name))
}

/// A held lock on a project; let go when dropped.
#[derive(Debug)]
pub struct ProjectLock {
    file: File,
    lock: PathBuf,
}

impl ProjectLock {
    /// Locks the project at `path` (which need not exist yet), waiting up to
    /// [`LOCK_WAIT`] for another writer to finish. Refuses a destination that is not
    /// a regular file or a new path (see [`super::write_target`]) before anything
    /// is created.
    pub fn acquire(path: &Path) -> Result<Self, StoreError> {
        Self::acquire_inner(path, LOCK_WAIT, |_| {})
    }

    /// [`ProjectLock::acquire`] calling `waiting` once (with the lock file) if it
    /// has to wait, so that a command can say why it pauses.
    pub fn acquire_noting(path: &Path, waiting: impl FnOnce(&Path)) -> Result<Self, StoreError> {
        Self::acquire_inner(path, LOCK_WAIT, waiting)
    }

    /// [`ProjectLock::acquire`] waiting at most `wait`; fails with
    /// [`StoreError::Locked`] when the lock is still held then.
    pub fn acquire_within(path: &Path, wait: Duration) -> Result<Self, StoreError> {
        Self::acquire_inner(path, wait, |_| {})
    }

    fn acquire_inner(
        path: &Path,
        wait: Duration,
        waiting: impl FnOnce(&Path),
    ) -> Result<Self, StoreError> {
        let mut waiting = Some(waiting);
        let lock = lock_path(path)?;
        // A missing folder is the project's problem, not the lock's: name the project.
        let err = |source: std::io::Error| StoreError::Write {
            path: if source.kind() == std::io::ErrorKind::NotFound {
                path.to_path_buf()
            } else {
                lock.clone()
            },
            source,
        };
        let started = Instant::now();
        loop {
            let file = OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false)
                .open(&lock)
                .map_err(err)?;
            match file.try_lock() {
                Ok(()) if still_at(&file, &lock) => return Ok(ProjectLock { file, lock }),
                // The holder removed the file we locked: take the new one.
                Ok(()) => continue,
                Err(std::fs::TryLockError::WouldBlock) => {
                    if let Some(note) = waiting.take() {
                        note(&lock);
                    }
                }
                Err(std::fs::TryLockError::Error(e)) => return Err(err(e)),
            }
            drop(file);
            if started.elapsed() >= wait {
                return Err(StoreError::Locked {
                    path: path.to_path_buf(),
                    lock,
                    waited_secs: started.elapsed().as_secs(),
                });
            }
            std::thread::sleep(RETRY);
        }
    }

    /// The lock file.
    pub fn lock_file(&self) -> &Path {
        &self.lock
    }
}

impl Drop for ProjectLock {
    fn drop(&mut self) {
        // Removed while still locked: a waiter that opened it sees that it is gone.
        #[cfg(unix)]
        let _ = std::fs::remove_file(&self.lock);
        let _ = self.file.unlock();
    }
}

/// True when `path` still names the file `file` holds (Unix: same device and
/// inode); elsewhere lock files are never removed, so it always does.
fn still_at(file: &File, path: &Path) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        match (file.metadata(), std::fs::metadata(path)) {
            (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
            _ => false,
        }
    }
    #[cfg(not(unix))]
    {
        let _ = (file, path);
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_second_writer_waits_then_fails_loudly() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("p.ron");
        let held = ProjectLock::acquire(&p).unwrap();
        assert!(held.lock_file().ends_with("p.ron.lock"));
        let err = ProjectLock::acquire_within(&p, Duration::from_millis(100)).unwrap_err();
        assert!(matches!(err, StoreError::Locked { .. }), "{err}");
        assert!(err.to_string().contains("another Marginalia"), "{err}");
        drop(held);
        let again = ProjectLock::acquire_within(&p, Duration::from_millis(100)).unwrap();
        drop(again);
        #[cfg(unix)]
        assert!(
            std::fs::read_dir(dir.path()).unwrap().next().is_none(),
            "no lock file is left behind"
        );
    }

    #[test]
    fn a_waiter_gets_the_lock_when_the_holder_lets_go() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("p.ron");
        let held = ProjectLock::acquire(&p).unwrap();
        let p2 = p.clone();
        let waiter = std::thread::spawn(move || {
            let mut noted = 0;
            ProjectLock::acquire_noting(&p2, |_| noted += 1).map(|_| noted)
        });
        std::thread::sleep(Duration::from_millis(150));
        drop(held);
        assert_eq!(
            waiter.join().unwrap().unwrap(),
            1,
            "said once that it waits"
        );
    }

    #[test]
    fn a_missing_folder_is_named_by_the_project() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("missing").join("p.ron");
        let err = ProjectLock::acquire(&p).unwrap_err().to_string();
        assert!(err.contains("p.ron:") && !err.contains(".lock"), "{err}");
    }

    #[cfg(unix)]
    #[test]
    fn two_names_of_one_file_share_one_lock() {
        let dir = tempfile::tempdir().unwrap();
        let real = dir.path().join("real.ron");
        std::fs::write(&real, b"x").unwrap();
        let link = dir.path().join("link.ron");
        std::os::unix::fs::symlink(&real, &link).unwrap();
        let _held = ProjectLock::acquire(&real).unwrap();
        assert!(ProjectLock::acquire_within(&link, Duration::from_millis(50)).is_err());
    }
}
