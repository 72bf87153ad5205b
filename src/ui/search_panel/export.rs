//! Writing the search panel's hits to a file: JSONL as `marginalia search --json`
//! prints it, to a typed destination (beside the project by default, as the Export
//! dialog proposes) or one chosen with "Browse…" (the system save dialog; where
//! none can be shown the typed path still works), written atomically by the store.

use std::path::{Path, PathBuf};

use crate::model::Project;
use crate::search::{CONTEXT_CHARS, CorpusIndex, Hit, ResultLine};

use super::super::app::MarginaliaApp;
use super::super::command::UiCommand;
use super::super::state::PanelContext;
use super::SearchPanel;

/// The hits as JSONL (`{"doc", "start", "end", "text", "context", "labels"}` a
/// line, chars, end exclusive).
pub(super) fn hits_jsonl(project: &Project, index: &CorpusIndex, hits: &[Hit]) -> String {
    let mut out = String::new();
    for &hit in hits {
        if let Some(line) = ResultLine::of(project, index, hit, CONTEXT_CHARS)
            && let Ok(json) = serde_json::to_string(&line)
        {
            out.push_str(&json);
            out.push('\n');
        }
    }
    out
}

/// The proposed destination: `NAME-search.jsonl` where the Export dialog would
/// write `NAME.jsonl`.
fn proposed(project_path: Option<&Path>, fallback_dir: &Path, name: &str) -> String {
    let export = super::super::export_dialog::ExportDialog::new(project_path, fallback_dir, name);
    let path = PathBuf::from(export.path);
    let stem = path
        .file_stem()
        .map_or("export".into(), |s| s.to_string_lossy().into_owned());
    path.with_file_name(format!("{stem}-search.jsonl"))
        .display()
        .to_string()
}

/// The "Export to" row: the typed destination and its button.
pub(super) fn export_row(cx: &mut PanelContext, panel: &mut SearchPanel, ui: &mut egui::Ui) {
    if panel.export_path.is_empty() {
        let state = cx.state;
        let name = &state.editor.project().name;
        panel.export_path = proposed(state.project_path.as_deref(), &state.saved_dir, name);
    }
    ui.horizontal(|ui| {
        let label = ui.label("Export hits to");
        ui.add(egui::TextEdit::singleline(&mut panel.export_path).desired_width(320.0))
            .labelled_by(label.id);
        if ui
            .button("Browse…")
            .on_hover_text("Choose the file in the system dialog")
            .clicked()
        {
            cx.push(UiCommand::BrowseSearchHitsFile);
        }
        let ready = !panel.run.session.is_empty() && !panel.export_path.trim().is_empty();
        let button = egui::Button::new("Export hits");
        if ui
            .add_enabled(ready, button)
            .on_hover_text("Every hit (searching to the end first), as JSONL")
            .clicked()
        {
            cx.push(UiCommand::ExportSearchHits(
                panel.export_path.trim().to_string(),
            ));
        }
    });
}

impl MarginaliaApp {
    /// "Browse…" beside the destination: the system save dialog, proposing the
    /// typed file; its answer replaces the typed path
    /// ([`MarginaliaApp::search_hits_file_picked`]). Without dialogs the typed path
    /// stays, and the status line says to type it.
    pub(crate) fn browse_search_hits_file(&mut self, ctx: &egui::Context) {
        let typed = self.corpus.search.export_path.clone();
        self.browse_save_file(
            ctx,
            super::super::file_dialog::DialogPurpose::SearchHitsFile,
            &typed,
            "Type where to write the hits beside \"Export hits to\"",
            "Choose where to write the hits in the dialog…",
        );
    }

    /// The save dialog's answer for the hits: `Some(file)` becomes the
    /// destination; `None` (no dialog could be shown) keeps the typed one.
    pub(crate) fn search_hits_file_picked(&mut self, picked: Option<PathBuf>) {
        match picked {
            Some(path) => {
                self.corpus.search.export_path = path.display().to_string();
                self.set_info("Export hits: destination chosen; press Export hits to write");
            }
            None => self.set_error(
                "No file dialog could be shown (it needs an XDG desktop portal or zenity): type the destination beside \"Export hits to\"",
            ),
        }
    }

    /// Writes every hit of the search (searching to the end first) to `path` as
    /// JSONL; the status line says how many, or why not in one line.
    pub(crate) fn export_search_hits(&mut self, path: &str) {
        let path = PathBuf::from(path.trim());
        if path.as_os_str().is_empty() {
            self.set_error("Export hits: type where to write");
            return;
        }
        if let Some(p) = self.state.project_path.as_deref()
            && let (Ok(a), Ok(b)) = (path.canonicalize(), p.canonicalize())
            && a == b
        {
            self.set_error(format!(
                "Export hits: {} is the project file itself",
                p.display()
            ));
            return;
        }
        let project = self.state.editor.project();
        let run = &mut self.corpus.search.run;
        run.finish_now(project);
        let Some(index) = run.index() else {
            self.set_error("Export hits: nothing searched yet");
            return;
        };
        let hits = run.session.hits();
        let text = hits_jsonl(project, index, hits);
        let n = hits.len();
        match crate::store::write_atomic(&path, text.as_bytes()) {
            Ok(()) => self.set_info(format!(
                "Wrote {} to {}",
                crate::model::text::plural(n, "hit"),
                path.display()
            )),
            Err(e) => self.set_error(format!("Export hits: {e}")),
        }
    }
}
