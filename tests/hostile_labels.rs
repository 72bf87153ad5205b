//! Label names through the real binary: a brat round trip keeps exact label and
//! source names (`rumour mill`, `NK_Pro`); blank label ids fail `validate` and
//! loading in one line; a JSONL record with both `spans` and `label` warns that
//! `label` is ignored.

mod safety_support;

use std::collections::BTreeSet;
use std::ffi::OsString;
use std::path::Path;

use marginalia::model::{Annotation, Document, Label, Project};
use safety_support::*;

fn label(id: &str) -> Label {
    Label {
        id: id.into(),
        name: id.to_uppercase(),
        color: "#4e79a7".into(),
        key: None,
        needs_source: false,
        ..Default::default()
    }
}

fn cmd(words: &[&str], paths: &[&Path]) -> std::process::Output {
    let mut v: Vec<OsString> = words.iter().map(OsString::from).collect();
    v.extend(paths.iter().map(|p| p.as_os_str().to_owned()));
    run(v)
}

#[test]
fn a_brat_round_trip_keeps_exact_label_and_source_names() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = Project::new("names");
    for id in ["rumour mill", "NK_Pro", "조선 통신"] {
        p.schema.labels.push(label(id));
    }
    let text = "KCNA said “the launch” 👋🏽 was a success, per NK Pro.";
    p.documents.push(Document::new("d", "D", text));
    for (k, (lab, source, author)) in [
        ("rumour mill", Some("NK_Pro"), "kim_1"),
        ("NK_Pro", Some("state media"), "alice smith"),
        ("조선 통신", None, "bob"),
        ("claim", Some("some_analysts said"), "alice smith"),
    ]
    .into_iter()
    .enumerate()
    {
        let start = k * 2;
        let quote: String = text.chars().skip(start).take(2).collect();
        let mut a = Annotation::new("d", start, start + 2, quote, lab, author);
        a.source = source.map(str::to_string);
        p.annotations.push(a);
    }
    let project = write_project(dir.path(), "p.ron", &p);
    let brat = dir.path().join("brat");
    let o = cmd(&["export", "--format", "brat", "--out"], &[&brat, &project]);
    assert!(o.status.success(), "{}", stderr(&o));
    let back = dir.path().join("back.ron");
    let o = cmd(&["import", "--out"], &[&back, &brat]);
    assert!(o.status.success(), "{}", stderr(&o));
    let q = marginalia::store::load_project(&back).unwrap();
    let names = |p: &Project| -> BTreeSet<(String, Option<String>, String)> {
        p.annotations
            .iter()
            .map(|a| (a.label.clone(), a.source.clone(), a.author.clone()))
            .collect()
    };
    assert_eq!(names(&q), names(&p));
    for id in ["rumour mill", "NK_Pro", "조선 통신"] {
        assert!(q.schema.label(id).is_some(), "{id} missing from the schema");
    }
}

#[test]
fn blank_label_ids_fail_validate_and_load_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let mut p = Project::new("blank");
    p.schema.labels.push(label("  "));
    let path = write_project(dir.path(), "p.ron", &p);
    let o = cmd(&["validate"], &[&path]);
    assert_eq!(o.status.code(), Some(1), "{}", stdout(&o));
    assert!(stdout(&o).contains("empty or blank id"), "{}", stdout(&o));
    let o = cmd(&["info"], &[&path]);
    let line = assert_refused(&o, "info");
    assert!(line.contains("empty or blank id"), "{line}");
}

#[test]
fn a_record_with_spans_and_label_warns_that_label_is_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    let line = serde_json::json!({
        "text": "조선중앙통신 said “yes”",
        "spans": [{"start": 0, "end": 6, "label": "attribution"}],
        "label": [[0, 6, "claim"]],
    });
    std::fs::write(&input, format!("{line}\n{line}\n")).unwrap();
    let out = dir.path().join("p.ron");
    let o = cmd(&["import", "--out"], &[&out, &input]);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.contains("in.jsonl line 2: \"label\" ignored: the record also has \"spans\""),
        "{err}"
    );
    let q = marginalia::store::load_project(&out).unwrap();
    assert!(q.annotations.iter().all(|a| a.label == "attribution"));
}

#[test]
fn marginalia_s_own_jsonl_reimports_without_a_label_warning() {
    // Its `label` triples equal its `spans` (in chars, whatever `--offsets`): nothing
    // is ignored that the spans do not hold, so nothing is said.
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("own.jsonl");
    let line = serde_json::json!({
        "text": "👋 조선중앙통신 said “yes”",
        "offsets": "utf16",
        "label": [[2, 8, "attribution"]],
        "spans": [{"start": 3, "end": 9, "label": "attribution"}],
    });
    std::fs::write(&input, format!("{line}\n")).unwrap();
    let out = dir.path().join("p.ron");
    let o = cmd(&["import", "--out"], &[&out, &input]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(!stderr(&o).contains("ignored"), "{}", stderr(&o));
    let q = marginalia::store::load_project(&out).unwrap();
    assert_eq!(q.annotations[0].quote, "조선중앙통신");
}
