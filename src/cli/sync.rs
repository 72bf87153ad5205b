//! `marginalia sync PROJECT [--message M]`: commit the saved project, pull
//! colleagues' work (merged by identity), push.

use std::path::PathBuf;
use std::process::ExitCode;

use super::out::outln;
use clap::Args;
use marginalia::model::printable_line;
use marginalia::task::Progress;
use marginalia::team::{SyncOptions, driver_command, sync};

/// Arguments of `marginalia sync`.
#[derive(Debug, Args)]
pub struct SyncArgs {
    /// The project file (.ron), inside a git work tree.
    #[arg(value_name = "PROJECT")]
    pub project: PathBuf,
    /// The commit message (default: the analyst's name and the annotation counts).
    #[arg(long, short)]
    pub message: Option<String>,
    /// The analyst named in the message (default: git's user.name).
    #[arg(long)]
    pub analyst: Option<String>,
}

/// Runs `marginalia sync`.
pub fn run(args: &SyncArgs) -> anyhow::Result<ExitCode> {
    let options = SyncOptions {
        message: args.message.clone(),
        analyst: args.analyst.clone(),
        driver: driver_command(&super::git_setup::this_program()),
    };
    let result = sync(&args.project, &options, &Progress::new());
    let done = match &result {
        Ok(done) => done,
        Err(failure) => &failure.done,
    };
    for line in &done.setup {
        outln!("{}", printable_line(line));
    }
    match &done.committed {
        Some((hash, counts)) => outln!("committed {hash}: {counts}"),
        None if done.remote.is_some() || result.is_ok() => {
            outln!("nothing new to commit")
        }
        None => {}
    }
    if let Some(pulled) = &done.pulled {
        outln!(
            "pulled from {}: {pulled}",
            printable_line(done.remote.as_deref().unwrap_or("the remote"))
        );
    }
    if done.conflicts > 0 {
        outln!(
            "{} annotation{} in conflict, both versions kept: resolve them in the Review window",
            done.conflicts,
            super::plural(done.conflicts)
        );
    }
    if done.merge_notes > 0 {
        outln!(
            "{} merge note{} (a document, label or name changed differently on both sides): resolve them in the Review window",
            done.merge_notes,
            super::plural(done.merge_notes)
        );
    }
    match result {
        Ok(_) => {
            outln!(
                "pushed to {}",
                printable_line(done.remote.as_deref().unwrap_or("the remote"))
            );
            Ok(ExitCode::SUCCESS)
        }
        Err(ref failure) => {
            let kept = if done.committed.is_some() {
                " (your work is committed locally)"
            } else {
                ""
            };
            anyhow::bail!("sync stopped: {}{kept}", failure.error)
        }
    }
}
