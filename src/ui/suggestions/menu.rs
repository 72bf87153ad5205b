//! The suggestion entries of the menu bar: View ▸ Suggestions (a check mark while
//! on) and the Suggest menu, each a [`UiCommand`] like every menu entry; at the
//! menu's end, the switches for the rules and the learned model.

use super::SuggestCommand;
use crate::ui::command::UiCommand;
use crate::ui::menus::{entry, entry_enabled};
use crate::ui::state::PanelContext;

/// View ▸ Suggestions, ticked while suggestions are shown.
pub(crate) fn toggle_entry(cx: &mut PanelContext, ui: &mut egui::Ui) {
    let on = cx.state.settings.suggestions_on;
    let command = UiCommand::Suggest(SuggestCommand::Toggle);
    let mut button =
        egui::Button::new(command.text(&cx.state.editor.project().schema)).selected(on);
    if let Some(s) = command.shortcut(&cx.state.editor.project().schema) {
        button = button.shortcut_text(ui.ctx().format_shortcut(&s));
    }
    if ui.add(button).clicked() {
        cx.push(command);
    }
}

/// The Suggest menu: the toggle, then what acts on suggestions (greyed out while
/// they are off).
pub(crate) fn suggest_menu(cx: &mut PanelContext, ui: &mut egui::Ui) {
    toggle_entry(cx, ui);
    ui.separator();
    let on = cx.state.settings.suggestions_on;
    for c in [
        SuggestCommand::Next,
        SuggestCommand::Previous,
        SuggestCommand::Accept,
        SuggestCommand::Reject,
        SuggestCommand::AcceptAllOfRule,
        SuggestCommand::AcceptAllOfLabel,
        SuggestCommand::DisableRule,
    ] {
        entry_enabled(cx, ui, UiCommand::Suggest(c), on);
    }
    ui.separator();
    let has_sel = cx.state.selected_annotation().is_some();
    entry_enabled(
        cx,
        ui,
        UiCommand::Suggest(SuggestCommand::TagAllOccurrences),
        has_sel,
    );
    entry(cx, ui, UiCommand::Suggest(SuggestCommand::ShowRules));
    ui.separator();
    // Issue 20: the rules' and the learned model's suggestions, each switchable.
    let settings = &cx.state.settings;
    let (mut rules, mut model) = (settings.suggest_rules_on, settings.suggest_model_on);
    if ui.checkbox(&mut rules, "Suggest with the rules").changed() {
        cx.push(UiCommand::Suggest(SuggestCommand::SetRules(rules)));
    }
    if ui
        .checkbox(&mut model, "Suggest with the learned model")
        .changed()
    {
        cx.push(UiCommand::Suggest(SuggestCommand::SetModel(model)));
    }
}
