//! The left panel: the project's documents (click to switch; each keeps its own
//! selection and scroll position in the view), then the saved projects and recent
//! files to open — the start/Open panel.

use super::app::MarginaliaApp;
use super::command::UiCommand;

/// The project's name, editable; committed (one undoable rename) on Enter or when
/// the field loses focus.
fn project_name(app: &mut MarginaliaApp, ui: &mut egui::Ui) {
    let id = egui::Id::unique("project_name_field");
    let focused = ui.ctx().memory(|m| m.has_focus(id));
    if !focused {
        app.project_name_buffer
            .clone_from(&app.editor.project().name);
    }
    let label = ui.weak("Project");
    let r = ui
        .add(
            egui::TextEdit::singleline(&mut app.project_name_buffer)
                .id(id)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    if r.lost_focus() && app.project_name_buffer != app.editor.project().name {
        app.commands
            .push(UiCommand::RenameProject(app.project_name_buffer.clone()));
    }
}

/// Draws the left panel.
pub(crate) fn documents_panel(app: &mut MarginaliaApp, ui: &mut egui::Ui) {
    project_name(app, ui);
    ui.separator();
    ui.heading("Documents");
    let project = app.editor.project();
    let mut switch_to = None;
    let mut close = None;
    // Virtualized rows (one line each): a project of hundreds of articles costs
    // only the rows in sight per frame.
    let row_height = ui.spacing().interact_size.y;
    let max_height = ui.available_height() * 0.55;
    if project.documents.is_empty() {
        ui.weak("No documents yet.");
    }
    egui::ScrollArea::vertical()
        .id_salt("documents_list")
        .max_height(max_height)
        .show_rows(ui, row_height, project.documents.len(), |ui, range| {
            for d in project.documents.get(range).unwrap_or_default() {
                let current = app.current_doc.as_deref() == Some(d.id.as_str());
                let n = app.derived.count(&d.id);
                let r = ui.selectable_label(current, &d.title).on_hover_ui(|ui| {
                    ui.label(format!(
                        "{} · {}{}",
                        crate::model::text::plural(n, "annotation"),
                        crate::model::text::plural(d.char_len(), "char"),
                        d.origin
                            .as_ref()
                            .map(|o| format!("\nfrom {o}"))
                            .unwrap_or_default()
                    ));
                });
                if r.clicked() && !current {
                    switch_to = Some(d.id.clone());
                }
                r.context_menu(|ui| {
                    if ui.button("Close document").clicked() {
                        close = Some(d.id.clone());
                    }
                });
            }
        });
    if let Some(id) = switch_to {
        app.commands.push(UiCommand::SwitchDocument(id));
    }
    if let Some(id) = close {
        app.commands.push(UiCommand::SwitchDocument(id));
        app.commands.push(UiCommand::CloseDocument);
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
                app.commands.push(UiCommand::RefreshSavedProjects);
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
