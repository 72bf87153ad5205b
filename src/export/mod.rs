//! Exports of labeled spans for other tools, and imports of prior work. One file per
//! format; imports live beside the writers of the same format.
//!
//! Every writer takes a [`Selection`] — the documents and annotations to export,
//! built from [`ExportOptions`] or from an explicit list of annotations (what the
//! window's list shows) — and an [`OffsetUnit`]. Offsets are converted through each
//! document's [`TextIndex`](crate::model::TextIndex), never by scanning the text per
//! annotation.

pub mod brat;
mod brat_names;
pub mod conll;
mod corpus;
pub mod csv;
mod error;
mod format;
pub mod import;
mod import_links;
mod job;
pub mod jsonl;
pub mod refi;
mod selection;
pub mod text_map;
pub mod w3c;

/// The HTML and Markdown readers, re-exported for callers that reach them through
/// `export`; they live in [`crate::read`].
pub use crate::read::{html, markdown};
pub use corpus::{is_article_path, is_brat_folder};
pub use error::{ExportError, ImportError};
pub use format::{
    ExportFormat, ExportSummary, export_to_bytes, export_to_path, export_to_path_with_progress,
    export_to_string,
};
pub use import::{
    ImportFormat, ImportOptions, ImportReport, StagedImport, can_stream_import, import_paths,
    import_paths_with_progress, stage_jsonl_import,
};
pub use job::{ExportJob, JobScope};
pub use selection::{DocumentSpans, ExportOptions, Selection};
