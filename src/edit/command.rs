//! The edits a project can undergo. Each one, applied, returns its inverse, so undo
//! and redo are the same operation.

use crate::model::{Annotation, Document, DocumentMeta, Label, Link, Project, SourceRegistry};

/// A change to an existing annotation; `None` fields stay as they are.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct AnnotationChange {
    /// New label id.
    pub label: Option<String>,
    /// New source (`Some(None)` clears it).
    pub source: Option<Option<String>>,
    /// New note.
    pub note: Option<String>,
    /// New bounds, char offsets; the quote follows.
    pub span: Option<(usize, usize)>,
    /// Who makes the change and when: recorded on the annotation by
    /// [`Annotation::stamp_edit`] (`edited_by` when it is not the author's). `None`
    /// changes nothing but the fields above.
    pub stamp: Option<EditStamp>,
}

/// Who changes an annotation, and when.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EditStamp {
    /// The analyst making the change.
    pub by: String,
    /// When, RFC 3339 (UTC).
    pub at: String,
}

impl EditStamp {
    /// `by`, now.
    pub fn now(by: impl Into<String>) -> Self {
        EditStamp {
            by: by.into(),
            at: crate::model::now_rfc3339(),
        }
    }
}

/// One undoable change to a project.
#[derive(Debug, Clone, PartialEq)]
pub enum Edit {
    /// Adds an annotation (its quote must match the text).
    AddAnnotation(Annotation),
    /// Removes the annotation with this id. The last annotation of the list takes
    /// its place (so nothing else moves); the inverse, [`Edit::RestoreAnnotation`],
    /// puts both back where they were.
    RemoveAnnotation(String),
    /// Puts a removed annotation back at position `at` of the list, moving the
    /// annotation found there to the end: the inverse of
    /// [`Edit::RemoveAnnotation`], so that undo restores the exact order. Checked
    /// like [`Edit::AddAnnotation`]; `at` past the end appends.
    RestoreAnnotation {
        /// The annotation.
        annotation: Annotation,
        /// Its position in `project.annotations`.
        at: usize,
    },
    /// Changes label, source, note or bounds of an annotation.
    UpdateAnnotation {
        /// The annotation.
        id: String,
        /// What changes.
        change: AnnotationChange,
    },
    /// Replaces an annotation wholesale (used by review for comments and curation).
    ReplaceAnnotation(Annotation),
    /// Adds a document, at `index` in the list or at the end.
    AddDocument {
        /// The document.
        document: Document,
        /// Where in the list; `None` appends.
        index: Option<usize>,
    },
    /// Removes a document and all its annotations.
    RemoveDocument(String),
    /// Renames the project.
    RenameProject(String),
    /// Adds a label to the schema, at `index` in the list or at the end.
    AddLabel {
        /// The label (its id must be new).
        label: Label,
        /// Where in the list; `None` appends.
        index: Option<usize>,
    },
    /// Removes a label from the schema; refused while an annotation uses it.
    RemoveLabel(String),
    /// Replaces the sources the schema offers for attributions.
    SetSources(Vec<String>),
    // --- corpus (format 4): document metadata and "done" marks ---
    /// Replaces a document's metadata (outlet, date, URL, byline, language).
    SetDocumentMeta {
        /// The document.
        doc: String,
        /// Its new metadata.
        meta: Box<DocumentMeta>,
    },
    /// Marks a document done (or not done) by one analyst.
    SetDocumentDone {
        /// The document.
        doc: String,
        /// The analyst.
        analyst: String,
        /// Done or not.
        done: bool,
    },
    // --- end corpus ---
    // --- sources (issue 13) ---
    /// Adds a link between two existing annotations, at `at` in the list or at the
    /// end.
    AddLink {
        /// The link.
        link: Link,
        /// Where in `project.links`; `None` appends.
        at: Option<usize>,
    },
    /// Removes a link.
    RemoveLink(Link),
    /// Replaces the project's source registry (see [`super::links`] for the
    /// edits that also rename annotations' sources).
    SetRegistry(SourceRegistry),
    // --- end sources ---
    /// Sets a document's memo (issue 19); the inverse sets the old one back.
    SetDocumentMemo {
        /// The document.
        doc: String,
        /// The new memo (empty: none).
        memo: String,
    },
    // --- codebook (issue 19, format 5) ---
    /// Sets a label's guideline (description and example); the inverse sets the
    /// old ones back.
    SetLabelGuide {
        /// The label's id.
        label: String,
        /// When to use it (empty: none).
        description: String,
        /// An example span (empty: none).
        example: String,
    },
    /// Sets the project's memo; the inverse sets the old one back.
    SetProjectMemo(String),
    // --- end codebook ---
    /// Several edits as one undo step.
    Batch(Vec<Edit>),
    // --- suggestions (format 4) ---
    /// Replaces the spans refused as suggestions (reject / un-reject is undoable).
    SetRejected(Vec<crate::model::RejectedSpan>),
    // --- conflicts (issue 14): merge notes ---
    /// Resolves merge note number `at` of `project.merge_notes`: with `take_other`
    /// the note's other version replaces the item's (document fields, label, name),
    /// else the version in place stays; either way the note goes. The inverse is
    /// [`Edit::ReopenMergeNote`].
    ResolveMergeNote {
        /// The note's position in `project.merge_notes`.
        at: usize,
        /// Put the other version in place (else keep this one).
        take_other: bool,
    },
    /// Puts a resolved merge note back at `at`, and `replaced` (the version its
    /// resolution took out, if it took one) back in place: the inverse of
    /// [`Edit::ResolveMergeNote`].
    ReopenMergeNote {
        /// The note.
        note: Box<crate::model::MergeNote>,
        /// Its position in `project.merge_notes`.
        at: usize,
        /// The version to put back in place.
        replaced: Option<Box<crate::model::NoteVersion>>,
    },
    /// Puts a merged version of the whole project in place (a sync that pulled
    /// colleagues' work); the inverse puts the old one back, so every undo step
    /// made before it stays valid. Holds one whole project in the undo history.
    TakeMerged(Box<Project>),
    // --- end conflicts ---
}

/// Why an edit was refused; the project is unchanged.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum EditError {
    /// No annotation has this id.
    #[error("no annotation with id '{0}'")]
    NoSuchAnnotation(String),
    /// No document has this id.
    #[error("no document with id '{0}'")]
    NoSuchDocument(String),
    /// The id is already used.
    #[error("id '{0}' is already used")]
    DuplicateId(String),
    /// The label is not in the schema.
    #[error("label '{0}' is not in the project's schema")]
    UnknownLabel(String),
    /// The span is empty, reversed or past the end of the text.
    #[error("span {start}..{end} is not inside the text ({len} chars) or is empty")]
    BadSpan {
        /// Start.
        start: usize,
        /// End.
        end: usize,
        /// Text length in chars.
        len: usize,
    },
    /// The label is used by an annotation, so it cannot be removed.
    #[error("label '{0}' is used by annotations")]
    LabelInUse(String),
    /// The quote differs from the text at the span.
    #[error("the quote does not match the text at {0}..{1}")]
    QuoteMismatch(usize, usize),
    /// A link that cannot be added or removed (self link, twice, not there).
    #[error("{0}")]
    BadLink(String),
    /// A registry change that cannot be made (unknown source, name taken).
    #[error("{0}")]
    BadSource(String),
    /// No merge note at this position (conflicts, issue 14).
    #[error("no merge note number {0}: already resolved")]
    NoSuchMergeNote(usize),
}

impl Edit {
    /// The same edit with every annotation change in it signed by `stamp` (those
    /// already signed keep their stamp). An empty name signs nothing.
    pub fn signed(self, stamp: &EditStamp) -> Edit {
        if stamp.by.trim().is_empty() {
            return self;
        }
        match self {
            Edit::UpdateAnnotation { id, mut change } => {
                change.stamp.get_or_insert_with(|| stamp.clone());
                Edit::UpdateAnnotation { id, change }
            }
            Edit::Batch(edits) => Edit::Batch(edits.into_iter().map(|e| e.signed(stamp)).collect()),
            other => other,
        }
    }

    /// A short description for the Undo menu ("Undo add claim").
    pub fn describe(&self) -> String {
        match self {
            Edit::AddAnnotation(a) => format!("add {}", a.label),
            Edit::RemoveAnnotation(_) => "delete annotation".into(),
            Edit::RestoreAnnotation { annotation, .. } => format!("restore {}", annotation.label),
            Edit::UpdateAnnotation { change, .. } => {
                if change.span.is_some() {
                    "move boundary".into()
                } else if change.label.is_some() {
                    "change label".into()
                } else if change.source.is_some() {
                    "change source".into()
                } else {
                    "edit note".into()
                }
            }
            Edit::ReplaceAnnotation(_) => "edit annotation".into(),
            Edit::AddDocument { document, .. } => format!("add document '{}'", document.title),
            Edit::RemoveDocument(_) => "remove document".into(),
            Edit::RenameProject(_) => "rename project".into(),
            Edit::AddLabel { label, .. } => format!("add label '{}'", label.name),
            Edit::RemoveLabel(id) => format!("remove label '{id}'"),
            Edit::SetSources(_) => "change sources".into(),
            Edit::SetDocumentMeta { .. } => "edit document metadata".into(),
            Edit::SetDocumentDone { done: true, .. } => "mark document done".into(),
            Edit::SetDocumentDone { done: false, .. } => "mark document not done".into(),
            Edit::AddLink { .. } => "link".into(),
            Edit::RemoveLink(_) => "unlink".into(),
            Edit::SetRegistry(_) => "change source registry".into(),
            Edit::SetDocumentMemo { .. } => "edit document memo".into(),
            Edit::SetLabelGuide { label, .. } => format!("edit guideline of '{label}'"), // codebook
            Edit::SetProjectMemo(_) => "edit project memo".into(),                       // codebook
            Edit::SetRejected(_) => "reject suggestion".into(),
            Edit::ResolveMergeNote { .. } => "resolve merge note".into(),
            Edit::ReopenMergeNote { .. } => "reopen merge note".into(),
            Edit::TakeMerged(_) => "sync with the team".into(),
            Edit::Batch(edits) if edits.len() == 1 => edits[0].describe(),
            Edit::Batch(edits) => crate::model::text::plural(edits.len(), "change"),
        }
    }

    /// The documents whose annotations this edit touches (for cache invalidation).
    pub fn documents(&self, project: &Project) -> Vec<String> {
        let of = |id: &str| project.annotation(id).map(|a| a.doc.clone());
        match self {
            Edit::AddAnnotation(a)
            | Edit::ReplaceAnnotation(a)
            | Edit::RestoreAnnotation { annotation: a, .. } => vec![a.doc.clone()],
            Edit::RemoveAnnotation(id) | Edit::UpdateAnnotation { id, .. } => {
                of(id).into_iter().collect()
            }
            Edit::AddDocument { document, .. } => vec![document.id.clone()],
            Edit::RemoveDocument(id) => vec![id.clone()],
            Edit::RenameProject(_) | Edit::SetSources(_) | Edit::SetRegistry(_) => vec![],
            // codebook: a guideline or a memo changes no drawing.
            Edit::SetLabelGuide { .. } | Edit::SetProjectMemo(_) => vec![],
            // Suggestions are recomputed from the project, not drawn from a cache.
            Edit::SetRejected(_) => vec![],
            // conflicts (issue 14): a document's fields, a label's look, or nothing.
            Edit::ResolveMergeNote { at, .. } => project
                .merge_notes
                .get(*at)
                .map(|n| note_documents(project, n))
                .unwrap_or_default(),
            Edit::ReopenMergeNote { note, .. } => note_documents(project, note),
            Edit::TakeMerged(new) => {
                let mut ids: Vec<String> = (project.documents.iter())
                    .chain(&new.documents)
                    .map(|d| d.id.clone())
                    .collect();
                ids.sort_unstable();
                ids.dedup();
                ids
            }
            Edit::SetDocumentMeta { doc, .. }
            | Edit::SetDocumentDone { doc, .. }
            | Edit::SetDocumentMemo { doc, .. } => vec![doc.clone()],
            Edit::AddLink { link, .. } | Edit::RemoveLink(link) => {
                let mut docs: Vec<String> = of(&link.from).into_iter().collect();
                docs.extend(of(&link.to).filter(|d| !docs.contains(d)));
                docs
            }
            // A label's colour or name shows in every document that uses it.
            Edit::AddLabel { .. } | Edit::RemoveLabel(_) => {
                project.documents.iter().map(|d| d.id.clone()).collect()
            }
            Edit::Batch(edits) => edits.iter().flat_map(|e| e.documents(project)).collect(),
        }
    }
}

/// The documents whose look a merge note's resolution changes (conflicts, issue
/// 14): its document, every document for a label, none for the name.
fn note_documents(project: &Project, note: &crate::model::MergeNote) -> Vec<String> {
    match note.other {
        crate::model::NoteVersion::Document(_) => vec![note.item.clone()],
        crate::model::NoteVersion::Label(_) => {
            project.documents.iter().map(|d| d.id.clone()).collect()
        }
        crate::model::NoteVersion::Name(_) => vec![],
    }
}
