//! Geometry inside one block's galley: the rectangles covering a char range, the
//! char under a point, and the row metrics used for underline lanes.

use egui::{Pos2, Rect, Vec2, epaint::text::Galley, pos2};

/// Rectangles (galley-relative, one per row) covering block-relative chars
/// `[a, b)`. Rows are walked with a running char count (one glyph per char).
pub fn range_rects(galley: &Galley, a: usize, b: usize) -> Vec<Rect> {
    let mut rects = Vec::new();
    let mut row_start = 0usize;
    for row in &galley.rows {
        let n = row.glyphs.len();
        let row_end = row_start + n;
        let (from, to) = (a.max(row_start), b.min(row_end));
        if from < to {
            let x0 = row.pos.x + x_of(row, from - row_start);
            let x1 = row.pos.x + x_of(row, to - row_start);
            let (top, bottom) = text_band(row);
            rects.push(Rect::from_min_max(pos2(x0, top), pos2(x1, bottom)));
        }
        row_start = row_end + usize::from(row.ends_with_newline);
        if row_start >= b {
            break;
        }
    }
    rects
}

/// The vertical extent (galley-relative) of a row's text: the font's box, not the
/// taller line box, so that outlines leave the underline lanes below them visible.
fn text_band(row: &egui::epaint::text::PlacedRow) -> (f32, f32) {
    match row.glyphs.first() {
        Some(g) => {
            let top = row.pos.y + g.pos.y - g.font_ascent;
            (top, top + g.font_height)
        }
        None => (row.min_y(), row.max_y()),
    }
}

/// Left x (row-relative) of the glyph at `column`, or the row's right end.
fn x_of(row: &egui::epaint::text::PlacedRow, column: usize) -> f32 {
    row.glyphs.get(column).map_or(row.size.x, |g| g.pos.x)
}

/// The rectangle of block-relative char `c` (galley-relative): the glyph's advance
/// box over its row's height, or a zero-width rect at the end of the text.
pub fn char_rect(galley: &Galley, c: usize) -> Rect {
    let mut row_start = 0usize;
    for row in &galley.rows {
        let n = row.glyphs.len();
        if c < row_start + n {
            let g = &row.glyphs[c - row_start];
            let x = row.pos.x + g.pos.x;
            let (top, bottom) = text_band(row);
            return Rect::from_min_max(pos2(x, top), pos2(x + g.advance_width, bottom));
        }
        row_start += n + usize::from(row.ends_with_newline);
    }
    match galley.rows.last() {
        Some(row) => {
            let (top, bottom) = text_band(row);
            let x = row.rect().right();
            Rect::from_min_max(pos2(x, top), pos2(x, bottom))
        }
        None => Rect::ZERO,
    }
}

/// The block-relative char whose glyph box contains `pos` (galley-relative), if any:
/// what a click lands on (as opposed to the caret position between two chars).
pub fn char_under(galley: &Galley, pos: Vec2) -> Option<usize> {
    let mut row_start = 0usize;
    for row in &galley.rows {
        let n = row.glyphs.len();
        if row.min_y() <= pos.y && pos.y < row.max_y() {
            let x = pos.x - row.pos.x;
            return row
                .glyphs
                .iter()
                .position(|g| g.pos.x <= x && x < g.pos.x + g.advance_width)
                .map(|i| row_start + i);
        }
        row_start += n + usize::from(row.ends_with_newline);
    }
    None
}

/// The caret position (block-relative char) nearest to `pos` (galley-relative).
pub fn caret_at(galley: &Galley, pos: Vec2) -> usize {
    galley.cursor_from_pos(pos).index.0
}

/// Y (galley-relative) just below the text of the row at `rect`'s vertical centre,
/// where underline lane 0 goes: the baseline plus the font's descent.
pub fn text_bottom(galley: &Galley, row_rect: Rect) -> f32 {
    let y = row_rect.center().y;
    galley
        .rows
        .iter()
        .find(|r| r.min_y() <= y && y <= r.max_y())
        .and_then(|r| {
            r.glyphs
                .first()
                .map(|g| r.pos.y + g.pos.y + (g.font_height - g.font_ascent))
        })
        .unwrap_or(row_rect.bottom() - 2.0)
}

/// Translates a galley-relative rect to the screen.
pub fn to_screen(rect: Rect, origin: Pos2) -> Rect {
    rect.translate(origin.to_vec2())
}
