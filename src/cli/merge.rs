//! `marginalia merge` (being written).

use clap::Args;

/// Arguments of `marginalia merge`.
#[derive(Debug, Args)]
pub struct MergeArgs {
    /// Inputs.
    pub inputs: Vec<std::path::PathBuf>,
}

/// Runs `marginalia merge`.
pub fn run(_args: &MergeArgs) -> anyhow::Result<std::process::ExitCode> {
    anyhow::bail!("'merge' is not available in this build yet")
}
