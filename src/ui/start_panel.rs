//! What the centre shows when the project has no document: the ways to get one
//! (open, typed path, clipboard, drop) and the saved projects and recent files.

use super::app::MarginaliaApp;
use super::command::UiCommand;
use super::menus::entry;

/// Draws the start panel.
pub(crate) fn start_panel(app: &mut MarginaliaApp, ui: &mut egui::Ui) {
    ui.add_space(24.0);
    ui.vertical_centered(|ui| {
        ui.heading("No document yet");
        ui.label("Open an article or a project, drop a file on the window, or paste an article (Ctrl+V).");
        ui.add_space(8.0);
    });
    ui.horizontal(|ui| {
        entry(app, ui, UiCommand::Open);
        entry(app, ui, UiCommand::OpenPath);
        entry(app, ui, UiCommand::NewDocumentFromClipboard);
    });
    ui.add_space(12.0);
    ui.label(egui::RichText::new("Saved projects").strong());
    if app.saved_list.is_empty() {
        ui.weak(format!("none in {}", app.saved_dir.display()));
    }
    for p in app.saved_list.clone() {
        if ui.link(p.display().to_string()).clicked() {
            app.commands.push(UiCommand::OpenFile(p));
        }
    }
    ui.add_space(8.0);
    ui.label(egui::RichText::new("Recent files").strong());
    if app.settings.recent.is_empty() {
        ui.weak("none yet");
    }
    for p in app.settings.recent.clone() {
        if ui.link(p.display().to_string()).clicked() {
            app.commands.push(UiCommand::OpenFile(p));
        }
    }
}
