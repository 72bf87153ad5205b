//! The documents table from the keyboard: once a row was clicked the table has the
//! keys — ↑/↓ move a cursor row (from the open document) in the table's order, Enter
//! opens the document under it. A click outside the table, or a text field taking
//! the keys, gives them back.

use std::ops::Range;

use egui::{Key, Modifiers};

use crate::model::Project;

use super::table::DocumentsTable;

/// The keyboard state of the documents table.
#[derive(Debug, Default)]
pub struct TableKeys {
    /// The table takes ↑, ↓ and Enter.
    pub active: bool,
    /// The document under the cursor; `None` = the open document.
    pub cursor: Option<String>,
    /// The rows in sight in the last frame.
    pub visible: Range<usize>,
    /// The row to scroll into sight this frame.
    pub scroll_to: Option<usize>,
}

impl TableKeys {
    /// Reads ↑/↓/Enter when the table has the keys; returns the document Enter
    /// opens. A focused text field takes the keys away from the table.
    pub fn handle(
        &mut self,
        ui: &egui::Ui,
        table: &DocumentsTable,
        project: &Project,
        current: Option<&str>,
    ) -> Option<String> {
        if ui.ctx().egui_wants_keyboard_input() {
            self.active = false;
        }
        if !self.active {
            return None;
        }
        let (down, up, enter) = ui.input_mut(|i| {
            (
                i.consume_key(Modifiers::NONE, Key::ArrowDown),
                i.consume_key(Modifiers::NONE, Key::ArrowUp),
                i.consume_key(Modifiers::NONE, Key::Enter),
            )
        });
        for forward in [true, false] {
            if (forward && down) || (!forward && up) {
                let from = self.cursor.clone().or_else(|| current.map(str::to_string));
                if let Some(next) = table.neighbour(project, from.as_deref(), forward) {
                    let row = table
                        .rows()
                        .iter()
                        .position(|&i| project.documents.get(i).is_some_and(|d| d.id == next));
                    if let Some(row) = row.filter(|r| !self.visible.contains(r)) {
                        self.scroll_to = Some(row);
                    }
                    self.cursor = Some(next);
                }
            }
        }
        if enter {
            return self.cursor.take();
        }
        None
    }

    /// The scroll offset that brings `scroll_to` into sight (rows `row_height`
    /// apart), taken once.
    pub fn take_scroll_offset(&mut self, row_height: f32) -> Option<f32> {
        let row = self.scroll_to.take()?;
        let shown = self.visible.len().max(1);
        let top = if row < self.visible.start {
            row
        } else {
            (row + 1).saturating_sub(shown)
        };
        Some(top as f32 * row_height)
    }

    /// After the rows are drawn: a row clicked gives the table the keys (the cursor
    /// goes back to the open document); a press outside `list` takes them away.
    pub fn after_rows(&mut self, ui: &egui::Ui, list: egui::Rect, row_clicked: bool) {
        if row_clicked {
            self.active = true;
            self.cursor = None;
            return;
        }
        let outside = ui.input(|i| {
            i.pointer.any_pressed() && i.pointer.press_origin().is_some_and(|p| !list.contains(p))
        });
        if outside {
            self.active = false;
        }
    }
}
