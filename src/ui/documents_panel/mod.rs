//! The left panel: the project's documents as a sortable, filterable table (click
//! to switch; each keeps its own selection and scroll position in the view), the
//! current document's metadata and "done" mark, then the saved projects and recent
//! files to open — the start/Open panel.

mod filters;
mod header;
mod keys;
mod meta_editor;
mod row_cells;
mod table;
#[cfg(test)]
mod table_tests;

pub use meta_editor::MetaEditor;
pub use table::DocumentsTable;

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

/// The panel's own state: the project name being edited, and (corpus, issue 12)
/// the table and the metadata editor.
#[derive(Debug, Default)]
pub struct DocumentsPanel {
    /// The project name being edited.
    pub name_buffer: String,
    /// The documents table: filters, sort, cached rows.
    pub table: DocumentsTable,
    /// The current document's metadata being edited.
    pub meta: MetaEditor,
}

/// Draws the left panel.
pub(crate) fn documents_panel(
    cx: &mut PanelContext,
    panel: &mut DocumentsPanel,
    ui: &mut egui::Ui,
) {
    project_name(cx, &mut panel.name_buffer, ui);
    ui.separator();
    table::show(cx, &mut panel.table, ui);
    ui.separator();
    meta_editor::show(cx, &mut panel.meta, ui);
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
    ui.weak("Drop .ron, .md, .txt or .html files on the window to open them, or .jsonl files, brat folders and folders of articles to import them.");
}
