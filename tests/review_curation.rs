//! Aligning projects, the disagreement list, curation, merge and comments.

use marginalia::edit::Editor;
use marginalia::model::{Annotation, Document, Project, Verdict};
use marginalia::review::{
    Corpus, Curation, Decision, DisagreementKind, SpanChoice, comment_edit, comments_for,
    compare_document, merge_projects, pair_agreement,
};
use marginalia::store::{load_project, save_project};

const TEXT: &str = "KCNA (조선중앙통신) said the launch “succeeded” 👋🏽. Analysts doubt it.\nYonhap cited officials.";

fn doc(id: &str, title: &str) -> Document {
    Document::new(id, title, TEXT)
}

/// The char range of the first occurrence of `needle` in TEXT.
fn span_of(needle: &str) -> (usize, usize) {
    let byte = TEXT.find(needle).expect("needle in text");
    let start = TEXT[..byte].chars().count();
    (start, start + needle.chars().count())
}

fn ann(author: &str, doc_id: &str, needle: &str, label: &str, source: Option<&str>) -> Annotation {
    let (s, e) = span_of(needle);
    let mut a = Annotation::new(doc_id, s, e, needle, label, author);
    a.source = source.map(str::to_string);
    a
}

/// Alice's and Bob's projects: one of each kind of disagreement plus one agreement.
fn two_projects() -> (Project, Project) {
    let mut alice = Project::new("Alice");
    alice.documents.push(doc("launch", "Launch story"));
    alice.annotations = vec![
        ann(
            "alice",
            "launch",
            "KCNA (조선중앙통신) said",
            "attribution",
            Some("KCNA"),
        ),
        ann("alice", "launch", "the launch “succeeded”", "claim", None),
        ann("alice", "launch", "Analysts doubt it", "speculation", None),
        ann(
            "alice",
            "launch",
            "Yonhap cited",
            "attribution",
            Some("Yonhap"),
        ),
        ann("alice", "launch", "officials", "claim", None),
    ];
    // Bob's copy has another id and title: the text alone matches it.
    let mut bob = Project::new("Bob");
    bob.documents.push(doc("story-1", "Launch (Bob's copy)"));
    bob.annotations = vec![
        ann(
            "bob",
            "story-1",
            "KCNA (조선중앙통신) said",
            "attribution",
            Some("KCNA"),
        ),
        ann("bob", "story-1", "launch “succeeded”", "claim", None),
        ann("bob", "story-1", "Analysts doubt it", "claim", None),
        ann(
            "bob",
            "story-1",
            "Yonhap cited",
            "attribution",
            Some("Yonhap News"),
        ),
        ann("bob", "story-1", "👋🏽", "claim", None),
    ];
    (alice, bob)
}

#[test]
fn every_kind_of_disagreement_is_listed_with_its_spans() {
    let (alice, bob) = two_projects();
    let corpus = Corpus::from_projects(&[("alice.ron", &alice), ("bob.ron", &bob)]);
    assert!(corpus.warnings.is_empty(), "{:?}", corpus.warnings);
    assert_eq!(
        corpus.documents.len(),
        1,
        "matched by text, not by id or title"
    );
    let d = &corpus.documents[0];
    let cmp = compare_document(d, "alice", "bob");
    assert_eq!(cmp.agreed.len(), 1);
    assert_eq!(cmp.agreed[0].0.quote, "KCNA (조선중앙통신) said");
    let kinds: Vec<(DisagreementKind, Option<&str>, Option<&str>)> = cmp
        .disagreements
        .iter()
        .map(|x| {
            (
                x.kind,
                x.a.as_ref().map(|a| a.quote.as_str()),
                x.b.as_ref().map(|b| b.quote.as_str()),
            )
        })
        .collect();
    assert_eq!(
        kinds,
        vec![
            (
                DisagreementKind::BoundaryDiffers,
                Some("the launch “succeeded”"),
                Some("launch “succeeded”")
            ),
            (DisagreementKind::OnlyB, None, Some("👋🏽")),
            (
                DisagreementKind::LabelDiffers,
                Some("Analysts doubt it"),
                Some("Analysts doubt it")
            ),
            (
                DisagreementKind::SourceDiffers,
                Some("Yonhap cited"),
                Some("Yonhap cited")
            ),
            (DisagreementKind::OnlyA, Some("officials"), None),
        ]
    );
    let ids: std::collections::HashSet<&str> =
        cmp.disagreements.iter().map(|x| x.id.as_str()).collect();
    assert_eq!(ids.len(), 5, "disagreement ids are distinct");
    let first = &cmp.disagreements[0];
    assert_eq!(
        (first.start(), first.end()),
        span_of("the launch “succeeded”")
    );
}

#[test]
fn a_document_whose_text_differs_is_named_and_not_compared() {
    let (alice, mut bob) = two_projects();
    bob.documents[0].title = "Launch story".into();
    bob.documents[0].text = TEXT.replace("doubt", "trust");
    let corpus = Corpus::from_projects(&[("alice.ron", &alice), ("bob.ron", &bob)]);
    assert_eq!(corpus.documents.len(), 2);
    assert_eq!(corpus.warnings.len(), 1, "{:?}", corpus.warnings);
    let w = &corpus.warnings[0];
    assert!(
        w.contains("'Launch story'") && w.contains("bob.ron") && w.contains("alice.ron"),
        "{w}"
    );
    assert!(!w.contains('\n'));
    assert!(pair_agreement(&corpus, "alice", "bob", None).is_none());
    // The two documents got distinct corpus ids.
    assert_ne!(
        corpus.documents[0].document.id,
        corpus.documents[1].document.id
    );
}

#[test]
fn curation_records_provenance_and_saves_a_new_project() {
    let (alice, bob) = two_projects();
    let corpus = Corpus::from_projects(&[("alice.ron", &alice), ("bob.ron", &bob)]);
    let d = &corpus.documents[0];
    let cmp = compare_document(d, "alice", "bob");
    let by_kind = |k| cmp.disagreements.iter().find(|x| x.kind == k).unwrap();

    let mut cur = Curation::new("carol");
    let both = ["alice".to_string(), "bob".to_string()];
    assert_eq!(cur.accept_agreed(&corpus, None, &both), 1);
    cur.decide(
        by_kind(DisagreementKind::BoundaryDiffers),
        Decision::AcceptB,
    )
    .unwrap();
    cur.decide(by_kind(DisagreementKind::OnlyB), Decision::Reject)
        .unwrap();
    cur.decide(by_kind(DisagreementKind::LabelDiffers), Decision::AcceptA)
        .unwrap();
    let (s, e) = span_of("Yonhap");
    let edit = Decision::Edit(SpanChoice {
        start: s,
        end: e,
        label: "attribution".into(),
        source: Some("Yonhap".into()),
    });
    cur.decide(by_kind(DisagreementKind::SourceDiffers), edit)
        .unwrap();
    // Accepting a side that is not there is refused.
    let only_a = by_kind(DisagreementKind::OnlyA);
    let err = cur.decide(only_a, Decision::AcceptB).unwrap_err();
    assert!(err.to_string().contains("accept B"), "{err}");
    cur.decide(only_a, Decision::AcceptA).unwrap();
    assert_eq!(cur.decided(), 5);

    let curated = cur.build(&corpus, "Curated").unwrap();
    let quotes: Vec<&str> = curated
        .annotations
        .iter()
        .map(|a| a.quote.as_str())
        .collect();
    assert_eq!(
        quotes,
        vec![
            "KCNA (조선중앙통신) said",
            "launch “succeeded”",
            "Analysts doubt it",
            "Yonhap",
            "officials"
        ]
    );
    for a in &curated.annotations {
        assert_eq!(a.author, "carol");
        assert_eq!(a.decided_by.as_deref(), Some("carol"));
        assert!(!a.curated_from.is_empty());
    }
    let agreed = &curated.annotations[0];
    assert_eq!(agreed.curated_from.len(), 2);
    assert!(agreed.curated_from.iter().any(|s| s.starts_with("alice:")));
    assert!(agreed.curated_from.iter().any(|s| s.starts_with("bob:")));
    let bobs = &bob.annotations[1];
    assert_eq!(
        curated.annotations[1].curated_from,
        vec![format!("bob:{}", bobs.id)]
    );
    assert_eq!(curated.annotations[2].label, "speculation");
    assert_eq!(
        curated.annotations[3].curated_from.len(),
        2,
        "edit names both sides"
    );

    // Saved with the store and read back unchanged.
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("curated.ron");
    save_project(&path, &curated).unwrap();
    let back = load_project(&path).unwrap();
    assert_eq!(back, curated);

    // A bad edit is refused with a reason, not a panic.
    let mut bad = Curation::new("carol");
    bad.decide(
        only_a,
        Decision::Edit(SpanChoice {
            start: 5,
            end: 500,
            label: "claim".into(),
            source: None,
        }),
    )
    .unwrap();
    let err = bad.build(&corpus, "x").unwrap_err().to_string();
    assert!(err.contains("5..500"), "{err}");
}

#[test]
fn accept_both_keeps_two_spans_and_identical_picks_once() {
    let (alice, bob) = two_projects();
    let corpus = Corpus::from_projects(&[("alice.ron", &alice), ("bob.ron", &bob)]);
    let cmp = compare_document(&corpus.documents[0], "alice", "bob");
    let boundary = cmp
        .disagreements
        .iter()
        .find(|x| x.kind == DisagreementKind::BoundaryDiffers)
        .unwrap();
    let mut cur = Curation::new("carol");
    cur.decide(boundary, Decision::AcceptBoth).unwrap();
    assert_eq!(cur.build(&corpus, "c").unwrap().annotations.len(), 2);
    // Deciding again replaces the earlier decision.
    cur.decide(boundary, Decision::Reject).unwrap();
    assert!(cur.build(&corpus, "c").unwrap().annotations.is_empty());
    assert_eq!(cur.decision(&boundary.id), Some(&Decision::Reject));
}

#[test]
fn merge_keeps_every_author_and_duplicates_once() {
    let (alice, bob) = two_projects();
    // Alice's project loaded twice, plus a copy with one extra comment on a twin.
    let mut alice_again = alice.clone();
    alice_again.annotations[0]
        .comments
        .push(marginalia::model::Comment {
            author: "bob".into(),
            verdict: Verdict::Dispute,
            note: "KCNA only relayed it".into(),
            created: "2026-11-27T10:00:00Z".into(),
        });
    let (merged, corpus) = merge_projects(
        &[
            ("alice.ron", &alice),
            ("bob.ron", &bob),
            ("again.ron", &alice_again),
        ],
        "All",
    );
    assert_eq!(merged.documents.len(), 1);
    assert_eq!(merged.annotations.len(), 10);
    assert_eq!(corpus.duplicates, 5);
    assert_eq!(merged.summary().by_author["alice"], 5);
    assert_eq!(merged.summary().by_author["bob"], 5);
    let ids: std::collections::HashSet<&str> =
        merged.annotations.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids.len(), 10);
    let commented = merged
        .annotations
        .iter()
        .find(|a| a.author == "alice" && a.label == "attribution" && a.quote.starts_with("KCNA"))
        .unwrap();
    assert_eq!(commented.comments.len(), 1, "the twin's comment is kept");
    // The merged project passes the loader's checks.
    assert!(marginalia::store::check_project(&merged).is_empty());

    // An identical copy by another author keeps both authors' annotations.
    let mut copy = alice.clone();
    for a in &mut copy.annotations {
        a.author = "dave".into();
    }
    let (merged, _) = merge_projects(&[("a", &alice), ("d", &copy)], "x");
    assert_eq!(merged.annotations.len(), 10);
    assert!(marginalia::store::check_project(&merged).is_empty());
}

#[test]
fn comments_are_undoable_and_shown_to_the_author() {
    let (alice, _) = two_projects();
    let id = alice.annotations[1].id.clone();
    let mut editor = Editor::new(alice);
    let edit = comment_edit(
        editor.project(),
        &id,
        "bob",
        Verdict::Dispute,
        " too strong ",
    )
    .unwrap();
    editor.apply(edit).unwrap();
    let shown = comments_for(editor.project(), "alice");
    assert_eq!(shown.len(), 1);
    assert_eq!(shown[0].0.id, id);
    assert_eq!(shown[0].1.note, "too strong");
    assert_eq!(shown[0].1.verdict, Verdict::Dispute);
    assert!(comments_for(editor.project(), "bob").is_empty());
    editor.undo();
    assert!(comments_for(editor.project(), "alice").is_empty());
    assert!(comment_edit(editor.project(), "nope", "bob", Verdict::Agree, "").is_err());
}

#[test]
fn unnamed_annotators_of_two_files_stay_apart() {
    let (mut alice, mut bob) = two_projects();
    for a in alice
        .annotations
        .iter_mut()
        .chain(bob.annotations.iter_mut())
    {
        a.author = String::new();
    }
    let corpus = Corpus::from_projects(&[("dir/alice.ron", &alice), ("dir/bob.ron", &bob)]);
    assert_eq!(
        corpus.annotators(),
        vec![
            "(unknown, alice.ron)".to_string(),
            "(unknown, bob.ron)".to_string()
        ]
    );
    assert_eq!(corpus.warnings.len(), 2, "{:?}", corpus.warnings);
    assert!(corpus.warnings[0].contains("5 annotations in dir/alice.ron have no author"));
}
