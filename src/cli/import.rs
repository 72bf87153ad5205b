//! `marginalia import` (being written).

use clap::Args;

/// Arguments of `marginalia import`.
#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Inputs.
    pub inputs: Vec<std::path::PathBuf>,
}

/// Runs `marginalia import`.
pub fn run(_args: &ImportArgs) -> anyhow::Result<std::process::ExitCode> {
    anyhow::bail!("'import' is not available in this build yet")
}
