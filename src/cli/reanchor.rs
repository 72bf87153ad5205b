//! `marginalia reanchor` (being written).

use clap::Args;

/// Arguments of `marginalia reanchor`.
#[derive(Debug, Args)]
pub struct ReanchorArgs {
    /// Inputs.
    pub inputs: Vec<std::path::PathBuf>,
}

/// Runs `marginalia reanchor`.
pub fn run(_args: &ReanchorArgs) -> anyhow::Result<std::process::ExitCode> {
    anyhow::bail!("'reanchor' is not available in this build yet")
}
