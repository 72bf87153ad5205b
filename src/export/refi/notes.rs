//! Document memos as REFI `Notes` (issue 19): each memo is a `Note` (a text source
//! with its text inline, in `Notes` after `Sources`), and its document's
//! `TextSource` points at it with a `NoteRef` (after its selections, before its
//! variable values, as `Project.xsd` orders them). The import gives each text
//! source the text of the notes it refers to as its memo.

use std::io::{self, Write};

use quick_xml::Writer;
use quick_xml::events::BytesText;

use super::guid::guid;
use crate::export::Selection;
use crate::model::Document;

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
    if with_memo().next().is_none() {
        return Ok(());
    }
    w.create_element("Notes").write_inner_content(|w| {
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
