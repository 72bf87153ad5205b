//! A headless egui context that runs one frame of a view at 1280×800 (layout, then
//! tessellation: what a frame costs before the GPU), and two reference views: the
//! naive one `LayoutJob` for the whole article, and a bare virtualized per-paragraph
//! view (galleys cached per paragraph, highlights from the interval index).

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use egui::text::{LayoutJob, TextFormat};
use egui::{Color32, Context, FontId, Galley, Pos2, RawInput, Rect, ScrollArea, Ui, Vec2};
use marginalia::model::{Project, SpanIndex};

/// Width and height of the window the benches draw into.
pub const SCREEN: Vec2 = Vec2::new(1280.0, 800.0);

/// Pixels scrolled per frame, about a fast mouse-wheel scroll.
pub const SCROLL_STEP: f32 = 60.0;

/// A reused egui context and a frame counter.
pub struct Harness {
    ctx: Context,
    frame: u64,
}

impl Default for Harness {
    fn default() -> Self {
        Self::new()
    }
}

impl Harness {
    /// A fresh context.
    pub fn new() -> Self {
        Harness {
            ctx: Context::default(),
            frame: 0,
        }
    }

    /// Runs and tessellates one frame of `view`, returning how long it took.
    pub fn frame(&mut self, view: impl FnMut(&mut Ui)) -> Duration {
        self.frame_with(Vec::new(), view)
    }

    /// One frame of `view` with the pointer over `at` and the wheel turned by `dy`
    /// points (content moves up for negative `dy`, as when scrolling down).
    pub fn wheel_frame(&mut self, at: Pos2, dy: f32, view: impl FnMut(&mut Ui)) -> Duration {
        let events = vec![
            egui::Event::PointerMoved(at),
            egui::Event::MouseWheel {
                unit: egui::MouseWheelUnit::Point,
                delta: Vec2::new(0.0, dy),
                phase: egui::TouchPhase::Move,
                source: egui::MouseWheelSource::Unknown,
                modifiers: egui::Modifiers::NONE,
            },
        ];
        self.frame_with(events, view)
    }

    /// Runs and tessellates one frame of `view` with these input events.
    pub fn frame_with(
        &mut self,
        events: Vec<egui::Event>,
        mut view: impl FnMut(&mut Ui),
    ) -> Duration {
        self.frame += 1;
        let input = RawInput {
            screen_rect: Some(Rect::from_min_size(Pos2::ZERO, SCREEN)),
            time: Some(self.frame as f64 / 60.0),
            events,
            ..Default::default()
        };
        let started = Instant::now();
        let mut output = self.ctx.run_ui(input, |ui| view(ui));
        // A real integration would upload these to the GPU; here they are dropped.
        output.textures_delta.clear();
        let primitives = self.ctx.tessellate(output.shapes, output.pixels_per_point);
        let took = started.elapsed();
        std::hint::black_box(primitives);
        took
    }
}

/// Median and 99th percentile of frame times.
pub fn median_p99(mut times: Vec<Duration>) -> (Duration, Duration) {
    times.sort_unstable();
    let at = |q: f64| {
        let i = ((times.len().saturating_sub(1)) as f64 * q).round() as usize;
        times.get(i).copied().unwrap_or_default()
    };
    (at(0.5), at(0.99))
}

fn label_color(label: &str) -> Color32 {
    match label {
        "claim" => Color32::from_rgba_unmultiplied(78, 121, 167, 70),
        "speculation" => Color32::from_rgba_unmultiplied(242, 142, 43, 70),
        _ => Color32::from_rgba_unmultiplied(89, 161, 79, 70),
    }
}

fn font() -> FontId {
    FontId::proportional(15.0)
}

/// Appends `text` (starting at char `base` of the document) to `job`, one section per
/// run of equal highlighting, using `index` for the annotations it overlaps.
fn append_highlighted(
    job: &mut LayoutJob,
    project: &Project,
    index: &SpanIndex,
    text: &str,
    base: usize,
) {
    let char_len = text.chars().count();
    // Boundaries of highlight runs inside this piece, relative to `base`.
    let mut cuts = vec![0, char_len];
    let mut hits: Vec<(usize, usize, usize)> = Vec::new();
    index.for_each_overlapping(base, base + char_len, |item, s, e| {
        let (s, e) = (s.max(base) - base, e.min(base + char_len) - base);
        cuts.push(s);
        cuts.push(e);
        hits.push((s, e, item));
    });
    cuts.sort_unstable();
    cuts.dedup();
    let mut byte_of_char = text.char_indices().map(|(b, _)| b).collect::<Vec<_>>();
    byte_of_char.push(text.len());
    for pair in cuts.windows(2) {
        let (s, e) = (pair[0], pair[1]);
        let mut format = TextFormat::simple(font(), Color32::LIGHT_GRAY);
        if let Some((_, _, item)) = hits.iter().rev().find(|(hs, he, _)| *hs <= s && e <= *he)
            && let Some(a) = project.annotations.get(*item)
        {
            format.background = label_color(&a.label);
        }
        job.append(&text[byte_of_char[s]..byte_of_char[e]], 0.0, format);
    }
}

/// The naive approach: the whole article as one `LayoutJob`, one label in a scroll
/// area. The job is built once (as an app caching it would); each frame still hands it
/// to egui, which hashes it, finds the galley and paints every row.
pub struct NaiveView {
    job: Arc<LayoutJob>,
    scroll: f32,
}

impl NaiveView {
    /// The view of `project`'s first document.
    pub fn new(project: &Project) -> Self {
        let doc = &project.documents[0];
        let index = SpanIndex::of_document(project, &doc.id);
        let mut job = LayoutJob::default();
        append_highlighted(&mut job, project, &index, &doc.text, 0);
        job.wrap.max_width = SCREEN.x - 40.0;
        NaiveView {
            job: Arc::new(job),
            scroll: 0.0,
        }
    }

    /// Scrolls by `dy` points and draws one frame.
    pub fn ui(&mut self, ui: &mut Ui, dy: f32) {
        self.scroll += dy;
        ScrollArea::vertical()
            .vertical_scroll_offset(self.scroll)
            .show(ui, |ui| {
                ui.label(egui::WidgetText::LayoutJob(self.job.clone()));
            });
    }
}

/// One paragraph of the article: its char range and byte range.
struct Paragraph {
    chars: (usize, usize),
    bytes: (usize, usize),
}

/// A bare virtualized view: paragraphs laid out only when visible, galleys cached,
/// heights estimated until measured, highlights from a [`SpanIndex`].
pub struct ParagraphView {
    paragraphs: Vec<Paragraph>,
    index: SpanIndex,
    galleys: HashMap<usize, Arc<Galley>>,
    /// Height of each paragraph (estimated until laid out), and their running sum.
    heights: Vec<f32>,
    tops: Vec<f32>,
    heights_changed: bool,
    scroll: f32,
}

const GAP: f32 = 10.0;

impl ParagraphView {
    /// The view of `project`'s first document.
    pub fn new(project: &Project) -> Self {
        let doc = &project.documents[0];
        let mut paragraphs = Vec::new();
        let mut chars = 0;
        let mut bytes = 0;
        for piece in doc.text.split("\n\n") {
            let n = piece.chars().count();
            paragraphs.push(Paragraph {
                chars: (chars, chars + n),
                bytes: (bytes, bytes + piece.len()),
            });
            chars += n + 2;
            bytes += piece.len() + 2;
        }
        // About 150 chars per row of 1240 points at 15 pt, 20 points per row.
        let heights: Vec<f32> = paragraphs
            .iter()
            .map(|p| ((p.chars.1 - p.chars.0) as f32 / 150.0).ceil().max(1.0) * 20.0)
            .collect();
        ParagraphView {
            index: SpanIndex::of_document(project, &doc.id),
            paragraphs,
            galleys: HashMap::new(),
            tops: Vec::new(),
            heights,
            heights_changed: true,
            scroll: 0.0,
        }
    }

    /// Total height of the article in points (estimated where not yet laid out).
    pub fn total_height(&mut self) -> f32 {
        self.update_tops();
        self.tops.last().copied().unwrap_or(0.0)
    }

    fn update_tops(&mut self) {
        if !self.heights_changed {
            return;
        }
        self.tops.clear();
        let mut y = 0.0;
        self.tops.push(0.0);
        for h in &self.heights {
            y += h + GAP;
            self.tops.push(y);
        }
        self.heights_changed = false;
    }

    /// Scrolls to `y` points (a jump) or by `dy` and draws one frame.
    pub fn ui(&mut self, ui: &mut Ui, project: &Project, scroll_to: Option<f32>, dy: f32) {
        self.scroll = scroll_to.unwrap_or(self.scroll + dy);
        let total = self.total_height();
        ScrollArea::vertical()
            .vertical_scroll_offset(self.scroll)
            .auto_shrink(false)
            .show_viewport(ui, |ui, viewport| {
                ui.set_height(total);
                let width = ui.available_width();
                let origin = ui.max_rect().min;
                let first = self
                    .tops
                    .partition_point(|top| *top <= viewport.min.y)
                    .saturating_sub(1);
                let text = &project.documents[0].text;
                let mut k = first;
                while k < self.paragraphs.len() && self.tops[k] < viewport.max.y {
                    let galley = match self.galleys.get(&k) {
                        Some(g) => g.clone(),
                        None => {
                            let p = &self.paragraphs[k];
                            let mut job = LayoutJob::default();
                            append_highlighted(
                                &mut job,
                                project,
                                &self.index,
                                &text[p.bytes.0..p.bytes.1],
                                p.chars.0,
                            );
                            job.wrap.max_width = width;
                            let g = ui.painter().layout_job(job);
                            if (g.size().y - self.heights[k]).abs() > 0.5 {
                                self.heights[k] = g.size().y;
                                self.heights_changed = true;
                            }
                            self.galleys.insert(k, g.clone());
                            g
                        }
                    };
                    let pos = origin + Vec2::new(0.0, self.tops[k]);
                    ui.painter().galley(pos, galley, Color32::LIGHT_GRAY);
                    k += 1;
                }
            });
    }
}
