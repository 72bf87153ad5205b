//! W3C Web Annotation: a JSON-LD `AnnotationCollection` (with an `id`) whose
//! annotations sit on one embedded `AnnotationPage` (`first`), as the model's
//! Example 40 shows and the web-annotation-tests MUST schemas require. Each target has a `TextQuoteSelector` (exact, prefix, suffix) and a
//! `TextPositionSelector` (start, end in code points, as the specification says —
//! this format ignores `--offsets`). The bodies carry the label (`tagging`), the
//! source (`identifying`) and the note (`commenting`); creator and created are set.
//!
//! So that the file can be checked without the project, the collection also lists
//! the documents (`documents`: id, title, text), keyed by the same IRI the targets
//! use as `source`. Those terms are defined in a second `@context` entry
//! ([`marginalia_context`]), so a JSON-LD processor keeps them on expansion.
//! A document's metadata are properties of that source: `publisher` (the outlet,
//! Dublin Core), `issued` (the RFC 3339 date, Dublin Core), `dateOriginal` (the
//! date as written), `url` (schema.org), `byline` and `language` (the Web
//! Annotation context's `dc:language`), each only when set.
//!
//! `read.rs` reads such a file back (and other tools' W3C annotations): see there.

mod item;
pub(in crate::export) mod read;

use serde::Serialize;
use serde_json::{Value, json};

use super::{ExportError, Selection};
use crate::model::{Annotation, Document};

/// Chars of context in `prefix` and `suffix`.
pub const CONTEXT_CHARS: usize = 32;

/// The IRI of a document in the export: `urn:marginalia:document:ID` (ASCII
/// characters not allowed in an IRI path are percent-encoded).
pub fn document_iri(id: &str) -> String {
    format!("{DOCUMENT_PREFIX}{}", encode(id))
}

/// The IRI of an annotation: `urn:marginalia:annotation:ID`.
pub fn annotation_iri(id: &str) -> String {
    format!("{ANNOTATION_PREFIX}{}", encode(id))
}

/// What a document's IRI starts with, before its encoded id.
pub const DOCUMENT_PREFIX: &str = "urn:marginalia:document:";

/// What an annotation's IRI starts with, before its encoded id.
pub const ANNOTATION_PREFIX: &str = "urn:marginalia:annotation:";

/// The text an IRI part percent-encodes (the inverse of the encoding above);
/// `%` sequences that do not decode to UTF-8 are kept as written.
pub fn decode_iri(s: &str) -> String {
    if !s.contains('%') {
        return s.to_string();
    }
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let hex = bytes
            .get(i + 1..i + 3)
            .and_then(|h| std::str::from_utf8(h).ok())
            .and_then(|h| u8::from_str_radix(h, 16).ok());
        match (b, hex) {
            (b'%', Some(v)) => {
                out.push(v);
                i += 3;
            }
            _ => {
                out.push(b);
                i += 1;
            }
        }
    }
    String::from_utf8(out).unwrap_or_else(|_| s.to_string())
}

fn encode(s: &str) -> String {
    percent_encode(s, true)
}

/// `s` with every char outside the IRI path's unreserved set percent-encoded
/// (UTF-8 bytes); non-ASCII letters are kept when `keep_unicode`.
fn percent_encode(s: &str, keep_unicode: bool) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        if c.is_ascii_alphanumeric()
            || matches!(c, '-' | '.' | '_' | '~')
            || keep_unicode && !c.is_ascii() && !c.is_control()
        {
            out.push(c);
        } else {
            let mut buf = [0u8; 4];
            for b in c.encode_utf8(&mut buf).bytes() {
                out.push_str(&format!("%{b:02X}"));
            }
        }
    }
    out
}

/// The IRI of the exported collection: `urn:marginalia:collection:NAME` (the
/// project's name, or `project` when it has none), all ASCII (a plain URI, which
/// every validator accepts).
pub fn collection_iri(project_name: &str) -> String {
    let name = if project_name.trim().is_empty() {
        "project"
    } else {
        project_name
    };
    format!("urn:marginalia:collection:{}", percent_encode(name, false))
}

/// The Web Annotation context.
pub const ANNO_CONTEXT: &str = "http://www.w3.org/ns/anno.jsonld";

/// The terms Marginalia adds to the Web Annotation context: the collection's
/// `documents` (a set), each document's `title` (Dublin Core) and `text`.
pub fn marginalia_context() -> Value {
    json!({
        "marginalia": "urn:marginalia:vocab#",
        "documents": { "@id": "marginalia:documents", "@container": "@set" },
        "title": "http://purl.org/dc/terms/title",
        "text": "marginalia:text",
        "publisher": "http://purl.org/dc/terms/publisher",
        "issued": "http://purl.org/dc/terms/issued",
        "dateOriginal": "marginalia:dateOriginal",
        "url": "https://schema.org/url",
        "byline": "marginalia:byline"
    })
}

#[derive(Serialize)]
struct Collection<'a> {
    #[serde(rename = "@context")]
    context: (&'static str, Value),
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    label: &'a str,
    total: usize,
    first: Page<'a>,
    documents: Vec<Text<'a>>,
}

#[derive(Serialize)]
struct Page<'a> {
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    #[serde(rename = "startIndex")]
    start_index: usize,
    items: Vec<PageItem<'a>>,
}

/// An item of the page: a tagged span, or a link between two of them (issue 13).
#[derive(Serialize)]
#[serde(untagged)]
enum PageItem<'a> {
    Span(Item<'a>),
    Link(LinkItem),
}

/// A link as a W3C annotation: motivation `linking`, targeting the attribution
/// and then what it attributes, the link's kind as a `describing` body.
#[derive(Serialize)]
struct LinkItem {
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    motivation: &'static str,
    body: Body<'static>,
    target: [String; 2],
}

#[derive(Serialize)]
struct Text<'a> {
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    title: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    publisher: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    issued: Option<&'a str>,
    #[serde(rename = "dateOriginal", skip_serializing_if = "Option::is_none")]
    date_original: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    url: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    byline: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    language: Option<&'a str>,
    text: &'a str,
}

#[derive(Serialize)]
struct Item<'a> {
    id: String,
    #[serde(rename = "type")]
    kind: &'static str,
    motivation: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    creator: Option<Creator<'a>>,
    #[serde(skip_serializing_if = "str::is_empty")]
    created: &'a str,
    body: Vec<Body<'a>>,
    target: Target<'a>,
}

#[derive(Serialize)]
struct Creator<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    name: &'a str,
}

#[derive(Serialize)]
struct Body<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    purpose: &'static str,
    value: &'a str,
}

#[derive(Serialize)]
struct Target<'a> {
    source: String,
    selector: (QuoteSelector<'a>, PositionSelector),
}

#[derive(Serialize)]
struct QuoteSelector<'a> {
    #[serde(rename = "type")]
    kind: &'static str,
    exact: &'a str,
    prefix: &'a str,
    suffix: &'a str,
}

#[derive(Serialize)]
struct PositionSelector {
    #[serde(rename = "type")]
    kind: &'static str,
    start: usize,
    end: usize,
}

/// The selection as one pretty-printed JSON-LD document.
pub fn to_w3c(selection: &Selection<'_>) -> Result<String, ExportError> {
    let mut items = Vec::new();
    let mut documents = Vec::new();
    for d in &selection.documents {
        let meta = &d.document.meta;
        documents.push(Text {
            id: document_iri(&d.document.id),
            kind: "Text",
            title: &d.document.title,
            publisher: meta.outlet.as_deref(),
            issued: meta.date.as_deref(),
            date_original: meta.date_original.as_deref(),
            url: meta.url.as_deref(),
            byline: meta.byline.as_deref(),
            language: meta.language.as_deref(),
            text: &d.document.text,
        });
        for a in &d.annotations {
            items.push(PageItem::Span(item(d.document, a)));
        }
    }
    // --- sources (issue 13): links between exported annotations ---
    let exported: std::collections::HashSet<&str> = (selection.documents.iter())
        .flat_map(|d| d.annotations.iter().map(|a| a.id.as_str()))
        .collect();
    for l in &selection.project.links {
        if exported.contains(l.from.as_str()) && exported.contains(l.to.as_str()) {
            items.push(PageItem::Link(LinkItem {
                id: format!("{}:{}", annotation_iri(&l.from), encode(&l.to)),
                kind: "Annotation",
                motivation: "linking",
                body: Body {
                    kind: "TextualBody",
                    purpose: "describing",
                    value: l.kind.as_str(),
                },
                target: [annotation_iri(&l.from), annotation_iri(&l.to)],
            }));
        }
    }
    // --- end sources ---
    let id = collection_iri(&selection.project.name);
    let collection = Collection {
        context: (ANNO_CONTEXT, marginalia_context()),
        total: items.len(),
        first: Page {
            id: format!("{id}:page:1"),
            kind: "AnnotationPage",
            start_index: 0,
            items,
        },
        id,
        kind: "AnnotationCollection",
        label: &selection.project.name,
        documents,
    };
    let mut text = serde_json::to_string_pretty(&collection)
        .map_err(|e| ExportError::Encode(e.to_string()))?;
    text.push('\n');
    Ok(text)
}

fn item<'a>(doc: &'a Document, a: &'a Annotation) -> Item<'a> {
    let body_of = |purpose, value| Body {
        kind: "TextualBody",
        purpose,
        value,
    };
    let mut body = vec![body_of("tagging", a.label.as_str())];
    if let Some(source) = a.source.as_deref().filter(|s| !s.is_empty()) {
        body.push(body_of("identifying", source));
    }
    if !a.note.is_empty() {
        body.push(body_of("commenting", &a.note));
    }
    Item {
        id: annotation_iri(&a.id),
        kind: "Annotation",
        motivation: "tagging",
        creator: (!a.author.is_empty()).then_some(Creator {
            kind: "Person",
            name: &a.author,
        }),
        created: &a.created,
        body,
        target: Target {
            source: document_iri(&doc.id),
            selector: (
                QuoteSelector {
                    kind: "TextQuoteSelector",
                    exact: &a.quote,
                    prefix: doc.slice(a.start.saturating_sub(CONTEXT_CHARS), a.start),
                    suffix: doc.slice(a.end, a.end + CONTEXT_CHARS),
                },
                PositionSelector {
                    kind: "TextPositionSelector",
                    start: a.start,
                    end: a.end,
                },
            ),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iris_keep_unicode_and_encode_ascii_specials() {
        assert_eq!(
            document_iri("조선 a/b"),
            "urn:marginalia:document:조선%20a%2Fb"
        );
        assert_eq!(annotation_iri("a1"), "urn:marginalia:annotation:a1");
        assert_eq!(
            collection_iri("조선 x"),
            "urn:marginalia:collection:%EC%A1%B0%EC%84%A0%20x"
        );
        assert_eq!(collection_iri("  "), "urn:marginalia:collection:project");
    }

    #[test]
    fn decoding_gives_back_what_was_encoded() {
        for id in ["조선 a/b", "a%b", "👋🏽 e\u{301}:x?y#z", "plain"] {
            let iri = document_iri(id);
            assert_eq!(decode_iri(iri.strip_prefix(DOCUMENT_PREFIX).unwrap()), id);
        }
        assert_eq!(decode_iri("%zz%4"), "%zz%4");
        assert_eq!(decode_iri("%FF"), "%FF");
    }
}
