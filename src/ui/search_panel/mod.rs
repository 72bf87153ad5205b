//! The corpus search panel (Ctrl+Shift+F), along the bottom of the window: a query
//! (plain, whole word, case, regex), optionally only inside annotations of a label,
//! source or author; the hits as keyword-in-context rows (document, date, the
//! match in its context, labels there), virtualized; Enter or a click shows the
//! document with the match selected; "Tag" tags every hit (or the checked ones)
//! as one undo step.
//! The search runs a few hundred documents per frame ([`run::SearchRun`]).

mod export;
mod row;
mod run;

use crate::search::Query;

use super::command::UiCommand;
use super::state::PanelContext;
pub use row::ShownRow;
pub(crate) use run::SearchRun;

/// The panel's own state.
#[derive(Debug, Default)]
pub struct SearchPanel {
    /// Shown.
    pub open: bool,
    /// The query as typed (searched as it changes).
    pub query: Query,
    /// The label the Tag button uses.
    pub tag_label: String,
    /// The source the Tag button gives (labels that take one).
    pub tag_source: String,
    /// The run: hits and selection.
    pub(crate) run: SearchRun,
    /// Put the keyboard in the query field on the next frame.
    pub focus_query: bool,
    /// The hits checked for "Tag checked" (cleared when the query changes).
    pub checked: std::collections::BTreeSet<crate::search::Hit>,
    /// Where "Export hits" writes (proposed beside the project).
    pub export_path: String,
    /// The result rows drawn in the last frame, with what each highlighted.
    shown: Vec<ShownRow>,
}

impl SearchPanel {
    /// Opens the panel with the keyboard in its query field.
    pub fn show(&mut self) {
        self.open = true;
        self.focus_query = true;
    }

    /// The hits so far (positions in `project.documents`, char offsets).
    pub fn hits(&self) -> &[crate::search::Hit] {
        self.run.session.hits()
    }

    /// The result rows drawn in the last frame (tests): each hit's row text and
    /// the chars of it highlighted.
    pub fn shown_rows(&self) -> &[ShownRow] {
        &self.shown
    }

    /// "3 of 120", "120 hits", "no hits"…
    pub fn position_label(&self) -> String {
        self.run.session.position_label()
    }
}

/// The panel along the bottom of the window, when open.
pub(crate) fn bottom_panel(
    state: &super::state::AppState,
    commands: &mut Vec<UiCommand>,
    corpus: &mut super::corpus_actions::CorpusPanels,
    ui: &mut egui::Ui,
) {
    if !corpus.search.open {
        return;
    }
    egui::Panel::bottom("corpus_search")
        .resizable(true)
        .default_size(220.0)
        .min_size(140.0)
        .show(ui, |ui| {
            let mut cx = PanelContext::new(state, commands);
            let authors = corpus.documents.table.annotators();
            search_panel(&mut cx, &mut corpus.search, authors, ui);
        });
}

/// An id for the query field (tests and focus).
fn query_id() -> egui::Id {
    egui::Id::unique("corpus_search_query")
}

/// Draws the panel (when open) and searches on.
/// `authors` are the names offered for "by" (the documents table's annotators).
pub(crate) fn search_panel(
    cx: &mut PanelContext,
    panel: &mut SearchPanel,
    authors: &[String],
    ui: &mut egui::Ui,
) {
    let project = cx.state.editor.project();
    query_row(cx, panel, authors, ui);
    if panel.run.session.query() != &panel.query {
        panel.checked.clear();
    }
    panel.run.follow(&panel.query, cx.state.editor.generation());
    if panel.run.step(project, run::FRAME_BUDGET) {
        ui.ctx().request_repaint();
    }
    tag_row(cx, panel, ui);
    export::export_row(cx, panel, ui);
    if let Some(e) = &panel.run.error {
        ui.colored_label(ui.visuals().error_fg_color, e);
    }
    results(cx, panel, ui);
}

fn query_row(
    cx: &mut PanelContext,
    panel: &mut SearchPanel,
    authors: &[String],
    ui: &mut egui::Ui,
) {
    let project = cx.state.editor.project();
    ui.horizontal(|ui| {
        let label = ui.label("Search the corpus");
        let r = ui
            .add(
                egui::TextEdit::singleline(&mut panel.query.text)
                    .id(query_id())
                    .hint_text("text, or a regular expression")
                    .desired_width(240.0),
            )
            .labelled_by(label.id);
        if panel.focus_query {
            r.request_focus();
            panel.focus_query = false;
        }
        let enter = r.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter));
        let focused = r.has_focus();
        ui.checkbox(&mut panel.query.whole_word, "Whole word");
        ui.checkbox(&mut panel.query.case_sensitive, "Match case");
        ui.checkbox(&mut panel.query.regex, "Regex");
        ui.separator();
        let within = &mut panel.query.within;
        let mut labels: Vec<(String, String)> = (project.schema.labels.iter())
            .map(|l| (l.id.clone(), l.name.clone()))
            .collect();
        labels.insert(0, (String::new(), "any label".into()));
        choice(ui, "search_within_label", "In", &mut within.label, &labels);
        let mut authors: Vec<(String, String)> =
            authors.iter().map(|a| (a.clone(), a.clone())).collect();
        authors.insert(0, (String::new(), "any author".into()));
        choice(
            ui,
            "search_within_author",
            "by",
            &mut within.author,
            &authors,
        );
        let mut source = within.source.clone().unwrap_or_default();
        let sl = ui.label("source");
        if ui
            .add(
                egui::TextEdit::singleline(&mut source)
                    .desired_width(80.0)
                    .hint_text("any"),
            )
            .labelled_by(sl.id)
            .changed()
        {
            within.source = Some(source.trim().to_string()).filter(|s| !s.is_empty());
        }
        ui.separator();
        if !panel.query.text.is_empty() {
            ui.label(panel.position_label());
        }
        // Enter in the field, or ↑/↓ there: the next / previous hit, shown.
        let down = focused && ui.input(|i| i.key_pressed(egui::Key::ArrowDown));
        let up = focused && ui.input(|i| i.key_pressed(egui::Key::ArrowUp));
        let shift = ui.input(|i| i.modifiers.shift);
        let step = if (enter && shift) || up {
            panel.run.session.select_previous()
        } else if enter || down {
            panel.run.session.select_next()
        } else {
            None
        };
        if step.is_some()
            && let Some(i) = panel.run.session.selected()
        {
            cx.push(UiCommand::OpenSearchHit(i));
            if enter {
                panel.focus_query = true;
            }
        }
        if ui.button("Close").clicked() {
            panel.open = false;
        }
    });
}

/// A combo box choosing one of `options` (value, text); the empty value is "none".
fn choice(
    ui: &mut egui::Ui,
    id: &str,
    label: &str,
    value: &mut Option<String>,
    options: &[(String, String)],
) {
    let current = value.clone().unwrap_or_default();
    let shown = (options.iter())
        .find(|(v, _)| *v == current)
        .map_or(current.clone(), |(_, t)| t.clone());
    let l = ui.label(label);
    egui::ComboBox::from_id_salt(id)
        .selected_text(shown)
        .show_ui(ui, |ui| {
            for (v, t) in options {
                if ui.selectable_label(current == *v, t).clicked() {
                    *value = Some(v.clone()).filter(|v| !v.is_empty());
                }
            }
        })
        .response
        .labelled_by(l.id);
}

fn tag_row(cx: &mut PanelContext, panel: &mut SearchPanel, ui: &mut egui::Ui) {
    let schema = &cx.state.editor.project().schema;
    if schema.label(&panel.tag_label).is_none() {
        panel.tag_label = schema
            .labels
            .first()
            .map(|l| l.id.clone())
            .unwrap_or_default();
    }
    ui.horizontal(|ui| {
        let options: Vec<(String, String)> = (schema.labels.iter())
            .map(|l| (l.id.clone(), l.name.clone()))
            .collect();
        let mut label = Some(panel.tag_label.clone());
        choice(
            ui,
            "search_tag_label",
            "Tag the results as",
            &mut label,
            &options,
        );
        panel.tag_label = label.unwrap_or_default();
        let needs_source = schema
            .label(&panel.tag_label)
            .is_some_and(|l| l.needs_source);
        if needs_source {
            let sl = ui.label("with source");
            ui.add(egui::TextEdit::singleline(&mut panel.tag_source).desired_width(100.0))
                .labelled_by(sl.id);
        }
        let n = panel.run.session.len();
        let more = if panel.run.session.is_complete() {
            ""
        } else {
            "+"
        };
        let ready = n > 0 && !panel.tag_label.is_empty();
        let button = egui::Button::new(format!("Tag {n}{more} results"));
        let copy = ui
            .add_enabled(n > 0, egui::Button::new("Copy as JSONL"))
            .on_hover_text("The hits found so far, one JSON object a line, as `marginalia search --json` prints them");
        if copy.clicked() {
            copy_hits(cx, panel, ui);
        }
        let source =
            Some(panel.tag_source.trim().to_string()).filter(|s| needs_source && !s.is_empty());
        if ui.add_enabled(ready, button).clicked() {
            cx.push(UiCommand::TagSearchHits {
                label: panel.tag_label.clone(),
                source: source.clone(),
                checked_only: false,
            });
        }
        let checked = panel.checked.len();
        let button = egui::Button::new(format!("Tag {checked} checked"));
        if ui.add_enabled(ready && checked > 0, button).clicked() {
            cx.push(UiCommand::TagSearchHits {
                label: panel.tag_label.clone(),
                source,
                checked_only: true,
            });
        }
    });
}

/// Copies the hits found so far as JSONL (`{"doc", "start", "end", "text",
/// "context", "labels"}`, chars, end exclusive) to the clipboard.
fn copy_hits(cx: &mut PanelContext, panel: &SearchPanel, ui: &egui::Ui) {
    let project = cx.state.editor.project();
    let Some(index) = panel.run.index() else {
        return;
    };
    let out = export::hits_jsonl(project, index, panel.run.session.hits());
    let n = panel.run.session.len();
    ui.ctx().copy_text(out);
    cx.info(format!(
        "Copied {} as JSONL",
        crate::model::text::plural(n, "hit")
    ));
}

/// The hits, one keyword-in-context row each; only the rows in sight are made.
fn results(cx: &mut PanelContext, panel: &mut SearchPanel, ui: &mut egui::Ui) {
    let project = cx.state.editor.project();
    let Some(index) = panel.run.index() else {
        ui.weak("Type to search every document; Enter shows the first hit, ↑/↓ step through them.");
        return;
    };
    let hits = panel.run.session.hits();
    let selected = panel.run.session.selected();
    let row_height = ui.spacing().interact_size.y;
    let mut clicked = None;
    panel.shown.clear();
    egui::ScrollArea::vertical()
        .id_salt("corpus_search_results")
        .auto_shrink([false, false])
        .show_rows(ui, row_height, hits.len(), |ui, range| {
            for i in range {
                let Some((mut text, shown)) = row::kwic_row(ui, project, index, hits[i]) else {
                    continue;
                };
                text.wrap.max_rows = 1;
                panel.shown.push(shown);
                ui.horizontal(|ui| {
                    let mut on = panel.checked.contains(&hits[i]);
                    let c = ui.add(egui::Checkbox::without_text(&mut on));
                    c.widget_info(|| {
                        let name = format!("Check hit {}", i + 1);
                        egui::WidgetInfo::selected(egui::Role::CheckBox, true, on, name)
                    });
                    if c.changed() && !panel.checked.remove(&hits[i]) {
                        panel.checked.insert(hits[i]);
                    }
                    let r = ui.add(
                        egui::Button::selectable(selected == Some(i), text)
                            .truncate()
                            .min_size(egui::vec2(ui.available_width(), row_height)),
                    );
                    if r.clicked() {
                        clicked = Some(i);
                    }
                });
            }
        });
    if let Some(i) = clicked {
        panel.run.session.select(i);
        cx.push(UiCommand::OpenSearchHit(i));
    }
}
