//! `marginalia git-setup [REPO]`: send the repository's project files to the
//! Marginalia merge driver (`.gitattributes` and `merge.marginalia` config).

use std::path::PathBuf;
use std::process::ExitCode;

use super::out::outln;
use clap::Args;
use marginalia::model::printable_line;
use marginalia::team::{driver_command, git_setup};

/// Arguments of `marginalia git-setup`.
#[derive(Debug, Args)]
pub struct GitSetupArgs {
    /// A folder in the repository (default: the current folder).
    #[arg(value_name = "REPO", default_value = ".")]
    pub repo: PathBuf,
}

/// Runs `marginalia git-setup`.
pub fn run(args: &GitSetupArgs) -> anyhow::Result<ExitCode> {
    let report = git_setup(&args.repo, &driver_command(&this_program()))?;
    for line in &report.lines {
        outln!("{}", printable_line(line));
    }
    Ok(ExitCode::SUCCESS)
}

/// The path of this program, for git to run as the driver (`marginalia` when it
/// cannot be known).
pub fn this_program() -> PathBuf {
    std::env::current_exe()
        .ok()
        .and_then(|p| p.canonicalize().ok())
        .unwrap_or_else(|| PathBuf::from("marginalia"))
}
