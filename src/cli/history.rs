//! `marginalia history PROJECT [--json]`: the commits that touched a project.

use std::path::PathBuf;
use std::process::ExitCode;

use super::out::outln;
use clap::Args;
use marginalia::model::{json_for_terminal, printable_line};
use marginalia::task::Progress;
use marginalia::team::history;

/// Arguments of `marginalia history`.
#[derive(Debug, Args)]
pub struct HistoryArgs {
    /// The project file (.ron), inside a git work tree.
    #[arg(value_name = "PROJECT")]
    pub project: PathBuf,
    /// Print JSON (one array of commits) instead of lines.
    #[arg(long)]
    pub json: bool,
}

/// Runs `marginalia history`.
pub fn run(args: &HistoryArgs) -> anyhow::Result<ExitCode> {
    let entries = history(&args.project, &Progress::new())?;
    if args.json {
        outln!(
            "{}",
            json_for_terminal(&serde_json::to_string_pretty(&entries)?)
        );
        return Ok(ExitCode::SUCCESS);
    }
    if entries.is_empty() {
        outln!("no commit touches {} yet", args.project.display());
    }
    for e in &entries {
        let c = &e.annotations;
        let counts = if e.merge {
            "merge".to_string()
        } else {
            format!("+{} -{} ~{}", c.added, c.removed, c.changed)
        };
        outln!(
            "{}  {}  {}  {counts}  {}",
            e.hash.get(..10).unwrap_or(&e.hash),
            e.date.get(..16).unwrap_or(&e.date).replace('T', " "),
            printable_line(&e.author),
            printable_line(&e.subject)
        );
    }
    Ok(ExitCode::SUCCESS)
}
