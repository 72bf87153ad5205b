//! A review session as the window drives it: the analyst's project, a colleague's
//! file, decisions, and the curated project saved and reopened.

use marginalia::review::{Decision, DisagreementKind, ReviewSession};
use marginalia::store::load_project;

mod review_support;
use review_support::alice_and_bob;

#[test]
fn load_a_colleague_decide_and_save_the_curated_project() {
    let dir = tempfile::tempdir().unwrap();
    let (mine, _, mine_path, theirs_path) = alice_and_bob(dir.path());

    let mut session = ReviewSession::new(mine_path.display().to_string(), mine.clone(), "alice");
    // A file that is not a project is refused with a reason; nothing changes.
    let junk = dir.path().join("junk.ron");
    std::fs::write(&junk, "nope").unwrap();
    assert!(
        session
            .add_file(&junk)
            .unwrap_err()
            .to_string()
            .contains("junk.ron")
    );
    assert_eq!(session.inputs().count(), 1);
    assert!(session.add_file(&theirs_path).unwrap().is_empty());
    assert_eq!(session.annotators(), vec!["alice", "bob"]);

    let doc = session
        .document_for_text(&mine.documents[0].text)
        .unwrap()
        .document
        .id
        .clone();
    assert_eq!(session.undecided(&doc, "alice", "bob"), 2);
    let cmp = session.comparison(&doc, "alice", "bob").unwrap();
    let only_b = cmp
        .disagreements
        .iter()
        .find(|d| d.kind == DisagreementKind::OnlyB)
        .unwrap();
    session
        .decide(&doc, "alice", "bob", &only_b.id, Decision::AcceptB)
        .unwrap();
    let label = cmp
        .disagreements
        .iter()
        .find(|d| d.kind == DisagreementKind::LabelDiffers)
        .unwrap();
    session
        .decide(&doc, "alice", "bob", &label.id, Decision::AcceptA)
        .unwrap();
    assert_eq!(session.undecided(&doc, "alice", "bob"), 0);
    assert_eq!(session.accept_agreed(None), 1);
    let fig = session.agreement("alice", "bob", Some(&doc)).unwrap();
    assert_eq!(fig.overall.exact_matches, 1);

    // Saving over a project under review is refused; a new file is written.
    let err = session.save_curated(&mine_path, "Curated").unwrap_err();
    assert!(err.to_string().contains("new file"), "{err}");
    let out = dir.path().join("curated.ron");
    let saved = session.save_curated(&out, "Curated").unwrap();
    let back = load_project(&out).unwrap();
    assert_eq!(back, saved);
    let quotes: Vec<&str> = back.annotations.iter().map(|a| a.quote.as_str()).collect();
    assert_eq!(
        quotes,
        vec![
            "Rodong Sinmun said",
            "조선 will “respond” 🇰🇵",
            "Analysts expect a test"
        ]
    );
    assert_eq!(back.annotations[2].label, "speculation");
    assert!(back.annotations[1].curated_from[0].starts_with("bob:"));
    assert!(
        back.annotations
            .iter()
            .all(|a| a.decided_by.as_deref() == Some("alice"))
    );
    // The inputs are untouched.
    assert_eq!(load_project(&mine_path).unwrap(), {
        let mut m = mine.clone();
        m.sort_annotations();
        m
    });
}
