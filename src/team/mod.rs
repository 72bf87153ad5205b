//! Working as a team through git: the three-way merge of project files by
//! identity ([`merge3`], what `marginalia merge-driver` runs), the conflicts it
//! leaves for review ([`annotation_conflicts`], [`resolve_conflict`]), and the git
//! steps around it ([`git_setup`], [`sync`], [`history`]) through the `git` command
//! line.

mod annotations;
mod compare;
mod counts;
mod documents;
mod driver;
mod error;
mod extra;
mod fields;
mod git;
mod history;
mod links;
mod memo; // codebook (issue 19): the project memo
mod merge3;
mod notes; // conflicts (issue 14)
mod order;
mod report;
mod resolve;
mod schema;
mod setup;
mod sync;
mod text_merge;

// --- team (session 5): "Compare with…" a commit or branch ---
pub use compare::{as_other_side, project_at, version_label};
pub use counts::AnnotationCounts;
pub use driver::merge_files;
pub use error::TeamError;
pub use git::Git;
pub use history::{HistoryEntry, history};
pub use memo::MEMO_CONFLICT_LINE; // codebook (issue 19)
pub use merge3::merge3;
pub use notes::{NotedField, noted_fields}; // conflicts (issue 14)
pub use report::{Conflict, ConflictItem, Merged};
pub use resolve::{
    AnnotationConflict, Resolution, annotation_conflicts, discard_conflicted, keep_both,
    resolve_conflict,
};
pub use setup::{ATTRIBUTES_LINE, DRIVER_NAME, SetupReport, driver_command, git_setup};
pub use sync::{SyncFailure, SyncOptions, SyncReport, sync};
// --- team (session 5): .ron files that are not projects, merged as text ---
pub use text_merge::{is_project_file, merge_text_files};

#[cfg(test)]
mod note_tests; // conflicts (issue 14): merge notes
#[cfg(test)]
mod tests;
