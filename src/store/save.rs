//! Writing a project file's bytes: every project save ends here, so that a project
//! the loader would refuse is never written, and a save that changes nothing leaves
//! the file (its bytes and its modification time) as it was.

use std::fs::File;
use std::io::{Read as _, Write as _};
use std::path::Path;

use sha2::{Digest, Sha256};

use super::atomic::{Filled, replace_atomic};
use super::{MAX_PROJECT_BYTES, StoreError};
use crate::model::{FORMAT_VERSION, Project};
use crate::task::Progress;

/// What a save wrote (or found already on disk): the file's length and SHA-256.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Written {
    /// Length in bytes.
    pub len: u64,
    /// SHA-256 of the content.
    pub sha256: [u8; 32],
}

/// Writes `project` to `path` atomically with a backup, the text streamed to the
/// temporary file in pieces (never held whole in memory), unless the file already
/// holds exactly these bytes (then nothing is replaced: history shows only real
/// edits). Refuses with [`StoreError::TooLargeToWrite`] a file over
/// [`MAX_PROJECT_BYTES`], the loader's limit, leaving the old file untouched.
pub(crate) fn save_project_streamed(
    path: &Path,
    project: &Project,
    progress: &Progress,
) -> Result<Written, StoreError> {
    write_project_limited(path, "", project, MAX_PROJECT_BYTES, true, progress)
}

/// Writes `prefix` then `project`'s file text to `path` as
/// [`save_project_streamed`] does, refusing a file over `limit` bytes (counted to
/// the end, for the message, but no longer written), with a backup of the previous
/// version only when `keep_backup`.
pub(crate) fn write_project_limited(
    path: &Path,
    prefix: &str,
    project: &Project,
    limit: u64,
    keep_backup: bool,
    progress: &Progress,
) -> Result<Written, StoreError> {
    let mut same = SameBytes::open(&super::write_target(path)?);
    let annotations = super::project_file::sorted_annotations(project, progress);
    let mut hasher = Sha256::new();
    let mut len = 0u64;
    let fill = |file: &mut File| -> Result<Filled, StoreError> {
        let mut sink = |piece: &str| -> Result<(), StoreError> {
            len += piece.len() as u64;
            if len > limit {
                return Ok(());
            }
            hasher.update(piece.as_bytes());
            same.compare(piece.as_bytes());
            file.write_all(piece.as_bytes())
                .map_err(|source| StoreError::Write {
                    path: path.to_path_buf(),
                    source,
                })
        };
        sink(prefix)?;
        super::ron_writer::write_project(
            project,
            &annotations,
            FORMAT_VERSION,
            progress,
            &mut sink,
        )?;
        sink("\n")?;
        if len > limit {
            return Err(StoreError::TooLargeToWrite {
                path: path.to_path_buf(),
                size: len,
                limit,
            });
        }
        if same.holds_exactly(len) {
            progress.start_phase("Unchanged on disk", 0);
            return Ok(Filled::Keep);
        }
        // What is left: syncing the file to disk, then the rename.
        progress.start_phase("Writing to disk", len);
        progress.set_done(len);
        Ok(Filled::Replace)
    };
    replace_atomic(path, keep_backup, progress, fill)?;
    Ok(Written {
        len,
        sha256: hasher.finalize().into(),
    })
}

/// Compares the bytes being written with the file already at the destination, as
/// they come (nothing is kept): a save that changes nothing replaces nothing.
struct SameBytes {
    /// The old file, while every byte so far matched it; `None` once one differs
    /// (or when there is no old regular file).
    file: Option<File>,
    /// The old file's length.
    len: u64,
    buf: Vec<u8>,
}

impl SameBytes {
    fn open(path: &Path) -> Self {
        let len = std::fs::metadata(path)
            .ok()
            .filter(std::fs::Metadata::is_file)
            .map_or(0, |m| m.len());
        let file = (len > 0).then(|| File::open(path).ok()).flatten();
        SameBytes {
            file,
            len,
            buf: Vec::new(),
        }
    }

    /// Reads as many bytes of the old file as `piece` holds and compares them.
    fn compare(&mut self, piece: &[u8]) {
        let Some(file) = &mut self.file else {
            return;
        };
        self.buf.resize(piece.len(), 0);
        if file.read_exact(&mut self.buf).is_err() || self.buf != piece {
            self.file = None;
            self.buf = Vec::new();
        }
    }

    /// True when the old file held exactly the `len` bytes compared.
    fn holds_exactly(&self, len: u64) -> bool {
        self.file.is_some() && self.len == len
    }
}

#[cfg(test)]
mod tests {
    use super::*;
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
    fn a_file_of_several_pieces_is_written_whole_and_left_alone_when_unchanged() {
        use crate::model::{Annotation, Document};
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("p.ron");
        let line = "KCNA said “yes” 👋🏽 e\u{301} 조선.\n";
        let mut project = Project::new("several pieces");
        for k in 0..3 {
            let doc = Document::new(format!("d{k}"), "T", line.repeat(70_000));
            let a = Annotation::new(doc.id.clone(), 0, 4, doc.slice(0, 4), "claim", "me");
            project.annotations.push(a);
            project.documents.push(doc);
        }
        let text = project_to_ron(&project).unwrap();
        assert!(text.len() > 2 * (4 << 20), "more than two pieces");
        let written = save_project_streamed(&p, &project, &Progress::new()).unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), text.as_bytes());
        let digest: [u8; 32] = Sha256::digest(text.as_bytes()).into();
        assert_eq!(
            written,
            Written {
                len: text.len() as u64,
                sha256: digest
            }
        );
        // Unchanged: not replaced (the modification time stays).
        let long_ago = std::time::SystemTime::now() - std::time::Duration::from_secs(3600);
        let set = |t| {
            File::options()
                .write(true)
                .open(&p)
                .unwrap()
                .set_modified(t)
        };
        set(long_ago).unwrap();
        save_project(&p, &project).unwrap();
        assert_eq!(std::fs::metadata(&p).unwrap().modified().unwrap(), long_ago);
        // A change in the last piece only is written.
        let last = text_end(&project.documents[2].text);
        project.documents[2].text.replace_range(last, "!");
        save_project(&p, &project).unwrap();
        assert_eq!(
            load_project(&p).unwrap().documents[2].text,
            project.documents[2].text
        );
        assert!(std::fs::read(backup_path(&p)).unwrap() == text.as_bytes());
    }

    /// The byte range of the last char of `s`.
    fn text_end(s: &str) -> std::ops::Range<usize> {
        let last = s.char_indices().last().map_or(0, |(i, _)| i);
        last..s.len()
    }

    #[test]
    fn a_project_over_the_loaders_limit_is_never_written() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("p.ron");
        save_project(&p, &Project::new("small")).unwrap();
        let before = std::fs::read(&p).unwrap();
        let big = Project::new("a longer name than the limit");
        let text = project_to_ron(&big).unwrap();
        let limit = text.len() as u64 - 1;
        let write = |limit| write_project_limited(&p, "", &big, limit, true, &Progress::new());
        let err = write(limit).unwrap_err();
        let StoreError::TooLargeToWrite { size, .. } = err else {
            panic!("{err}");
        };
        assert_eq!(size, text.len() as u64, "the whole size is named");
        let line = err.to_string();
        assert!(line.contains("limit Marginalia opens") && !line.contains('\n'));
        assert_eq!(std::fs::read(&p).unwrap(), before);
        let files = std::fs::read_dir(dir.path()).unwrap().count();
        assert_eq!(files, 1, "no temporary file left");
        // Exactly at the limit is written, and opens.
        let written = write(limit + 1).unwrap();
        assert_eq!(std::fs::read(&p).unwrap(), text.as_bytes());
        assert_eq!(written.len, text.len() as u64);
        assert!(load_project(&p).is_ok());
    }
}
