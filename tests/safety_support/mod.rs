//! Helpers shared by the safety, hostile-input, validate and reanchor tests.
#![allow(dead_code)]

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::SystemTime;

use marginalia::model::{Annotation, Document, Project};

/// An article written for these tests: Korean, curly quotes, emoji, a combining
/// accent.
pub const ARTICLE: &str = "조선중앙통신 (KCNA) said on Tuesday that the “Victory Day” \
parade drew 100,000 people 👋🏽. Analysts at NK News doubted the figure; one called it \
“implausible”. Some said the crowd was smaller, e\u{301}tonnamment. KCNA added that \
the leader waved 🇰🇵 to the crowd.\n\nYonhap reported no independent confirmation.";

/// Char offset of the first occurrence of `needle` in `text`.
pub fn char_pos(text: &str, needle: &str) -> usize {
    let b = text.find(needle).expect("needle in text");
    text[..b].chars().count()
}

/// A project on [`ARTICLE`] annotating each of `quotes`.
pub fn project_with(quotes: &[&str]) -> Project {
    let mut p = Project::new("Parade coverage");
    p.documents
        .push(Document::new("parade", "Parade", ARTICLE).with_origin("parade.txt"));
    for q in quotes {
        let start = char_pos(ARTICLE, q);
        let a = Annotation::new(
            "parade",
            start,
            start + q.chars().count(),
            *q,
            "claim",
            "alice",
        );
        p.annotations.push(a);
    }
    p
}

/// Runs the binary with `args`.
pub fn run<I, S>(args: I) -> Output
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    Command::new(env!("CARGO_BIN_EXE_marginalia"))
        .args(args)
        .env("RUST_BACKTRACE", "1")
        .output()
        .expect("run marginalia")
}

/// Stdout as text.
pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

/// Stderr as text.
pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// Asserts a refusal the way a user should see it: non-zero exit, one line on
/// stderr starting `marginalia: `, no panic or backtrace. Returns the line.
pub fn assert_refused(o: &Output, what: &str) -> String {
    let err = stderr(o);
    assert!(!o.status.success(), "{what}: succeeded\n{err}");
    assert!(
        !err.contains("panicked")
            && !err.contains("internal error")
            && !err.contains("backtrace")
            && !err.contains("RUST_BACKTRACE"),
        "{what}: panic\n{err}"
    );
    let lines: Vec<&str> = err.lines().filter(|l| !l.starts_with("note: ")).collect();
    assert_eq!(lines.len(), 1, "{what}: not one line\n{err}");
    assert!(lines[0].starts_with("marginalia: "), "{what}: {err}");
    lines[0].to_string()
}

/// A file's bytes and modification time, to prove it was not modified (for a
/// folder or a file over 64 MiB, its size instead of its bytes).
pub fn snapshot(path: &Path) -> Option<(Vec<u8>, SystemTime)> {
    let meta = std::fs::metadata(path).ok()?;
    if meta.is_dir() || meta.len() > 64 << 20 {
        return Some((meta.len().to_le_bytes().to_vec(), meta.modified().ok()?));
    }
    Some((std::fs::read(path).ok()?, meta.modified().ok()?))
}

/// Writes `project` to `dir/name` and returns the path.
pub fn write_project(dir: &Path, name: &str, project: &Project) -> PathBuf {
    let path = dir.join(name);
    marginalia::store::save_project(&path, project).expect("save");
    path
}
