//! The desktop window (eframe). The only module that uses egui.

pub mod review;

use std::path::PathBuf;

/// Opens the window, on `file` if given, otherwise on the sample article.
pub fn run(_file: Option<PathBuf>) -> anyhow::Result<std::process::ExitCode> {
    anyhow::bail!("the window is being written")
}
