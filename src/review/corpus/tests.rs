//! Merging projects: file order, unique ids, the text hash.

use super::*;

#[test]
fn a_merged_project_is_in_file_order_with_unique_ids_moved_or_copied() {
    let (alice, mut bob) = crate::review::scale_cases::many_documents(40);
    // Ids used again by the other input with other content, an orphan, and
    // documents whose ids do not sort as they come.
    for a in bob.annotations.iter_mut().take(5) {
        a.id = alice.annotations[0].id.clone();
    }
    bob.annotations[7].orphaned = true;
    let inputs = [("alice.ron", &alice), ("bob.ron", &bob)];
    let corpus = Corpus::from_projects(&inputs);
    let copied = corpus.to_project("m");
    let (moved, rest) = merge_projects(&inputs, "m");
    assert!(rest.documents.iter().all(|d| d.annotations.is_empty()));
    assert_eq!(rest.duplicates, corpus.duplicates);
    let mut sorted = moved.clone();
    sorted.sort_annotations();
    assert_eq!(
        moved.annotations, sorted.annotations,
        "already in file order"
    );
    let ids: HashSet<&str> = moved.annotations.iter().map(|a| a.id.as_str()).collect();
    assert_eq!(ids.len(), moved.annotations.len());
    assert!(crate::store::check_project(&moved).is_empty());
    // The same project either way, but for the fresh ids.
    assert_eq!(copied.annotations.len(), moved.annotations.len());
    let key = |a: &Annotation| {
        (
            a.doc.clone(),
            a.start,
            a.end,
            a.author.clone(),
            a.label.clone(),
        )
    };
    let mut x: Vec<_> = copied.annotations.iter().map(key).collect();
    let mut y: Vec<_> = moved.annotations.iter().map(key).collect();
    x.sort();
    y.sort();
    assert_eq!(x, y);
    assert_eq!(copied.documents, moved.documents);
}

#[test]
fn text_hash_is_lowercase_hex_sha256() {
    assert_eq!(
        super::text_hash(""),
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"
    );
    assert_eq!(
        super::text_hash("abc"),
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
    );
}

/// Inputs with every case alignment treats apart: twins (one with a note and a
/// comment), an orphan, an unnamed author, an edited copy (`edited_by`), an id
/// used again with other content, a document in both and one text twice.
fn awkward_inputs() -> Vec<(String, Project)> {
    let (mut alice, mut bob) = crate::review::scale_cases::many_documents(12);
    let mut twin = bob.annotations[2].clone();
    twin.note = "same span again".into();
    twin.id = "twin".into();
    twin.comments.push(crate::model::Comment {
        author: "carol".into(),
        verdict: crate::model::Verdict::Agree,
        note: "ok".into(),
        created: String::new(),
    });
    bob.annotations.push(twin);
    bob.annotations[7].orphaned = true;
    bob.annotations[8].author = String::new();
    bob.annotations[9].edited_by = Some(" dave ".into());
    bob.annotations[10].id = alice.annotations[0].id.clone();
    let mut again = alice.documents[3].clone();
    again.id = "again".into();
    alice.documents.push(again);
    vec![("alice.ron".into(), alice), ("bob.ron".into(), bob)]
}

fn same_corpus(x: &Corpus, y: &Corpus) {
    assert_eq!(x.warnings, y.warnings);
    assert_eq!(x.duplicates, y.duplicates);
    assert_eq!(x.conflicts, y.conflicts);
    assert_eq!(x.annotators(), y.annotators());
    assert_eq!(x.documents.len(), y.documents.len());
    for (a, b) in x.documents.iter().zip(&y.documents) {
        assert_eq!(a.document, b.document);
        assert_eq!(a.hash, b.hash);
        assert_eq!(a.annotations, b.annotations);
        assert_eq!(a.orphans, b.orphans);
        assert_eq!(a.annotators, b.annotators);
        assert_eq!(a.found_in, b.found_in);
    }
}

#[test]
fn a_corpus_of_moved_projects_equals_the_copied_one() {
    let inputs = awkward_inputs();
    let refs: Vec<(&str, &Project)> = inputs.iter().map(|(n, p)| (n.as_str(), p)).collect();
    let copied = Corpus::for_review(&refs);
    assert!(copied.duplicates > 0 && copied.orphans() > 0 && !copied.conflicts.is_empty());
    assert!(
        copied
            .annotators()
            .iter()
            .any(|a| a.starts_with("(unknown"))
    );
    same_corpus(&copied, &Corpus::for_review_owned(inputs.clone()));
    same_corpus(
        &Corpus::from_projects(&refs),
        &Corpus::from_projects_owned(inputs.clone()),
    );
    let (merged, _) = merge_projects(&refs, "m");
    let (moved, _) = merge_projects_owned(inputs.clone(), "m");
    assert_eq!(merged.documents, moved.documents);
    // Fresh ids aside (random), the same annotations.
    let strip = |p: &Project| {
        (p.annotations.iter())
            .map(|a| {
                (
                    a.doc.clone(),
                    a.start,
                    a.end,
                    a.author.clone(),
                    a.note.clone(),
                )
            })
            .collect::<Vec<_>>()
    };
    let sorted = |mut v: Vec<_>| {
        v.sort();
        v
    };
    // (Sorted: annotations at one span are ordered by their ids, fresh ones random.)
    assert_eq!(sorted(strip(&merged)), sorted(strip(&moved)));

    // One author in every file: each file its own annotator, as when copied.
    let mut one = inputs;
    for (_, p) in &mut one {
        for a in &mut p.annotations {
            a.author = "alice".into();
            a.edited_by = None;
        }
    }
    let refs: Vec<(&str, &Project)> = one.iter().map(|(n, p)| (n.as_str(), p)).collect();
    let copied = Corpus::for_review(&refs);
    assert_eq!(copied.annotators().len(), 2);
    same_corpus(&copied, &Corpus::for_review_owned(one.clone()));
}
