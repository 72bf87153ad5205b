//! The command line: one file per subcommand, each a thin layer over the library.

pub mod agree;
pub mod export;
pub mod generate;
pub mod import;
pub mod info;
pub mod merge;
pub mod reanchor;
pub mod validate;

use std::path::Path;

use marginalia::model::Project;

/// Loads a project for a subcommand; the error is the file's one-line reason.
pub fn load(path: &Path) -> anyhow::Result<Project> {
    Ok(marginalia::store::load_project(path)?)
}
