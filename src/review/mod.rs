//! Reviewing colleagues' tags: aligning annotators, agreement figures, curation.
//!
//! Everything here is a pure function of projects already loaded:
//! - [`Corpus`] aligns several projects: documents are matched by a SHA-256 hash of
//!   their text (a document whose text differs is named in a warning, never matched),
//!   annotators are the authors of the annotations. Orphaned annotations are kept
//!   apart and never compared; an annotation id with different content in two inputs
//!   is named in a warning.
//! - [`pair_agreement`] / [`agreement`] give exact and overlap span F1, Cohen's kappa
//!   and Krippendorff's alpha per label and overall for each pair of annotators;
//!   [`summaries`] gives each annotator against all the others (many annotators).
//! - [`compare_document`] lists the disagreements between two annotators.
//! - [`Curation`] turns decisions on disagreements into a new curated [`Project`].
//! - [`merge_projects`] combines projects keeping every annotation with its author.
//! - [`ReviewSession`] holds a review in progress for the window.
//! - [`view::ReviewView`] is the Review window's state machine (no egui).
//! - [`comment_edit`] adds an agree/dispute comment to an annotation, undoably.
//!
//! [`Project`]: crate::model::Project

/// The hash maps of the review: foldhash, seeded per process (labels and names
/// come from files: a fixed hash would let a crafted file make lookups collide),
/// several times faster than the standard SipHash on short keys.
type HashMap<K, V> = std::collections::HashMap<K, V, foldhash::fast::RandomState>;

mod comment;
mod confusion;
mod corpus;
mod curate;
mod disagree;
mod error;
mod link_agreement;
mod metrics;
mod pairs;
mod pooled;
pub mod scale_cases;
mod session;
mod sides;
mod source_agreement;
mod spans;
mod summary;
pub mod view;

pub use comment::{comment_edit, comments_for};
pub use corpus::{
    Corpus, CorpusDocument, IdConflict, UNKNOWN_AUTHOR, annotator_of, merge_projects,
    merge_projects_owned, orphans_line, text_hash,
};
pub use curate::{Curation, Decision, SpanChoice, provenance};
pub use disagree::{Comparison, Disagreement, DisagreementKind, agreed_groups, compare_document};
pub use error::ReviewError;
pub use link_agreement::{LinkAgreement, link_agreement};
pub use metrics::{
    Category, Confusion, Figures, PairAgreement, Tally, char_categories, cohen_kappa, f1,
    krippendorff_alpha, pair_agreement, pair_agreement_with_progress, tally_document,
};
pub use pairs::agreement;
pub use session::ReviewSession;
pub use source_agreement::SourceAgreement;
pub use spans::{Span, exact_matches, greedy_overlap_pairs, overlap_len, overlap_matches};
pub use summary::{AnnotatorSummary, summaries, summaries_with_progress};
