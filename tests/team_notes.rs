//! Merge notes through real git (issue 14): two clones change the same document's
//! title and the same label's colour differently and sync in both orders; the
//! result is the same file either way, with the other versions kept in notes, and
//! `validate` and the driver say so.

mod common;
mod team_support;

use std::path::{Path, PathBuf};

use common::cli::{run, stderr, stdout};
use marginalia::model::{NoteVersion, Project};
use marginalia::store::{check_project, load_project, save_project};
use team_support::*;

fn sync(project: &Path) -> String {
    let out = run(&["sync".as_ref(), project.as_os_str()]);
    assert!(
        out.status.success(),
        "sync: {}{}",
        stdout(&out),
        stderr(&out)
    );
    stdout(&out)
}

/// Alice's changes: the document's title and the claim label's colour.
fn alice_edits(p: &mut Project) {
    p.documents[0].title = "발사 “launch”".into();
    p.schema.labels[0].color = "#aa0000".into();
}

/// Bob's changes to the same two items, different.
fn bob_edits(p: &mut Project) {
    p.documents[0].title = "Launch 👋🏽".into();
    p.schema.labels[0].color = "#00bb00".into();
    p.schema.labels[0].name = "Claim ✓".into();
}

/// A remote, alice's and bob's clones with the base project; both edit and commit,
/// `first` syncs, the other syncs (the driver merges), `first` syncs again.
/// Returns both clones' files and the second sync's output.
fn scenario(root: &Path, alice_first: bool) -> (PathBuf, PathBuf, String) {
    let remote = bare_remote(root);
    let alice = clone_as(root, &remote, "alice");
    let a_path = alice.join("desk.ron");
    save_project(&a_path, &base_project()).unwrap();
    sync(&a_path);
    let bob = clone_as(root, &remote, "bob");
    let b_path = bob.join("desk.ron");
    edit(&a_path, alice_edits);
    edit(&b_path, bob_edits);
    let (first, second) = if alice_first {
        (&a_path, &b_path)
    } else {
        (&b_path, &a_path)
    };
    sync(first);
    let said = sync(second);
    sync(first);
    (a_path, b_path, said)
}

#[test]
fn a_title_and_a_colour_changed_differently_are_noted_alike_in_both_orders() {
    if !have_git() {
        return;
    }
    let mut files = Vec::new();
    for alice_first in [true, false] {
        let root = tempfile::tempdir().unwrap();
        let (a, b, said) = scenario(root.path(), alice_first);
        assert!(said.contains("2 merge notes"), "{said}");
        let (ta, tb) = (
            std::fs::read_to_string(&a).unwrap(),
            std::fs::read_to_string(&b).unwrap(),
        );
        assert_eq!(ta, tb, "both clones hold the same file");
        assert!(!ta.contains("<<<<<<<"), "{ta}");
        let p = load_project(&a).unwrap();
        assert!(check_project(&p).is_empty());
        assert_eq!(p.merge_notes.len(), 2, "{:?}", p.merge_notes);
        // Each note holds the version not in place: together, both analysts' work.
        let NoteVersion::Document(d) = &p.merge_notes[0].other else {
            panic!("{:?}", p.merge_notes)
        };
        let mut titles = [p.documents[0].title.clone(), d.title.clone()];
        titles.sort();
        assert_eq!(titles, ["Launch 👋🏽", "발사 “launch”"]);
        let NoteVersion::Label(l) = &p.merge_notes[1].other else {
            panic!("{:?}", p.merge_notes)
        };
        let mut colours = [p.schema.labels[0].color.clone(), l.color.clone()];
        colours.sort();
        assert_eq!(colours, ["#00bb00", "#aa0000"]);
        // validate: sound, with the notes mentioned.
        let out = run(&["validate".as_ref(), a.as_os_str()]);
        assert!(out.status.success(), "{}", stdout(&out));
        assert!(
            stdout(&out).contains("2 merge notes open"),
            "{}",
            stdout(&out)
        );
        assert!(stdout(&out).contains("label 'claim': "), "{}", stdout(&out));
        files.push(ta);
    }
    assert_eq!(
        files[0], files[1],
        "the same file whichever analyst synced first"
    );
}

#[test]
fn the_driver_counts_the_notes_on_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let (o, a, b) = (
        dir.path().join("o.ron"),
        dir.path().join("a.ron"),
        dir.path().join("b.ron"),
    );
    save_project(&o, &base_project()).unwrap();
    let mut x = base_project();
    alice_edits(&mut x);
    let mut y = base_project();
    bob_edits(&mut y);
    save_project(&a, &x).unwrap();
    save_project(&b, &y).unwrap();
    let out = run(&[
        "merge-driver".as_ref(),
        o.as_os_str(),
        a.as_os_str(),
        b.as_os_str(),
        "desk.ron".as_ref(),
    ]);
    assert_eq!(out.status.code(), Some(1), "{}", stderr(&out));
    let err = stderr(&out);
    assert!(err.contains("2 merge notes to resolve"), "{err}");
    assert!(err.contains("the other version in a merge note"), "{err}");
    assert_eq!(load_project(&a).unwrap().merge_notes.len(), 2);
}
