//! File ▸ Export…: format, scope (this document / all documents / what the
//! annotation list shows), offset unit and a typed destination; after exporting, the
//! dialog confirms how many spans went where. The work is done by
//! [`crate::export`] (the job that runs on the background thread is
//! [`crate::export::ExportJob`]); this file only gathers the choices.
//!
//! (The `impl MarginaliaApp` here is the runner's side of the export commands, kept
//! beside the dialog it serves; the dialog itself draws with a `PanelContext`.)

use std::path::{Path, PathBuf};

use crate::export::{ExportError, ExportFormat, ExportJob, JobScope};
use crate::model::OffsetUnit;

use super::app::MarginaliaApp;
use super::background::TaskOutcome;
use super::command::UiCommand;
use super::dialogs::Dialogs;
use super::state::PanelContext;

/// Which annotations an export from the window covers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportScope {
    /// The document shown, all its annotations.
    CurrentDocument,
    /// Every document of the project.
    AllDocuments,
    /// Exactly the rows the annotation list shows (its filters applied).
    ListShown,
}

impl ExportScope {
    fn label(self) -> &'static str {
        match self {
            ExportScope::CurrentDocument => "This document",
            ExportScope::AllDocuments => "All documents",
            ExportScope::ListShown => "What the list shows",
        }
    }
}

/// State of the Export dialog.
#[derive(Debug, Clone)]
pub struct ExportDialog {
    /// The format.
    pub format: ExportFormat,
    /// What to export.
    pub scope: ExportScope,
    /// Offset unit (jsonl, csv, conll).
    pub unit: OffsetUnit,
    /// The destination typed so far (a file; a folder for brat).
    pub path: String,
    /// The last export's result: the confirmation, or why it failed.
    pub outcome: Option<Result<String, String>>,
}

impl ExportDialog {
    /// A dialog for jsonl of all documents, to a file beside `project_path` (or in
    /// `fallback_dir`) named after the project.
    pub fn new(project_path: Option<&Path>, fallback_dir: &Path, project_name: &str) -> Self {
        let stem = project_path
            .and_then(|p| p.file_stem())
            .map(|s| s.to_string_lossy().into_owned())
            .unwrap_or_else(|| {
                let s = crate::model::slug(project_name);
                if s.is_empty() { "export".into() } else { s }
            });
        // A project opened by a relative name ("p.ron") lives in the current folder:
        // its export goes beside it, not to the fallback folder.
        let dir = project_path
            .and_then(|p| std::path::absolute(p).ok())
            .and_then(|p| p.parent().map(Path::to_path_buf))
            .filter(|d| !d.as_os_str().is_empty())
            .unwrap_or_else(|| fallback_dir.to_path_buf());
        ExportDialog {
            format: ExportFormat::Jsonl,
            scope: ExportScope::AllDocuments,
            unit: OffsetUnit::Chars,
            path: dir.join(format!("{stem}.jsonl")).display().to_string(),
            outcome: None,
        }
    }

    /// Switches the format and the destination's extension with it.
    pub fn set_format(&mut self, format: ExportFormat) {
        let old = self.format;
        self.format = format;
        let path = PathBuf::from(self.path.trim());
        let base = if old == ExportFormat::Brat {
            path.clone()
        } else if path.extension().map(|e| e.to_string_lossy()) == Some(old.extension().into()) {
            path.with_extension("")
        } else {
            return;
        };
        let new = if format == ExportFormat::Brat {
            base
        } else {
            base.with_extension(format.extension())
        };
        self.path = new.display().to_string();
    }
}

impl MarginaliaApp {
    /// Opens File ▸ Export… with defaults from the project.
    pub fn open_export_dialog(&mut self) {
        let name = self.project().name.clone();
        self.dialogs.export = Some(ExportDialog::new(
            self.state.project_path.as_deref(),
            &self.state.saved_dir,
            &name,
        ));
    }

    /// The Export dialog, when open (tests set its fields through this).
    pub fn export_dialog_mut(&mut self) -> Option<&mut ExportDialog> {
        self.dialogs.export.as_mut()
    }

    /// Runs the export the dialog describes, in the background (on a snapshot of
    /// the project); the confirmation or the reason for a failure goes to the dialog
    /// and the status line when it ends.
    pub fn run_export(&mut self) {
        let Some(dialog) = self.dialogs.export.clone() else {
            return;
        };
        if self.state.background.is_busy() {
            self.refuse_busy();
            return;
        }
        let job = match self.export_job(&dialog) {
            Ok(job) => job,
            Err(e) => {
                self.finish_export(Err(e), false);
                return;
            }
        };
        if let Some(d) = self.dialogs.export.as_mut() {
            d.outcome = None;
        }
        let what = format!(
            "Exporting {}",
            job.path
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| job.path.display().to_string())
        );
        self.start_background(what, move |progress| {
            let result = job.run(progress);
            let cancelled = matches!(result, Err(ExportError::Cancelled));
            TaskOutcome::Export {
                result: result.map_err(|e| match e {
                    ExportError::Cancelled => format!(
                        "Export cancelled: {} was left as it was",
                        job.path.display()
                    ),
                    e => format!("Export failed: {e}"),
                }),
                cancelled,
            }
        });
    }

    /// Shows how an export ended, in the dialog and the status line.
    pub(crate) fn finish_export(&mut self, outcome: Result<String, String>, cancelled: bool) {
        match &outcome {
            Ok(text) => self.set_info(text.clone()),
            Err(e) if cancelled => self.set_info(e.clone()),
            Err(e) => self.set_error(e.clone()),
        }
        if let Some(d) = self.dialogs.export.as_mut() {
            d.outcome = Some(outcome);
        }
    }

    /// What the dialog asks for, with a snapshot of the project, ready to run on
    /// another thread; or why it cannot run.
    fn export_job(&mut self, dialog: &ExportDialog) -> Result<ExportJob, String> {
        let path = PathBuf::from(dialog.path.trim());
        if path.as_os_str().is_empty() {
            return Err("Export: type where to write".into());
        }
        if let Some(p) = self.state.project_path.as_deref()
            && let (Ok(a), Ok(b)) = (path.canonicalize(), p.canonicalize())
            && a == b
        {
            return Err(format!(
                "Export: {} is the project file itself",
                p.display()
            ));
        }
        let scope = match dialog.scope {
            ExportScope::AllDocuments => JobScope::All,
            ExportScope::CurrentDocument => match self.state.current_doc.clone() {
                Some(doc) => JobScope::Document(doc),
                None => return Err("Export: no document is shown".into()),
            },
            ExportScope::ListShown => {
                let generation = self.state.editor.generation();
                let doc = self.state.current_doc.clone();
                JobScope::Rows(
                    self.list
                        .rows(
                            self.state.editor.project(),
                            generation,
                            doc.as_deref(),
                            self.state.editor.changes(),
                        )
                        .to_vec(),
                )
            }
        };
        Ok(ExportJob {
            project: self.state.editor.shared(),
            scope,
            format: dialog.format,
            unit: dialog.unit,
            path,
        })
    }
}

/// Draws the Export dialog when it is open.
pub(crate) fn show(cx: &mut PanelContext, dialogs: &mut Dialogs, ctx: &egui::Context) {
    // The status bar is behind the modal: the running export shows its progress and
    // Cancel here.
    let running = cx.state.background.state();
    let native_dialogs = cx.state.native_dialogs;
    let Some(dialog) = dialogs.export.as_mut() else {
        return;
    };
    let mut browse = false;
    let mut export = false;
    let mut close = false;
    let mut cancel = false;
    let modal = egui::Modal::new(egui::Id::unique("export_dialog")).show(ctx, |ui| {
        ui.set_width(520.0);
        ui.heading("Export labeled spans");
        ui.label("Format:");
        ui.horizontal_wrapped(|ui| {
            for f in ExportFormat::ALL {
                if ui.radio(dialog.format == f, format_name(f)).clicked() {
                    dialog.set_format(f);
                }
            }
        });
        ui.label("Scope:");
        ui.horizontal_wrapped(|ui| {
            for s in [
                ExportScope::CurrentDocument,
                ExportScope::AllDocuments,
                ExportScope::ListShown,
            ] {
                ui.radio_value(&mut dialog.scope, s, s.label());
            }
        });
        ui.add_enabled_ui(dialog.format.honours_unit(), |ui| {
            ui.label("Offsets:");
            ui.horizontal(|ui| {
                ui.radio_value(&mut dialog.unit, OffsetUnit::Chars, "chars (code points)");
                ui.radio_value(&mut dialog.unit, OffsetUnit::Utf16, "UTF-16 units");
                ui.radio_value(&mut dialog.unit, OffsetUnit::Bytes, "UTF-8 bytes");
            });
        });
        if !dialog.format.honours_unit() {
            ui.weak("brat, W3C and REFI-QDA always count code points.");
        }
        ui.label(if dialog.format == ExportFormat::Brat {
            "Destination folder:"
        } else {
            "Destination file:"
        });
        let edit = ui
            .horizontal(|ui| {
                browse |= ui
                    .add_enabled(native_dialogs, egui::Button::new("Browse…"))
                    .on_disabled_hover_text(
                        "No file dialog here (it needs an XDG desktop portal or zenity): type the path",
                    )
                    .clicked();
                ui.add(
                    egui::TextEdit::singleline(&mut dialog.path)
                        .desired_width(f32::INFINITY)
                        .hint_text("/path/to/export"),
                )
            })
            .inner;
        if edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            export = true;
        }
        match &dialog.outcome {
            Some(Ok(text)) => {
                ui.colored_label(ui.visuals().hyperlink_color, text);
            }
            Some(Err(text)) => {
                ui.colored_label(ui.visuals().error_fg_color, text);
            }
            None => {}
        }
        if let Some((what, state)) = &running {
            ui.horizontal(|ui| {
                cancel = super::status_bar::progress_bar(ui, what, state);
            });
        }
        ui.horizontal(|ui| {
            let ready = !dialog.path.trim().is_empty() && running.is_none();
            export |= ui.add_enabled(ready, egui::Button::new("Export")).clicked();
            close |= ui.button("Close").clicked();
        });
    });
    if modal.should_close() && running.is_none() {
        close = true;
    }
    if cancel {
        cx.push(UiCommand::CancelBackgroundTask);
    } else if browse {
        cx.push(UiCommand::BrowseExportDestination);
    } else if export {
        cx.push(UiCommand::RunExport);
    } else if close {
        dialogs.export = None;
    }
}

fn format_name(f: ExportFormat) -> &'static str {
    match f {
        ExportFormat::Jsonl => "JSONL",
        ExportFormat::Csv => "CSV",
        ExportFormat::CsvExcel => "CSV for Excel (UTF-8 with BOM)",
        ExportFormat::Brat => "brat",
        ExportFormat::W3c => "W3C",
        ExportFormat::Conll => "CoNLL",
        ExportFormat::Qdpx => "REFI-QDA (.qdpx)",
        ExportFormat::Qdc => "REFI-QDA codebook (.qdc)", // codebook (issue 19)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn destination_follows_the_format() {
        let mut d = ExportDialog::new(Some(Path::new("/w/parade.ron")), Path::new("/s"), "x");
        assert_eq!(d.path, "/w/parade.jsonl");
        d.set_format(ExportFormat::Csv);
        assert_eq!(d.path, "/w/parade.csv");
        d.set_format(ExportFormat::CsvExcel);
        assert_eq!(d.path, "/w/parade.csv");
        d.set_format(ExportFormat::Brat);
        assert_eq!(d.path, "/w/parade");
        d.set_format(ExportFormat::W3c);
        assert_eq!(d.path, "/w/parade.jsonld");
        d.path = "/elsewhere/mine.txt".into();
        d.set_format(ExportFormat::Conll);
        assert_eq!(d.path, "/elsewhere/mine.txt");
        let d = ExportDialog::new(None, Path::new("/s"), "Parade 조선");
        assert_eq!(d.path, "/s/parade-조선.jsonl");
    }

    #[test]
    fn a_project_opened_by_a_relative_name_exports_beside_itself() {
        let d = ExportDialog::new(Some(Path::new("p.ron")), Path::new("/s"), "x");
        let want = std::env::current_dir().unwrap().join("p.jsonl");
        assert_eq!(d.path, want.display().to_string());
    }
}
