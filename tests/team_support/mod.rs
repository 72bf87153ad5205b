//! What the team tests share: real git in temporary repositories, and a small
//! project with text that is not ASCII.

#![allow(dead_code)] // each test file uses its own part

use std::path::{Path, PathBuf};
use std::process::Command;

use marginalia::model::{Annotation, Document, Project};
use marginalia::store::{load_project, save_project};

/// True when `git` runs; otherwise prints why the test is skipped.
pub fn have_git() -> bool {
    let ok = Command::new("git")
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success());
    if !ok {
        eprintln!("note: git is not installed; team test skipped (CI installs git)");
    }
    ok
}

/// Runs git in `dir`; panics with its output when it fails.
pub fn git(dir: &Path, args: &[&str]) -> String {
    let out = Command::new("git")
        .arg("-C")
        .arg(dir)
        .args(args)
        .env("GIT_TERMINAL_PROMPT", "0")
        .output()
        .expect("git runs");
    assert!(
        out.status.success(),
        "git {args:?} in {}: {}",
        dir.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// A bare repository `remote.git` in `root`, on branch `main`.
pub fn bare_remote(root: &Path) -> PathBuf {
    let remote = root.join("remote.git");
    git(root, &["init", "-q", "--bare", "-b", "main", "remote.git"]);
    remote
}

/// A clone of `remote` named `who` in `root`, with `who` as git's identity.
pub fn clone_as(root: &Path, remote: &Path, who: &str) -> PathBuf {
    git(root, &["clone", "-q", remote.to_str().unwrap(), who]);
    let dir = root.join(who);
    git(&dir, &["config", "user.name", who]);
    git(
        &dir,
        &["config", "user.email", &format!("{who}@example.org")],
    );
    git(&dir, &["checkout", "-q", "-B", "main"]);
    dir
}

/// A new git repository (no remote) named `name` in `root`.
pub fn init_repo(root: &Path, name: &str) -> PathBuf {
    git(root, &["init", "-q", "-b", "main", name]);
    let dir = root.join(name);
    git(&dir, &["config", "user.name", "alice"]);
    git(&dir, &["config", "user.email", "alice@example.org"]);
    dir
}

/// The article the team annotates: Korean, curly quotes, emoji, a combining accent.
pub const TEXT: &str = "조선중앙통신 said “the test succeeded” 👋🏽, and e\u{301}tude \
    writers in Seoul said the launch was “a failure”, according to NK News.";

/// An annotation of `doc` over chars `s..e` of `text` with a fixed id and time.
pub fn span(text: &str, id: &str, s: usize, e: usize, label: &str, who: &str) -> Annotation {
    let quote: String = text.chars().skip(s).take(e - s).collect();
    let mut a = Annotation::new("d", s, e, quote, label, who);
    a.id = id.into();
    a.created = "2026-12-01T00:00:00Z".into();
    a
}

/// The shared project: one article, five annotations.
pub fn base_project() -> Project {
    let mut p = Project::new("Desk “launch” 조선");
    p.documents.push(Document::new("d", "Launch", TEXT));
    p.annotations = vec![
        span(TEXT, "a1", 0, 6, "attribution", "alice").with_source("KCNA"),
        span(TEXT, "a2", 13, 31, "claim", "alice"),
        span(TEXT, "a3", 41, 55, "claim", "bob"),
        span(TEXT, "a4", 74, 96, "speculation", "bob"),
        span(TEXT, "a5", 98, 118, "attribution", "bob").with_source("NK News"),
    ];
    p.sort_annotations();
    p
}

/// Loads, changes and saves the project at `path`.
pub fn edit(path: &Path, change: impl FnOnce(&mut Project)) {
    let mut p = load_project(path).expect("loads");
    change(&mut p);
    p.sort_annotations();
    save_project(path, &p).expect("saves");
}

/// The annotation with `id` of `p`, moved to chars `s..e` of its text.
pub fn moved(p: &mut Project, id: &str, s: usize, e: usize) {
    let text = p.documents[0].text.clone();
    let a = p
        .annotations
        .iter_mut()
        .find(|a| a.id == id)
        .expect("annotation");
    a.start = s;
    a.end = e;
    a.quote = text.chars().skip(s).take(e - s).collect();
}
