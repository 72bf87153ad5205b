//! The documents table: title, outlet, date, annotations by label, annotators and
//! progress, sortable by any column (click its header; again for descending),
//! filtered (outlet, date range, label present, annotator, progress, text), drawn
//! row by row only where in sight. The figures are counted once per project
//! version and the ordered rows kept until the version, the filters, the sort or
//! the analyst change, so a frame costs the visible rows.

use std::time::Duration;

use crate::edit::Change;
use crate::model::Project;
use crate::search::{
    DocumentFacts, DocumentFilter, FilterScan, SortBy, TextMatches, table_rows_with,
};

use super::super::command::UiCommand;
use super::super::state::PanelContext;
use super::header::{column_widths, header};

/// How long a frame may spend searching a new text filter (the rest of the
/// frame fits in the other half of 16 ms).
const SCAN_BUDGET: Duration = Duration::from_millis(8);

/// What the ordered rows were made from.
#[derive(Debug, Clone, PartialEq)]
struct RowsKey {
    generation: u64,
    filter: DocumentFilter,
    sort: SortBy,
    descending: bool,
    analyst: String,
}

/// The table's own state: filters, sort, and the cached figures and rows.
#[derive(Debug, Default)]
pub struct DocumentsTable {
    /// Which documents show.
    pub filter: DocumentFilter,
    /// The column sorted by.
    pub sort: SortBy,
    /// Sorted from the largest (or latest) down.
    pub descending: bool,
    /// The filters are shown.
    pub show_filters: bool,
    facts: Option<(u64, DocumentFacts)>,
    rows: Vec<usize>,
    rows_key: Option<RowsKey>,
    /// The text filter's matches, per document (texts never change).
    text: Option<TextMatches>,
    /// A new filter's text being searched, a slice a frame, for the rows of this
    /// key; the rows of the previous key are shown until it is done.
    pending: Option<(RowsKey, FilterScan)>,
    /// The time a frame gives the scan (8 ms when not set).
    scan_budget: Option<Duration>,
    error: Option<String>,
    /// ↑/↓/Enter in the table.
    pub(super) keys: super::keys::TableKeys,
    /// The visible rows' cells, laid out.
    cells: super::row_cells::RowCells,
    /// Every change since the rows were ordered touched annotations only, and the
    /// figures followed them: rows ordered and filtered without the figures stay.
    annotations_only_since_rows: bool,
}

impl DocumentsTable {
    /// Brings the figures and the ordered rows up to date (cheap when nothing
    /// changed: one comparison of the key).
    pub fn refresh(&mut self, project: &Project, generation: u64, analyst: &str) {
        if self.facts.as_ref().is_none_or(|(g, _)| *g != generation) {
            self.facts = Some((generation, DocumentFacts::new(project)));
            self.annotations_only_since_rows = false;
        }
        let key = RowsKey {
            generation,
            filter: self.filter.clone(),
            sort: self.sort,
            descending: self.descending,
            analyst: analyst.trim().to_string(),
        };
        if self.rows_key.as_ref() == Some(&key) {
            self.pending = None;
            return;
        }
        if self.annotations_only_since_rows
            && !key.filter.reads_figures()
            && !key.sort.reads_figures()
            && self.rows_key.as_ref().is_some_and(|k| {
                RowsKey {
                    generation,
                    ..k.clone()
                } == key
            })
        {
            // Only annotations changed, and neither the filters nor the order
            // look at them: the rows are as they were.
            self.pending = None;
            self.rows_key = Some(key);
            return;
        }
        let Some((_, facts)) = &self.facts else {
            return;
        };
        let wanted = key.filter.text.trim();
        if self.text.as_ref().is_none_or(|t| t.text() != wanted) {
            // Typing narrows from what the previous text found.
            let followed = match self.text.as_mut() {
                Some(t) => t.follow(wanted),
                None => TextMatches::new(wanted).map(|t| self.text = Some(t)),
            };
            if let Err(e) = followed {
                self.text = None;
                self.pending = None;
                self.rows.clear();
                self.error = Some(e.to_string());
                self.rows_key = Some(key);
                return;
            }
        }
        let Some(text) = self.text.as_mut() else {
            return;
        };
        // The rows shown meanwhile point into the documents as they were: when
        // those may have changed (counted again), the scan finishes at once.
        let budget = if self.annotations_only_since_rows {
            self.scan_budget.unwrap_or(SCAN_BUDGET)
        } else {
            Duration::MAX
        };
        if self.pending.as_ref().is_none_or(|(k, _)| *k != key) {
            // A new filter (or a further key typed) supersedes the scan running.
            let scan = FilterScan::new(project, facts, &key.filter, &key.analyst);
            self.pending = Some((key.clone(), scan));
        }
        let Some((_, scan)) = self.pending.as_mut() else {
            return;
        };
        if !scan.step(project, text, budget) {
            return;
        }
        self.pending = None;
        self.rows = table_rows_with(
            project,
            facts,
            &key.filter,
            key.sort,
            key.descending,
            &key.analyst,
            text,
        );
        self.error = None;
        self.rows_key = Some(key);
        self.annotations_only_since_rows = true;
    }

    /// Follows an edit, undo or redo: the figures are brought forward from the
    /// annotations it touched (O(touched)) when they were at its starting version;
    /// otherwise the next [`DocumentsTable::refresh`] counts again.
    pub fn follow_change(&mut self, project: &Project, change: &Change) {
        let Some((generation, facts)) = self.facts.as_mut() else {
            return;
        };
        let carried = change.annotations.as_ref().is_some_and(|t| {
            *generation == change.from && facts.apply_change(project, &t.before, &t.after)
        });
        if carried {
            *generation = change.to;
        } else {
            self.annotations_only_since_rows = false;
        }
    }

    /// How far a new filter's scan is (0 to 1) while the previous rows are shown;
    /// `None` when the rows are those of the filter.
    pub fn filtering(&self) -> Option<f32> {
        self.pending.as_ref().map(|(_, scan)| scan.fraction())
    }

    /// Sets the time a frame gives a new text filter's scan (8 ms by default);
    /// tests give none, to see the scan run over several frames.
    pub fn set_scan_budget(&mut self, budget: Duration) {
        self.scan_budget = Some(budget);
    }

    /// The documents shown, in table order (positions in `project.documents`).
    pub fn rows(&self) -> &[usize] {
        &self.rows
    }

    /// The figures counted for the project version last seen.
    pub fn facts(&self) -> Option<&DocumentFacts> {
        self.facts.as_ref().map(|(_, f)| f)
    }

    /// Every annotator named in the project (for the search panel's "by").
    pub fn annotators(&self) -> &[String] {
        self.facts().map_or(&[], |f| f.annotators.as_slice())
    }

    /// The document after (`forward`) or before `current` in table order; the
    /// first (or last) row when `current` is not in the table.
    pub fn neighbour(
        &self,
        project: &Project,
        current: Option<&str>,
        forward: bool,
    ) -> Option<String> {
        let at = current.and_then(|id| {
            self.rows
                .iter()
                .position(|&i| project.documents.get(i).is_some_and(|d| d.id == id))
        });
        let next = match (at, forward) {
            (Some(k), true) => k + 1,
            (Some(k), false) => k.checked_sub(1)?,
            (None, true) => 0,
            (None, false) => self.rows.len().checked_sub(1)?,
        };
        let &i = self.rows.get(next)?;
        project.documents.get(i).map(|d| d.id.clone())
    }
}

/// Draws the header, the filters and the rows.
pub(crate) fn show(cx: &mut PanelContext, table: &mut DocumentsTable, ui: &mut egui::Ui) {
    let project = cx.state.editor.project();
    let analyst = cx.state.settings.analyst.clone();
    table.refresh(project, cx.state.editor.generation(), &analyst);
    // Taken out for the frame (no copy), put back at the end.
    let Some((generation, facts)) = table.facts.take() else {
        return;
    };
    ui.horizontal(|ui| {
        ui.heading("Documents");
        ui.weak(format!(
            "{} of {} shown",
            table.rows.len(),
            project.documents.len()
        ));
        ui.toggle_value(&mut table.show_filters, "Filters");
        if let Some(done) = table.filtering() {
            // The previous rows stay until the new filter's scan is done.
            ui.weak(format!("filtering… {:.0}%", done * 100.0));
            ui.ctx().request_repaint();
        }
    });
    if table.show_filters {
        super::filters::show(cx, table, &facts, ui);
    }
    if let Some(e) = &table.error {
        ui.colored_label(ui.visuals().error_fg_color, e);
    }
    header(ui, table, &facts, project);
    let row_height = ui.spacing().interact_size.y;
    let max_height = ui.available_height() * 0.6;
    if project.documents.is_empty() {
        ui.weak("No documents yet.");
    }
    let current_id = cx.state.current_doc.clone();
    let mut keys = std::mem::take(&mut table.keys);
    let mut switch_to = keys.handle(ui, table, project, current_id.as_deref());
    table.keys = keys;
    let mut close = None;
    let mut done = None;
    let mut row_clicked = false;
    let mut scroll = egui::ScrollArea::vertical()
        .id_salt("documents_list")
        .max_height(max_height);
    if let Some(y) = table
        .keys
        .take_scroll_offset(row_height + ui.spacing().item_spacing.y)
    {
        scroll = scroll.vertical_scroll_offset(y);
    }
    let cursor = table.keys.cursor.clone();
    let mut visible = 0..0;
    let mut cells = std::mem::take(&mut table.cells);
    cells.begin(ui, &column_widths(ui.available_width(), facts.labels.len()));
    let list = scroll.show_rows(ui, row_height, table.rows.len(), |ui, range| {
        visible = range.clone();
        for &i in table.rows.get(range).unwrap_or_default() {
            let Some(d) = project.documents.get(i) else {
                continue;
            };
            let current = cx.state.current_doc.as_deref() == Some(d.id.as_str());
            let progress = facts.progress(i, d, &analyst);
            let no_figures = crate::search::DocumentRow::default();
            let row = facts.rows.get(i).unwrap_or(&no_figures);
            let (rect, r) = ui.allocate_exact_size(
                egui::vec2(ui.available_width(), row_height),
                egui::Sense::click(),
            );
            r.widget_info(|| {
                egui::WidgetInfo::selected(egui::Role::Button, true, current, &d.title)
            });
            let visuals = ui.style().interact_selectable(&r, current);
            if current || r.hovered() {
                ui.painter().rect_filled(rect, 2.0, visuals.weak_bg_fill);
            }
            let color = visuals.text_color();
            cells.paint(ui, rect, i, (d, row, progress), color);
            if cursor.as_deref() == Some(d.id.as_str()) {
                let stroke = ui.visuals().selection.stroke;
                let inside = egui::StrokeKind::Inside;
                ui.painter().rect_stroke(rect, 2.0, stroke, inside);
            }
            r.clone().on_hover_ui(|ui| {
                ui.label(&d.title);
                ui.label(progress.name());
                if !d.done_by.is_empty() {
                    ui.label(format!("done by {}", d.done_by.join(", ")));
                }
                if let Some(o) = &d.origin {
                    ui.weak(format!("from {o}"));
                }
            });
            row_clicked |= r.clicked();
            if r.clicked() && !current {
                switch_to = Some(d.id.clone());
            }
            r.context_menu(|ui| {
                let mine = d.is_done_by(analyst.trim());
                let text = if mine { "Mark not done" } else { "Mark done" };
                if ui.button(text).clicked() {
                    done = Some((d.id.clone(), !mine));
                }
                if ui.button("Close document").clicked() {
                    close = Some(d.id.clone());
                }
            });
        }
    });
    cells.keep_only(table.rows.get(visible.clone()).unwrap_or_default());
    table.cells = cells;
    table.keys.visible = visible;
    table.keys.after_rows(ui, list.inner_rect, row_clicked);
    table.facts = Some((generation, facts));
    if let Some(id) = switch_to {
        cx.push(UiCommand::SwitchDocument(id));
    }
    if let Some((doc, done)) = done {
        cx.push(UiCommand::SetDocumentDone { doc, done });
    }
    if let Some(id) = close {
        cx.push(UiCommand::SwitchDocument(id));
        cx.push(UiCommand::CloseDocument);
    }
}
