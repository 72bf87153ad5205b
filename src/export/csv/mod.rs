//! CSV: one row per annotation, with a header
//! `document,start,end,label,source,author,note,text,outlet,date,date_original,url,byline,language`
//! (the last six: the document's metadata, empty when unknown); RFC 4180 quoting
//! (the `csv` crate), offsets in the chosen unit. The header names a unit other
//! than chars: `start_utf16,end_utf16` or `start_bytes,end_bytes`, so the file says
//! what it holds. `read.rs` reads such a file back onto the project's documents.

mod links;
pub(in crate::export) mod read;

use super::selection::offsets_in;
use super::{ExportError, Selection};
use std::collections::HashMap;

use crate::model::{OffsetUnit, Project};

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

/// The selection as CSV, offsets in `unit`. When the project has links, a last
/// column `attributed_to` gives each annotation's inherited sources (the
/// canonical sources of the attributions linked to it, joined by `; `).
pub fn to_csv(selection: &Selection<'_>, unit: OffsetUnit) -> Result<String, ExportError> {
    let encode = |e: ::csv::Error| ExportError::Encode(e.to_string());
    let mut w = ::csv::WriterBuilder::new()
        .terminator(::csv::Terminator::CRLF)
        .from_writer(Vec::new());
    // --- sources (issue 13) ---
    let attributed = attributed_to(selection.project);
    let with_links = !selection.project.links.is_empty();
    let mut head: Vec<String> = header(unit).to_vec();
    if with_links {
        head.push("attributed_to".into());
    }
    // --- end sources ---
    w.write_record(&head).map_err(encode)?;
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
            let linked = attributed
                .get(a.id.as_str())
                .map_or(String::new(), |s| s.join("; "));
            let extra = with_links.then_some(linked.as_str());
            w.write_record(row.iter().chain(meta.iter()).chain(extra.iter()))
                .map_err(encode)?;
        }
    }
    let bytes = w
        .into_inner()
        .map_err(|e| ExportError::Encode(e.to_string()))?;
    String::from_utf8(bytes).map_err(|e| ExportError::Encode(e.to_string()))
}

/// Per annotation id, the canonical sources of the attributions linked to it.
fn attributed_to(project: &Project) -> HashMap<&str, Vec<String>> {
    let mut out: HashMap<&str, Vec<String>> = HashMap::new();
    if project.links.is_empty() {
        return out;
    }
    let registry = project.source_registry();
    let by_id: HashMap<&str, &crate::model::Annotation> = project
        .annotations
        .iter()
        .map(|a| (a.id.as_str(), a))
        .collect();
    for l in &project.links {
        let Some(source) = by_id
            .get(l.from.as_str())
            .and_then(|a| a.source.as_deref())
            .filter(|s| !s.trim().is_empty())
        else {
            continue;
        };
        let source = registry.normalise(source);
        let list = out.entry(l.to.as_str()).or_default();
        if !list.contains(&source) {
            list.push(source);
        }
    }
    out
}
