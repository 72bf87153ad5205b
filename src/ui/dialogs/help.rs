//! The keyboard-shortcut list and the About window.

use super::Dialogs;
use crate::ui::command::UiCommand;
use crate::ui::state::PanelContext;

pub(super) fn show(cx: &mut PanelContext, dialogs: &mut Dialogs, ctx: &egui::Context) {
    if dialogs.shortcuts {
        let schema = cx.state.editor.project().schema.clone();
        let mut open = true;
        egui::Window::new("Keyboard shortcuts")
            .open(&mut open)
            .collapsible(false)
            .show(ctx, |ui| {
                egui::Grid::new("shortcut_grid")
                    .striped(true)
                    .show(ui, |ui| {
                        for command in UiCommand::listed(&schema) {
                            let keys: Vec<String> = command
                                .shortcut(&schema)
                                .into_iter()
                                .chain(command.extra_shortcuts())
                                .map(|s| ctx.format_shortcut(&s))
                                .collect();
                            if keys.is_empty() {
                                continue;
                            }
                            ui.label(command.text(&schema));
                            ui.monospace(keys.join("  or  "));
                            ui.end_row();
                        }
                        ui.label("Select a word / extend");
                        ui.monospace("double-click / shift-click");
                        ui.end_row();
                        for (what, keys) in [
                            (
                                "Next / previous find match (in the find field)",
                                "Enter / Shift+Enter",
                            ),
                            ("Select the find match, ready to tag", "Ctrl+Enter"),
                            ("Close the find bar", "Esc"),
                            (
                                "Cycle through overlapping annotations",
                                "click again at the same place",
                            ),
                        ] {
                            ui.label(what);
                            ui.monospace(keys);
                            ui.end_row();
                        }
                        ui.label("Select without snapping to words");
                        ui.monospace("hold Alt while dragging");
                        ui.end_row();
                        for (what, keys) in find_and_source_keys(ctx) {
                            ui.label(what);
                            ui.monospace(keys);
                            ui.end_row();
                        }
                        ui.label("New document from pasted text");
                        ui.monospace(ctx.format_shortcut(&egui::KeyboardShortcut::new(
                            egui::Modifiers::COMMAND,
                            egui::Key::V,
                        )));
                        ui.end_row();
                    });
            });
        dialogs.shortcuts = open;
    }
    if dialogs.about {
        let mut open = true;
        egui::Window::new("About Marginalia")
            .open(&mut open)
            .collapsible(false)
            .show(ctx, |ui| {
                ui.label(format!("Marginalia {}", env!("CARGO_PKG_VERSION")));
                ui.label("Tag claims, speculation and attributions in news articles, save them as a RON project, export the labeled spans and review colleagues' tags.");
            });
        dialogs.about = open;
    }
}

/// The keys that work inside the find bar and the source fields (not commands of
/// their own, so not in [`UiCommand::listed`]).
fn find_and_source_keys(ctx: &egui::Context) -> [(&'static str, String); 3] {
    let select = ctx.format_shortcut(&egui::KeyboardShortcut::new(
        egui::Modifiers::COMMAND,
        egui::Key::Enter,
    ));
    [
        ("Find: next / previous match", "Enter / Shift+Enter".into()),
        ("Find: select the match, ready to tag", select),
        ("Source: pick a suggestion / accept", "↑ ↓ / Enter".into()),
    ]
}
