//! Which files of a folder the analyst hands over may be read: only regular files
//! that really lie inside it. A symbolic link (to the system's password file, say)
//! or a file reached through one is never read.

use std::path::Path;

/// What a path found in a folder is, links not followed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FolderEntry {
    /// A regular file inside the folder: may be read.
    Regular,
    /// A symbolic link: not read.
    Link,
    /// A regular file whose real path lies outside the folder: not read.
    Outside,
    /// A folder, device, pipe or socket.
    NotAFile,
    /// Nothing there (or it cannot be inspected).
    Missing,
}

impl FolderEntry {
    /// What `path` is, for a folder whose canonical path is `canonical_folder`.
    pub fn of(path: &Path, canonical_folder: &Path) -> FolderEntry {
        let Ok(meta) = std::fs::symlink_metadata(path) else {
            return FolderEntry::Missing;
        };
        if meta.file_type().is_symlink() {
            return FolderEntry::Link;
        }
        if !meta.is_file() {
            return FolderEntry::NotAFile;
        }
        match path.canonicalize() {
            Ok(real) if real.starts_with(canonical_folder) => FolderEntry::Regular,
            Ok(_) => FolderEntry::Outside,
            Err(_) => FolderEntry::Missing,
        }
    }

    /// Why a path of this kind is skipped, for a warning line naming it; `None`
    /// for a regular file (read) and for a missing one.
    pub fn skip_reason(self) -> Option<&'static str> {
        match self {
            FolderEntry::Link => {
                Some("skipped: a symbolic link (only regular files inside the folder are read)")
            }
            FolderEntry::Outside => Some("skipped: its real path lies outside the folder"),
            FolderEntry::NotAFile => Some("skipped: not a regular file"),
            FolderEntry::Regular | FolderEntry::Missing => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[cfg(unix)]
    #[test]
    fn links_and_files_outside_are_told_apart_from_files_inside() {
        let outside = tempfile::tempdir().unwrap();
        let secret = outside.path().join("secret.txt");
        std::fs::write(&secret, "조선중앙통신 secret").unwrap();
        let dir = tempfile::tempdir().unwrap();
        let folder = dir.path().canonicalize().unwrap();
        let inside = dir.path().join("a.txt");
        std::fs::write(&inside, "“text”").unwrap();
        let link = dir.path().join("b.txt");
        std::os::unix::fs::symlink(&secret, &link).unwrap();
        let inner_link = dir.path().join("c.txt");
        std::os::unix::fs::symlink(&inside, &inner_link).unwrap();
        assert_eq!(FolderEntry::of(&inside, &folder), FolderEntry::Regular);
        assert_eq!(FolderEntry::of(&link, &folder), FolderEntry::Link);
        assert_eq!(FolderEntry::of(&inner_link, &folder), FolderEntry::Link);
        assert_eq!(FolderEntry::of(&secret, &folder), FolderEntry::Outside);
        assert_eq!(FolderEntry::of(dir.path(), &folder), FolderEntry::NotAFile);
        assert_eq!(
            FolderEntry::of(&dir.path().join("none.txt"), &folder),
            FolderEntry::Missing
        );
    }
}
