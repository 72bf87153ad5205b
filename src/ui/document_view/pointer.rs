//! Mouse handling: drag to select (anchored at the press origin), double-click a
//! word, shift-click or shift-drag to extend, click a highlight, drag a boundary
//! handle of the selected annotation; plus Shift+arrow boundary keys.

use egui::{CursorIcon, Modifiers, Pos2, Rect, Response, Ui, pos2, vec2};

use crate::model::{Document, text};

use super::spans::Span;
use super::state::{DocState, Drag};
use super::words::snap;
use super::{ViewEvent, ViewInput};

/// Half width of a boundary handle's grab zone, in points.
const HANDLE_GRAB: f32 = 5.0;

/// Which end of the selected annotation a handle (or a key) moves.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum End {
    /// The first char.
    Start,
    /// The end (exclusive).
    End,
}

/// Handles this frame's pointer and keyboard input on the view.
pub fn handle(
    ui: &Ui,
    response: &Response,
    state: &mut DocState,
    input: &ViewInput<'_>,
    events: &mut Vec<ViewEvent>,
) {
    let doc = input.document;
    let (press_origin, modifiers, pointer) = ui.input(|i| {
        (
            i.pointer.press_origin(),
            pointer_modifiers(i),
            i.pointer.interact_pos(),
        )
    });

    if let Some(pos) = response.hover_pos() {
        let icon = if handle_at(state, pos).is_some() {
            CursorIcon::ResizeHorizontal
        } else {
            CursorIcon::Text
        };
        ui.ctx().set_cursor_icon(icon);
    }

    if response.drag_started()
        && let Some(p0) = press_origin
    {
        state.drag = start_drag(state, input, p0, modifiers.shift);
    }
    if state.drag.is_some()
        && let Some(pos) = pointer
    {
        if let Some(c) = state.caret_at(pos) {
            match &mut state.drag {
                Some(Drag::Select { current, .. }) => *current = c,
                Some(Drag::Boundary { moving, .. }) => *moving = c,
                None => {}
            }
        }
        if response.dragged() {
            autoscroll(ui, state, pos);
        }
    }
    if response.drag_stopped() {
        if let Some(drag) = state.drag.take() {
            finish_drag(state, input, drag, modifiers.alt, events);
        }
    } else if !response.dragged() && state.drag.is_some() && !ui.input(|i| i.pointer.any_down()) {
        state.drag = None; // the release happened elsewhere
    }

    if response.triple_clicked() {
        if let Some(pos) = response.interact_pointer_pos() {
            select_paragraph(state, input.document, pos, events);
        }
    } else if response.double_clicked() {
        if let Some(pos) = response.interact_pointer_pos() {
            select_word(state, doc, pos, events);
        }
    } else if response.clicked()
        && let Some(pos) = response.interact_pointer_pos()
    {
        click(state, input, pos, modifiers, events);
    }
}

/// The modifiers held now, plus those carried by this frame's mouse button events
/// (a release may arrive in a frame of its own, with its modifiers on the event).
fn pointer_modifiers(i: &egui::InputState) -> Modifiers {
    i.events.iter().fold(i.modifiers, |m, e| match e {
        egui::Event::PointerButton { modifiers, .. } => m | *modifiers,
        _ => m,
    })
}

/// Starts a drag at press point `p0`: on a boundary handle it resizes, otherwise it
/// selects (from the far end of the current selection when Shift is held).
fn start_drag(state: &DocState, input: &ViewInput<'_>, p0: Pos2, shift: bool) -> Option<Drag> {
    if let Some(end) = handle_at(state, p0) {
        let span = state.selected_span()?;
        let id = id_of(span, input)?.to_owned();
        let (fixed, moving) = match end {
            End::Start => (span.end, span.start),
            End::End => (span.start, span.end),
        };
        return Some(Drag::Boundary { id, fixed, moving });
    }
    let at = state.caret_at(p0)?;
    let anchor = match (shift, state.selection) {
        (true, Some((a, b))) => {
            if at.abs_diff(a) > at.abs_diff(b) {
                a
            } else {
                b
            }
        }
        _ => at,
    };
    Some(Drag::Select {
        anchor,
        current: at,
    })
}

/// Ends a drag: sets the selection or reports the resized annotation.
fn finish_drag(
    state: &mut DocState,
    input: &ViewInput<'_>,
    drag: Drag,
    alt: bool,
    events: &mut Vec<ViewEvent>,
) {
    let doc = input.document;
    match drag {
        Drag::Select { anchor, current } => {
            let (a, b) = (anchor.min(current), anchor.max(current));
            let range = if alt { (a, b) } else { snap(doc, a, b) };
            set_selection(state, Some(range), events);
        }
        Drag::Boundary { id, fixed, moving } => {
            let Some(span) = state
                .selected_span()
                .filter(|s| id_of(s, input) == Some(id.as_str()))
            else {
                return;
            };
            let (a, b) = (fixed.min(moving), fixed.max(moving));
            let (mut a2, mut b2) = if alt { (a, b) } else { snap(doc, a, b) };
            // Only the moving end snaps; the other end stays exactly where it was.
            if moving < fixed {
                b2 = fixed;
            } else {
                a2 = fixed;
            }
            if a2 < b2 && (a2, b2) != (span.start, span.end) {
                events.push(ViewEvent::AnnotationResized {
                    id,
                    start: a2,
                    end: b2,
                });
            }
        }
    }
}

/// A plain click: Ctrl+click a highlight to link it, extend with Shift, pick a highlight (cycling, see
/// [`cycled_hit`]), or clear.
fn click(
    state: &mut DocState,
    input: &ViewInput<'_>,
    pos: Pos2,
    modifiers: Modifiers,
    events: &mut Vec<ViewEvent>,
) {
    let doc = input.document;
    if (modifiers.ctrl || modifiers.command)
        && let Some(span) = state.char_under(pos).and_then(|c| cycled_hit(state, c))
        && let Some(id) = id_of(span, input)
    {
        // links (issue 13): Ctrl+click links the selected annotation to this one.
        events.push(ViewEvent::AnnotationLinkClicked(id.to_owned()));
        return;
    }
    if modifiers.shift
        && let (Some((a, b)), Some(c)) = (state.selection, state.caret_at(pos))
    {
        let (x, y) = if c < a {
            (c, b)
        } else if c > b {
            (a, c)
        } else if c - a < b - c {
            (c, b)
        } else {
            (a, c)
        };
        let range = if modifiers.alt {
            (x, y)
        } else {
            snap(doc, x, y)
        };
        set_selection(state, Some(range), events);
        return;
    }
    let hit = state
        .char_under(pos)
        .and_then(|c| cycled_hit(state, c))
        .and_then(|s| id_of(s, input))
        .map(str::to_owned);
    set_selection(state, None, events);
    if let Some(id) = hit {
        events.push(ViewEvent::AnnotationClicked(id));
    }
}

/// The annotation a click on char `c` selects: the innermost one covering it, or,
/// when the selected annotation covers it, the next one out (after the outermost,
/// the innermost again), so that repeated clicks at one place cycle through every
/// annotation there, spans on exactly the same text included.
fn cycled_hit(state: &DocState, c: usize) -> Option<&Span> {
    let covering = state.spans.covering(state.block_of(c), c);
    let selected = state.selected_span().map(|s| s.input);
    let next = covering
        .iter()
        .position(|s| Some(s.input) == selected)
        .map_or(0, |i| (i + 1) % covering.len());
    covering.get(next).copied()
}

/// Double-click: select the word under the pointer.
fn select_word(state: &mut DocState, doc: &Document, pos: Pos2, events: &mut Vec<ViewEvent>) {
    let Some(c) = state.char_under(pos).or_else(|| state.caret_at(pos)) else {
        return;
    };
    let Some(block) = state.blocks.get(state.block_of(c)).copied() else {
        return;
    };
    if let Some((a, b)) = text::word_at(block.text(&doc.text), c.saturating_sub(block.start)) {
        set_selection(state, Some((block.start + a, block.start + b)), events);
    }
}

/// Triple-click: select the paragraph under the pointer, without its surrounding
/// whitespace.
fn select_paragraph(state: &mut DocState, doc: &Document, pos: Pos2, events: &mut Vec<ViewEvent>) {
    let Some(c) = state.caret_at(pos) else {
        return;
    };
    let Some(block) = state.blocks.get(state.block_of(c)).copied() else {
        return;
    };
    let text = block.text(&doc.text);
    let lead = text.chars().take_while(|c| c.is_whitespace()).count();
    let trail = text.chars().rev().take_while(|c| c.is_whitespace()).count();
    let (a, b) = (block.start + lead, block.end.saturating_sub(trail));
    if a < b {
        set_selection(state, Some((a, b)), events);
    }
}

/// Sets the selection (an empty range clears it) and reports a change.
fn set_selection(state: &mut DocState, sel: Option<(usize, usize)>, events: &mut Vec<ViewEvent>) {
    let sel = sel.filter(|(a, b)| a < b);
    if state.selection != sel {
        state.selection = sel;
        events.push(ViewEvent::SelectionChanged(sel));
    }
}

/// The id of the annotation a span was built from.
pub fn id_of<'a>(span: &Span, input: &ViewInput<'a>) -> Option<&'a str> {
    input
        .annotations
        .at_position(span.input)
        .map(|a| a.id.as_str())
}

/// The boundary handle of the selected annotation under `pos`, if any.
pub fn handle_at(state: &DocState, pos: Pos2) -> Option<End> {
    let span = state.selected_span()?;
    let mut best: Option<(f32, End)> = None;
    for (end, rect) in handle_rects(state, span.start, span.end) {
        if rect.expand2(vec2(HANDLE_GRAB, 3.0)).contains(pos) {
            let d = (rect.center().x - pos.x).abs();
            if best.is_none_or(|(bd, _)| d < bd) {
                best = Some((d, end));
            }
        }
    }
    best.map(|(_, end)| end)
}

/// The thin vertical bars (screen rects) where the handles of a span `[start, end)`
/// are drawn, for the visible ends.
pub fn handle_rects(state: &DocState, start: usize, end: usize) -> Vec<(End, Rect)> {
    let mut out = Vec::new();
    if let Some(r) = state.char_screen_rect(start) {
        out.push((
            End::Start,
            Rect::from_min_max(
                pos2(r.left() - 1.0, r.top()),
                pos2(r.left() + 1.0, r.bottom()),
            ),
        ));
    }
    if end > start
        && let Some(r) = state.char_screen_rect(end - 1)
    {
        out.push((
            End::End,
            Rect::from_min_max(
                pos2(r.right() - 1.0, r.top()),
                pos2(r.right() + 1.0, r.bottom()),
            ),
        ));
    }
    out
}

/// Scrolls while a drag holds the pointer near or past the top or bottom edge.
fn autoscroll(ui: &Ui, state: &DocState, pos: Pos2) {
    let Some(g) = state.geometry else {
        return;
    };
    let edge = 12.0;
    let dy = if pos.y < g.clip.top() + edge {
        (g.clip.top() + edge - pos.y).min(60.0)
    } else if pos.y > g.clip.bottom() - edge {
        -(pos.y - (g.clip.bottom() - edge)).min(60.0)
    } else {
        return;
    };
    ui.scroll_with_delta_animation(vec2(0.0, dy * 0.5), egui::style::ScrollAnimation::none());
    ui.ctx().request_repaint();
}
