//! REFI-QDA export: the archive holds `project.qde` and one `sources/GUID.txt` per
//! document; the XML follows `Project.xsd`'s rules (namespace, element order,
//! required attributes, the GUID and RGB patterns); every selection's code points
//! slice the document to the annotation's quote; codings point at codes that exist;
//! attributions are coded with one sub-code per source; a re-export is byte for byte
//! the same. Checked by reading the archive back, not by comparing with a copy.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::io::{Cursor, Read};
use std::path::Path;
use std::process::Command;

use marginalia::export::refi::guid::is_guid;
use marginalia::export::{ExportFormat, ExportOptions, Selection, export_to_bytes};
use marginalia::model::{OffsetUnit, Project};
use quick_xml::events::Event;
use quick_xml::{Reader, XmlVersion};

fn fixture() -> Project {
    marginalia::store::load_project(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export/project.ron"),
    )
    .expect("fixture project")
}

fn qdpx(p: &Project) -> Vec<u8> {
    let sel = Selection::new(p, &ExportOptions::default()).expect("selection");
    export_to_bytes(&sel, ExportFormat::Qdpx, OffsetUnit::Chars)
        .expect("qdpx")
        .0
}

/// The archive's files by name.
fn unzip(bytes: &[u8]) -> BTreeMap<String, String> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).expect("a zip archive");
    let mut files = BTreeMap::new();
    for k in 0..archive.len() {
        let mut f = archive.by_index(k).expect("entry");
        let mut text = String::new();
        f.read_to_string(&mut text).expect("UTF-8 entry");
        files.insert(f.name().expect("entry name").to_string(), text);
    }
    files
}

/// One element: its name, attributes, parent name, and text content.
#[derive(Debug, Default, Clone)]
struct Element {
    name: String,
    attrs: HashMap<String, String>,
    parent: String,
    parent_index: Option<usize>,
    children: Vec<String>,
    text: String,
}

fn elements(xml: &str) -> Vec<Element> {
    let mut reader = Reader::from_str(xml);
    let mut out: Vec<Element> = Vec::new();
    let mut stack: Vec<usize> = Vec::new();
    loop {
        let event = reader.read_event().expect("well-formed XML");
        let (e, empty) = match &event {
            Event::Start(e) => (e.clone(), false),
            Event::Empty(e) => (e.clone(), true),
            Event::Text(t) => {
                if let Some(&top) = stack.last() {
                    out[top]
                        .text
                        .push_str(&t.xml_content(XmlVersion::Explicit1_0));
                }
                continue;
            }
            Event::GeneralRef(r) => {
                if let Some(&top) = stack.last() {
                    let name: &str = r.as_ref();
                    let c = match name {
                        "amp" => "&",
                        "lt" => "<",
                        "gt" => ">",
                        "quot" => "\"",
                        "apos" => "'",
                        other => panic!("unexpected entity {other}"),
                    };
                    out[top].text.push_str(c);
                }
                continue;
            }
            Event::End(_) => {
                stack.pop();
                continue;
            }
            Event::Eof => break,
            _ => continue,
        };
        let name = AsRef::<str>::as_ref(&e.name()).to_string();
        let attrs = e
            .attributes()
            .map(|a| {
                let a = a.expect("attribute");
                (
                    AsRef::<str>::as_ref(&a.key).to_string(),
                    a.normalized_value(XmlVersion::Explicit1_0)
                        .expect("value")
                        .into_owned(),
                )
            })
            .collect();
        let parent = stack
            .last()
            .map(|&p| out[p].name.clone())
            .unwrap_or_default();
        if let Some(&p) = stack.last() {
            out[p].children.push(name.clone());
        }
        out.push(Element {
            name,
            attrs,
            parent,
            parent_index: stack.last().copied(),
            ..Element::default()
        });
        if !empty {
            stack.push(out.len() - 1);
        }
    }
    out
}

fn chars(text: &str, start: usize, end: usize) -> String {
    text.chars().skip(start).take(end - start).collect()
}

#[test]
fn the_archive_follows_the_schema_and_every_selection_slices_to_its_quote() {
    let mut p = fixture();
    // codebook (issue 19): a guideline (Code/Description) and a project memo
    // (Notes/Note and the project's NoteRef) in the file checked.
    p.schema.labels[2].description = "Who says it".into();
    p.schema.labels[2].example = "according to KCNA".into();
    p.memo = "Project memo".into();
    let files = unzip(&qdpx(&p));
    let xml = files.get("project.qde").expect("project.qde");
    let els = elements(xml);
    let root = &els[0];
    assert_eq!(root.name, "Project");
    assert_eq!(root.attrs["xmlns"], "urn:QDA-XML:project:1.0");
    assert!(root.attrs.contains_key("name"));
    // Project.xsd's sequence: Users, CodeBook, Variables, Cases, Sources, Notes, …
    let order = [
        "Users",
        "CodeBook",
        "Variables",
        "Cases",
        "Sources",
        "Notes",
        "Links",
        "Sets",
        "Graphs",
        "Description",
        "NoteRef",
    ];
    let positions: Vec<usize> = root
        .children
        .iter()
        .map(|c| order.iter().position(|o| o == c).expect("a known child"))
        .collect();
    assert!(
        positions.windows(2).all(|w| w[0] < w[1]),
        "{:?}",
        root.children
    );
    // Inside a code: Description, then sub-codes (CodeType's sequence).
    for e in els.iter().filter(|e| e.name == "Code") {
        let desc = e.children.iter().position(|c| c == "Description");
        assert!(desc.is_none_or(|d| d == 0), "{:?}", e.children);
        assert!(e.children.iter().all(|c| c == "Description" || c == "Code"));
    }
    assert!(
        els.iter()
            .any(|e| e.name == "Code" && e.children.first().is_some_and(|c| c == "Description"))
    );
    // Inside a selection: Description before Coding; inside a Coding: CodeRef.
    for e in els.iter().filter(|e| e.name == "PlainTextSelection") {
        let desc = e.children.iter().position(|c| c == "Description");
        let coding = e
            .children
            .iter()
            .position(|c| c == "Coding")
            .expect("a coding");
        assert!(desc.is_none_or(|d| d < coding));
    }
    // Every guid / reference matches GUIDType; colours match RGBType; guids unique.
    let mut seen = HashSet::new();
    for e in &els {
        for key in ["guid", "targetGUID", "creatingUser"] {
            if let Some(g) = e.attrs.get(key) {
                assert!(is_guid(g), "{} {key}={g}", e.name);
            }
        }
        if let Some(g) = e.attrs.get("guid") {
            assert!(seen.insert(g.clone()), "duplicate guid {g}");
        }
        if let Some(c) = e.attrs.get("color") {
            assert!(c.len() == 7 && c.starts_with('#'), "{c}");
        }
        if e.name == "Code" {
            assert!(e.attrs.contains_key("name") && e.attrs.contains_key("isCodable"));
        }
    }
    let codes: HashMap<&str, &Element> = els
        .iter()
        .filter(|e| e.name == "Code")
        .map(|e| (e.attrs["guid"].as_str(), e))
        .collect();
    let users: HashMap<&str, &str> = els
        .iter()
        .filter(|e| e.name == "User")
        .map(|e| (e.attrs["guid"].as_str(), e.attrs["name"].as_str()))
        .collect();
    // Each text source's text is in the archive; each selection slices it.
    let mut selections = 0;
    let mut source_text = String::new();
    let mut by_quote: Vec<(String, String, String, Option<String>)> = Vec::new();
    for (k, e) in els.iter().enumerate() {
        if e.name == "TextSource" {
            let internal = &e.attrs["plainTextPath"];
            let file = internal
                .strip_prefix("internal://")
                .expect("an internal path");
            source_text = files[&format!("sources/{file}")].clone();
        }
        if e.name == "PlainTextSelection" {
            let s: usize = e.attrs["startPosition"].parse().unwrap();
            let t: usize = e.attrs["endPosition"].parse().unwrap();
            let quote = chars(&source_text, s, t);
            let coderef = els[k..]
                .iter()
                .find(|c| c.name == "CodeRef")
                .expect("a code ref");
            let code = codes[coderef.attrs["targetGUID"].as_str()];
            let user = users[e.attrs["creatingUser"].as_str()].to_string();
            let parent_code = (code.parent == "Code")
                .then(|| els[code.parent_index.unwrap()].attrs["name"].clone());
            by_quote.push((quote, code.attrs["name"].clone(), user, parent_code));
            selections += 1;
        }
    }
    assert_eq!(selections, p.annotations.len());
    // Each annotation is there: its quote, its code (a source's sub-code for an
    // attribution with a source), its author.
    for a in &p.annotations {
        let label_name = &p
            .schema
            .labels
            .iter()
            .find(|l| l.id == a.label)
            .unwrap()
            .name;
        let expected_code = a.source.clone().filter(|_| a.label == "attribution");
        assert!(
            by_quote.iter().any(|(q, code, user, parent)| {
                *q == a.quote
                    && *user == a.author
                    && match &expected_code {
                        Some(source) => code == source && parent.as_deref() == Some(label_name),
                        None => code == label_name,
                    }
            }),
            "annotation {} ({:?}) not exported as expected: {by_quote:?}",
            a.id,
            a.quote
        );
    }
}

#[test]
fn re_export_is_byte_for_byte_the_same() {
    let p = fixture();
    assert_eq!(qdpx(&p), qdpx(&p));
}

/// The texts are compressed on a second thread and merged in: the entries still come
/// in one fixed order — `project.qde`, then each document's text in document order.
#[test]
fn entries_come_in_document_order_after_the_project_xml() {
    let p = fixture();
    let bytes = qdpx(&p);
    let archive = zip::ZipArchive::new(Cursor::new(&bytes[..])).expect("a zip archive");
    let names: Vec<String> = (0..archive.len())
        .map(|k| {
            let name = archive.name_for_index(k).expect("an entry");
            name.expect("a UTF-8 name").into_owned()
        })
        .collect();
    let mut expected = vec!["project.qde".to_string()];
    expected.extend(p.documents.iter().map(|d| {
        format!(
            "sources/{}.txt",
            marginalia::export::refi::guid::guid("source", &d.id)
        )
    }));
    assert!(p.documents.len() > 1, "the fixture has several documents");
    assert_eq!(names, expected);
}

#[test]
fn cli_writes_a_qdpx_file_and_refuses_standard_output() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.qdpx");
    let project = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export/project.ron");
    let o = Command::new(env!("CARGO_BIN_EXE_marginalia"))
        .arg("export")
        .arg(&project)
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    assert!(String::from_utf8_lossy(&o.stderr).contains("(qdpx)"));
    let files = unzip(&std::fs::read(&out).unwrap());
    assert!(files.contains_key("project.qde"));
    let o = Command::new(env!("CARGO_BIN_EXE_marginalia"))
        .args(["export", project.to_str().unwrap(), "--format", "qdpx"])
        .output()
        .unwrap();
    assert!(!o.status.success());
    let err = String::from_utf8_lossy(&o.stderr);
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.contains("--out FILE.qdpx"), "{err}");
}
