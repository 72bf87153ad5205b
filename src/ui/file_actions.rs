//! The file side of the window's commands: the open and save dialogs, opening a
//! path, replacing the project (after asking about unsaved work), and saving.
//! Every failure ends as one line in the status bar.

use std::path::{Path, PathBuf};

use crate::edit::Edit;
use crate::model::Project;
use crate::store::Opened;

use super::app::MarginaliaApp;
use super::command::UiCommand;
use super::dialogs::{AfterUnsaved, PathDialog};
use super::file_dialog::{DialogOutcome, DialogPurpose, FileDialogTask};

impl MarginaliaApp {
    pub(crate) fn open_dialog(&mut self, ctx: &egui::Context) {
        if self.file_dialog.is_some() {
            self.set_info("A file dialog is already open");
            return;
        }
        if !self.native_dialogs {
            self.dialogs.path = Some(PathDialog::open(String::new(), None));
            return;
        }
        self.file_dialog = Some(FileDialogTask::spawn(
            DialogPurpose::Open,
            self.saved_dir.clone(),
            String::new(),
            ctx.clone(),
        ));
        self.set_info("Choose a file in the dialog…");
    }

    pub(crate) fn save_as_dialog(&mut self, ctx: &egui::Context) {
        let suggested =
            super::saved_projects::suggested_path(&self.saved_dir, &self.project().name);
        let proposal = self.project_path.clone().unwrap_or(suggested);
        if self.file_dialog.is_some() {
            self.set_info("A file dialog is already open");
            return;
        }
        if !self.native_dialogs {
            self.dialogs.path = Some(PathDialog::save(proposal.display().to_string(), None));
            return;
        }
        let dir = proposal
            .parent()
            .map(Path::to_path_buf)
            .unwrap_or_else(|| self.saved_dir.clone());
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
            DialogOutcome::Cancelled(_) => {
                self.dialogs.close_after_save = false;
                self.set_info("Cancelled");
            }
            DialogOutcome::Unavailable(purpose) => {
                let why = "No file dialog could be shown (it needs an XDG desktop portal or zenity): type a path instead";
                self.set_error(why);
                self.dialogs.path = Some(match purpose {
                    DialogPurpose::Open => PathDialog::open(String::new(), Some(why.into())),
                    DialogPurpose::Save => PathDialog::save(
                        super::saved_projects::suggested_path(
                            &self.saved_dir,
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
    /// changes) or an article (added to the current project as a new document).
    pub(crate) fn open_file(&mut self, path: &Path) {
        if super::import_dialog::wants_import(path) {
            self.import_into_project(&[path.to_path_buf()]);
            return;
        }
        match crate::store::open_path(path) {
            Ok(Opened::Project(project)) => self.replace_checked(AfterUnsaved::OpenProject(
                Box::new(project),
                path.to_path_buf(),
            )),
            Ok(Opened::Article {
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
            Err(e) => self.set_error(e.to_string()),
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
        self.settings.remember(path);
        self.save_settings();
    }

    /// Runs `after` now, or asks first when there are unsaved changes.
    pub(crate) fn replace_checked(&mut self, after: AfterUnsaved) {
        if self.editor.is_dirty() {
            self.dialogs.unsaved = Some(after);
        } else {
            self.continue_after_unsaved(after);
        }
    }

    /// Carries out what waited for the unsaved-changes prompt.
    pub(crate) fn continue_after_unsaved(&mut self, after: AfterUnsaved) {
        match after {
            AfterUnsaved::NewProject => {
                self.replace_project_silently(Project::default(), None);
                self.set_info("New project: open an article, drop one here or paste one (Ctrl+V)");
            }
            AfterUnsaved::OpenProject(project, path) => {
                self.replace_project(*project, Some(path.clone()), &path);
            }
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
        let problems = crate::store::check_project(self.project());
        if let Some(first) = problems.first() {
            self.set_error(format!(
                "Opened {} with {} problem(s): {first}",
                opened.display(),
                problems.len()
            ));
        }
    }

    pub(crate) fn replace_project_silently(&mut self, project: Project, file: Option<PathBuf>) {
        self.safety.opened(file.as_deref());
        self.safety.show_orphans = project.annotations.iter().any(|a| a.orphaned);
        self.editor.replace(project);
        self.project_path = file;
        self.view = Default::default();
        self.selected = None;
        self.find = Default::default();
        self.current_doc = self.project().documents.first().map(|d| d.id.clone());
    }

    /// Saves to `path` and makes it the project's file. A failure leaves the file
    /// as it was and says why.
    pub(crate) fn save_to(&mut self, path: &Path) {
        // The default folder is made on first use; any other missing folder is an
        // error the analyst should see.
        if path.parent() == Some(self.saved_dir.as_path())
            && let Err(e) = std::fs::create_dir_all(&self.saved_dir)
        {
            self.set_error(format!(
                "Not saved: cannot create {}: {e}",
                self.saved_dir.display()
            ));
            return;
        }
        let mut project = self.project().clone();
        project.sort_annotations();
        match super::recovery_guard::save_checked(self, path, &project) {
            Ok(()) => {
                self.editor.mark_saved();
                self.project_path = Some(path.to_path_buf());
                self.set_info(format!(
                    "Saved {} ({} annotations)",
                    path.display(),
                    project.annotations.len()
                ));
                self.settings.remember(path);
                self.save_settings();
                self.saved_list = super::saved_projects::list(&self.saved_dir);
                if self.dialogs.close_after_save {
                    self.dialogs.close_after_save = false;
                    self.continue_after_unsaved(AfterUnsaved::CloseWindow);
                }
            }
            Err(e) => {
                self.dialogs.close_after_save = false;
                self.set_error(format!("Not saved: {e}"));
            }
        }
    }
}
