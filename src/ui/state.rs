//! The application state, apart from the panels' own state (egui_demo_app's
//! `State`, rerun's `ViewerContext`): the project and its history, its file, the
//! document shown, the selection, the settings, the status line, the derived
//! figures, the safety net and the background task. Panels get it read-only
//! through a [`PanelContext`] and push [`UiCommand`]s; only the end-of-frame
//! runner (`actions.rs` and the files it calls) changes it.

use std::path::{Path, PathBuf};

use crate::edit::Editor;
use crate::model::{Annotation, Document, Project};

use super::background::Background;
use super::command::UiCommand;
use super::derived::Derived;
use super::recovery_guard::Safety;
use super::settings::{Settings, SettingsStore};

/// The status line: the last thing that happened, in one line.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Status {
    /// The message.
    pub text: String,
    /// True when it reports a failure.
    pub is_error: bool,
}

/// What the whole window shares: what panels read and the runner changes.
pub struct AppState {
    /// The project and its undo history; every change goes through it.
    pub(crate) editor: Editor,
    /// The file the project was opened from or last saved to.
    pub(crate) project_path: Option<PathBuf>,
    /// Id of the document shown.
    pub(crate) current_doc: Option<String>,
    /// Id of the selected annotation.
    pub(crate) selected: Option<String>,
    /// Where the selected annotation was last found in `project.annotations`.
    selected_hint: std::cell::Cell<usize>,
    /// Where the shown document was last found in `project.documents` (corpus,
    /// issue 12: panels ask for it every frame; a scan of 10,000 ids each time is
    /// spared).
    current_doc_hint: std::cell::Cell<usize>,
    /// What is remembered between runs.
    pub(crate) settings: Settings,
    /// Where the settings are kept.
    pub(crate) settings_store: SettingsStore,
    /// The saved-projects folder.
    pub(crate) saved_dir: PathBuf,
    /// The `.ron` files in `saved_dir`, as last listed.
    pub(crate) saved_list: Vec<PathBuf>,
    /// Use the system file dialog (rfd) rather than the typed-path dialog.
    pub(crate) native_dialogs: bool,
    /// The status line.
    pub(crate) status: Status,
    /// Counts, sources and authors, recomputed when the project changes.
    pub(crate) derived: Derived,
    /// Autosave, recovery, no-clobber and orphans (`recovery_guard.rs`).
    pub(crate) safety: Safety,
    /// Long work running off the UI thread (open, save, import, export, review).
    pub(crate) background: Background,
    /// The top of the git work tree holding the project file, if it is in one (the
    /// Team menu shows then; team, issue 14). Kept by `MarginaliaApp::follow_git_root`.
    pub(crate) git_root: Option<PathBuf>,
    /// Links between annotations: their index and the link being picked (issue 13).
    pub(crate) links: super::links::LinkState,
    /// The egui context, once the first frame ran (to wake the window when a
    /// background task ends).
    pub(crate) egui_ctx: Option<egui::Context>,
}

impl AppState {
    /// A state on an empty project, with these settings and folders.
    pub(crate) fn new(
        settings: Settings,
        settings_store: SettingsStore,
        saved_dir: PathBuf,
        native_dialogs: bool,
        safety: Safety,
    ) -> Self {
        let saved_list = super::saved_projects::list(&saved_dir);
        AppState {
            editor: Editor::new(Project::default()),
            project_path: None,
            current_doc: None,
            selected: None,
            selected_hint: Default::default(),
            current_doc_hint: Default::default(),
            settings,
            settings_store,
            saved_dir,
            saved_list,
            native_dialogs,
            status: Status::default(),
            derived: Default::default(),
            safety,
            background: Default::default(),
            git_root: None,
            links: Default::default(),
            egui_ctx: None,
        }
    }

    /// The project as it is now.
    pub fn project(&self) -> &Project {
        self.editor.project()
    }

    /// The project with its undo history.
    pub fn editor(&self) -> &Editor {
        &self.editor
    }

    /// The file the project belongs to, if it has been saved or opened from one.
    pub fn project_path(&self) -> Option<&Path> {
        self.project_path.as_deref()
    }

    /// The document shown. Panels ask for it several times a frame, so where it
    /// was last found is tried first (one comparison), then every document.
    pub fn current_document(&self) -> Option<&Document> {
        let id = self.current_doc.as_deref()?;
        let all = &self.project().documents;
        if let Some(d) = all.get(self.current_doc_hint.get()).filter(|d| d.id == id) {
            return Some(d);
        }
        let i = all.iter().position(|d| d.id == id)?;
        self.current_doc_hint.set(i);
        all.get(i)
    }

    /// The selected annotation. Panels ask for it several times a frame, so where it
    /// was last found is tried first (then the editor's id index).
    pub fn selected_annotation(&self) -> Option<&Annotation> {
        let id = self.selected.as_deref()?;
        let all = &self.project().annotations;
        if let Some(a) = all.get(self.selected_hint.get()).filter(|a| a.id == id) {
            return Some(a);
        }
        let i = self.editor.position(id)?;
        self.selected_hint.set(i);
        all.get(i)
    }

    /// Where the selected annotation is in `project.annotations`, if one is.
    pub fn selected_position(&self) -> Option<usize> {
        self.selected_annotation().map(|_| self.selected_hint.get())
    }

    /// The status line.
    pub fn status(&self) -> &Status {
        &self.status
    }

    /// The remembered settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// The window title as it should be now.
    pub fn title(&self) -> String {
        let mark = if self.editor.is_dirty() { "● " } else { "" };
        format!("{mark}{} — Marginalia", self.project().name)
    }

    /// Shows an informational message in the status line.
    pub(crate) fn set_info(&mut self, text: impl Into<String>) {
        self.status = Status {
            text: text.into(),
            is_error: false,
        };
    }

    /// Shows a failure in the status line (one line).
    pub(crate) fn set_error(&mut self, text: impl Into<String>) {
        let text: String = text.into();
        self.status = Status {
            text: super::settings::one_line(&text),
            is_error: true,
        };
    }

    /// Writes the settings; a failure goes to the status line.
    pub(crate) fn save_settings(&mut self) {
        if let Err(e) = self.settings_store.save(&self.settings) {
            self.set_error(e);
        }
    }
}

/// What a panel gets for one frame: the application state to read and the queue
/// of commands to push (run at the end of the frame). The panel's own state is
/// passed beside it.
pub(crate) struct PanelContext<'a> {
    /// The application state, read-only.
    pub state: &'a AppState,
    commands: &'a mut Vec<UiCommand>,
}

impl<'a> PanelContext<'a> {
    /// A context reading `state` and pushing into `commands`.
    pub(crate) fn new(state: &'a AppState, commands: &'a mut Vec<UiCommand>) -> Self {
        PanelContext { state, commands }
    }

    /// Queues `command`, run at the end of the frame.
    pub(crate) fn push(&mut self, command: UiCommand) {
        self.commands.push(command);
    }

    /// Queues an informational message for the status line.
    pub(crate) fn info(&mut self, text: impl Into<String>) {
        self.push(UiCommand::ShowStatus {
            text: text.into(),
            is_error: false,
        });
    }

    /// Queues a failure for the status line.
    pub(crate) fn error(&mut self, text: impl Into<String>) {
        self.push(UiCommand::ShowStatus {
            text: text.into(),
            is_error: true,
        });
    }
}
