//! `marginalia agree` and `marginalia merge` run as a user runs them.

use std::path::{Path, PathBuf};

use marginalia::model::{Annotation, Document, Project};
use marginalia::store::{load_project, save_project};

mod common;
use common::cli::run;

/// 20 chars: Korean, curly quotes, an emoji with modifier, e + combining acute.
const TEXT: &str = "조선중앙통신 “핵” 👋🏽 e\u{301} ok!";

fn project(author: &str, spans: &[(usize, usize, &str, Option<&str>)]) -> Project {
    let mut p = Project::new(format!("{author}'s project"));
    let doc = Document::new("d1", "Test article", TEXT);
    for &(start, end, label, source) in spans {
        let mut a = Annotation::new("d1", start, end, doc.slice(start, end), label, author);
        a.source = source.map(str::to_string);
        p.annotations.push(a);
    }
    p.documents.push(doc);
    p
}

/// The partial case of tests/review_metrics.rs, saved as two files.
fn partial_case(dir: &Path) -> (PathBuf, PathBuf) {
    let alice = project(
        "alice",
        &[
            (0, 10, "claim", None),
            (12, 16, "attribution", Some("KCNA")),
        ],
    );
    let bob = project(
        "bob",
        &[
            (0, 8, "claim", None),
            (12, 16, "attribution", Some("KCNA")),
            (17, 20, "speculation", None),
        ],
    );
    let (a, b) = (dir.join("alice.ron"), dir.join("bob.ron"));
    save_project(&a, &alice).unwrap();
    save_project(&b, &bob).unwrap();
    (a, b)
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn close(v: &serde_json::Value, want: f64) -> bool {
    v.as_f64().is_some_and(|x| (x - want).abs() < 1e-9)
}

#[test]
fn agree_json_gives_the_hand_worked_figures() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = partial_case(dir.path());
    let out = run(&["agree", s(&a), s(&b), "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let pairs = json.as_array().unwrap();
    assert_eq!(pairs.len(), 1);
    let p = &pairs[0];
    assert_eq!(p["a"], "alice");
    assert_eq!(p["b"], "bob");
    assert_eq!(p["documents"], 1);
    let o = &p["overall"];
    assert!(close(&o["exact_f1"], 0.4), "{o}");
    assert!(close(&o["overlap_f1"], 0.8), "{o}");
    assert!(close(&o["kappa"], 87.0 / 137.0), "{o}");
    assert!(close(&o["alpha"], 346.0 / 541.0), "{o}");
    assert_eq!(
        (
            &o["a_spans"],
            &o["b_spans"],
            &o["exact_matches"],
            &o["overlap_matches"],
            &o["chars"]
        ),
        (&2.into(), &3.into(), &1.into(), &2.into(), &20.into())
    );
    let claim = &p["labels"]["claim"];
    assert!(close(&claim["exact_f1"], 0.0) && close(&claim["overlap_f1"], 1.0));
    assert!(close(&claim["kappa"], 0.8) && close(&claim["alpha"], 53.0 / 66.0));
    let spec = &p["labels"]["speculation"];
    assert!(close(&spec["kappa"], 0.0) && close(&spec["alpha"], -12.0 / 222.0));
    assert_eq!(spec["b_spans"], 1);
    for key in ["attribution", "claim", "speculation"] {
        assert!(p["labels"][key].is_object(), "{key} missing");
    }
}

#[test]
fn agree_text_table_lists_each_label_and_overall() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = partial_case(dir.path());
    let out = run(&["agree", s(&a), s(&b)]);
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("alice vs bob (1 document, 20 chars)"),
        "{text}"
    );
    let overall = text
        .lines()
        .find(|l| l.trim_start().starts_with("overall"))
        .unwrap();
    let cells: Vec<&str> = overall.split_whitespace().collect();
    assert_eq!(
        cells,
        vec![
            "overall", "2", "3", "1", "2", "0.400", "0.800", "0.635", "0.640"
        ],
        "{text}"
    );
    let claim = text
        .lines()
        .find(|l| l.trim_start().starts_with("claim"))
        .unwrap();
    assert!(
        claim.ends_with("0.000       1.000   0.800   0.803"),
        "{claim:?}"
    );
}

#[test]
fn identical_copy_by_another_author_is_one_everywhere() {
    let dir = tempfile::tempdir().unwrap();
    let (a, _) = partial_case(dir.path());
    let mut copy = load_project(&a).unwrap();
    for x in &mut copy.annotations {
        x.author = "zoe".into();
    }
    let c = dir.path().join("copy.ron");
    save_project(&c, &copy).unwrap();
    let out = run(&["agree", s(&a), s(&c), "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let p = &json[0];
    assert_eq!(
        (p["a"].as_str(), p["b"].as_str()),
        (Some("alice"), Some("zoe"))
    );
    let rows = p["labels"]
        .as_object()
        .unwrap()
        .values()
        .chain([&p["overall"]]);
    for row in rows {
        for key in ["exact_f1", "overlap_f1", "kappa", "alpha"] {
            assert!(close(&row[key], 1.0), "{key} in {row}");
        }
    }
}

#[test]
fn three_annotators_give_three_pairs_and_one_project_can_hold_several() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = partial_case(dir.path());
    let merged = dir.path().join("merged.ron");
    let out = run(&["merge", s(&a), s(&b), "--out", s(&merged)]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    // One merged project with both authors compares like the two files.
    let out = run(&["agree", s(&merged), "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert!(close(&json[0]["overall"]["kappa"], 87.0 / 137.0));
    let c = dir.path().join("carl.ron");
    save_project(&c, &project("carl", &[(0, 10, "claim", None)])).unwrap();
    let out = run(&["agree", s(&merged), s(&c), "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let names: Vec<(String, String)> = json
        .as_array()
        .unwrap()
        .iter()
        .map(|p| {
            (
                p["a"].as_str().unwrap().into(),
                p["b"].as_str().unwrap().into(),
            )
        })
        .collect();
    assert_eq!(
        names,
        vec![
            ("alice".into(), "bob".into()),
            ("alice".into(), "carl".into()),
            ("bob".into(), "carl".into())
        ]
    );
}

#[test]
fn merge_writes_a_loadable_project_with_duplicates_once() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = partial_case(dir.path());
    let out_path = dir.path().join("all.ron");
    let before = std::fs::read(&a).unwrap();
    let out = run(&[
        "merge",
        s(&a),
        s(&b),
        s(&a),
        "--out",
        s(&out_path),
        "--name",
        "Everyone",
    ]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let said = String::from_utf8(out.stdout).unwrap();
    assert!(
        said.contains("5 annotations") && said.contains("2 identical duplicates dropped"),
        "{said}"
    );
    let merged = load_project(&out_path).unwrap();
    assert_eq!(merged.name, "Everyone");
    assert_eq!(merged.documents.len(), 1);
    assert_eq!(merged.annotations.len(), 5);
    assert_eq!(merged.summary().by_author["bob"], 3);
    assert_eq!(std::fs::read(&a).unwrap(), before, "inputs are untouched");
}

#[test]
fn bad_input_gets_one_line_and_a_non_zero_exit() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = partial_case(dir.path());
    let missing = dir.path().join("missing.ron");
    let garbage = dir.path().join("garbage.ron");
    std::fs::write(&garbage, "this is not RON").unwrap();
    let before = std::fs::read(&a).unwrap();
    let cases: Vec<(Vec<&str>, &str)> = vec![
        (vec!["agree", s(&a)], "two annotators"),
        (vec!["agree", s(&a), s(&missing)], "missing.ron"),
        (vec!["agree", s(&a), s(&garbage)], "garbage.ron"),
        (
            vec!["agree", s(&a), s(&b), "--document", "nope"],
            "no document 'nope'",
        ),
        (
            vec!["merge", s(&a), s(&b), "--out", s(&a)],
            "one of the inputs",
        ),
        (
            vec!["merge", s(&a), s(&garbage), "--out", s(&b)],
            "garbage.ron",
        ),
    ];
    for (args, reason) in cases {
        let out = run(&args);
        assert_eq!(out.status.code(), Some(2), "{args:?}");
        let err = String::from_utf8(out.stderr).unwrap();
        assert!(err.starts_with("marginalia: "), "{err}");
        assert_eq!(err.trim_end().lines().count(), 1, "{err}");
        assert!(err.contains(reason), "{args:?}: {err}");
    }
    assert_eq!(std::fs::read(&a).unwrap(), before, "inputs are untouched");
}

#[test]
fn a_document_whose_text_differs_is_named_on_stderr() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = partial_case(dir.path());
    let mut other = load_project(&b).unwrap();
    other.documents[0].text = TEXT.replace("ok", "no");
    for x in &mut other.annotations {
        x.quote = other.documents[0].slice(x.start, x.end).to_string();
        x.author = "eve".into();
    }
    let e = dir.path().join("eve.ron");
    save_project(&e, &other).unwrap();
    let out = run(&["agree", s(&a), s(&b), s(&e), "--json"]);
    assert!(out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("warning: document 'Test article'") && err.contains("eve.ron"),
        "{err}"
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(
        json.as_array().unwrap().len(),
        1,
        "eve is compared with no one"
    );
}

#[test]
fn two_files_by_the_same_author_are_compared_file_by_file() {
    let dir = tempfile::tempdir().unwrap();
    let (a, _) = partial_case(dir.path());
    let mut again = project("alice", &[(0, 8, "claim", None)]);
    again.name = "second pass".into();
    let b = dir.path().join("second.ron");
    save_project(&b, &again).unwrap();
    let out = run(&["agree", s(&a), s(&b), "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(
        err.contains("each file is compared as its own annotator"),
        "{err}"
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(json[0]["a"], "alice (alice.ron)");
    assert_eq!(json[0]["b"], "alice (second.ron)");
    // claim 0..10 against claim 0..8: no exact match, one overlap match.
    assert_eq!(json[0]["labels"]["claim"]["overlap_matches"], 1);
    assert_eq!(json[0]["labels"]["claim"]["exact_matches"], 0);
}

/// Two analysts who drew the same attributions but named different sources:
/// the span figures agree fully, the sources line and `sources` say how far
/// they differ.
#[test]
fn agree_says_how_often_the_same_attribution_names_the_same_source() {
    let dir = tempfile::tempdir().unwrap();
    let alice = project(
        "alice",
        &[
            (0, 6, "attribution", Some("KCNA")),
            (12, 16, "attribution", Some("Korea Coast Guard")),
        ],
    );
    let bob = project(
        "bob",
        &[
            (0, 6, "attribution", Some("KCNA")),
            (12, 16, "attribution", Some("South Korean officials")),
        ],
    );
    let (a, b) = (dir.path().join("alice.ron"), dir.path().join("bob.ron"));
    save_project(&a, &alice).unwrap();
    save_project(&b, &bob).unwrap();
    let out = run(&["agree", s(&a), s(&b)]);
    assert!(out.status.success());
    let table = String::from_utf8_lossy(&out.stdout);
    assert!(
        table.contains("Sources: 1 of 2 attributions both drew name the same source (50%)"),
        "{table}"
    );
    let out = run(&["agree", s(&a), s(&b), "--json"]);
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let p = &json.as_array().unwrap()[0];
    assert!(close(&p["overall"]["exact_f1"], 1.0), "{p}");
    assert_eq!(p["sources"]["paired"], 2);
    assert_eq!(p["sources"]["same_source"], 1);
}
