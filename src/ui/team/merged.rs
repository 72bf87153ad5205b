//! A sync's merged project taken in as one undoable edit (issue 14): the undo
//! history from before the sync stays valid, and Ctrl+Z takes the sync back.
//!
//! (A method of [`MarginaliaApp`] like the other runner steps: it changes the
//! editor, the file's disk state and the selection.)

use crate::edit::Edit;
use crate::model::Project;
use crate::store::DiskState;
use crate::ui::app::MarginaliaApp;

impl MarginaliaApp {
    /// Puts `merged` (the project file as the pull left it, read with `state`) in
    /// place of the window's project with [`Edit::TakeMerged`], marked saved (it
    /// is what the file holds). What pointed into the old project and is gone
    /// (the document shown, the selection) moves on. The edit swaps the whole
    /// project, so it is never refused.
    pub(crate) fn take_merged(&mut self, merged: Project, state: DiskState) {
        if let Err(e) = self.try_apply(Edit::TakeMerged(Box::new(merged))) {
            self.set_error(format!("The merged project was not taken in: {e}"));
            return;
        }
        self.state.editor.mark_saved();
        self.state.safety.opened_with(state);
        let project = self.state.editor.project();
        self.safety_prompts.show_orphans = project.annotations.iter().any(|a| a.orphaned);
        let shown = self.state.current_doc.as_deref();
        if shown.is_none_or(|d| project.document(d).is_none()) {
            self.state.current_doc = project.documents.first().map(|d| d.id.clone());
        }
        let selected = self.state.selected.as_deref();
        if selected.is_none_or(|id| self.state.editor.annotation(id).is_none()) {
            self.state.selected = None;
        }
        // Buffers and results computed from the old version start again; the
        // caches that follow the editor's change log rebuild on their own.
        self.find = Default::default();
        self.annotation_editor = Default::default();
        self.review = Default::default();
        self.corpus.documents.name_buffer = self.state.editor.project().name.clone();
    }
}
