//! The safety net's windows: the restore prompt at start, the prompt when the file
//! changed on disk (no clobbering), and the list of orphaned annotations.

use std::path::PathBuf;

use crate::model::Project;
use crate::ui::app::MarginaliaApp;
use crate::ui::install::NewProject;

pub(super) fn restore_prompt(app: &mut MarginaliaApp, ctx: &egui::Context) {
    let Some(entry) = app.state.safety.pending.first().cloned() else {
        return;
    };
    let mut restore = false;
    let mut discard = false;
    let mut later = false;
    egui::Modal::new(egui::Id::unique("restore_unsaved_work")).show(ctx, |ui| {
        ui.set_width(420.0);
        ui.heading("Restore unsaved work?");
        ui.label("Marginalia ended without saving this work:");
        ui.label(entry.describe());
        ui.horizontal(|ui| {
            restore = ui.button("Restore").clicked();
            discard = ui.button("Discard").clicked();
            later = ui.button("Not now").clicked();
        });
    });
    if restore {
        app.push_command(crate::ui::UiCommand::RestoreUnsaved(entry.clone()));
    }
    if discard && let Some(store) = app.state.safety.store() {
        let _ = store.discard(&entry);
    }
    if restore || discard || later {
        app.state.safety.pending.remove(0);
    }
}

/// Runs [`crate::ui::UiCommand::RestoreUnsaved`]: loads `entry` and puts it in
/// the window; the entry is discarded once restored.
pub(crate) fn restore_unsaved(app: &mut MarginaliaApp, entry: &crate::store::RecoveryEntry) {
    let Some(store) = app.state.safety.store().cloned() else {
        return;
    };
    match store.load(entry) {
        Ok(project) => {
            restore_project(app, project, entry.project_path.clone());
            let _ = store.discard(entry);
        }
        Err(e) => app.set_error(format!("Could not restore: {e}")),
    }
}

/// Puts restored work in the window, unsaved (so a save writes it to its file).
fn restore_project(app: &mut MarginaliaApp, project: Project, path: Option<PathBuf>) {
    let name = project.name.clone();
    app.install(NewProject {
        unsaved: true,
        ..NewProject::saved(project, path)
    });
    app.set_info(format!(
        "Restored unsaved work “{name}”; save it to keep it"
    ));
}

pub(super) fn clobber_prompt(app: &mut MarginaliaApp, ctx: &egui::Context) {
    let Some(path) = app.state.safety.clobbered.clone() else {
        return;
    };
    let mut choice = None;
    egui::Modal::new(egui::Id::unique("file_changed_on_disk")).show(ctx, |ui| {
        ui.set_width(460.0);
        ui.heading("The file changed on disk");
        ui.label(format!(
            "{} was changed by another program or a colleague since you opened it. \
             It was not overwritten.",
            path.display()
        ));
        ui.label("Save your work under another name, reload the file and lose your changes, or merge both: every annotation kept with its author, identical ones once.");
        ui.horizontal(|ui| {
            if ui.button("Save As…").clicked() {
                choice = Some(0);
            }
            if ui.button("Reload from disk").clicked() {
                choice = Some(1);
            }
            if ui.button("Merge with the file on disk").clicked() {
                choice = Some(3);
            }
            if ui.button("Keep editing").clicked() {
                choice = Some(2);
            }
        });
    });
    match choice {
        Some(0) => {
            app.state.safety.clobbered = None;
            app.push_command(crate::ui::UiCommand::SaveAs);
        }
        Some(1) => {
            app.state.safety.clobbered = None;
            // Read on a background task like any open (0.3 s for a big project), the
            // analyst's choice standing for the unsaved-changes prompt: the disk
            // version replaces the work unless it is edited meanwhile.
            let generation = app.state.editor.generation();
            app.start_open(&path, Some(generation), false);
        }
        Some(3) => {
            app.state.safety.clobbered = None;
            app.push_command(crate::ui::UiCommand::MergeWithDisk(path));
        }
        Some(_) => app.state.safety.clobbered = None,
        None => {}
    }
}

pub(super) fn orphan_window(app: &mut MarginaliaApp, ctx: &egui::Context) {
    if !app.state.safety.show_orphans {
        return;
    }
    let generation = app.state.editor.generation();
    let fresh = matches!(&app.state.safety.orphans, Some((g, _)) if *g == generation);
    if !fresh {
        let list = app
            .state
            .editor
            .project()
            .annotations
            .iter()
            .filter(|a| a.orphaned)
            .map(|a| (a.doc.clone(), a.label.clone(), a.quote.clone()))
            .collect();
        app.state.safety.orphans = Some((generation, list));
    }
    let Some((_, orphans)) = &app.state.safety.orphans else {
        return;
    };
    if orphans.is_empty() {
        return;
    }
    let mut open = true;
    egui::Window::new(format!("Orphaned annotations ({})", orphans.len()))
        .open(&mut open)
        .default_width(420.0)
        .show(ctx, |ui| {
            ui.label("Their text was not found after the article changed. They are kept, with their old offsets, and not drawn in the article.");
            egui::ScrollArea::vertical().max_height(300.0).show(ui, |ui| {
                for (doc, label, quote) in orphans {
                    ui.label(format!("{doc} · {label}: “{}”", crate::ui::elide(quote, 80)));
                }
            });
        });
    app.state.safety.show_orphans = open;
}
