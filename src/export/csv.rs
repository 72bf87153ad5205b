//! CSV: one row per annotation, with a header
//! `document,start,end,label,source,author,note,text,outlet,date,date_original,url,byline,language`
//! (the last six: the document's metadata, empty when unknown); RFC 4180 quoting
//! (the `csv` crate), offsets in the chosen unit. The header names a unit other
//! than chars: `start_utf16,end_utf16` or `start_bytes,end_bytes`, so the file says
//! what it holds.

use super::selection::offsets_in;
use super::{ExportError, Selection};
use crate::model::OffsetUnit;

/// The header row for offsets in chars.
pub const HEADER: [&str; 14] = [
    "document",
    "start",
    "end",
    "label",
    "source",
    "author",
    "note",
    "text",
    "outlet",
    "date",
    "date_original",
    "url",
    "byline",
    "language",
];

/// The header row for offsets in `unit`: `start`/`end` for chars, else suffixed
/// with the unit's name (`start_utf16`, `end_bytes`, …).
pub fn header(unit: OffsetUnit) -> [String; 14] {
    HEADER.map(|column| match column {
        "start" | "end" if unit != OffsetUnit::Chars => format!("{column}_{}", unit.name()),
        other => other.to_string(),
    })
}

/// The selection as CSV, offsets in `unit`.
pub fn to_csv(selection: &Selection<'_>, unit: OffsetUnit) -> Result<String, ExportError> {
    let encode = |e: ::csv::Error| ExportError::Encode(e.to_string());
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    w.write_record(header(unit)).map_err(encode)?;
    for d in &selection.documents {
        let meta = d.document.meta.fields().map(|(_, v)| v.unwrap_or(""));
        for a in &d.annotations {
            let (start, end) = offsets_in(d.document, a, unit);
            let (start, end) = (start.to_string(), end.to_string());
            let row = [
                d.document.id.as_str(),
                &start,
                &end,
                &a.label,
                a.source.as_deref().unwrap_or(""),
                &a.author,
                &a.note,
                &a.quote,
            ];
            w.write_record(row.iter().chain(meta.iter()))
                .map_err(encode)?;
        }
    }
    let bytes = w
        .into_inner()
        .map_err(|e| ExportError::Encode(e.to_string()))?;
    String::from_utf8(bytes).map_err(|e| ExportError::Encode(e.to_string()))
}
