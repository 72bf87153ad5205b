//! "Edit rules…" in the "Suggestion rules" window (issue 11): the project's
//! rules file (`NAME.rules.ron`, or the built-in rules' text when it has none) in
//! a monospace text box, "Save rules" (compiled first: a broken text is refused
//! with its one-line reason under the box and nothing is written) and "Back to
//! built-in rules" (the file is kept as `NAME.rules.ron.bak`). The file work is
//! the runner's ([`SuggestCommand::SaveRules`], [`SuggestCommand::BuiltinRules`]).

use super::SuggestCommand;
use crate::ui::command::UiCommand;
use crate::ui::state::PanelContext;

/// The rules text being edited and what the last save said.
#[derive(Debug, Default)]
pub struct RulesEditor {
    /// The RON text in the box.
    pub text: String,
    /// Why the last "Save rules" was refused (shown in red under the box).
    pub error: Option<String>,
}

/// Draws the "Edit rules…" part of the rules window: a button while closed,
/// the text box and its buttons while open. `in_use` names the rules in use.
pub(crate) fn show(
    cx: &mut PanelContext,
    editor: &mut Option<RulesEditor>,
    in_use: &str,
    ui: &mut egui::Ui,
) {
    ui.horizontal(|ui| {
        ui.label(format!("Rules in use: {in_use}."));
        if editor.is_none() && ui.button("Edit rules…").clicked() {
            cx.push(UiCommand::Suggest(SuggestCommand::EditRules));
        }
    });
    let Some(ed) = editor else {
        return;
    };
    if cx.state.project_path().is_none() {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            "Save the project first to give it its own rules.",
        );
    }
    egui::ScrollArea::vertical()
        .id_salt("rules_editor_text")
        .max_height(300.0)
        .show(ui, |ui| {
            ui.add(
                egui::TextEdit::multiline(&mut ed.text)
                    .code_editor()
                    .desired_width(f32::INFINITY)
                    .desired_rows(16),
            );
        });
    if let Some(why) = &ed.error {
        ui.colored_label(ui.visuals().error_fg_color, why);
    }
    let saved = cx.state.project_path().is_some();
    let mut close = false;
    ui.horizontal(|ui| {
        if ui
            .add_enabled(saved, egui::Button::new("Save rules"))
            .clicked()
        {
            cx.push(UiCommand::Suggest(SuggestCommand::SaveRules(
                ed.text.clone(),
            )));
        }
        if ui
            .add_enabled(saved, egui::Button::new("Back to built-in rules"))
            .on_hover_text("The project's rules file is kept as NAME.rules.ron.bak")
            .clicked()
        {
            cx.push(UiCommand::Suggest(SuggestCommand::BuiltinRules));
        }
        close = ui.button("Close editor").clicked();
    });
    if close {
        *editor = None;
    }
}
