//! The table's rows follow random editing sessions exactly as a fresh count and
//! sort would order them, for orders and filters that read the figures and for
//! those that keep their rows across annotation edits.

use super::table::DocumentsTable;
use crate::edit::session;
use crate::search::{DocProgress, DocumentFacts, DocumentFilter, SortBy, table_rows};

/// Orders and filters to try: some read the figures, some do not.
fn views() -> Vec<(SortBy, bool, DocumentFilter)> {
    let label = DocumentFilter {
        label: Some("speculation".into()),
        ..Default::default()
    };
    let progress = DocumentFilter {
        progress: Some(DocProgress::Untouched),
        ..Default::default()
    };
    vec![
        (SortBy::Title, true, DocumentFilter::default()),
        (SortBy::Project, false, DocumentFilter::default()),
        (SortBy::Label(0), true, DocumentFilter::default()),
        (SortBy::Annotations, false, DocumentFilter::default()),
        (SortBy::Title, false, label),
        (SortBy::Date, true, progress),
    ]
}

#[test]
fn rows_after_each_edit_equal_a_fresh_count_and_sort() {
    for (k, (sort, descending, filter)) in views().into_iter().enumerate() {
        for seed in 0..6 {
            let mut table = DocumentsTable::default();
            table.sort = sort;
            table.descending = descending;
            table.filter = filter.clone();
            let mut checked = 0;
            session::run(seed, 150, |editor, change| {
                let project = editor.project();
                if let Some(c) = change {
                    table.follow_change(project, c);
                }
                table.refresh(project, editor.generation(), "kim");
                let facts = DocumentFacts::new(project);
                let fresh = table_rows(project, &facts, &filter, sort, descending, "kim");
                assert_eq!(
                    table.rows(),
                    fresh.expect("a plain filter").as_slice(),
                    "view {k}, seed {seed}"
                );
                checked += 1;
            });
            assert!(checked > 100, "{checked} edits checked");
        }
    }
}

#[test]
fn a_new_text_filter_shows_the_previous_rows_until_its_scan_is_done() {
    use crate::model::generate_corpus::{CorpusSpec, generate_corpus};
    let project = generate_corpus(&CorpusSpec {
        articles: 900,
        article_bytes: 600,
        annotations_per_article: 2,
        seed: 4,
    });
    let facts = DocumentFacts::new(&project);
    let mut table = DocumentsTable::default();
    table.set_scan_budget(std::time::Duration::ZERO);
    table.sort = SortBy::Title;
    table.refresh(&project, 1, "kim");
    let everything = table.rows().to_vec();
    assert_eq!(everything.len(), 900);
    assert_eq!(table.filtering(), None);
    // Typed a key a frame: each frame searches one slice; the rows stay.
    for typed in ["S", "Si", "Sinuiju"] {
        table.filter.text = typed.into();
        table.refresh(&project, 1, "kim");
        assert!(table.filtering().is_some(), "{typed}: still searching");
        assert_eq!(
            table.rows(),
            everything.as_slice(),
            "{typed}: previous rows"
        );
    }
    let mut frames = 1;
    while table.filtering().is_some() {
        table.refresh(&project, 1, "kim");
        frames += 1;
        assert!(frames < 100, "the scan ends");
    }
    let filter = table.filter.clone();
    let fresh = table_rows(&project, &facts, &filter, SortBy::Title, false, "kim").unwrap();
    assert_eq!(table.rows(), fresh.as_slice());
    assert!(!fresh.is_empty() && fresh.len() < 900, "{}", fresh.len());
}
