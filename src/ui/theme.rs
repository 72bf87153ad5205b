//! Colours: label colours from the schema, kept readable on light and dark themes.

use crate::model::TagSchema;

/// The colour of label `id` (grey when unknown or malformed).
pub fn label_color(schema: &TagSchema, id: &str) -> egui::Color32 {
    let [r, g, b] = schema.rgb(id);
    egui::Color32::from_rgb(r, g, b)
}

/// A small filled square in the label's colour, as in the list and the toolbar.
pub fn swatch(ui: &mut egui::Ui, color: egui::Color32) -> egui::Response {
    let size = egui::vec2(12.0, 12.0);
    let (rect, response) = ui.allocate_exact_size(size, egui::Sense::hover());
    ui.painter().rect_filled(rect, 2.0, color);
    ui.painter().rect_stroke(
        rect,
        2.0,
        egui::Stroke::new(1.0, ui.visuals().text_color().gamma_multiply(0.5)),
        egui::StrokeKind::Inside,
    );
    response
}
