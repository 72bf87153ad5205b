//! The runner's side of the corpus commands (issue 12): the documents table's
//! navigation and "done" marks, metadata edits, Import folder…, the search panel's
//! hits shown and tagged. Every project change is an [`Edit`], so it undoes.
//!
//! (Methods of [`MarginaliaApp`], like the other runner files.)

use crate::edit::Edit;

use super::app::MarginaliaApp;
use super::command::UiCommand;
use super::documents_panel::DocumentsPanel;
use super::import_folder::ImportSummary;
use super::search_panel::SearchPanel;

/// The corpus panels' own state, kept by the app.
#[derive(Debug, Default)]
pub struct CorpusPanels {
    /// The documents table and the metadata editor (left panel).
    pub documents: DocumentsPanel,
    /// The search panel (bottom).
    pub search: SearchPanel,
    /// The last folder import's summary, while shown.
    pub import_summary: Option<ImportSummary>,
}

/// The search panel along the bottom (when open) and the import summary window
/// (when there is one).
/// (The frame's helper: it hands each its own state and a `PanelContext`.)
pub(crate) fn show_search_and_summary(app: &mut MarginaliaApp, ui: &mut egui::Ui) {
    let corpus = &mut app.corpus;
    super::search_panel::bottom_panel(&app.state, &mut app.commands, corpus, ui);
    super::import_folder::show_summary(&mut corpus.import_summary, ui.ctx());
}

impl MarginaliaApp {
    /// Runs a corpus command ([`UiCommand::is_corpus`]).
    pub(crate) fn run_corpus_command(&mut self, ctx: &egui::Context, command: UiCommand) {
        use UiCommand::*;
        match command {
            ImportFolder => self.import_folder_dialog(ctx),
            SearchCorpus => self.corpus.search.show(),
            NextDocument => self.step_document(true),
            PreviousDocument => self.step_document(false),
            ToggleDocumentDone => match self.state.current_doc.clone() {
                Some(doc) => {
                    let me = self.state.settings.analyst.trim().to_string();
                    let done = !self
                        .project()
                        .document(&doc)
                        .is_some_and(|d| d.is_done_by(&me));
                    self.set_document_done(doc, done);
                }
                None => self.set_error("No document to mark done"),
            },
            SetDocumentDone { doc, done } => self.set_document_done(doc, done),
            SetDocumentMeta { doc, meta } => self.set_document_meta(doc, meta),
            OpenSearchHit(i) => self.open_search_hit(i),
            TagSearchHits {
                label,
                source,
                checked_only,
            } => self.tag_search_hits(&label, source.as_deref(), checked_only),
            ExportSearchHits(path) => self.export_search_hits(&path),
            BrowseSearchHitsFile => self.browse_search_hits_file(ctx),
            _ => {}
        }
    }

    /// The hits of the search panel so far (tests).
    pub fn search_hits(&self) -> &[crate::search::Hit] {
        self.corpus.search.hits()
    }

    /// The documents in the table's order and filters (tests).
    pub fn documents_table_rows(&self) -> Vec<String> {
        let project = self.project();
        (self.corpus.documents.table.rows().iter())
            .filter_map(|&i| project.documents.get(i).map(|d| d.id.clone()))
            .collect()
    }

    /// The corpus panels' state, to change (tests set filters and queries here as
    /// a person would type them).
    pub fn corpus_panels_mut(&mut self) -> &mut CorpusPanels {
        &mut self.corpus
    }

    /// The corpus panels' state.
    pub fn corpus_panels(&self) -> &CorpusPanels {
        &self.corpus
    }

    fn step_document(&mut self, forward: bool) {
        let project = self.state.editor.project();
        let current = self.state.current_doc.as_deref();
        match self
            .corpus
            .documents
            .table
            .neighbour(project, current, forward)
        {
            Some(id) => self.switch_document(&id),
            None => self.set_info(if forward {
                "This is the last document of the table"
            } else {
                "This is the first document of the table"
            }),
        }
    }

    fn set_document_meta(&mut self, doc: String, meta: Box<crate::model::DocumentMeta>) {
        if self.apply_edit(Edit::SetDocumentMeta { doc, meta }) {
            self.set_info("Metadata saved (Ctrl+Z undoes)");
        }
    }

    fn set_document_done(&mut self, doc: String, done: bool) {
        let analyst = self.state.settings.analyst.trim().to_string();
        if analyst.is_empty() {
            self.set_error(
                "Set your name first (Edit ▸ Analyst name…): a done mark is per analyst",
            );
            return;
        }
        self.apply_edit(Edit::SetDocumentDone { doc, analyst, done });
    }

    /// Shows hit `i` of the search panel: its document, the match selected (ready
    /// to tag with 1/2/3) and scrolled to.
    fn open_search_hit(&mut self, i: usize) {
        let Some(hit) = self.corpus.search.run.session.select(i) else {
            return;
        };
        let Some(doc) = self.project().documents.get(hit.doc).map(|d| d.id.clone()) else {
            return;
        };
        self.switch_document(&doc);
        self.state.selected = None;
        self.view.set_selection(&doc, Some((hit.start, hit.end)));
        self.view.scroll_to(&doc, hit.start);
        let label = self.corpus.search.position_label();
        self.set_info(format!(
            "Hit {label} selected: press a label's key to tag it"
        ));
    }

    /// Tags every hit of the search (searching to the end first), or only the
    /// checked ones, as one edit.
    fn tag_search_hits(&mut self, label: &str, source: Option<&str>, checked_only: bool) {
        let project = self.state.editor.project();
        let needs_source = project.schema.label(label).is_some_and(|l| l.needs_source);
        if needs_source && source.is_none_or(|s| s.trim().is_empty()) {
            self.set_error("Type the source these attributions name, beside the label, then Tag");
            return;
        }
        self.corpus.search.run.finish_now(project);
        let author = self.state.settings.analyst.trim().to_string();
        let search = &mut self.corpus.search;
        let checked: Vec<crate::search::Hit>;
        let hits = if checked_only {
            checked = (search.hits().iter())
                .filter(|h| search.checked.contains(h))
                .copied()
                .collect();
            search.checked.clear();
            &checked[..]
        } else {
            search.hits()
        };
        match crate::search::tag_hits(project, hits, label, source, &author) {
            Ok(tagged) if tagged.added == 0 => {
                self.set_info(format!(
                    "Nothing to tag: all {} hits are tagged already",
                    tagged.skipped
                ));
            }
            Ok(tagged) => {
                let (added, skipped) = (tagged.added, tagged.skipped);
                if self.apply_edit(tagged.edit) {
                    self.set_info(format!(
                        "Tagged {} ({} skipped: already tagged); Ctrl+Z undoes them all",
                        crate::model::text::plural(added, "hit"),
                        skipped
                    ));
                }
            }
            Err(e) => self.set_error(format!("Cannot tag the results: {e}")),
        }
    }
}
