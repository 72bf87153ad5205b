//! Every change to a project is an [`Edit`] applied by an [`Editor`], which keeps the
//! undo history and the unsaved-changes mark.

mod apply;
mod changes;
mod command;
#[cfg(test)]
mod corpus_tests;
mod history;
mod index;
mod link_log;
#[cfg(test)]
mod link_tests;
mod links;
mod merge_notes; // conflicts (issue 14)
#[cfg(test)]
mod sync_undo_tests;
#[cfg(test)]
mod tests;

pub use apply::{apply, quote_of};
#[cfg(test)]
pub(crate) use changes::session;
pub use changes::{
    Change, ChangeLog, ChangedPositions, ChangedSince, TouchedAnnotations, touched_annotation_ids,
};
pub use command::{AnnotationChange, Edit, EditError, EditStamp};
pub use history::{Editor, MAX_UNDO_STEPS, MAX_UNDO_SYNCS};
pub use index::AnnotationIndex;
pub use link_log::{LinkDelta, LinkLog};
pub use links::{
    add_alias, add_source, merge_sources, remove_alias, rename_source, set_source_kind,
};
