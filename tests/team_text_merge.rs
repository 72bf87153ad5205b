//! `.ron` files that are not projects go through the driver too (`*.ron
//! merge=marginalia`): they are merged as text by `git merge-file`, as git would
//! without the driver — different lines merge, the same line conflicts with git's
//! markers — and never refused as "not a project".

mod common;
mod team_support;

use std::path::Path;
use std::process::Command;

use common::cli::{run, stderr};
use team_support::*;

const SETTINGS: &str = "Settings(\n    analyst: \"alice\",\n    font_size: 16.0,\n    dark_mode: false,\n    recent: [],\n)\n";

fn set_up(repo: &Path) {
    let out = run(&["git-setup".as_ref(), repo.as_os_str()]);
    assert!(out.status.success(), "git-setup: {}", stderr(&out));
}

/// A repository with `settings.ron` committed on main and branch `other`
/// replacing `ours.0` with `ours.1`, main `theirs.0` with `theirs.1`; then
/// `git merge other`.
fn merge(ours: (&str, &str), theirs: (&str, &str)) -> (bool, String, String) {
    let root = tempfile::tempdir().unwrap();
    let repo = init_repo(root.path(), "desk");
    set_up(&repo);
    let file = repo.join("settings.ron");
    std::fs::write(&file, SETTINGS).unwrap();
    git(&repo, &["add", "."]);
    git(&repo, &["commit", "-q", "-m", "base"]);
    git(&repo, &["checkout", "-q", "-b", "other"]);
    std::fs::write(&file, SETTINGS.replace(theirs.0, theirs.1)).unwrap();
    git(&repo, &["commit", "-q", "-am", "theirs"]);
    git(&repo, &["checkout", "-q", "main"]);
    std::fs::write(&file, SETTINGS.replace(ours.0, ours.1)).unwrap();
    git(&repo, &["commit", "-q", "-am", "ours"]);
    let out = Command::new("git")
        .arg("-C")
        .arg(&repo)
        .args(["merge", "-q", "--no-edit", "other"])
        .output()
        .unwrap();
    let text = std::fs::read_to_string(&file).unwrap();
    let said = format!(
        "{}{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
    (out.status.success(), text, said)
}

#[test]
fn a_settings_file_merges_as_text_through_the_driver() {
    if !have_git() {
        return;
    }
    let (ok, text, said) = merge(
        ("\"alice\"", "\"조선 👋🏽\""),
        ("recent: []", "recent: [\"a.ron\"]"),
    );
    assert!(ok, "{said}");
    assert!(said.contains("not a project: merged as text"), "{said}");
    assert!(text.contains("analyst: \"조선 👋🏽\"") && text.contains("recent: [\"a.ron\"]"));
    assert!(!text.contains("<<<<<<<"));
}

#[test]
fn the_same_line_changed_on_both_sides_conflicts_as_git_would() {
    if !have_git() {
        return;
    }
    let (ok, text, said) = merge(
        ("recent: []", "recent: [\"b.ron\"]"),
        ("recent: []", "recent: [\"c.ron\"]"),
    );
    assert!(!ok, "a conflict stops the merge: {said}");
    assert!(said.contains("not a project"), "{said}");
    assert!(text.contains("<<<<<<< ours:settings.ron"), "{text}");
    assert!(text.contains(">>>>>>> theirs:settings.ron"), "{text}");
}
