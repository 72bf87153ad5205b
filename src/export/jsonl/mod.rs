//! JSONL: one document per line,
//! `{"id", "title", "text", "label": [[start, end, "label"], …], "spans": [{…}, …]}`.
//!
//! The `label` triples make the file doccano-compatible, so they are always in
//! chars (what doccano reads), whatever the offset unit asked for; `spans` carries
//! everything (source, note, author, the quoted `text`, id and creation time, and
//! `edited_by` / `modified` when a colleague changed the annotation) in the unit
//! asked for. A line whose `spans` offsets are not chars says so in an `"offsets"`
//! field (`"utf16"` or `"bytes"`), which the importer reads back; that field never
//! applies to `label`. The importer accepts either form, and doccano's
//! newer `entities` objects too.
//!
//! A document's metadata is written as line fields beside `title`: `outlet`,
//! `date` (RFC 3339), `date_original` (the date as the input wrote it), `url`,
//! `byline` (the article's writer) and `language`, each only when set. The
//! importer reads those, and also `publisher` for the outlet, `published` for
//! the date and `lang` for the language. A line's `author` is not read as the
//! byline: in annotation files `author` names the annotator.

use serde::Serialize;
use std::collections::BTreeMap;

use serde_json::value::RawValue;
use serde_json::{Map, Value};

use super::import::{ImportedDocument, ImportedSpan};
use super::selection::offsets_in;
use super::text_map::IncomingText;
use super::{ExportError, ImportError, Selection};
use crate::model::{DocumentMeta, OffsetUnit, quoted};

#[derive(Serialize)]
struct Line<'a> {
    id: &'a str,
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    origin: Option<&'a str>,
    #[serde(flatten)]
    meta: &'a DocumentMeta,
    text: &'a str,
    /// The unit of `spans` (absent: chars); `label` is always in chars.
    #[serde(skip_serializing_if = "Option::is_none")]
    offsets: Option<&'static str>,
    label: Vec<(usize, usize, &'a str)>,
    spans: Vec<Span<'a>>,
    /// Links between this line's spans (issue 13), in doccano's relation shape.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    relations: Vec<Relation<'a>>,
}

/// A link as doccano writes a relation: `from_id` / `to_id` name spans by their
/// `id` (doccano's entity ids), `type` its kind.
#[derive(Serialize)]
struct Relation<'a> {
    id: usize,
    from_id: &'a str,
    to_id: &'a str,
    #[serde(rename = "type")]
    kind: &'static str,
}

#[derive(Serialize)]
struct Span<'a> {
    start: usize,
    end: usize,
    label: &'a str,
    source: Option<&'a str>,
    note: &'a str,
    author: &'a str,
    text: &'a str,
    id: &'a str,
    created: &'a str,
    /// Who changed a colleague's annotation, and when (only when someone did).
    #[serde(skip_serializing_if = "Option::is_none")]
    edited_by: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    modified: Option<&'a str>,
}

/// The selection as JSONL, offsets in `unit`. Every document of the selection gets a
/// line, with or without spans.
pub fn to_jsonl(selection: &Selection<'_>, unit: OffsetUnit) -> Result<String, ExportError> {
    let mut out = String::new();
    for d in &selection.documents {
        let doc = d.document;
        let mut label = Vec::with_capacity(d.annotations.len());
        let mut spans = Vec::with_capacity(d.annotations.len());
        for a in &d.annotations {
            label.push((a.start, a.end, a.label.as_str()));
            let (start, end) = offsets_in(doc, a, unit);
            spans.push(Span {
                start,
                end,
                label: &a.label,
                source: a.source.as_deref(),
                note: &a.note,
                author: &a.author,
                text: &a.quote,
                id: &a.id,
                created: &a.created,
                edited_by: a.edited_by.as_deref(),
                modified: a.modified.as_deref(),
            });
        }
        // --- sources (issue 13): the links between exported spans of this line ---
        let here: std::collections::HashSet<&str> =
            d.annotations.iter().map(|a| a.id.as_str()).collect();
        let relations = (selection.project.links.iter())
            .filter(|l| here.contains(l.from.as_str()) && here.contains(l.to.as_str()))
            .enumerate()
            .map(|(k, l)| Relation {
                id: k,
                from_id: &l.from,
                to_id: &l.to,
                kind: l.kind.as_str(),
            })
            .collect();
        // --- end sources ---
        let line = Line {
            id: &doc.id,
            title: &doc.title,
            origin: doc.origin.as_deref(),
            meta: &doc.meta,
            text: &doc.text,
            offsets: (unit != OffsetUnit::Chars).then(|| unit.name()),
            label,
            spans,
            relations,
        };
        out.push_str(
            &serde_json::to_string(&line).map_err(|e| ExportError::Encode(e.to_string()))?,
        );
        out.push('\n');
    }
    Ok(out)
}

/// Parses a JSONL file (Marginalia's or doccano's). `file` names the input in
/// messages; `unit` is the offset unit of lines without an `"offsets"` field.
/// Offsets are checked against each line's text (as given, before line endings are
/// normalised) and converted to chars of the normalised text.
pub fn parse_jsonl(
    input: &str,
    file: &str,
    unit: OffsetUnit,
) -> Result<Vec<ImportedDocument>, ImportError> {
    let mut docs = Vec::new();
    parse_jsonl_each(input, file, unit, &mut Vec::new(), |d| {
        docs.push(d);
        Ok(())
    })?;
    Ok(docs)
}

/// [`parse_jsonl`], with warnings about what was read but not used (a record
/// with both `"spans"` and `"label"` that differ uses `"spans"`; the warning names
/// the line).
pub fn parse_jsonl_with_warnings(
    input: &str,
    file: &str,
    unit: OffsetUnit,
) -> Result<(Vec<ImportedDocument>, Vec<String>), ImportError> {
    let mut docs = Vec::new();
    let mut warnings = Vec::new();
    parse_jsonl_each(input, file, unit, &mut warnings, |d| {
        docs.push(d);
        Ok(())
    })?;
    Ok((docs, warnings))
}

/// [`parse_jsonl`] handing each document to `each` as soon as its line is read, so
/// that a file of 100,000 lines never exists as 100,000 parsed documents at once,
/// and pushing onto `warnings` what was read but not used. Stops at the first error
/// (of a line or of `each`). Returns how many documents were handed over.
pub fn parse_jsonl_each(
    input: &str,
    file: &str,
    unit: OffsetUnit,
    warnings: &mut Vec<String>,
    mut each: impl FnMut(ImportedDocument) -> Result<(), ImportError>,
) -> Result<usize, ImportError> {
    let input = input.strip_prefix('\u{feff}').unwrap_or(input);
    if input.trim_start().starts_with('[') {
        let docs = parse_json_array(input, file, unit, warnings)?;
        let n = docs.len();
        for d in docs {
            each(d)?;
        }
        return Ok(n);
    }
    let mut docs = 0usize;
    for (i, line) in input.lines().enumerate() {
        let n = i + 1;
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        let at = |m: String| ImportError::at(file, n, m);
        // The span lists stay raw JSON, each item parsed when it is read: a line of
        // 100,000 spans never exists as one tree of values (60 MB for the large
        // case).
        if let Ok(fields) = serde_json::from_str::<BTreeMap<String, &RawValue>>(line) {
            let mut obj = Map::new();
            let mut lists = BTreeMap::new();
            for (key, raw) in fields {
                if LIST_KEYS.contains(&key.as_str()) {
                    lists.insert(key, raw);
                } else {
                    let value = serde_json::from_str(raw.get()).map_err(|e| {
                        at(format!("not valid JSON ({})", first_line(&e.to_string())))
                    })?;
                    obj.insert(key, value);
                }
            }
            let (doc, ignored) = parse_object(&obj, &lists, unit).map_err(at)?;
            warn_ignored(warnings, &format!("{file} line {n}"), &ignored);
            each(doc.at_line(n))?;
            docs += 1;
            continue;
        }
        let value: Value = serde_json::from_str(line)
            .map_err(|e| at(format!("not valid JSON ({})", first_line(&e.to_string()))))?;
        let Value::Object(obj) = value else {
            return Err(at("expected a JSON object with a \"text\"".into()));
        };
        let (doc, ignored) = parse_object(&obj, &BTreeMap::new(), unit).map_err(at)?;
        warn_ignored(warnings, &format!("{file} line {n}"), &ignored);
        each(doc.at_line(n))?;
        docs += 1;
    }
    if docs == 0 {
        return Err(ImportError::file(file, "holds no JSON lines"));
    }
    Ok(docs)
}

/// A warning for span lists a record holds but that are not read.
fn warn_ignored(warnings: &mut Vec<String>, place: &str, ignored: &[&str]) {
    if let Some((used, rest)) = ignored.split_first() {
        let rest: Vec<String> = rest.iter().map(|k| format!("\"{k}\"")).collect();
        warnings.push(format!(
            "{place}: {} ignored: the record also has \"{used}\", which is read",
            rest.join(" and ")
        ));
    }
}

/// A whole-file JSON array of documents (as some doccano versions export); errors
/// name the item (1-based) instead of a line.
fn parse_json_array(
    input: &str,
    file: &str,
    unit: OffsetUnit,
    warnings: &mut Vec<String>,
) -> Result<Vec<ImportedDocument>, ImportError> {
    let items: Vec<Value> = serde_json::from_str(input).map_err(|e| {
        ImportError::at(
            file,
            e.line(),
            format!(
                "not a JSON array of documents ({})",
                first_line(&e.to_string())
            ),
        )
    })?;
    let mut docs = Vec::with_capacity(items.len());
    for (k, item) in items.iter().enumerate() {
        let at = |m: String| ImportError::file(file, format!("item {}: {m}", k + 1));
        let Value::Object(obj) = item else {
            return Err(at("expected a JSON object with a \"text\"".into()));
        };
        let (doc, ignored) = parse_object(obj, &BTreeMap::new(), unit).map_err(at)?;
        warn_ignored(warnings, &format!("{file} item {}", k + 1), &ignored);
        docs.push(doc);
    }
    if docs.is_empty() {
        return Err(ImportError::file(file, "holds an empty list"));
    }
    Ok(docs)
}

fn first_line(s: &str) -> &str {
    s.lines().next().unwrap_or(s)
}

/// Keys whose value is a list of spans (Marginalia's `spans`, doccano's `label` /
/// `labels` triples, doccano's `entities`).
const LIST_KEYS: [&str; 4] = ["spans", "label", "labels", "entities"];

/// A list of spans as found in the input: a parsed value (a JSON array file), or raw
/// JSON whose items are parsed one at a time (a JSONL line).
#[derive(Clone, Copy)]
enum SpanList<'a> {
    Parsed(&'a Value),
    Raw(&'a RawValue),
}

impl SpanList<'_> {
    /// Pushes `f`'s span for each item (given with its index) onto `spans`;
    /// `not_a_list` when it is not a list.
    fn read_into(
        self,
        not_a_list: &str,
        spans: &mut Vec<ImportedSpan>,
        mut f: impl FnMut(usize, &Value) -> Result<ImportedSpan, String>,
    ) -> Result<(), String> {
        match self {
            SpanList::Parsed(Value::Array(items)) => {
                spans.reserve(items.len());
                for (k, item) in items.iter().enumerate() {
                    spans.push(f(k, item)?);
                }
                Ok(())
            }
            SpanList::Parsed(_) => Err(not_a_list.into()),
            SpanList::Raw(raw) => {
                let items: Vec<&RawValue> =
                    serde_json::from_str(raw.get()).map_err(|_| not_a_list.to_string())?;
                spans.reserve(items.len());
                for (k, item) in items.into_iter().enumerate() {
                    let value: Value = serde_json::from_str(item.get())
                        .map_err(|e| format!("item {k}: {}", first_line(&e.to_string())))?;
                    spans.push(f(k, &value)?);
                }
                Ok(())
            }
        }
    }
}

/// Reads one record. Besides the document, returns the span-list keys it holds
/// when there is more than one: the one read first, then those ignored.
fn parse_object(
    obj: &Map<String, Value>,
    lists: &BTreeMap<String, &RawValue>,
    default_unit: OffsetUnit,
) -> Result<(ImportedDocument, Vec<&'static str>), String> {
    let list = |key: &str| match lists.get(key) {
        Some(raw) => (raw.get().trim() != "null").then_some(SpanList::Raw(raw)),
        None => obj.get(key).filter(|v| !v.is_null()).map(SpanList::Parsed),
    };
    // Read in this order: `spans`, else `label`, else `labels`, else `entities`.
    let present: Vec<&'static str> = LIST_KEYS
        .into_iter()
        .filter(|k| list(k).is_some())
        .collect();
    let mut ignored = if present.len() > 1 {
        present
    } else {
        Vec::new()
    };
    let text = match obj.get("text").or_else(|| obj.get("data")) {
        Some(Value::String(t)) => t.clone(),
        Some(_) => return Err("\"text\" is not a string".into()),
        None => return Err("no \"text\" field".into()),
    };
    let id = match obj.get("id") {
        None | Some(Value::Null) => None,
        Some(Value::String(s)) if s.trim().is_empty() => None,
        Some(Value::String(s)) => Some(s.clone()),
        Some(Value::Number(n)) => Some(n.to_string()),
        Some(_) => return Err("\"id\" is neither a string nor a number".into()),
    };
    let title = opt_string(obj, "title")?;
    let origin = opt_string(obj, "origin")?;
    let meta = read_meta(obj)?;
    // The line's own `offsets` names the unit of its `spans`; doccano-shaped
    // `label` triples and `entities` are in chars unless the command line said
    // otherwise.
    let unit = match opt_string(obj, "offsets")? {
        Some(u) => u.parse::<OffsetUnit>()?,
        None => default_unit,
    };
    let label_unit = default_unit;
    let incoming = IncomingText::new(text);
    let mut spans = Vec::new();
    let mut entity_ids: Vec<Option<String>> = Vec::new();
    if let Some(items) = list("spans") {
        items.read_into("\"spans\" is not a list", &mut spans, |k, item| {
            let Value::Object(s) = item else {
                return Err(format!("spans[{k}] is not an object"));
            };
            parse_span(s, &incoming, unit).map_err(|e| format!("spans[{k}]: {e}"))
        })?;
        // Marginalia's own lines carry `label` triples equal to `spans` (for
        // doccano): nothing is lost by ignoring them, so nothing is said.
        if let Some(items) = list("label") {
            let mut triples = Vec::new();
            let same = items
                .read_into("", &mut triples, |_, item| {
                    parse_triple(item, &incoming, label_unit)
                })
                .is_ok()
                && same_spans(&triples, &spans);
            if same {
                ignored.retain(|k| *k != "label");
                if ignored.len() < 2 {
                    ignored.clear();
                }
            }
        }
    } else if let Some(items) = list("label").or_else(|| list("labels")) {
        items.read_into(
            "\"label\" is not a list of [start, end, label] triples",
            &mut spans,
            |k, item| {
                parse_triple(item, &incoming, label_unit).map_err(|e| format!("label[{k}]: {e}"))
            },
        )?;
    } else if let Some(items) = list("entities") {
        items.read_into("\"entities\" is not a list", &mut spans, |k, item| {
            let Value::Object(e) = item else {
                return Err(format!("entities[{k}] is not an object"));
            };
            entity_ids.push(match e.get("id") {
                Some(Value::Number(n)) => Some(n.to_string()),
                Some(Value::String(s)) => Some(s.clone()),
                _ => None,
            });
            let get = |key: &str| e.get(key).and_then(Value::as_u64).map(|v| v as usize);
            let (Some(start), Some(end)) = (get("start_offset"), get("end_offset")) else {
                return Err(format!("entities[{k}] lacks start_offset/end_offset"));
            };
            let label = e
                .get("label")
                .and_then(Value::as_str)
                .ok_or_else(|| format!("entities[{k}] has no label"))?;
            make_span(&incoming, label_unit, start, end, label)
        })?;
    }
    // --- sources (issue 13): relations name spans by id (doccano: entity ids) ---
    let span_ids: Vec<Option<String>> = if entity_ids.len() == spans.len() {
        entity_ids
    } else {
        spans.iter().map(|s| s.id.clone()).collect()
    };
    let links = super::import_links::read_relations(obj, &span_ids)?;
    // --- end sources ---
    let doc = ImportedDocument {
        id,
        title,
        origin,
        meta,
        text: incoming.into_text(),
        spans,
        line: 0,
        links,
    };
    Ok((doc, ignored))
}

/// A line's metadata fields (see the module documentation); the W3C reader
/// uses it too.
pub(in crate::export) fn read_meta(obj: &Map<String, Value>) -> Result<DocumentMeta, String> {
    let first = |keys: &[&str]| -> Result<Option<String>, String> {
        for k in keys {
            if let Some(v) = opt_string(obj, k)? {
                return Ok(Some(v));
            }
        }
        Ok(None)
    };
    let mut meta = DocumentMeta::default();
    for (field, keys) in [
        ("outlet", &["outlet", "publisher"][..]),
        ("url", &["url"][..]),
        ("byline", &["byline"][..]),
        ("language", &["language", "lang"][..]),
    ] {
        if let Some(v) = first(keys)? {
            meta.set_field(field, &v);
        }
    }
    let date = first(&["date", "published"])?;
    let original = first(&["date_original"])?;
    match (date, original) {
        // Written by Marginalia: kept as it is.
        (Some(d), Some(o)) => {
            meta.set_date(&o);
            if meta.date.is_none()
                || crate::model::date::normalize_date(&d).as_deref() == Some(d.as_str())
            {
                meta.set_field("date", &d);
            }
            meta.set_field("date_original", &o);
        }
        (Some(d), None) => meta.set_date(&d),
        (None, Some(o)) => meta.set_date(&o),
        (None, None) => {}
    }
    Ok(meta)
}

/// True when `a` and `b` hold the same (start, end, label) spans, in any order.
fn same_spans(a: &[ImportedSpan], b: &[ImportedSpan]) -> bool {
    let key = |s: &ImportedSpan| (s.start, s.end, s.label.clone());
    let mut a: Vec<_> = a.iter().map(key).collect();
    let mut b: Vec<_> = b.iter().map(key).collect();
    a.sort_unstable();
    b.sort_unstable();
    a == b
}

fn opt_string(obj: &Map<String, Value>, key: &str) -> Result<Option<String>, String> {
    match obj.get(key) {
        None | Some(Value::Null) => Ok(None),
        Some(Value::String(s)) => Ok(Some(s.clone())),
        Some(_) => Err(format!("\"{key}\" is not a string")),
    }
}

fn offset(v: Option<&Value>, what: &str) -> Result<usize, String> {
    match v {
        Some(Value::Number(n)) => n
            .as_u64()
            .map(|v| v as usize)
            .ok_or_else(|| format!("{what} {n} is not a whole number ≥ 0")),
        Some(other) => Err(format!(
            "{what} {} is not a number",
            quoted(&other.to_string())
        )),
        None => Err(format!("no {what}")),
    }
}

fn make_span(
    incoming: &IncomingText,
    unit: OffsetUnit,
    start: usize,
    end: usize,
    label: &str,
) -> Result<ImportedSpan, String> {
    if label.trim().is_empty() {
        return Err(format!("span {start}..{end} has an empty label"));
    }
    let (start, end) = incoming.span(start, end, unit)?;
    Ok(ImportedSpan::new(start, end, label))
}

fn parse_triple(
    item: &Value,
    incoming: &IncomingText,
    unit: OffsetUnit,
) -> Result<ImportedSpan, String> {
    let Value::Array(parts) = item else {
        return Err("not a [start, end, label] triple".into());
    };
    if parts.len() != 3 {
        return Err(format!(
            "has {} items, not [start, end, label]",
            parts.len()
        ));
    }
    let start = offset(parts.first(), "start")?;
    let end = offset(parts.get(1), "end")?;
    let label = parts
        .get(2)
        .and_then(Value::as_str)
        .ok_or("the label is not a string")?;
    make_span(incoming, unit, start, end, label)
}

fn parse_span(
    s: &Map<String, Value>,
    incoming: &IncomingText,
    unit: OffsetUnit,
) -> Result<ImportedSpan, String> {
    let start = offset(s.get("start"), "start")?;
    let end = offset(s.get("end"), "end")?;
    let label = s.get("label").and_then(Value::as_str).ok_or("no label")?;
    let mut span = make_span(incoming, unit, start, end, label)?;
    if let Some(Value::String(quote)) = s.get("text") {
        // The quote is of the text as given (before line endings are normalised).
        let a = incoming.raw_char_of(start, unit)?;
        let b = incoming.raw_char_of(end, unit)?;
        let actual = incoming.raw_text_of(a, b);
        if actual != quote {
            return Err(format!(
                "span {start}..{end} quotes \"{}\" but the text there is \"{}\"",
                quoted(quote),
                quoted(actual)
            ));
        }
    }
    span.source = opt_string(s, "source")?.filter(|x| !x.is_empty());
    span.note = opt_string(s, "note")?.unwrap_or_default();
    span.author = opt_string(s, "author")?.filter(|x| !x.is_empty());
    span.created = opt_string(s, "created")?.filter(|x| !x.is_empty());
    span.id = opt_string(s, "id")?.filter(|x| !x.is_empty());
    span.edited_by = opt_string(s, "edited_by")?.filter(|x| !x.trim().is_empty());
    span.modified = opt_string(s, "modified")?.filter(|x| !x.is_empty());
    Ok(span)
}

#[cfg(test)]
mod tests;
