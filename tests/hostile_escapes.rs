//! Terminal escape injection and unbounded quotes, through the real binary: ids,
//! titles, authors, sources and labels holding ESC sequences are printed escaped
//! by `info`, `validate`, `agree`, `reanchor`, `merge`, `import` and in error
//! lines; JSON output stays valid JSON with the exact strings; a 5 MB id in an
//! error gives a short line.

mod safety_support;

use std::ffi::OsString;
use std::process::Output;

use marginalia::model::{Annotation, Document, Project};
use safety_support::*;

/// Clears the screen, sets the window title, rings the bell; a C1 CSI and a
/// right-to-left override too.
const EVIL: &str = "\u{1b}[2J\u{1b}]0;owned\u{7}\u{9b}31m\u{202e}";

fn evil_project(author: &str) -> Project {
    let mut p = Project::new(format!("Parade {EVIL}"));
    let id = format!("doc{EVIL}");
    p.documents.push(Document::new(
        id.clone(),
        format!("조선중앙통신 {EVIL}"),
        "KCNA said “the launch” 👋🏽 was a success.",
    ));
    let mut a = Annotation::new(id.clone(), 0, 4, "KCNA", "attribution", author);
    a.source = Some(format!("state media {EVIL}"));
    a.note = format!("note {EVIL}");
    a.id = format!("a{author}");
    p.annotations.push(a);
    let mut b = Annotation::new(id, 11, 21, "the launch", "claim", author);
    b.id = format!("b{author}");
    p.annotations.push(b);
    p
}

/// No raw control character reaches the terminal (line breaks aside).
fn assert_clean(o: &Output, what: &str) {
    for (stream, bytes) in [("stdout", &o.stdout), ("stderr", &o.stderr)] {
        let text = String::from_utf8_lossy(bytes);
        let bad: Vec<char> = text
            .chars()
            .filter(|&c| (c.is_control() && c != '\n') || c == '\u{202e}')
            .collect();
        assert!(bad.is_empty(), "{what} {stream}: {bad:?} in {text}");
    }
}

fn args(list: &[&std::path::Path], words: &[&str]) -> Vec<OsString> {
    let mut v: Vec<OsString> = words.iter().map(OsString::from).collect();
    v.extend(list.iter().map(|p| p.as_os_str().to_owned()));
    v
}

#[test]
fn every_command_escapes_control_characters_from_files() {
    let dir = tempfile::tempdir().unwrap();
    let alice = write_project(
        dir.path(),
        "alice.ron",
        &evil_project(&format!("alice{EVIL}")),
    );
    let bob = write_project(dir.path(), "bob.ron", &evil_project(&format!("bob{EVIL}")));
    let mut broken = evil_project("carol");
    broken.annotations[0].label = format!("rumour{EVIL}");
    let broken = write_project(dir.path(), "broken.ron", &{
        // Written without the loader's checks: a label missing from the schema.
        broken
    });

    let info = run(args(&[&alice], &["info"]));
    assert!(info.status.success(), "{}", stderr(&info));
    assert_clean(&info, "info");
    assert!(stdout(&info).contains("\\u{1b}[2J"), "{}", stdout(&info));

    let json = run(args(&[&alice], &["info", "--json"]));
    assert_clean(&json, "info --json");
    let v: serde_json::Value = serde_json::from_slice(&json.stdout).unwrap();
    assert_eq!(v["name"], format!("Parade {EVIL}"));

    let validate = run(args(&[&broken], &["validate"]));
    assert_eq!(validate.status.code(), Some(1));
    assert_clean(&validate, "validate");
    assert!(
        stdout(&validate).contains("rumour\\u{1b}"),
        "{}",
        stdout(&validate)
    );

    let agree = run(args(&[&alice, &bob], &["agree"]));
    assert!(agree.status.success(), "{}", stderr(&agree));
    assert_clean(&agree, "agree");

    let merged = dir.path().join("merged.ron");
    let merge = run(args(
        &[&alice, &bob],
        &["merge", "--out", merged.to_str().unwrap()],
    ));
    assert!(merge.status.success(), "{}", stderr(&merge));
    assert_clean(&merge, "merge");

    let out = dir.path().join("re.ron");
    let reanchor = run(args(
        &[&alice],
        &["reanchor", "--out", out.to_str().unwrap()],
    ));
    assert!(reanchor.status.success(), "{}", stderr(&reanchor));
    assert_clean(&reanchor, "reanchor");

    // An error naming a document id from the command line and the file.
    let missing = run(args(
        &[&alice],
        &["export", "--format", "jsonl", "--doc", EVIL],
    ));
    assert!(!missing.status.success());
    assert_clean(&missing, "export --doc");
}

#[test]
fn import_warnings_and_errors_are_escaped_and_quotes_cut() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("in.jsonl");
    let line = serde_json::json!({
        "text": "조선중앙통신 said “yes”",
        "label": [[0, 6, format!("label{EVIL}")]],
    });
    std::fs::write(&input, format!("{line}\n")).unwrap();
    let out = dir.path().join("p.ron");
    let o = run(args(&[&input], &["import", "--out", out.to_str().unwrap()]));
    assert!(o.status.success(), "{}", stderr(&o));
    assert_clean(&o, "import");
    assert!(stderr(&o).contains("label\\u{1b}[2J"), "{}", stderr(&o));

    // A 5 MB label in a quote mismatch: the error line stays short.
    let huge = "조".repeat(5_000_000 / 3);
    let line = serde_json::json!({
        "text": "KCNA said",
        "spans": [{"start": 0, "end": 4, "label": "claim", "text": huge}],
    });
    std::fs::write(&input, format!("{line}\n")).unwrap();
    let o = run(args(&[&input], &["import", "--out", out.to_str().unwrap()]));
    let line = assert_refused(&o, "huge quote");
    assert!(line.chars().count() < 400, "{} chars", line.chars().count());
    assert!(line.contains('…'), "{line}");
}

/// Session 7: names typed on the command line (a document, a format) were quoted
/// whole in the refusal (cut only at 2,000 chars); now at 80 chars, escaped.
#[test]
fn long_names_given_as_arguments_are_cut_in_the_refusal() {
    let dir = tempfile::tempdir().unwrap();
    let a = write_project(dir.path(), "a.ron", &evil_project("alice"));
    let b = write_project(dir.path(), "b.ron", &evil_project("bob"));
    let text = dir.path().join("new.txt");
    std::fs::write(&text, "KCNA said “the launch” 👋🏽 was a success.").unwrap();
    let long = format!("{EVIL}{}", "조".repeat(20_000));
    let out = dir.path().join("out.ron");
    let (a, b, text, out) = (
        a.to_str().unwrap(),
        b.to_str().unwrap(),
        text.to_str().unwrap(),
        out.to_str().unwrap(),
    );
    for (what, words) in [
        ("agree --document", vec!["agree", a, b, "--document", &long]),
        (
            "reanchor --doc",
            vec!["reanchor", a, "--doc", &long, "--text", text, "--out", out],
        ),
        (
            "import --format",
            vec!["import", text, "--out", out, "--format", &long],
        ),
        ("export --format", vec!["export", a, "--format", &long]),
    ] {
        let o = run(&words);
        assert_clean(&o, what);
        let line = assert_refused(&o, what);
        assert!(
            line.chars().count() < 300,
            "{what}: {} chars",
            line.chars().count()
        );
        assert!(
            line.contains('…') && line.contains("\\u{1b}[2"),
            "{what}: {line}"
        );
    }
}
