//! The left panel: the project's documents (click to switch; each keeps its own
//! selection and scroll position in the view), then the saved projects and recent
//! files to open — the start/Open panel.

use super::app::MarginaliaApp;
use super::command::UiCommand;

/// Draws the left panel.
pub(crate) fn documents_panel(app: &mut MarginaliaApp, ui: &mut egui::Ui) {
    ui.heading("Documents");
    let project = app.editor.project();
    let mut counts = std::collections::HashMap::<&str, usize>::new();
    for a in &project.annotations {
        *counts.entry(a.doc.as_str()).or_default() += 1;
    }
    let mut switch_to = None;
    egui::ScrollArea::vertical()
        .id_salt("documents_list")
        .max_height(ui.available_height() * 0.55)
        .show(ui, |ui| {
            if project.documents.is_empty() {
                ui.weak("No documents yet.");
            }
            for d in &project.documents {
                let current = app.current_doc.as_deref() == Some(d.id.as_str());
                let n = counts.get(d.id.as_str()).copied().unwrap_or(0);
                let r = ui
                    .selectable_label(current, &d.title)
                    .on_hover_text(format!(
                        "{} annotations · {} chars{}",
                        n,
                        d.char_len(),
                        d.origin
                            .as_ref()
                            .map(|o| format!("\nfrom {o}"))
                            .unwrap_or_default()
                    ));
                if r.clicked() && !current {
                    switch_to = Some(d.id.clone());
                }
            }
        });
    if let Some(id) = switch_to {
        app.commands.push(UiCommand::SwitchDocument(id));
    }
    ui.separator();
    egui::CollapsingHeader::new("Saved projects")
        .default_open(true)
        .show(ui, |ui| {
            if app.saved_list.is_empty() {
                ui.weak(format!("none in {}", app.saved_dir.display()));
            }
            for p in app.saved_list.clone() {
                let name = p
                    .file_stem()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                if ui
                    .link(name)
                    .on_hover_text(p.display().to_string())
                    .clicked()
                {
                    app.commands.push(UiCommand::OpenFile(p));
                }
            }
            if ui.small_button("refresh").clicked() {
                app.saved_list = super::saved_projects::list(&app.saved_dir);
            }
        });
    egui::CollapsingHeader::new("Recent files")
        .default_open(false)
        .show(ui, |ui| {
            if app.settings.recent.is_empty() {
                ui.weak("none yet");
            }
            for p in app.settings.recent.clone() {
                let name = p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                if ui
                    .link(name)
                    .on_hover_text(p.display().to_string())
                    .clicked()
                {
                    app.commands.push(UiCommand::OpenFile(p));
                }
            }
        });
    ui.weak("Drop .ron, .md, .txt or .html files on the window to open them, or .jsonl files and brat folders to import them.");
}
