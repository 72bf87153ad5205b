//! CSV: one row per annotation, with a header
//! `document,start,end,label,source,author,note,text`; RFC 4180 quoting (the `csv`
//! crate), offsets in the chosen unit.

use super::selection::offsets_in;
use super::{ExportError, Selection};
use crate::model::OffsetUnit;

/// The header row.
pub const HEADER: [&str; 8] = [
    "document", "start", "end", "label", "source", "author", "note", "text",
];

/// The selection as CSV, offsets in `unit`.
pub fn to_csv(selection: &Selection<'_>, unit: OffsetUnit) -> Result<String, ExportError> {
    let encode = |e: ::csv::Error| ExportError::Encode(e.to_string());
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record(HEADER).map_err(encode)?;
    for d in &selection.documents {
        for a in &d.annotations {
            let (start, end) = offsets_in(d.document, a, unit);
            w.write_record([
                d.document.id.as_str(),
                &start.to_string(),
                &end.to_string(),
                &a.label,
                a.source.as_deref().unwrap_or(""),
                &a.author,
                &a.note,
                &a.quote,
            ])
            .map_err(encode)?;
        }
    }
    let bytes = w
        .into_inner()
        .map_err(|e| ExportError::Encode(e.to_string()))?;
    String::from_utf8(bytes).map_err(|e| ExportError::Encode(e.to_string()))
}
