//! Painting the visible blocks: find matches and the selection behind the text, the
//! text with its annotation backgrounds, then underline lanes, the selected
//! annotation's outline and its boundary handles.

use egui::{Painter, Rect, Stroke, StrokeKind, pos2};

use super::ViewInput;
use super::geometry::{self, to_screen};
use super::pointer::{self, End};
use super::state::{DocState, Drag};
use super::style::{MAX_LANES, ViewStyle};

/// Paints the blocks recorded in `state.geometry` for this frame.
pub fn paint(
    painter: &Painter,
    state: &DocState,
    input: &ViewInput<'_>,
    style: &ViewStyle,
    suggestions: Option<&super::SuggestionMarks>,
) {
    let Some(g) = state.geometry else {
        return;
    };
    let selection = match &state.drag {
        Some(d @ Drag::Select { .. }) => Some(d.range()),
        _ => state.selection,
    };
    let outline = state.selected_span().map(|s| match &state.drag {
        Some(d @ Drag::Boundary { id, .. }) if input.selected == Some(id.as_str()) => {
            (d.range(), s.rgb)
        }
        _ => ((s.start, s.end), s.rgb),
    });
    let matches = input.find_matches;
    for k in g.first..g.last {
        let (Some(block), Some(galley), Some(origin)) = (
            state.blocks.get(k),
            state.layout.cached(k),
            state.block_origin(k),
        ) else {
            continue;
        };
        let local = |a: usize, b: usize| -> Vec<Rect> {
            let (a, b) = (a.max(block.start), b.min(block.end));
            if a >= b {
                return Vec::new();
            }
            geometry::range_rects(galley, a - block.start, b - block.start)
                .into_iter()
                .map(|r| to_screen(r, origin))
                .collect()
        };

        // Annotation backgrounds: the innermost annotation's colour, text-high.
        for &(a, b, rgb) in state.layout.segments(k) {
            let fill = style.label_fill(rgb);
            for r in local(block.start + a, block.start + b) {
                painter.rect_filled(r, 0.0, fill);
            }
        }

        // Find matches.
        let from = matches.partition_point(|m| m.1 <= block.start);
        for (i, &(a, b)) in matches.iter().enumerate().skip(from) {
            if a >= block.end {
                break;
            }
            let current = input.current_match == Some(i);
            for r in local(a, b) {
                let fill = if current {
                    style.find_current
                } else {
                    style.find
                };
                painter.rect_filled(r, 2.0, fill);
                if current {
                    painter.rect_stroke(r, 2.0, style.find_current_stroke, StrokeKind::Outside);
                }
            }
        }

        // The text selection, with a stub where it runs on past the paragraph end.
        if let Some((a, b)) = selection {
            for r in local(a, b) {
                painter.rect_filled(r, 0.0, style.selection);
            }
            if a <= block.end && b > block.end {
                let end = to_screen(geometry::char_rect(galley, block.char_len()), origin);
                let stub =
                    Rect::from_min_max(end.min, pos2(end.min.x + style.font.size * 0.4, end.max.y));
                painter.rect_filled(stub, 0.0, style.selection);
            }
        }

        painter.galley(origin, galley.clone(), style.text);

        // One underline lane per overlap depth.
        for &i in state.spans.in_block(k) {
            let (Some(span), Some(&lane)) = (state.spans.spans.get(i), state.spans.lanes.get(i))
            else {
                continue;
            };
            let lane = lane.min(MAX_LANES - 1) as f32;
            let stroke = Stroke::new(style.lane_width, style.label_line(span.rgb));
            for r in local(span.start, span.end) {
                let bottom = geometry::text_bottom(galley, r.translate(-origin.to_vec2()));
                let y = origin.y + bottom + style.lane_width + style.lane_gap * lane;
                painter.line_segment([pos2(r.left(), y), pos2(r.right(), y)], stroke);
            }
        }

        // Suggestions (issue 11): dashed outlines of the marks touching this block.
        if let Some(marks) = suggestions {
            for (m, current) in marks.touching(block.start, block.end) {
                let rects = local(m.start, m.end);
                let color = style.label_line(m.rgb);
                super::suggestion_marks::paint_mark(painter, &rects, color, current);
            }
        }

        // The selected annotation's outline.
        if let Some(((a, b), rgb)) = outline {
            let stroke = Stroke::new(1.5, style.label_line(rgb));
            for r in local(a, b) {
                painter.rect_stroke(
                    r.expand2(egui::vec2(1.0, 0.0)),
                    2.0,
                    stroke,
                    StrokeKind::Outside,
                );
            }
        }
    }

    // Boundary handles: a bar at each end, a knob on top of the start and below the end.
    if let Some(((a, b), rgb)) = outline {
        let color = style.label_line(rgb);
        for (end, bar) in pointer::handle_rects(state, a, b) {
            painter.rect_filled(bar.expand2(egui::vec2(0.5, 1.0)), 1.0, color);
            let knob = match end {
                End::Start => pos2(bar.center().x, bar.top() - 2.0),
                End::End => pos2(bar.center().x, bar.bottom() + 2.0),
            };
            painter.circle_filled(knob, 3.5, color);
        }
    }
}
