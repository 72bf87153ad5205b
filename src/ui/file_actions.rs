//! The file side of the window's commands: the open and save dialogs, opening a
//! path, replacing the project (after asking about unsaved work); saving is in
//! `save_actions.rs`. Every failure ends as one line in the status bar.
//!
//! (Methods of [`MarginaliaApp`]: they are the runner's, called from `actions.rs`
//! for file commands; they change the application state and open dialogs, the
//! panels' state, so they take the whole app.)

use std::path::{Path, PathBuf};

use crate::edit::Edit;
use crate::model::Project;
use crate::store::StoreError;

use super::app::MarginaliaApp;
use super::background::{OpenedFile, TaskOutcome};
use super::command::UiCommand;
use super::dialogs::{AfterUnsaved, PathDialog};
use super::file_dialog::{DialogOutcome, DialogPurpose, FileDialogTask};
use super::install::NewProject;

impl MarginaliaApp {
    pub(crate) fn open_dialog(&mut self, ctx: &egui::Context) {
        if self.file_dialog.is_some() {
            self.set_info("A file dialog is already open");
            return;
        }
        if !self.state.native_dialogs {
            self.dialogs.path = Some(PathDialog::open(String::new(), None));
            return;
        }
        self.file_dialog = Some(FileDialogTask::spawn(
            DialogPurpose::Open,
            self.state.saved_dir.clone(),
            String::new(),
            ctx.clone(),
        ));
        self.set_info("Choose a file in the dialog…");
    }

    pub(crate) fn save_as_dialog(&mut self, ctx: &egui::Context) {
        let suggested =
            super::saved_projects::suggested_path(&self.state.saved_dir, &self.project().name);
        let proposal = self.state.project_path.clone().unwrap_or(suggested);
        if self.file_dialog.is_some() {
            self.set_info("A file dialog is already open");
            return;
        }
        if !self.state.native_dialogs {
            self.dialogs.path = Some(PathDialog::save(proposal.display().to_string(), None));
            return;
        }
        let dir = proposal
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| self.state.saved_dir.clone());
        let _ = std::fs::create_dir_all(&dir);
        let name = proposal
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| "project.ron".into());
        self.file_dialog = Some(FileDialogTask::spawn(
            DialogPurpose::Save,
            dir,
            name,
            ctx.clone(),
        ));
        self.set_info("Choose where to save in the dialog…");
    }

    /// Starts the system dialog that picks the Export dialog's destination (a file,
    /// or a folder for brat), starting where the typed destination points.
    pub(crate) fn browse_export_destination(&mut self, ctx: &egui::Context) {
        let Some(export) = self.dialogs.export.as_ref() else {
            return;
        };
        if self.file_dialog.is_some() {
            self.set_info("A file dialog is already open");
            return;
        }
        let folder = export.format == crate::export::ExportFormat::Brat;
        let (dir, name) = super::browse_save::dialog_start(&export.path, &self.state.saved_dir);
        let purpose = if folder {
            DialogPurpose::ExportFolder
        } else {
            DialogPurpose::ExportFile
        };
        self.file_dialog = Some(FileDialogTask::spawn(purpose, dir, name, ctx.clone()));
        self.set_info("Choose where to export in the dialog…");
    }

    /// Checks the running file dialog and acts on its answer.
    pub(crate) fn poll_file_dialog(&mut self) {
        let Some(outcome) = self.file_dialog.as_ref().and_then(FileDialogTask::poll) else {
            return;
        };
        self.file_dialog = None;
        match outcome {
            DialogOutcome::Picked(DialogPurpose::Open, path) => {
                self.commands.push(UiCommand::OpenFile(path));
            }
            DialogOutcome::Picked(DialogPurpose::Save, path) => {
                let path = if path.extension().is_none() {
                    path.with_extension("ron")
                } else {
                    path
                };
                self.commands.push(UiCommand::SaveTo(path));
            }
            DialogOutcome::Picked(
                DialogPurpose::ExportFile | DialogPurpose::ExportFolder,
                path,
            ) => {
                if let Some(export) = self.dialogs.export.as_mut() {
                    export.path = path.display().to_string();
                    export.outcome = None;
                }
            }
            // corpus (issue 12): File ▸ Import folder…
            DialogOutcome::Picked(DialogPurpose::ImportFolder, path) => {
                self.commands.push(UiCommand::ImportPaths(vec![path]));
            }
            DialogOutcome::Unavailable(DialogPurpose::ImportFolder) => {
                self.import_folder_typed(Some(
                    "No folder dialog could be shown (it needs an XDG desktop portal or zenity): type the folder's path instead",
                ));
            }
            // corpus (issue 12): the search panel's "Browse…" for its hits file.
            DialogOutcome::Picked(DialogPurpose::SearchHitsFile, path) => {
                self.search_hits_file_picked(Some(path));
            }
            DialogOutcome::Unavailable(DialogPurpose::SearchHitsFile) => {
                self.search_hits_file_picked(None);
            }
            // issue 13: the source analytics' "Browse…" for its CSV file.
            DialogOutcome::Picked(DialogPurpose::SourceReportFile, path) => {
                self.source_report_file_picked(Some(path));
            }
            DialogOutcome::Unavailable(DialogPurpose::SourceReportFile) => {
                self.source_report_file_picked(None);
            }
            DialogOutcome::Cancelled(_) => {
                self.dialogs.close_after_save = false;
                self.set_info("Cancelled");
            }
            DialogOutcome::Unavailable(DialogPurpose::ExportFile | DialogPurpose::ExportFolder) => {
                let why = "No file dialog could be shown (it needs an XDG desktop portal or zenity): type the destination instead";
                self.set_error(why);
                if let Some(export) = self.dialogs.export.as_mut() {
                    export.outcome = Some(Err(why.into()));
                }
            }
            DialogOutcome::Unavailable(purpose) => {
                let why = "No file dialog could be shown (it needs an XDG desktop portal or zenity): type a path instead";
                self.set_error(why);
                self.dialogs.path = Some(match purpose {
                    DialogPurpose::Open => PathDialog::open(String::new(), Some(why.into())),
                    DialogPurpose::Save
                    | DialogPurpose::ExportFile
                    | DialogPurpose::ExportFolder
                    | DialogPurpose::ImportFolder
                    | DialogPurpose::SearchHitsFile
                    | DialogPurpose::SourceReportFile => PathDialog::save(
                        super::saved_projects::suggested_path(
                            &self.state.saved_dir,
                            &self.project().name,
                        )
                        .display()
                        .to_string(),
                        Some(why.into()),
                    ),
                });
            }
        }
    }

    /// Opens a project (replacing the current one, after asking about unsaved
    /// changes) or an article (added to the current project as a new document). The
    /// file is read in the background; a `.ron` project asks about unsaved changes
    /// before it is read.
    pub(crate) fn open_file(&mut self, path: &Path) {
        if super::import_dialog::wants_import(path) {
            self.import_into_project(&[path.to_path_buf()]);
            return;
        }
        let is_project = path
            .extension()
            .is_some_and(|e| e.eq_ignore_ascii_case("ron"));
        if is_project && self.state.editor.is_dirty() {
            self.dialogs.unsaved = Some(AfterUnsaved::LoadProject(path.to_path_buf()));
            return;
        }
        self.start_open(path, None, false);
    }

    /// Reads `path` in the background. `approved`: the editor generation the analyst
    /// agreed to replace; `at_start`: the file given on the command line.
    pub(crate) fn start_open(&mut self, path: &Path, approved: Option<u64>, at_start: bool) {
        let owned = path.to_path_buf();
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_else(|| path.display().to_string());
        self.start_background(format!("Opening {name}"), move |progress| {
            let result = super::background::open_with_progress(&owned, progress);
            TaskOutcome::Open {
                path: owned,
                approved,
                at_start,
                result,
            }
        });
    }

    /// What to do with a file read in the background.
    pub(crate) fn finish_open(
        &mut self,
        path: &Path,
        approved: Option<u64>,
        at_start: bool,
        result: Result<OpenedFile, StoreError>,
    ) {
        match result {
            Err(StoreError::Cancelled) => {
                self.set_info(format!("Opening {} cancelled", path.display()));
            }
            Err(e) => {
                if at_start {
                    eprintln!(
                        "marginalia: {}",
                        crate::model::printable_line(&e.to_string())
                    );
                }
                self.set_error(e.to_string());
            }
            Ok(OpenedFile::Project(project, state)) => {
                let agreed = approved == Some(self.state.editor.generation());
                if self.state.editor.is_dirty() && !agreed {
                    // Changed while it was read (or never asked): ask now.
                    self.dialogs.unsaved =
                        Some(AfterUnsaved::OpenProject(project, path.to_path_buf()));
                    return;
                }
                // Checked while loading; the state is that of the very bytes read
                // (the 33 MB file is not read and hashed again on the UI thread).
                self.install(NewProject {
                    disk_state: Some(state),
                    ..NewProject::saved(*project, Some(path.to_path_buf()))
                });
                self.note_opened(path, &[]);
                super::review::announce_comments(self);
                super::review::conflicts::announce_conflicts(self);
            }
            Ok(OpenedFile::Article { document, notes }) if at_start => {
                let mut project = Project::new(document.title.clone());
                project.documents.push(document);
                self.replace_project(project, None, path);
                self.note_opened(path, &notes);
            }
            Ok(OpenedFile::Article {
                mut document,
                notes,
            }) => {
                // The same article opened again (recent files, a second drop): show
                // the copy already there rather than split the work over two.
                let existing = self
                    .project()
                    .documents
                    .iter()
                    .find(|d| d.text == document.text)
                    .map(|d| (d.id.clone(), d.title.clone()));
                if let Some((id, title)) = existing {
                    self.show_document(&id);
                    self.set_info(format!(
                        "{} is already in the project as “{title}”",
                        path.display()
                    ));
                    return;
                }
                document.id = self.project().unique_document_id(&document.title);
                let id = document.id.clone();
                if self.apply_edit(Edit::AddDocument {
                    document,
                    index: None,
                }) {
                    self.show_document(&id);
                    self.note_opened(path, &notes);
                }
            }
        }
    }

    /// Says in the status line that `path` was opened, with the decoding notes, and
    /// remembers it as a recent file.
    pub(crate) fn note_opened(&mut self, path: &Path, notes: &[String]) {
        let mut text = format!("Opened {}", path.display());
        if !notes.is_empty() {
            text.push_str(&format!(" ({})", notes.join("; ")));
        }
        self.set_info(text);
        self.state.settings.remember(path);
        self.save_settings();
    }

    /// Runs `after` now, or asks first when there are unsaved changes.
    pub(crate) fn replace_checked(&mut self, after: AfterUnsaved) {
        if self.state.editor.is_dirty() {
            self.dialogs.unsaved = Some(after);
        } else {
            self.continue_after_unsaved(after);
        }
    }

    /// Carries out what waited for the unsaved-changes prompt.
    /// "Discard" in the unsaved-changes prompt: the recovery file of the work goes
    /// (see `Safety::discarded`), then what waited goes on.
    pub(crate) fn discard_unsaved(&mut self, after: AfterUnsaved) {
        let path = self.state.project_path.clone();
        let generation = self.state.editor.generation();
        self.state.safety.discarded(path.as_deref(), generation);
        self.continue_after_unsaved(after);
    }

    /// "Save" in the unsaved-changes prompt: what waited goes on once the save
    /// succeeds (see `finish_save`). Without a file, Save As first; only closing
    /// waits for it (other actions are dropped, the analyst repeats them once saved).
    pub(crate) fn save_then(&mut self, ctx: &egui::Context, after: AfterUnsaved) {
        match self.state.project_path.clone() {
            Some(path) => {
                self.dialogs.after_save = Some(after);
                self.save_to(&path);
            }
            None => {
                self.dialogs.close_after_save = matches!(after, AfterUnsaved::CloseWindow);
                self.save_as_dialog(ctx);
            }
        }
    }

    pub(crate) fn continue_after_unsaved(&mut self, after: AfterUnsaved) {
        match after {
            AfterUnsaved::NewProject => {
                self.replace_project_silently(Project::default(), None);
                self.set_info("New project: open an article, drop one here or paste one (Ctrl+V)");
            }
            AfterUnsaved::OpenProject(project, path) => {
                self.replace_project(*project, Some(path.clone()), &path);
            }
            AfterUnsaved::LoadProject(path) => {
                let generation = self.state.editor.generation();
                self.start_open(&path, Some(generation), false);
            }
            AfterUnsaved::Sync => self.team_sync(),
            AfterUnsaved::CloseWindow => {
                self.allow_close = true;
                self.commands.push(UiCommand::Quit);
            }
        }
    }

    /// Replaces the project and says so.
    pub(crate) fn replace_project(
        &mut self,
        project: Project,
        file: Option<PathBuf>,
        opened: &Path,
    ) {
        self.replace_project_silently(project, file);
        self.note_opened(opened, &[]);
        super::review::announce_comments(self);
        super::review::conflicts::announce_conflicts(self);
        let problems = crate::store::check_project(self.project());
        if let Some(first) = problems.first() {
            self.set_error(format!(
                "Opened {} with {}: {first}",
                opened.display(),
                crate::model::text::plural(problems.len(), "problem")
            ));
        }
    }

    /// Replaces the project with `project`, saved as `file` (see [`Self::install`]).
    pub(crate) fn replace_project_silently(&mut self, project: Project, file: Option<PathBuf>) {
        self.install(NewProject::saved(project, file));
    }
}
