//! What a background task hands back to the window, and the open that runs on it.

use std::path::PathBuf;

use crate::export::{ImportError, ImportReport};
use crate::model::{Document, Project};
use crate::store::{DiskState, StoreError};
use crate::task::Progress;
use crate::ui::review::ColleagueAdded;

/// What a file opened in the background turned out to be.
#[derive(Debug)]
pub enum OpenedFile {
    /// A project, with the state of the bytes read (for the no-clobber check).
    Project(Box<Project>, DiskState),
    /// An article to add to the project.
    Article {
        /// The article, its id provisional.
        document: Document,
        /// What was assumed while reading it.
        notes: Vec<String>,
    },
}

/// What a finished background task hands back to the window.
#[derive(Debug)]
pub enum TaskOutcome {
    /// A file was opened (or failed to).
    Open {
        /// The file.
        path: PathBuf,
        /// The editor generation the analyst agreed to replace (after the
        /// unsaved-changes prompt), if asked.
        approved: Option<u64>,
        /// Opened at start (a failure is also printed on stderr).
        at_start: bool,
        /// The file's contents.
        result: Result<OpenedFile, StoreError>,
    },
    /// The project was saved (or not).
    Save {
        /// Where.
        path: PathBuf,
        /// The editor generation of the snapshot saved.
        generation: u64,
        /// Annotations saved.
        annotations: usize,
        /// The state of the file written.
        result: Result<DiskState, StoreError>,
    },
    /// Files were imported into a copy of the project.
    Import {
        /// The inputs.
        paths: Vec<PathBuf>,
        /// The project with the imports, and what was imported.
        result: Result<(Box<Project>, ImportReport), ImportError>,
    },
    /// An export was written: the confirmation, or why not (one line each).
    Export {
        /// The confirmation or the reason.
        result: Result<String, String>,
        /// True when it was cancelled.
        cancelled: bool,
    },
    /// A colleague's project was added to a copy of the review session.
    Colleague {
        /// The colleague's file.
        path: PathBuf,
        /// The session with the colleague added, the warnings and first figures.
        result: Result<Box<ColleagueAdded>, StoreError>,
    },
    /// Team ▸ Sync ended (team, issue 14).
    Sync {
        /// The project file synced.
        path: PathBuf,
        /// What was done (or why it stopped), and the merged project read back.
        outcome: Box<crate::ui::team::SyncOutcome>,
    },
    /// Team ▸ History was read.
    History(Result<Vec<crate::team::HistoryEntry>, crate::team::TeamError>),
    /// The project's version at a commit or branch was read ("Compare with…").
    Compare {
        /// The commit or branch asked for.
        rev: String,
        /// That version, its annotators renamed as another side.
        result: Result<Box<Project>, crate::team::TeamError>,
    },
    /// The work panicked (a bug); nothing was changed.
    Crashed(String),
}

/// Opens `path` as the window does: a `.ron` project with progress and the state of
/// its bytes; anything else through [`crate::store::open_path`].
pub fn open_with_progress(
    path: &std::path::Path,
    progress: &Progress,
) -> Result<OpenedFile, StoreError> {
    let is_ron = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"));
    if is_ron {
        let (project, state) = crate::store::load_project_with_progress(path, progress)?;
        return Ok(OpenedFile::Project(Box::new(project), state));
    }
    progress.start_phase("Reading", 0);
    match crate::store::open_path(path)? {
        crate::store::Opened::Project(project) => {
            let state = DiskState::of_file(path)?.unwrap_or_else(|| DiskState::of_bytes(b"", None));
            Ok(OpenedFile::Project(Box::new(project), state))
        }
        crate::store::Opened::Article { document, notes } => {
            progress.check()?;
            Ok(OpenedFile::Article { document, notes })
        }
    }
}
