//! "Save changes?" — asked before closing the window or replacing a project that has
//! unsaved changes: Save, Discard or Cancel.

use super::Dialogs;
use crate::ui::command::UiCommand;
use crate::ui::state::PanelContext;

pub(super) fn show(cx: &mut PanelContext, dialogs: &mut Dialogs, ctx: &egui::Context) {
    if dialogs.unsaved.is_none() {
        return;
    }
    #[derive(PartialEq)]
    enum Choice {
        Save,
        Discard,
        Cancel,
    }
    let mut choice = None;
    let name = cx.state.editor.project().name.clone();
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
    let Some(after) = dialogs.unsaved.take() else {
        return;
    };
    match choice {
        Choice::Cancel => cx.info("Cancelled"),
        Choice::Discard => cx.push(UiCommand::DiscardUnsaved(after)),
        // The save runs in the background; what waited goes on once it succeeds.
        Choice::Save => cx.push(UiCommand::SaveThen(after)),
    }
}
