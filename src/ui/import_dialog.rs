//! File ▸ Import…: JSONL files, brat folders, W3C and CSV exports and articles into
//! the open project, as one undoable step. Dropping or opening a `.jsonl`,
//! `.jsonld`, `.csv` or `.ann` file or a folder comes here too. The work is done by [`crate::export::import_paths`].
//!
//! (The `impl MarginaliaApp` here is the runner's side of the import commands, kept
//! beside the dialog it serves; the dialog itself draws with a `PanelContext`.)

use std::path::{Path, PathBuf};

use crate::edit::Edit;
use crate::export::{
    ImportError, ImportFormat, ImportOptions, ImportReport, import_paths,
    import_paths_with_progress,
};
use crate::model::Project;

use super::app::MarginaliaApp;
use super::background::TaskOutcome;
use super::command::UiCommand;
use super::dialogs::Dialogs;
use super::state::PanelContext;

/// State of the Import dialog: the paths typed so far (one per line).
#[derive(Debug, Clone, Default)]
pub struct ImportDialog {
    /// Paths, one per line.
    pub paths: String,
    focused_once: bool,
}

/// True for what Open and drag-and-drop hand to the importer rather than open as an
/// article: a folder (brat), a `.jsonl`/`.ndjson`/`.json` file, a `.ann` file, a
/// REFI-QDA `.qdpx` or `.qdc`, a W3C `.jsonld` file, a CSV export.
pub fn wants_import(path: &Path) -> bool {
    matches!(
        ImportFormat::Auto.resolve(path),
        ImportFormat::Jsonl
            | ImportFormat::Brat
            | ImportFormat::Qdpx
            | ImportFormat::W3c
            | ImportFormat::Csv
    )
}

impl MarginaliaApp {
    /// Opens File ▸ Import….
    pub fn open_import_dialog(&mut self) {
        self.dialogs.import = Some(ImportDialog::default());
    }

    /// Imports `paths` into the project as one undoable step (labels the import adds
    /// to the schema included). Shows the first new document. The files are read in
    /// the background, into a copy of the project; edits made meanwhile are kept.
    /// The copy is made on the task's thread, not the window's (a 10,000-article
    /// project is ~90 ms to copy): the thread is handed the editor's shared
    /// project, and takes it without copying when an edit made meanwhile has
    /// already given the editor its own.
    pub fn import_into_project(&mut self, paths: &[PathBuf]) {
        let shared = self.state.editor().shared();
        let options = self.import_options();
        let owned = paths.to_vec();
        let what = match paths {
            [one] => format!(
                "Importing {}",
                one.file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_else(|| one.display().to_string())
            ),
            _ => format!("Importing {} inputs", paths.len()),
        };
        self.start_background(what, move |progress| {
            let mut project = std::sync::Arc::try_unwrap(shared).unwrap_or_else(|s| (*s).clone());
            let result = import_paths_with_progress(
                &mut project,
                &owned,
                ImportFormat::Auto,
                &options,
                progress,
            )
            .map(|report| (Box::new(project), report));
            TaskOutcome::Import {
                paths: owned,
                result,
            }
        });
    }

    /// [`Self::import_into_project`] on the UI thread (the file given at start).
    pub(crate) fn import_now(&mut self, paths: &[PathBuf]) {
        let mut project = self.project().clone();
        let options = self.import_options();
        let result = import_paths(&mut project, paths, ImportFormat::Auto, &options)
            .map(|report| (Box::new(project), report));
        self.finish_import(paths, result);
    }

    fn import_options(&self) -> ImportOptions {
        ImportOptions {
            author: Some(self.state.settings.analyst.clone()).filter(|a| !a.trim().is_empty()),
            ..ImportOptions::default()
        }
    }

    /// Applies an import made into a copy of the project: the new documents and
    /// annotations (and the labels added) as one undoable edit.
    pub(crate) fn finish_import(
        &mut self,
        paths: &[PathBuf],
        result: Result<(Box<Project>, ImportReport), ImportError>,
    ) {
        let (project, report) = match result {
            Ok(r) => r,
            Err(ImportError::Store(crate::store::StoreError::Cancelled)) => {
                self.set_info("Import cancelled: the project is unchanged");
                return;
            }
            Err(e) => {
                self.set_error(format!("Import failed: {e}"));
                return;
            }
        };
        if let Err(e) = self.apply_import(&project, &report) {
            self.set_error(format!("Not imported: {e}"));
            return;
        }
        let note = if report.labels_added.is_empty() {
            String::new()
        } else {
            format!(
                "; labels {} added to the schema",
                report.labels_added.join(", ")
            )
        };
        if let Some(first) = report.documents_added.first().cloned() {
            self.show_document(&first);
        }
        self.note_import_summary(paths, &report); // corpus (issue 12)
        let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        // The reader's warnings (bytes replaced, lines ignored, links skipped): the
        // first one, and how many more.
        let warned = match report.warnings.as_slice() {
            [] => String::new(),
            [one] => format!("; note: {one}"),
            [first, rest @ ..] => format!("; note: {first} (and {} more)", rest.len()),
        };
        self.set_info(format!(
            "Imported {} from {}{note}{warned}",
            report.summary(),
            names.join(", ")
        ));
    }

    /// Applies what `imported` (a copy of the project with the imports) adds: its
    /// new labels, documents, annotations and links, as one undoable edit.
    fn apply_import(
        &mut self,
        imported: &Project,
        report: &ImportReport,
    ) -> Result<(), crate::edit::EditError> {
        let current = self.project();
        let labels = (imported.schema.labels.iter().enumerate())
            .filter(|(_, l)| current.schema.label(&l.id).is_none())
            .map(|(i, label)| Edit::AddLabel {
                label: label.clone(),
                index: Some(i),
            });
        let documents = (report.documents_added.iter())
            .filter_map(|id| imported.document(id).cloned())
            .map(|document| Edit::AddDocument {
                document,
                index: None,
            });
        let known: std::collections::HashSet<&str> =
            current.annotations.iter().map(|a| a.id.as_str()).collect();
        let annotations = (imported.annotations.iter())
            .filter(|a| !known.contains(a.id.as_str()))
            .cloned()
            .map(Edit::AddAnnotation);
        // --- codebook (issue 19): guidelines a REFI codebook gave the labels the
        // project already had, and the project memo it carried ---
        let guides = (imported.schema.labels.iter())
            .filter(|l| !l.description.is_empty() || !l.example.is_empty())
            .filter(|l| {
                current
                    .schema
                    .label(&l.id)
                    .is_some_and(|c| c.description.is_empty() && c.example.is_empty())
            })
            .map(|l| Edit::SetLabelGuide {
                label: l.id.clone(),
                description: l.description.clone(),
                example: l.example.clone(),
            });
        let memo =
            (imported.memo != current.memo).then(|| Edit::SetProjectMemo(imported.memo.clone()));
        // --- end codebook ---
        // Links the import read (issue 13: JSONL relations, brat R lines, W3C
        // linking annotations, CSV attributed_to), after the spans they join.
        let linked: std::collections::HashSet<&crate::model::Link> = current.links.iter().collect();
        let links = (imported.links.iter())
            .filter(|l| !linked.contains(l))
            .map(|link| Edit::AddLink {
                link: link.clone(),
                at: None,
            });
        let edits: Vec<Edit> = labels
            .chain(guides)
            .chain(memo)
            .chain(documents)
            .chain(annotations)
            .chain(links)
            .collect();
        if edits.is_empty() {
            return Ok(());
        }
        self.try_apply(Edit::Batch(edits))
    }
}

/// Draws the Import dialog when it is open.
pub(crate) fn show(cx: &mut PanelContext, dialogs: &mut Dialogs, ctx: &egui::Context) {
    let Some(dialog) = dialogs.import.as_mut() else {
        return;
    };
    let mut go = false;
    let mut close = false;
    let modal = egui::Modal::new(egui::Id::unique("import_dialog")).show(ctx, |ui| {
        ui.set_width(520.0);
        ui.heading("Import into this project");
        ui.label("JSONL files (doccano or Marginalia), brat folders, W3C (.jsonld) or CSV exports, or articles (.txt, .md, .html); one path per line:");
        let edit = ui.add(
            egui::TextEdit::multiline(&mut dialog.paths)
                .desired_rows(3)
                .desired_width(f32::INFINITY)
                .hint_text("/path/to/spans.jsonl"),
        );
        if !dialog.focused_once {
            edit.request_focus();
            dialog.focused_once = true;
        }
        ui.horizontal(|ui| {
            let ready = !dialog.paths.trim().is_empty();
            go |= ui.add_enabled(ready, egui::Button::new("Import")).clicked();
            close |= ui.button("Cancel").clicked();
        });
    });
    if modal.should_close() {
        close = true;
    }
    if go {
        let paths: Vec<PathBuf> = dialog
            .paths
            .lines()
            .map(str::trim)
            .filter(|l| !l.is_empty())
            .map(PathBuf::from)
            .collect();
        dialogs.import = None;
        cx.push(UiCommand::ImportPaths(paths));
    } else if close {
        dialogs.import = None;
    }
}
