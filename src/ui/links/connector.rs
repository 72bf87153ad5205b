//! The connector between the selected annotation and the spans it is linked to: a
//! curve from span to span in the article's coordinates, drawn only for the selected
//! annotation (no arcs for every link) and only where both ends are on screen. While
//! a link is being picked, a thinner curve goes to the current candidate.
//!
//! Per frame: O(links of the selected annotation), each end looked up through the
//! editor's id index and the view's painted rows.

use egui::{Color32, Pos2, Rect, Stroke, epaint::CubicBezierShape};

use crate::ui::document_view::DocumentView;
use crate::ui::state::AppState;

/// Paints the connectors of the selected annotation (and of the link being
/// picked) over the article drawn by `view`, clipped to `clip`.
pub(crate) fn paint_connectors(ui: &egui::Ui, view: &DocumentView, state: &AppState, clip: Rect) {
    let Some(doc) = state.current_doc.as_deref() else {
        return;
    };
    let editor = &state.editor;
    let painter = ui.painter().with_clip_rect(clip);
    let color = ui.visuals().hyperlink_color;
    let ends = |id: &str| {
        let a = editor.annotation(id).filter(|a| a.doc == doc)?;
        let rects = view.range_screen_rects(doc, a.start, a.end);
        Some((rects.first().copied()?, rects.last().copied()?))
    };
    if let Some(sel) = state.selected.as_deref()
        && let Some(from) = ends(sel)
    {
        for l in state.links.links_of(editor, sel) {
            let other = if l.from == sel { &l.to } else { &l.from };
            if let Some(to) = ends(other) {
                curve(&painter, from, to, Stroke::new(2.0, color));
            }
        }
    }
    if let Some(p) = &state.links.picker
        && let Some(from) = ends(&p.from)
        && let Some(to) = p.current_id().and_then(ends)
    {
        let faint = color.gamma_multiply(0.7);
        curve(&painter, from, to, Stroke::new(1.5, faint));
        painter.rect_stroke(
            to.0.union(to.1).expand(1.0),
            2.0,
            Stroke::new(1.5, faint),
            egui::StrokeKind::Outside,
        );
    }
}

/// A curve from one span (first and last line rects) to another: from the top of
/// the earlier span's end to the top of the later span's start, bowing upwards.
fn curve(painter: &egui::Painter, a: (Rect, Rect), b: (Rect, Rect), stroke: Stroke) {
    let (first, second) = if a.0.top() <= b.0.top() {
        (a, b)
    } else {
        (b, a)
    };
    let start = first.1.center_top();
    let end = second.0.center_top();
    if start.distance(end) < 2.0 {
        return;
    }
    let lift = (8.0 + (end.y - start.y).abs() * 0.2).min(60.0);
    let top = start.y.min(end.y) - lift;
    let points = [start, Pos2::new(start.x, top), Pos2::new(end.x, top), end];
    painter.add(CubicBezierShape::from_points_stroke(
        points,
        false,
        Color32::TRANSPARENT,
        stroke,
    ));
    painter.circle_filled(end, 2.5, stroke.color);
}
