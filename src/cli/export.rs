//! `marginalia export` (being written).

use clap::Args;

/// Arguments of `marginalia export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Inputs.
    pub inputs: Vec<std::path::PathBuf>,
}

/// Runs `marginalia export`.
pub fn run(_args: &ExportArgs) -> anyhow::Result<std::process::ExitCode> {
    anyhow::bail!("'export' is not available in this build yet")
}
