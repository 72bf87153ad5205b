//! `marginalia agree` (being written).

use clap::Args;

/// Arguments of `marginalia agree`.
#[derive(Debug, Args)]
pub struct AgreeArgs {
    /// Inputs.
    pub inputs: Vec<std::path::PathBuf>,
}

/// Runs `marginalia agree`.
pub fn run(_args: &AgreeArgs) -> anyhow::Result<std::process::ExitCode> {
    anyhow::bail!("'agree' is not available in this build yet")
}
