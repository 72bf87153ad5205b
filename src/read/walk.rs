//! Every article file under a folder, walked recursively without following links,
//! and each opened so that a file swapped for a link (or another file) between the
//! listing and the reading is refused rather than followed.

use std::fs::File;
use std::io::Read as _;
use std::path::{Path, PathBuf};

use super::ReadError;

/// A regular file found in a folder, with what identified it when it was listed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ListedFile {
    /// Its path (the folder's path joined with the names under it).
    pub path: PathBuf,
    /// Its size when listed, in bytes.
    pub len: u64,
    identity: Identity,
}

/// What tells one file from another: device and inode on Unix, size and
/// modification time elsewhere.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Identity(u64, u64);

impl Identity {
    fn of(meta: &std::fs::Metadata) -> Identity {
        #[cfg(unix)]
        {
            use std::os::unix::fs::MetadataExt as _;
            Identity(meta.dev(), meta.ino())
        }
        #[cfg(not(unix))]
        {
            let modified = meta
                .modified()
                .ok()
                .and_then(|t| t.duration_since(std::time::UNIX_EPOCH).ok())
                .map_or(0, |d| d.as_nanos() as u64);
            Identity(meta.len(), modified)
        }
    }
}

/// The files of a folder that may be read, and what was passed over.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Listing {
    /// Regular files whose name `wanted` accepted, sorted by path.
    pub files: Vec<ListedFile>,
    /// Links, devices and unreadable folders met, with why each was not read.
    pub skipped: Vec<(PathBuf, String)>,
    /// Regular files whose name `wanted` refused (not articles).
    pub ignored: usize,
}

/// Lists the files under `root` (recursively; hidden files and folders, whose name
/// starts with `.`, are left out) whose path `wanted` accepts. Symbolic links under
/// `root` are never followed: each is listed in `skipped`. `root` itself, the folder
/// the user named, may be a link to a folder (as `brat` folders and `find -H`
/// take it): the folder it names is listed, and nothing outside that folder.
pub fn list_files(root: &Path, wanted: impl Fn(&Path) -> bool) -> Result<Listing, ReadError> {
    let read_err = |path: &Path, source| ReadError::Read {
        path: path.to_path_buf(),
        source,
    };
    let meta = std::fs::metadata(root).map_err(|e| read_err(root, e))?;
    if !meta.is_dir() {
        return Err(ReadError::NotAFile(root.to_path_buf()));
    }
    let mut listing = Listing::default();
    let mut folders = vec![root.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let entries = match std::fs::read_dir(&folder) {
            Ok(e) => e,
            Err(e) if folder == root => return Err(read_err(root, e)),
            Err(e) => {
                listing
                    .skipped
                    .push((folder, format!("the folder cannot be read ({e})")));
                continue;
            }
        };
        for entry in entries.flatten() {
            let path = entry.path();
            if entry.file_name().to_string_lossy().starts_with('.') {
                continue;
            }
            // `DirEntry::metadata` does not follow links.
            let Ok(meta) = entry.metadata() else {
                continue;
            };
            let kind = meta.file_type();
            if kind.is_symlink() {
                listing.skipped.push((
                    path,
                    "a symbolic link (only regular files inside the folder are read)".into(),
                ));
            } else if kind.is_dir() {
                folders.push(path);
            } else if !kind.is_file() {
                listing.skipped.push((path, "not a regular file".into()));
            } else if wanted(&path) {
                listing.files.push(ListedFile {
                    path,
                    len: meta.len(),
                    identity: Identity::of(&meta),
                });
            } else {
                listing.ignored += 1;
            }
        }
    }
    listing.files.sort_by(|a, b| a.path.cmp(&b.path));
    listing.skipped.sort();
    Ok(listing)
}

impl ListedFile {
    /// Reads the whole file, at most `limit` bytes. The file is opened without
    /// following a final symbolic link (Linux: `O_NOFOLLOW`), and the opened file
    /// must be the one listed (same device and inode): a file swapped for a link or
    /// another file meanwhile is refused with [`ReadError::Changed`].
    pub fn read(&self, limit: u64) -> Result<Vec<u8>, ReadError> {
        let path = &self.path;
        let read_err = |source| ReadError::Read {
            path: path.clone(),
            source,
        };
        let mut options = std::fs::OpenOptions::new();
        options.read(true);
        #[cfg(target_os = "linux")]
        {
            use std::os::unix::fs::OpenOptionsExt as _;
            options.custom_flags(rustix::fs::OFlags::NOFOLLOW.bits() as i32);
        }
        let file: File = match options.open(path) {
            Ok(f) => f,
            Err(e) if is_link_refused(&e) => {
                return Err(ReadError::Changed(path.clone()));
            }
            Err(e) => return Err(read_err(e)),
        };
        let meta = file.metadata().map_err(read_err)?;
        if !meta.is_file() || Identity::of(&meta) != self.identity {
            return Err(ReadError::Changed(path.clone()));
        }
        let too_large = |size| ReadError::TooLarge {
            path: path.clone(),
            size,
            limit,
        };
        if meta.len() > limit {
            return Err(too_large(meta.len()));
        }
        let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
        file.take(limit.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(read_err)?;
        if bytes.len() as u64 > limit {
            return Err(too_large(bytes.len() as u64));
        }
        Ok(bytes)
    }
}

/// True when opening failed because the name is a symbolic link (`O_NOFOLLOW`'s
/// `ELOOP`).
fn is_link_refused(e: &std::io::Error) -> bool {
    #[cfg(target_os = "linux")]
    {
        e.raw_os_error() == Some(rustix::io::Errno::LOOP.raw_os_error())
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = e;
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn walks_folders_and_skips_links_hidden_and_unwanted_files() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path();
        std::fs::create_dir_all(root.join("a/b")).unwrap();
        std::fs::create_dir_all(root.join(".git")).unwrap();
        std::fs::write(root.join("a/b/조선.txt"), "“x”").unwrap();
        std::fs::write(root.join("top.html"), "<p>x</p>").unwrap();
        std::fs::write(root.join("image.png"), [0u8, 1]).unwrap();
        std::fs::write(root.join(".git/HEAD.txt"), "x").unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink("/etc/passwd", root.join("passwd.txt")).unwrap();
        let listing = list_files(root, |p| {
            p.extension().is_some_and(|e| e == "txt" || e == "html")
        })
        .unwrap();
        let names: Vec<_> = listing
            .files
            .iter()
            .map(|f| f.path.strip_prefix(root).unwrap().to_path_buf())
            .collect();
        assert_eq!(names, [Path::new("a/b/조선.txt"), Path::new("top.html")]);
        assert_eq!(listing.ignored, 1);
        #[cfg(unix)]
        assert_eq!(listing.skipped.len(), 1);
        assert_eq!(listing.files[0].read(100).unwrap(), "“x”".as_bytes());
        assert!(list_files(&root.join("top.html"), |_| true).is_err());
    }

    #[cfg(unix)]
    #[test]
    fn a_file_swapped_for_a_link_after_listing_is_not_followed() {
        let outside = tempfile::tempdir().unwrap();
        let secret = outside.path().join("secret.txt");
        std::fs::write(&secret, "secret").unwrap();
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("a.txt");
        std::fs::write(&path, "article").unwrap();
        let listing = list_files(dir.path(), |_| true).unwrap();
        let listed = &listing.files[0];
        // Kept alive under another name, so that its inode is not reused below.
        std::fs::hard_link(&path, outside.path().join("kept")).unwrap();
        std::fs::remove_file(&path).unwrap();
        std::os::unix::fs::symlink(&secret, &path).unwrap();
        assert!(matches!(listed.read(100), Err(ReadError::Changed(_))));
        // Swapped for another regular file: refused too.
        std::fs::remove_file(&path).unwrap();
        std::fs::write(dir.path().join("b.txt"), "other").unwrap();
        std::fs::rename(dir.path().join("b.txt"), &path).unwrap();
        assert!(matches!(listed.read(100), Err(ReadError::Changed(_))));
    }
}
