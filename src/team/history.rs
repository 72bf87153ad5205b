//! The commits that touched a project: who, when, and how many annotations each
//! added and removed (counted from the diff's annotation lines, so no old version
//! is parsed).

use std::path::Path;

use serde::Serialize;

use super::counts::AnnotationCounts;
use super::{Git, TeamError};
use crate::task::Progress;

/// One commit that changed the project file.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct HistoryEntry {
    /// The full commit hash.
    pub hash: String,
    /// Who made it (git's author name).
    pub author: String,
    /// When, ISO 8601 with the author's offset.
    pub date: String,
    /// The message's first line.
    pub subject: String,
    /// True for a merge commit (its counts are zero: the work it brings in is
    /// counted in the colleague's own commits, listed too).
    pub merge: bool,
    /// Annotations added, removed and changed.
    pub annotations: AnnotationCounts,
}

/// Field separator in the log format (never in names or subjects).
const SEP: char = '\u{1f}';
/// Marks the start of each commit's header in the log output.
const START: &str = "\u{1e}commit";

/// The commits touching the project at `path`, newest first (`progress` gets one
/// phase; the history is read in one `git log`).
pub fn history(path: &Path, progress: &Progress) -> Result<Vec<HistoryEntry>, TeamError> {
    progress.start_phase("Reading history", 0);
    let git = Git::containing(path)?;
    let rel = git.relative(path)?;
    let format = format!("--format={START}%H{SEP}%an{SEP}%aI{SEP}%P{SEP}%s");
    let out = git.ok(
        "log",
        [
            "log",
            "--no-color",
            "--no-ext-diff",
            "-p",
            "-U0",
            format.as_str(),
            "--",
            rel.as_str(),
        ],
    )?;
    let mut entries = Vec::new();
    for chunk in out.split(START).filter(|c| !c.trim().is_empty()) {
        let (header, diff) = chunk.split_once('\n').unwrap_or((chunk, ""));
        let mut f = header.split(SEP);
        let mut next = || f.next().unwrap_or("").to_string();
        let (hash, author, date, parents, subject) = (next(), next(), next(), next(), next());
        entries.push(HistoryEntry {
            hash,
            author,
            date,
            subject,
            merge: parents.split_whitespace().count() > 1,
            annotations: AnnotationCounts::from_diff(diff),
        });
    }
    Ok(entries)
}
