//! Per-block galleys and the vertical layout of a document: cached galleys, exact or
//! estimated paragraph heights and their prefix sums.

use std::collections::HashMap;
use std::sync::Arc;

use egui::epaint::text::{ByteIndex, Galley, LayoutJob, LayoutSection, TextFormat};

use super::blocks::{Block, char_to_byte_table};
use super::spans::SpanIndex;
use super::style::ViewStyle;

/// Galleys kept before the ones not used recently are dropped.
const GALLEY_CACHE_LIMIT: usize = 600;

/// What every galley of a document depends on besides its own text and spans.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct LayoutParams {
    /// Wrap width of the column.
    pub width: f32,
    /// Font size.
    pub font_size: f32,
    /// Dark theme (label colours differ).
    pub dark: bool,
    /// Pixels per point (layout is pixel-rounded).
    pub pixels_per_point: f32,
}

/// One cached galley.
#[derive(Debug, Clone)]
struct CachedGalley {
    galley: Arc<Galley>,
    signature: u64,
    last_used: u64,
}

/// The vertical layout of one document's blocks.
#[derive(Debug, Default)]
pub struct BlockLayout {
    params: Option<LayoutParams>,
    heights: Vec<f32>,
    tops: Vec<f32>,
    tops_dirty: bool,
    galleys: HashMap<usize, CachedGalley>,
    frame: u64,
    /// A galley from egui's own cache; a different one means egui's fonts changed.
    font_sentinel: Option<Arc<Galley>>,
}

impl BlockLayout {
    /// Makes the layout match `blocks` and `params`; everything is re-estimated (and
    /// all galleys dropped) when the blocks or the params changed. Returns true when
    /// it did so.
    pub fn sync(&mut self, blocks: &[Block], params: LayoutParams, style: &ViewStyle) -> bool {
        self.frame += 1;
        if self.params == Some(params) && self.heights.len() == blocks.len() {
            return false;
        }
        self.params = Some(params);
        self.galleys.clear();
        let per_line = (params.width / style.estimated_char_width()).max(1.0);
        self.heights = blocks
            .iter()
            .map(|b| {
                let lines = (b.char_len() as f32 / per_line).ceil().max(1.0);
                lines * style.line_height + style.paragraph_gap
            })
            .collect();
        self.tops_dirty = true;
        self.refresh_tops();
        true
    }

    /// Drops every cached galley when egui's font atlas was rebuilt since the last
    /// frame: `sentinel` is the same small text laid out through egui's cache each
    /// frame, which egui hands back unchanged until it clears that cache.
    pub fn check_font_atlas(&mut self, sentinel: Arc<Galley>) {
        if let Some(old) = &self.font_sentinel
            && !Arc::ptr_eq(old, &sentinel)
        {
            self.galleys.clear();
        }
        self.font_sentinel = Some(sentinel);
    }

    /// Recomputes the prefix sums when a height changed.
    pub fn refresh_tops(&mut self) {
        if !self.tops_dirty && self.tops.len() == self.heights.len() + 1 {
            return;
        }
        self.tops.clear();
        self.tops.reserve(self.heights.len() + 1);
        let mut y = 0.0;
        self.tops.push(0.0);
        for h in &self.heights {
            y += h;
            self.tops.push(y);
        }
        self.tops_dirty = false;
    }

    /// Top of block `k` (content coordinates; the prefix sums must be fresh).
    pub fn top(&self, k: usize) -> f32 {
        self.tops
            .get(k)
            .or(self.tops.last())
            .copied()
            .unwrap_or(0.0)
    }

    /// Height of the whole document.
    pub fn total_height(&self) -> f32 {
        self.tops.last().copied().unwrap_or(0.0)
    }

    /// Index of the block at content y `y` (clamped to the blocks).
    pub fn block_at_y(&self, y: f32) -> usize {
        let n = self.heights.len();
        self.tops
            .partition_point(|&t| t <= y)
            .saturating_sub(1)
            .min(n.saturating_sub(1))
    }

    /// Height of block `k` (exact once laid out, estimated before).
    pub fn height(&self, k: usize) -> f32 {
        self.heights.get(k).copied().unwrap_or(0.0)
    }

    /// Number of blocks.
    pub fn len(&self) -> usize {
        self.heights.len()
    }

    /// The galley of block `k` if it was laid out and is still cached.
    pub fn cached(&self, k: usize) -> Option<&Arc<Galley>> {
        self.galleys.get(&k).map(|c| &c.galley)
    }

    /// The galley of block `k`, laid out now if missing or stale (its annotations
    /// changed). Updates the block's height; returns the height change.
    pub fn ensure(
        &mut self,
        k: usize,
        text: &str,
        blocks: &[Block],
        spans: &SpanIndex,
        style: &ViewStyle,
        fonts: &mut dyn FnMut(LayoutJob) -> Arc<Galley>,
    ) -> (Option<Arc<Galley>>, f32) {
        let Some(block) = blocks.get(k) else {
            return (None, 0.0);
        };
        let signature = spans.block_signature(k, block);
        let frame = self.frame;
        if let Some(c) = self.galleys.get_mut(&k)
            && c.signature == signature
        {
            c.last_used = frame;
            return (Some(c.galley.clone()), 0.0);
        }
        let width = self.params.map_or(600.0, |p| p.width);
        let galley = fonts(block_job(block.text(text), block, k, spans, style, width));
        let height = galley.rect.height().max(style.line_height) + style.paragraph_gap;
        let delta = match self.heights.get_mut(k) {
            Some(h) => {
                let d = height - *h;
                *h = height;
                d
            }
            None => 0.0,
        };
        if delta != 0.0 {
            self.tops_dirty = true;
        }
        if self.galleys.len() >= GALLEY_CACHE_LIMIT {
            let keep_after = frame.saturating_sub(2);
            self.galleys.retain(|_, c| c.last_used >= keep_after);
        }
        self.galleys.insert(
            k,
            CachedGalley {
                galley: galley.clone(),
                signature,
                last_used: frame,
            },
        );
        (Some(galley), delta)
    }
}

/// The layout job of one block: its text in the article font, each annotated
/// stretch with the translucent colour of the innermost annotation covering it.
pub fn block_job(
    text: &str,
    block: &Block,
    k: usize,
    spans: &SpanIndex,
    style: &ViewStyle,
    width: f32,
) -> LayoutJob {
    let plain = TextFormat {
        font_id: style.font.clone(),
        line_height: Some(style.line_height),
        color: style.text,
        ..Default::default()
    };
    let mut job = LayoutJob {
        text: text.to_owned(),
        ..Default::default()
    };
    job.wrap.max_width = width;
    let segments = spans.background_segments(k, block);
    if segments.is_empty() {
        job.sections.push(LayoutSection {
            leading_space: 0.0,
            byte_range: ByteIndex(0)..ByteIndex(text.len()),
            format: plain,
        });
        return job;
    }
    let bytes = char_to_byte_table(text);
    let byte = |c: usize| bytes.get(c).copied().unwrap_or(text.len());
    let mut at = 0usize;
    let push = |job: &mut LayoutJob, from: usize, to: usize, format: TextFormat| {
        if from < to {
            job.sections.push(LayoutSection {
                leading_space: 0.0,
                byte_range: ByteIndex(byte(from))..ByteIndex(byte(to)),
                format,
            });
        }
    };
    for (a, b, i) in segments {
        push(&mut job, at, a, plain.clone());
        let rgb = spans.spans.get(i).map_or([136, 136, 136], |s| s.rgb);
        let format = TextFormat {
            background: style.label_fill(rgb),
            expand_bg: 0.0,
            ..plain.clone()
        };
        push(&mut job, a, b, format);
        at = b;
    }
    push(&mut job, at, block.char_len(), plain);
    job
}
