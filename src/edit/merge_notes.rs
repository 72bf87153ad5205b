//! Resolving a merge note (conflicts, issue 14): [`Edit::ResolveMergeNote`] keeps
//! the version in place or puts the note's other version there, and removes the
//! note; its inverse, [`Edit::ReopenMergeNote`], puts both back as they were.

use super::command::{Edit, EditError};
use crate::model::{MergeNote, NoteVersion, Project};

/// Applies [`Edit::ResolveMergeNote`]: note `at` goes; with `take_other` its other
/// version replaces the item's. Returns the inverse.
pub(crate) fn resolve(
    project: &mut Project,
    at: usize,
    take_other: bool,
) -> Result<Edit, EditError> {
    let note = project
        .merge_notes
        .get(at)
        .cloned()
        .ok_or(EditError::NoSuchMergeNote(at))?;
    let replaced = match take_other {
        true => Some(put_in_place(project, &note.item, note.other.clone())?),
        false => None,
    };
    project.merge_notes.remove(at);
    Ok(Edit::ReopenMergeNote {
        note: Box::new(note),
        at,
        replaced: replaced.map(Box::new),
    })
}

/// Applies [`Edit::ReopenMergeNote`]: `note` back at `at`, and `replaced` (the
/// version the resolution took out) back in place. Returns the inverse.
pub(crate) fn reopen(
    project: &mut Project,
    note: MergeNote,
    at: usize,
    replaced: Option<NoteVersion>,
) -> Result<Edit, EditError> {
    let take_other = replaced.is_some();
    if let Some(version) = replaced {
        put_in_place(project, &note.item, version)?;
    }
    let at = at.min(project.merge_notes.len());
    project.merge_notes.insert(at, note);
    Ok(Edit::ResolveMergeNote { at, take_other })
}

/// Puts `version` in place of item `item` and returns the version it replaced (a
/// document's with its text left empty, as notes hold them).
fn put_in_place(
    project: &mut Project,
    item: &str,
    version: NoteVersion,
) -> Result<NoteVersion, EditError> {
    match version {
        NoteVersion::Document(mut new) => {
            let d = project
                .documents
                .iter_mut()
                .find(|d| d.id == item)
                .ok_or_else(|| EditError::NoSuchDocument(item.to_string()))?;
            // The text is the document's own (both versions share it).
            new.text = std::mem::take(&mut d.text);
            new.id = d.id.clone();
            let old = std::mem::replace(d, new);
            Ok(NoteVersion::Document(old))
        }
        NoteVersion::Label(mut new) => {
            let l = (project.schema.labels.iter_mut())
                .find(|l| l.id == item)
                .ok_or_else(|| EditError::UnknownLabel(item.to_string()))?;
            new.id = l.id.clone();
            Ok(NoteVersion::Label(std::mem::replace(l, new)))
        }
        NoteVersion::Name(name) => Ok(NoteVersion::Name(std::mem::replace(
            &mut project.name,
            name,
        ))),
    }
}
