//! The edits a project can undergo. Each one, applied, returns its inverse, so undo
//! and redo are the same operation.

use super::index::AnnotationIndex;
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

/// Checks that `[start, end)` is a non-empty span inside document `doc` and returns the
/// text it covers.
pub fn quote_of(
    project: &Project,
    doc: &str,
    start: usize,
    end: usize,
) -> Result<String, EditError> {
    let d = project
        .document(doc)
        .ok_or_else(|| EditError::NoSuchDocument(doc.to_string()))?;
    let len = d.char_len();
    if start >= end || end > len {
        return Err(EditError::BadSpan { start, end, len });
    }
    Ok(d.slice(start, end).to_string())
}

/// Applies `edit` to `project` and returns the edit that undoes it. On error the
/// project is unchanged (a failing batch is rolled back). Annotations are found by
/// id with a scan; [`crate::edit::Editor`] keeps an index instead.
pub fn apply(project: &mut Project, edit: Edit) -> Result<Edit, EditError> {
    apply_indexed(project, None, edit)
}

/// [`apply`], finding annotations through `index` (when given) and keeping it up to
/// date: O(1) index entries change per annotation edit.
pub(crate) fn apply_indexed(
    project: &mut Project,
    mut index: Option<&mut AnnotationIndex>,
    edit: Edit,
) -> Result<Edit, EditError> {
    match edit {
        Edit::AddAnnotation(a) => {
            check_new(project, index.as_deref(), &a)?;
            let id = a.id.clone();
            project.annotations.push(a);
            if let Some(index) = index {
                index.set(&id, project.annotations.len() - 1);
            }
            Ok(Edit::RemoveAnnotation(id))
        }
        Edit::RestoreAnnotation { annotation, at } => {
            check_new(project, index.as_deref(), &annotation)?;
            let id = annotation.id.clone();
            project.annotations.push(annotation);
            let last = project.annotations.len() - 1;
            let at = at.min(last);
            project.annotations.swap(at, last);
            if let Some(index) = index {
                index.set(&id, at);
                if let Some(moved) = project.annotations.get(last).filter(|_| at != last) {
                    index.set(&moved.id, last);
                }
            }
            Ok(Edit::RemoveAnnotation(id))
        }
        Edit::RemoveAnnotation(id) => {
            let pos = position(project, index.as_deref(), &id)?;
            let a = project.annotations.swap_remove(pos);
            if let Some(index) = index {
                index.remove(&a.id);
                if let Some(moved) = project.annotations.get(pos) {
                    index.set(&moved.id, pos);
                }
            }
            // Its links go with it, in the same undo step (issue 13).
            let links = super::links::drop_links_of(project, &[a.id.as_str()]);
            let restore = Edit::RestoreAnnotation {
                annotation: a,
                at: pos,
            };
            if links.is_empty() {
                return Ok(restore);
            }
            let mut batch = vec![restore];
            batch.extend(links);
            Ok(Edit::Batch(batch))
        }
        Edit::ReplaceAnnotation(a) => {
            let pos = position(project, index.as_deref(), &a.id)?;
            check_annotation(project, &a)?;
            let old = std::mem::replace(&mut project.annotations[pos], a);
            Ok(Edit::ReplaceAnnotation(old))
        }
        Edit::UpdateAnnotation { id, change } => {
            let pos = position(project, index.as_deref(), &id)?;
            let mut new = project.annotations[pos].clone();
            if let Some(label) = &change.label {
                new.label = label.clone();
            }
            if let Some(source) = &change.source {
                new.source = source.clone().filter(|s| !s.trim().is_empty());
            }
            if let Some(note) = &change.note {
                new.note = note.clone();
            }
            if let Some((start, end)) = change.span {
                new.quote = quote_of(project, &new.doc, start, end)?;
                new.start = start;
                new.end = end;
                // Given a span in the current text, an orphan is attached again.
                new.orphaned = false;
            }
            if let Some(stamp) = &change.stamp {
                let old_label = project.annotations[pos].label.as_str();
                new.stamp_edit(&stamp.by, &stamp.at, Some(old_label));
            }
            check_annotation(project, &new)?;
            let old = std::mem::replace(&mut project.annotations[pos], new);
            // Undoing a signed change also takes back who changed it and when.
            let signed = change.stamp.is_some();
            if signed || (old.orphaned && change.span.is_some()) {
                return Ok(Edit::ReplaceAnnotation(old));
            }
            let inverse = AnnotationChange {
                label: change.label.map(|_| old.label.clone()),
                source: change.source.map(|_| old.source.clone()),
                note: change.note.map(|_| old.note.clone()),
                span: change.span.map(|_| (old.start, old.end)),
                stamp: None,
            };
            Ok(Edit::UpdateAnnotation {
                id,
                change: inverse,
            })
        }
        Edit::AddDocument {
            document,
            index: at,
        } => {
            if project.document(&document.id).is_some() {
                return Err(EditError::DuplicateId(document.id));
            }
            let id = document.id.clone();
            let at = at
                .unwrap_or(project.documents.len())
                .min(project.documents.len());
            project.documents.insert(at, document);
            Ok(Edit::RemoveDocument(id))
        }
        Edit::RemoveDocument(id) => {
            let pos = project
                .documents
                .iter()
                .position(|d| d.id == id)
                .ok_or_else(|| EditError::NoSuchDocument(id.clone()))?;
            let document = project.documents.remove(pos);
            let (gone, kept): (Vec<_>, Vec<_>) = std::mem::take(&mut project.annotations)
                .into_iter()
                .partition(|a| a.doc == id);
            project.annotations = kept;
            let gone_ids: Vec<&str> = gone.iter().map(|a| a.id.as_str()).collect();
            let links = super::links::drop_links_of(project, &gone_ids);
            if let Some(index) = index {
                // Every annotation after the first one gone has moved: this edit is
                // O(n) anyway.
                *index = AnnotationIndex::build(&project.annotations);
            }
            let mut restore = vec![Edit::AddDocument {
                document,
                index: Some(pos),
            }];
            restore.extend(gone.into_iter().map(Edit::AddAnnotation));
            restore.extend(links);
            Ok(Edit::Batch(restore))
        }
        Edit::RenameProject(name) => {
            let old = std::mem::replace(&mut project.name, name);
            Ok(Edit::RenameProject(old))
        }
        Edit::SetDocumentMemo { doc, memo } => {
            let Some(d) = project.documents.iter_mut().find(|d| d.id == doc) else {
                return Err(EditError::NoSuchDocument(doc));
            };
            let old = std::mem::replace(&mut d.memo, memo);
            Ok(Edit::SetDocumentMemo { doc, memo: old })
        }
        // --- codebook (issue 19) ---
        Edit::SetLabelGuide {
            label,
            description,
            example,
        } => {
            let Some(l) = project.schema.labels.iter_mut().find(|l| l.id == label) else {
                return Err(EditError::UnknownLabel(label));
            };
            let description = std::mem::replace(&mut l.description, description);
            let example = std::mem::replace(&mut l.example, example);
            Ok(Edit::SetLabelGuide {
                label,
                description,
                example,
            })
        }
        Edit::SetProjectMemo(memo) => {
            let old = std::mem::replace(&mut project.memo, memo);
            Ok(Edit::SetProjectMemo(old))
        }
        // --- end codebook ---
        Edit::AddLabel { label, index: at } => {
            let labels = &mut project.schema.labels;
            if labels.iter().any(|l| l.id == label.id) {
                return Err(EditError::DuplicateId(label.id));
            }
            let id = label.id.clone();
            let at = at.unwrap_or(labels.len()).min(labels.len());
            labels.insert(at, label);
            Ok(Edit::RemoveLabel(id))
        }
        Edit::RemoveLabel(id) => {
            let pos = (project.schema.labels.iter())
                .position(|l| l.id == id)
                .ok_or_else(|| EditError::UnknownLabel(id.clone()))?;
            if project.annotations.iter().any(|a| a.label == id) {
                return Err(EditError::LabelInUse(id));
            }
            let label = project.schema.labels.remove(pos);
            Ok(Edit::AddLabel {
                label,
                index: Some(pos),
            })
        }
        Edit::SetSources(sources) => {
            let old = std::mem::replace(&mut project.schema.sources, sources);
            Ok(Edit::SetSources(old))
        }
        Edit::SetDocumentMeta { doc, meta } => {
            let d = document_mut(project, &doc)?;
            let old = std::mem::replace(&mut d.meta, meta);
            Ok(Edit::SetDocumentMeta { doc, meta: old })
        }
        Edit::SetDocumentDone { doc, analyst, done } => {
            let d = document_mut(project, &doc)?;
            let was = d.set_done_by(&analyst, done);
            Ok(Edit::SetDocumentDone {
                doc,
                analyst,
                done: was,
            })
        }
        Edit::AddLink { link, at } => super::links::add_link(project, link, at),
        Edit::RemoveLink(link) => super::links::remove_link(project, link),
        Edit::SetRegistry(registry) => {
            let old = std::mem::replace(&mut project.registry, registry);
            Ok(Edit::SetRegistry(old))
        }
        Edit::SetRejected(rejected) => {
            let old = std::mem::replace(&mut project.rejected, rejected);
            Ok(Edit::SetRejected(old))
        }
        // --- conflicts (issue 14) ---
        Edit::ResolveMergeNote { at, take_other } => {
            super::merge_notes::resolve(project, at, take_other)
        }
        Edit::ReopenMergeNote { note, at, replaced } => {
            super::merge_notes::reopen(project, *note, at, replaced.map(|r| *r))
        }
        Edit::TakeMerged(new) => {
            let old = std::mem::replace(project, *new);
            if let Some(index) = index {
                *index = AnnotationIndex::build(&project.annotations);
            }
            Ok(Edit::TakeMerged(Box::new(old)))
        }
        // --- end conflicts ---
        Edit::Batch(edits) => {
            let mut inverses = Vec::with_capacity(edits.len());
            for e in edits {
                match apply_indexed(project, index.as_deref_mut(), e) {
                    Ok(inv) => inverses.push(inv),
                    Err(err) => {
                        for inv in inverses.into_iter().rev() {
                            let _ = apply_indexed(project, index.as_deref_mut(), inv);
                        }
                        return Err(err);
                    }
                }
            }
            inverses.reverse();
            Ok(Edit::Batch(inverses))
        }
    }
}

/// The document with id `doc`, to change.
fn document_mut<'p>(project: &'p mut Project, doc: &str) -> Result<&'p mut Document, EditError> {
    project
        .documents
        .iter_mut()
        .find(|d| d.id == doc)
        .ok_or_else(|| EditError::NoSuchDocument(doc.to_string()))
}

/// Position of annotation `id`: from `index` when given, else searched from the end
/// (the annotations edited most — just added, or restored by an undo — are the last
/// ones).
fn position(
    project: &Project,
    index: Option<&AnnotationIndex>,
    id: &str,
) -> Result<usize, EditError> {
    match index {
        Some(index) => index.position(&project.annotations, id),
        None => project.annotations.iter().rposition(|a| a.id == id),
    }
    .ok_or_else(|| EditError::NoSuchAnnotation(id.to_string()))
}

/// Checks an annotation about to be added: valid, and its id not used yet.
fn check_new(
    project: &Project,
    index: Option<&AnnotationIndex>,
    a: &Annotation,
) -> Result<(), EditError> {
    check_annotation(project, a)?;
    if position(project, index, &a.id).is_ok() {
        return Err(EditError::DuplicateId(a.id.clone()));
    }
    Ok(())
}

fn check_annotation(project: &Project, a: &Annotation) -> Result<(), EditError> {
    if project.schema.label(&a.label).is_none() {
        return Err(EditError::UnknownLabel(a.label.clone()));
    }
    if a.orphaned {
        // An orphan keeps the offsets and quote of a text that is gone (see
        // `crate::anchor`): only its document must exist.
        return match project.document(&a.doc) {
            Some(_) => Ok(()),
            None => Err(EditError::NoSuchDocument(a.doc.clone())),
        };
    }
    let quote = quote_of(project, &a.doc, a.start, a.end)?;
    if quote != a.quote {
        return Err(EditError::QuoteMismatch(a.start, a.end));
    }
    Ok(())
}
