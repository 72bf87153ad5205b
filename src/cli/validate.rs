//! `marginalia validate PROJECT…`: list every problem of each project.
//!
//! Exit status: 0 all clean, 1 problems found, 2 a file could not be read as a
//! project at all. Projects the loader refuses are read without its checks so that
//! all their problems are listed, not only the first.

use std::path::{Path, PathBuf};
use std::process::ExitCode;

use super::out::outln;
use clap::Args;
use marginalia::model::text::plural;
use marginalia::model::{printable, printable_line};
use marginalia::store::{check_project, load_project_unchecked, metadata_notes};

/// Arguments of `marginalia validate`.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// The project files (.ron) to check.
    #[arg(required = true)]
    pub inputs: Vec<PathBuf>,
}

/// The verdict on one file: 0 clean, 1 problems, 2 unreadable.
fn validate_one(path: &Path) -> u8 {
    let shown = path.display().to_string();
    let shown = printable(&shown);
    let project = match load_project_unchecked(path) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("marginalia: {}", printable_line(&e.to_string()));
            return 2;
        }
    };
    let problems = check_project(&project);
    for p in &problems {
        outln!("{shown}: {}", printable_line(&p.to_string()));
    }
    for note in metadata_notes(&project) {
        outln!("{shown}: note: {}", printable_line(&note.to_string()));
    }
    let orphans = project.annotations.iter().filter(|a| a.orphaned).count();
    if orphans > 0 {
        outln!(
            "{}: note: {orphans} orphaned annotation{} (text no longer found; kept with old offsets)",
            shown,
            if orphans == 1 { "" } else { "s" }
        );
    }
    // --- conflicts (issue 14): what a merge left to resolve ---
    merge_leftovers(&shown.to_string(), &project);
    // --- end conflicts ---
    if problems.is_empty() {
        outln!(
            "{}: ok ({}, {})",
            shown,
            plural(project.documents.len(), "document"),
            plural(project.annotations.len(), "annotation")
        );
        0
    } else {
        outln!(
            "{}: {} problem{}",
            shown,
            problems.len(),
            if problems.len() == 1 { "" } else { "s" }
        );
        1
    }
}

/// Notes (not problems: the file is sound) on what a merge left to resolve: open
/// merge notes, one line each (at most [`NOTES_LISTED`]), and annotations marked as
/// merge conflicts (conflicts, issue 14).
fn merge_leftovers(shown: &str, project: &marginalia::model::Project) {
    let notes = &project.merge_notes;
    if !notes.is_empty() {
        outln!(
            "{shown}: note: {} open (resolve in the Review window):",
            plural(notes.len(), "merge note")
        );
        for n in notes.iter().take(NOTES_LISTED) {
            outln!("{shown}: note:   {}", printable_line(&n.to_string()));
        }
        if notes.len() > NOTES_LISTED {
            outln!("{shown}: note:   and {} more", notes.len() - NOTES_LISTED);
        }
    }
    let conflicts = marginalia::team::annotation_conflicts(project).len();
    if conflicts > 0 {
        outln!(
            "{shown}: note: {} kept in two versions (resolve in the Review window)",
            plural(conflicts, "annotation conflict")
        );
    }
}

/// How many merge notes `validate` lists before "and N more".
const NOTES_LISTED: usize = 20;

/// Runs `marginalia validate`.
pub fn run(args: &ValidateArgs) -> anyhow::Result<ExitCode> {
    let worst = args
        .inputs
        .iter()
        .map(|p| validate_one(p))
        .max()
        .unwrap_or(0);
    Ok(ExitCode::from(worst))
}
