//! Recovery files: unsaved work written aside (by the autosaver or a panic hook) so
//! that the next start can offer to restore it.
//!
//! One file per key in a folder (by default `~/.local/share/marginalia/recovery`).
//! The key names the work: the project's file path, or any other string (e.g.
//! `untitled-<pid>`) for a project never saved. A recovery file is the project's
//! RON preceded by one comment line carrying the key, the project name and the
//! annotation count, so the restore prompt can describe it without parsing it all.

use std::fs;
use std::io::{BufRead, BufReader, Read};
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::{StoreError, load_project_unchecked};
use crate::model::Project;

const HEADER: &str = "// marginalia recovery: ";

/// A folder of recovery files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecoveryStore {
    /// The folder (created on the first save).
    pub dir: PathBuf,
}

/// What the first line of a recovery file says.
#[derive(Debug, Clone, Serialize, Deserialize)]
struct Header {
    key: String,
    name: String,
    annotations: usize,
}

/// A recovery file waiting to be restored or discarded.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RecoveryEntry {
    /// The recovery file.
    pub file: PathBuf,
    /// The key it was saved under.
    pub key: String,
    /// The project file it rescues, when the key is the path of one.
    pub project_path: Option<PathBuf>,
    /// The project's name.
    pub name: String,
    /// How many annotations it holds.
    pub annotations: usize,
    /// When it was written.
    pub saved: SystemTime,
}

impl RecoveryEntry {
    /// One line for a restore prompt: name, annotation count and age.
    pub fn describe(&self) -> String {
        let age = SystemTime::now()
            .duration_since(self.saved)
            .map(|d| std::time::Duration::from_secs(d.as_secs()))
            .unwrap_or_default();
        format!(
            "“{}” ({}), autosaved {} ago{}",
            self.name,
            crate::model::text::plural(self.annotations, "annotation"),
            humantime::format_duration(age),
            self.project_path
                .as_ref()
                .map(|p| format!(" from {}", p.display()))
                .unwrap_or_default()
        )
    }
}

impl RecoveryStore {
    /// A store in `dir`.
    pub fn new(dir: impl Into<PathBuf>) -> Self {
        RecoveryStore { dir: dir.into() }
    }

    /// The store in the user's local data folder, if the system has one.
    pub fn default_location() -> Option<Self> {
        dirs::data_local_dir().map(|d| RecoveryStore::new(d.join("marginalia").join("recovery")))
    }

    /// The recovery file used for `key`.
    pub fn file_for(&self, key: &str) -> PathBuf {
        let hash = Sha256::digest(key.as_bytes());
        let hex: String = hash.iter().take(8).map(|b| format!("{b:02x}")).collect();
        self.dir.join(format!("recovery-{hex}.ron"))
    }

    /// Writes `project` as the recovery file of `key` (atomically, replacing the
    /// previous one, streamed to disk). Returns the file written.
    ///
    /// A recovery file is held to the loader's limit ([`super::MAX_PROJECT_BYTES`],
    /// header line included), like a project file: one over it could never be
    /// restored, so it is refused with [`StoreError::TooLargeToWrite`] (the autosave
    /// reports that) and the previous recovery file, if any, stays.
    pub fn save(&self, key: &str, project: &Project) -> Result<PathBuf, StoreError> {
        self.save_limited(key, project, super::MAX_PROJECT_BYTES)
    }

    fn save_limited(
        &self,
        key: &str,
        project: &Project,
        limit: u64,
    ) -> Result<PathBuf, StoreError> {
        fs::create_dir_all(&self.dir).map_err(|source| StoreError::Write {
            path: self.dir.clone(),
            source,
        })?;
        let header = Header {
            key: key.to_string(),
            name: project.name.clone(),
            annotations: project.annotations.len(),
        };
        let header =
            serde_json::to_string(&header).map_err(|e| StoreError::Serialize(e.to_string()))?;
        let file = self.file_for(key);
        let header = format!("{HEADER}{header}\n");
        let progress = crate::task::Progress::new();
        super::save::write_project_limited(&file, &header, project, limit, false, &progress)?;
        Ok(file)
    }

    /// The recovery files worth offering: those newer than the project file they
    /// rescue (or whose project was never saved or is gone), newest first.
    /// Unreadable files are skipped.
    pub fn pending(&self) -> Vec<RecoveryEntry> {
        let Ok(read) = fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut out: Vec<RecoveryEntry> = read
            .filter_map(Result::ok)
            .map(|e| e.path())
            .filter(|p| {
                let name = p.file_name().unwrap_or_default().to_string_lossy();
                name.starts_with("recovery-") && name.ends_with(".ron")
            })
            .filter_map(|p| read_entry(&p))
            .filter(|e| !is_stale(e))
            .collect();
        out.sort_by_key(|e| std::cmp::Reverse(e.saved));
        out
    }

    /// The project held by a recovery file. Read without the loader's consistency
    /// checks, so that no work is refused; run [`super::check_project`] on it.
    pub fn load(&self, entry: &RecoveryEntry) -> Result<Project, StoreError> {
        load_project_unchecked(&entry.file)
    }

    /// Deletes a recovery file (restored or declined).
    pub fn discard(&self, entry: &RecoveryEntry) -> Result<(), StoreError> {
        remove_if_present(&entry.file)
    }

    /// Deletes the recovery file of `key`, if any (after a successful save).
    pub fn discard_key(&self, key: &str) -> Result<(), StoreError> {
        remove_if_present(&self.file_for(key))
    }
}

fn remove_if_present(file: &Path) -> Result<(), StoreError> {
    match fs::remove_file(file) {
        Err(e) if e.kind() != std::io::ErrorKind::NotFound => Err(StoreError::Write {
            path: file.to_path_buf(),
            source: e,
        }),
        _ => Ok(()),
    }
}

fn read_entry(file: &Path) -> Option<RecoveryEntry> {
    let meta = fs::metadata(file).ok()?;
    let mut first = String::new();
    BufReader::new(fs::File::open(file).ok()?.take(64 * 1024))
        .read_line(&mut first)
        .ok()?;
    let header: Header = serde_json::from_str(first.strip_prefix(HEADER)?.trim_end()).ok()?;
    let as_path = PathBuf::from(&header.key);
    Some(RecoveryEntry {
        file: file.to_path_buf(),
        project_path: as_path.is_absolute().then_some(as_path),
        key: header.key,
        name: header.name,
        annotations: header.annotations,
        saved: meta.modified().ok()?,
    })
}

/// True when the project file was saved after the recovery file was written.
fn is_stale(entry: &RecoveryEntry) -> bool {
    let Some(project) = &entry.project_path else {
        return false;
    };
    fs::metadata(project)
        .and_then(|m| m.modified())
        .is_ok_and(|t| t >= entry.saved)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Annotation, Document};

    fn work() -> Project {
        let mut p = Project::new("조선 parade “work”");
        p.documents.push(Document::new("d", "D", "KCNA said 👋🏽"));
        p.annotations
            .push(Annotation::new("d", 0, 4, "KCNA", "attribution", "me").with_source("KCNA"));
        p
    }

    #[test]
    fn save_pending_load_discard() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::new(dir.path().join("rec"));
        assert!(store.pending().is_empty());
        let mine = work();
        store.save("untitled-1", &Project::new("older")).unwrap();
        store.save("untitled-1", &mine).unwrap(); // replaces, one file
        let pending = store.pending();
        assert_eq!(pending.len(), 1);
        let e = &pending[0];
        assert_eq!((e.key.as_str(), e.annotations), ("untitled-1", 1));
        assert!(e.describe().contains("조선 parade"), "{}", e.describe());
        assert_eq!(store.load(e).unwrap(), mine);
        store.discard(e).unwrap();
        assert!(store.pending().is_empty());
    }

    #[test]
    fn recovery_older_than_its_project_is_not_offered() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::new(dir.path().join("rec"));
        let project = dir.path().join("p.ron");
        let key = project.to_string_lossy().into_owned();
        crate::store::save_project(&project, &Project::new("old")).unwrap();
        store.save(&key, &work()).unwrap();
        // Recovery newer than the project: offered.
        let f = std::fs::File::options().write(true).open(&project).unwrap();
        f.set_modified(SystemTime::now() - std::time::Duration::from_secs(60))
            .unwrap();
        assert_eq!(store.pending().len(), 1);
        assert_eq!(
            store.pending()[0].project_path.as_deref(),
            Some(project.as_path())
        );
        // The project saved afterwards: the recovery is stale.
        f.set_modified(SystemTime::now() + std::time::Duration::from_secs(60))
            .unwrap();
        assert!(store.pending().is_empty());
        store.discard_key(&key).unwrap();
        store.discard_key(&key).unwrap();
    }

    #[test]
    fn a_recovery_file_over_the_loaders_limit_is_refused_and_the_last_one_kept() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::new(dir.path());
        let small = work();
        let file = store.save("k", &small).unwrap();
        let size = std::fs::metadata(&file).unwrap().len();
        let mut bigger = work();
        bigger.name.push_str(" and more");
        // The limit counts the header line too: exactly the file's size is written.
        let err = store.save_limited("k", &bigger, size).unwrap_err();
        let StoreError::TooLargeToWrite { size: would, .. } = err else {
            panic!("{err}");
        };
        assert!(would > size);
        assert!(err.to_string().contains("limit Marginalia opens"), "{err}");
        let pending = store.pending();
        assert_eq!(pending.len(), 1, "the last recovery file stays, alone");
        assert_eq!(store.load(&pending[0]).unwrap(), small);
        store.save_limited("k", &small, size).unwrap();
        // What is written under the limit is read back under it.
        assert_eq!(store.load(&store.pending()[0]).unwrap(), small);
    }

    #[test]
    fn foreign_files_in_the_folder_are_ignored() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::new(dir.path());
        std::fs::write(dir.path().join("recovery-zz.ron"), b"\xff\xfe garbage").unwrap();
        std::fs::write(dir.path().join("notes.txt"), b"hello").unwrap();
        assert!(store.pending().is_empty());
    }
}
