//! The review view: a colleague's project added to the one open, each annotator's
//! spans on the document, the disagreement list with decisions, the agreement panel,
//! and saving the curated project. State and logic live in the library
//! ([`crate::review::view::ReviewView`], no egui, and
//! [`crate::review::ReviewSession`]); this module only draws them (its own `impl
//! ReviewView` blocks hold the drawing) and carries out what the view asks.

mod comments;
pub(crate) mod conflicts;
mod document;
mod figures;
mod lanes;
mod list;
mod panel;
mod runner;
mod window;

pub use crate::review::view::{Cache, ColleagueAdded, ReviewAction, ReviewView};
pub(crate) use comments::{announce_comments, comment_on, comments_height, comments_section};
pub(crate) use runner::{finish_add_colleague, follow_review, open_review, start_add_colleague};
pub use window::ReviewWindow;
pub(crate) use window::show_review;
