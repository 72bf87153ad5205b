//! Deeply nested articles fed to the real `marginalia import`: a web page nested
//! 100,000 deep is refused in one line within 2 s (it used to overflow the stack or
//! run for minutes); Markdown nested as deep is read within 2 s. The pages are
//! generated here, never checked in. (Deep RON is in `hostile_inputs.rs`.)

mod safety_support;

use std::ffi::OsString;
use std::path::Path;
use std::time::{Duration, Instant};

use safety_support::*;

const DEPTH: usize = 100_000;

fn import(input: &Path, out: &Path) -> (std::process::Output, Duration) {
    let t = Instant::now();
    let o = run([
        OsString::from("import"),
        input.into(),
        "--out".into(),
        out.into(),
    ]);
    (o, t.elapsed())
}

#[test]
fn html_nested_100000_deep_is_refused_in_one_line_within_2_s() {
    let dir = tempfile::tempdir().unwrap();
    let pages = [
        (
            "divs.html",
            format!(
                "<html><body>{}조선중앙통신 “deep”{}</body></html>",
                "<div>".repeat(DEPTH),
                "</div>".repeat(DEPTH)
            ),
        ),
        (
            "lists.html",
            format!(
                "<html><body>{}deep 🇰🇵{}</body></html>",
                "<ul><li>".repeat(DEPTH),
                "</li></ul>".repeat(DEPTH)
            ),
        ),
        // End tags the parser ignores inside a table cell: nesting grows anyway.
        ("cells.html", "<div><table><tr><td></div>".repeat(DEPTH)),
    ];
    for (name, page) in pages {
        let input = dir.path().join(name);
        std::fs::write(&input, page).unwrap();
        let out = dir.path().join("p.ron");
        let (o, took) = import(&input, &out);
        let line = assert_refused(&o, name);
        assert!(line.contains(name) && line.contains("nested"), "{line}");
        assert!(took < Duration::from_secs(2), "{name}: {took:?}");
        assert!(!out.exists(), "{name}: a project was written");
    }
}

#[test]
fn an_ordinary_page_with_many_siblings_still_imports() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("long.html");
    let body =
        "<p>KCNA said “the test” 조선중앙통신 e\u{301}<p>Another paragraph.<ul><li>one<li>two</ul>"
            .repeat(5_000);
    std::fs::write(
        &input,
        format!(
            "<html><head><title>Long</title></head><body><article>{body}</article></body></html>"
        ),
    )
    .unwrap();
    let out = dir.path().join("p.ron");
    let (o, took) = import(&input, &out);
    assert!(o.status.success(), "{}", stderr(&o));
    // A guard against a quadratic walk (minutes), not a timing: a debug build
    // on a loaded 2-core machine took 11.4 s here.
    assert!(took < Duration::from_secs(60), "{took:?}");
    let project = marginalia::store::load_project(&out).unwrap();
    assert!(project.documents[0].text.contains("• two"));
}

#[test]
fn markdown_nested_100000_deep_is_read_within_2_s() {
    let dir = tempfile::tempdir().unwrap();
    let pages = [
        (
            "quotes.md",
            format!("{} 조선중앙통신 deep\n", ">".repeat(DEPTH)),
        ),
        (
            "bullets.md",
            format!("{}deep “quote”\n", "- ".repeat(DEPTH)),
        ),
        ("numbers.md", format!("{}deep 🇰🇵\n", "1. ".repeat(DEPTH))),
        (
            "emphasis.md",
            format!("{}deep{}\n", "*a _b ".repeat(DEPTH), "[".repeat(DEPTH)),
        ),
    ];
    for (name, page) in pages {
        let input = dir.path().join(name);
        std::fs::write(&input, page).unwrap();
        let out = dir.path().join(format!("{name}.ron"));
        let (o, took) = import(&input, &out);
        assert!(o.status.success(), "{name}: {}", stderr(&o));
        assert!(took < Duration::from_secs(2), "{name}: {took:?}");
        let project = marginalia::store::load_project(&out).unwrap();
        assert!(project.documents[0].text.contains("deep"), "{name}");
    }
}
