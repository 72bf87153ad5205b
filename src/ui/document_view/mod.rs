//! The centre panel: the article wrapped for reading, each annotation a translucent
//! background in its label's colour with one underline lane per overlap depth, the
//! selected annotation outlined with drag handles, find matches and the text
//! selection highlighted; mouse selection that snaps to words.
//!
//! Only the paragraphs in (or near) the viewport are laid out and painted: the text
//! is split into blocks ([`blocks`]), each laid out as its own cached galley, with a
//! prefix sum of block heights ([`layout`]) so that scrolling anywhere in a 10 MB
//! article costs the same as scrolling a short one.

mod blocks;
mod geometry;
mod keys;
mod layout;
mod paint;
mod pointer;
mod prefix_sums;
mod segments;
mod spans;
mod state;
mod style;
mod suggestion_marks; // suggestions (issue 11)
mod tooltip;
mod visible;
mod words;

use std::collections::HashMap;

use egui::{Rect, ScrollArea, Sense, Vec2, scroll_area::ScrollSource, vec2};

use crate::model::{Annotation, Document, TagSchema};

use layout::LayoutParams;
use state::DocState;
pub use style::LINE_HEIGHT_FACTOR;
use style::{MAX_COLUMN_WIDTH, SIDE_MARGIN, ViewStyle};
pub use suggestion_marks::{SuggestionMark, SuggestionMarks};
use visible::{Frame, MIN_THUMB_LENGTH, OVERSCAN_CHARS_PER_FRAME, layout_visible, scroll_target};

/// The document view widget. Keeps, per document id, the scroll position, the text
/// selection and the layout caches, so switching documents keeps each one's place.
#[derive(Debug, Default)]
pub struct DocumentView {
    docs: HashMap<String, DocState>,
    // --- suggestions (issue 11) ---
    /// The suggestions drawn as dashed outlines, and the document they belong to.
    suggestions: Option<(String, std::sync::Arc<SuggestionMarks>)>,
    // --- end suggestions ---
}

/// What the view shows this frame.
#[derive(Debug, Clone)]
pub struct ViewInput<'a> {
    /// The document.
    pub document: &'a Document,
    /// This document's annotations, in any order, but in the same order on every
    /// frame of one `generation` (the view indexes them once per generation).
    /// Borrowed indices, so a frame costs nothing per annotation.
    pub annotations: ViewAnnotations<'a>,
    /// Labels and their colours.
    pub schema: &'a TagSchema,
    /// The selected annotation's id: outlined, with boundary handles.
    pub selected: Option<&'a str>,
    /// Where the selected annotation is in the slice `annotations` borrows from
    /// (e.g. `Editor::position`), when the caller knows it: the view then finds it
    /// without a search of every annotation. Checked against `selected`; `None` (or a
    /// wrong position) makes the view search.
    pub selected_position: Option<usize>,
    /// Char ranges to highlight (find bar), sorted by start.
    pub find_matches: &'a [(usize, usize)],
    /// Index into `find_matches` of the current match (stronger highlight).
    pub current_match: Option<usize>,
    /// Text size in points.
    pub font_size: f32,
    /// `Editor::generation()`: changes whenever the annotations change.
    pub generation: u64,
    /// Dark theme?
    pub dark_mode: bool,
    /// What the last edits changed (the app's log): the view then replaces the
    /// spans of those positions only. `None` rebuilds its index on every new
    /// generation.
    pub changes: Option<&'a crate::edit::ChangeLog>,
}

/// The annotations a document view shows: positions `shown` in a slice of
/// annotations `all` (e.g. `project.annotations`), so the caller keeps the index list
/// between frames instead of collecting references on every frame.
#[derive(Debug, Clone, Copy)]
pub struct ViewAnnotations<'a> {
    all: &'a [Annotation],
    shown: &'a [usize],
}

impl<'a> ViewAnnotations<'a> {
    /// The annotations `all[i]` for each `i` in `shown`, in that order (positions out
    /// of range are skipped by [`ViewAnnotations::get`] and [`ViewAnnotations::iter`]).
    pub fn new(all: &'a [Annotation], shown: &'a [usize]) -> Self {
        ViewAnnotations { all, shown }
    }

    /// How many are shown.
    pub fn len(&self) -> usize {
        self.shown.len()
    }

    /// True when none is shown.
    pub fn is_empty(&self) -> bool {
        self.shown.is_empty()
    }

    /// The `i`-th shown annotation.
    pub fn get(&self, i: usize) -> Option<&'a Annotation> {
        self.shown.get(i).and_then(|&k| self.all.get(k))
    }

    /// The position in this list of `all[at]`, if it is shown: found by binary
    /// search when `shown` is sorted (as the app's lists are), else by a scan of the
    /// positions (no annotation is compared).
    pub fn index_of_position(&self, at: usize) -> Option<usize> {
        match self.shown.binary_search(&at) {
            Ok(i) if self.shown.get(i) == Some(&at) => Some(i),
            _ => self.shown.iter().position(|&k| k == at),
        }
    }

    /// The annotation `all[at]` (whether shown or not).
    pub fn at_position(&self, at: usize) -> Option<&'a Annotation> {
        self.all.get(at)
    }

    /// The shown annotations with their positions in `all`, in the list's order.
    pub fn iter(&self) -> impl Iterator<Item = (usize, &'a Annotation)> + 'a {
        let all = self.all;
        self.shown
            .iter()
            .filter_map(move |&k| all.get(k).map(|a| (k, a)))
    }
}

/// What the analyst did in the view this frame.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ViewEvent {
    /// The text selection changed: a char range (start < end, after snapping), or
    /// `None` when cleared.
    SelectionChanged(Option<(usize, usize)>),
    /// A plain click on a highlight: the innermost (shortest) annotation under the
    /// pointer, or the next one out when the selected annotation is under it (repeated
    /// clicks cycle through all of them). Any text selection is cleared first (with
    /// `SelectionChanged(None)`).
    AnnotationClicked(String),
    /// links (issue 13): a Ctrl+click on a highlight (the annotation a plain click
    /// there would select); the selection is left as it is.
    AnnotationLinkClicked(String),
    /// A boundary handle of the selected annotation was dragged and released: its
    /// new char range (snapped to words unless Alt was held).
    AnnotationResized {
        /// The annotation.
        id: String,
        /// New first char.
        start: usize,
        /// New end (exclusive).
        end: usize,
    },
}

impl DocumentView {
    /// An empty view.
    pub fn new() -> Self {
        Self::default()
    }

    /// Shows `input.document` in the whole available space and returns what the
    /// analyst did.
    pub fn show(&mut self, ui: &mut egui::Ui, input: &ViewInput<'_>) -> Vec<ViewEvent> {
        let doc = input.document;
        let style = ViewStyle::new(ui.visuals(), input.font_size, input.dark_mode);
        let state = self.docs.entry(doc.id.clone()).or_default();
        state.sync_text(doc);
        state.sync_spans(
            input.annotations,
            input.schema,
            input.generation,
            doc.char_len(),
            input.changes,
        );
        state.sync_selected(input.annotations, input.selected, input.selected_position);
        let avail = ui.available_size();
        let scrollbar = ui.spacing().scroll.bar_width + ui.spacing().scroll.bar_outer_margin;
        let width = (avail.x - 2.0 * SIDE_MARGIN - scrollbar).clamp(80.0, MAX_COLUMN_WIDTH);
        let params = LayoutParams {
            width,
            font_size: style.font.size,
            dark: style.dark,
            pixels_per_point: ui.ctx().pixels_per_point(),
        };
        // Where the analyst is reading (block at the top, fraction of it scrolled),
        // so that a new text size or column width keeps that place.
        let reading = (state.layout.len() > 0).then(|| {
            let k = state.layout.block_at_y(state.scroll_y);
            let h = state.layout.height(k).max(1.0);
            (
                k,
                ((state.scroll_y - state.layout.top(k)) / h).clamp(0.0, 1.0),
            )
        });
        let relaid = state.layout.sync(&state.blocks, params, &style);
        let painter = ui.painter().clone();
        let mut fonts = |job| painter.layout_job(job);
        if relaid && let Some((k, fraction)) = reading.filter(|_| state.scroll_y > 0.0) {
            state.layout.ensure(
                k,
                &doc.text,
                &state.blocks,
                &state.spans,
                &style,
                &mut fonts,
            );
            let y = state.layout.top(k) + fraction * state.layout.height(k);
            state.pending_shift = y - state.scroll_y;
        }
        // A jump lays out only what it shows; the margin around it follows over the
        // next frames.
        let mut overscan_budget = OVERSCAN_CHARS_PER_FRAME;
        let mut jump_block = None;
        if let Some(c) = state.pending_scroll.take() {
            scroll_target(state, doc, &style, &mut fonts, c, avail.y);
            overscan_budget = 0;
            jump_block = Some(state.block_of(c));
        }

        // A thumb an analyst can grab on a 2 MB article (egui's minimum is 12 pt).
        ui.spacing_mut().scroll.handle_min_length = MIN_THUMB_LENGTH;
        let area = ScrollArea::vertical()
            .id_salt(("marginalia_document_view", &doc.id))
            .auto_shrink([false, false])
            // Offset corrections (see `layout_visible`) must land in the same frame,
            // not as an animation that a wheel scroll would cancel.
            .animated(false)
            .scroll_source(ScrollSource::SCROLL_BAR | ScrollSource::MOUSE_WHEEL);
        let mut events = Vec::new();
        let output = area.show_viewport(ui, |ui, viewport| {
            let clip = ui.clip_rect();
            let origin = ui.max_rect().min;
            let full_width = ui.available_width().max(width);
            let column_left = origin.x + ((full_width - width) / 2.0).max(SIDE_MARGIN);
            let pre_shift = std::mem::take(&mut state.pending_shift);
            let (shift, margin_done) = layout_visible(
                state,
                doc,
                &style,
                &mut fonts,
                Frame {
                    viewport,
                    pre_shift,
                    overscan_budget,
                    jump_block,
                    column_left,
                    origin,
                    clip,
                },
            );
            if !margin_done {
                ui.ctx().request_repaint();
            }
            if shift.abs() > 0.01 {
                // Move the offset by the same amount at the end of this frame, on top
                // of whatever the wheel does meanwhile, so the text stays put.
                ui.scroll_with_delta_animation(
                    vec2(0.0, -shift),
                    egui::style::ScrollAnimation::none(),
                );
            }
            let total = state.layout.total_height();
            ui.allocate_rect(
                Rect::from_min_size(origin, vec2(full_width, total.max(viewport.height()))),
                Sense::hover(),
            );
            let id = ui.make_persistent_id(("marginalia_document_text", &doc.id));
            let visible = clip.intersect(Rect::from_min_size(
                origin - Vec2::Y * shift,
                vec2(full_width, total),
            ));
            let response = ui.interact(visible, id, Sense::click_and_drag());
            response.widget_info(|| egui::WidgetInfo::labeled(egui::Role::Label, true, "Document"));
            pointer::handle(ui, &response, state, input, &mut events);
            keys::handle(ui, state, input, &mut events);
            let marks = (self.suggestions.as_ref())
                .filter(|(d, _)| *d == doc.id)
                .map(|(_, m)| m.as_ref());
            paint::paint(ui.painter(), state, input, &style, marks);
            tooltip::show(&response, state, input);
        });
        state.scroll_y = output.state.clamped_offset().y;
        events
    }

    /// Positions (in the annotation slice the view was given) of the drawn
    /// annotations of `doc` spanning exactly `start..end`, found by binary search in
    /// the view's index — `None` when that index is not of `generation` (the caller
    /// then searches itself).
    pub fn positions_with_span(
        &self,
        doc: &str,
        start: usize,
        end: usize,
        generation: u64,
    ) -> Option<Vec<usize>> {
        let state = self.docs.get(doc)?;
        (state.spans_generation() == Some(generation)).then(|| state.spans.with_span(start, end))
    }

    /// Positions of the drawn annotations of `doc` that overlap or touch
    /// `from..=to`, from the view's index as last built (an annotation added since
    /// is not there) — `None` when the view has no index of `doc` yet.
    pub fn positions_touching(&self, doc: &str, from: usize, to: usize) -> Option<Vec<usize>> {
        let state = self.docs.get(doc)?;
        state.spans_generation()?;
        Some(state.spans.touching(from, to))
    }

    /// The text selection of document `doc` (char range), if any.
    pub fn selection(&self, doc: &str) -> Option<(usize, usize)> {
        self.docs.get(doc).and_then(|s| s.selection)
    }

    /// The chars (doc chars) at the top and the bottom of what document `doc` showed
    /// in the last frame, if it was painted: where "from here" searches start.
    pub fn visible_range(&self, doc: &str) -> Option<(usize, usize)> {
        self.docs.get(doc)?.visible_range()
    }

    /// Sets or clears the text selection of document `doc` (e.g. from the find bar).
    /// An empty range clears it.
    pub fn set_selection(&mut self, doc: &str, sel: Option<(usize, usize)>) {
        let state = self.docs.entry(doc.to_owned()).or_default();
        state.selection = sel
            .map(|(a, b)| (a.min(b), a.max(b)))
            .filter(|(a, b)| a < b);
    }

    /// Brings char `char_offset` of document `doc` into view on the next frame
    /// (jump to an annotation or a find match). Does nothing visible when it already
    /// is in view.
    pub fn scroll_to(&mut self, doc: &str, char_offset: usize) {
        self.docs.entry(doc.to_owned()).or_default().pending_scroll = Some(char_offset);
    }

    /// Screen rect of char `char_offset` of document `doc` as painted in the last
    /// frame (zero width at a paragraph end), or `None` when it was not visible.
    pub fn char_screen_rect(&self, doc: &str, char_offset: usize) -> Option<Rect> {
        self.docs.get(doc)?.char_screen_rect(char_offset)
    }

    /// Screen rects covering chars `[start, end)` of document `doc` as painted in the
    /// last frame (visible part only; one per line).
    pub fn range_screen_rects(&self, doc: &str, start: usize, end: usize) -> Vec<Rect> {
        self.docs
            .get(doc)
            .map(|s| {
                s.range_screen_rects(start, end)
                    .into_iter()
                    .map(|(_, r)| r)
                    .collect()
            })
            .unwrap_or_default()
    }

    // --- suggestions (issue 11) ---
    /// Draws `marks` (dashed outlines) on document `doc` from the next frame on;
    /// `None` draws none.
    pub fn set_suggestions(&mut self, marks: Option<(String, std::sync::Arc<SuggestionMarks>)>) {
        self.suggestions = marks;
    }

    /// The suggestions drawn, if any (tests).
    pub fn suggestions(&self) -> Option<&SuggestionMarks> {
        self.suggestions.as_ref().map(|(_, m)| m.as_ref())
    }
    // --- end suggestions ---

    /// Forgets the state of documents no longer in the project (ids not in `keep`).
    pub fn retain_documents(&mut self, keep: impl Fn(&str) -> bool) {
        self.docs.retain(|id, _| keep(id));
    }
}
