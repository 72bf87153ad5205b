//! `marginalia import` from the command line: articles (txt, md, html), JSONL and
//! brat into a new and into an existing project; bad spans refused with the line
//! named; inputs never modified.

use std::path::Path;
use std::process::Output;

use marginalia::model::Project;

mod common;
use common::cli::{run, stderr};

fn load(p: &Path) -> Project {
    marginalia::store::load_project(p).unwrap()
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn assert_one_line_error(o: &Output, want: &str) {
    let err = stderr(o);
    assert!(!o.status.success(), "succeeded: {err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        err.starts_with("marginalia: ") && err.contains(want),
        "wanted {want:?} in {err}"
    );
}

/// Writes the sample inputs: a CRLF text article, a Markdown article, an HTML page,
/// a JSONL file and a brat folder.
fn inputs(dir: &Path) {
    std::fs::write(
        dir.join("brief.txt"),
        "KCNA brief\r\n\r\n조선중앙통신 said the “launch” succeeded 👋🏽.\r\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("note.md"),
        "# Analyst note\n\nZoe\u{301}’s sources 🇰🇵 disagree.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("page.html"),
        "<!doctype html><html><head><title>Parade report</title><script>track()</script>\
         <style>p{}</style></head><body><nav>Home | World</nav><article><h1>Parade</h1>\
         <p>NK News said the parade was &ldquo;large&rdquo;.</p><p>Analysts doubt it.</p>\
         </article><footer>© site</footer></body></html>",
    )
    .unwrap();
    std::fs::write(
        dir.join("spans.jsonl"),
        concat!(
            r#"{"id": "wire-1", "title": "Wire", "text": "Yonhap reported 조선 tests 👋🏽 today.", "spans": [{"start": 0, "end": 15, "label": "attribution", "source": "Yonhap"}, {"start": 16, "end": 24, "label": "claim", "author": "erin", "note": "check"}]}"#,
            "\n"
        ),
    )
    .unwrap();
    let brat = dir.join("brat");
    std::fs::create_dir(&brat).unwrap();
    std::fs::write(brat.join("story.txt"), "State media claimed 🇰🇵 victory.\n").unwrap();
    std::fs::write(
        brat.join("story.ann"),
        "T1\tattribution 0 11\tState media\nA1\tSource T1 state_media\nT2\tclaim 20 30\t🇰🇵 victory\n#1\tAnnotatorNotes T2\tflag emoji\n",
    )
    .unwrap();
}

#[test]
fn articles_jsonl_and_brat_into_a_new_project() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    inputs(d);
    let snapshot: Vec<Vec<u8>> = [
        "brief.txt",
        "note.md",
        "page.html",
        "spans.jsonl",
        "brat/story.ann",
        "brat/story.txt",
    ]
    .iter()
    .map(|f| std::fs::read(d.join(f)).unwrap())
    .collect();
    let out = d.join("new.ron");
    let o = run(&[
        "import",
        s(&d.join("brief.txt")),
        s(&d.join("note.md")),
        s(&d.join("page.html")),
        s(&d.join("spans.jsonl")),
        s(&d.join("brat")),
        "--out",
        s(&out),
        "--author",
        "dana",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let err = stderr(&o);
    assert!(
        err.lines()
            .last()
            .unwrap()
            .contains("imported 5 new documents and 4 annotations into"),
        "{err}"
    );
    let p = load(&out);
    let titles: Vec<&str> = p.documents.iter().map(|d| d.title.as_str()).collect();
    assert_eq!(
        titles,
        [
            "KCNA brief",
            "Analyst note",
            "Parade report",
            "Wire",
            "State media claimed 🇰🇵 victory."
        ]
    );
    let brief = &p.documents[0];
    assert_eq!(
        brief.text,
        "KCNA brief\n\n조선중앙통신 said the “launch” succeeded 👋🏽.\n"
    );
    let html = &p.documents[2];
    assert_eq!(
        html.text,
        "Parade\n\nNK News said the parade was “large”.\n\nAnalysts doubt it."
    );
    assert_eq!(p.documents[3].id, "wire-1");
    assert_eq!(p.documents[4].id, "story");
    let anns: Vec<(&str, &str, Option<&str>, &str, &str)> = p
        .annotations
        .iter()
        .map(|a| {
            (
                a.quote.as_str(),
                a.label.as_str(),
                a.source.as_deref(),
                a.author.as_str(),
                a.note.as_str(),
            )
        })
        .collect();
    assert_eq!(
        anns,
        [
            // Saved sorted by (document id, start, end).
            (
                "State media",
                "attribution",
                Some("state media"),
                "dana",
                ""
            ),
            ("🇰🇵 victory", "claim", None, "dana", "flag emoji"),
            ("Yonhap reported", "attribution", Some("Yonhap"), "dana", ""),
            ("조선 tests", "claim", None, "erin", "check"),
        ]
    );
    let after: Vec<Vec<u8>> = [
        "brief.txt",
        "note.md",
        "page.html",
        "spans.jsonl",
        "brat/story.ann",
        "brat/story.txt",
    ]
    .iter()
    .map(|f| std::fs::read(d.join(f)).unwrap())
    .collect();
    assert_eq!(snapshot, after, "an input was modified");
}

#[test]
fn import_into_an_existing_project_extends_it() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    inputs(d);
    let out = d.join("proj.ron");
    let o = run(&["import", s(&d.join("spans.jsonl")), "--out", s(&out)]);
    assert!(o.status.success(), "{}", stderr(&o));
    let first = std::fs::read(&out).unwrap();
    // Same JSONL again (same id, same text): no new document, no doubled spans; then
    // a text and a brat folder are added.
    let o = run(&[
        "import",
        s(&d.join("spans.jsonl")),
        s(&d.join("brief.txt")),
        s(&d.join("brat")),
        "--out",
        s(&out),
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(stderr(&o).contains("2 new documents and 2 annotations; 1 existing document extended; 2 annotations already there skipped"), "{}", stderr(&o));
    let p = load(&out);
    assert_eq!(p.documents.len(), 3);
    assert_eq!(p.annotations.len(), 4);
    // The previous version is kept as a backup.
    assert_eq!(
        std::fs::read(marginalia::store::backup_path(&out)).unwrap(),
        first
    );
    // A text imported twice is not added again (issue 12: same text, same article).
    let o = run(&["import", s(&d.join("brief.txt")), "--out", s(&out)]);
    assert!(o.status.success(), "{}", stderr(&o));
    assert!(
        stderr(&o).contains("same text as document 'kcna-brief' already in the project"),
        "{}",
        stderr(&o)
    );
    assert!(
        stderr(&o).contains("1 skipped (1 already in the project with the same text)"),
        "{}",
        stderr(&o)
    );
    let ids: Vec<String> = load(&out).documents.iter().map(|d| d.id.clone()).collect();
    assert_eq!(ids, ["wire-1", "kcna-brief", "story"]);
}

#[test]
fn bad_spans_are_refused_with_the_line_named_and_nothing_written() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    inputs(d);
    let out = d.join("p.ron");
    let bad = d.join("bad.jsonl");
    std::fs::write(
        &bad,
        "{\"id\": \"a\", \"text\": \"KCNA said\", \"label\": [[0, 4, \"claim\"]]}\n{\"id\": \"b\", \"text\": \"short\", \"label\": [[3, 40, \"claim\"]]}\n",
    )
    .unwrap();
    let o = run(&["import", s(&bad), "--out", s(&out)]);
    assert_one_line_error(
        &o,
        "bad.jsonl line 2: label[0]: span 3..40 runs past the end of the text (5 chars)",
    );
    assert!(!out.exists());
    std::fs::write(
        &bad,
        "{\"text\": \"abcdefghijk\", \"label\": [[10, 5, \"claim\"]]}\n",
    )
    .unwrap();
    let o = run(&["import", s(&bad), "--out", s(&out)]);
    assert_one_line_error(&o, "bad.jsonl line 1: label[0]: span 10..5 has start > end");
    // brat: a span past the end of its .txt.
    std::fs::write(
        d.join("brat/story.ann"),
        "T1\tclaim 0 5\tState\nT2\tclaim 20 99\tvictory\n",
    )
    .unwrap();
    let o = run(&["import", s(&d.join("brat")), "--out", s(&out)]);
    assert_one_line_error(
        &o,
        "story.ann line 2: T2: span 20..99 runs past the end of the text",
    );
    assert!(!out.exists());
    // An existing project stays as it was.
    let o = run(&["import", s(&d.join("note.md")), "--out", s(&out)]);
    assert!(o.status.success());
    let before = std::fs::read(&out).unwrap();
    let o = run(&["import", s(&bad), "--out", s(&out)]);
    assert!(!o.status.success());
    assert_eq!(std::fs::read(&out).unwrap(), before);
}

#[test]
fn usage_errors_are_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    inputs(d);
    let out = d.join("p.ron");
    assert_one_line_error(&run(&["import", s(&d.join("note.md"))]), "--out");
    assert_one_line_error(&run(&["import", "--out", s(&out)]), "nothing to import");
    assert_one_line_error(
        &run(&["import", s(&d.join("nope.txt")), "--out", s(&out)]),
        "no such file",
    );
    assert_one_line_error(
        &run(&[
            "import",
            s(&d.join("note.md")),
            "--format",
            "pdf",
            "--out",
            s(&out),
        ]),
        "unknown import format 'pdf'",
    );
    assert_one_line_error(
        &run(&[
            "import",
            s(&d.join("note.md")),
            "--out",
            s(&d.join("note.md")),
        ]),
        "is both an input and the project",
    );
    std::fs::write(d.join("bin.txt"), [0u8, 159, 146, 150, 0, 1, 2]).unwrap();
    assert_one_line_error(
        &run(&["import", s(&d.join("bin.txt")), "--out", s(&out)]),
        "binary",
    );
    assert!(!out.exists());
}
