//! One stray byte must not garble a whole file: the real `marginalia import` refuses
//! JSON / JSONL that is not UTF-8 (naming line and byte offset), and reads an
//! article that is UTF-8 apart from a few bytes as UTF-8 with U+FFFD and a note,
//! never re-decoding the whole file as Windows-1252.

mod safety_support;

use std::ffi::OsString;
use std::path::Path;

use safety_support::*;

fn import(input: &Path, out: &Path) -> std::process::Output {
    run([
        OsString::from("import"),
        input.into(),
        "--out".into(),
        out.into(),
    ])
}

#[test]
fn json_with_one_invalid_byte_is_refused_naming_line_and_offset() {
    let dir = tempfile::tempdir().unwrap();
    let first = "{\"text\": \"조선중앙통신 said “yes” 👋🏽\", \"label\": [[0, 6, \"claim\"]]}\r\n";
    let mut bytes = first.as_bytes().to_vec();
    bytes.extend(b"{\"text\": \"caf");
    let offset = bytes.len();
    bytes.extend(b"\xFF said\", \"label\": []}\n");
    for name in ["in.jsonl", "doccano.json"] {
        let input = dir.path().join(name);
        std::fs::write(&input, &bytes).unwrap();
        let out = dir.path().join("p.ron");
        let o = import(&input, &out);
        let line = assert_refused(&o, name);
        assert!(
            line.contains(name)
                && line.contains("line 2")
                && line.contains(&format!("byte offset {offset}"))
                && line.contains("0xFF"),
            "{line}"
        );
        assert!(!out.exists());
    }
}

#[test]
fn an_article_with_a_stray_byte_is_read_as_utf8_with_a_note() {
    let dir = tempfile::tempdir().unwrap();
    let body = "조선중앙통신 said the “launch” 👋🏽 was a cafe\u{301} success.\r\n".repeat(4);
    for (name, wrap) in [
        ("a.txt", ("", "")),
        ("a.md", ("# Report\n\n", "")),
        ("a.html", ("<html><body><p>", "</p></body></html>")),
    ] {
        let mut bytes = wrap.0.as_bytes().to_vec();
        let offset = bytes.len() + "조선중".len();
        bytes.extend(body.as_bytes());
        bytes.insert(offset, 0xFF);
        bytes.extend(wrap.1.as_bytes());
        let input = dir.path().join(name);
        std::fs::write(&input, &bytes).unwrap();
        let out = dir.path().join(format!("{name}.ron"));
        let o = import(&input, &out);
        assert!(o.status.success(), "{name}: {}", stderr(&o));
        let err = stderr(&o);
        assert!(
            err.contains("not valid UTF-8 at 1 place") && err.contains(&format!("byte {offset}")),
            "{name}: {err}"
        );
        let project = marginalia::store::load_project(&out).unwrap();
        let text = &project.documents[0].text;
        assert!(
            text.contains("조선중\u{FFFD}앙통신 said the “launch” 👋🏽"),
            "{name}: {text}"
        );
        assert!(text.contains("cafe\u{301} success."), "{name}: {text}");
        assert!(!text.contains("â€"), "{name}: garbled: {text}");
    }
}
