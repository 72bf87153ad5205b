//! Plain data: documents, annotations, the tag schema, projects and text offsets.
//! Nothing here knows about files or windows.

mod annotation;
mod conflict;
pub mod date;
mod document;
pub mod generate;
pub mod generate_corpus;
mod link;
mod merge_note;
mod meta;
pub mod offsets;
mod printable;
mod project;
mod rejected;
mod schema;
pub mod source_index;
pub mod sources;
pub mod span_index;
pub mod text;
pub mod words;

pub use annotation::{Annotation, Comment, Verdict, new_id, now_rfc3339};
pub use conflict::MergeConflict;
pub use document::Document;
pub use link::{
    Link, LinkIndex, LinkKind, LinkProblem, MAX_CUE_GAP, link_problems, links_for_adjacent,
};
pub use merge_note::{MergeNote, NoteVersion, merge_note_sets, sort_notes};
pub use meta::{BadDate, DocumentMeta, META_FIELDS, MetaSummary, clean as clean_meta_value};
pub use offsets::{OffsetUnit, TextIndex};
pub use printable::{
    LINE_MAX_CHARS, Printable, QUOTE_MAX_CHARS, json_for_terminal, printable, printable_line,
    printable_lines, quoted,
};
pub use project::{FORMAT_VERSION, Project, ProjectSummary, document_id_base, slug};
pub use rejected::{RejectedSpan, union_rejected};
pub use schema::{DEFAULT_SOURCES, Label, TagSchema, parse_hex_color};
pub use source_index::SourceIndex;
pub use sources::{Source, SourceKind, SourceRegistry, SourcesError};
pub use span_index::SpanIndex;
