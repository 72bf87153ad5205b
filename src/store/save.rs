//! Writing a project file's bytes: every project save ends here, so that a project
//! the loader would refuse is never written, and a save that changes nothing leaves
//! the file (its bytes and its modification time) as it was.

use std::io::Read as _;
use std::path::Path;

use super::{MAX_PROJECT_BYTES, StoreError, write_atomic_with_progress};
use crate::task::Progress;

/// Writes project `text` to `path` atomically with a backup, unless the file already
/// holds exactly these bytes (then nothing is written: history shows only real
/// edits). Refuses with [`StoreError::TooLargeToWrite`] a text over
/// [`MAX_PROJECT_BYTES`], the loader's limit, leaving the old file untouched.
pub(crate) fn write_project_text(
    path: &Path,
    text: &str,
    progress: &Progress,
) -> Result<(), StoreError> {
    write_project_bytes_limited(path, text.as_bytes(), MAX_PROJECT_BYTES, progress)
}

fn write_project_bytes_limited(
    path: &Path,
    bytes: &[u8],
    limit: u64,
    progress: &Progress,
) -> Result<(), StoreError> {
    let size = bytes.len() as u64;
    if size > limit {
        return Err(StoreError::TooLargeToWrite {
            path: path.to_path_buf(),
            size,
            limit,
        });
    }
    let target = super::write_target(path)?;
    if holds_exactly(&target, bytes) {
        progress.start_phase("Unchanged on disk", 0);
        return Ok(());
    }
    write_atomic_with_progress(path, bytes, true, progress)
}

/// True when the regular file at `path` holds exactly `bytes` (compared from its
/// length first, then its content, in chunks: nothing is kept).
fn holds_exactly(path: &Path, bytes: &[u8]) -> bool {
    let same_len =
        std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.len() == bytes.len() as u64);
    if !same_len {
        return false;
    }
    let Ok(mut file) = std::fs::File::open(path) else {
        return false;
    };
    let mut buf = vec![0u8; 1 << 16];
    let mut rest = bytes;
    loop {
        match file.read(&mut buf) {
            Ok(0) => return rest.is_empty(),
            Ok(n) if n <= rest.len() && buf[..n] == rest[..n] => rest = &rest[n..],
            Ok(_) => return false,
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Project;
    use crate::store::{backup_path, load_project, project_to_ron, save_project};
    use std::time::{Duration, SystemTime};

    #[test]
    fn a_save_that_changes_nothing_writes_nothing() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("p.ron");
        let mut project = Project::new("조선중앙통신 “notes” 👋🏽");
        save_project(&p, &project).unwrap();
        project.name.push_str(" e\u{301}");
        save_project(&p, &project).unwrap();
        let before = std::fs::read(&p).unwrap();
        let backup = std::fs::read(backup_path(&p)).unwrap();
        let long_ago = SystemTime::now() - Duration::from_secs(3600);
        std::fs::File::options()
            .write(true)
            .open(&p)
            .unwrap()
            .set_modified(long_ago)
            .unwrap();
        save_project(&p, &project).unwrap();
        let meta = std::fs::metadata(&p).unwrap();
        assert_eq!(meta.modified().unwrap(), long_ago, "mtime kept");
        assert_eq!(std::fs::read(&p).unwrap(), before);
        assert_eq!(
            std::fs::read(backup_path(&p)).unwrap(),
            backup,
            "the backup still holds the version before the last real change"
        );
        // A real change is written.
        project.name = "other".into();
        save_project(&p, &project).unwrap();
        assert_eq!(load_project(&p).unwrap().name, "other");
        assert_ne!(std::fs::metadata(&p).unwrap().modified().unwrap(), long_ago);
    }

    #[test]
    fn a_project_over_the_loaders_limit_is_never_written() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("p.ron");
        save_project(&p, &Project::new("small")).unwrap();
        let before = std::fs::read(&p).unwrap();
        let text = project_to_ron(&Project::new("a longer name than the limit")).unwrap();
        let limit = text.len() as u64 - 1;
        let err =
            write_project_bytes_limited(&p, text.as_bytes(), limit, &Progress::new()).unwrap_err();
        assert!(matches!(err, StoreError::TooLargeToWrite { .. }), "{err}");
        let line = err.to_string();
        assert!(line.contains("limit Marginalia opens") && !line.contains('\n'));
        assert_eq!(std::fs::read(&p).unwrap(), before);
        // Exactly at the limit is written, and opens.
        write_project_bytes_limited(&p, text.as_bytes(), limit + 1, &Progress::new()).unwrap();
        assert!(load_project(&p).is_ok());
    }
}
