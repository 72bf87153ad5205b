//! `marginalia merge-driver BASE OURS THEIRS [PATH]`: the git merge driver for
//! project files (git runs it as `marginalia merge-driver %O %A %B %P`).
//!
//! Exit codes, as git expects of a merge driver: 0 when the versions merged
//! cleanly (the merge is in OURS); 1 when they merged with conflicts kept in the
//! file (OURS holds a loadable project with both versions of each conflicting
//! annotation marked; git marks the path unmerged until it is added, and
//! `marginalia sync` adds it); 2 when a version cannot be read or the merge would
//! not load (OURS is left as it was, git shows the path as conflicted).
//!
//! A `.ron` file that is not a project (settings, rules) is merged as text by
//! `git merge-file`, with git's usual exit codes (0 clean, 1 conflicts marked).

use std::path::PathBuf;
use std::process::ExitCode;

use clap::Args;
use marginalia::model::printable_line;
use marginalia::team::{Conflict, is_project_file, merge_files, merge_text_files};

/// How many conflicts are listed before "and N more".
const LISTED: usize = 20;

/// Arguments of `marginalia merge-driver`.
#[derive(Debug, Args)]
pub struct MergeDriverArgs {
    /// The common ancestor's version (git's %O; may be empty).
    #[arg(value_name = "BASE")]
    pub base: PathBuf,
    /// Our version, where the merge is written (git's %A).
    #[arg(value_name = "OURS")]
    pub ours: PathBuf,
    /// Their version (git's %B).
    #[arg(value_name = "THEIRS")]
    pub theirs: PathBuf,
    /// The project's path in the repository (git's %P), for messages.
    #[arg(value_name = "PATH")]
    pub path: Option<String>,
}

/// Runs `marginalia merge-driver`.
pub fn run(args: &MergeDriverArgs) -> anyhow::Result<ExitCode> {
    let name = args
        .path
        .clone()
        .unwrap_or_else(|| args.ours.display().to_string());
    if !is_project_file(&args.ours) {
        // Settings, rules or any other .ron file: merged as git merges text.
        let clean = merge_text_files(&args.base, &args.ours, &args.theirs, &name)?;
        eprintln!(
            "marginalia: {} is not a project: merged as text by git merge-file{}",
            printable_line(&name),
            if clean { "" } else { " (conflicts marked)" }
        );
        return Ok(ExitCode::from(if clean { 0 } else { 1 }));
    }
    let merged = merge_files(&args.base, &args.ours, &args.theirs, &name)?;
    let p = &merged.project;
    // conflicts (issue 14): the notes to resolve (documents, labels, the name).
    let notes = match p.merge_notes.len() {
        0 => String::new(),
        n => format!(", {n} merge note{} to resolve", super::plural(n)),
    };
    eprintln!(
        "marginalia: merged {}: {} document{}, {} annotation{}{}{notes}",
        printable_line(&name),
        p.documents.len(),
        super::plural(p.documents.len()),
        p.annotations.len(),
        super::plural(p.annotations.len()),
        if merged.reanchored > 0 {
            format!(", {} re-attached to changed text", merged.reanchored)
        } else {
            String::new()
        }
    );
    if merged.is_clean() {
        return Ok(ExitCode::SUCCESS);
    }
    list_conflicts(&merged.conflicts);
    Ok(ExitCode::from(1))
}

/// Prints the conflicts, one line each (at most [`LISTED`]).
pub fn list_conflicts(conflicts: &[Conflict]) {
    eprintln!(
        "marginalia: {} conflict{} kept for review (open the project's Review window):",
        conflicts.len(),
        super::plural(conflicts.len())
    );
    for c in conflicts.iter().take(LISTED) {
        eprintln!("  {}", printable_line(&c.to_string()));
    }
    if conflicts.len() > LISTED {
        eprintln!("  and {} more", conflicts.len() - LISTED);
    }
}
