//! The `marginalia` binary: with no subcommand it opens the window; subcommands run
//! headless over the same library.

mod cli;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

/// Marginalia: tag claims, speculation and attributions in news articles.
#[derive(Debug, Parser)]
#[command(name = "marginalia", version, about)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// A project (.ron) or an article (.txt, .md, .html) to open in the window.
    file: Option<PathBuf>,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Print a project's documents and annotation counts.
    Info(cli::info::InfoArgs),
    /// Export labeled spans (jsonl, csv, brat, w3c, conll).
    Export(cli::export::ExportArgs),
    /// Create or extend a project from articles, JSONL or brat.
    Import(cli::import::ImportArgs),
    /// Agreement figures between the annotators of projects.
    Agree(cli::agree::AgreeArgs),
    /// Combine projects, keeping every annotation with its author.
    Merge(cli::merge::MergeArgs),
    /// Check a project and list its problems.
    Validate(cli::validate::ValidateArgs),
    /// Find text across a project's documents (plain, whole word or regex).
    Search(cli::search::SearchArgs),
    /// Re-attach a document's annotations to a new version of its text.
    Reanchor(cli::reanchor::ReanchorArgs),
    /// Merge driver for git: three-way merge of project files by identity.
    MergeDriver(cli::merge_driver::MergeDriverArgs),
    /// Set a git repository up to merge project files with the merge driver.
    GitSetup(cli::git_setup::GitSetupArgs),
    /// Commit the project, pull colleagues' work (merged by identity), push.
    Sync(cli::sync::SyncArgs),
    /// The commits that touched a project: who, when, annotations added/removed.
    History(cli::history::HistoryArgs),
    /// Per source: claims and speculation linked to it, unlinked attributions.
    Sources(cli::sources::SourcesArgs),
    /// Suggest spans (JSONL like `export --format jsonl`), or measure them (--eval).
    Suggest(cli::suggest::SuggestArgs),
    /// Write a generated project of a given size (benchmarks, scale tests).
    #[command(hide = true)]
    Generate(cli::generate::GenerateArgs),
}

/// Opens the window (built with the `gui` feature).
#[cfg(feature = "gui")]
fn open_window(file: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    marginalia::ui::run(file)
}

/// Without the `gui` feature there is no window: say so in one line (exit code 2).
#[cfg(not(feature = "gui"))]
fn open_window(_file: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    eprintln!(
        "marginalia: the window is not in this build (built without the `gui` feature); \
         run a subcommand, see `marginalia --help`"
    );
    Ok(ExitCode::from(2))
}

fn main() -> ExitCode {
    cli::panic_line::install();
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) if cli::usage::is_request_for_help(&e) => e.exit(),
        Err(e) => {
            // Arguments may carry control characters: escaped like every other error.
            let line = cli::usage::one_line(&e);
            eprintln!("marginalia: {}", marginalia::model::printable_line(&line));
            return ExitCode::from(2);
        }
    };
    let result = match &cli.command {
        None => open_window(cli.file.clone()),
        Some(Command::Info(a)) => cli::info::run(a),
        Some(Command::Sources(a)) => cli::sources::run(a),
        Some(Command::Export(a)) => cli::export::run(a),
        Some(Command::Import(a)) => cli::import::run(a),
        Some(Command::Agree(a)) => cli::agree::run(a),
        Some(Command::Merge(a)) => cli::merge::run(a),
        Some(Command::Validate(a)) => cli::validate::run(a),
        Some(Command::Reanchor(a)) => cli::reanchor::run(a),
        Some(Command::Search(a)) => cli::search::run(a),
        Some(Command::Suggest(a)) => cli::suggest::run(a),
        Some(Command::Generate(a)) => cli::generate::run(a),
        Some(Command::MergeDriver(a)) => cli::merge_driver::run(a),
        Some(Command::GitSetup(a)) => cli::git_setup::run(a),
        Some(Command::Sync(a)) => cli::sync::run(a),
        Some(Command::History(a)) => cli::history::run(a),
    };
    // A failure to write standard output (other than a reader that stopped
    // early, which is no error) is said once, here.
    let result = match cli::out::failure() {
        Some(e) => result.and(Err(anyhow::anyhow!(e))),
        None => result,
    };
    match result {
        Ok(code) => code,
        Err(e) => {
            // Escaped and cut: an error may quote ids or names from a hostile file.
            eprintln!(
                "marginalia: {}",
                marginalia::model::printable_line(&e.to_string())
            );
            ExitCode::from(2)
        }
    }
}
