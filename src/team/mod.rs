//! Working as a team through git: the three-way merge of project files by
//! identity ([`merge3`], what `marginalia merge-driver` runs), and the git steps
//! around it (setting the driver up, syncing, history) through the `git` command
//! line.

mod annotations;
mod documents;
mod fields;
mod merge3;
mod order;
mod report;
mod schema;

pub use merge3::merge3;
pub use report::{Conflict, ConflictItem, Merged};

#[cfg(test)]
mod tests;
