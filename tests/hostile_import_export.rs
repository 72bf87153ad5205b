//! Hostile input for `marginalia import` and `marginalia export` (written by the
//! export helper; these tests only feed them hostile files): one-line reasons,
//! non-zero exits, no panic, no input modified, no output left behind.

mod safety_support;

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use safety_support::*;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/hostile")
        .join(name)
}

fn copy(dir: &Path, name: &str) -> PathBuf {
    let to = dir.join(name);
    std::fs::copy(fixture(name), &to).unwrap();
    to
}

fn import(input: &Path, out: &Path) -> std::process::Output {
    run([
        OsString::from("import"),
        input.into(),
        "--out".into(),
        out.into(),
    ])
}

#[test]
fn hostile_articles_are_refused_by_import() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.ron");
    for (name, reason) in [("empty.txt", "empty"), ("binary.txt", "binary")] {
        let input = copy(dir.path(), name);
        let before = snapshot(&input);
        let o = import(&input, &out);
        let line = assert_refused(&o, name);
        assert!(line.contains(reason), "{name}: {line}");
        assert_eq!(snapshot(&input), before, "{name}");
        assert!(!out.exists(), "{name}: wrote output");
    }
}

#[cfg(unix)]
#[test]
fn a_one_gigabyte_article_is_refused_by_size() {
    let dir = tempfile::tempdir().unwrap();
    let huge = dir.path().join("huge.txt");
    std::fs::File::create(&huge)
        .unwrap()
        .set_len(1 << 30)
        .unwrap();
    let out = dir.path().join("out.ron");
    let bin = env!("CARGO_BIN_EXE_marginalia");
    let o = std::process::Command::new("sh")
        .arg("-c")
        .arg(format!(
            "ulimit -v 1048576; exec \"{bin}\" import \"$0\" --out \"$1\""
        ))
        .arg(&huge)
        .arg(&out)
        .output()
        .unwrap();
    assert!(assert_refused(&o, "huge").contains("too large"));
    assert!(!out.exists());
}

#[test]
fn other_encodings_are_imported_decoded() {
    let dir = tempfile::tempdir().unwrap();
    for (name, expect) in [
        ("cp1252.txt", "“victory”"),
        ("euckr.txt", "조선중앙통신은"),
        ("utf16le_bom.txt", "조선중앙통신 said “yes” 👋🏽\n"),
        ("crlf_bom.txt", "“yes”\nline two"),
    ] {
        let input = copy(dir.path(), name);
        let before = snapshot(&input);
        let out = dir.path().join(format!("{name}.ron"));
        let o = import(&input, &out);
        assert_eq!(o.status.code(), Some(0), "{name}: {}", stderr(&o));
        let p = marginalia::store::load_project(&out).unwrap();
        let text = &p.documents[0].text;
        assert!(text.contains(expect), "{name}: {text:?}");
        assert!(!text.contains('\r') && !text.starts_with('\u{feff}'));
        assert_eq!(snapshot(&input), before);
    }
}

#[test]
fn hostile_jsonl_is_refused_with_the_line_named() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.ron");
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    for (what, body, reason) in [
        (
            "span past the end",
            "{\"text\": \"KCNA said\", \"label\": [[0, 4, \"claim\"]]}\n{\"text\": \"short\", \"label\": [[3, 40, \"claim\"]]}\n".to_string(),
            "line 2",
        ),
        (
            "start after end",
            "{\"text\": \"abcdefghijk\", \"label\": [[10, 5, \"claim\"]]}\n".to_string(),
            "line 1",
        ),
        ("garbage", "this is not json\n".to_string(), "line 1"),
        ("deep nesting", format!("{deep}\n"), "line 1"),
        (
            "truncated",
            "{\"text\": \"KCNA said\", \"label\": [[0, 4".to_string(),
            "line 1",
        ),
    ] {
        let input = dir.path().join("in.jsonl");
        std::fs::write(&input, &body).unwrap();
        let before = snapshot(&input);
        let o = import(&input, &out);
        let line = assert_refused(&o, what);
        assert!(line.contains(reason), "{what}: {line}");
        assert_eq!(snapshot(&input), before, "{what}");
        assert!(!out.exists(), "{what}: wrote output");
    }
}

#[test]
fn importing_into_a_hostile_project_refuses_and_leaves_it_alone() {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(&article, "KCNA said the parade was historic.").unwrap();
    for name in [
        "truncated.ron",
        "binary.ron",
        "json.ron",
        "newer.ron",
        "span_past_end.ron",
    ] {
        let project = copy(dir.path(), name);
        let before = snapshot(&project);
        let o = import(&article, &project);
        assert_refused(&o, name);
        assert_eq!(snapshot(&project), before, "{name}: project modified");
    }
}

#[test]
fn exporting_hostile_projects_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out.jsonl");
    for name in [
        "empty.ron",
        "binary.ron",
        "json.ron",
        "truncated.ron",
        "garbage.ron",
        "newer.ron",
        "span_past_end.ron",
        "start_after_end.ron",
        "latin1_project.ron",
    ] {
        let project = copy(dir.path(), name);
        let before = snapshot(&project);
        let o = run([
            OsString::from("export"),
            project.clone().into(),
            "--format".into(),
            "jsonl".into(),
            "--out".into(),
            out.clone().into(),
        ]);
        assert_refused(&o, name);
        assert_eq!(snapshot(&project), before, "{name}");
        assert!(!out.exists(), "{name}: wrote output");
    }
    let folder = dir.path().join("folder.ron");
    std::fs::create_dir(&folder).unwrap();
    let o = run([
        OsString::from("export"),
        folder.into(),
        "--format".into(),
        "csv".into(),
    ]);
    assert!(assert_refused(&o, "folder").contains("folder"));
}
