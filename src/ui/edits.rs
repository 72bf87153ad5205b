//! How the window changes the project: every edit, undo and redo goes through
//! [`MarginaliaApp::try_apply`] / [`MarginaliaApp::apply_edit`] (or `undo`/`redo`
//! here), and the editor's [`Change`] record is followed by the derived figures.
//! Called only from the end-of-frame command runner (`actions.rs`).
//!
//! (Methods of [`MarginaliaApp`] kept apart from `actions.rs` so that each file
//! stays short: this one is the project's side, that one the commands' dispatch.)

use crate::edit::{AnnotationChange, Change, Edit, EditError, EditStamp};

use super::app::MarginaliaApp;

impl MarginaliaApp {
    /// Applies an edit through the editor; the status line says what it did (or
    /// why it was refused).
    pub(crate) fn apply_edit(&mut self, edit: Edit) -> bool {
        let edit = self.signed(edit);
        let what = edit.describe();
        let pending = super::edit_status::pending(&edit);
        match self.apply_signed(edit) {
            Ok(()) => {
                let said =
                    super::edit_status::describe_applied(self.state.editor.project(), pending);
                self.set_info(said);
                true
            }
            Err(e) => {
                self.set_error(format!("Cannot {what}: {e}"));
                false
            }
        }
    }

    /// Applies an edit through the editor and follows its change record; a refusal
    /// is the caller's to report.
    pub(crate) fn try_apply(&mut self, edit: Edit) -> Result<(), EditError> {
        let edit = self.signed(edit);
        self.apply_signed(edit)
    }

    /// A change to an annotation records who made it (`edited_by` when it is a
    /// colleague's annotation): the edit signed with the analyst's name and now.
    fn signed(&self, edit: Edit) -> Edit {
        edit.signed(&EditStamp::now(self.state.settings.analyst.trim()))
    }

    /// The one place the window applies an edit.
    fn apply_signed(&mut self, edit: Edit) -> Result<(), EditError> {
        let change = self.state.editor.apply(edit)?;
        self.follow_change(&change);
        Ok(())
    }

    /// After an edit, undo or redo: brings the derived figures forward with the
    /// editor's change record. The position caches (drawn annotations, list rows,
    /// the view's spans) read the editor's log themselves when next drawn.
    fn follow_change(&mut self, change: &Change) {
        self.state
            .derived
            .apply_change(self.state.editor.project(), change);
        // corpus (issue 12): the documents table's figures.
        (self.corpus.documents.table).follow_change(self.state.editor.project(), change);
    }

    pub(super) fn delete_selected(&mut self) {
        let Some(id) = self.state.selected.clone() else {
            self.set_error("Select an annotation to delete");
            return;
        };
        if self.apply_edit(Edit::RemoveAnnotation(id)) {
            self.state.selected = None;
            self.set_info("Annotation deleted (Ctrl+Z brings it back)");
        }
    }

    pub(super) fn undo(&mut self) {
        let what = self.state.editor.undo_description().map(str::to_string);
        if let Some(change) = self.state.editor.undo() {
            self.follow_change(&change);
            self.after_history_move(brought_back(&change));
            self.set_info(format!("Undid {}", what.unwrap_or_default()));
        } else {
            self.set_info("Nothing to undo");
        }
    }

    pub(super) fn redo(&mut self) {
        let what = self.state.editor.redo_description().map(str::to_string);
        if let Some(change) = self.state.editor.redo() {
            self.follow_change(&change);
            self.after_history_move(brought_back(&change));
            self.set_info(format!("Redid {}", what.unwrap_or_default()));
        } else {
            self.set_info("Nothing to redo");
        }
    }

    /// Keeps the current document and selection pointing at things that exist; an
    /// annotation brought back by undo/redo (`added`) becomes the
    /// selection.
    fn after_history_move(&mut self, added: Option<String>) {
        let back = added.and_then(|id| self.state.editor.annotation(&id));
        if let Some(a) = back {
            let (id, doc, start) = (a.id.clone(), a.doc.clone(), a.start);
            self.show_document(&doc);
            self.view.scroll_to(&doc, start);
            self.state.selected = Some(id);
        }
        if self.selected_annotation().is_none() {
            self.state.selected = None;
        }
        let exists = self
            .state
            .current_doc
            .as_deref()
            .is_some_and(|d| self.project().document(d).is_some());
        if !exists {
            self.state.current_doc = self.project().documents.first().map(|d| d.id.clone());
        }
    }

    pub(super) fn move_boundary(&mut self, end: bool, forward: bool) {
        let Some(a) = self.selected_annotation() else {
            self.set_error("Select an annotation to move its boundary");
            return;
        };
        let Some(doc) = self.project().document(&a.doc) else {
            return;
        };
        let (mut start, mut stop) = (a.start, a.end);
        if end {
            stop = crate::model::words::step_word_edge(doc, stop, forward, true);
        } else {
            start = crate::model::words::step_word_edge(doc, start, forward, false);
        }
        if start >= stop {
            self.set_error("The annotation cannot be shorter than one word");
            return;
        }
        if (start, stop) == (a.start, a.end) {
            return;
        }
        let id = a.id.clone();
        self.apply_edit(Edit::UpdateAnnotation {
            id,
            change: AnnotationChange {
                span: Some((start, stop)),
                ..Default::default()
            },
        });
    }
}

/// The one annotation a change added (what an undo or redo brings back), if there
/// is exactly one, from the editor's change record.
fn brought_back(change: &Change) -> Option<String> {
    let touched = change.annotations.as_ref()?;
    let mut back = (touched.after.iter())
        .filter(|a| !touched.before.iter().any(|b| b.id == a.id))
        .map(|a| a.id.clone());
    match (back.next(), back.next()) {
        (Some(id), None) => Some(id),
        _ => None,
    }
}
