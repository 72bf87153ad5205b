//! "Suggested": the current document's suggestions at the top of the right panel,
//! each with its label, rule and score (and the source of attributions); a click
//! selects one in the text, its menu accepts, rejects or acts on its whole rule or
//! label. Virtualized rows: 50,000 suggestions cost what is visible.

use super::{SuggestCommand, SuggestionsState};
use crate::ui::actions::elide;
use crate::ui::command::UiCommand;
use crate::ui::state::PanelContext;
use crate::ui::theme::{label_color, swatch};

/// Height of the list before it scrolls, in points.
const LIST_HEIGHT: f32 = 180.0;

/// Draws the "Suggested" section (nothing while suggestions are off).
pub(crate) fn suggested_section(
    cx: &mut PanelContext,
    suggestions: &SuggestionsState,
    ui: &mut egui::Ui,
) {
    if !cx.state.settings.suggestions_on {
        return;
    }
    let list = suggestions.list();
    let title = format!("Suggested ({})", list.len());
    egui::CollapsingHeader::new(title)
        .id_salt("suggested_section")
        .default_open(true)
        .show(ui, |ui| {
            super::computing::computing_bar(suggestions, ui);
            training(cx, suggestions, ui);
            if list.is_empty() {
                ui.weak(if suggestions.is_pending() {
                    "Computing suggestions…"
                } else {
                    "No suggestions in this document"
                });
            }
            let has_target = !list.is_empty();
            ui.horizontal_wrapped(|ui| {
                for c in [
                    SuggestCommand::AcceptAllOfRule,
                    SuggestCommand::AcceptAllOfLabel,
                    SuggestCommand::DisableRule,
                ] {
                    if ui
                        .add_enabled(has_target, egui::Button::new(c.text()).small())
                        .clicked()
                    {
                        cx.push(UiCommand::Suggest(c));
                    }
                }
                if ui.small_button("Rules…").clicked() {
                    cx.push(UiCommand::Suggest(SuggestCommand::ShowRules));
                }
            });
            rows(cx, suggestions, ui);
            ui.separator();
        });
}

/// The learned model's training, while it runs: a progress bar and a Cancel
/// (the rules' suggestions are listed meanwhile).
fn training(cx: &mut PanelContext, suggestions: &SuggestionsState, ui: &mut egui::Ui) {
    let Some(state) = suggestions.training() else {
        return;
    };
    let mut text = state.phase.clone();
    match state.fraction() {
        _ if state.cancelled => text.push_str(" — cancelling"),
        Some(f) => text.push_str(&format!(" {:.0}%", f * 100.0)),
        None => text.push('…'),
    }
    ui.horizontal_wrapped(|ui| {
        let bar = egui::ProgressBar::new(state.fraction().unwrap_or(0.0))
            .desired_width(180.0)
            .text(text.clone());
        ui.add(bar).on_hover_text(&text);
        let cancel = SuggestCommand::CancelTraining;
        if (ui.add_enabled(!state.cancelled, egui::Button::new(cancel.text()).small()))
            .on_hover_text("Stop training: the learned model is switched off, the rules stay")
            .clicked()
        {
            cx.push(UiCommand::Suggest(cancel));
        }
    });
    ui.ctx()
        .request_repaint_after(std::time::Duration::from_millis(100));
}

fn rows(cx: &mut PanelContext, suggestions: &SuggestionsState, ui: &mut egui::Ui) {
    let list = suggestions.list();
    if list.is_empty() {
        return;
    }
    let schema = &cx.state.editor.project().schema;
    let current = suggestions.current_index();
    let row_height = ui.spacing().interact_size.y;
    let mut clicked = Vec::new();
    egui::ScrollArea::vertical()
        .id_salt("suggested_rows")
        .max_height(LIST_HEIGHT)
        .auto_shrink([false, true])
        .show_rows(ui, row_height, list.len(), |ui, range| {
            // One line per row: the virtualized list counts on a fixed row height.
            ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Truncate);
            for i in range {
                let Some(s) = list.get(i) else {
                    continue;
                };
                ui.horizontal(|ui| {
                    swatch(ui, label_color(schema, &s.label));
                    let source = s
                        .source
                        .as_deref()
                        .map(|x| format!(" · {x}"))
                        .unwrap_or_default();
                    let text = format!(
                        "{} · {:.2}{source} · {}",
                        s.rule,
                        s.score,
                        elide(&s.quote, 48)
                    );
                    let response = ui
                        .selectable_label(current == Some(i), text)
                        .on_hover_text(&s.why);
                    if response.clicked() {
                        clicked.push(UiCommand::Suggest(SuggestCommand::Select(i)));
                    }
                    response.context_menu(|ui| {
                        for c in [
                            SuggestCommand::Accept,
                            SuggestCommand::Reject,
                            SuggestCommand::AcceptAllOfRule,
                            SuggestCommand::AcceptAllOfLabel,
                            SuggestCommand::DisableRule,
                        ] {
                            if ui.button(c.text()).clicked() {
                                clicked.push(UiCommand::Suggest(SuggestCommand::Select(i)));
                                clicked.push(UiCommand::Suggest(c));
                                ui.close();
                            }
                        }
                    });
                });
            }
        });
    for c in clicked {
        cx.push(c);
    }
}
