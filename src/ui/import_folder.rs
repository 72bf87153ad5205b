//! File ▸ Import folder…: the system folder dialog (or, where none can be shown, the
//! Import dialog to type the folder's path), then the folder imported in the
//! background like any import (progress bar, Cancel), and its summary in a small
//! window: N imported, M skipped with the reason for each. Dropping a folder on the
//! window takes the same path (`OpenFile` → import).

use std::path::PathBuf;

use crate::export::ImportReport;

use super::app::MarginaliaApp;
use super::file_dialog::{DialogPurpose, FileDialogTask};

/// What the last import of a folder did, shown until closed.
#[derive(Debug, Clone, PartialEq)]
pub struct ImportSummary {
    /// The folders and files imported.
    pub inputs: Vec<String>,
    /// "12 new documents and 0 annotations".
    pub summary: String,
    /// Documents added.
    pub imported: usize,
    /// Articles already in the project (same text).
    pub duplicates: usize,
    /// Files skipped, with why (one line each).
    pub skipped: Vec<String>,
    /// Notes on what was read (encodings, bytes replaced…).
    pub warnings: Vec<String>,
}

impl ImportSummary {
    /// The summary of `report`, an import of `paths`.
    pub fn of(paths: &[PathBuf], report: &ImportReport) -> Self {
        ImportSummary {
            inputs: paths.iter().map(|p| p.display().to_string()).collect(),
            summary: report.summary(),
            imported: report.documents_added.len(),
            duplicates: report.duplicates.len(),
            skipped: report
                .skipped_files
                .iter()
                .map(|(_, why)| why.clone())
                .collect(),
            warnings: report.warnings.clone(),
        }
    }

    /// "12 imported, 2 skipped, 1 already in the project".
    pub fn headline(&self) -> String {
        let mut s = format!("{} imported, {} skipped", self.imported, self.skipped.len());
        if self.duplicates > 0 {
            s.push_str(&format!(", {} already in the project", self.duplicates));
        }
        s
    }
}

impl MarginaliaApp {
    /// File ▸ Import folder…: the system folder dialog, else the typed path.
    pub(crate) fn import_folder_dialog(&mut self, ctx: &egui::Context) {
        if self.file_dialog.is_some() {
            self.set_info("A file dialog is already open");
            return;
        }
        if !self.state.native_dialogs {
            self.import_folder_typed(None);
            return;
        }
        self.file_dialog = Some(FileDialogTask::spawn(
            DialogPurpose::ImportFolder,
            self.state.saved_dir.clone(),
            String::new(),
            ctx.clone(),
        ));
        self.set_info("Choose a folder of articles in the dialog…");
    }

    /// The Import dialog, to type the folder's path; `why` goes to the status line.
    pub(crate) fn import_folder_typed(&mut self, why: Option<&str>) {
        self.open_import_dialog();
        match why {
            Some(why) => self.set_error(why),
            None => self.set_info(
                "Type the folder of articles to import (.txt, .md, .html, .jsonl under it)",
            ),
        }
    }

    /// Keeps the summary of an import that read a folder, to show it.
    pub(crate) fn note_import_summary(&mut self, paths: &[PathBuf], report: &ImportReport) {
        if paths.iter().any(|p| p.is_dir()) || !report.skipped_files.is_empty() {
            self.corpus.import_summary = Some(ImportSummary::of(paths, report));
        }
    }
}

/// Shows the last folder import's summary, until closed.
pub(crate) fn show_summary(summary: &mut Option<ImportSummary>, ctx: &egui::Context) {
    let Some(s) = summary.as_ref() else {
        return;
    };
    let mut open = true;
    let mut close = false;
    egui::Window::new("Import summary")
        .open(&mut open)
        .collapsible(false)
        .default_width(460.0)
        .show(ctx, |ui| {
            ui.label(format!("From {}", s.inputs.join(", ")));
            ui.strong(s.headline());
            ui.label(&s.summary);
            let lines = (s.skipped.iter().map(|l| ("skipped", l)))
                .chain(s.warnings.iter().map(|l| ("note", l)));
            egui::ScrollArea::vertical()
                .max_height(220.0)
                .show(ui, |ui| {
                    for (kind, line) in lines {
                        ui.label(format!("{kind}: {line}"));
                    }
                });
            close = ui.button("Close").clicked();
        });
    if !open || close {
        *summary = None;
    }
}
