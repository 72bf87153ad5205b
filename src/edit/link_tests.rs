//! Tests of the link and registry edits (issue 13).

use proptest::prelude::*;

use super::*;
use crate::model::{Annotation, Document, Link, Project, Source, link_problems};

const TEXT: &str =
    "조선중앙통신은 \"신형 미사일\"을 발사했다고 밝혔다. Analysts 👋🏽 doubt e\u{301}t it.\r\nMore.";

fn tag(p: &Project, doc: &str, start: usize, end: usize, label: &str) -> Annotation {
    let q = quote_of(p, doc, start, end).unwrap();
    Annotation::new(doc, start, end, q, label, "me")
}

/// An editor with an attribution (KCNA), a claim and a speculation on "d".
fn editor() -> (Editor, [String; 3]) {
    let mut p = Project::new("t");
    p.documents.push(Document::new("d", "D", TEXT));
    p.documents.push(Document::new("e", "E", TEXT));
    let src = tag(&p, "d", 0, 6, "attribution").with_source("조선중앙통신");
    let claim = tag(&p, "d", 8, 20, "claim");
    let spec = tag(&p, "d", 30, 40, "speculation");
    let ids = [src.id.clone(), claim.id.clone(), spec.id.clone()];
    p.annotations = vec![src, claim, spec];
    p.registry = crate::model::SourceRegistry {
        sources: vec![
            Source {
                name: "KCNA".into(),
                kind: "state media".into(),
                aliases: vec!["조선중앙통신".into()],
            },
            Source {
                name: "state media".into(),
                kind: "state media".into(),
                aliases: vec!["관영 매체".into()],
            },
        ],
    };
    (Editor::new(p), ids)
}

#[test]
fn deleting_an_annotation_takes_its_links_and_undo_brings_them_back() {
    let (mut ed, [src, claim, spec]) = editor();
    ed.apply(Edit::AddLink {
        link: Link::attributes(&src, &claim),
        at: None,
    })
    .unwrap();
    ed.apply(Edit::AddLink {
        link: Link::attributes(&src, &spec),
        at: None,
    })
    .unwrap();
    let before = ed.project().clone();
    let change = ed.apply(Edit::RemoveAnnotation(src.clone())).unwrap();
    assert!(ed.project().links.is_empty());
    assert!(
        change.annotations.is_some(),
        "a change record like other edits"
    );
    assert_eq!(ed.undo_description(), Some("delete annotation"));
    ed.undo().unwrap();
    assert_eq!(*ed.project(), before, "one undo step restores both links");
    ed.redo().unwrap();
    assert!(ed.project().links.is_empty());
}

#[test]
fn bad_links_are_refused_with_a_reason() {
    let (mut ed, [src, claim, _]) = editor();
    let link = |from: &str, to: &str| Edit::AddLink {
        link: Link::attributes(from, to),
        at: None,
    };
    let e = ed.apply(link(&src, "gone")).unwrap_err();
    assert_eq!(e.to_string(), "no annotation with id 'gone'");
    assert!(
        ed.apply(link(&src, &src))
            .unwrap_err()
            .to_string()
            .contains("itself")
    );
    ed.apply(link(&src, &claim)).unwrap();
    assert!(
        ed.apply(link(&src, &claim))
            .unwrap_err()
            .to_string()
            .contains("already")
    );
    let e = ed.apply(Edit::RemoveLink(Link::attributes(&claim, &src)));
    assert!(e.unwrap_err().to_string().starts_with("no link"));
}

#[test]
fn removing_a_document_removes_the_links_of_its_annotations() {
    let (mut ed, [src, claim, _]) = editor();
    ed.apply(Edit::AddLink {
        link: Link::attributes(&src, &claim),
        at: None,
    })
    .unwrap();
    let before = ed.project().clone();
    ed.apply(Edit::RemoveDocument("d".into())).unwrap();
    assert!(ed.project().links.is_empty());
    ed.undo().unwrap();
    assert_eq!(ed.project().links, before.links);
}

#[test]
fn rename_updates_every_annotation_and_undoes_in_one_step() {
    let (mut ed, [src, ..]) = editor();
    let edit = rename_source(ed.project(), "KCNA", "Korean Central News Agency").unwrap();
    ed.apply(edit).unwrap();
    let p = ed.project();
    assert_eq!(
        p.annotation(&src).unwrap().source.as_deref(),
        Some("Korean Central News Agency")
    );
    assert_eq!(
        p.source_registry().canonical("KCNA"),
        Some("Korean Central News Agency")
    );
    ed.undo().unwrap();
    assert_eq!(
        ed.project().annotation(&src).unwrap().source.as_deref(),
        Some("조선중앙통신")
    );
    assert_eq!(ed.project().registry.sources[0].name, "KCNA");
    assert!(rename_source(ed.project(), "KCNA", "state media").is_err());
    assert!(rename_source(ed.project(), "Nobody", "x").is_err());
}

#[test]
fn merge_and_aliases_rename_sources_through_the_registry() {
    let (mut ed, [src, ..]) = editor();
    ed.apply(merge_sources(ed.project(), "KCNA", "state media").unwrap())
        .unwrap();
    let p = ed.project();
    assert_eq!(p.registry.sources.len(), 1);
    assert_eq!(
        p.annotation(&src).unwrap().source.as_deref(),
        Some("state media")
    );
    assert_eq!(
        p.source_registry().canonical("조선중앙통신"),
        Some("state media")
    );
    ed.undo().unwrap();
    assert_eq!(ed.project().registry.sources.len(), 2);
    // An alias added: annotations written that way now name the source.
    ed.apply(remove_alias(ed.project(), "KCNA", "조선중앙통신").unwrap())
        .unwrap();
    ed.apply(add_alias(ed.project(), "state media", "조선중앙통신").unwrap())
        .unwrap();
    assert_eq!(
        ed.project().annotation(&src).unwrap().source.as_deref(),
        Some("state media")
    );
    assert!(add_alias(ed.project(), "KCNA", "관영 매체").is_err());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Random sessions of tags, deletions, links, unlinks, document removals,
    /// source merges, undo and redo: no link ever dangles, and undoing everything
    /// gives back the first project (in file order).
    #[test]
    fn no_session_leaves_a_dangling_link(ops in prop::collection::vec((0u8..10, any::<u16>(), any::<u16>()), 1..60)) {
        let (mut ed, _) = editor();
        let first = ed.project().clone();
        let len = TEXT.chars().count();
        for (op, x, y) in ops {
            let (x, y) = (x as usize, y as usize);
            let ids: Vec<String> = ed.project().annotations.iter().map(|a| a.id.clone()).collect();
            let pick = |k: usize| ids.get(k % ids.len().max(1)).cloned();
            let edit = match op {
                0 | 1 => {
                    let start = x % (len - 1);
                    let end = start + 1 + y % (len - start - 1).max(1);
                    let doc = if op == 0 { "d" } else { "e" };
                    let end = end.min(len);
                    let quote: String = TEXT.chars().skip(start).take(end - start).collect();
                    Some(Edit::AddAnnotation(Annotation::new(doc, start, end, quote, "claim", "me")))
                }
                2 | 3 => pick(x).zip(pick(y)).map(|(a, b)| Edit::AddLink { link: Link::attributes(a, b), at: None }),
                4 => pick(x).map(Edit::RemoveAnnotation),
                5 => ed.project().links.get(x % ed.project().links.len().max(1)).cloned().map(Edit::RemoveLink),
                6 if x % 8 == 0 => Some(Edit::RemoveDocument(if y % 2 == 0 { "d" } else { "e" }.into())),
                7 => merge_sources(ed.project(), "KCNA", "state media").ok(),
                8 => { ed.undo(); None }
                _ => { ed.redo(); None }
            };
            if let Some(edit) = edit {
                let _ = ed.apply(edit);
            }
            prop_assert!(link_problems(ed.project()).is_empty(), "{:?}", link_problems(ed.project()));
        }
        while ed.undo().is_some() {
            prop_assert!(link_problems(ed.project()).is_empty());
        }
        // Undoing a document removal appends its annotations (an order the file
        // sorts anyway), so the projects are compared in file order.
        let (mut last, mut first) = (ed.project().clone(), first);
        last.sort_annotations();
        first.sort_annotations();
        prop_assert_eq!(last, first);
    }
}

#[test]
fn a_kind_change_and_a_new_source_are_one_undo_step_each() {
    use crate::model::SourceKind;
    let (mut ed, _) = editor();
    let edit = set_source_kind(ed.project(), "KCNA", SourceKind::Government).unwrap();
    ed.apply(edit).unwrap();
    assert_eq!(ed.project().registry.sources[0].kind, "government");
    assert_eq!(
        ed.project().registry.sources[0].kind_of(),
        SourceKind::Government
    );
    let edit = add_source(ed.project(), "  Daily  NK ", SourceKind::IndependentOutlet).unwrap();
    ed.apply(edit).unwrap();
    let added = ed.project().registry.sources.last().unwrap().clone();
    assert_eq!(
        (added.name.as_str(), added.kind.as_str()),
        ("Daily NK", "independent outlet")
    );
    let e = add_source(ed.project(), "조선중앙통신", SourceKind::Other).unwrap_err();
    assert!(e.to_string().contains("already names 'KCNA'"), "{e}");
    ed.undo();
    assert_eq!(ed.project().registry.sources.len(), 2);
    ed.undo();
    assert_eq!(ed.project().registry.sources[0].kind, "state media");
}
