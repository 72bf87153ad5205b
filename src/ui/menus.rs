//! The menu bar: File, Edit, View, Help — built from [`UiCommand`]s, so each entry
//! shows the same name and shortcut as the palette and runs the same code.

use super::app::MarginaliaApp;
use super::command::UiCommand;

/// A menu entry for `command`; clicking it queues the command.
pub(crate) fn entry(app: &mut MarginaliaApp, ui: &mut egui::Ui, command: UiCommand) {
    entry_enabled(app, ui, command, true);
}

/// A menu entry that can be greyed out.
pub(crate) fn entry_enabled(
    app: &mut MarginaliaApp,
    ui: &mut egui::Ui,
    command: UiCommand,
    enabled: bool,
) {
    let schema = &app.editor.project().schema;
    let mut text = command.text(schema);
    if command == UiCommand::Undo
        && let Some(what) = app.editor.undo_description()
    {
        text = format!("Undo {what}");
    }
    if command == UiCommand::Redo
        && let Some(what) = app.editor.redo_description()
    {
        text = format!("Redo {what}");
    }
    let mut button = egui::Button::new(text);
    if let Some(s) = command.shortcut(schema) {
        button = button.shortcut_text(ui.ctx().format_shortcut(&s));
    }
    if ui.add_enabled(enabled, button).clicked() {
        app.commands.push(command);
    }
}

/// Draws the menu bar.
pub(crate) fn menu_bar(app: &mut MarginaliaApp, ui: &mut egui::Ui) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            entry(app, ui, UiCommand::NewProject);
            entry(app, ui, UiCommand::Open);
            entry(app, ui, UiCommand::OpenPath);
            entry(app, ui, UiCommand::NewDocumentFromClipboard);
            ui.menu_button("Saved projects", |ui| {
                if app.saved_list.is_empty() {
                    ui.weak(format!("none in {}", app.saved_dir.display()));
                }
                for p in app.saved_list.clone() {
                    let name = p
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    if ui.button(name).clicked() {
                        app.commands.push(UiCommand::OpenFile(p));
                    }
                }
            });
            ui.menu_button("Recent files", |ui| {
                if app.settings.recent.is_empty() {
                    ui.weak("none yet");
                }
                for p in app.settings.recent.clone() {
                    if ui.button(p.display().to_string()).clicked() {
                        app.commands.push(UiCommand::OpenFile(p));
                    }
                }
            });
            ui.separator();
            entry(app, ui, UiCommand::Save);
            entry(app, ui, UiCommand::SaveAs);
            ui.separator();
            entry(app, ui, UiCommand::Import);
            entry(app, ui, UiCommand::Export);
            ui.separator();
            let has_doc = app.current_doc.is_some();
            entry_enabled(app, ui, UiCommand::CloseDocument, has_doc);
            entry(app, ui, UiCommand::Quit);
        });
        ui.menu_button("Edit", |ui| {
            let can_undo = app.editor.undo_description().is_some();
            let can_redo = app.editor.redo_description().is_some();
            entry_enabled(app, ui, UiCommand::Undo, can_undo);
            entry_enabled(app, ui, UiCommand::Redo, can_redo);
            ui.separator();
            let has_sel = app.selected_annotation().is_some();
            entry_enabled(app, ui, UiCommand::DeleteAnnotation, has_sel);
            entry_enabled(app, ui, UiCommand::Deselect, has_sel);
            entry_enabled(app, ui, UiCommand::MoveEndForward, has_sel);
            entry_enabled(app, ui, UiCommand::MoveEndBackward, has_sel);
            entry_enabled(app, ui, UiCommand::MoveStartForward, has_sel);
            entry_enabled(app, ui, UiCommand::MoveStartBackward, has_sel);
            ui.separator();
            for label in app.editor.project().schema.labels.clone() {
                entry(app, ui, UiCommand::Tag(label.id));
            }
            ui.separator();
            entry(app, ui, UiCommand::Find);
            entry(app, ui, UiCommand::SelectFindMatch);
            ui.separator();
            entry(app, ui, UiCommand::SetAnalystName);
            entry(app, ui, UiCommand::CommandPalette);
        });
        ui.menu_button("View", |ui| {
            entry(app, ui, UiCommand::TextBigger);
            entry(app, ui, UiCommand::TextSmaller);
            entry(app, ui, UiCommand::TextReset);
            entry(app, ui, UiCommand::ToggleTextSizeScope);
            ui.separator();
            entry(app, ui, UiCommand::ToggleTheme);
        });
        ui.menu_button("Review", |ui| entry(app, ui, UiCommand::Review));
        ui.menu_button("Help", |ui| {
            entry(app, ui, UiCommand::ShowShortcuts);
            entry(app, ui, UiCommand::About);
        });
    });
}
