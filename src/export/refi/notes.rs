//! Document memos as REFI `Notes` (issue 19): each memo is a `Note` (a text source
//! with its text inline, in `Notes` after `Sources`), and its document's
//! `TextSource` points at it with a `NoteRef` (after its selections, before its
//! variable values, as `Project.xsd` orders them). The import gives each text
//! source the text of the notes it refers to as its memo. The project memo is a
//! `Note` too, referred to by the `NoteRef` at the end of `Project`.

use std::io::{self, Write};

use quick_xml::Writer;
use quick_xml::events::BytesText;

use super::guid::guid;
use crate::export::Selection;
use crate::model::{Document, Project};

/// The GUID of a document's memo note.
pub fn note_guid(doc: &Document) -> String {
    guid("memo", &doc.id)
}

/// Writes the `NoteRef` of a document with a memo.
pub fn write_note_ref<W: Write>(w: &mut Writer<W>, doc: &Document) -> io::Result<()> {
    if doc.memo.is_empty() {
        return Ok(());
    }
    w.create_element("NoteRef")
        .with_attribute(("targetGUID", note_guid(doc).as_str()))
        .write_empty()?;
    Ok(())
}

/// Writes `Notes` with every exported document's memo (nothing when none has one).
pub fn write_notes<W: Write>(w: &mut Writer<W>, selection: &Selection<'_>) -> io::Result<()> {
    let with_memo = || {
        selection
            .documents
            .iter()
            .map(|d| d.document)
            .filter(|d| !d.memo.is_empty())
    };
    let project_memo = !selection.project.memo.is_empty(); // codebook (issue 19)
    if with_memo().next().is_none() && !project_memo {
        return Ok(());
    }
    w.create_element("Notes").write_inner_content(|w| {
        write_project_note(w, selection.project)?; // codebook (issue 19)
        for doc in with_memo() {
            let g = note_guid(doc);
            let title = if doc.title.trim().is_empty() {
                doc.id.as_str()
            } else {
                doc.title.as_str()
            };
            let name = format!("Memo: {title}");
            w.create_element("Note")
                .with_attributes([("guid", g.as_str()), ("name", name.as_str())])
                .write_inner_content(|w| {
                    w.create_element("PlainTextContent")
                        .write_text_content(BytesText::new(&doc.memo))?;
                    Ok(())
                })?;
        }
        Ok(())
    })?;
    Ok(())
}

// --- codebook (issue 19): the project memo ---
/// The GUID of the project memo's note.
pub fn project_note_guid() -> String {
    guid("memo", "\u{1f}project")
}

/// Writes the project memo's `Note` (first in `Notes`), when the project has one.
fn write_project_note<W: Write>(w: &mut Writer<W>, project: &Project) -> io::Result<()> {
    if project.memo.is_empty() {
        return Ok(());
    }
    let g = project_note_guid();
    let name = format!("Project memo: {}", project.name.trim());
    w.create_element("Note")
        .with_attributes([("guid", g.as_str()), ("name", name.trim())])
        .write_inner_content(|w| {
            w.create_element("PlainTextContent")
                .write_text_content(BytesText::new(&project.memo))?;
            Ok(())
        })?;
    Ok(())
}

/// Writes the project-level `NoteRef` to the project memo (the last child of
/// `Project`, as `Project.xsd` orders it), when the project has one.
pub fn write_project_note_ref<W: Write>(w: &mut Writer<W>, project: &Project) -> io::Result<()> {
    if project.memo.is_empty() {
        return Ok(());
    }
    w.create_element("NoteRef")
        .with_attribute(("targetGUID", project_note_guid().as_str()))
        .write_empty()?;
    Ok(())
}
// --- end codebook ---
