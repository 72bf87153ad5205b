//! The left panel: the project's documents (click to switch; each keeps its own
//! selection and scroll position in the view), then the saved projects and recent
//! files to open — the start/Open panel.

use super::command::UiCommand;
use super::state::PanelContext;

/// The project's name, editable; committed (one undoable rename) on Enter or when
/// the field loses focus.
fn project_name(cx: &mut PanelContext, buffer: &mut String, ui: &mut egui::Ui) {
    let id = egui::Id::unique("project_name_field");
    let focused = ui.ctx().memory(|m| m.has_focus(id));
    if !focused {
        buffer.clone_from(&cx.state.editor.project().name);
    }
    let label = ui.weak("Project");
    let r = ui
        .add(
            egui::TextEdit::singleline(buffer)
                .id(id)
                .desired_width(f32::INFINITY),
        )
        .labelled_by(label.id);
    if r.lost_focus() && *buffer != cx.state.editor.project().name {
        cx.push(UiCommand::RenameProject(buffer.clone()));
    }
}

/// Draws the left panel.
/// `name_buffer` is the panel's own state: the project name being edited.
pub(crate) fn documents_panel(cx: &mut PanelContext, name_buffer: &mut String, ui: &mut egui::Ui) {
    project_name(cx, name_buffer, ui);
    ui.separator();
    ui.heading("Documents");
    let project = cx.state.editor.project();
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
                let current = cx.state.current_doc.as_deref() == Some(d.id.as_str());
                let n = cx.state.derived.count(&d.id);
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
        cx.push(UiCommand::SwitchDocument(id));
    }
    if let Some(id) = close {
        cx.push(UiCommand::SwitchDocument(id));
        cx.push(UiCommand::CloseDocument);
    }
    ui.separator();
    egui::CollapsingHeader::new("Saved projects")
        .default_open(true)
        .show(ui, |ui| {
            if cx.state.saved_list.is_empty() {
                ui.weak(format!("none in {}", cx.state.saved_dir.display()));
            }
            for p in cx.state.saved_list.clone() {
                let name = p
                    .file_stem()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                if ui
                    .link(name)
                    .on_hover_text(p.display().to_string())
                    .clicked()
                {
                    cx.push(UiCommand::OpenFile(p));
                }
            }
            if ui.small_button("refresh").clicked() {
                cx.push(UiCommand::RefreshSavedProjects);
            }
        });
    egui::CollapsingHeader::new("Recent files")
        .default_open(false)
        .show(ui, |ui| {
            if cx.state.settings.recent.is_empty() {
                ui.weak("none yet");
            }
            for p in cx.state.settings.recent.clone() {
                let name = p
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default();
                if ui
                    .link(name)
                    .on_hover_text(p.display().to_string())
                    .clicked()
                {
                    cx.push(UiCommand::OpenFile(p));
                }
            }
        });
    ui.weak("Drop .ron, .md, .txt or .html files on the window to open them, or .jsonl files and brat folders to import them.");
}
