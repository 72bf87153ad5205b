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
