//! The `project.qde` XML of a REFI-QDA export (namespace `urn:QDA-XML:project:1.0`),
//! elements in the order `Project.xsd` requires: `Users`, `CodeBook`, `Sources`.
//!
//! - Each label is a `Code` with its colour; a label that carries a source
//!   (attribution) gets one sub-code per source used, so a QDA tool counts by source.
//! - Each document is a `TextSource` whose text is the archive's
//!   `sources/GUID.txt` (`plainTextPath="internal://GUID.txt"`).
//! - Document metadata are text variables ([`super::variables`]).
//! - Each annotation is a `PlainTextSelection` in Unicode code points, end exclusive
//!   (as QualCoder reads them), with its author as `creatingUser`, its note as
//!   `Description`, and one `Coding` whose `CodeRef` names its code.

use std::collections::{BTreeMap, BTreeSet};
use std::io::{self, Write};

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesText, Event};

use super::guid::guid;
use crate::export::Selection;
use crate::model::{Annotation, parse_hex_color};

/// The REFI project namespace.
pub const NAMESPACE: &str = "urn:QDA-XML:project:1.0";

/// Where a document's text lives in the archive, and how the XML points at it.
pub fn source_paths(doc_id: &str) -> (String, String) {
    let g = guid("source", doc_id);
    (format!("sources/{g}.txt"), format!("internal://{g}.txt"))
}

/// One label's code: (label id, name, colour, `Description` text).
type LabelCode<'a> = (&'a str, &'a str, Option<&'a str>, String);

/// The codes of the export: each label's GUID, and for labels that carry a source,
/// the GUID of each source's sub-code.
pub(super) struct Codes<'a> {
    /// (label id, name, colour, description) in schema order, then labels only
    /// annotations use.
    labels: Vec<LabelCode<'a>>,
    /// Label id → the sources used with it (sorted).
    sources: BTreeMap<&'a str, BTreeSet<&'a str>>,
}

impl<'a> Codes<'a> {
    /// The codes `selection` needs: every label of the schema, labels only its
    /// annotations use, and the sources used with labels that carry one.
    pub(super) fn of(selection: &'a Selection<'a>) -> Self {
        let schema = &selection.project.schema;
        let mut labels: Vec<LabelCode<'_>> = schema
            .labels
            .iter()
            .map(|l| {
                let color = (l.color.starts_with('#') && parse_hex_color(&l.color).is_some())
                    .then_some(l.color.as_str());
                // codebook (issue 19): the guideline as the code's Description.
                let description = super::guide::description_of(l);
                (l.id.as_str(), l.name.as_str(), color, description)
            })
            .collect();
        let mut sources: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
        let needs_source = |id: &str| schema.labels.iter().any(|l| l.id == id && l.needs_source);
        for a in selection.documents.iter().flat_map(|d| &d.annotations) {
            if !labels.iter().any(|(id, ..)| *id == a.label) {
                labels.push((&a.label, &a.label, None, String::new()));
            }
            if let Some(source) = source_of(a).filter(|_| needs_source(&a.label)) {
                sources.entry(&a.label).or_default().insert(source);
            }
        }
        Codes { labels, sources }
    }

    /// How many codes: one per label and one per source sub-code.
    pub(super) fn count(&self) -> usize {
        self.labels.len() + self.sources.values().map(BTreeSet::len).sum::<usize>()
    }

    /// The code an annotation is coded with: its source's sub-code when its label
    /// has them, else its label's code.
    fn code_of(&self, a: &Annotation) -> String {
        match source_of(a) {
            Some(s)
                if self
                    .sources
                    .get(a.label.as_str())
                    .is_some_and(|set| set.contains(s)) =>
            {
                source_code_guid(&a.label, s)
            }
            _ => guid("code", &a.label),
        }
    }
}

fn source_of(a: &Annotation) -> Option<&str> {
    a.source.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

fn source_code_guid(label: &str, source: &str) -> String {
    guid("code", &format!("{label}\u{1f}{source}"))
}

/// True when `s` has the shape of an `xsd:dateTime` (`2026-11-27T10:00:00Z`, with
/// optional fraction and offset), so a malformed `created` is left out rather than
/// making the file invalid.
fn is_xsd_datetime(s: &str) -> bool {
    let b = s.as_bytes();
    let digits =
        |r: std::ops::Range<usize>| b.get(r).is_some_and(|d| d.iter().all(u8::is_ascii_digit));
    b.len() >= 19
        && digits(0..4)
        && b[4] == b'-'
        && digits(5..7)
        && b[7] == b'-'
        && digits(8..10)
        && b[10] == b'T'
        && digits(11..13)
        && b[13] == b':'
        && digits(14..16)
        && b[16] == b':'
        && digits(17..19)
}

/// The `project.qde` text of `selection`.
pub fn project_xml(selection: &Selection<'_>) -> io::Result<Vec<u8>> {
    write_project(Vec::new(), selection)
}

/// Writes the `project.qde` of `selection` to `out` as it goes (no whole-XML string:
/// the export streams it into the archive) and gives `out` back.
pub fn write_project<W: Write>(out: W, selection: &Selection<'_>) -> io::Result<W> {
    let codes = Codes::of(selection);
    let authors: BTreeSet<&str> = selection
        .documents
        .iter()
        .flat_map(|d| &d.annotations)
        .map(|a| a.author.trim())
        .filter(|a| !a.is_empty())
        .collect();
    let mut w = Writer::new_with_indent(out, b' ', 2);
    w.write_event(Event::Decl(BytesDecl::new("1.0", Some("utf-8"), None)))?;
    let name = if selection.project.name.trim().is_empty() {
        "Marginalia project"
    } else {
        selection.project.name.as_str()
    };
    let origin = concat!("Marginalia ", env!("CARGO_PKG_VERSION"));
    w.create_element("Project")
        .with_attributes([("xmlns", NAMESPACE), ("name", name), ("origin", origin)])
        .write_inner_content(|w| {
            if !authors.is_empty() {
                w.create_element("Users").write_inner_content(|w| {
                    for author in &authors {
                        w.create_element("User")
                            .with_attributes([
                                ("guid", guid("user", author).as_str()),
                                ("name", author),
                            ])
                            .write_empty()?;
                    }
                    Ok(())
                })?;
            }
            if !codes.labels.is_empty() {
                write_codebook(w, &codes)?;
            }
            super::variables::write_variables(w, &super::variables::fields_used(selection))?;
            if !selection.documents.is_empty() {
                w.create_element("Sources").write_inner_content(|w| {
                    for d in &selection.documents {
                        write_source(w, d, &codes)?;
                    }
                    Ok(())
                })?;
            }
            super::notes::write_notes(w, selection)?;
            // codebook (issue 19): the project memo's NoteRef, last in Project.
            super::notes::write_project_note_ref(w, selection.project)?;
            Ok(())
        })?;
    let mut out = w.into_inner();
    out.write_all(b"\n")?;
    Ok(out)
}

fn write_codebook<W: Write>(w: &mut Writer<W>, codes: &Codes<'_>) -> io::Result<()> {
    w.create_element("CodeBook").write_inner_content(|w| {
        write_codes(w, codes)?;
        Ok(())
    })?;
    Ok(())
}

/// Writes `<Codes>` (the content of a `CodeBook`, in a project or a `.qdc`): one
/// `Code` per label, its guideline as `Description` (first, as `Project.xsd`
/// orders a code's children), then its source sub-codes.
pub(super) fn write_codes<W: Write>(w: &mut Writer<W>, codes: &Codes<'_>) -> io::Result<()> {
    w.create_element("Codes").write_inner_content(|w| {
        for (id, name, color, description) in &codes.labels {
            let g = guid("code", id);
            let mut attrs = vec![("guid", g.as_str()), ("name", *name), ("isCodable", "true")];
            if let Some(c) = color {
                attrs.push(("color", c));
            }
            let element = w.create_element("Code").with_attributes(attrs);
            let sources = codes.sources.get(id);
            if sources.is_none() && description.is_empty() {
                element.write_empty()?;
                continue;
            }
            element.write_inner_content(|w| {
                if !description.is_empty() {
                    w.create_element("Description")
                        .write_text_content(BytesText::new(description))?;
                }
                for source in sources.into_iter().flatten() {
                    let g = source_code_guid(id, source);
                    let mut attrs = vec![
                        ("guid", g.as_str()),
                        ("name", *source),
                        ("isCodable", "true"),
                    ];
                    if let Some(c) = color {
                        attrs.push(("color", c));
                    }
                    w.create_element("Code")
                        .with_attributes(attrs)
                        .write_empty()?;
                }
                Ok(())
            })?;
        }
        Ok(())
    })?;
    Ok(())
}

fn write_source<W: Write>(
    w: &mut Writer<W>,
    d: &crate::export::DocumentSpans<'_>,
    codes: &Codes<'_>,
) -> io::Result<()> {
    let doc = d.document;
    let g = guid("source", &doc.id);
    let (_, internal) = source_paths(&doc.id);
    let name = if doc.title.trim().is_empty() {
        doc.id.as_str()
    } else {
        doc.title.as_str()
    };
    let element = w.create_element("TextSource").with_attributes([
        ("guid", g.as_str()),
        ("name", name),
        ("plainTextPath", internal.as_str()),
    ]);
    if d.annotations.is_empty() && !super::variables::has_values(&doc.meta) && doc.memo.is_empty() {
        element.write_empty()?;
        return Ok(());
    }
    element.write_inner_content(|w| {
        for a in &d.annotations {
            write_selection(w, a, codes)?;
        }
        super::notes::write_note_ref(w, doc)?;
        super::variables::write_values(w, &doc.meta)?;
        Ok(())
    })?;
    Ok(())
}

fn write_selection<W: Write>(
    w: &mut Writer<W>,
    a: &Annotation,
    codes: &Codes<'_>,
) -> io::Result<()> {
    let g = guid("selection", &a.id);
    let (start, end) = (a.start.to_string(), a.end.to_string());
    let user = (!a.author.trim().is_empty()).then(|| guid("user", a.author.trim()));
    let name: String = a.quote.chars().take(100).collect();
    let mut attrs = vec![
        ("guid", g.as_str()),
        ("name", name.as_str()),
        ("startPosition", start.as_str()),
        ("endPosition", end.as_str()),
    ];
    if let Some(u) = &user {
        attrs.push(("creatingUser", u));
    }
    if is_xsd_datetime(&a.created) {
        attrs.push(("creationDateTime", &a.created));
    }
    w.create_element("PlainTextSelection")
        .with_attributes(attrs)
        .write_inner_content(|w| {
            if !a.note.is_empty() {
                w.create_element("Description")
                    .write_text_content(BytesText::new(&a.note))?;
            }
            let coding = guid("coding", &a.id);
            let mut attrs = vec![("guid", coding.as_str())];
            if let Some(u) = &user {
                attrs.push(("creatingUser", u));
            }
            w.create_element("Coding")
                .with_attributes(attrs)
                .write_inner_content(|w| {
                    w.create_element("CodeRef")
                        .with_attribute(("targetGUID", codes.code_of(a).as_str()))
                        .write_empty()?;
                    Ok(())
                })?;
            Ok(())
        })?;
    Ok(())
}
