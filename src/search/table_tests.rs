//! The documents table: figures, filters and sorting as an analyst sees them.

use super::*;
use crate::model::{Annotation, Document, DocumentMeta, Project};

fn doc(id: &str, title: &str, outlet: Option<&str>, date: Option<&str>, text: &str) -> Document {
    Document::new(id, title, text).with_meta(DocumentMeta {
        outlet: outlet.map(str::to_string),
        date: date.map(str::to_string),
        ..Default::default()
    })
}

fn ann(d: &Document, start: usize, end: usize, label: &str, author: &str) -> Annotation {
    Annotation::new(d.id.clone(), start, end, d.slice(start, end), label, author)
}

/// Three articles: KCNA (March, annotated by alice), Yonhap (April, by bob, done by
/// bob), an undated Korean one with no annotations.
fn corpus() -> Project {
    let mut p = Project::new("corpus");
    let a = doc(
        "a",
        "Parade held",
        Some("KCNA"),
        Some("2026-03-14"),
        "KCNA said the parade was held.",
    );
    let mut b = doc(
        "b",
        "missile test",
        Some("Yonhap"),
        Some("2026-04-02T09:00:00+09:00"),
        "Analysts speculate about a missile.",
    );
    b.set_done_by("bob", true);
    let c = doc(
        "c",
        "조선중앙통신 보도",
        None,
        None,
        "조선중앙통신은 👋🏽 열병식을 보도했다.",
    );
    p.annotations.push(ann(&a, 0, 4, "attribution", "alice"));
    p.annotations.push(ann(&a, 10, 29, "claim", "alice"));
    p.annotations.push(ann(&b, 0, 8, "attribution", "bob"));
    p.annotations.push(ann(&b, 9, 18, "speculation", "bob"));
    p.annotations.push(ann(&b, 9, 18, "claim", "carol"));
    p.documents = vec![a, b, c];
    p
}

fn rows(p: &Project, f: &DocumentFilter, sort: SortBy, desc: bool, who: &str) -> Vec<usize> {
    table_rows(p, &DocumentFacts::new(p), f, sort, desc, who).unwrap()
}

#[test]
fn rows_count_annotations_by_label_and_name_annotators() {
    let p = corpus();
    let f = DocumentFacts::new(&p);
    let claim = f.labels.iter().position(|l| l == "claim").unwrap();
    assert_eq!(f.rows[0].annotations, 2);
    assert_eq!(f.rows[1].by_label[claim], 1);
    assert_eq!(f.rows[1].annotators, ["bob", "carol"]);
    assert_eq!(
        f.rows[2],
        DocumentRow {
            annotations: 0,
            by_label: vec![0; f.labels.len()],
            annotators: vec![]
        }
    );
    assert_eq!(f.annotators, ["alice", "bob", "carol"]);
    assert_eq!(f.outlets, ["KCNA", "Yonhap"]);
}

#[test]
fn progress_is_per_analyst() {
    let p = corpus();
    let f = DocumentFacts::new(&p);
    let of = |i: usize, who: &str| f.progress(i, &p.documents[i], who);
    assert_eq!(of(1, "bob"), DocProgress::Done);
    assert_eq!(of(1, "carol"), DocProgress::InProgress);
    assert_eq!(of(0, "bob"), DocProgress::Untouched);
    assert_eq!(of(0, ""), DocProgress::InProgress);
    assert_eq!(of(1, ""), DocProgress::Done);
    assert_eq!(of(2, ""), DocProgress::Untouched);
}

#[test]
fn filters_narrow_the_rows() {
    let p = corpus();
    let all = DocumentFilter::default();
    assert_eq!(rows(&p, &all, SortBy::Project, false, ""), [0, 1, 2]);
    let f = |f: DocumentFilter| rows(&p, &f, SortBy::Project, false, "bob");
    assert_eq!(
        f(DocumentFilter {
            outlet: Some("Yonhap".into()),
            ..all.clone()
        }),
        [1]
    );
    assert_eq!(
        f(DocumentFilter {
            date_from: "2026-04".into(),
            ..all.clone()
        }),
        [1]
    );
    assert_eq!(
        f(DocumentFilter {
            date_to: "2026-03".into(),
            ..all.clone()
        }),
        [0]
    );
    assert_eq!(
        f(DocumentFilter {
            date_from: "2026-03-14".into(),
            date_to: "2026-04-02".into(),
            ..all.clone()
        }),
        [0, 1]
    );
    assert_eq!(
        f(DocumentFilter {
            label: Some("speculation".into()),
            ..all.clone()
        }),
        [1]
    );
    assert_eq!(
        f(DocumentFilter {
            label: Some("nope".into()),
            ..all.clone()
        }),
        Vec::<usize>::new()
    );
    assert_eq!(
        f(DocumentFilter {
            annotator: Some("alice".into()),
            ..all.clone()
        }),
        [0]
    );
    assert_eq!(
        f(DocumentFilter {
            progress: Some(DocProgress::Untouched),
            ..all.clone()
        }),
        [0, 2]
    );
    assert_eq!(
        f(DocumentFilter {
            text: "열병식".into(),
            ..all.clone()
        }),
        [2]
    );
    assert_eq!(
        f(DocumentFilter {
            text: "MISSILE".into(),
            ..all.clone()
        }),
        [1]
    );
    assert_eq!(
        f(DocumentFilter {
            text: "parade".into(),
            outlet: Some("KCNA".into()),
            ..all.clone()
        }),
        [0]
    );
}

#[test]
fn sorting_puts_missing_values_last_and_keeps_ties_in_project_order() {
    let p = corpus();
    let all = DocumentFilter::default();
    let s = |by: SortBy, desc: bool| rows(&p, &all, by, desc, "bob");
    assert_eq!(s(SortBy::Title, false), [1, 0, 2]);
    assert_eq!(s(SortBy::Outlet, false), [0, 1, 2]);
    assert_eq!(s(SortBy::Date, true), [1, 0, 2]);
    assert_eq!(s(SortBy::Date, false), [0, 1, 2]);
    assert_eq!(s(SortBy::Annotations, true), [1, 0, 2]);
    assert_eq!(s(SortBy::Annotators, false), [2, 0, 1]);
    assert_eq!(s(SortBy::Progress, false), [0, 2, 1]);
    let f = DocumentFacts::new(&p);
    let claim = f.labels.iter().position(|l| l == "claim").unwrap();
    assert_eq!(s(SortBy::Label(claim), false), [2, 0, 1]);
}

#[test]
fn a_bad_text_filter_is_refused_not_a_panic() {
    let p = corpus();
    // Plain text is escaped: regex syntax is just text.
    let f = DocumentFilter {
        text: "(".into(),
        ..Default::default()
    };
    assert_eq!(
        rows(&p, &f, SortBy::Project, false, ""),
        Vec::<usize>::new()
    );
}

#[test]
fn figures_follow_each_edit_as_a_full_count_would() {
    let mut followed_edits = 0;
    for seed in 0..20 {
        let mut facts: Option<(u64, DocumentFacts)> = None;
        crate::edit::session::run(seed, 200, |editor, change| {
            let project = editor.project();
            let mut followed = false;
            if let (Some((g, f)), Some(c)) = (facts.as_mut(), change)
                && let Some(t) = &c.annotations
                && *g == c.from
                && f.apply_change(project, &t.before, &t.after)
            {
                *g = c.to;
                followed = true;
                followed_edits += 1;
            }
            if !followed {
                facts = Some((editor.generation(), DocumentFacts::new(project)));
            }
            let (_, f) = facts.as_ref().unwrap();
            let fresh = DocumentFacts::new(project);
            assert_eq!(f.rows, fresh.rows, "seed {seed}");
            assert_eq!(f.labels, fresh.labels, "seed {seed}");
        });
    }
    assert!(followed_edits > 1000, "{followed_edits} edits followed");
}

#[test]
fn text_matches_are_kept_per_document() {
    let p = corpus();
    let f = DocumentFacts::new(&p);
    let filter = DocumentFilter {
        text: "  parade ".into(),
        ..Default::default()
    };
    let mut text = TextMatches::new(&filter.text).unwrap();
    assert_eq!(text.text(), "parade");
    let first = table_rows_with(&p, &f, &filter, SortBy::Project, false, "", &mut text);
    assert_eq!(first, [0]);
    assert_eq!(
        table_rows_with(&p, &f, &filter, SortBy::Project, false, "", &mut text),
        first
    );
}
