//! Reading a W3C Web Annotation file back (issue 13): an `AnnotationCollection`
//! whose first page is embedded (what Marginalia writes), an `AnnotationPage`, a
//! single `Annotation` or a JSON list of annotations.
//!
//! The texts come from the collection's `documents` (Marginalia's export carries
//! them, with title and metadata); a target whose `source` is not among them must
//! name a document the project already has (`urn:marginalia:document:ID`, or the
//! document's origin or URL), else the import is refused. Offsets are the
//! `TextPositionSelector`'s code points over the text as given (a `\r\n` there is
//! mapped exactly onto the normalised text), checked against the
//! `TextQuoteSelector`'s `exact`; a target with only a quote selector is found by
//! its exact text, prefix and suffix. `motivation: linking` annotations become
//! links between the spans their two targets name.

use std::collections::HashMap;
use std::path::Path;

use serde_json::{Map, Value};

use super::item::{Item, SpanItem, read_item};
use super::{ANNOTATION_PREFIX, DOCUMENT_PREFIX, decode_iri};
use crate::export::ImportError;
use crate::export::import::{ImportedDocument, ImportedSpan, Importer};
use crate::export::text_map::IncomingText;
use crate::model::{OffsetUnit, quoted};
use crate::task::Progress;

/// A document whose spans are being read: from the file (with its text) or one the
/// project has.
struct Pending {
    /// The document as it will be added (`text` empty until the end: the text is
    /// in `incoming`), or, for a document of the project, its id.
    doc: ImportedDocument,
    /// Whether the project already has it (then only its spans are added).
    existing: bool,
    incoming: IncomingText,
    /// The IRI of each span of `doc.spans`, in order.
    iris: Vec<Option<String>>,
}

/// Imports the W3C file at `path` (named `name` in messages).
pub(in crate::export) fn import_w3c(
    importer: &mut Importer<'_>,
    path: &Path,
    name: &str,
    progress: &Progress,
) -> Result<(), ImportError> {
    let decoded = importer.read_text_input(path, name)?;
    let text = decoded
        .text
        .strip_prefix('\u{feff}')
        .unwrap_or(&decoded.text);
    let root: Value = serde_json::from_str(text).map_err(|e| {
        let message = e.to_string();
        let first = message.lines().next().unwrap_or("");
        ImportError::at(name, e.line(), format!("not valid JSON ({first})"))
    })?;
    let fail = |m: String| ImportError::file(name, m);
    let items = annotations_of(&root).map_err(fail)?;
    let mut pending: Vec<Pending> = Vec::new();
    // Document IRI → index in `pending`.
    let mut by_iri: HashMap<String, usize> = HashMap::new();
    if let Some(documents) = root.get("documents") {
        let Value::Array(documents) = documents else {
            return Err(fail("\"documents\" is not a list".into()));
        };
        for (k, d) in documents.iter().enumerate() {
            let (iri, p) = file_document(d).map_err(|m| fail(format!("documents[{k}]: {m}")))?;
            if by_iri.insert(iri.clone(), pending.len()).is_some() {
                return Err(fail(format!(
                    "documents[{k}]: '{}' is listed twice",
                    quoted(&iri)
                )));
            }
            pending.push(p);
        }
    }
    let mut links: Vec<(usize, String, String)> = Vec::new();
    for (k, value) in items.iter().enumerate() {
        if k % 1024 == 0 {
            progress.check()?;
        }
        let at = |m: String| fail(format!("item {}{}: {m}", k + 1, item_id(value)));
        match read_item(value).map_err(at)? {
            Item::Skipped(reason) => {
                let place = format!("item {}{}", k + 1, item_id(value));
                importer
                    .report
                    .warnings
                    .push(format!("{name} {place}: {reason}"));
            }
            Item::Link { from, to } => links.push((k, from, to)),
            Item::Span(span) => {
                let i = match by_iri.get(&span.source) {
                    Some(&i) => i,
                    None => {
                        let p = project_document(importer, &span.source).ok_or_else(|| {
                            at(format!(
                                "its target '{}' is neither among the file's documents nor a \
                                 document of the project (the file carries no text for it: \
                                 import the document first)",
                                quoted(&span.source)
                            ))
                        })?;
                        by_iri.insert(span.source.clone(), pending.len());
                        pending.push(p);
                        pending.len() - 1
                    }
                };
                let Some(p) = pending.get_mut(i) else {
                    continue;
                };
                let iri = span.iri.clone();
                p.doc.spans.push(to_span(*span, &p.incoming).map_err(at)?);
                p.iris.push(iri);
            }
        }
    }
    // Annotation IRI → id of its annotation in the project.
    let mut ids: HashMap<String, String> = HashMap::new();
    for mut p in pending {
        progress.check()?;
        let spans = std::mem::take(&mut p.doc.spans);
        let added = if p.existing {
            let id = p.doc.id.clone().unwrap_or_default();
            importer.extend_document(&id, spans, &[], name)?
        } else {
            p.doc.spans = spans;
            p.doc.text = p.incoming.into_text();
            importer.add_with_ids(p.doc, name)?
        };
        for (iri, id) in p.iris.into_iter().zip(added) {
            if let (Some(iri), Some(id)) = (iri, id) {
                ids.insert(iri, id);
            }
        }
    }
    for (k, from, to) in links {
        let mut end = |iri: &str| {
            ids.get(iri).cloned().or_else(|| {
                importer.existing_annotation(&iri_id(iri, ANNOTATION_PREFIX).unwrap_or_default())
            })
        };
        let (Some(from_id), Some(to_id)) = (end(&from), end(&to)) else {
            let missing = if end(&from).is_none() { from } else { to };
            return Err(fail(format!(
                "item {}: links '{}', which is neither an annotation of the file nor of the project",
                k + 1,
                quoted(&missing)
            )));
        };
        importer.add_link(&from_id, &to_id);
    }
    Ok(())
}

/// The annotations of the file's root (see the module documentation).
fn annotations_of(root: &Value) -> Result<&[Value], String> {
    let is = |v: &Value, t: &str| match v.get("type") {
        Some(Value::String(s)) => s == t,
        Some(Value::Array(ts)) => ts.iter().any(|x| x.as_str() == Some(t)),
        _ => false,
    };
    match root {
        Value::Array(items) => Ok(items.as_slice()),
        v if is(v, "AnnotationCollection") => match v.get("first") {
            Some(page @ Value::Object(_)) => items_of(page),
            Some(Value::String(iri)) => Err(format!(
                "the collection's first page is only linked ('{}'), not in the file",
                quoted(iri)
            )),
            _ => Ok(&[]),
        },
        v if is(v, "AnnotationPage") => items_of(v),
        v if is(v, "Annotation") => Ok(std::slice::from_ref(v)),
        _ => Err(
            "not a W3C Web Annotation file: expected an AnnotationCollection, an \
                  AnnotationPage, an Annotation or a list of annotations"
                .into(),
        ),
    }
}

/// The annotations of a page (none when it has no `items`).
fn items_of(page: &Value) -> Result<&[Value], String> {
    match page.get("items") {
        Some(Value::Array(items)) => Ok(items.as_slice()),
        Some(_) => Err("the page's \"items\" is not a list".to_string()),
        None => Ok(&[]),
    }
}

/// " (IRI)" for messages when the item has an id.
fn item_id(value: &Value) -> String {
    match value.get("id").and_then(Value::as_str) {
        Some(id) => format!(" ('{}')", quoted(id)),
        None => String::new(),
    }
}

/// The id `iri` names after `prefix`, decoded (`None` without the prefix).
fn iri_id(iri: &str, prefix: &str) -> Option<String> {
    iri.strip_prefix(prefix).map(decode_iri)
}

/// One entry of the collection's `documents`: its IRI and the document to add.
fn file_document(d: &Value) -> Result<(String, Pending), String> {
    let Value::Object(d) = d else {
        return Err("is not a JSON object".into());
    };
    let iri = d
        .get("id")
        .and_then(Value::as_str)
        .ok_or("has no \"id\" (the IRI its annotations name)")?
        .to_string();
    let text = match d.get("text") {
        Some(Value::String(t)) => t.clone(),
        _ => return Err(format!("'{}' has no \"text\"", quoted(&iri))),
    };
    let mut fields = Map::new();
    for (from, to) in [
        ("publisher", "outlet"),
        ("issued", "date"),
        ("dateOriginal", "date_original"),
        ("url", "url"),
        ("byline", "byline"),
        ("language", "language"),
    ] {
        if let Some(v) = d.get(from) {
            fields.insert(to.to_string(), v.clone());
        }
    }
    let meta = crate::export::jsonl::read_meta(&fields)?;
    let id = iri_id(&iri, DOCUMENT_PREFIX);
    let doc = ImportedDocument {
        origin: id.is_none().then(|| iri.clone()),
        id,
        title: d.get("title").and_then(Value::as_str).map(str::to_string),
        meta,
        text: String::new(),
        spans: Vec::new(),
        line: 0,
        links: Vec::new(),
    };
    let pending = Pending {
        doc,
        existing: false,
        incoming: IncomingText::new(text),
        iris: Vec::new(),
    };
    Ok((iri, pending))
}

/// The project's document a target source names: `urn:marginalia:document:ID`,
/// or a document whose origin or URL is the source.
fn project_document(importer: &Importer<'_>, source: &str) -> Option<Pending> {
    let document = match iri_id(source, DOCUMENT_PREFIX) {
        Some(id) => importer.document(&id),
        None => (importer.project.documents.iter())
            .find(|d| d.origin.as_deref() == Some(source) || d.meta.url.as_deref() == Some(source)),
    }?;
    let doc = ImportedDocument {
        id: Some(document.id.clone()),
        title: None,
        origin: None,
        meta: Default::default(),
        text: String::new(),
        spans: Vec::new(),
        line: 0,
        links: Vec::new(),
    };
    Some(Pending {
        doc,
        existing: true,
        incoming: IncomingText::new(document.text.clone()),
        iris: Vec::new(),
    })
}

/// The span an annotation selects in `incoming`, in chars of the normalised text.
fn to_span(span: SpanItem, incoming: &IncomingText) -> Result<ImportedSpan, String> {
    let (start, end) = match (span.position, &span.quote) {
        (Some((start, end)), quote) => {
            let mapped = incoming.span(start, end, OffsetUnit::Chars)?;
            if let Some((exact, _, _)) = quote {
                let a = incoming.raw_char_of(start, OffsetUnit::Chars)?;
                let b = incoming.raw_char_of(end, OffsetUnit::Chars)?;
                let actual = incoming.raw_text_of(a, b);
                if actual != exact {
                    return Err(format!(
                        "span {start}..{end} quotes \"{}\" but the text there is \"{}\"",
                        quoted(exact),
                        quoted(actual)
                    ));
                }
            }
            mapped
        }
        (None, Some((exact, prefix, suffix))) => find_quote(incoming.text(), exact, prefix, suffix)
            .ok_or_else(|| format!("the quote \"{}\" is not in the document", quoted(exact)))?,
        (None, None) => return Err("selects no span".into()),
    };
    let mut out = ImportedSpan::new(start, end, &span.label);
    out.source = span.source_name;
    out.note = span.note;
    out.author = span.author;
    out.created = span.created.filter(|c| !c.is_empty());
    out.id = span
        .iri
        .map(|iri| iri_id(&iri, ANNOTATION_PREFIX).unwrap_or(iri))
        .filter(|id| !id.is_empty());
    Ok(out)
}

/// The char span of `exact` in `text`: the first occurrence preceded by `prefix`
/// and followed by `suffix`, else the first preceded or followed by them, else
/// the first. Line breaks in the selector are normalised like the text's.
fn find_quote(text: &str, exact: &str, prefix: &str, suffix: &str) -> Option<(usize, usize)> {
    let norm = |s: &str| s.replace("\r\n", "\n").replace('\r', "\n");
    let (exact, prefix, suffix) = (norm(exact), norm(prefix), norm(suffix));
    let score = |b: usize| {
        let before = text[..b].ends_with(prefix.as_str());
        let after = text[b + exact.len()..].starts_with(suffix.as_str());
        u8::from(before) + u8::from(after)
    };
    let (byte, _) = text
        .match_indices(exact.as_str())
        .map(|(b, _)| (b, score(b)))
        .fold(None, |best: Option<(usize, u8)>, (b, s)| match best {
            Some((_, top)) if top >= s => best,
            _ => Some((b, s)),
        })?;
    let start = text[..byte].chars().count();
    Some((start, start + exact.chars().count()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_quote_alone_is_found_by_its_context() {
        let text = "KCNA said 조선. Yonhap said 조선. 👋🏽 said 조선.";
        assert_eq!(
            find_quote(text, "조선", "Yonhap said ", "."),
            Some((26, 28))
        );
        assert_eq!(find_quote(text, "조선", "", ""), Some((10, 12)));
        assert_eq!(find_quote(text, "said 조선", "👋🏽 ", ""), Some((33, 40)));
        assert_eq!(find_quote(text, "nothing", "", ""), None);
    }
}
