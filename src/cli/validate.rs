//! `marginalia validate` (being written).

use clap::Args;

/// Arguments of `marginalia validate`.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Inputs.
    pub inputs: Vec<std::path::PathBuf>,
}

/// Runs `marginalia validate`.
pub fn run(_args: &ValidateArgs) -> anyhow::Result<std::process::ExitCode> {
    anyhow::bail!("'validate' is not available in this build yet")
}
