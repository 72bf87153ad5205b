//! Hostile REFI-QDA files: each is refused (or read safely) with one line naming the
//! problem, never a panic, and the project is left as it was: a zip bomb, text paths
//! and entries with `../`, selections past the end, codings with unknown codes,
//! 100,000-deep nesting of codes, invalid XML, entity-expansion attacks, a file that
//! is not a zip at all.

use std::io::Write;
use std::path::{Path, PathBuf};

use marginalia::export::refi::read::{QdpxLimits, import_qdpx_limited};
use marginalia::export::{ImportFormat, ImportOptions, import_paths};
use marginalia::model::Project;

mod common;

const SOURCE: &str = "0b7c9a52-1d1e-4c8a-9f6b-2a1c3d4e5f60";

/// A project.qde with one code and one internal text source holding `selections`.
fn qde(path: &str, selections: &str) -> String {
    format!(
        r#"<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="h" origin="QualCoder 3.5">
  <CodeBook><Codes>
    <Code guid="c0de0000-0000-4000-8000-000000000001" name="Claim" isCodable="true"/>
  </Codes></CodeBook>
  <Sources>
    <TextSource guid="{SOURCE}" name="Doc" plainTextPath="{path}">{selections}</TextSource>
  </Sources>
</Project>
"#
    )
}

fn selection(start: usize, end: usize, code: &str) -> String {
    format!(
        r#"<PlainTextSelection guid="5e1e0000-0000-4000-8000-000000000001" startPosition="{start}" endPosition="{end}"><Coding guid="c0d10000-0000-4000-8000-000000000001"><CodeRef targetGUID="{code}"/></Coding></PlainTextSelection>"#
    )
}

const CLAIM: &str = "c0de0000-0000-4000-8000-000000000001";

/// Writes a `.qdpx` with these entries.
fn archive(dir: &Path, entries: &[(&str, &[u8])]) -> PathBuf {
    let out = dir.join("hostile.qdpx");
    let mut zip = zip::ZipWriter::new(std::fs::File::create(&out).unwrap());
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in entries {
        zip.start_file(*name, options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap();
    out
}

fn text_entry() -> String {
    format!("sources/{SOURCE}.txt")
}

/// The import's error, checked to be one line, the project untouched.
fn refused(path: &Path) -> String {
    refused_with(path, QdpxLimits::default())
}

fn refused_with(path: &Path, limits: QdpxLimits) -> String {
    let mut p = Project::new("t");
    let before = p.clone();
    let e = import_qdpx_limited(&mut p, path, &ImportOptions::default(), limits)
        .expect_err("refused")
        .to_string();
    assert!(!e.contains('\n'), "one line: {e}");
    assert_eq!(p, before, "project untouched");
    e
}

#[test]
fn a_zip_bomb_stops_at_the_cap_with_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let zeros = vec![b'a'; 4 << 20];
    let xml = qde(&format!("internal://{SOURCE}.txt"), "");
    let path = archive(
        dir.path(),
        &[("project.qde", xml.as_bytes()), (&text_entry(), &zeros)],
    );
    assert!(
        std::fs::metadata(&path).unwrap().len() < 64 << 10,
        "compressed small"
    );
    let limits = QdpxLimits {
        entry: 1 << 20,
        total: 64 << 20,
    };
    let e = refused_with(&path, limits);
    assert!(e.contains("unpacks to more than 1 MiB"), "{e}");
    // The total counts too: two entries under the entry cap, over the total.
    let limits = QdpxLimits {
        entry: 8 << 20,
        total: 2 << 20,
    };
    let e = refused_with(&path, limits);
    assert!(e.contains("refused (a zip bomb?)"), "{e}");
}

#[test]
fn text_paths_with_dot_dot_are_refused_and_entries_with_dot_dot_never_written() {
    let dir = tempfile::tempdir().unwrap();
    for bad in [
        "internal://../../etc/passwd",
        "internal://..\\secret.txt",
        "internal://sub/x.txt",
        "internal://",
    ] {
        let xml = qde(bad, "");
        let path = archive(dir.path(), &[("project.qde", xml.as_bytes())]);
        let e = refused(&path);
        assert!(e.contains("not a plain file name"), "{bad}: {e}");
    }
    let xml = qde("file:///etc/passwd", "");
    let path = archive(dir.path(), &[("project.qde", xml.as_bytes())]);
    assert!(refused(&path).contains("outside the archive"));
    // An entry named ../escape.txt is never unpacked anywhere.
    let xml = qde(&format!("internal://{SOURCE}.txt"), "");
    let path = archive(
        dir.path(),
        &[
            ("project.qde", xml.as_bytes()),
            (&text_entry(), b"Some text."),
            ("../escape.txt", b"x"),
        ],
    );
    let mut p = Project::new("t");
    import_paths(
        &mut p,
        &[&path],
        ImportFormat::Auto,
        &ImportOptions::default(),
    )
    .unwrap();
    assert_eq!(p.documents.len(), 1);
    assert!(!dir.path().join("../escape.txt").exists());
    assert!(!Path::new("../escape.txt").exists());
}

#[test]
fn selections_past_the_end_or_backwards_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    for (start, end, want) in [
        (3, 400, "runs past the end"),
        (5, 5, "empty or runs backwards"),
        (6, 2, "empty or runs backwards"),
    ] {
        let xml = qde(
            &format!("internal://{SOURCE}.txt"),
            &selection(start, end, CLAIM),
        );
        let path = archive(
            dir.path(),
            &[
                ("project.qde", xml.as_bytes()),
                (&text_entry(), "평양 🎉 text".as_bytes()),
            ],
        );
        let e = refused(&path);
        assert!(e.contains(want), "{start}..{end}: {e}");
        assert!(e.contains("'Doc'"), "names the source: {e}");
    }
    let xml = qde(
        &format!("internal://{SOURCE}.txt"),
        &selection(0, 7, CLAIM).replace("\"7\"", "\"99999999999999999999999\""),
    );
    let path = archive(
        dir.path(),
        &[("project.qde", xml.as_bytes()), (&text_entry(), b"abc")],
    );
    assert!(refused(&path).contains("not a position"));
}

#[test]
fn a_coding_with_an_unknown_code_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let xml = qde(
        &format!("internal://{SOURCE}.txt"),
        &selection(0, 4, "deadbeef-0000-4000-8000-000000000000"),
    );
    let path = archive(
        dir.path(),
        &[
            ("project.qde", xml.as_bytes()),
            (&text_entry(), b"Some text."),
        ],
    );
    let e = refused(&path);
    assert!(
        e.contains("deadbeef-0000-4000-8000-000000000000") && e.contains("codebook lacks"),
        "{e}"
    );
}

fn nested_codes(depth: usize) -> String {
    let mut xml = String::from(
        r#"<?xml version="1.0"?><Project xmlns="urn:QDA-XML:project:1.0" name="d"><CodeBook><Codes>"#,
    );
    for k in 0..depth {
        xml.push_str(&format!(
            r#"<Code guid="00000000-0000-4000-8000-{k:012}" name="c{k}" isCodable="true">"#
        ));
    }
    xml.push_str(&"</Code>".repeat(depth));
    xml.push_str("</Codes></CodeBook></Project>");
    xml
}

#[test]
fn codes_nested_100000_deep_are_refused_without_recursion() {
    let dir = tempfile::tempdir().unwrap();
    let path = archive(
        dir.path(),
        &[("project.qde", nested_codes(100_000).as_bytes())],
    );
    let e = refused(&path);
    assert!(e.contains("nested more than 1000 levels"), "{e}");
    // Up to the cap, every level is read (as its own label).
    let path = archive(
        dir.path(),
        &[("project.qde", nested_codes(1000).as_bytes())],
    );
    let mut p = Project::new("t");
    import_paths(
        &mut p,
        &[&path],
        ImportFormat::Auto,
        &ImportOptions::default(),
    )
    .unwrap();
    assert_eq!(p.schema.labels.len(), 3 + 1000);
}

#[test]
fn a_hundred_thousand_sibling_codes_are_read() {
    let dir = tempfile::tempdir().unwrap();
    let mut xml = String::from(
        r#"<Project xmlns="urn:QDA-XML:project:1.0"><CodeBook><Codes><Code guid="10000000-0000-4000-8000-000000000000" name="Attribution" isCodable="true">"#,
    );
    for k in 0..100_000 {
        xml.push_str(&format!(
            r#"<Code guid="00000000-0000-4000-8000-{k:012}" name="s{k}" isCodable="true"/>"#
        ));
    }
    xml.push_str("</Code></Codes></CodeBook></Project>");
    let path = archive(dir.path(), &[("project.qde", xml.as_bytes())]);
    let mut p = Project::new("t");
    import_paths(
        &mut p,
        &[&path],
        ImportFormat::Auto,
        &ImportOptions::default(),
    )
    .unwrap();
    assert_eq!(
        p.schema.labels.len(),
        3,
        "sub-codes of Attribution are sources"
    );
}

#[test]
fn invalid_xml_is_one_line() {
    let dir = tempfile::tempdir().unwrap();
    for (xml, want) in [
        ("<Project><CodeBook></Project>", "not well-formed"),
        ("<Project><CodeBook>", "ends inside"),
        ("just text", "no root element"),
        ("<Other/>", "not a REFI-QDA"),
        ("<Project name=\"a\" name=\"b\"/>", "attribute"),
    ] {
        let path = archive(dir.path(), &[("project.qde", xml.as_bytes())]);
        let e = refused(&path);
        assert!(e.contains(want), "{xml}: {e}");
    }
    let path = archive(dir.path(), &[("project.qde", b"\xff\xfe<Project/>")]);
    assert!(refused(&path).contains("not UTF-8"));
    let path = archive(dir.path(), &[("other.xml", b"<Project/>")]);
    assert!(refused(&path).contains("no project.qde"));
    let not_zip = dir.path().join("random.qdpx");
    std::fs::write(&not_zip, [0x50, 0x4b, 0x03, 0x04, 1, 2, 3]).unwrap();
    assert!(refused(&not_zip).contains("not a readable zip"));
}

#[test]
fn entity_expansion_is_never_performed() {
    let dir = tempfile::tempdir().unwrap();
    let mut laughs =
        String::from("<?xml version=\"1.0\"?>\n<!DOCTYPE Project [\n<!ENTITY lol \"lol\">\n");
    for k in 1..10 {
        let prev = if k == 1 {
            "lol".to_string()
        } else {
            format!("lol{}", k - 1)
        };
        laughs.push_str(&format!(
            "<!ENTITY lol{k} \"{}\">\n",
            format!("&{prev};").repeat(10)
        ));
    }
    laughs.push_str("]>\n<Project name=\"&lol9;\"><Description>&lol9;</Description></Project>");
    let path = archive(dir.path(), &[("project.qde", laughs.as_bytes())]);
    let e = refused(&path);
    assert!(e.contains("declares entities"), "{e}");
    // Without a DOCTYPE, an undefined entity in text or in an attribute is an error.
    let inline = r#"<Project xmlns="urn:QDA-XML:project:1.0"><Sources><TextSource guid="0b7c9a52-1d1e-4c8a-9f6b-2a1c3d4e5f60" name="x"><PlainTextContent>a &lol9; b</PlainTextContent></TextSource></Sources></Project>"#;
    let path = archive(dir.path(), &[("project.qde", inline.as_bytes())]);
    assert!(refused(&path).contains("&lol9;"));
    let attr = r#"<Project xmlns="urn:QDA-XML:project:1.0"><Sources><TextSource guid="0b7c9a52-1d1e-4c8a-9f6b-2a1c3d4e5f60" name="&lol9;"/></Sources></Project>"#;
    let path = archive(dir.path(), &[("project.qde", attr.as_bytes())]);
    let e = refused(&path);
    assert!(e.contains("name"), "{e}");
}

#[test]
fn the_cli_says_one_line_for_a_hostile_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = archive(
        dir.path(),
        &[("project.qde", b"<Project><CodeBook></Project>")],
    );
    let out = dir.path().join("p.ron");
    let o = common::cli::run(&[
        "import".as_ref(),
        path.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    assert!(!o.status.success());
    let err = common::cli::stderr(&o);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("not well-formed"), "{err}");
    assert!(!out.exists());
}
