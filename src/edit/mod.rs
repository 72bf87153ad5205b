//! Every change to a project is an [`Edit`] applied by an [`Editor`], which keeps the
//! undo history and the unsaved-changes mark.

mod command;
mod history;
mod index;
#[cfg(test)]
mod tests;

pub use command::{AnnotationChange, Edit, EditError, EditStamp, apply, quote_of};
pub use history::{Editor, MAX_UNDO_STEPS};
pub use index::AnnotationIndex;
