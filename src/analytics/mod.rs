//! Counts over a project for analysts (issue 13): who claims what. Plain library
//! code: the CLI prints it, the window will chart it.

pub mod sources;

pub use sources::{Grouping, SourceReport, SourceRow, source_report};
