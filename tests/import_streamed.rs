//! `import FILE.jsonl… --out NEW.ron` streams (issue 18: the documents and
//! annotations go to spill files, never the whole project in memory). Its file
//! must be byte for byte what the in-memory import and a save write, its report
//! the same, its refusals the same, and no spill file may stay behind.

use std::path::Path;

use marginalia::export::{ImportFormat, ImportOptions, import_paths};
use marginalia::model::Project;

mod common;
use common::cli::{run, stderr};

/// Korean, emoji with a skin tone, a combining accent, CRLF; ids and times given
/// (so both imports give the same ids); a title-derived id used twice (suffixes);
/// a document id used again with the same text and one more span (extended); a
/// span given twice (skipped); a label not in the schema; a link; metadata.
const FIRST: &str = concat!(
    r#"{"id": "kr", "title": "조선중앙통신 보도", "outlet": "KCNA", "text": "조선중앙통신 said 👋🏽 the e\u0301vent\r\nwas \"huge\".", "spans": ["#,
    r#"{"id": "s1", "start": 0, "end": 6, "label": "attribution", "source": "KCNA", "author": "alice", "created": "2026-12-01T10:00:00Z"}, "#,
    r#"{"id": "s2", "start": 12, "end": 14, "label": "rumour mill", "note": "new label", "author": "bob", "created": "2026-12-01T11:00:00Z"}, "#,
    r#"{"id": "s3", "start": 19, "end": 25, "label": "claim", "author": "bob", "created": "2026-12-01T12:00:00Z"}], "#,
    r#""relations": [{"id": 1, "from_id": "s1", "to_id": "s3", "type": "attributes"}]}"#,
    "\r\n",
    r#"{"title": "Same title", "text": "First text.", "spans": [{"id": "t1", "start": 0, "end": 5, "label": "claim", "author": "carol", "created": "2026-12-02T09:00:00Z"}]}"#,
    "\n",
    r#"{"title": "Same title", "text": "Second text.", "spans": []}"#,
    "\n\n",
);

const SECOND: &str = concat!(
    r#"{"id": "kr", "text": "조선중앙통신 said 👋🏽 the e\u0301vent\r\nwas \"huge\".", "spans": ["#,
    r#"{"id": "s1", "start": 0, "end": 6, "label": "attribution", "source": "KCNA", "author": "alice", "created": "2026-12-01T10:00:00Z"}, "#,
    r#"{"id": "s4", "start": 7, "end": 11, "label": "speculation", "author": "dan", "created": "2026-12-03T08:00:00Z"}]}"#,
    "\n",
    r#"{"id": "b", "title": "B", "text": "Another 기사.", "spans": [{"id": "s5", "start": 8, "end": 10, "label": "claim", "author": "erin", "created": "2026-12-03T09:00:00Z"}]}"#,
    "\n",
);

fn write_inputs(dir: &Path) -> Vec<std::path::PathBuf> {
    let a = dir.join("first.jsonl");
    let b = dir.join("second.jsonl");
    std::fs::write(&a, FIRST).unwrap();
    std::fs::write(&b, SECOND).unwrap();
    vec![a, b]
}

/// The file the in-memory import and a save write for a new project `name`.
fn in_memory(inputs: &[std::path::PathBuf], name: &str, at: &Path) -> (String, Vec<String>) {
    let mut project = Project::new(name);
    let report = import_paths(
        &mut project,
        inputs,
        ImportFormat::Auto,
        &ImportOptions::default(),
    )
    .unwrap();
    marginalia::store::save_project(at, &project).unwrap();
    let mut lines = report.warnings.clone();
    lines.push(report.summary());
    (std::fs::read_to_string(at).unwrap(), lines)
}

fn only_the_project_is_left(dir: &Path) {
    let mut names: Vec<String> = std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| !n.ends_with(".lock"))
        .collect();
    names.sort();
    assert_eq!(names, ["p.ron"], "spill files left behind");
}

#[test]
fn a_streamed_import_writes_the_same_bytes_and_says_the_same() {
    let inputs_dir = tempfile::tempdir().unwrap();
    let inputs = write_inputs(inputs_dir.path());
    let memory_dir = tempfile::tempdir().unwrap();
    let (want, lines) = in_memory(&inputs, "p", &memory_dir.path().join("p.ron"));
    assert!(
        want.contains("조선중앙통신") && want.contains("rumour mill"),
        "{want}"
    );
    assert!(
        want.contains("same-title-2") || want.contains("Same title"),
        "{want}"
    );

    let out_dir = tempfile::tempdir().unwrap();
    let out = out_dir.path().join("p.ron");
    let o = run(&[
        "import",
        inputs[0].to_str().unwrap(),
        inputs[1].to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    let got = std::fs::read_to_string(&out).unwrap();
    assert_eq!(got, want, "the streamed file differs from a save");
    for line in &lines {
        assert!(err.contains(line.as_str()), "missing {line:?} in:\n{err}");
    }
    only_the_project_is_left(out_dir.path());
    // It opens, and is what the in-memory import holds.
    let loaded = marginalia::store::load_project(&out).unwrap();
    assert!(marginalia::store::check_project(&loaded).is_empty());
}

#[test]
fn a_streamed_import_refuses_as_the_in_memory_one_and_leaves_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let bad = dir.path().join("bad.jsonl");
    std::fs::write(
        &bad,
        concat!(
            r#"{"id": "d", "text": "조선 one", "label": [[0, 2, "claim"]]}"#,
            "\n",
            r#"{"id": "d", "text": "조선 two", "label": [[0, 2, "claim"]]}"#,
            "\n"
        ),
    )
    .unwrap();
    let mut project = Project::new("p");
    let want = import_paths(
        &mut project,
        &[&bad],
        ImportFormat::Auto,
        &ImportOptions::default(),
    )
    .unwrap_err()
    .to_string();
    assert!(
        want.contains("line 2") && want.contains("different text"),
        "{want}"
    );
    let out_dir = tempfile::tempdir().unwrap();
    let out = out_dir.path().join("p.ron");
    let o = run(&[
        "import",
        bad.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    assert!(!o.status.success());
    let err = stderr(&o);
    assert!(err.contains(&want), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(!out.exists());
    let left: Vec<_> = std::fs::read_dir(out_dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .filter(|n| !n.to_string_lossy().ends_with(".lock"))
        .collect();
    assert!(left.is_empty(), "{left:?}");
}

#[test]
fn doccano_lines_without_ids_import_streamed_with_fresh_ids() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("d.jsonl");
    let mut text = String::new();
    for i in 0..50 {
        text.push_str(&format!(
            "{{\"id\": \"t{i}\", \"text\": \"Dispatch {i:06}: KCNA said so.\", \"label\": [[0, 8, \"claim\"], [0, 8, \"claim\"]]}}\n"
        ));
    }
    std::fs::write(&input, text).unwrap();
    let out_dir = tempfile::tempdir().unwrap();
    let out = out_dir.path().join("p.ron");
    let o = run(&[
        "import",
        input.to_str().unwrap(),
        "--out",
        out.to_str().unwrap(),
    ]);
    let err = stderr(&o);
    assert!(o.status.success(), "{err}");
    assert!(
        err.contains("50 new documents and 50 annotations; 50 annotations already there skipped"),
        "{err}"
    );
    let p = marginalia::store::load_project(&out).unwrap();
    assert_eq!((p.documents.len(), p.annotations.len()), (50, 50));
    let mut sorted = p.annotations.clone();
    sorted.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    assert_eq!(sorted, p.annotations, "annotations in file order");
    only_the_project_is_left(out_dir.path());
}
