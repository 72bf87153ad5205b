//! What the view keeps per document between frames: selection, scroll requests, the
//! blocks, the annotation index and the layout, and where things were painted.

use std::hash::{Hash, Hasher};

use egui::{Pos2, Rect};

use crate::edit::ChangeLog;
use crate::model::{Annotation, Document, TagSchema};

use super::ViewAnnotations;
use super::blocks::{Block, MAX_BLOCK_CHARS, block_at, split_blocks};
use super::geometry;
use super::layout::BlockLayout;
use super::spans::{Span, SpanIndex};

/// A mouse drag in progress.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Drag {
    /// Selecting text from `anchor` (caret, doc chars) to `current`.
    Select {
        /// Where the press happened.
        anchor: usize,
        /// Where the pointer is now.
        current: usize,
    },
    /// Moving one end of annotation `id`; `fixed` is its other end.
    Boundary {
        /// The annotation being resized.
        id: String,
        /// The end that stays.
        fixed: usize,
        /// Where the moving end is now.
        moving: usize,
    },
}

impl Drag {
    /// The char range the drag covers now (start <= end).
    pub fn range(&self) -> (usize, usize) {
        let (a, b) = match self {
            Drag::Select { anchor, current } => (*anchor, *current),
            Drag::Boundary { fixed, moving, .. } => (*fixed, *moving),
        };
        (a.min(b), a.max(b))
    }
}

/// Where the visible blocks were painted this (or last) frame.
#[derive(Debug, Clone, Copy)]
pub struct FrameGeometry {
    /// Screen position of content point (0, 0).
    pub origin: Pos2,
    /// Screen x of the left edge of the text column.
    pub column_left: f32,
    /// First visible block.
    pub first: usize,
    /// One past the last visible block.
    pub last: usize,
    /// The visible part of the view on screen.
    pub clip: Rect,
}

/// Per-document state of the view.
#[derive(Debug, Default)]
pub struct DocState {
    /// The current text selection (doc chars, start < end).
    pub selection: Option<(usize, usize)>,
    /// A char to bring into view on the next frame.
    pub pending_scroll: Option<usize>,
    /// How far to move the scroll offset on the next frame (a jump, or keeping the
    /// reading place after a re-layout); applied as a relative scroll so that the
    /// scroll area clamps it against the new content height.
    pub pending_shift: f32,
    /// The scroll offset of the last frame.
    pub scroll_y: f32,
    /// The drag in progress, if any.
    pub drag: Option<Drag>,
    text_key: Option<u64>,
    /// The document's blocks.
    pub blocks: Vec<Block>,
    /// The document's annotations, indexed.
    pub spans: SpanIndex,
    spans_key: Option<(u64, usize, u64)>,
    /// The selected annotation's span (index into `spans.spans`), for the id and
    /// index build it was looked up for.
    selected: Option<usize>,
    selected_key: Option<(String, (u64, usize, u64))>,
    /// Heights and galleys.
    pub layout: BlockLayout,
    /// Where things were painted.
    pub geometry: Option<FrameGeometry>,
}

/// A cheap fingerprint of a document's text (id, length and a few samples), so that a
/// different text under the same id (another project opened) is noticed without
/// hashing megabytes every frame.
fn text_key(doc: &Document) -> u64 {
    let mut h = std::collections::hash_map::DefaultHasher::new();
    doc.id.hash(&mut h);
    let bytes = doc.text.as_bytes();
    bytes.len().hash(&mut h);
    let n = bytes.len();
    for at in [0, n / 4, n / 2, 3 * n / 4, n.saturating_sub(64)] {
        bytes.get(at..(at + 64).min(n)).hash(&mut h);
    }
    h.finish()
}

impl DocState {
    /// Re-splits the text when the document changed.
    pub fn sync_text(&mut self, doc: &Document) {
        let key = text_key(doc);
        if self.text_key == Some(key) {
            return;
        }
        self.text_key = Some(key);
        self.blocks = split_blocks(&doc.text, MAX_BLOCK_CHARS);
        self.spans_key = None;
        self.layout = BlockLayout::default();
        self.geometry = None;
        let len = doc.char_len();
        self.selection = self.selection.filter(|&(a, b)| a < b && b <= len);
    }

    /// Rebuilds the annotation index when the annotations changed (new generation,
    /// another count, or another text); after edits `changes` knows, only the spans
    /// of the positions they changed are replaced.
    pub fn sync_spans(
        &mut self,
        annotations: ViewAnnotations<'_>,
        schema: &TagSchema,
        generation: u64,
        char_len: usize,
        changes: Option<&ChangeLog>,
    ) {
        // A sample of the ids in order joins the text key, so that a reordering
        // without a new generation still rebuilds (spans point into this list).
        let mut h = std::collections::hash_map::DefaultHasher::new();
        self.text_key.hash(&mut h);
        let n = annotations.len();
        let step = (n / 64).max(1);
        for i in (0..n).step_by(step).chain(n.checked_sub(1)) {
            if let Some(a) = annotations.get(i) {
                a.id.hash(&mut h);
            }
        }
        let key = (generation, annotations.len(), h.finish());
        if self.spans_key == Some(key) {
            return;
        }
        let old_key = self.spans_key.replace(key);
        // Each label's colour parsed once, not once per annotation.
        let colours: Vec<(&str, [u8; 3])> = schema
            .labels
            .iter()
            .map(|l| (l.id.as_str(), schema.rgb(&l.id)))
            .collect();
        let rgb_of = |label: &str| {
            colours
                .iter()
                // Length and first byte first: most labels differ there, and
                // this runs for every annotation after each change.
                .find(|(id, _)| {
                    id.len() == label.len()
                        && id.as_bytes().first() == label.as_bytes().first()
                        && *id == label
                })
                .map_or_else(|| schema.rgb(label), |&(_, rgb)| rgb)
        };
        let span_of = |at: usize, a: &Annotation| Span {
            start: a.start,
            end: a.end,
            rgb: rgb_of(&a.label),
            input: at,
        };
        let changed = old_key
            .zip(changes)
            .and_then(|((from, _, _), log)| log.since(from, generation));
        if let Some(changed) = changed {
            let added = changed
                .positions
                .iter()
                .filter(|&&at| annotations.index_of_position(at).is_some())
                .filter_map(|&at| annotations.at_position(at).map(|a| span_of(at, a)))
                .collect();
            self.spans
                .patch(&changed.positions, added, &self.blocks, char_len);
            return;
        }
        let spans = annotations.iter().map(|(at, a)| span_of(at, a)).collect();
        self.spans = SpanIndex::new(spans, &self.blocks, char_len);
    }

    /// The generation the span index was built or patched for.
    pub fn spans_generation(&self) -> Option<u64> {
        self.spans_key.map(|(g, _, _)| g)
    }

    /// Finds the selected annotation's span when the selection or the index changed
    /// (none on other frames): from its position in the annotation slice when the
    /// caller gave one (a binary search), else with one pass over the annotations.
    pub fn sync_selected(
        &mut self,
        annotations: ViewAnnotations<'_>,
        selected: Option<&str>,
        position: Option<usize>,
    ) {
        let Some(id) = selected else {
            self.selected = None;
            self.selected_key = None;
            return;
        };
        let key = self.spans_key.unwrap_or_default();
        if self
            .selected_key
            .as_ref()
            .is_some_and(|(k_id, k)| k_id == id && *k == key)
        {
            return;
        }
        self.selected_key = Some((id.to_owned(), key));
        // Spans are keyed by the annotation's position in the slice.
        let known = position.filter(|&at| annotations.at_position(at).is_some_and(|a| a.id == id));
        let input = match known {
            Some(at) => annotations.index_of_position(at).map(|_| at),
            None => annotations
                .iter()
                .find(|(_, a)| a.id == id)
                .map(|(at, _)| at),
        };
        self.selected = input.and_then(|input| self.spans.index_of_input(input));
    }

    /// The selected annotation's span, if it is in this document and not empty.
    pub fn selected_span(&self) -> Option<&Span> {
        self.selected.and_then(|i| self.spans.spans.get(i))
    }

    /// Index of the block holding char `c`.
    pub fn block_of(&self, c: usize) -> usize {
        block_at(&self.blocks, c)
    }

    /// Screen position of block `k`'s galley this frame.
    pub fn block_origin(&self, k: usize) -> Option<Pos2> {
        let g = self.geometry?;
        Some(Pos2::new(g.column_left, g.origin.y + self.layout.top(k)))
    }

    /// The caret (doc chars) nearest to screen point `pos`, among the visible blocks
    /// (a point above or below them maps to their first or last caret).
    pub fn caret_at(&self, pos: Pos2) -> Option<usize> {
        let g = self.geometry?;
        if g.first >= g.last {
            return None;
        }
        let y = pos.y - g.origin.y;
        let k = self.layout.block_at_y(y).clamp(g.first, g.last - 1);
        let block = self.blocks.get(k)?;
        let galley = self.layout.cached(k)?;
        let origin = self.block_origin(k)?;
        let local = geometry::caret_at(galley, pos - origin);
        Some(block.start + local.min(block.char_len()))
    }

    /// The chars at the top-left and bottom-right of what was on screen in the last
    /// frame (carets, doc chars), if the view was painted.
    pub fn visible_range(&self) -> Option<(usize, usize)> {
        let g = self.geometry?;
        let top = self.caret_at(Pos2::new(g.column_left, g.clip.top()))?;
        let bottom = self.caret_at(Pos2::new(g.clip.right(), g.clip.bottom()))?;
        Some((top, bottom.max(top)))
    }

    /// The char (doc chars) whose glyph is under screen point `pos`, if any.
    pub fn char_under(&self, pos: Pos2) -> Option<usize> {
        let g = self.geometry?;
        let k = self.layout.block_at_y(pos.y - g.origin.y);
        if k < g.first || k >= g.last {
            return None;
        }
        let block = self.blocks.get(k)?;
        let galley = self.layout.cached(k)?;
        let origin = self.block_origin(k)?;
        geometry::char_under(galley, pos - origin).map(|c| block.start + c)
    }

    /// Screen rect of char `c` as painted in the last frame (a zero-width rect at a
    /// paragraph end), if its paragraph was visible.
    pub fn char_screen_rect(&self, c: usize) -> Option<Rect> {
        let g = self.geometry?;
        let k = self.block_of(c);
        if k < g.first || k >= g.last {
            return None;
        }
        let block = self.blocks.get(k)?;
        let galley = self.layout.cached(k)?;
        let origin = self.block_origin(k)?;
        Some(geometry::to_screen(
            geometry::char_rect(galley, c.saturating_sub(block.start)),
            origin,
        ))
    }

    /// Screen rects of the doc char range `[a, b)` in the visible blocks, with each
    /// rect's block index.
    pub fn range_screen_rects(&self, a: usize, b: usize) -> Vec<(usize, Rect)> {
        let Some(g) = self.geometry else {
            return Vec::new();
        };
        let mut out = Vec::new();
        let first = self.block_of(a).max(g.first);
        let last = (self.block_of(b.saturating_sub(1).max(a)) + 1).min(g.last);
        for k in first..last {
            let (Some(block), Some(galley), Some(origin)) = (
                self.blocks.get(k),
                self.layout.cached(k),
                self.block_origin(k),
            ) else {
                continue;
            };
            let (from, to) = (a.max(block.start), b.min(block.end));
            if from < to {
                for r in geometry::range_rects(galley, from - block.start, to - block.start) {
                    out.push((k, geometry::to_screen(r, origin)));
                }
            }
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::edit::{ChangeLog, session};

    /// The span index patched after each edit equals the one built from scratch
    /// (spans, lanes, block table, input map).
    #[test]
    fn patched_span_index_equals_a_rebuilt_one() {
        for seed in 0..6 {
            let mut patched = DocState::default();
            let mut patches = 0;
            session::run(seed, 300, |editor, _| {
                let log = editor.changes();
                let p = editor.project();
                let Some(doc) = p.document("d") else { return };
                let shown: Vec<usize> = (p.annotations.iter().enumerate())
                    .filter(|(_, a)| a.doc == "d" && !a.orphaned)
                    .map(|(i, _)| i)
                    .collect();
                let annotations = ViewAnnotations::new(&p.annotations, &shown);
                let g = editor.generation();
                let n = doc.char_len();
                patched.sync_text(doc);
                let before = patched.spans_key;
                patched.sync_spans(annotations, &p.schema, g, n, Some(log));
                if before.is_some_and(|k| k.0 != g) && log.since(before.unwrap().0, g).is_some() {
                    patches += 1;
                }
                let mut fresh = DocState::default();
                fresh.sync_text(doc);
                fresh.sync_spans(annotations, &p.schema, g, n, None::<&ChangeLog>);
                assert_eq!(patched.spans, fresh.spans);
            });
            assert!(
                patches > 100,
                "only {patches} patches: the test rebuilt instead"
            );
        }
    }
}
