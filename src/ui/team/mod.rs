//! Working as a team through git, the window's side (issue 14): the Team menu,
//! shown when the project file is inside a git work tree (Sync, History, Compare
//! with…), and the History window. The work itself is `crate::team` (the git
//! command line), run on the background task runner by `actions.rs`; this file
//! only draws and pushes [`UiCommand`]s.

mod actions;
mod merged; // conflicts (issue 14): a sync's merge as one undoable edit

pub use actions::SyncOutcome;

use std::path::PathBuf;

use crate::team::HistoryEntry;
use crate::ui::command::UiCommand;
use crate::ui::menus::entry_enabled;
use crate::ui::state::PanelContext;

/// The Team menu's own state and the History window.
#[derive(Debug, Default)]
pub struct TeamWindow {
    /// The project file the git check was last made for (see
    /// `AppState::git_root`), so that git runs once per file, not per frame.
    checked_for: Option<Option<PathBuf>>,
    /// True while the History window is shown.
    pub history_open: bool,
    /// The commits read last (`None` until read).
    pub history: Option<Vec<HistoryEntry>>,
    /// Why the history could not be read, one line.
    pub history_error: Option<String>,
    /// The commit or branch typed in "Compare with".
    pub compare_rev: String,
    // --- conflicts (issue 14): noticing a folder that became a work tree ---
    /// Whether the window had the focus last frame (a gain re-checks git).
    was_focused: bool,
    /// The file's disk state at the last check (a save re-checks git).
    checked_disk: Option<crate::store::DiskState>,
}

/// The Team menu's entries.
pub(crate) fn team_menu(cx: &mut PanelContext, ui: &mut egui::Ui) {
    let saved = cx.state.project_path.is_some();
    entry_enabled(cx, ui, UiCommand::TeamSync, saved);
    entry_enabled(cx, ui, UiCommand::TeamHistory, saved);
    entry_enabled(cx, ui, UiCommand::TeamCompareWith, saved);
    if let Some(root) = &cx.state.git_root {
        ui.separator();
        ui.weak(format!("Repository: {}", root.display()));
    }
}

/// Draws the History window when it is open: the commits that touched the project
/// (who, when, annotations added and removed), each with a Compare button, and a
/// field to compare with any commit or branch.
pub(crate) fn show_history(cx: &mut PanelContext, team: &mut TeamWindow, ctx: &egui::Context) {
    if !team.history_open {
        return;
    }
    let mut open = true;
    egui::Window::new("Team history")
        .open(&mut open)
        .default_size(egui::vec2(640.0, 420.0))
        .show(ctx, |ui| {
            ui.horizontal(|ui| {
                ui.label("Compare with");
                let field = ui.add(
                    egui::TextEdit::singleline(&mut team.compare_rev)
                        .hint_text("commit or branch, e.g. origin/main")
                        .desired_width(220.0),
                );
                let enter = field.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
                let ready = !team.compare_rev.trim().is_empty();
                if (ui
                    .add_enabled(ready, egui::Button::new("Compare"))
                    .clicked()
                    || enter)
                    && ready
                {
                    cx.push(UiCommand::TeamCompare(team.compare_rev.trim().to_string()));
                }
                if ui.button("Refresh").clicked() {
                    cx.push(UiCommand::TeamHistory);
                }
            });
            ui.separator();
            if let Some(why) = &team.history_error {
                ui.colored_label(ui.visuals().error_fg_color, why);
            }
            match &team.history {
                None if team.history_error.is_none() => {
                    ui.weak("Reading the history…");
                }
                None => {}
                Some(entries) if entries.is_empty() => {
                    ui.weak("No commit touches this project yet: Team ▸ Sync makes the first");
                }
                Some(entries) => history_rows(cx, ui, entries),
            }
        });
    team.history_open = open;
}

/// One row per commit: date, author, subject, counts, Compare.
fn history_rows(cx: &mut PanelContext, ui: &mut egui::Ui, entries: &[HistoryEntry]) {
    egui::ScrollArea::vertical().show(ui, |ui| {
        egui::Grid::new("team_history")
            .striped(true)
            .num_columns(5)
            .show(ui, |ui| {
                for e in entries {
                    let day = e.date.get(..16).unwrap_or(&e.date).replace('T', " ");
                    ui.label(day);
                    ui.label(&e.author);
                    ui.label(crate::ui::actions::elide(&e.subject, 60));
                    let c = e.annotations;
                    ui.label(if e.merge {
                        "merge".to_string()
                    } else {
                        format!("+{} −{} ~{}", c.added, c.removed, c.changed)
                    });
                    if ui
                        .small_button("Compare")
                        .on_hover_text("Open the Review window against this version")
                        .clicked()
                    {
                        cx.push(UiCommand::TeamCompare(e.hash.clone()));
                    }
                    ui.end_row();
                }
            });
    });
}
