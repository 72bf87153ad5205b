//! The merge driver's work on files: read the three versions git hands over, merge
//! them by identity, write the result over "ours" atomically.

use std::path::Path;

use super::{Merged, TeamError, merge3};
use crate::model::{Project, TagSchema};
use crate::store::{ProjectLock, check_project, load_project, project_to_ron, write_atomic_with};

/// Merges the project files `base` (the common ancestor; an empty file when there is
/// none), `ours` and `theirs`, and writes the merge into `ours` (atomically, under
/// the project lock). `name` is the project's path in the repository, for messages.
///
/// A version that does not load is refused before anything is written, and so is
/// a merge that would not load: `ours` is then left as it was.
pub fn merge_files(
    base: &Path,
    ours: &Path,
    theirs: &Path,
    name: &str,
) -> Result<Merged, TeamError> {
    let read = |side: &'static str, path: &Path| {
        load_project(path).map_err(|e| TeamError::Unreadable {
            side,
            path: name.to_string(),
            reason: one_reason(&e.to_string(), path),
        })
    };
    let read_base = || match std::fs::metadata(base) {
        Ok(m) if m.len() == 0 => Ok(Project {
            schema: TagSchema {
                labels: Vec::new(),
                sources: Vec::new(),
            },
            ..Project::new("")
        }),
        _ => read("common", base),
    };
    // The three files are read at once (a third of the driver's time each on a
    // 10,000-article project).
    let (base, mine, other) = std::thread::scope(|s| {
        let base = s.spawn(read_base);
        let other = s.spawn(|| read("their", theirs));
        let mine = read("our", ours);
        let join = |h: std::thread::ScopedJoinHandle<'_, Result<Project, TeamError>>| {
            h.join().unwrap_or_else(|_| {
                Err(TeamError::Io(
                    "reading a version failed unexpectedly".into(),
                ))
            })
        };
        (join(base), mine, join(other))
    });
    let (base, mine, other) = (base?, mine?, other?);
    let merged = merge3(&base, &mine, &other);
    if let Some(problem) = check_project(&merged.project).first() {
        return Err(TeamError::Unmergeable {
            path: name.to_string(),
            problem: problem.to_string(),
        });
    }
    let text = project_to_ron(&merged.project)?;
    let _lock = ProjectLock::acquire(ours)?;
    write_atomic_with(ours, text.as_bytes(), false)?;
    Ok(merged)
}

/// A store error's line without the temporary file's name git chose.
fn one_reason(line: &str, path: &Path) -> String {
    let shown = path.display().to_string();
    line.strip_prefix(&shown)
        .map(|r| r.trim_start_matches(':').trim_start())
        .unwrap_or(line)
        .to_string()
}
