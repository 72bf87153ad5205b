//! "Save changes?" — asked before closing the window or replacing a project that has
//! unsaved changes: Save, Discard or Cancel.

use super::AfterUnsaved;
use crate::ui::app::MarginaliaApp;

pub(super) fn show(app: &mut MarginaliaApp, ctx: &egui::Context) {
    if app.dialogs.unsaved.is_none() {
        return;
    }
    #[derive(PartialEq)]
    enum Choice {
        Save,
        Discard,
        Cancel,
    }
    let mut choice = None;
    let name = app.state.editor.project().name.clone();
    let modal = egui::Modal::new(egui::Id::unique("unsaved_changes_prompt")).show(ctx, |ui| {
        ui.set_width(360.0);
        ui.heading("Unsaved changes");
        ui.label(format!("“{name}” has changes that are not saved."));
        ui.horizontal(|ui| {
            if ui.button("Save").clicked() {
                choice = Some(Choice::Save);
            }
            if ui.button("Discard").clicked() {
                choice = Some(Choice::Discard);
            }
            if ui.button("Cancel").clicked() {
                choice = Some(Choice::Cancel);
            }
        });
    });
    if modal.should_close() && choice.is_none() {
        choice = Some(Choice::Cancel);
    }
    let Some(choice) = choice else {
        return;
    };
    let Some(after) = app.dialogs.unsaved.take() else {
        return;
    };
    match choice {
        Choice::Cancel => app.set_info("Cancelled"),
        Choice::Discard => {
            let path = app.state.project_path.clone();
            app.state
                .safety
                .discarded(path.as_deref(), app.state.editor.generation());
            app.continue_after_unsaved(after);
        }
        Choice::Save => match app.state.project_path.clone() {
            Some(path) => {
                // The save runs in the background; what waited goes on once it
                // succeeds (see `finish_save`).
                app.dialogs.after_save = Some(after);
                app.save_to(&path);
            }
            None => {
                // Save As first; only closing waits for it (other actions are dropped,
                // the analyst repeats them once saved).
                app.dialogs.close_after_save = matches!(after, AfterUnsaved::CloseWindow);
                app.commands.push(crate::ui::command::UiCommand::SaveAs);
            }
        },
    }
}
