//! The safety net's windows: the restore prompt at start, the prompt when the file
//! changed on disk (no clobbering), and the list of orphaned annotations.

use std::path::PathBuf;

use crate::model::Project;
use crate::store::{RecoveryEntry, RecoveryStore};
use crate::ui::app::MarginaliaApp;
use crate::ui::command::UiCommand;
use crate::ui::install::NewProject;
use crate::ui::state::PanelContext;

/// The prompts' own state.
#[derive(Debug, Default)]
pub struct SafetyPrompts {
    /// Recovery files offered at start.
    pub pending: Vec<RecoveryEntry>,
    /// A save refused because the file changed on disk: the file.
    pub clobbered: Option<PathBuf>,
    /// Show the orphaned-annotations window.
    pub show_orphans: bool,
    /// The orphans listed in that window (document, label, quote), for the
    /// generation they were gathered at: gathered once, not on every frame.
    orphans: Option<(u64, Vec<OrphanRow>)>,
}

/// One orphaned annotation as the orphans window lists it: document, label, quote.
type OrphanRow = (String, String, String);

impl SafetyPrompts {
    /// The prompts at start: the recovery files found in `store` offered.
    pub fn new(store: Option<&RecoveryStore>) -> Self {
        SafetyPrompts {
            pending: store.map(RecoveryStore::pending).unwrap_or_default(),
            ..Default::default()
        }
    }
}

/// Draws the open prompts (reading the state through `cx`, pushing commands).
pub(super) fn show(cx: &mut PanelContext, prompts: &mut SafetyPrompts, ctx: &egui::Context) {
    restore_prompt(cx, prompts, ctx);
    clobber_prompt(cx, prompts, ctx);
    orphan_window(cx, prompts, ctx);
}

fn restore_prompt(cx: &mut PanelContext, prompts: &mut SafetyPrompts, ctx: &egui::Context) {
    let Some(entry) = prompts.pending.first().cloned() else {
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
        cx.push(UiCommand::RestoreUnsaved(entry.clone()));
    }
    if discard {
        cx.push(UiCommand::DiscardRecovery(entry.clone()));
    }
    if restore || discard || later {
        prompts.pending.remove(0);
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

fn clobber_prompt(cx: &mut PanelContext, prompts: &mut SafetyPrompts, ctx: &egui::Context) {
    let Some(path) = prompts.clobbered.clone() else {
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
    if choice.is_some() {
        prompts.clobbered = None;
    }
    match choice {
        Some(0) => cx.push(UiCommand::SaveAs),
        // Read on a background task like any open (0.3 s for a big project).
        Some(1) => cx.push(UiCommand::ReloadFromDisk(path)),
        Some(3) => cx.push(UiCommand::MergeWithDisk(path)),
        _ => {}
    }
}

fn orphan_window(cx: &mut PanelContext, prompts: &mut SafetyPrompts, ctx: &egui::Context) {
    if !prompts.show_orphans {
        return;
    }
    let generation = cx.state.editor.generation();
    let fresh = matches!(&prompts.orphans, Some((g, _)) if *g == generation);
    if !fresh {
        let list = cx
            .state
            .editor
            .project()
            .annotations
            .iter()
            .filter(|a| a.orphaned)
            .map(|a| (a.doc.clone(), a.label.clone(), a.quote.clone()))
            .collect();
        prompts.orphans = Some((generation, list));
    }
    let Some((_, orphans)) = &prompts.orphans else {
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
    prompts.show_orphans = open;
}
