//! The documents table's cells, laid out once and kept: a row's texts (title,
//! outlet, date, counts, annotators, progress) are shaped into galleys the first
//! time the row comes into sight and reused while its inputs and the column widths
//! stay the same, so a frame — even the one that tags — only paints. Each cell is
//! cut to its column with an ellipsis ("…") instead of being clipped mid-letter.

use std::collections::HashMap;
use std::sync::Arc;

use crate::model::Document;
use crate::search::{DocProgress, DocumentRow};

/// What a row's galleys were made from; equal inputs give equal cells.
#[derive(Debug, Clone, PartialEq)]
struct RowInputs {
    title: String,
    outlet: Option<String>,
    date: Option<String>,
    facts: DocumentRow,
    progress: DocProgress,
}

impl RowInputs {
    /// Whether `self` still describes this document, row and progress (compares
    /// in place, allocates nothing).
    fn same_as(&self, d: &Document, facts: &DocumentRow, progress: DocProgress) -> bool {
        self.progress == progress
            && self.title == d.title
            && self.outlet == d.meta.outlet
            && self.date == d.meta.date
            && self.facts == *facts
    }
}

/// The widths and fonts the galleys were laid out for: when they change (the
/// panel is resized, the zoom or the theme changes), every row is laid out again.
#[derive(Debug, Clone, PartialEq)]
struct LayoutKey {
    widths: Vec<f32>,
    font: egui::FontId,
    pixels_per_point: f32,
}

/// One laid-out row: its cells' texts and galleys in column order.
struct RowGalleys {
    inputs: RowInputs,
    texts: Vec<String>,
    cells: Vec<Arc<egui::Galley>>,
}

/// The cache of laid-out rows, by position in `project.documents`. Rows out of
/// sight are dropped each frame, so it holds about one screen of rows.
#[derive(Default)]
pub(super) struct RowCells {
    layout: Option<LayoutKey>,
    rows: HashMap<usize, RowGalleys>,
    /// A small galley asked of egui's own cache every frame: egui hands back the
    /// same one while its font atlas holds, and a new one once the atlas was
    /// rebuilt (fonts installed, atlas full, options changed). Then the kept
    /// galleys point into the old atlas and are dropped.
    canary: Option<Arc<egui::Galley>>,
}

impl std::fmt::Debug for RowCells {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("RowCells")
            .field("rows", &self.rows.len())
            .finish()
    }
}

impl RowCells {
    /// Starts a frame whose columns are `widths` wide (the title's included):
    /// forgets every row when the widths, the font or egui's font atlas changed.
    pub(super) fn begin(&mut self, ui: &egui::Ui, widths: &[f32]) {
        let key = LayoutKey {
            widths: widths.to_vec(),
            font: egui::TextStyle::Body.resolve(ui.style()),
            pixels_per_point: ui.ctx().pixels_per_point(),
        };
        let canary = ui.painter().layout_no_wrap(
            "Ag".to_string(),
            key.font.clone(),
            egui::Color32::PLACEHOLDER,
        );
        let atlas_held = (self.canary.as_ref()).is_some_and(|c| Arc::ptr_eq(c, &canary));
        if self.layout.as_ref() != Some(&key) || !atlas_held {
            self.rows.clear();
            self.layout = Some(key);
        }
        self.canary = Some(canary);
    }

    /// Drops the rows not in `shown` (positions in `project.documents`).
    pub(super) fn keep_only(&mut self, shown: &[usize]) {
        if self.rows.len() > shown.len() {
            self.rows.retain(|i, _| shown.contains(i));
        }
    }

    /// Paints row `i` (document `d`, its figures and progress) across `rect` in
    /// `color`, laying its cells out only when they changed.
    pub(super) fn paint(
        &mut self,
        ui: &egui::Ui,
        rect: egui::Rect,
        i: usize,
        (d, facts, progress): (&Document, &DocumentRow, DocProgress),
        color: egui::Color32,
    ) {
        let Some(layout) = &self.layout else {
            return;
        };
        let fresh = self
            .rows
            .get(&i)
            .is_some_and(|r| r.inputs.same_as(d, facts, progress));
        if !fresh {
            let inputs = RowInputs {
                title: d.title.clone(),
                outlet: d.meta.outlet.clone(),
                date: d.meta.date.clone(),
                facts: facts.clone(),
                progress,
            };
            // An edit changes a count or two: the other cells keep their galleys.
            let old = self.rows.remove(&i);
            let texts = cell_texts(&inputs);
            let cells = (texts.iter().zip(&layout.widths).enumerate())
                .map(|(k, (text, &w))| match &old {
                    Some(o) if o.texts.get(k) == Some(text) && k < o.cells.len() => {
                        o.cells[k].clone()
                    }
                    _ => shape(ui, text.clone(), &layout.font, w),
                })
                .collect();
            let row = RowGalleys {
                inputs,
                texts,
                cells,
            };
            self.rows.insert(i, row);
        }
        let Some(row) = self.rows.get(&i) else {
            return;
        };
        let painter = ui.painter();
        let mut x = rect.left() + 2.0;
        for (galley, &w) in row.cells.iter().zip(&layout.widths) {
            let y = rect.center().y - galley.size().y / 2.0;
            painter.galley(egui::pos2(x, y), galley.clone(), color);
            x += w;
        }
    }
}

/// A row's cell texts in column order: title, outlet, date (the day), one count
/// per label, annotators, progress (a mark).
fn cell_texts(r: &RowInputs) -> Vec<String> {
    let mut cells = vec![
        r.title.clone(),
        r.outlet.clone().unwrap_or_default(),
        r.date
            .as_deref()
            .map_or(String::new(), |s| s.chars().take(10).collect()),
    ];
    cells.extend(r.facts.by_label.iter().map(|n| n.to_string()));
    cells.push(r.facts.annotators.join(", "));
    cells.push(progress_mark(r.progress).to_string());
    cells
}

/// The progress column's mark (the words are in the row's hover text).
fn progress_mark(p: DocProgress) -> &'static str {
    match p {
        DocProgress::Untouched => "–",
        DocProgress::InProgress => "…",
        DocProgress::Done => "✔",
    }
}

/// `text` on one line, cut with "…" to fit a `width`-wide column (less a small
/// gap), in the colour the painter gives it.
fn shape(ui: &egui::Ui, text: String, font: &egui::FontId, width: f32) -> Arc<egui::Galley> {
    let mut job = egui::text::LayoutJob::single_section(
        text,
        egui::TextFormat::simple(font.clone(), egui::Color32::PLACEHOLDER),
    );
    job.wrap = egui::text::TextWrapping::truncate_at_width((width - 4.0).max(8.0));
    ui.painter().layout_job(job)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Draws document `d`'s row once in a pass of `ctx` and returns its title galley.
    fn title_galley(ctx: &egui::Context, cells: &mut RowCells, d: &Document) -> Arc<egui::Galley> {
        let facts = DocumentRow::default();
        let mut out = ctx.run_ui(egui::RawInput::default(), |ui| {
            cells.begin(ui, &[200.0, 60.0, 60.0, 30.0, 30.0]);
            let rect = egui::Rect::from_min_size(egui::pos2(0.0, 0.0), egui::vec2(400.0, 20.0));
            cells.paint(
                ui,
                rect,
                0,
                (d, &facts, DocProgress::Untouched),
                egui::Color32::WHITE,
            );
        });
        out.textures_delta.clear(); // no renderer here
        cells.rows[&0].cells[0].clone()
    }

    #[test]
    fn kept_galleys_are_kept_until_the_font_atlas_is_rebuilt() {
        let ctx = egui::Context::default();
        let mut cells = RowCells::default();
        let d = Document::new("d", "Parade in 평양 “tonight” 👋🏽", "text");
        let first = title_galley(&ctx, &mut cells, &d);
        let again = title_galley(&ctx, &mut cells, &d);
        assert!(
            Arc::ptr_eq(&first, &again),
            "an unchanged row is not laid out again"
        );
        // New fonts: the atlas the kept galley points into is gone.
        ctx.set_fonts(egui::FontDefinitions::empty());
        ctx.run_ui(egui::RawInput::default(), |_| {})
            .textures_delta
            .clear();
        ctx.set_fonts(egui::FontDefinitions::default());
        let after = title_galley(&ctx, &mut cells, &d);
        assert!(
            !Arc::ptr_eq(&first, &after),
            "a galley from the old atlas was kept"
        );
    }
}
