//! What one frame of the view lays out: the blocks in the viewport and a margin
//! around it (within a budget of chars per frame), with the scroll position
//! corrected when blocks above change height, and where a jump lands.

use egui::{Rect, Vec2, vec2};

use super::ViewStyle;
use super::geometry;
use super::state::{self, DocState};
use crate::model::Document;

/// Shortest scrollbar thumb of the article, in points.
pub(super) const MIN_THUMB_LENGTH: f32 = 40.0;

/// How many screen heights above and below the viewport are laid out in advance,
/// so that paragraphs scrolled into view already have their exact height (half a
/// screen is many frames of fast wheel scrolling).
pub(super) const OVERSCAN: f32 = 0.5;

/// How many chars of that margin (paragraphs not laid out yet) one frame may lay
/// out: under a screen of text, several times what a fast wheel scroll brings into
/// view per frame, so that the margin keeps ahead of scrolling while no frame shapes
/// much more than the screen it shows. A jump lays out none of it (only what it
/// shows); the next two or three frames fill the margin in.
pub(super) const OVERSCAN_CHARS_PER_FRAME: usize = 2000;

/// On a jump's own frame, at most this many chars of new paragraphs are laid out
/// below the target's paragraph (about half a screen of text at the default size):
/// the target and what is above it show at once, the rest of the screen on the
/// next frame (16 ms later), so that the jump's frame stays within a millisecond.
pub(super) const JUMP_CHARS_BELOW_TARGET: usize = 1200;

/// Where and how [`layout_visible`] lays out this frame.
pub(super) struct Frame {
    /// The viewport (content coordinates) before `pre_shift`.
    pub(super) viewport: Rect,
    /// Moves the view this frame (a jump requested earlier).
    pub(super) pre_shift: f32,
    /// Chars of not yet laid out paragraphs around the viewport this frame may lay
    /// out (the visible ones are always laid out, except below a jump's target).
    pub(super) overscan_budget: usize,
    /// On a jump's frame, the block of the jump's target.
    pub(super) jump_block: Option<usize>,
    /// Screen x of the text column's left edge.
    pub(super) column_left: f32,
    /// Screen position of content point (0, 0).
    pub(super) origin: egui::Pos2,
    /// The visible part of the view on screen.
    pub(super) clip: Rect,
}

/// Lays out the blocks in the viewport, and around it as far as the frame's budget
/// allows, corrects their heights and records the frame geometry. When blocks above
/// the viewport change height, the content is painted shifted so that what the
/// analyst reads does not jump. Returns the total shift (the caller moves the scroll
/// offset by it at the end of the frame, so that the next frame's viewport matches
/// what was painted) and whether the margin around the viewport is all laid out.
pub(super) fn layout_visible(
    state: &mut DocState,
    doc: &Document,
    style: &ViewStyle,
    fonts: &mut dyn FnMut(egui::epaint::text::LayoutJob) -> std::sync::Arc<egui::Galley>,
    frame: Frame,
) -> (f32, bool) {
    let Frame {
        viewport,
        pre_shift,
        mut overscan_budget,
        jump_block,
        column_left,
        origin,
        clip,
    } = frame;
    let viewport = viewport.translate(vec2(0.0, pre_shift));
    let n = state.layout.len();
    let over = viewport.height() * OVERSCAN;
    let mut margin_done = true;
    // Lays out block `k` if it is visible, cached, or within the budget; false if
    // not.
    let mut lay_out = |state: &mut DocState, k: usize, budget: &mut usize, visible: bool| {
        if !visible && state.layout.cached(k).is_none() {
            if *budget == 0 {
                return false;
            }
            let chars = state.blocks.get(k).map_or(0, |b| b.char_len());
            *budget = budget.saturating_sub(chars.max(1));
        }
        state
            .layout
            .ensure(k, &doc.text, &state.blocks, &state.spans, style, fonts);
        true
    };
    let first_before = state.layout.block_at_y(viewport.min.y);
    let top_before = state.layout.top(first_before);
    let above = state.layout.block_at_y(viewport.min.y - over);
    // Nearest first, so that a partial margin is the one next to the text.
    for k in (above..first_before).rev() {
        if !lay_out(state, k, &mut overscan_budget, false) {
            margin_done = false;
            break;
        }
    }
    let anchoring = state.layout.top(first_before) - top_before;
    let (mut view_top, mut view_bottom) = (viewport.min.y + anchoring, viewport.max.y + anchoring);
    // The visible blocks. When they end up shorter than estimated at the end of the
    // text (a jump to the last paragraphs), the view would show space past the end
    // and the scroll area would pull it back next frame, moving the text: show the
    // end now instead, laying out the blocks that come into view.
    let mut end_clamp = 0.0;
    let (mut first, mut last) = (None, first_before);
    // Below a jump's target, a budget of new text (not near the end of the text,
    // where the end must show at once, see above).
    let near_end = viewport.max.y + viewport.height() >= state.layout.total_height();
    let mut below_target = match jump_block {
        Some(_) if !near_end => JUMP_CHARS_BELOW_TARGET,
        _ => usize::MAX,
    };
    for _ in 0..3 {
        let mut k = state.layout.block_at_y(view_top);
        let mut y = state.layout.top(k);
        (first, last) = (None, k);
        while k < n && y < view_bottom {
            if jump_block.is_some_and(|t| k > t) && state.layout.cached(k).is_none() {
                let chars = state.blocks.get(k).map_or(0, |b| b.char_len()).max(1);
                if chars > below_target {
                    margin_done = false;
                    break;
                }
                below_target -= chars;
            }
            lay_out(state, k, &mut overscan_budget, true);
            let top = y;
            y = top + state.layout.height(k);
            if y > view_top {
                first.get_or_insert(k);
                last = k + 1;
            }
            k += 1;
        }
        let end = (state.layout.total_height() - viewport.height()).max(0.0);
        let overshoot = view_top - end;
        if overshoot <= 0.5 {
            break;
        }
        view_top -= overshoot;
        view_bottom -= overshoot;
        end_clamp += overshoot;
    }
    // The margin below.
    let mut k = last;
    let mut y = state.layout.top(k);
    while k < n && y < view_bottom + over {
        if !lay_out(state, k, &mut overscan_budget, false) {
            margin_done = false;
            break;
        }
        y += state.layout.height(k);
        k += 1;
    }
    let shift = pre_shift + anchoring - end_clamp;
    state.geometry = Some(state::FrameGeometry {
        origin: origin - Vec2::Y * shift,
        column_left,
        first: first.unwrap_or(first_before),
        last,
        clip,
    });
    (shift, margin_done)
}

/// Forces the scroll offset so that char `c` is in view (a third down the screen)
/// unless it already is.
pub(super) fn scroll_target(
    state: &mut DocState,
    doc: &Document,
    style: &ViewStyle,
    fonts: &mut dyn FnMut(egui::epaint::text::LayoutJob) -> std::sync::Arc<egui::Galley>,
    c: usize,
    view_height: f32,
) {
    let k = state.block_of(c);
    let (galley, _) = state
        .layout
        .ensure(k, &doc.text, &state.blocks, &state.spans, style, fonts);
    let start = state.blocks.get(k).map_or(0, |b| b.start);
    let within = galley.map_or(0.0, |g| {
        geometry::char_rect(&g, c.saturating_sub(start)).top()
    });
    let y = state.layout.top(k) + within;
    let current = state.scroll_y + state.pending_shift;
    if y < current || y + style.line_height > current + view_height {
        state.pending_shift = (y - view_height * 0.3).max(0.0) - state.scroll_y;
    }
}
