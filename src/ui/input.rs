//! Input that is not a widget's: keyboard shortcuts (from the [`UiCommand`] list),
//! the window's close request, files dropped on the window and pasted text.
//!
//! (Methods of [`MarginaliaApp`]: run once per frame by the app before the panels
//! draw, they read egui's input and push commands, or answer the close request,
//! which needs the dialogs' state and the application state together.)

use super::app::MarginaliaApp;
use super::command::{UiCommand, shortcut_table};

impl MarginaliaApp {
    pub(super) fn handle_shortcuts(&mut self, ctx: &egui::Context) {
        let schema = self.project().schema.clone();
        let table = shortcut_table(&UiCommand::listed(&schema), &schema);
        let in_text_field = ctx.text_edit_focused() || self.text_field_had_focus;
        let has_selection = self.selected_annotation().is_some();
        // Suggestions (issue 11): Enter, Backspace, Tab act only while they are shown.
        let suggesting = self.state.settings.suggestions_on;
        for (shortcut, command) in table {
            if in_text_field && !command.works_in_text_field() {
                continue;
            }
            if command.needs_selected_annotation() && !has_selection {
                continue;
            }
            if let UiCommand::Suggest(c) = &command
                && c.needs_suggestions()
                && !suggesting
            {
                continue;
            }
            if ctx.input_mut(|i| i.consume_shortcut(&shortcut)) {
                self.commands.push(command);
            }
        }
    }

    pub(super) fn handle_close_request(&mut self, ctx: &egui::Context) {
        if !ctx.input(|i| i.viewport().close_requested()) {
            return;
        }
        if self.allow_close || !self.state.editor.is_dirty() {
            return;
        }
        ctx.send_viewport_cmd(egui::ViewportCommand::CancelClose);
        if self.state.background.is_busy() {
            // A save may be running: wait for it rather than ask.
            self.refuse_busy();
            return;
        }
        self.dialogs.unsaved = Some(super::dialogs::AfterUnsaved::CloseWindow);
    }

    pub(super) fn handle_dropped_files(&mut self, ctx: &egui::Context) {
        let dropped = ctx.input(|i| i.raw.dropped_files.clone());
        for file in dropped {
            self.commands
                .push(UiCommand::OpenFile(file.path().to_path_buf()));
        }
    }

    pub(super) fn handle_paste(&mut self, ctx: &egui::Context) {
        let awaiting = self.dialogs.awaiting_paste;
        if !awaiting && ctx.text_edit_focused() {
            return;
        }
        let pasted: Vec<String> = ctx.input(|i| {
            i.events
                .iter()
                .filter_map(|e| match e {
                    egui::Event::Paste(text) => Some(text.clone()),
                    _ => None,
                })
                .collect()
        });
        if pasted.is_empty() {
            return;
        }
        if self.dialogs.any_modal_open() && !awaiting {
            return;
        }
        self.dialogs.awaiting_paste = false;
        for text in pasted {
            self.commands.push(UiCommand::AddTextDocument(text));
        }
    }
}
