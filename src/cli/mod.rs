//! The command line: one file per subcommand, each a thin layer over the library.

pub mod agree;
pub mod export;
pub mod generate;
pub mod git_setup;
pub mod history;
pub mod import;
pub mod info;
pub mod merge;
pub mod merge_driver;
pub mod out;
pub mod panic_line;
pub mod reanchor;
pub mod search;
pub mod sources;
pub mod suggest;
pub mod suggest_learn;
pub mod sync;
pub mod usage;
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
    // Two at a time, each on its own thread (`agree` and `merge` take two analysts'
    // projects: loading them is most of the work); the first error in input order
    // is the one reported.
    let mut out = Vec::with_capacity(paths.len());
    for pair in paths.chunks(2) {
        let loaded: Vec<anyhow::Result<Project>> = std::thread::scope(|scope| {
            let others: Vec<_> = (pair.iter().skip(1))
                .map(|p| scope.spawn(move || load(p)))
                .collect();
            let mut loaded = vec![load(&pair[0])];
            for handle in others {
                loaded.push(handle.join().unwrap_or_else(|_| {
                    Err(anyhow::anyhow!(
                        "a project could not be read (thread failed)"
                    ))
                }));
            }
            loaded
        });
        for (p, project) in pair.iter().zip(loaded) {
            out.push((p.display().to_string(), project?));
        }
    }
    Ok(out)
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

/// "s" unless `n` is 1.
pub fn plural(n: usize) -> &'static str {
    if n == 1 { "" } else { "s" }
}
