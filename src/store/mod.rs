//! Files: reading and writing RON projects (versioned, atomic, with a backup), and
//! reading article files of any common encoding.

mod article;
mod atomic;
mod autosave;
mod disk_merge;
mod disk_state;
mod error;
mod fast_ron;
mod open;
mod project_file;
mod recovery;
mod ron_writer;
pub mod saved_projects;
mod validate;

pub use article::{
    DecodedText, MAX_ARTICLE_BYTES, decode_text, document_from_text, guess_title, read_limited,
    read_text_file,
};
pub use atomic::{backup_path, write_atomic, write_atomic_with, write_atomic_with_progress};
pub use autosave::{
    AutosaveOutcome, AutosaveTimer, Autosaver, DEFAULT_AUTOSAVE_INTERVAL, RescueSlot,
    install_panic_hook,
};
pub use disk_merge::{DiskMerge, merge_with_disk};
pub use disk_state::{DiskState, save_project_checked, save_project_checked_with_progress};
pub use error::StoreError;
pub use open::{Opened, open_path};
pub use project_file::{
    MAX_PROJECT_BYTES, load_project, load_project_unchecked, load_project_with_progress,
    load_project_with_state, parse_project, parse_project_bytes, parse_project_unchecked,
    project_to_ron, project_to_ron_with_progress, save_project, save_project_with_progress,
};
pub use recovery::{RecoveryEntry, RecoveryStore};
pub use validate::{Problem, check_project};
