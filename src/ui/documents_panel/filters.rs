//! The documents table's filters: text contains, outlet, date range, label present,
//! annotator, progress.

use crate::search::{DocProgress, DocumentFacts, DocumentFilter};

use super::super::state::PanelContext;
use super::DocumentsTable;

/// The filter fields.
pub(super) fn show(
    cx: &mut PanelContext,
    table: &mut DocumentsTable,
    facts: &DocumentFacts,
    ui: &mut egui::Ui,
) {
    let schema = &cx.state.editor.project().schema;
    let f = &mut table.filter;
    egui::Grid::new("documents_filters")
        .num_columns(2)
        .show(ui, |ui| {
            let l = ui.label("Text");
            ui.add(
                egui::TextEdit::singleline(&mut f.text)
                    .hint_text("title or text contains")
                    .desired_width(160.0),
            )
            .labelled_by(l.id);
            ui.end_row();
            let any = |s: &str| (String::new(), s.to_string());
            let outlets: Vec<(String, String)> = std::iter::once(any("any"))
                .chain(facts.outlets.iter().map(|o| (o.clone(), o.clone())))
                .collect();
            pick(ui, "Outlet", &mut f.outlet, &outlets);
            ui.end_row();
            let l = ui.label("Date from");
            ui.horizontal(|ui| {
                ui.add(
                    egui::TextEdit::singleline(&mut f.date_from)
                        .hint_text("2026-03")
                        .desired_width(72.0),
                )
                .labelled_by(l.id);
                let t = ui.label("to");
                ui.add(
                    egui::TextEdit::singleline(&mut f.date_to)
                        .hint_text("2026-04-30")
                        .desired_width(72.0),
                )
                .labelled_by(t.id);
            });
            ui.end_row();
            let labels: Vec<(String, String)> = std::iter::once(any("any"))
                .chain(facts.labels.iter().map(|id| {
                    let name = schema.label(id).map_or(id.clone(), |l| l.name.clone());
                    (id.clone(), name)
                }))
                .collect();
            pick(ui, "Label", &mut f.label, &labels);
            ui.end_row();
            let who: Vec<(String, String)> = std::iter::once(any("anyone"))
                .chain(facts.annotators.iter().map(|a| (a.clone(), a.clone())))
                .collect();
            pick(ui, "Annotator", &mut f.annotator, &who);
            ui.end_row();
            let l = ui.label("Progress");
            let shown = f.progress.map_or("any", DocProgress::name);
            egui::ComboBox::from_id_salt("filter_progress")
                .selected_text(shown)
                .show_ui(ui, |ui| {
                    ui.selectable_value(&mut f.progress, None, "any");
                    for p in [
                        DocProgress::Untouched,
                        DocProgress::InProgress,
                        DocProgress::Done,
                    ] {
                        ui.selectable_value(&mut f.progress, Some(p), p.name());
                    }
                })
                .response
                .labelled_by(l.id);
            ui.end_row();
        });
    if ui.small_button("Clear filters").clicked() {
        table.filter = DocumentFilter::default();
    }
}

/// A labelled combo box over `options` (value, text); "" is "any".
fn pick(ui: &mut egui::Ui, label: &str, value: &mut Option<String>, options: &[(String, String)]) {
    let l = ui.label(label);
    let current = value.clone().unwrap_or_default();
    let shown = (options.iter())
        .find(|(v, _)| *v == current)
        .map_or(current.clone(), |(_, t)| t.clone());
    egui::ComboBox::from_id_salt(("filter", label))
        .selected_text(shown)
        .show_ui(ui, |ui| {
            for (v, t) in options {
                if ui.selectable_label(current == *v, t).clicked() {
                    *value = Some(v.clone()).filter(|v| !v.is_empty());
                }
            }
        })
        .response
        .labelled_by(l.id);
}
