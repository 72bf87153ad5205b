//! A Markdown article is laid out for reading on import (headings, emphasis, links,
//! lists), and every exported span still slices that text exactly.

mod common;
use common::cli::run;

/// CRLF line endings, Korean, emoji, curly quotes, a combining accent.
const ARTICLE: &str = "# 조선중앙통신 on the *launch*\r\n\r\nKCNA said the **new** missile 👋🏽 was \
[tested](https://example.org/a) on “Friday”.\r\nIt is believed the cafe\u{301} closed.\r\n\r\n\
## Reactions\r\n\r\n- Seoul: _concern_\r\n- Tokyo: 🇰🇵 protest\r\n";

const LAID_OUT: &str = "조선중앙통신 on the launch\n\nKCNA said the new missile 👋🏽 was tested \
on “Friday”. It is believed the cafe\u{301} closed.\n\nReactions\n\n• Seoul: concern\n• Tokyo: 🇰🇵 protest";

#[test]
fn imported_markdown_reads_as_text_and_spans_stay_exact() {
    let dir = tempfile::tempdir().unwrap();
    let md = dir.path().join("launch.md");
    std::fs::write(&md, ARTICLE).unwrap();
    let project = dir.path().join("p.ron");
    let out = run(&[
        "import",
        md.to_str().unwrap(),
        "--out",
        project.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let p = marginalia::store::load_project(&project).unwrap();
    let doc = &p.documents[0];
    assert_eq!(doc.text, LAID_OUT);
    assert_eq!(doc.title, "조선중앙통신 on the launch");
    // The Markdown file itself is never changed.
    assert_eq!(std::fs::read_to_string(&md).unwrap(), ARTICLE);

    // Tag phrases on the laid-out text, then export in every unit: each offset
    // slices the exported text to the quote.
    let mut p = p;
    let doc = p.documents[0].clone();
    for (phrase, label) in [
        ("the new missile 👋🏽 was tested", "claim"),
        ("It is believed the cafe\u{301} closed", "speculation"),
        ("🇰🇵 protest", "claim"),
    ] {
        let start = doc.char_of(doc.text.find(phrase).unwrap());
        let end = start + phrase.chars().count();
        p.annotations.push(marginalia::model::Annotation::new(
            &doc.id, start, end, phrase, label, "me",
        ));
    }
    marginalia::store::save_project(&project, &p).unwrap();
    for unit in ["chars", "utf16", "bytes"] {
        let out = run(&[
            "export",
            project.to_str().unwrap(),
            "--format",
            "jsonl",
            "--offsets",
            unit,
        ]);
        assert!(out.status.success());
        let line: serde_json::Value =
            serde_json::from_slice(out.stdout.split(|&b| b == b'\n').next().unwrap()).unwrap();
        let text = line["text"].as_str().unwrap();
        assert_eq!(text, LAID_OUT);
        for span in line["spans"].as_array().unwrap() {
            let (s, e) = (
                span["start"].as_u64().unwrap() as usize,
                span["end"].as_u64().unwrap() as usize,
            );
            let got = match unit {
                "chars" => text.chars().skip(s).take(e - s).collect::<String>(),
                "utf16" => {
                    let u: Vec<u16> = text.encode_utf16().collect();
                    String::from_utf16(&u[s..e]).unwrap()
                }
                _ => text.get(s..e).unwrap().to_string(),
            };
            assert_eq!(got, span["text"].as_str().unwrap(), "{unit}");
        }
    }
}

#[test]
fn explicit_md_format_lays_out_a_file_of_any_name() {
    let dir = tempfile::tempdir().unwrap();
    let md = dir.path().join("notes.txt");
    std::fs::write(&md, "# Title\n\nSome *emphasis* here.\n").unwrap();
    let project = dir.path().join("p.ron");
    let out = run(&[
        "import",
        md.to_str().unwrap(),
        "--format",
        "md",
        "--out",
        project.to_str().unwrap(),
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let p = marginalia::store::load_project(&project).unwrap();
    assert_eq!(p.documents[0].text, "Title\n\nSome emphasis here.");
}

#[test]
fn a_txt_article_keeps_its_characters_as_written() {
    let dir = tempfile::tempdir().unwrap();
    let txt = dir.path().join("plain.txt");
    std::fs::write(&txt, "# not a heading in plain text\n\n*stars* stay\n").unwrap();
    let project = dir.path().join("p.ron");
    let out = run(&[
        "import",
        txt.to_str().unwrap(),
        "--out",
        project.to_str().unwrap(),
    ]);
    assert!(out.status.success());
    let p = marginalia::store::load_project(&project).unwrap();
    assert_eq!(
        p.documents[0].text,
        "# not a heading in plain text\n\n*stars* stay\n"
    );
}
