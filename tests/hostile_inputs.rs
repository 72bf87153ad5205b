//! Hostile files fed to every command that reads files (info, validate, reanchor):
//! each gets a one-line reason and a non-zero exit, never a panic, hang or runaway
//! memory, and no input file is modified (bytes and modification time compared).
//! Text in other encodings is decoded and the encoding named.

mod safety_support;

use std::ffi::OsString;
use std::path::{Path, PathBuf};

use safety_support::*;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/hostile")
        .join(name)
}

/// Copies a fixture into `dir` (so that a modification would be seen and the
/// repository's copy stays pristine).
fn copy(dir: &Path, name: &str) -> PathBuf {
    let to = dir.join(name);
    std::fs::copy(fixture(name), &to).unwrap();
    to
}

/// The hostile project files, each with a word its refusal must contain.
const BAD_PROJECTS: &[(&str, &str)] = &[
    ("empty.ron", "is empty"),
    ("whitespace.ron", "is empty"),
    ("binary.ron", "binary"),
    ("json.ron", "looks like JSON"),
    ("truncated.ron", "cut short"),
    ("garbage.ron", "line 1, column"),
    ("newer.ron", "update Marginalia"),
    ("negative_offset.ron", "line 8"),
    ("huge_number.ron", "out of bounds"),
    ("wrong_types.ron", "Expected integer"),
    ("latin1_project.ron", "not UTF-8"),
];

/// Every command line that reads `project` as a project.
fn project_commands(project: &Path, out: &Path) -> Vec<Vec<OsString>> {
    vec![
        vec!["info".into(), project.into()],
        vec!["info".into(), "--json".into(), project.into()],
        vec![
            "reanchor".into(),
            project.into(),
            "--out".into(),
            out.into(),
        ],
    ]
}

/// Runs every project command on `path` and checks the refusal.
fn assert_all_refuse(path: &Path, must_contain: &str) {
    let out = path.with_extension("out.ron");
    let before = snapshot(path);
    for args in project_commands(path, &out) {
        let what = format!("{:?}", args);
        let o = run(&args);
        let line = assert_refused(&o, &what);
        assert!(line.contains(must_contain), "{what}: {line}");
        assert_eq!(snapshot(path), before, "{what}: input modified");
        assert!(!out.exists(), "{what}: wrote an output");
    }
}

#[test]
fn bad_project_files_are_refused_by_every_command() {
    let dir = tempfile::tempdir().unwrap();
    for (name, reason) in BAD_PROJECTS {
        let path = copy(dir.path(), name);
        assert_all_refuse(&path, reason);
        // validate: unreadable is exit 2 (newer.ron parses leniently: exit 1).
        let o = run(["validate".as_ref(), path.as_os_str()]);
        if *name == "newer.ron" {
            assert_eq!(o.status.code(), Some(1), "{name}");
            assert!(stdout(&o).contains("format 99 is newer"), "{name}");
        } else {
            assert_eq!(o.status.code(), Some(2), "{name}");
            assert!(assert_refused(&o, name).contains(reason), "{name}");
        }
    }
}

#[test]
fn spans_past_the_end_or_backwards_are_refused_and_listed() {
    let dir = tempfile::tempdir().unwrap();
    for (name, reason) in [
        ("span_past_end.ron", "run past the end"),
        ("start_after_end.ron", "not before end"),
    ] {
        let path = copy(dir.path(), name);
        let before = snapshot(&path);
        let o = run(["info".as_ref(), path.as_os_str()]);
        assert!(assert_refused(&o, name).contains(reason));
        let o = run(["validate".as_ref(), path.as_os_str()]);
        assert_eq!(o.status.code(), Some(1), "{name}");
        assert!(stdout(&o).contains(reason), "{name}: {}", stdout(&o));
        assert_eq!(snapshot(&path), before);
    }
}

#[test]
fn deeply_nested_input_is_refused_without_overflow() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        (
            "deep_lists.ron",
            format!(
                "Project(format: 1, name: \"d\", documents: {}{})",
                "[".repeat(100_000),
                "]".repeat(100_000)
            ),
        ),
        (
            "deep_some.ron",
            format!(
                "Project(format: 1, name: \"d\", documents: [(id: \"d\", title: \"D\", text: \"x\", origin: {}\"o\"{})])",
                "Some(".repeat(50_000),
                ")".repeat(50_000)
            ),
        ),
        (
            "deep_tuple.ron",
            format!(
                "{}Project(format: 1){}",
                "(".repeat(100_000),
                ")".repeat(100_000)
            ),
        ),
    ];
    for (name, text) in cases {
        let path = dir.path().join(name);
        std::fs::write(&path, text).unwrap();
        assert_all_refuse(&path, name);
        let o = run(["validate".as_ref(), path.as_os_str()]);
        assert_eq!(o.status.code(), Some(2), "{name}");
        assert_refused(&o, name);
    }
}

#[test]
fn a_folder_a_missing_file_and_a_device_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let folder = dir.path().join("folder.ron");
    std::fs::create_dir(&folder).unwrap();
    assert_all_refuse(&folder, "is a folder");
    assert_all_refuse(&dir.path().join("missing.ron"), "cannot read");
    #[cfg(unix)]
    {
        // /dev/zero never ends: it must be refused, not read.
        let o = run(["info", "/dev/zero"]);
        assert!(assert_refused(&o, "/dev/zero").contains("not a regular file"));
        let o = run(["validate", "/dev/zero"]);
        assert_eq!(o.status.code(), Some(2));
    }
}

#[cfg(unix)]
#[test]
fn a_one_gigabyte_file_is_refused_by_size_before_reading() {
    let dir = tempfile::tempdir().unwrap();
    let huge = dir.path().join("huge.ron");
    let f = std::fs::File::create(&huge).unwrap();
    f.set_len(1 << 30).unwrap(); // sparse: takes no disk space
    drop(f);
    let before = snapshot(&huge);
    // Under a 1 GB address-space limit: reading the file would fail, so success
    // of the refusal shows nothing was read into memory.
    let bin = env!("CARGO_BIN_EXE_marginalia");
    for sub in ["info", "validate"] {
        let o = std::process::Command::new("sh")
            .arg("-c")
            .arg(format!("ulimit -v 1048576; exec \"{bin}\" {sub} \"$0\""))
            .arg(&huge)
            .output()
            .unwrap();
        let line = assert_refused(&o, sub);
        assert!(line.contains("too large"), "{line}");
    }
    // As the new text of a re-anchoring too.
    let project = write_project(dir.path(), "p.ron", &project_with(&["KCNA"]));
    let out = dir.path().join("out.ron");
    let o = run([
        "reanchor".as_ref(),
        project.as_os_str(),
        "--text".as_ref(),
        huge.as_os_str(),
        "--out".as_ref(),
        out.as_os_str(),
    ]);
    assert!(assert_refused(&o, "huge text").contains("too large"));
    assert_eq!(snapshot(&huge), before);
    assert!(!out.exists());
}

#[test]
fn hostile_new_texts_for_reanchor_are_refused() {
    let dir = tempfile::tempdir().unwrap();
    let project = write_project(dir.path(), "p.ron", &project_with(&["KCNA"]));
    let before = snapshot(&project);
    let out = dir.path().join("out.ron");
    for (name, reason) in [
        ("empty.txt", "is empty"),
        ("binary.txt", "binary"),
        ("binary.ron", "binary"),
    ] {
        let text = copy(dir.path(), name);
        let text_before = snapshot(&text);
        let o = run([
            "reanchor".as_ref(),
            project.as_os_str(),
            "--text".as_ref(),
            text.as_os_str(),
            "--out".as_ref(),
            out.as_os_str(),
        ]);
        assert!(assert_refused(&o, name).contains(reason), "{name}");
        assert_eq!(snapshot(&text), text_before);
        assert!(!out.exists());
    }
    assert_eq!(snapshot(&project), before);
}

#[test]
fn other_encodings_are_decoded_and_named() {
    let dir = tempfile::tempdir().unwrap();
    for (name, encoding, expect) in [
        ("cp1252.txt", "windows-125", "“victory”"),
        ("euckr.txt", "EUC-KR", "조선중앙통신은"),
        (
            "utf16le_bom.txt",
            "UTF-16LE",
            "조선중앙통신 said “yes” 👋🏽\n",
        ),
        (
            "utf16be_bom.txt",
            "UTF-16BE",
            "조선중앙통신 said “yes” 👋🏽\n",
        ),
        ("crlf_bom.txt", "line endings", "“yes”\nline two 🇰🇵\n"),
    ] {
        let text = copy(dir.path(), name);
        let text_before = snapshot(&text);
        // The article as a new text for a one-document project.
        let project = write_project(dir.path(), "p.ron", &project_with(&[]));
        let out = dir.path().join(format!("{name}.out.ron"));
        let o = run([
            "reanchor".as_ref(),
            project.as_os_str(),
            "--text".as_ref(),
            text.as_os_str(),
            "--out".as_ref(),
            out.as_os_str(),
        ]);
        assert_eq!(o.status.code(), Some(0), "{name}: {}", stderr(&o));
        assert!(stderr(&o).contains(encoding), "{name}: {}", stderr(&o));
        let p = marginalia::store::load_project(&out).unwrap();
        let t = &p.documents[0].text;
        assert!(t.contains(expect), "{name}: {t:?}");
        assert!(!t.contains('\r') && !t.starts_with('\u{feff}'), "{name}");
        assert_eq!(snapshot(&text), text_before);
    }
}

#[test]
fn a_utf16_project_from_a_windows_editor_is_read() {
    let dir = tempfile::tempdir().unwrap();
    let path = copy(dir.path(), "utf16_project.ron");
    let o = run(["info".as_ref(), path.as_os_str()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
    assert!(stdout(&o).contains("Annotations: 1"));
}

#[test]
fn the_checked_in_fixtures_are_unchanged_by_all_this() {
    // The fixtures themselves are only ever copied; a sanity check that the good one
    // is still good, so the bad ones are bad for the reasons named.
    let o = run(["validate".as_ref(), fixture("ok.ron").as_os_str()]);
    assert_eq!(o.status.code(), Some(0), "{}", stderr(&o));
}
