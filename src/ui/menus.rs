//! The menu bar: File, Edit, View, Review, Team (in a git work tree), Help — built from [`UiCommand`]s, so each entry
//! shows the same name and shortcut as the palette and runs the same code.

use super::command::UiCommand;
use super::state::PanelContext;

/// A menu entry for `command`; clicking it queues the command.
pub(crate) fn entry(cx: &mut PanelContext, ui: &mut egui::Ui, command: UiCommand) {
    entry_enabled(cx, ui, command, true);
}

/// A menu entry that can be greyed out.
pub(crate) fn entry_enabled(
    cx: &mut PanelContext,
    ui: &mut egui::Ui,
    command: UiCommand,
    enabled: bool,
) {
    let schema = &cx.state.editor.project().schema;
    let mut text = command.text(schema);
    if command == UiCommand::Undo
        && let Some(what) = cx.state.editor.undo_description()
    {
        text = format!("Undo {what}");
    }
    if command == UiCommand::Redo
        && let Some(what) = cx.state.editor.redo_description()
    {
        text = format!("Redo {what}");
    }
    let mut button = egui::Button::new(text);
    if let Some(s) = command.shortcut(schema) {
        button = button.shortcut_text(ui.ctx().format_shortcut(&s));
    }
    let mut r = ui.add_enabled(enabled, button);
    // codebook (issue 19): a Tag entry shows its label's guideline.
    if let Some(guide) = super::codebook::command_hover(&command, schema) {
        r = r.on_hover_text(guide);
    }
    if r.clicked() {
        cx.push(command);
    }
}

/// Draws the menu bar.
pub(crate) fn menu_bar(cx: &mut PanelContext, ui: &mut egui::Ui) {
    egui::MenuBar::new().ui(ui, |ui| {
        ui.menu_button("File", |ui| {
            entry(cx, ui, UiCommand::NewProject);
            entry(cx, ui, UiCommand::Open);
            entry(cx, ui, UiCommand::OpenPath);
            entry(cx, ui, UiCommand::NewDocumentFromClipboard);
            ui.menu_button("Saved projects", |ui| {
                if cx.state.saved_list.is_empty() {
                    ui.weak(format!("none in {}", cx.state.saved_dir.display()));
                }
                for p in cx.state.saved_list.clone() {
                    let name = p
                        .file_name()
                        .map(|n| n.to_string_lossy().into_owned())
                        .unwrap_or_default();
                    if ui.button(name).clicked() {
                        cx.push(UiCommand::OpenFile(p));
                    }
                }
            });
            ui.menu_button("Recent files", |ui| {
                if cx.state.settings.recent.is_empty() {
                    ui.weak("none yet");
                }
                for p in cx.state.settings.recent.clone() {
                    if ui.button(p.display().to_string()).clicked() {
                        cx.push(UiCommand::OpenFile(p));
                    }
                }
            });
            ui.separator();
            entry(cx, ui, UiCommand::Save);
            entry(cx, ui, UiCommand::SaveAs);
            ui.separator();
            entry(cx, ui, UiCommand::Import);
            entry(cx, ui, UiCommand::ImportFolder); // corpus (issue 12)
            entry(cx, ui, UiCommand::Export);
            ui.separator();
            let has_doc = cx.state.current_doc.is_some();
            entry_enabled(cx, ui, UiCommand::CloseDocument, has_doc);
            entry(cx, ui, UiCommand::Quit);
        });
        ui.menu_button("Edit", |ui| {
            let can_undo = cx.state.editor.undo_description().is_some();
            let can_redo = cx.state.editor.redo_description().is_some();
            entry_enabled(cx, ui, UiCommand::Undo, can_undo);
            entry_enabled(cx, ui, UiCommand::Redo, can_redo);
            ui.separator();
            let has_sel = cx.state.selected_annotation().is_some();
            entry_enabled(cx, ui, UiCommand::DeleteAnnotation, has_sel);
            entry_enabled(cx, ui, UiCommand::Deselect, has_sel);
            entry_enabled(cx, ui, UiCommand::MoveEndForward, has_sel);
            entry_enabled(cx, ui, UiCommand::MoveEndBackward, has_sel);
            entry_enabled(cx, ui, UiCommand::MoveStartForward, has_sel);
            entry_enabled(cx, ui, UiCommand::MoveStartBackward, has_sel);
            ui.separator();
            for label in cx.state.editor.project().schema.labels.clone() {
                entry(cx, ui, UiCommand::Tag(label.id));
            }
            ui.separator();
            entry(cx, ui, UiCommand::Find);
            entry(cx, ui, UiCommand::SelectFindMatch);
            entry(cx, ui, UiCommand::SearchCorpus); // corpus (issue 12)
            ui.separator();
            entry(cx, ui, UiCommand::SetAnalystName);
            entry(cx, ui, UiCommand::CommandPalette);
        });
        ui.menu_button("View", |ui| {
            entry(cx, ui, UiCommand::TextBigger);
            entry(cx, ui, UiCommand::TextSmaller);
            entry(cx, ui, UiCommand::TextReset);
            entry(cx, ui, UiCommand::ToggleTextSizeScope);
            ui.separator();
            entry(cx, ui, UiCommand::ToggleTheme);
            // corpus (issue 12): the documents table's order.
            ui.separator();
            entry(cx, ui, UiCommand::NextDocument);
            entry(cx, ui, UiCommand::PreviousDocument);
            let has_doc = cx.state.current_doc.is_some();
            entry_enabled(cx, ui, UiCommand::ToggleDocumentDone, has_doc);
            // suggestions (issue 11)
            ui.separator();
            super::suggestions::menu::toggle_entry(cx, ui);
        });
        // codebook (issue 19): the labels' guidelines and the project memo.
        ui.menu_button("Project", |ui| {
            entry(cx, ui, UiCommand::ShowCodebook);
            entry(cx, ui, UiCommand::ShowProjectMemo);
        });
        ui.menu_button("Suggest", |ui| {
            super::suggestions::menu::suggest_menu(cx, ui)
        }); // issue 11
        ui.menu_button("Review", |ui| {
            entry(cx, ui, UiCommand::Review);
            // team (issue 14): the way back to what a merge left to resolve.
            let open = super::review::conflicts::open_count(cx.state.editor.project());
            if open > 0 {
                let text = super::review::conflicts::menu_text(open);
                if ui.button(text).clicked() {
                    cx.push(UiCommand::Review);
                }
            }
        });
        // sources (issue 13)
        ui.menu_button("Sources", |ui| {
            let has_sel = cx.state.selected_annotation().is_some();
            use super::sources_window::SourcesCommand as S;
            entry_enabled(cx, ui, UiCommand::Sources(S::StartLink), has_sel);
            ui.separator();
            entry(cx, ui, UiCommand::Sources(S::ShowSources));
            entry(cx, ui, UiCommand::Sources(S::ShowAnalytics));
        });
        if cx.state.git_root.is_some() {
            ui.menu_button("Team", |ui| super::team::team_menu(cx, ui));
        }
        ui.menu_button("Help", |ui| {
            entry(cx, ui, UiCommand::ShowShortcuts);
            entry(cx, ui, UiCommand::About);
        });
    });
}
