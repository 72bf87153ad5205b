//! No clobbering: remembering what a project file looked like when it was opened or
//! saved, and refusing to overwrite it when it changed on disk since (a colleague,
//! a sync tool, `git pull`).

use std::path::Path;
use std::time::SystemTime;

use sha2::{Digest, Sha256};

use super::{MAX_PROJECT_BYTES, StoreError, read_limited};
use crate::model::Project;
use crate::task::Progress;

/// A file's size, modification time and content hash at one moment.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiskState {
    /// Size in bytes.
    pub len: u64,
    /// Modification time, when the system gives one.
    pub modified: Option<SystemTime>,
    /// SHA-256 of the content.
    pub sha256: [u8; 32],
}

impl DiskState {
    /// The state of bytes just read from or written to a file.
    pub fn of_bytes(bytes: &[u8], modified: Option<SystemTime>) -> Self {
        DiskState {
            len: bytes.len() as u64,
            modified,
            sha256: Sha256::digest(bytes).into(),
        }
    }

    /// The current state of the file at `path`, or `None` when there is no file.
    pub fn of_file(path: &Path) -> Result<Option<Self>, StoreError> {
        match std::fs::metadata(path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(source) => {
                return Err(StoreError::Read {
                    path: path.to_path_buf(),
                    source,
                });
            }
            Ok(_) => {}
        }
        let bytes = read_limited(path, MAX_PROJECT_BYTES)?;
        let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok();
        Ok(Some(DiskState::of_bytes(&bytes, modified)))
    }

    /// True when both states hold the same content (times may differ: a `touch`
    /// or a checkout of identical bytes is not a change).
    pub fn same_content(&self, other: &DiskState) -> bool {
        self.len == other.len && self.sha256 == other.sha256
    }
}

/// Saves `project` to `path` like [`super::save_project`], but only if the file is
/// still what the caller last saw: `expected` is the state returned when the project
/// was opened or last saved, `None` when there was no file then. Refuses with
/// [`StoreError::ChangedOnDisk`] otherwise, leaving the file untouched. Returns the
/// state of the file just written, to pass to the next save.
///
/// A file that was deleted meanwhile is simply written again (nothing to clobber).
pub fn save_project_checked(
    path: &Path,
    project: &Project,
    expected: Option<&DiskState>,
) -> Result<DiskState, StoreError> {
    save_project_checked_with_progress(path, project, expected, &Progress::new())
}

/// [`save_project_checked`] reporting to `progress` and stopping with
/// [`StoreError::Cancelled`] when it is cancelled (the file is then as it was).
pub fn save_project_checked_with_progress(
    path: &Path,
    project: &Project,
    expected: Option<&DiskState>,
    progress: &Progress,
) -> Result<DiskState, StoreError> {
    let now = DiskState::of_file(path)?;
    let changed = match (expected, &now) {
        (_, None) => false,
        (None, Some(_)) => true,
        (Some(was), Some(is)) => !was.same_content(is),
    };
    if changed {
        return Err(StoreError::ChangedOnDisk(path.to_path_buf()));
    }
    let written = super::save::save_project_streamed(path, project, progress)?;
    let modified = std::fs::metadata(path).and_then(|m| m.modified()).ok();
    Ok(DiskState {
        len: written.len,
        modified,
        sha256: written.sha256,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::{load_project, load_project_with_state};

    #[test]
    fn refuses_to_overwrite_a_file_changed_since_it_was_opened() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.ron");
        let state = save_project_checked(&path, &Project::new("mine"), None).unwrap();
        let (_, loaded_state) = load_project_with_state(&path).unwrap();
        assert!(state.same_content(&loaded_state));
        // A colleague saves over it.
        crate::store::save_project(&path, &Project::new("colleague")).unwrap();
        let err =
            save_project_checked(&path, &Project::new("mine again"), Some(&state)).unwrap_err();
        assert!(matches!(err, StoreError::ChangedOnDisk(_)));
        assert!(err.to_string().contains("changed on disk"), "{err}");
        assert_eq!(load_project(&path).unwrap().name, "colleague");
    }

    #[test]
    fn saves_when_unchanged_or_deleted_and_refuses_a_new_file_in_the_way() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("p.ron");
        let s1 = save_project_checked(&path, &Project::new("one"), None).unwrap();
        let s2 = save_project_checked(&path, &Project::new("two"), Some(&s1)).unwrap();
        std::fs::remove_file(&path).unwrap();
        save_project_checked(&path, &Project::new("three"), Some(&s2)).unwrap();
        // Someone else created the file after we decided it did not exist.
        assert!(matches!(
            save_project_checked(&path, &Project::new("four"), None),
            Err(StoreError::ChangedOnDisk(_))
        ));
        assert_eq!(load_project(&path).unwrap().name, "three");
    }
}
