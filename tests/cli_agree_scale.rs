//! `marginalia agree` / `merge` on what issue 18 and 15 found: orphaned annotations
//! left out of the figures and counted apart, one annotation id with different
//! content in two inputs named in a warning, and many annotators summarised.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use marginalia::model::{Annotation, Document, Project};
use marginalia::review::{Corpus, ReviewSession, compare_document};
use marginalia::store::{load_project, save_project};

/// 20 chars: Korean, curly quotes, an emoji with modifier, e + combining acute.
const TEXT: &str = "조선중앙통신 “핵” 👋🏽 e\u{301} ok!";

fn run(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_marginalia"))
        .args(args)
        .output()
        .expect("the binary runs")
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn close(v: &serde_json::Value, want: f64) -> bool {
    v.as_f64().is_some_and(|x| (x - want).abs() < 1e-9)
}

fn annotation(doc: &Document, author: &str, span: (usize, usize, &str)) -> Annotation {
    Annotation::new(
        "d1",
        span.0,
        span.1,
        doc.slice(span.0, span.1),
        span.2,
        author,
    )
}

/// A one-document project; `orphans` are marked `orphaned` (offsets kept).
fn project(
    author: &str,
    spans: &[(usize, usize, &str)],
    orphans: &[(usize, usize, &str)],
) -> Project {
    let mut p = Project::new(format!("{author}'s project"));
    let doc = Document::new("d1", "Test article", TEXT);
    for &span in spans {
        let mut a = annotation(&doc, author, span);
        if span.2 == "attribution" {
            a.source = Some("KCNA".into());
        }
        p.annotations.push(a);
    }
    for &span in orphans {
        let mut a = annotation(&doc, author, span);
        a.orphaned = true;
        p.annotations.push(a);
    }
    p.documents.push(doc);
    p
}

fn save(dir: &Path, name: &str, p: &Project) -> PathBuf {
    let path = dir.join(name);
    save_project(&path, p).unwrap();
    path
}

/// The partial case of tests/cli_agree.rs, each analyst with an orphan that would
/// match the other's span exactly if it were compared.
fn with_orphans(dir: &Path) -> (PathBuf, PathBuf) {
    let alice = project(
        "alice",
        &[(0, 10, "claim"), (12, 16, "attribution")],
        &[(0, 8, "claim")],
    );
    let bob = project(
        "bob",
        &[
            (0, 8, "claim"),
            (12, 16, "attribution"),
            (17, 20, "speculation"),
        ],
        &[(0, 10, "claim")],
    );
    (save(dir, "alice.ron", &alice), save(dir, "bob.ron", &bob))
}

#[test]
fn orphans_are_left_out_of_the_figures_and_counted_apart() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = with_orphans(dir.path());
    let out = run(&["agree", s(&a), s(&b), "--json"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let p = &json[0];
    assert_eq!(p["orphaned"], 2, "{p}");
    // Exactly the hand-worked figures of the case without orphans: had the orphans
    // been compared, both would have been exact matches (3 of 3 + 4 spans).
    let o = &p["overall"];
    assert_eq!(
        (&o["a_spans"], &o["b_spans"]),
        (&2.into(), &3.into()),
        "{o}"
    );
    assert_eq!(o["exact_matches"], 1, "{o}");
    assert!(close(&o["exact_f1"], 0.4), "{o}");
    assert!(close(&o["overlap_f1"], 0.8), "{o}");
    assert!(close(&o["kappa"], 87.0 / 137.0), "{o}");
    assert!(close(&o["alpha"], 346.0 / 541.0), "{o}");

    let out = run(&["agree", s(&a), s(&b)]);
    let text = String::from_utf8(out.stdout).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[0], "alice vs bob (1 document, 20 chars)", "{text}");
    assert_eq!(lines[1], "  2 orphaned annotations not compared", "{text}");
    let overall: Vec<&str> = lines
        .iter()
        .find(|l| l.trim_start().starts_with("overall"))
        .unwrap()
        .split_whitespace()
        .collect();
    assert_eq!(
        overall,
        [
            "overall", "2", "3", "1", "2", "0.400", "0.800", "0.635", "0.640"
        ]
    );

    // merge keeps them, still orphaned.
    let merged = dir.path().join("merged.ron");
    let out = run(&["merge", s(&a), s(&b), "--out", s(&merged)]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let m = load_project(&merged).unwrap();
    assert_eq!(m.annotations.iter().filter(|a| a.orphaned).count(), 2);
    assert_eq!(m.annotations.len(), 7);
}

#[test]
fn orphans_stay_out_of_the_review_lists_and_accept_all_agreed() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = with_orphans(dir.path());
    let mut session = ReviewSession::new("alice.ron", load_project(&a).unwrap(), "carol");
    session.add_file(&b).unwrap();
    let doc = &session.corpus().documents[0];
    assert_eq!(doc.orphans.len(), 2);
    let cmp = compare_document(doc, "alice", "bob");
    let orphan_ids: Vec<&str> = doc.orphans.iter().map(|o| o.id.as_str()).collect();
    for d in &cmp.disagreements {
        for side in d.a.iter().chain(&d.b) {
            assert!(!orphan_ids.contains(&side.id.as_str()), "{d:?}");
        }
    }
    // Agreed: only the attribution; 2 kinds of boundary/only-in disagreements.
    assert_eq!(cmp.agreed.len(), 1);
    assert_eq!(cmp.disagreements.len(), 2);
    assert_eq!(session.accept_agreed(None), 1);
    let curated = session.curated("c").unwrap();
    assert_eq!(curated.annotations.len(), 1);
    assert_eq!(curated.annotations[0].label, "attribution");
    let figures = session.agreement("alice", "bob", None).unwrap();
    assert_eq!(figures.orphaned, 2);
    assert_eq!(figures.overall.exact_matches, 1);
}

/// alice's project with `n` one-char claims, and a copy in which bob changed the
/// label of the first `changed` of them and added one of his own.
fn edited_copy(dir: &Path, n: usize, changed: usize) -> (PathBuf, PathBuf, Vec<String>) {
    let spans: Vec<(usize, usize, &str)> = (0..n).map(|i| (i, i + 1, "claim")).collect();
    let alice = project("alice", &spans, &[]);
    let mut copy = alice.clone();
    let mut ids = Vec::new();
    for a in copy.annotations.iter_mut().take(changed) {
        a.label = "speculation".into();
        ids.push(a.id.clone());
    }
    let doc = copy.documents[0].clone();
    copy.annotations
        .push(annotation(&doc, "bob", (17, 20, "speculation")));
    (save(dir, "a.ron", &alice), save(dir, "b.ron", &copy), ids)
}

#[test]
fn one_id_with_different_content_is_named_by_agree_merge_and_review() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b, ids) = edited_copy(dir.path(), 5, 2);
    let out = run(&["agree", s(&a), s(&b)]);
    assert!(out.status.success());
    let err = String::from_utf8(out.stderr).unwrap();
    let line = err
        .lines()
        .find(|l| l.contains("different content"))
        .unwrap_or_else(|| panic!("no warning: {err}"));
    assert!(
        line.starts_with("marginalia: warning: 2 annotation ids"),
        "{line}"
    );
    for id in &ids {
        assert!(line.contains(&format!("'{id}'")), "{id} not in {line}");
    }
    assert!(line.contains(&format!("({} / {})", s(&a), s(&b))), "{line}");

    let merged = dir.path().join("m.ron");
    let out = run(&["merge", s(&a), s(&b), "--out", s(&merged)]);
    let err = String::from_utf8(out.stderr).unwrap();
    assert!(ids.iter().all(|id| err.contains(id.as_str())), "{err}");

    let mut session = ReviewSession::new("a.ron", load_project(&a).unwrap(), "carol");
    let warnings = session.add_file(&b).unwrap();
    let w = session.conflict_warning().expect("a warning in the review");
    assert!(ids.iter().all(|id| w.contains(id.as_str())), "{w}");
    assert!(warnings.contains(&w), "{warnings:?}");
}

#[test]
fn more_than_ten_conflicting_ids_are_cut_with_and_n_more() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b, ids) = edited_copy(dir.path(), 13, 12);
    let pa = load_project(&a).unwrap();
    let pb = load_project(&b).unwrap();
    let corpus = Corpus::from_projects(&[("a.ron", &pa), ("b.ron", &pb)]);
    assert_eq!(corpus.conflicts.len(), 12);
    let w = corpus
        .warnings
        .iter()
        .find(|w| w.contains("different content"))
        .unwrap();
    assert!(w.starts_with("12 annotation ids"), "{w}");
    assert!(w.ends_with(", and 2 more"), "{w}");
    let named = ids.iter().filter(|id| w.contains(id.as_str())).count();
    assert_eq!(named, 10, "{w}");
    // The same project twice is no conflict.
    let corpus = Corpus::from_projects(&[("a.ron", &pa), ("a2.ron", &pa)]);
    assert!(corpus.conflicts.is_empty());
}

/// One project in which each of `names` tags the text a little differently.
fn crowd(names: &[&str]) -> Project {
    let mut p = project("nobody", &[], &[]);
    let doc = p.documents[0].clone();
    for (i, who) in names.iter().enumerate() {
        p.annotations
            .push(annotation(&doc, who, (0, 6 + i % 3, "claim")));
        if i % 2 == 0 {
            p.annotations
                .push(annotation(&doc, who, (12, 16, "speculation")));
        }
    }
    p
}

#[test]
fn a_summary_adds_up_the_annotators_pairs() {
    let dir = tempfile::tempdir().unwrap();
    let path = save(dir.path(), "crowd.ron", &crowd(&["alice", "bob", "carol"]));
    let pairs = run(&["agree", s(&path), "--json"]);
    let pairs: serde_json::Value = serde_json::from_slice(&pairs.stdout).unwrap();
    assert_eq!(pairs.as_array().unwrap().len(), 3, "up to 10: every pair");
    let out = run(&["agree", s(&path), "--json", "--summary"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let rows: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let alice = &rows[0];
    assert_eq!(
        (&alice["annotator"], &alice["others"]),
        (&"alice".into(), &2.into())
    );
    // alice vs bob and alice vs carol, summed: alice 2 + 2 spans, bob 1, carol 2.
    let o = &alice["overall"];
    let sum = |key: &str| -> u64 {
        pairs.as_array().unwrap()[..2]
            .iter()
            .map(|p| p["overall"][key].as_u64().unwrap())
            .sum()
    };
    for key in [
        "a_spans",
        "b_spans",
        "exact_matches",
        "overlap_matches",
        "chars",
    ] {
        assert_eq!(o[key].as_u64().unwrap(), sum(key), "{key}: {o}");
    }
    assert_eq!(
        (o["a_spans"].as_u64(), o["b_spans"].as_u64()),
        (Some(4), Some(3))
    );
    // exact: alice's speculation matches carol's → 1; F1 = 2·1 / 7.
    assert!(close(&o["exact_f1"], 2.0 / 7.0), "{o}");
    assert!(close(&o["overlap_f1"], 6.0 / 7.0), "{o}");
    // Over chars (20 a pair): alice claim 0..6, speculation 12..16; bob claim 0..7;
    // carol claim 0..8, speculation 12..16. Pooled table, alice's rows: claim/claim
    // 6 + 6, none/claim 1 + 2, none/none 9 + 8, spec/none 4, spec/spec 4; 40 units,
    // 33 agreed; rows claim 12, none 20, spec 8; columns claim 15, none 21, spec 4.
    // kappa = (40·33 − (12·15 + 20·21 + 8·4)) / (40² − 632) = 688 / 968.
    assert!(close(&o["kappa"], 688.0 / 968.0), "{o}");
    // alpha: n = 80, n_c = 27, 41, 12, Σ n_c(n_c − 1) = 2474;
    // (79·2·33 − 2474) / (80·79 − 2474) = 2740 / 3846.
    assert!(close(&o["alpha"], 2740.0 / 3846.0), "{o}");

    // With two annotators a summary is the pair.
    let two = save(dir.path(), "two.ron", &crowd(&["alice", "bob"]));
    let pair = run(&["agree", s(&two), "--json"]);
    let pair: serde_json::Value = serde_json::from_slice(&pair.stdout).unwrap();
    let summary = run(&["agree", s(&two), "--json", "--summary"]);
    let summary: serde_json::Value = serde_json::from_slice(&summary.stdout).unwrap();
    assert_eq!(summary[0]["overall"], pair[0]["overall"]);
    assert_eq!(summary[0]["labels"], pair[0]["labels"]);
}

#[test]
fn above_ten_annotators_agree_summarises_unless_asked_for_pairs() {
    let dir = tempfile::tempdir().unwrap();
    let names: Vec<String> = (0..11).map(|i| format!("analyst{i:02}")).collect();
    let refs: Vec<&str> = names.iter().map(String::as_str).collect();
    let path = save(dir.path(), "crowd.ron", &crowd(&refs));
    let out = run(&["agree", s(&path)]);
    assert!(out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("11 annotators: each against all the others"),
        "{err}"
    );
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(
        text.starts_with("analyst00 vs 10 others, pooled (1 document, 200 chars)"),
        "{text}"
    );
    assert_eq!(text.matches(" others, pooled ").count(), 11);
    let out = run(&["agree", s(&path), "--pairs", "--json"]);
    let pairs: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(pairs.as_array().unwrap().len(), 55);
    let out = run(&["agree", s(&path), "--pairs", "--summary"]);
    assert!(!out.status.success(), "--pairs and --summary conflict");
}

#[test]
fn an_edited_copy_by_the_same_author_names_only_the_edited_ids() {
    // Both files by alice only: each file is compared as its own annotator, and the
    // ids of the unchanged annotations are not taken for conflicts (the authors are
    // renamed per file only for the comparison).
    let dir = tempfile::tempdir().unwrap();
    let spans: Vec<(usize, usize, &str)> = (0..4).map(|i| (i, i + 1, "claim")).collect();
    let alice = project("alice", &spans, &[]);
    let mut copy = alice.clone();
    copy.annotations[2].end = 5;
    copy.annotations[2].quote = "중앙통".into();
    let edited = copy.annotations[2].id.clone();
    let (a, b) = (
        save(dir.path(), "a.ron", &alice),
        save(dir.path(), "b.ron", &copy),
    );
    let pa = load_project(&a).unwrap();
    let pb = load_project(&b).unwrap();
    let corpus = Corpus::for_review(&[("a.ron", &pa), ("b.ron", &pb)]);
    assert_eq!(corpus.annotators(), ["alice (a.ron)", "alice (b.ron)"]);
    let ids: Vec<&str> = corpus.conflicts.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, [edited.as_str()]);
    let w: Vec<&String> = corpus
        .warnings
        .iter()
        .filter(|w| w.contains("different content"))
        .collect();
    assert_eq!(w.len(), 1, "{:?}", corpus.warnings);
    assert!(w[0].starts_with("1 annotation id found"), "{}", w[0]);
}
