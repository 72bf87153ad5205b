//! Counts over a project for analysts (issue 13): who claims what. Plain library
//! code: the CLI prints it, the window charts it (`chart`: the figures behind
//! the bars and the timeline).

pub mod chart;
pub mod sources;

pub use chart::{MonthSeries, SourceBars};
pub use sources::{Grouping, SourceReport, SourceRow, source_report};
