//! Applying an [`Edit`] to a project: each application returns the edit that undoes
//! it (so undo and redo are the same operation), checking first so that a refused
//! edit leaves the project as it was.

use super::command::{AnnotationChange, Edit, EditError};
use super::index::AnnotationIndex;
use crate::model::{Annotation, Document, Project};

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
