//! `marginalia export` from the command line: every format to standard output and to
//! a file (equal to the golden files), brat to a folder, and one-line errors with a
//! non-zero exit for a bad format, a missing project, brat without --out and more.

use std::path::{Path, PathBuf};
use std::process::Output;

mod common;
use common::cli::{run, stderr};

fn fixtures() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/export")
}

fn project() -> PathBuf {
    fixtures().join("project.ron")
}

fn golden(name: &str) -> String {
    std::fs::read_to_string(fixtures().join("expected").join(name)).unwrap()
}

/// The command failed with exactly one line on stderr, starting `marginalia:`,
/// containing `want`, and nothing on stdout.
fn assert_one_line_error(o: &Output, want: &str) {
    let err = stderr(o);
    assert!(!o.status.success(), "succeeded: {err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(err.starts_with("marginalia: "), "{err}");
    assert!(err.contains(want), "wanted {want:?} in {err}");
    assert!(o.stdout.is_empty());
}

#[test]
fn every_format_to_stdout_matches_golden() {
    let p = project();
    let p = p.to_str().unwrap();
    for (format, unit, file) in [
        ("jsonl", "chars", "project.jsonl"),
        ("jsonl", "utf16", "project.utf16.jsonl"),
        ("jsonl", "bytes", "project.bytes.jsonl"),
        ("csv", "chars", "project.csv"),
        ("csv", "utf16", "project.utf16.csv"),
        ("conll", "bytes", "project.bytes.conll"),
        ("conll", "chars", "project.conll"),
        ("w3c", "chars", "project.w3c.jsonld"),
    ] {
        let o = run(&["export", p, "--format", format, "--offsets", unit]);
        assert!(o.status.success(), "{format}: {}", stderr(&o));
        assert_eq!(
            String::from_utf8(o.stdout.clone()).unwrap(),
            golden(file),
            "{format} {unit}"
        );
        let err = stderr(&o);
        assert_eq!(err.lines().count(), 1, "{err}");
        let spans = if format == "conll" { 9 } else { 10 };
        assert!(
            err.contains(&format!(
                "exported {spans} spans from 3 documents to standard output"
            )),
            "{err}"
        );
    }
}

#[test]
fn every_format_to_a_file_matches_golden_and_the_project_is_untouched() {
    let before = std::fs::read(project()).unwrap();
    let dir = tempfile::tempdir().unwrap();
    for (format, file) in [
        ("jsonl", "project.jsonl"),
        ("csv", "project.csv"),
        ("conll", "project.conll"),
        ("w3c", "project.w3c.jsonld"),
    ] {
        let out = dir.path().join(format!("out.{format}"));
        let o = run(&[
            "export",
            project().to_str().unwrap(),
            "--format",
            format,
            "--out",
            out.to_str().unwrap(),
        ]);
        assert!(o.status.success(), "{}", stderr(&o));
        assert!(o.stdout.is_empty());
        assert_eq!(std::fs::read_to_string(&out).unwrap(), golden(file));
        assert!(stderr(&o).contains(&format!("to {}", out.display())));
    }
    assert_eq!(std::fs::read(project()).unwrap(), before);
    let leftovers: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().starts_with('.'))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn format_follows_the_out_extension_when_not_given() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("spans.csv");
    let o = run(&[
        "export",
        project().to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        golden("project.csv")
    );
}

#[test]
fn brat_goes_to_a_folder() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("brat");
    let o = run(&[
        "export",
        project().to_str().unwrap(),
        "--format",
        "brat",
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "annotation.conf",
            "brief-2.ann",
            "brief-2.meta.json",
            "brief-2.txt",
            "parade.ann",
            "parade.txt",
            "untagged.ann",
            "untagged.txt",
            "visual.conf"
        ]
    );
    for n in names {
        assert_eq!(
            std::fs::read_to_string(out.join(&n)).unwrap(),
            golden(&format!("brat/{n}")),
            "{n}"
        );
    }
}

#[test]
fn filters_by_document_and_label() {
    let o = run(&[
        "export",
        project().to_str().unwrap(),
        "--format",
        "csv",
        "--doc",
        "parade",
        "--label",
        "attribution",
        "--label",
        "speculation",
        "--offsets",
        "utf16",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(
        String::from_utf8(o.stdout.clone()).unwrap(),
        golden("parade.attribution-speculation.utf16.csv")
    );
    assert!(stderr(&o).contains("exported 4 spans from 1 document to"));
}

#[test]
fn bad_inputs_get_one_line_and_a_non_zero_exit() {
    let p = project();
    let p = p.to_str().unwrap();
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.ron");
    let not_project = dir.path().join("notes.ron");
    std::fs::write(&not_project, "just some notes").unwrap();
    let a_file = dir.path().join("file.txt");
    std::fs::write(&a_file, "x").unwrap();
    let deep = dir.path().join("no/such/dir/x.csv");
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (
            vec!["export", p, "--format", "xml"],
            "unknown export format 'xml'",
        ),
        (
            vec!["export", missing.to_str().unwrap(), "--format", "csv"],
            "missing.ron",
        ),
        (
            vec!["export", not_project.to_str().unwrap(), "--format", "csv"],
            "is not a Marginalia project",
        ),
        (vec!["export", p, "--format", "brat"], "--out DIR"),
        (
            vec![
                "export",
                p,
                "--format",
                "brat",
                "--out",
                a_file.to_str().unwrap(),
            ],
            "is a file",
        ),
        (
            vec![
                "export",
                p,
                "--format",
                "csv",
                "--out",
                dir.path().to_str().unwrap(),
            ],
            "is a folder",
        ),
        (
            vec!["export", p, "--format", "csv", "--offsets", "words"],
            "unknown offset unit 'words'",
        ),
        (
            vec!["export", p, "--format", "csv", "--doc", "nope"],
            "no document with id 'nope'",
        ),
        (
            vec!["export", p, "--format", "csv", "--label", "rumour"],
            "no label 'rumour'",
        ),
        (vec!["export", p], "--format"),
        (
            vec!["export", p, "--format", "csv", "--out", p],
            "is the project being exported",
        ),
        (
            vec![
                "export",
                p,
                "--format",
                "csv",
                "--out",
                deep.to_str().unwrap(),
            ],
            "cannot write",
        ),
    ];
    let before = std::fs::read(p).unwrap();
    for (args, want) in cases {
        let o = run(&args);
        assert_one_line_error(&o, want);
    }
    assert_eq!(std::fs::read(p).unwrap(), before);
}
