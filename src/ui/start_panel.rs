//! What the centre shows when the project has no document: the ways to get one
//! (open, typed path, clipboard, drop) and the saved projects and recent files.

use super::command::UiCommand;
use super::menus::entry;
use super::state::PanelContext;

/// Draws the start panel.
pub(crate) fn start_panel(cx: &mut PanelContext, ui: &mut egui::Ui) {
    ui.add_space(24.0);
    ui.vertical_centered(|ui| {
        ui.heading("No document yet");
        ui.label("Open an article or a project, drop a file on the window, or paste an article (Ctrl+V).");
        ui.add_space(8.0);
    });
    ui.horizontal(|ui| {
        entry(cx, ui, UiCommand::Open);
        entry(cx, ui, UiCommand::OpenPath);
        entry(cx, ui, UiCommand::NewDocumentFromClipboard);
    });
    ui.add_space(12.0);
    ui.label(egui::RichText::new("Saved projects").strong());
    if cx.state.saved_list.is_empty() {
        ui.weak(format!("none in {}", cx.state.saved_dir.display()));
    }
    for p in cx.state.saved_list.clone() {
        if ui.link(p.display().to_string()).clicked() {
            cx.push(UiCommand::OpenFile(p));
        }
    }
    ui.add_space(8.0);
    ui.label(egui::RichText::new("Recent files").strong());
    if cx.state.settings.recent.is_empty() {
        ui.weak("none yet");
    }
    for p in cx.state.settings.recent.clone() {
        if ui.link(p.display().to_string()).clicked() {
            cx.push(UiCommand::OpenFile(p));
        }
    }
}
