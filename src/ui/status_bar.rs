//! The bottom line: the last message (saved, opened, one-line errors), counts and the
//! analyst's name.

use super::app::MarginaliaApp;
use super::command::UiCommand;

/// Draws the status bar.
pub(crate) fn status_bar(app: &mut MarginaliaApp, ui: &mut egui::Ui) {
    ui.horizontal(|ui| {
        let who = if app.settings.analyst.is_empty() {
            "analyst: (not set)".to_string()
        } else {
            format!("analyst: {}", app.settings.analyst)
        };
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .small_button(who)
                .on_hover_text("Change your name")
                .clicked()
            {
                app.commands.push(UiCommand::SetAnalystName);
            }
            let project = app.editor.project();
            let in_doc = app
                .current_doc
                .as_deref()
                .map_or(0, |d| app.derived.count(d));
            ui.weak(format!(
                "{} documents · {} annotations here · {} in project",
                project.documents.len(),
                in_doc,
                project.annotations.len()
            ));
            if app.editor.is_dirty() {
                ui.weak("● unsaved");
            }
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                let status = &app.status;
                let text = egui::RichText::new(&status.text);
                if status.is_error {
                    ui.colored_label(ui.visuals().error_fg_color, text);
                } else {
                    ui.label(text);
                }
            });
        });
    });
}
