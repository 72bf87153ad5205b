//! Reading a CSV export back (issue 13): one annotation per row onto documents the
//! project already has (a CSV carries no text), matched by the `document` column.
//!
//! Columns are found by their header name, in any order: `document`, `start`,
//! `end` (or `start_utf16`/`end_utf16`, `start_bytes`/`end_bytes`, as the export
//! names them), `label`; optional `source`, `author`, `note`, `text` (the quote,
//! checked against the document) and `attributed_to`. The metadata columns are the
//! document's, which is already in the project: they are not read. Offsets count
//! the document's text as the project holds it (the export wrote them so).
//! `attributed_to` becomes links: see [`super::links`].

use std::collections::HashMap;
use std::path::Path;

use super::links::{AttributedRow, resolve_links};
use crate::export::ImportError;
use crate::export::import::{ImportedSpan, Importer};
use crate::export::text_map::unit_name;
use crate::model::{Document, OffsetUnit, quoted};

/// Where each column of the header is.
struct Columns {
    document: usize,
    start: usize,
    end: usize,
    unit: OffsetUnit,
    label: usize,
    source: Option<usize>,
    author: Option<usize>,
    note: Option<usize>,
    quote: Option<usize>,
    attributed_to: Option<usize>,
}

impl Columns {
    fn of(header: &::csv::StringRecord) -> Result<Columns, String> {
        let find = |name: &str| header.iter().position(|h| h.trim() == name);
        let need = |name: &str| {
            find(name).ok_or_else(|| {
                format!(
                    "no '{name}' column: not a Marginalia CSV export (its header starts \
                     document,start,end,label,source,author,note,text)"
                )
            })
        };
        let document = need("document")?;
        let label = need("label")?;
        let (start, end, unit) = [
            ("start", "end", OffsetUnit::Chars),
            ("start_utf16", "end_utf16", OffsetUnit::Utf16),
            ("start_bytes", "end_bytes", OffsetUnit::Bytes),
        ]
        .into_iter()
        .find_map(|(s, e, unit)| Some((find(s)?, find(e)?, unit)))
        .ok_or("no 'start' and 'end' columns (nor start_utf16/end_utf16, start_bytes/end_bytes)")?;
        Ok(Columns {
            document,
            start,
            end,
            unit,
            label,
            source: find("source"),
            author: find("author"),
            note: find("note"),
            quote: find("text"),
            attributed_to: find("attributed_to"),
        })
    }
}

/// The rows of one document, in file order.
#[derive(Default)]
struct DocumentRows {
    spans: Vec<ImportedSpan>,
    rows: Vec<AttributedRow>,
}

/// Imports the CSV file at `path` (named `name` in messages) into the importer's
/// project. Every row is checked before anything is added.
pub(in crate::export) fn import_csv(
    importer: &mut Importer<'_>,
    path: &Path,
    name: &str,
) -> Result<(), ImportError> {
    let decoded = importer.read_text_input(path, name)?;
    let text = decoded
        .text
        .strip_prefix('\u{feff}')
        .unwrap_or(&decoded.text);
    let mut reader = ::csv::ReaderBuilder::new()
        .has_headers(true)
        .flexible(true)
        .from_reader(text.as_bytes());
    let header = reader
        .headers()
        .map_err(|e| ImportError::file(name, format!("not readable as CSV ({e})")))?
        .clone();
    let columns = Columns::of(&header).map_err(|m| ImportError::file(name, m))?;
    // Documents in the order the file first names them.
    let mut order: Vec<String> = Vec::new();
    let mut by_document: HashMap<String, DocumentRows> = HashMap::new();
    let mut record = ::csv::StringRecord::new();
    loop {
        let line = reader.position().line() as usize;
        match reader.read_record(&mut record) {
            Ok(true) => {}
            Ok(false) => break,
            Err(e) => {
                let line = e.position().map_or(line, |p| p.line() as usize);
                return Err(ImportError::at(
                    name,
                    line,
                    format!("not readable as CSV ({e})"),
                ));
            }
        }
        let line = record.position().map_or(line, |p| p.line() as usize);
        let at = |m: String| ImportError::at(name, line, m);
        let id = field(&record, Some(columns.document)).trim();
        if id.is_empty() {
            return Err(at("the 'document' column is empty".into()));
        }
        let document = importer.document(id).ok_or_else(|| {
            at(format!(
                "no document '{}' in the project (a CSV carries no text: import the \
                 documents first, from a JSONL, W3C or brat export)",
                quoted(id)
            ))
        })?;
        let span = read_row(&record, &columns, document).map_err(at)?;
        let attributed = field(&record, columns.attributed_to).trim().to_string();
        if !by_document.contains_key(id) {
            order.push(id.to_string());
        }
        let rows = by_document.entry(id.to_string()).or_default();
        rows.rows.push(AttributedRow {
            line,
            attributed_to: attributed,
        });
        rows.spans.push(span);
    }
    if order.is_empty() {
        return Err(ImportError::file(name, "has a header but no rows"));
    }
    let registry = importer.project.source_registry().into_owned();
    for id in order {
        let Some(rows) = by_document.remove(&id) else {
            continue;
        };
        let (links, warnings) = resolve_links(&rows.spans, &rows.rows, &registry);
        importer
            .report
            .warnings
            .extend(warnings.into_iter().map(|w| format!("{name} {w}")));
        importer.extend_document(&id, rows.spans, &links, name)?;
    }
    Ok(())
}

/// The field at `column` ("" when the column is absent or the row short).
fn field(record: &::csv::StringRecord, column: Option<usize>) -> &str {
    column.and_then(|c| record.get(c)).unwrap_or("")
}

/// One row as a span of `document`, its offsets and quote checked.
fn read_row(
    record: &::csv::StringRecord,
    columns: &Columns,
    document: &Document,
) -> Result<ImportedSpan, String> {
    let number = |column: usize, what: &str| -> Result<usize, String> {
        let raw = field(record, Some(column)).trim();
        raw.parse::<usize>()
            .map_err(|_| format!("{what} '{}' is not a whole number ≥ 0", quoted(raw)))
    };
    let (start, end) = (number(columns.start, "start")?, number(columns.end, "end")?);
    let (s, e) = to_chars(document, start, end, columns.unit)?;
    let label = field(record, Some(columns.label)).trim();
    if label.is_empty() {
        return Err(format!("span {start}..{end} has an empty label"));
    }
    let quote = field(record, columns.quote);
    if !quote.is_empty() {
        // A spreadsheet may have turned line breaks inside a quoted field into CRLF.
        let quote = quote.replace("\r\n", "\n");
        let actual = document.slice(s, e);
        if actual != quote {
            return Err(format!(
                "span {start}..{end} quotes \"{}\" but document '{}' has \"{}\" there",
                quoted(&quote),
                quoted(&document.id),
                quoted(actual)
            ));
        }
    }
    let optional = |column| Some(field(record, column).to_string()).filter(|v| !v.is_empty());
    let mut span = ImportedSpan::new(s, e, label);
    span.source = optional(columns.source);
    span.author = optional(columns.author);
    span.note = field(record, columns.note).to_string();
    Ok(span)
}

/// `start..end` in `unit` over `document`'s text as char offsets, refusing an
/// empty or reversed span, one past the end and one that splits a character.
fn to_chars(
    document: &Document,
    start: usize,
    end: usize,
    unit: OffsetUnit,
) -> Result<(usize, usize), String> {
    if start >= end {
        return Err(format!("span {start}..{end} is empty or reversed"));
    }
    let index = document.index();
    let len = index.len_in(unit);
    if end > len {
        return Err(format!(
            "span {start}..{end} runs past the end of document '{}' ({len} {})",
            quoted(&document.id),
            unit_name(unit)
        ));
    }
    let char_of = |offset: usize| {
        let c = index.to_chars(&document.text, offset, unit);
        if index.from_chars(&document.text, c, unit) == offset {
            Ok(c)
        } else {
            Err(format!(
                "offset {offset} falls inside a character ({} offsets must fall between characters)",
                unit_name(unit)
            ))
        }
    };
    Ok((char_of(start)?, char_of(end)?))
}
