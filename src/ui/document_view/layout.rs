//! Per-block galleys and the vertical layout of a document: cached galleys, exact or
//! estimated paragraph heights and their prefix sums.

use std::collections::HashMap;
use std::sync::Arc;

use egui::epaint::text::{ByteIndex, Galley, LayoutJob, LayoutSection, TextFormat};

use super::blocks::Block;
use super::prefix_sums::PrefixSums;
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

/// One block's cached layout: the job, the galley laid out from it, and the
/// block's annotation background segments (rebuilt when its annotations change).
#[derive(Debug, Clone)]
struct CachedBlock {
    job: LayoutJob,
    galley: Arc<Galley>,
    galley_frame: u64,
    signature: u64,
    segments: Vec<(usize, usize, [u8; 3])>,
    last_used: u64,
}

/// The vertical layout of one document's blocks.
#[derive(Debug, Default)]
pub struct BlockLayout {
    params: Option<LayoutParams>,
    /// Block heights (exact once laid out, estimated before) and their running sums.
    heights: PrefixSums,
    galleys: HashMap<usize, CachedBlock>,
    frame: u64,
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
        self.heights = PrefixSums::new(
            blocks
                .iter()
                .map(|b| {
                    let lines = (b.char_len() as f32 / per_line).ceil().max(1.0);
                    lines * style.line_height + style.paragraph_gap
                })
                .collect(),
        );
        true
    }

    /// Top of block `k` (content coordinates; the bottom of the last block past the
    /// end). O(log n).
    pub fn top(&self, k: usize) -> f32 {
        self.heights.prefix(k)
    }

    /// Height of the whole document.
    pub fn total_height(&self) -> f32 {
        self.heights.total()
    }

    /// Index of the block at content y `y` (clamped to the blocks). O(log n).
    pub fn block_at_y(&self, y: f32) -> usize {
        let n = self.heights.len();
        self.heights.count_up_to(y).min(n.saturating_sub(1))
    }

    /// Height of block `k` (exact once laid out, estimated before).
    pub fn height(&self, k: usize) -> f32 {
        self.heights.get(k)
    }

    /// Number of blocks.
    pub fn len(&self) -> usize {
        self.heights.len()
    }

    /// The galley of block `k` if it was laid out and is still cached.
    pub fn cached(&self, k: usize) -> Option<&Arc<Galley>> {
        self.galleys.get(&k).map(|c| &c.galley)
    }

    /// Block `k`'s annotation backgrounds: block-relative char ranges and the colour
    /// (of the innermost annotation) that paints each. Ranges and colours only, no
    /// span indices, so they stay right when other paragraphs' annotations change.
    pub fn segments(&self, k: usize) -> &[(usize, usize, [u8; 3])] {
        self.galleys.get(&k).map_or(&[], |c| c.segments.as_slice())
    }

    /// Lays out block `k` for this frame. The layout job (plain text: annotations are
    /// painted from the galley's geometry, so they never force a re-layout) is built
    /// once; the galley always comes from egui's galley cache (`fonts`), which lays
    /// it out again when the fonts or the glyph atlas changed, so a kept galley never
    /// points into a stale atlas. The background segments are recomputed only when
    /// the block's own annotations changed. Updates the block's height; returns the
    /// galley and the height change.
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
        let frame = self.frame;
        let signature = spans.block_signature(k, block);
        if let Some(c) = self.galleys.get_mut(&k) {
            c.last_used = frame;
            if c.signature != signature {
                c.signature = signature;
                c.segments = coloured_segments(spans, k, block);
            }
            if c.galley_frame == frame {
                return (Some(c.galley.clone()), 0.0);
            }
            let galley = fonts(c.job.clone());
            c.galley_frame = frame;
            if Arc::ptr_eq(&galley, &c.galley) {
                return (Some(galley), 0.0);
            }
            c.galley = galley.clone();
            let delta = self.set_height(k, &galley, style);
            return (Some(galley), delta);
        }
        let width = self.params.map_or(600.0, |p| p.width);
        let job = block_job(block.text(text), style, width);
        let galley = fonts(job.clone());
        let delta = self.set_height(k, &galley, style);
        if self.galleys.len() >= GALLEY_CACHE_LIMIT {
            let keep_after = frame.saturating_sub(2);
            self.galleys.retain(|_, c| c.last_used >= keep_after);
        }
        self.galleys.insert(
            k,
            CachedBlock {
                job,
                galley: galley.clone(),
                galley_frame: frame,
                signature,
                segments: coloured_segments(spans, k, block),
                last_used: frame,
            },
        );
        (Some(galley), delta)
    }

    /// Records block `k`'s exact height from its galley; returns the change.
    fn set_height(&mut self, k: usize, galley: &Galley, style: &ViewStyle) -> f32 {
        let height = galley.rect.height().max(style.line_height) + style.paragraph_gap;
        self.heights.set(k, height)
    }
}

/// Block `k`'s background segments with their colours.
fn coloured_segments(spans: &SpanIndex, k: usize, block: &Block) -> Vec<(usize, usize, [u8; 3])> {
    spans
        .background_segments(k, block)
        .into_iter()
        .filter_map(|(a, b, i)| spans.spans.get(i).map(|s| (a, b, s.rgb)))
        .collect()
}

/// The layout job of one block: its text in the article font and line height,
/// wrapped at `width`, in the placeholder colour (see [`ViewStyle::text`]).
pub fn block_job(text: &str, style: &ViewStyle, width: f32) -> LayoutJob {
    let format = TextFormat {
        font_id: style.font.clone(),
        line_height: Some(style.line_height),
        // Coloured at paint time (the painter's fallback colour), so that a theme
        // change never leaves galleys in the old theme's text colour.
        color: egui::Color32::PLACEHOLDER,
        ..Default::default()
    };
    let mut job = LayoutJob {
        text: text.to_owned(),
        ..Default::default()
    };
    job.wrap.max_width = width;
    job.sections.push(LayoutSection {
        leading_space: 0.0,
        byte_range: ByteIndex(0)..ByteIndex(text.len()),
        format,
    });
    job
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use super::super::blocks::split_blocks;
    use super::super::spans::{Span, SpanIndex};
    use super::*;

    type Fonts<'a> = &'a mut dyn FnMut(LayoutJob) -> Arc<Galley>;

    /// Runs `f` inside an egui frame, with the frame's fonts.
    fn with_fonts(f: impl FnOnce(Fonts<'_>, &ViewStyle)) {
        let ctx = egui::Context::default();
        let mut f = Some(f);
        let mut output = ctx.run_ui(egui::RawInput::default(), |ui| {
            let painter = ui.painter().clone();
            let style = ViewStyle::new(ui.visuals(), 16.0, false);
            if let Some(f) = f.take() {
                f(&mut |job| painter.layout_job(job), &style);
            }
        });
        output.textures_delta.clear();
    }

    /// A colour per name, so that colours follow annotations, not positions.
    fn rgb(name: &str) -> [u8; 3] {
        [name.len() as u8, name.as_bytes()[0], 7]
    }

    fn spans(list: &[(&str, usize, usize)], blocks: &[Block], len: usize) -> SpanIndex {
        let spans = list
            .iter()
            .enumerate()
            .map(|(input, &(name, start, end))| Span {
                start,
                end,
                rgb: rgb(name),
                input,
            })
            .collect();
        SpanIndex::new(spans, blocks, len)
    }

    const TEXT: &str = "one two three\n\nfour five six seven eight nine ten eleven twelve \
                        thirteen fourteen fifteen sixteen seventeen eighteen";

    #[test]
    fn heights_become_exact_and_galleys_are_reused() {
        with_fonts(|fonts, style| {
            let blocks = split_blocks(TEXT, 1000);
            let len = TEXT.chars().count();
            let index = spans(&[("a", 0, 3)], &blocks, len);
            let mut layout = BlockLayout::default();
            let params = LayoutParams {
                width: 120.0,
                font_size: 16.0,
                dark: false,
                pixels_per_point: 1.0,
            };
            assert!(layout.sync(&blocks, params, style));
            assert_eq!(layout.len(), 3);
            for k in 0..3 {
                layout.ensure(k, TEXT, &blocks, &index, style, fonts);
            }
            // One line for the short paragraphs, several for the long one.
            let line = style.line_height + style.paragraph_gap;
            assert_eq!(layout.height(0), line);
            assert_eq!(layout.height(1), line);
            assert!(layout.height(2) >= 3.0 * style.line_height + style.paragraph_gap);
            assert_eq!(layout.top(2), 2.0 * line);
            assert_eq!(layout.total_height(), 2.0 * line + layout.height(2));
            assert_eq!(layout.block_at_y(line + 1.0), 1);
            assert_eq!(layout.block_at_y(-5.0), 0);
            assert_eq!(layout.block_at_y(1e9), 2);
            // Same frame, same annotations: the cached galley, no height change.
            let first = layout.cached(2).cloned().unwrap();
            let (again, delta) = layout.ensure(2, TEXT, &blocks, &index, style, fonts);
            assert!(Arc::ptr_eq(&first, &again.unwrap()));
            assert_eq!(delta, 0.0);
            // The same params keep everything.
            assert!(!layout.sync(&blocks, params, style));
            assert!(layout.cached(2).is_some());
            // Another width re-estimates and drops the galleys.
            assert!(layout.sync(
                &blocks,
                LayoutParams {
                    width: 300.0,
                    ..params
                },
                style
            ));
            assert!(layout.cached(2).is_none());
        });
    }

    #[test]
    fn only_the_paragraph_whose_annotations_changed_gets_new_backgrounds() {
        with_fonts(|fonts, style| {
            let blocks = split_blocks(TEXT, 1000);
            let len = TEXT.chars().count();
            let before = spans(&[("a", 0, 3), ("b", 15, 19)], &blocks, len);
            let after = spans(&[("a", 0, 3), ("b", 15, 24)], &blocks, len);
            let mut layout = BlockLayout::default();
            let params = LayoutParams {
                width: 400.0,
                font_size: 16.0,
                dark: false,
                pixels_per_point: 1.0,
            };
            layout.sync(&blocks, params, style);
            for k in [0, 2] {
                layout.ensure(k, TEXT, &blocks, &before, style, fonts);
            }
            assert_eq!(layout.segments(0), [(0, 3, rgb("a"))]);
            assert_eq!(layout.segments(2), [(0, 4, rgb("b"))]);
            let galley0 = layout.cached(0).cloned().unwrap();
            for k in [0, 2] {
                layout.ensure(k, TEXT, &blocks, &after, style, fonts);
            }
            assert_eq!(layout.segments(0), [(0, 3, rgb("a"))]);
            assert_eq!(layout.segments(2), [(0, 9, rgb("b"))]);
            // A new annotation in the first paragraph shifts every span after it in
            // the index; the third paragraph keeps b's colour all the same.
            let added = spans(&[("x", 4, 7), ("a", 0, 3), ("b", 15, 24)], &blocks, len);
            for k in [0, 2] {
                layout.ensure(k, TEXT, &blocks, &added, style, fonts);
            }
            assert_eq!(layout.segments(0), [(0, 3, rgb("a")), (4, 7, rgb("x"))]);
            assert_eq!(layout.segments(2), [(0, 9, rgb("b"))]);
            // Annotations never cause a re-layout of the text.
            assert!(Arc::ptr_eq(&galley0, layout.cached(0).unwrap()));
        });
    }
}
