//! `marginalia search` run as a user runs it: every printed result checked against
//! the document's text by char offsets, restrictions, formats and exit codes.

use std::path::{Path, PathBuf};

use marginalia::model::{Annotation, Document, Project};
use marginalia::store::save_project;
use serde_json::Value;

mod common;
use common::cli::{run, stderr, stdout};

/// Korean, emoji with a skin tone, a flag, curly quotes, combining accents.
const DISPATCH: &str = "조선중앙통신 said KCNA 👋🏽 confirmed the “test” on Zoe\u{301}’s orders.\n\
                        Yonhap said kcna overstated it 🇰🇵. KCNA’s claim stands.";
const SECOND: &str = "NK News: no word from Kcna yet. Analysts doubt KCNA.";

fn sample() -> Project {
    let mut p = Project::new("Search test");
    let d1 = Document::new("dispatch", "Dispatch", DISPATCH);
    let d2 = Document::new("second", "Second", SECOND);
    let kcna_said = DISPATCH.chars().position(|c| c == 's').unwrap();
    p.annotations.push(
        Annotation::new(
            "dispatch",
            0,
            kcna_said + 9,
            d1.slice(0, kcna_said + 9),
            "attribution",
            "mina",
        )
        .with_source("조선중앙통신"),
    );
    let (s, e) = span_of(DISPATCH, "Yonhap said kcna overstated it");
    p.annotations.push(
        Annotation::new("dispatch", s, e, d1.slice(s, e), "attribution", "joon")
            .with_source("Yonhap"),
    );
    let (s, e) = span_of(SECOND, "Analysts doubt KCNA");
    p.annotations.push(Annotation::new(
        "second",
        s,
        e,
        d2.slice(s, e),
        "speculation",
        "mina",
    ));
    p.documents.push(d1);
    p.documents.push(d2);
    p
}

/// The char span of `needle`'s first occurrence in `text`.
fn span_of(text: &str, needle: &str) -> (usize, usize) {
    let b = text.find(needle).expect("needle in text");
    let s = text[..b].chars().count();
    (s, s + needle.chars().count())
}

fn saved(p: &Project) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("p.ron");
    save_project(&path, p).unwrap();
    (dir, path)
}

fn text_of<'a>(p: &'a Project, doc: &str) -> &'a str {
    &p.document(doc).expect("known document").text
}

/// Runs `search` with `--json`, checks that it succeeded, and checks each result
/// against the text independently (chars counted here, not by the library).
fn json_hits(p: &Project, path: &Path, args: &[&str]) -> Vec<Value> {
    let mut all = vec!["search", path.to_str().unwrap()];
    all.extend_from_slice(args);
    all.push("--json");
    let out = run(&all);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let hits: Vec<Value> = stdout(&out)
        .lines()
        .map(|l| serde_json::from_str(l).expect("one JSON object per line"))
        .collect();
    for h in &hits {
        let keys: Vec<&str> = h.as_object().unwrap().keys().map(String::as_str).collect();
        assert_eq!(keys.len(), 6, "{h}");
        let text = text_of(p, h["doc"].as_str().unwrap());
        let (s, e) = (
            h["start"].as_u64().unwrap() as usize,
            h["end"].as_u64().unwrap() as usize,
        );
        assert!(s < e, "{h}");
        let expected: String = text.chars().skip(s).take(e - s).collect();
        assert_eq!(h["text"].as_str().unwrap(), expected, "{h}");
        let context = h["context"].as_str().unwrap();
        assert!(context.contains(&expected.replace('\n', "⏎")), "{h}");
        assert!(!context.contains('\n'), "{h}");
    }
    hits
}

fn spans(hits: &[Value]) -> Vec<(String, u64, u64)> {
    hits.iter()
        .map(|h| {
            (
                h["doc"].as_str().unwrap().to_string(),
                h["start"].as_u64().unwrap(),
                h["end"].as_u64().unwrap(),
            )
        })
        .collect()
}

#[test]
fn json_results_match_the_text_in_document_order() {
    let p = sample();
    let (_dir, path) = saved(&p);
    let hits = json_hits(&p, &path, &["kcna"]);
    let docs: Vec<&str> = hits.iter().map(|h| h["doc"].as_str().unwrap()).collect();
    assert_eq!(
        docs,
        vec!["dispatch", "dispatch", "dispatch", "second", "second"]
    );
    let starts: Vec<u64> = hits.iter().map(|h| h["start"].as_u64().unwrap()).collect();
    assert!(starts[..3].windows(2).all(|w| w[0] < w[1]));
    assert_eq!(hits[0]["labels"], serde_json::json!(["attribution"]));
    assert_eq!(hits[3]["labels"], serde_json::json!([]));
    // Korean and emoji hits.
    let korean = json_hits(&p, &path, &["중앙통신"]);
    assert_eq!(spans(&korean), vec![("dispatch".into(), 2, 6)]);
    let emoji = json_hits(&p, &path, &["👋🏽 CONFIRMED"]);
    assert_eq!(emoji[0]["text"], "👋🏽 confirmed");
    // Accented letters: "zoe" is found inside Zoé, but not as a whole word.
    assert_eq!(json_hits(&p, &path, &["zoe"]).len(), 1);
    let out = run(&["search", path.to_str().unwrap(), "zoe", "--word"]);
    assert_eq!(out.status.code(), Some(1), "{}", stdout(&out));
    assert_eq!(
        json_hits(&p, &path, &["Zoe\u{301}", "--word"])[0]["text"],
        "Zoe\u{301}"
    );
}

#[test]
fn modes_word_case_and_regex() {
    let p = sample();
    let (_dir, path) = saved(&p);
    let exact = json_hits(&p, &path, &["KCNA", "--case-sensitive"]);
    assert!(exact.iter().all(|h| h["text"] == "KCNA"));
    assert_eq!(exact.len(), 3);
    // KCNA’s: the curly apostrophe is not a letter, so KCNA stands alone there.
    assert_eq!(json_hits(&p, &path, &["kcna", "--word"]).len(), 5);
    let quoted = json_hits(&p, &path, &["“[^”]+”", "--regex"]);
    assert_eq!(quoted.len(), 1);
    assert_eq!(quoted[0]["text"], "“test”");
    let lines = json_hits(&p, &path, &["^\\w+", "--regex"]);
    let texts: Vec<&str> = lines.iter().map(|h| h["text"].as_str().unwrap()).collect();
    assert_eq!(texts, vec!["조선중앙통신", "Yonhap", "NK"]);
}

#[test]
fn restrictions_by_label_source_and_author() {
    let p = sample();
    let (_dir, path) = saved(&p);
    let by = |extra: &[&str]| {
        let mut args = vec!["kcna"];
        args.extend_from_slice(extra);
        let hits = json_hits(&p, &path, &args);
        spans(&hits)
    };
    let in_attr = by(&["--label", "attribution"]);
    assert_eq!(in_attr.len(), 2);
    assert!(in_attr.iter().all(|(d, _, _)| d == "dispatch"));
    assert_eq!(by(&["--source", "yonhap"]), vec![in_attr[1].clone()]);
    assert_eq!(by(&["--source", "조선중앙통신"]), vec![in_attr[0].clone()]);
    assert_eq!(by(&["--author", "mina"]).len(), 2);
    assert_eq!(by(&["--author", "mina", "--label", "speculation"]).len(), 1);
    assert_eq!(by(&["--doc", "second"]).len(), 2);
    let out = run(&[
        "search",
        path.to_str().unwrap(),
        "kcna",
        "--author",
        "nobody",
    ]);
    assert_eq!(out.status.code(), Some(1));
    assert!(stdout(&out).is_empty());
}

#[test]
fn human_lines_name_the_hit_and_escape_control_characters() {
    let mut p = sample();
    p.documents.push(Document::new(
        "hostile\u{1b}[2J",
        "Hostile",
        "KCNA\u{1b}]0;pwned\u{7} and more",
    ));
    let (_dir, path) = saved(&p);
    let out = run(&["search", path.to_str().unwrap(), "kcna", "--context", "8"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let printed = stdout(&out);
    let lines: Vec<&str> = printed.lines().collect();
    assert_eq!(lines.len(), 6);
    assert_eq!(
        lines[0],
        "dispatch:12-16  통신 said KCNA 👋🏽 conf  [attribution]"
    );
    assert!(
        lines[5].starts_with("hostile\\u{1b}[2J:0-4  KCNA\\u{1b}]0;pwn"),
        "{}",
        lines[5]
    );
    assert!(!printed.contains('\u{1b}') && !printed.contains('\u{7}'));
    let json = run(&["search", path.to_str().unwrap(), "pwned", "--json"]);
    assert!(!stdout(&json).contains('\u{1b}'));
}

#[test]
fn limit_and_csv() {
    let p = sample();
    let (_dir, path) = saved(&p);
    assert_eq!(json_hits(&p, &path, &["kcna", "--limit", "2"]).len(), 2);
    let out = run(&["search", path.to_str().unwrap(), "kcna", "--format", "csv"]);
    assert_eq!(out.status.code(), Some(0));
    let mut reader = csv::Reader::from_reader(out.stdout.as_slice());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(
        headers.iter().collect::<Vec<_>>(),
        vec!["doc", "start", "end", "text", "context", "labels"]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    assert_eq!(rows.len(), 5);
    for row in &rows {
        let text = text_of(&p, &row[0]);
        let (s, e): (usize, usize) = (row[1].parse().unwrap(), row[2].parse().unwrap());
        assert_eq!(
            text.chars().skip(s).take(e - s).collect::<String>(),
            &row[3]
        );
    }
    assert_eq!(&rows[0][5], "attribution");
}

#[test]
fn crlf_articles_are_searched_in_their_normalised_text() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("crlf.txt");
    std::fs::write(
        &article,
        "First line\r\n조선 said “KCNA”\r\nlast KCNA line\r\n",
    )
    .unwrap();
    let project = dir.path().join("p.ron");
    let imported = run(&[
        "import",
        article.to_str().unwrap(),
        "--out",
        project.to_str().unwrap(),
    ]);
    assert!(imported.status.success(), "{}", stderr(&imported));
    let p = marginalia::store::load_project(&project).unwrap();
    let hits = json_hits(&p, &project, &["kcna"]);
    assert_eq!(hits.len(), 2);
    assert_eq!(hits[0]["start"], 20);
    assert_eq!(hits[1]["start"], 31);
    assert_eq!(
        hits[1]["context"],
        "First line⏎조선 said “KCNA”⏎last KCNA line⏎"
    );
}

#[test]
fn bad_input_is_one_line_with_exit_code_2() {
    let p = sample();
    let (dir, path) = saved(&p);
    let path = path.to_str().unwrap();
    let cases: [(&[&str], &str); 6] = [
        (&["search", path, "(unclosed", "--regex"], "unclosed group"),
        (&["search", path, ""], "empty"),
        (
            &["search", path, "kcna", "--doc", "nope"],
            "no document 'nope'",
        ),
        (
            &["search", path, "kcna", "--label", "clam"],
            "no label 'clam'",
        ),
        (
            &["search", path, "kcna", "--format", "xml"],
            "unknown format",
        ),
        (&["search", "/nonexistent/p.ron", "kcna"], "p.ron"),
    ];
    for (args, says) in cases {
        let out = run(args);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert_eq!(err.lines().count(), 1, "{args:?}: {err}");
        assert!(
            err.starts_with("marginalia: ") && err.contains(says),
            "{args:?}: {err}"
        );
        assert!(stdout(&out).is_empty());
    }
    // A query starting with '-' after `--`.
    let out = run(&["search", path, "--", "-5"]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    drop(dir);
}

#[test]
fn readme_sample_is_what_search_prints() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let readme = std::fs::read_to_string(root.join("README.md")).unwrap();
    let section = &readme[readme.find("\n## Search\n").expect("a Search section")..];
    let block = section
        .split("```console\n")
        .nth(1)
        .and_then(|b| b.split("```").next())
        .expect("a console sample");
    let mut lines = block.lines();
    let command = lines.next().unwrap();
    let args: Vec<&str> = command
        .strip_prefix("$ marginalia ")
        .expect("a marginalia command")
        .split_whitespace()
        .collect();
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_marginalia"))
        .args(&args)
        .current_dir(root)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    assert_eq!(
        stdout(&out),
        lines.map(|l| format!("{l}\n")).collect::<String>()
    );
}
