//! The window's caches of annotation positions, patched from the editor's change
//! log after each edit, undo and redo, equal the ones built from scratch.

use crate::edit::{ChangeLog, session};
use crate::ui::annotation_list::AnnotationListState;
use crate::ui::derived::DrawnAnnotations;

/// The annotations drawn and the list's rows, patched after each edit, equal
/// the ones built from scratch.
#[test]
fn patched_caches_equal_rebuilt_ones() {
    for seed in 0..6 {
        let mut drawn = DrawnAnnotations::default();
        let mut rows = AnnotationListState::default();
        let mut filtered = AnnotationListState::default();
        filtered.label = Some("claim".into());
        session::run(seed, 300, |editor, _| {
            let (p, g, log) = (editor.project(), editor.generation(), editor.changes());
            let fresh_drawn = DrawnAnnotations::default()
                .of(p, g, "d", &ChangeLog::default())
                .to_vec();
            assert_eq!(drawn.of(p, g, "d", log), fresh_drawn);
            for list in [&mut rows, &mut filtered] {
                let mut fresh = AnnotationListState::default();
                fresh.label = list.label.clone();
                let want = fresh.rows(p, g, Some("d"), &ChangeLog::default()).to_vec();
                assert_eq!(list.rows(p, g, Some("d"), log), want);
            }
        });
    }
}
