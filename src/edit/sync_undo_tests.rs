//! Undo of team syncs: each holds a whole project, so only the last
//! [`MAX_UNDO_SYNCS`] are kept, and what is kept still undoes exactly.

use super::*;
use crate::model::{Document, Project};

/// The project as a sync pulled it: `n` documents.
fn pulled(n: usize) -> Project {
    let mut p = Project::new("t");
    for i in 0..n {
        p.documents.push(Document::new(
            format!("d{i}"),
            format!("D{i}"),
            "“KCNA” 조선 said 👋",
        ));
    }
    p
}

#[test]
fn only_the_last_syncs_can_be_undone_and_they_undo_exactly() {
    let mut ed = Editor::new(pulled(0));
    let syncs = MAX_UNDO_SYNCS + 3;
    for n in 1..=syncs {
        // A hand edit between syncs: it goes with the sync before it.
        (ed.apply(Edit::RenameProject(format!("before sync {n}")))).unwrap();
        ed.apply(Edit::TakeMerged(Box::new(pulled(n)))).unwrap();
    }
    // Undo all the way: each kept sync gives back the project before it.
    let mut undone_syncs = 0;
    while let Some(edit) = ed.undo_edit() {
        if matches!(edit, Edit::TakeMerged(_)) {
            undone_syncs += 1;
        }
        ed.undo().unwrap();
    }
    assert_eq!(undone_syncs, MAX_UNDO_SYNCS, "older syncs are dropped");
    let oldest_kept = syncs - MAX_UNDO_SYNCS + 1;
    assert_eq!(
        ed.project().documents.len(),
        oldest_kept - 1,
        "undo stops at the state the oldest kept sync was made in"
    );
    // And redo goes back to the newest state.
    while ed.redo().is_some() {}
    assert_eq!(ed.project().documents.len(), syncs);
}

#[test]
fn hand_edits_alone_are_not_dropped_by_the_sync_limit() {
    let mut ed = Editor::new(pulled(1));
    for i in 0..(MAX_UNDO_SYNCS * 4) {
        ed.apply(Edit::RenameProject(format!("name {i}"))).unwrap();
    }
    ed.apply(Edit::TakeMerged(Box::new(pulled(2)))).unwrap();
    assert_eq!(ed.undo_depth(), MAX_UNDO_SYNCS * 4 + 1);
}
