//! The typed-path dialog: "Open path…" (with the saved projects and recent files to
//! pick from — the start/Open panel) and Save As where no system dialog is used or
//! none could be shown.

use std::path::PathBuf;

use super::Dialogs;
use crate::ui::command::UiCommand;
use crate::ui::state::PanelContext;

/// Whether the typed path is opened or saved to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PathPurpose {
    /// Open a project or article.
    Open,
    /// Save the project.
    Save,
}

/// State of the typed-path dialog.
#[derive(Debug, Clone)]
pub struct PathDialog {
    /// Open or Save.
    pub purpose: PathPurpose,
    /// The path typed so far.
    pub text: String,
    /// Why this dialog is shown instead of the system one, if that is the reason.
    pub note: Option<String>,
    focused_once: bool,
}

impl PathDialog {
    /// An Open dialog prefilled with `text`.
    pub fn open(text: String, note: Option<String>) -> Self {
        PathDialog {
            purpose: PathPurpose::Open,
            text,
            note,
            focused_once: false,
        }
    }

    /// A Save dialog prefilled with `text`.
    pub fn save(text: String, note: Option<String>) -> Self {
        PathDialog {
            purpose: PathPurpose::Save,
            text,
            note,
            focused_once: false,
        }
    }
}

/// Expands a leading `~/` to the home directory.
fn expand(text: &str) -> PathBuf {
    let t = text.trim();
    match (t.strip_prefix("~/"), dirs::home_dir()) {
        (Some(rest), Some(home)) => home.join(rest),
        _ => PathBuf::from(t),
    }
}

pub(super) fn show(cx: &mut PanelContext, dialogs: &mut Dialogs, ctx: &egui::Context) {
    let Some(dialog) = dialogs.path.as_mut() else {
        return;
    };
    let (title, action) = match dialog.purpose {
        PathPurpose::Open => ("Open a project or article", "Open"),
        PathPurpose::Save => ("Save the project as", "Save"),
    };
    let mut go: Option<PathBuf> = None;
    let mut cancel = false;
    let saved = cx.state.saved_list.clone();
    let recent = cx.state.settings.recent.clone();
    let modal = egui::Modal::new(egui::Id::unique("typed_path_dialog")).show(ctx, |ui| {
        ui.set_width(520.0);
        ui.heading(title);
        if let Some(note) = &dialog.note {
            ui.colored_label(ui.visuals().warn_fg_color, note);
        }
        ui.label("Path:");
        let edit = ui.add(
            egui::TextEdit::singleline(&mut dialog.text)
                .hint_text("/path/to/article.md or project.ron")
                .desired_width(f32::INFINITY),
        );
        if !dialog.focused_once {
            edit.request_focus();
            dialog.focused_once = true;
        }
        if edit.lost_focus()
            && ui.input(|i| i.key_pressed(egui::Key::Enter))
            && !dialog.text.trim().is_empty()
        {
            go = Some(expand(&dialog.text));
        }
        ui.horizontal(|ui| {
            if ui
                .add_enabled(!dialog.text.trim().is_empty(), egui::Button::new(action))
                .clicked()
            {
                go = Some(expand(&dialog.text));
            }
            cancel |= ui.button("Cancel").clicked();
        });
        if dialog.purpose == PathPurpose::Open {
            ui.separator();
            ui.label(egui::RichText::new("Saved projects").strong());
            if saved.is_empty() {
                ui.weak("(none yet)");
            }
            egui::ScrollArea::vertical()
                .id_salt("saved_in_dialog")
                .max_height(160.0)
                .show(ui, |ui| {
                    for p in &saved {
                        let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
                        if ui
                            .link(name.unwrap_or_default())
                            .on_hover_text(p.display().to_string())
                            .clicked()
                        {
                            go = Some(p.clone());
                        }
                    }
                });
            ui.label(egui::RichText::new("Recent files").strong());
            if recent.is_empty() {
                ui.weak("(none yet)");
            }
            for p in &recent {
                if ui.link(p.display().to_string()).clicked() {
                    go = Some(p.clone());
                }
            }
        }
    });
    if modal.should_close() && go.is_none() {
        cancel = true;
    }
    if let Some(path) = go {
        let purpose = dialog.purpose;
        dialogs.path = None;
        cx.push(match purpose {
            PathPurpose::Open => UiCommand::OpenFile(path),
            PathPurpose::Save => UiCommand::SaveTo(path),
        });
    } else if cancel {
        dialogs.path = None;
        dialogs.close_after_save = false;
    }
}
