//! The bottom line: the last message (saved, opened, one-line errors), counts and the
//! analyst's name.

use super::command::UiCommand;
use super::state::PanelContext;

/// Draws the status bar.
pub(crate) fn status_bar(cx: &mut PanelContext, ui: &mut egui::Ui) {
    ui.horizontal(|ui| {
        let who = if cx.state.settings.analyst.is_empty() {
            "analyst: (not set)".to_string()
        } else {
            format!("analyst: {}", cx.state.settings.analyst)
        };
        ui.with_layout(egui::Layout::right_to_left(egui::Align::Center), |ui| {
            if ui
                .small_button(who)
                .on_hover_text("Change your name")
                .clicked()
            {
                cx.push(UiCommand::SetAnalystName);
            }
            let project = cx.state.editor.project();
            let in_doc = cx
                .state
                .current_doc
                .as_deref()
                .map_or(0, |d| cx.state.derived.count(d));
            ui.weak(counts_line(
                project.documents.len(),
                in_doc,
                project.annotations.len(),
            ));
            if cx.state.editor.is_dirty() {
                ui.weak("● unsaved");
            }
            ui.with_layout(egui::Layout::left_to_right(egui::Align::Center), |ui| {
                progress(cx, ui);
                let status = &cx.state.status;
                let mut text = egui::RichText::new(&status.text);
                if status.is_error {
                    text = text.color(ui.visuals().error_fg_color);
                }
                // A long message is cut with "…" (whole on hover) rather than drawn
                // over the counts on the right.
                let shown = ui.add(egui::Label::new(text).truncate());
                if shown.hovered() {
                    shown.on_hover_text(&status.text);
                }
            });
        });
    });
}

/// The background task's progress bar ("Opening big.ron: Parsing 42%") and its
/// Cancel button (Esc does the same), while one runs.
fn progress(cx: &mut PanelContext, ui: &mut egui::Ui) {
    let Some((what, state)) = cx.state.background.state() else {
        return;
    };
    if progress_bar(ui, &what, &state) {
        cx.push(UiCommand::CancelBackgroundTask);
    }
}

/// Draws a task's progress bar and a Cancel button; true when Cancel was clicked.
pub(crate) fn progress_bar(
    ui: &mut egui::Ui,
    what: &str,
    state: &crate::task::ProgressState,
) -> bool {
    let text = progress_text(what, state);
    let bar = egui::ProgressBar::new(state.fraction().unwrap_or(0.0))
        .desired_width(260.0)
        .text(text.clone());
    ui.add(bar).on_hover_text(&text);
    ui.add_enabled(!state.cancelled, egui::Button::new("Cancel").small())
        .on_hover_text("Stop it (Esc); nothing is changed")
        .clicked()
}

/// "Opening big.ron: Parsing 42%", or "… cancelling".
fn progress_text(what: &str, state: &crate::task::ProgressState) -> String {
    let mut text = what.to_string();
    if !state.phase.is_empty() {
        text.push_str(": ");
        text.push_str(&state.phase);
    }
    if state.cancelled {
        text.push_str(" — cancelling");
    } else if let Some(f) = state.fraction() {
        text.push_str(&format!(" {:.0}%", f * 100.0));
    } else {
        text.push('…');
    }
    text
}

/// "1 document · 3 annotations here · 12 in project", singular where it is one.
fn counts_line(documents: usize, here: usize, in_project: usize) -> String {
    let documents = if documents == 1 {
        "1 document".to_string()
    } else {
        format!("{documents} documents")
    };
    let here = if here == 1 {
        "1 annotation here".to_string()
    } else {
        format!("{here} annotations here")
    };
    format!("{documents} · {here} · {in_project} in project")
}

#[cfg(test)]
mod tests {
    use super::{counts_line, progress_text};
    use crate::task::ProgressState;

    #[test]
    fn progress_reads_as_a_phrase() {
        let mut s = ProgressState {
            phase: "Parsing".into(),
            done: 21,
            total: 50,
            cancelled: false,
        };
        assert_eq!(
            progress_text("Opening big.ron", &s),
            "Opening big.ron: Parsing 42%"
        );
        s.total = 0;
        assert_eq!(
            progress_text("Opening big.ron", &s),
            "Opening big.ron: Parsing…"
        );
        s.cancelled = true;
        assert_eq!(
            progress_text("Opening big.ron", &s),
            "Opening big.ron: Parsing — cancelling"
        );
    }

    #[test]
    fn counts_read_as_english() {
        assert_eq!(
            counts_line(1, 1, 1),
            "1 document · 1 annotation here · 1 in project"
        );
        assert_eq!(
            counts_line(2, 0, 5),
            "2 documents · 0 annotations here · 5 in project"
        );
    }
}
