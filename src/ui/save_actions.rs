//! Saving, the runner's side: the project saved in the background (a shared
//! snapshot, checked against the file's state on disk), and what follows a save
//! (the file remembered, the step that waited for it: close, new, open).
//!
//! (Methods of [`MarginaliaApp`] like the other file commands in
//! `file_actions.rs`, kept apart to keep each file short: they change the
//! application state and the dialogs waiting for the save.)

use std::path::Path;

use crate::model::Project;
use crate::store::{DiskState, StoreError};
use crate::suggest::project_rules::{Carried, carry_project_rules};

use super::app::MarginaliaApp;
use super::background::TaskOutcome;
use super::dialogs::AfterUnsaved;

impl MarginaliaApp {
    /// Saves to `path` in the background and makes it the project's file once
    /// written. A snapshot of the project is saved: edits made meanwhile keep the
    /// project unsaved. A failure or a cancel leaves the file as it was and says why.
    pub(crate) fn save_to(&mut self, path: &Path) {
        if self.state.background.is_busy() {
            self.dialogs.close_after_save = false;
            self.dialogs.after_save = None;
            self.refuse_busy();
            return;
        }
        // The default folder is made on first use; any other missing folder is an
        // error the analyst should see.
        if path.parent() == Some(self.state.saved_dir.as_path())
            && let Err(e) = std::fs::create_dir_all(&self.state.saved_dir)
        {
            self.dialogs.close_after_save = false;
            self.dialogs.after_save = None;
            self.set_error(format!(
                "Not saved: cannot create {}: {e}",
                self.state.saved_dir.display()
            ));
            return;
        }
        // The file is written in sorted order by the writer; the snapshot needs no
        // sorting here. Shared, not copied (a copy of 100,000 annotations is ~90 ms
        // on the UI thread): an edit made during the save copies it then.
        let snapshot = self.state.editor.shared();
        let generation = self.state.editor.generation();
        // The same file: refuse to overwrite changes made on disk since it was
        // opened or saved. Save As: the analyst chose the name (and any overwrite).
        let expected = (self.state.project_path.as_deref() == Some(path))
            .then(|| self.state.safety.disk_state.clone());
        let owned = path.to_path_buf();
        let name = file_label(path);
        self.start_background(format!("Saving {name}"), move |progress| {
            let result = save_snapshot(&owned, &snapshot, expected, progress);
            TaskOutcome::Save {
                path: owned,
                generation,
                annotations: snapshot.annotations.len(),
                result,
            }
        });
    }

    /// What to do once a background save ended.
    pub(crate) fn finish_save(
        &mut self,
        path: &Path,
        generation: u64,
        annotations: usize,
        result: Result<DiskState, StoreError>,
    ) {
        match result {
            Ok(state) => {
                // Only what was saved counts as saved: edits made during the save
                // keep the project unsaved.
                if self.state.editor.generation() == generation {
                    self.state.editor.mark_saved();
                }
                self.state.safety.saved(path, state);
                self.safety_prompts.clobbered = None;
                let previous = self.state.project_path.replace(path.to_path_buf());
                let saved = format!(
                    "Saved {} ({})",
                    path.display(),
                    crate::model::text::plural(annotations, "annotation")
                );
                // Save As: the project's suggestion rules follow it (a small file,
                // copied here).
                match carry_project_rules(previous.as_deref(), path) {
                    Ok(Carried::Nothing) => self.set_info(saved),
                    Ok(Carried::Copied(rules)) => self.set_info(format!(
                        "{saved}; its suggestion rules copied to {}",
                        file_label(&rules)
                    )),
                    Ok(Carried::SetAside(bak)) => self.set_info(format!(
                        "{saved}; the rules file that was beside it kept as {}",
                        file_label(&bak)
                    )),
                    Err(e) => {
                        self.set_error(format!("{saved}, but its rules were not copied: {e}"))
                    }
                }
                self.state.settings.remember(path);
                self.save_settings();
                self.state.saved_list = super::saved_projects::list(&self.state.saved_dir);
                let after = self.dialogs.after_save.take();
                if self.dialogs.close_after_save {
                    self.dialogs.close_after_save = false;
                    if !self.state.editor.is_dirty() {
                        self.continue_after_unsaved(AfterUnsaved::CloseWindow);
                    }
                } else if let Some(after) = after
                    && !self.state.editor.is_dirty()
                {
                    self.continue_after_unsaved(after);
                }
            }
            Err(e) => {
                self.dialogs.close_after_save = false;
                self.dialogs.after_save = None;
                match e {
                    StoreError::Cancelled => self.set_info(format!(
                        "Save cancelled: {} was left as it was",
                        path.display()
                    )),
                    StoreError::ChangedOnDisk(_) => {
                        self.safety_prompts.clobbered = Some(path.to_path_buf());
                        self.set_error(format!("Not saved: {e}"));
                    }
                    e => self.set_error(format!("Not saved: {e}")),
                }
            }
        }
    }
}

/// A file's name for the status line.
fn file_label(path: &Path) -> String {
    path.file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string())
}

/// Saves `project` to `path` on the task's thread: checked against `expected` (the
/// file as last opened or saved) when given, plainly otherwise (Save As). Returns the
/// state of the file written.
fn save_snapshot(
    path: &Path,
    project: &Project,
    expected: Option<Option<DiskState>>,
    progress: &crate::task::Progress,
) -> Result<DiskState, StoreError> {
    // Held from the changed-on-disk check to the rename: no other writer between.
    let _lock = crate::store::ProjectLock::acquire(path)?;
    match expected {
        Some(expected) => crate::store::save_project_checked_with_progress(
            path,
            project,
            expected.as_ref(),
            progress,
        ),
        None => {
            crate::store::save_project_with_progress(path, project, progress)?;
            Ok(DiskState::of_file(path)?.unwrap_or_else(|| DiskState::of_bytes(b"", None)))
        }
    }
}
