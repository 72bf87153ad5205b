//! The app's read accessors, for tests (`egui_kittest` drives the real app and reads
//! its state through these) and the few callers outside the window's runner: each
//! one reads [`AppState`] or a panel's state, none changes the project.

use std::path::Path;

use super::app::{AppState, MarginaliaApp, Status};
use super::command::UiCommand;
use super::document_view::DocumentView;
use super::settings::Settings;
use crate::edit::Editor;
use crate::model::{Annotation, Document, Project};

impl MarginaliaApp {
    /// The application state (what panels read).
    pub fn app_state(&self) -> &AppState {
        &self.state
    }

    /// The project as it is now.
    pub fn project(&self) -> &Project {
        self.state.project()
    }

    /// The project with its undo history.
    pub fn editor(&self) -> &Editor {
        self.state.editor()
    }

    /// The file the project belongs to, if it has been saved or opened from one.
    pub fn project_path(&self) -> Option<&Path> {
        self.state.project_path()
    }

    /// The document shown.
    pub fn current_document(&self) -> Option<&Document> {
        self.state.current_document()
    }

    /// The selected annotation.
    pub fn selected_annotation(&self) -> Option<&Annotation> {
        self.state.selected_annotation()
    }

    /// The document view (per-document selection, scroll, screen positions).
    pub fn view(&self) -> &DocumentView {
        &self.view
    }

    /// The document view, mutable (tests set selections through it).
    pub fn view_mut(&mut self) -> &mut DocumentView {
        &mut self.view
    }

    /// Screen rectangle of char `offset` of the current document, once drawn.
    pub fn char_screen_rect(&self, offset: usize) -> Option<egui::Rect> {
        let doc = self.state.current_doc.as_deref()?;
        self.view.char_screen_rect(doc, offset)
    }

    /// The status line.
    pub fn status(&self) -> &Status {
        self.state.status()
    }

    /// The remembered settings.
    pub fn settings(&self) -> &Settings {
        self.state.settings()
    }

    /// Sets the analyst's name (as the name prompt does) and remembers it.
    pub fn set_analyst(&mut self, name: &str) {
        self.state.settings.analyst = name.trim().to_string();
        self.state.save_settings();
    }

    /// Queues a command, run at the end of the next frame.
    pub fn push_command(&mut self, command: UiCommand) {
        self.commands.push(command);
    }

    /// True when the unsaved-changes prompt is showing.
    pub fn is_asking_about_unsaved_changes(&self) -> bool {
        self.dialogs.unsaved.is_some()
    }

    /// True when the attribution source popup is showing.
    pub fn is_asking_for_source(&self) -> bool {
        self.dialogs.source.is_some()
    }

    /// The current find match of the shown document (char range), if the find bar
    /// is open and has one.
    pub fn find_match(&self) -> Option<(usize, usize)> {
        let (doc, s, e) = self.find.current_range().filter(|_| self.find.open)?;
        (self.state.current_doc.as_deref() == Some(doc.as_str())).then_some((s, e))
    }

    /// The window title as it should be now.
    pub fn title(&self) -> String {
        self.state.title()
    }
}
