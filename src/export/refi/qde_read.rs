//! Reading a REFI-QDA `project.qde` (or a `.qdc` codebook) into plain structs, with
//! no recursion: one pass over quick-xml's events with an explicit stack of open
//! elements, so a 100,000-deep nesting of codes costs memory, never the call stack.
//!
//! Only XML's five predefined entities and character references are resolved; a
//! document that declares entities (`<!DOCTYPE … <!ENTITY`) is refused, and any other
//! entity reference is an error, so nothing can expand without bound.

use std::collections::HashMap;

use quick_xml::events::{BytesStart, Event};
use quick_xml::{Reader, XmlVersion};

pub use super::qde_model::{RefiCode, RefiProject, RefiSelection, RefiTextSource};

impl RefiProject {
    fn skip(&mut self, what: &str) {
        match self.not_imported.iter_mut().find(|(w, _)| w == what) {
            Some((_, n)) => *n += 1,
            None => self.not_imported.push((what.to_string(), 1)),
        }
    }
}

/// Elements whose presence is reported as not imported.
const NOT_IMPORTED: &[&str] = &[
    "PictureSource",
    "PDFSource",
    "AudioSource",
    "VideoSource",
    "Set",
    "Graph",
    "Case",
    "Link",
    "PictureSelection",
    "PDFSelection",
    "AudioSelection",
    "VideoSelection",
    "TranscriptSelection",
];

/// Deepest nesting of codes read; deeper is refused with one line (no tool nests a
/// codebook this deep, and every level could become a label).
pub const MAX_CODE_DEPTH: usize = 1000;

/// Where text content goes while it is read.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Sink {
    None,
    Inline,
    Description,
    Value,
    Note,
    /// A code's `Description` (codebook, issue 19).
    CodeDescription,
}

/// Parses `xml` (a `project.qde` or a `.qdc`). The error is one line.
pub fn parse_qde(xml: &str) -> Result<RefiProject, String> {
    let mut reader = Reader::from_str(xml);
    reader.config_mut().check_end_names = true;
    let mut project = RefiProject::default();
    // Names of the open elements; for each open `Code`, its index.
    let mut open: Vec<String> = Vec::new();
    let mut code_stack: Vec<usize> = Vec::new();
    let mut sink = Sink::None;
    let mut text = String::new();
    let mut saw_root = false;
    loop {
        let position = reader.buffer_position();
        let event = reader
            .read_event()
            .map_err(|e| format!("the XML is not well-formed near byte {position}: {e}"))?;
        let (start, empty) = match event {
            Event::Start(e) => (e, false),
            Event::Empty(e) => (e, true),
            Event::End(e) => {
                let name = local(e.local_name().as_ref());
                open.pop();
                end_element(&mut project, &name, &mut code_stack, &mut sink, &mut text);
                continue;
            }
            Event::Text(t) => {
                if sink != Sink::None {
                    text.push_str(&t.xml_content(XmlVersion::Explicit1_0));
                }
                continue;
            }
            Event::CData(c) => {
                if sink != Sink::None {
                    text.push_str(&c.xml_content(XmlVersion::Explicit1_0));
                }
                continue;
            }
            Event::GeneralRef(r) => {
                let c = resolve_ref(&r)?;
                if sink != Sink::None {
                    text.push(c);
                }
                continue;
            }
            Event::DocType(d) => {
                if d.contains("<!ENTITY") || d.contains("<!entity") {
                    return Err("the XML declares entities (<!ENTITY>), which are not \
                                accepted: they can expand without bound"
                        .into());
                }
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        let name = local(start.local_name().as_ref());
        if !saw_root {
            saw_root = true;
            if name != "Project" && name != "CodeBook" {
                return Err(format!(
                    "the XML's root is <{name}>, not a REFI-QDA <Project> or <CodeBook>"
                ));
            }
        }
        start_element(&mut project, &name, &start, &open, &mut code_stack)?;
        match (name.as_str(), open.last().map(String::as_str)) {
            ("PlainTextContent", Some("TextSource")) => sink = Sink::Inline,
            ("Description", Some("PlainTextSelection")) => sink = Sink::Description,
            ("PlainTextContent", Some("Note")) => sink = Sink::Note,
            ("Description", Some("Code")) => sink = Sink::CodeDescription, // codebook
            (value, Some("VariableValue"))
                if value.ends_with("Value")
                    && open.iter().rev().nth(1).map(String::as_str) == Some("TextSource") =>
            {
                sink = Sink::Value
            }
            _ => {}
        }
        if empty {
            end_element(&mut project, &name, &mut code_stack, &mut sink, &mut text);
        } else {
            open.push(name);
        }
    }
    if !saw_root {
        return Err("the XML has no root element".into());
    }
    if let Some(name) = open.last() {
        return Err(format!("the XML ends inside <{name}>"));
    }
    Ok(project)
}

/// The local part of a (possibly prefixed) element name.
fn local(name: &str) -> String {
    name.rsplit(':').next().unwrap_or(name).to_string()
}

/// The character an entity reference stands for: the five of XML and character
/// references only.
fn resolve_ref(r: &quick_xml::events::BytesRef<'_>) -> Result<char, String> {
    let name: &str = r;
    match name {
        "amp" => Ok('&'),
        "lt" => Ok('<'),
        "gt" => Ok('>'),
        "quot" => Ok('"'),
        "apos" => Ok('\''),
        _ => match r.resolve_char_ref() {
            Ok(Some(c)) => Ok(c),
            Ok(None) => Err(format!(
                "the XML uses the entity &{name}; which REFI does not define (only \
                 XML's own entities are read)"
            )),
            Err(e) => Err(format!(
                "the XML has a bad character reference &{name};: {e}"
            )),
        },
    }
}

/// The attributes of `e`, unescaped, by local name.
fn attributes(e: &BytesStart<'_>) -> Result<HashMap<String, String>, String> {
    let mut out = HashMap::new();
    for a in e.attributes() {
        let a = a.map_err(|err| format!("the XML has a malformed attribute: {err}"))?;
        let key = local(a.key.local_name().as_ref());
        let value = a
            .normalized_value(XmlVersion::Explicit1_0)
            .map_err(|err| format!("the XML attribute {key} cannot be read: {err}"))?;
        out.insert(key, value.into_owned());
    }
    Ok(out)
}

fn start_element(
    project: &mut RefiProject,
    name: &str,
    e: &BytesStart<'_>,
    open: &[String],
    code_stack: &mut Vec<usize>,
) -> Result<(), String> {
    let parent = open.last().map(String::as_str);
    match name {
        "Project" if open.is_empty() => {
            let attrs = attributes(e)?;
            project.origin = attrs.get("origin").cloned().unwrap_or_default();
        }
        "User" => {
            let attrs = attributes(e)?;
            if let Some(g) = attrs.get("guid") {
                let name = attrs.get("name").cloned().unwrap_or_default();
                project.users.insert(norm_guid(g), name);
            }
        }
        "Code" if matches!(parent, Some("Codes" | "Code")) => {
            if code_stack.len() >= MAX_CODE_DEPTH {
                return Err(format!(
                    "codes are nested more than {MAX_CODE_DEPTH} levels deep, which is refused"
                ));
            }
            let attrs = attributes(e)?;
            let guid = attrs
                .get("guid")
                .map(|g| norm_guid(g))
                .ok_or("a <Code> has no guid")?;
            let codable = attrs
                .get("isCodable")
                .is_none_or(|v| v.trim() == "true" || v.trim() == "1");
            project.codes.push(RefiCode {
                guid,
                name: attrs.get("name").cloned().unwrap_or_default(),
                codable,
                color: attrs.get("color").cloned(),
                parent: code_stack.last().copied(),
                description: String::new(),
            });
            code_stack.push(project.codes.len() - 1);
        }
        "Note" if parent == Some("Notes") => {
            let attrs = attributes(e)?;
            project.current_note = attrs.get("guid").map(|g| norm_guid(g));
        }
        "NoteRef" if parent == Some("TextSource") => {
            let attrs = attributes(e)?;
            if let (Some(g), Some(source)) = (attrs.get("targetGUID"), project.sources.last_mut()) {
                source.notes.push(norm_guid(g));
            }
        }
        // codebook (issue 19): the project memo's note.
        "NoteRef" if parent == Some("Project") => {
            let attrs = attributes(e)?;
            if let Some(g) = attrs.get("targetGUID") {
                project.project_notes.push(norm_guid(g));
            }
        }
        "Variable" if parent == Some("Variables") => {
            let attrs = attributes(e)?;
            if let Some(g) = attrs.get("guid") {
                let name = attrs.get("name").cloned().unwrap_or_default();
                project.variables.insert(norm_guid(g), name);
            }
        }
        "VariableValue" if parent == Some("TextSource") => {
            if let Some(source) = project.sources.last_mut() {
                source.values.push((String::new(), String::new()));
            }
        }
        "VariableRef" if parent == Some("VariableValue") => {
            let attrs = attributes(e)?;
            let target = attrs.get("targetGUID").map(|g| norm_guid(g));
            if let (Some(t), Some(v)) = (
                target,
                project.sources.last_mut().and_then(|s| s.values.last_mut()),
            ) {
                v.0 = t;
            }
        }
        "TextSource" => {
            let attrs = attributes(e)?;
            project.sources.push(RefiTextSource {
                name: attrs.get("name").cloned().unwrap_or_default(),
                path: attrs.get("plainTextPath").cloned(),
                ..RefiTextSource::default()
            });
        }
        "PlainTextSelection" if parent == Some("TextSource") => {
            let attrs = attributes(e)?;
            let position = |key: &str| -> Result<usize, String> {
                let v = attrs
                    .get(key)
                    .ok_or_else(|| format!("a <PlainTextSelection> has no {key}"))?;
                v.trim().parse::<usize>().map_err(|_| {
                    format!("a <PlainTextSelection> has {key}=\"{v}\", not a position")
                })
            };
            let selection = RefiSelection {
                start: position("startPosition")?,
                end: position("endPosition")?,
                user: attrs.get("creatingUser").map(|g| norm_guid(g)),
                created: attrs.get("creationDateTime").cloned(),
                ..RefiSelection::default()
            };
            if let Some(source) = project.sources.last_mut() {
                source.selections.push(selection);
            }
        }
        "CodeRef" if parent == Some("Coding") => {
            let attrs = attributes(e)?;
            let target = attrs
                .get("targetGUID")
                .map(|g| norm_guid(g))
                .ok_or("a <CodeRef> has no targetGUID")?;
            let in_text_selection =
                open.iter().rev().nth(1).map(String::as_str) == Some("PlainTextSelection");
            if in_text_selection
                && let Some(s) = project
                    .sources
                    .last_mut()
                    .and_then(|s| s.selections.last_mut())
            {
                s.codes.push(target);
            }
        }
        other if NOT_IMPORTED.contains(&other) => project.skip(other),
        _ => {}
    }
    Ok(())
}

fn end_element(
    project: &mut RefiProject,
    name: &str,
    code_stack: &mut Vec<usize>,
    sink: &mut Sink,
    text: &mut String,
) {
    match (name, *sink) {
        ("PlainTextContent", Sink::Inline) => {
            if let Some(source) = project.sources.last_mut() {
                source.inline = Some(std::mem::take(text));
            }
            *sink = Sink::None;
        }
        ("Description", Sink::Description) => {
            if let Some(s) = project
                .sources
                .last_mut()
                .and_then(|s| s.selections.last_mut())
            {
                s.description = std::mem::take(text);
            }
            *sink = Sink::None;
        }
        ("PlainTextContent", Sink::Note) => {
            if let Some(g) = project.current_note.take() {
                project.notes.insert(g, std::mem::take(text));
            }
            *sink = Sink::None;
        }
        (_, Sink::Value) => {
            if let Some(v) = project.sources.last_mut().and_then(|s| s.values.last_mut()) {
                v.1 = std::mem::take(text);
            }
            *sink = Sink::None;
        }
        // codebook (issue 19): a code's Description, while the code is open.
        ("Description", Sink::CodeDescription) => {
            if let Some(code) = code_stack.last().and_then(|&i| project.codes.get_mut(i)) {
                code.description = std::mem::take(text);
            }
            *sink = Sink::None;
        }
        ("Code", _) => {
            code_stack.pop();
        }
        _ => {}
    }
    text.clear();
}

/// A GUID as compared: lower case, without braces.
pub fn norm_guid(g: &str) -> String {
    let g = g.trim();
    let g = g
        .strip_prefix('{')
        .and_then(|s| s.strip_suffix('}'))
        .unwrap_or(g);
    g.to_ascii_lowercase()
}
