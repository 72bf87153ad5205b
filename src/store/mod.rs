//! Files: reading and writing RON projects (versioned, atomic, with a backup), and
//! opening whatever file the analyst hands over (articles are read by
//! [`crate::read`]).

mod atomic;
mod autosave;
mod autosave_pause;
mod disk_merge;
mod disk_state;
mod error;
mod fast_ron;
mod folder;
mod lock;
mod open;
mod project_file;
mod recovery;
mod ron_writer;
mod save;
pub mod saved_projects;
mod spilled;
mod validate;

/// The article readers, re-exported for callers that reach them through `store`;
/// they live in [`crate::read`].
pub use crate::read::{
    DecodedText, MAX_ARTICLE_BYTES, decode_text, document_from_text, guess_title, read_limited,
    read_text_file,
};
pub use atomic::{
    backup_path, write_atomic, write_atomic_with, write_atomic_with_progress, write_target,
};
pub use autosave::{
    AutosaveOutcome, AutosaveTimer, Autosaver, DEFAULT_AUTOSAVE_INTERVAL, FIRST_AUTOSAVE_DELAY,
    RescueSlot, install_panic_hook,
};
pub use autosave_pause::{AUTOSAVE_PAUSE, AutosavePause, BIG_PROJECT};
pub use disk_merge::{DiskMerge, merge_with_disk};
pub use disk_state::{DiskState, save_project_checked, save_project_checked_with_progress};
pub use error::StoreError;
pub use folder::write_folder_atomic;
pub use lock::{LOCK_WAIT, ProjectLock, lock_path};
pub(crate) use open::looks_like_html;
pub use open::{Opened, open_path};
pub use project_file::{
    MAX_PROJECT_BYTES, load_project, load_project_unchecked, load_project_with_progress,
    load_project_with_state, parse_project, parse_project_bytes, parse_project_unchecked,
    project_to_ron, project_to_ron_with_progress, save_project, save_project_with_progress,
};
pub use recovery::{RecoveryEntry, RecoveryStore};
pub(crate) use ron_writer::{annotation_line, document_line};
pub(crate) use spilled::{LineSink, WrittenLines, write_spilled_project};
pub use validate::{Problem, check_project, metadata_notes};
