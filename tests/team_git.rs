//! Two analysts share a project through a bare git remote: concurrent edits of
//! every kind, synced both ways with `marginalia sync`, merged by the driver.

mod common;
mod team_support;

use std::collections::BTreeSet;
use std::path::Path;

use common::cli::{run, stderr, stdout};
use marginalia::model::{Comment, Label, Project, Verdict};
use marginalia::store::{check_project, load_project, save_project};
use team_support::*;

fn ids(p: &Project) -> BTreeSet<String> {
    p.annotations.iter().map(|a| a.id.clone()).collect()
}

fn sync(project: &Path) -> String {
    let out = run(&["sync".as_ref(), project.as_os_str()]);
    assert!(
        out.status.success(),
        "sync {}: {}{}",
        project.display(),
        stdout(&out),
        stderr(&out)
    );
    stdout(&out)
}

fn comment(who: &str, at: &str) -> Comment {
    Comment {
        author: who.into(),
        verdict: Verdict::Dispute,
        note: format!("{who}: “not sure” 🤔"),
        created: at.into(),
    }
}

#[test]
fn two_clones_edit_concurrently_and_sync_both_ways() {
    if !have_git() {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let remote = bare_remote(root.path());
    let alice = clone_as(root.path(), &remote, "alice");
    let setup = run(&["git-setup".as_ref(), alice.as_os_str()]);
    assert!(setup.status.success(), "{}", stderr(&setup));
    assert!(
        stdout(&setup).contains(".gitattributes"),
        "{}",
        stdout(&setup)
    );
    let again = run(&["git-setup".as_ref(), alice.as_os_str()]);
    assert!(stdout(&again).contains("already"), "{}", stdout(&again));
    let attributes = std::fs::read_to_string(alice.join(".gitattributes")).unwrap();
    assert_eq!(
        attributes.matches("merge=marginalia").count(),
        1,
        "not duplicated"
    );
    let a_path = alice.join("desk.ron");
    save_project(&a_path, &base_project()).unwrap();
    let first = sync(&a_path);
    assert!(
        first.contains("committed") && first.contains("pushed"),
        "{first}"
    );

    let bob = clone_as(root.path(), &remote, "bob");
    let b_path = bob.join("desk.ron");
    // Bob never ran git-setup: sync sets the driver up in his clone.
    let base = load_project(&b_path).unwrap();

    // Alice: adds, deletes a3, relabels a2, moves a4's end, comments on a1, adds a label.
    edit(&a_path, |p| {
        p.annotations
            .push(span(TEXT, "x1", 7, 11, "claim", "alice"));
        p.annotations.retain(|a| a.id != "a3");
        let a2 = p.annotations.iter_mut().find(|a| a.id == "a2").unwrap();
        a2.label = "speculation".into();
        moved(p, "a4", 74, 84);
        let a1 = p.annotations.iter_mut().find(|a| a.id == "a1").unwrap();
        a1.comments.push(comment("alice", "2026-12-03T09:00:00Z"));
        p.schema.labels.push(Label {
            id: "rumour".into(),
            name: "Rumour".into(),
            color: "#aa00aa".into(),
            key: Some("4".into()),
            needs_source: false,
            ..Default::default()
        });
    });
    // Bob: adds, deletes a5, relabels a2 differently (a conflict), moves a4's start
    // (a conflict), comments on a1 too, adds a source, annotates with the same span
    // as alice's new one.
    edit(&b_path, |p| {
        p.annotations.push(span(TEXT, "y1", 59, 64, "claim", "bob"));
        p.annotations.push(span(TEXT, "y2", 7, 11, "claim", "bob"));
        p.annotations.retain(|a| a.id != "a5");
        let a2 = p.annotations.iter_mut().find(|a| a.id == "a2").unwrap();
        a2.label = "attribution".into();
        a2.source = Some("state media".into());
        moved(p, "a4", 81, 96);
        let a1 = p.annotations.iter_mut().find(|a| a.id == "a1").unwrap();
        a1.comments.push(comment("bob", "2026-12-03T10:00:00Z"));
        p.schema.sources.push("조선신보".into());
    });

    sync(&a_path);
    let out = sync(&b_path);
    assert!(out.contains("in conflict"), "{out}");
    sync(&a_path);
    let a_bytes = std::fs::read(&a_path).unwrap();
    let b_bytes = std::fs::read(&b_path).unwrap();
    assert_eq!(a_bytes, b_bytes, "both clones hold the same project");
    let text = String::from_utf8(a_bytes).unwrap();
    assert!(!text.contains("<<<<<<<") && !text.contains(">>>>>>>"));
    let merged = load_project(&a_path).expect("the merge loads");
    assert!(check_project(&merged).is_empty());
    let validate = run(&["validate".as_ref(), a_path.as_os_str()]);
    assert!(validate.status.success(), "{}", stdout(&validate));

    // Every annotation accounted for: made on either side, or deleted on purpose.
    let want: BTreeSet<String> = ids(&base)
        .into_iter()
        .chain(["x1", "y1", "y2"].map(String::from))
        .filter(|id| id != "a3" && id != "a5")
        .collect();
    let originals: BTreeSet<String> = merged
        .annotations
        .iter()
        .filter(|a| !a.id.contains("-c"))
        .map(|a| a.id.clone())
        .collect();
    assert_eq!(originals, want);
    let a1 = merged.annotation("a1").unwrap();
    assert_eq!(a1.comments.len(), 2, "both comments kept");
    assert!(a1.conflict.is_none());
    // a2 and a4 were changed differently: both versions of each, marked.
    for id in ["a2", "a4"] {
        let first = merged.annotation(id).unwrap();
        let mark = first.conflict.as_ref().expect("marked");
        let other = merged.annotation(&mark.other).expect("the other version");
        assert_eq!(other.conflict.as_ref().unwrap().other, id);
    }
    let a2s: BTreeSet<&str> = merged
        .annotations
        .iter()
        .filter(|a| a.id.starts_with("a2"))
        .map(|a| a.label.as_str())
        .collect();
    assert_eq!(a2s, BTreeSet::from(["attribution", "speculation"]));
    assert!(merged.schema.label("rumour").is_some());
    assert!(merged.schema.sources.iter().any(|s| s == "조선신보"));

    // History names both analysts with their counts.
    let history = run(&["history".as_ref(), a_path.as_os_str(), "--json".as_ref()]);
    assert!(history.status.success(), "{}", stderr(&history));
    let entries: serde_json::Value = serde_json::from_slice(&history.stdout).unwrap();
    let entries = entries.as_array().unwrap();
    let authors: BTreeSet<&str> = entries
        .iter()
        .map(|e| e["author"].as_str().unwrap())
        .collect();
    assert_eq!(authors, BTreeSet::from(["alice", "bob"]));
    let first = entries.last().unwrap();
    assert_eq!(first["annotations"]["added"], 5);
    let lines = run(&["history".as_ref(), a_path.as_os_str()]);
    assert!(stdout(&lines).contains("bob"), "{}", stdout(&lines));
}

#[test]
fn plain_git_pull_uses_the_driver_and_marks_conflicts_unmerged() {
    if !have_git() {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    let remote = bare_remote(root.path());
    let alice = clone_as(root.path(), &remote, "alice");
    let a_path = alice.join("desk.ron");
    save_project(&a_path, &base_project()).unwrap();
    sync(&a_path);
    let bob = clone_as(root.path(), &remote, "bob");
    let setup = run(&["git-setup".as_ref(), bob.as_os_str()]);
    assert!(setup.status.success());
    let b_path = bob.join("desk.ron");
    edit(&a_path, |p| p.annotations[0].note = "alice’s note".into());
    sync(&a_path);
    edit(&b_path, |p| p.annotations[0].note = "bob’s note 👋🏽".into());
    git(&bob, &["commit", "-qam", "bob's note"]);
    let out = std::process::Command::new("git")
        .args(["-C", bob.to_str().unwrap(), "pull", "--no-rebase", "-q"])
        .output()
        .unwrap();
    assert!(!out.status.success(), "a conflict leaves the path unmerged");
    let text = std::fs::read_to_string(&b_path).unwrap();
    assert!(!text.contains("<<<<<<<"), "{text}");
    let p = load_project(&b_path).expect("loads");
    assert_eq!(
        p.annotations
            .iter()
            .filter(|a| a.conflict.is_some())
            .count(),
        2
    );
    assert!(git(&bob, &["diff", "--name-only", "--diff-filter=U"]).contains("desk.ron"));
}

#[test]
fn each_failure_is_one_line_and_the_work_stays_committed() {
    if !have_git() {
        return;
    }
    let root = tempfile::tempdir().unwrap();
    // Not a repository.
    let loose = root.path().join("loose");
    std::fs::create_dir(&loose).unwrap();
    let p = loose.join("p.ron");
    save_project(&p, &base_project()).unwrap();
    let out = run(&["sync".as_ref(), p.as_os_str()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("not in a git repository"),
        "{}",
        stderr(&out)
    );
    assert_eq!(stderr(&out).lines().count(), 1);
    // No remote: committed locally, then one line.
    let repo = init_repo(root.path(), "solo");
    let p = repo.join("p.ron");
    save_project(&p, &base_project()).unwrap();
    let out = run(&["sync".as_ref(), p.as_os_str()]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("no remote") && err.contains("committed locally"),
        "{err}"
    );
    assert!(git(&repo, &["log", "--format=%s"]).contains("5 annotations added"));
    // Offline (a remote that is not there): the next edit is committed, one line.
    git(
        &repo,
        &[
            "remote",
            "add",
            "origin",
            root.path().join("gone.git").to_str().unwrap(),
        ],
    );
    edit(&p, |p| p.annotations.truncate(3));
    let out = run(&[
        "sync".as_ref(),
        p.as_os_str(),
        "--message".as_ref(),
        "trim “two”".as_ref(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(
        err.contains("cannot be reached") && err.contains("committed locally"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(git(&repo, &["log", "-1", "--format=%s"]).contains("trim “two”"));
}

#[test]
fn the_driver_refuses_a_broken_side_and_leaves_ours_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let (o, a, b) = (
        dir.path().join("o.ron"),
        dir.path().join("a.ron"),
        dir.path().join("b.ron"),
    );
    save_project(&o, &base_project()).unwrap();
    save_project(&a, &base_project()).unwrap();
    std::fs::write(&b, "Project(format: 2, name: \"cut").unwrap();
    let before = std::fs::read(&a).unwrap();
    let out = run(&[
        "merge-driver".as_ref(),
        o.as_os_str(),
        a.as_os_str(),
        b.as_os_str(),
        "desk.ron".as_ref(),
    ]);
    assert_eq!(out.status.code(), Some(2));
    let err = stderr(&out);
    assert!(err.contains("their version of desk.ron"), "{err}");
    assert_eq!(err.lines().count(), 1);
    assert_eq!(std::fs::read(&a).unwrap(), before);
}

#[test]
fn the_driver_gives_the_same_file_whichever_side_is_ours() {
    let dir = tempfile::tempdir().unwrap();
    let o = dir.path().join("o.ron");
    save_project(&o, &base_project()).unwrap();
    let mut x = base_project();
    x.annotations[1].label = "speculation".into();
    x.annotations
        .push(span(TEXT, "x1", 7, 11, "claim", "alice"));
    let mut y = base_project();
    y.annotations[1].label = "attribution".into();
    y.annotations.remove(4);
    let mut outputs = Vec::new();
    for (first, second) in [(&x, &y), (&y, &x)] {
        let a = dir.path().join("a.ron");
        let b = dir.path().join("b.ron");
        save_project(&a, first).unwrap();
        save_project(&b, second).unwrap();
        let out = run(&[
            "merge-driver".as_ref(),
            o.as_os_str(),
            a.as_os_str(),
            b.as_os_str(),
        ]);
        assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
        assert!(stderr(&out).contains("1 conflict kept"), "{}", stderr(&out));
        outputs.push(std::fs::read(&a).unwrap());
        std::fs::remove_file(&a).unwrap();
        std::fs::remove_file(&b).unwrap();
    }
    assert_eq!(outputs[0], outputs[1]);
}
