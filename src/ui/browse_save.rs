//! "Browse…" beside a typed destination (the search panel's hits file, the source
//! analytics' CSV): the guard and the start of the system save dialog, shared so
//! that each Browse… button says the same things — one dialog at a time, and where
//! no dialog can be shown, the typed path stays and the status line says to type
//! it. The answer comes back through `poll_file_dialog` by its [`DialogPurpose`].

use std::path::{Path, PathBuf};

use super::app::MarginaliaApp;
use super::file_dialog::{DialogPurpose, FileDialogTask};

impl MarginaliaApp {
    /// Opens the system save dialog for `purpose`, proposing `typed` (its folder
    /// when that exists, else the saved-projects folder, and its file name). When a
    /// dialog is already open, or dialogs are off, it says so instead (`type_here`:
    /// where to type the path). `choosing` is the status line while it is open.
    pub(crate) fn browse_save_file(
        &mut self,
        ctx: &egui::Context,
        purpose: DialogPurpose,
        typed: &str,
        type_here: &str,
        choosing: &str,
    ) {
        if self.file_dialog.is_some() {
            self.set_info("A file dialog is already open");
            return;
        }
        if !self.state.native_dialogs {
            self.set_info(type_here.to_string());
            return;
        }
        let (dir, name) = dialog_start(typed, &self.state.saved_dir);
        self.file_dialog = Some(FileDialogTask::spawn(purpose, dir, name, ctx.clone()));
        self.set_info(choosing.to_string());
    }
}

/// Where a dialog for the typed destination `typed` starts: the folder it names when
/// that exists (else `fallback`), and its file name (empty when it has none).
pub(crate) fn dialog_start(typed: &str, fallback: &Path) -> (PathBuf, String) {
    let typed = PathBuf::from(typed.trim());
    let dir = typed
        .parent()
        .filter(|d| d.is_dir())
        .map(Path::to_path_buf)
        .unwrap_or_else(|| fallback.to_path_buf());
    let name = typed
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    (dir, name)
}
