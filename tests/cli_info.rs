//! `marginalia info` run as a user runs it.

use marginalia::model::{Annotation, Document, Project};
use marginalia::store::save_project;

mod common;
use common::cli::run;

/// Korean, an emoji with modifier, curly quotes, e + combining acute.
const TEXT: &str = "조선중앙통신 said 👋🏽 “yes” e\u{301} ok";

fn sample_project() -> Project {
    let mut p = Project::new("Info test");
    let doc = Document::new("d1", "Launch", TEXT);
    let kcna =
        Annotation::new("d1", 0, 11, doc.slice(0, 11), "attribution", "mina").with_source("KCNA");
    let claim = Annotation::new("d1", 15, 20, doc.slice(15, 20), "claim", "joon");
    p.annotations.push(kcna);
    p.annotations.push(claim);
    p.documents.push(doc);
    p.documents
        .push(Document::new("d2", "Empty one", "No tags here."));
    p
}

#[test]
fn json_lists_documents_and_counts_with_no_key_twice() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    save_project(&path, &sample_project()).unwrap();
    let out = run(&["info", path.to_str().unwrap(), "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8(out.stdout).unwrap();
    // serde_json keeps the last of duplicated keys, so check the raw text too.
    assert_eq!(text.matches("\"documents\"").count(), 1, "{text}");
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    let docs = v["documents"].as_array().expect("documents is a list");
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0]["id"], "d1");
    assert_eq!(docs[0]["chars"], 26);
    assert_eq!(docs[0]["annotations"], 2);
    assert_eq!(docs[1]["annotations"], 0);
    assert_eq!(v["annotations"], 2);
    assert_eq!(v["by_label"]["claim"], 1);
    assert_eq!(v["by_source"]["KCNA"], 1);
    assert_eq!(v["by_author"]["mina"], 1);
}

#[test]
fn text_output_names_documents_and_counts() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    save_project(&path, &sample_project()).unwrap();
    let out = run(&["info", path.to_str().unwrap()]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("Documents: 2"), "{text}");
    assert!(
        text.contains("d1  \"Launch\"  26 chars, 2 annotations"),
        "{text}"
    );
    assert!(text.contains("KCNA: 1"), "{text}");
}

#[test]
fn a_file_that_is_not_a_project_gets_one_line_and_a_failing_exit() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("notes.ron");
    std::fs::write(&path, "just some notes\n").unwrap();
    let out = run(&["info", path.to_str().unwrap()]);
    assert!(!out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("marginalia: "), "{err}");
    assert_eq!(std::fs::read_to_string(&path).unwrap(), "just some notes\n");
}

#[test]
fn metadata_counts_outlets_and_spans_the_dates() {
    use marginalia::model::DocumentMeta;
    let mut p = sample_project();
    let meta = |outlet: &str, date: &str| DocumentMeta {
        outlet: Some(outlet.into()),
        date: Some(date.into()),
        ..Default::default()
    };
    p.documents[0] = p.documents[0]
        .clone()
        .with_meta(meta("조선중앙통신", "2026-03-14T09:30:00+09:00"));
    p.documents[1] = p.documents[1]
        .clone()
        .with_meta(meta("Yonhap", "2026-01-02"));
    p.documents[1].set_done_by("mina", true);
    p.documents.push(Document::new("d3", "Undated", "No date."));
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    save_project(&path, &p).unwrap();
    let out = run(&["info", path.to_str().unwrap()]);
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("  조선중앙통신: 1 document"), "{text}");
    assert!(text.contains("  (no outlet): 1 document"), "{text}");
    assert!(
        text.contains("Dates: 2026-01-02 to 2026-03-14T09:30:00+09:00 (1 document undated)"),
        "{text}"
    );
    assert!(text.contains("Done: 1 document"), "{text}");
    assert!(text.contains("· Yonhap · 2026-01-02"), "{text}");
    let out = run(&["info", path.to_str().unwrap(), "--json"]);
    let v: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(v["metadata"]["by_outlet"]["Yonhap"], 1);
    assert_eq!(v["metadata"]["undated"], 1);
    assert_eq!(v["documents"][1]["done_by"][0], "mina");
}

#[test]
fn a_reader_that_stops_early_is_no_error() {
    // `marginalia info P | head -1` on a project whose listing is larger than a
    // pipe holds: the write fails with a broken pipe, which is not a panic.
    use std::io::{BufRead, BufReader};
    use std::process::{Command, Stdio};
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    let mut p = Project::new("Many");
    for i in 0..2000 {
        let title = format!("조선중앙통신 👋🏽 article {i} {}", "long title ".repeat(8));
        p.documents
            .push(Document::new(format!("d{i}"), title, TEXT));
    }
    save_project(&path, &p).unwrap();
    let mut child = Command::new(env!("CARGO_BIN_EXE_marginalia"))
        .args(["info", path.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut first = String::new();
    BufReader::new(child.stdout.take().unwrap())
        .read_line(&mut first)
        .unwrap();
    assert!(first.contains("Many"), "{first}");
    let out = child.wait_with_output().unwrap();
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "{err}");
    assert!(err.is_empty(), "{err}");
}
