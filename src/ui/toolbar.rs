//! The toolbar: one button per schema label (key and colour swatch) plus Undo/Redo.

use super::command::UiCommand;
use super::state::PanelContext;
use super::theme::label_color;

/// Draws the toolbar.
pub(crate) fn toolbar(cx: &mut PanelContext, ui: &mut egui::Ui) {
    ui.horizontal(|ui| {
        let schema = cx.state.editor.project().schema.clone();
        for label in &schema.labels {
            let key = label.key.as_deref().unwrap_or("");
            let color = label_color(&schema, &label.id);
            let text = if key.is_empty() {
                label.name.clone()
            } else {
                format!("{key}  {}", label.name)
            };
            let button = egui::Button::new(text)
                .fill(color.gamma_multiply(0.25))
                .stroke(egui::Stroke::new(1.5, color));
            let hover = if label.needs_source {
                format!("Tag the selection as {} (asks for the source)", label.name)
            } else {
                format!("Tag the selection as {}", label.name)
            };
            // codebook (issue 19): the label's guideline under the action.
            let hover = super::codebook::guide_hover(hover, label);
            if ui.add(button).on_hover_text(hover).clicked() {
                cx.push(UiCommand::Tag(label.id.clone()));
            }
        }
        ui.separator();
        let undo = cx
            .state
            .editor
            .undo_description()
            .map(|d| format!("Undo {d}"));
        let redo = cx
            .state
            .editor
            .redo_description()
            .map(|d| format!("Redo {d}"));
        if ui
            .add_enabled(undo.is_some(), egui::Button::new("Undo"))
            .on_hover_text(undo.unwrap_or_default())
            .clicked()
        {
            cx.push(UiCommand::Undo);
        }
        if ui
            .add_enabled(redo.is_some(), egui::Button::new("Redo"))
            .on_hover_text(redo.unwrap_or_default())
            .clicked()
        {
            cx.push(UiCommand::Redo);
        }
        ui.separator();
        if ui.button("Find").clicked() {
            cx.push(UiCommand::Find);
        }
    });
}
