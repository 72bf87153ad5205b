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
