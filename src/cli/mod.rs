//! The command line: one file per subcommand, each a thin layer over the library.

pub mod agree;
pub mod export;
pub mod generate;
pub mod import;
pub mod info;
pub mod merge;
pub mod reanchor;
pub mod suggest;
pub mod validate;

use std::path::Path;

use marginalia::model::Project;
use marginalia::store::ProjectLock;

/// Loads a project for a subcommand; the error is the file's one-line reason.
pub fn load(path: &Path) -> anyhow::Result<Project> {
    Ok(marginalia::store::load_project(path)?)
}

/// Loads every project of `paths`, each named by its path (for warnings and for
/// annotators who share a name across files).
pub fn load_named(paths: &[std::path::PathBuf]) -> anyhow::Result<Vec<(String, Project)>> {
    paths
        .iter()
        .map(|p| Ok((p.display().to_string(), load(p)?)))
        .collect()
}

/// The `(name, project)` pairs the review functions take.
pub fn as_inputs(projects: &[(String, Project)]) -> Vec<(&str, &Project)> {
    projects.iter().map(|(n, p)| (n.as_str(), p)).collect()
}

/// Takes the lock of the project `out` that a command is about to write (waiting for
/// another Marginalia that is writing it), and refuses an existing file unless
/// `force`. A destination that is not a regular file or a new path is refused
/// first, in one line.
pub fn claim_new_output(out: &Path, force: bool) -> anyhow::Result<ProjectLock> {
    let lock = ProjectLock::acquire(out)?;
    if !force && std::fs::symlink_metadata(out).is_ok() {
        anyhow::bail!(
            "{} already exists; nothing written (add --force to replace it)",
            out.display()
        );
    }
    Ok(lock)
}
