//! `marginalia export --bom` (CSV for spreadsheet programs) and counts that agree
//! with their noun in `info` and `validate` ("1 document", not "1 documents").

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use marginalia::model::{Annotation, Document, Project};

fn run(args: &[&std::ffi::OsStr]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_marginalia"))
        .args(args)
        .output()
        .unwrap()
}

/// One document with one annotation on Korean text with curly quotes and CRLF
/// normalised away.
fn one_of_each(dir: &Path) -> PathBuf {
    let mut p = Project::new("One");
    p.documents.push(Document::new(
        "d",
        "D",
        "조선중앙통신 said “yes” 👋🏽.\nE\u{301}nd.",
    ));
    p.annotations.push(
        Annotation::new(
            "d",
            0,
            17,
            "조선중앙통신 said “yes”",
            "attribution",
            "alice",
        )
        .with_source("KCNA"),
    );
    let path = dir.join("one.ron");
    marginalia::store::save_project(&path, &p).unwrap();
    path
}

#[test]
fn bom_starts_the_csv_with_a_utf8_byte_order_mark_and_nothing_else_changes() {
    let dir = tempfile::tempdir().unwrap();
    let project = one_of_each(dir.path());
    let plain = dir.path().join("plain.csv");
    let excel = dir.path().join("excel.csv");
    let o = run(&[
        "export".as_ref(),
        project.as_os_str(),
        "--out".as_ref(),
        plain.as_os_str(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let o = run(&[
        "export".as_ref(),
        project.as_os_str(),
        "--out".as_ref(),
        excel.as_os_str(),
        "--bom".as_ref(),
    ]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let plain = std::fs::read(&plain).unwrap();
    let excel = std::fs::read(&excel).unwrap();
    assert!(!plain.starts_with(b"\xef\xbb\xbf"));
    assert_eq!(&excel[..3], b"\xef\xbb\xbf");
    assert_eq!(&excel[3..], &plain[..]);
    assert!(
        String::from_utf8(plain)
            .unwrap()
            .contains("조선중앙통신 said “yes”")
    );
    // The same by name; and --bom for a format without one is refused.
    let o = run(&[
        "export".as_ref(),
        project.as_os_str(),
        "--format".as_ref(),
        "csv-excel".as_ref(),
    ]);
    assert!(o.stdout.starts_with(b"\xef\xbb\xbf"));
    let o = run(&[
        "export".as_ref(),
        project.as_os_str(),
        "--format".as_ref(),
        "jsonl".as_ref(),
        "--bom".as_ref(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = String::from_utf8_lossy(&o.stderr);
    assert!(err.contains("--bom is for CSV"), "{err}");
    assert!(o.stdout.is_empty());
}

#[test]
fn info_and_validate_count_one_in_the_singular() {
    let dir = tempfile::tempdir().unwrap();
    let project = one_of_each(dir.path());
    let o = run(&["validate".as_ref(), project.as_os_str()]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("ok (1 document, 1 annotation)"), "{out}");
    let o = run(&["info".as_ref(), project.as_os_str()]);
    let out = String::from_utf8_lossy(&o.stdout);
    assert!(out.contains("27 chars, 1 annotation\n"), "{out}");
    assert!(
        !out.contains("1 annotations") && !out.contains("1 documents"),
        "{out}"
    );
}

#[test]
fn jsonl_carries_who_changed_a_colleagues_annotation() {
    let dir = tempfile::tempdir().unwrap();
    let path = one_of_each(dir.path());
    let mut p = marginalia::store::load_project(&path).unwrap();
    p.annotations[0].label = "claim".into();
    p.annotations[0].stamp_edit("bob", "2026-12-03T10:00:00Z", Some("attribution"));
    marginalia::store::save_project(&path, &p).unwrap();
    let o = run(&[
        "export".as_ref(),
        path.as_os_str(),
        "--format".as_ref(),
        "jsonl".as_ref(),
    ]);
    let out = String::from_utf8(o.stdout).unwrap();
    assert!(
        out.contains(r#""edited_by":"bob","modified":"2026-12-03T10:00:00Z""#),
        "{out}"
    );
}
