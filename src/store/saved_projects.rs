//! The `saved_projects/` folder: where the window saves by default, and the list of
//! projects offered on the start/Open panel.

use std::path::{Path, PathBuf};

/// The folder projects are saved in by default: `./saved_projects` if it exists,
/// else the source tree's `saved_projects` if it exists, else
/// `<data dir>/marginalia/saved_projects` (or `./saved_projects` without one).
pub fn default_dir() -> PathBuf {
    let here = PathBuf::from("saved_projects");
    if here.is_dir() {
        return here;
    }
    let source_tree = Path::new(env!("CARGO_MANIFEST_DIR")).join("saved_projects");
    if source_tree.is_dir() {
        return source_tree;
    }
    dirs::data_dir()
        .map(|d| d.join("marginalia").join("saved_projects"))
        .unwrap_or(here)
}

/// The `.ron` files directly in `dir`, sorted by name; empty when the folder is
/// missing or unreadable.
pub fn list(dir: &Path) -> Vec<PathBuf> {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return Vec::new();
    };
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && p.extension().is_some_and(|e| e.eq_ignore_ascii_case("ron")))
        .collect();
    files.sort();
    files
}

/// The path Save As proposes for a project named `name`: `<dir>/<slug>.ron`.
pub fn suggested_path(dir: &Path, name: &str) -> PathBuf {
    let slug = crate::model::slug(name);
    let stem = if slug.is_empty() {
        "project".to_string()
    } else {
        slug
    };
    dir.join(format!("{stem}.ron"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_only_ron_files_sorted() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("b.ron"), "x").unwrap();
        std::fs::write(dir.path().join("a.RON"), "x").unwrap();
        std::fs::write(dir.path().join("c.ron.bak"), "x").unwrap();
        std::fs::create_dir(dir.path().join("d.ron")).unwrap();
        let names: Vec<String> = list(dir.path())
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["a.RON", "b.ron"]);
        assert!(list(&dir.path().join("missing")).is_empty());
    }

    #[test]
    fn suggested_path_uses_the_slug() {
        let p = suggested_path(Path::new("sp"), "Victory Day: parade!");
        assert_eq!(p, Path::new("sp").join("victory-day-parade.ron"));
        assert_eq!(
            suggested_path(Path::new("sp"), "???"),
            Path::new("sp").join("project.ron")
        );
    }
}
