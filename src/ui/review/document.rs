//! The reviewed document with both annotators' spans: A's as a tinted background,
//! B's as a thick underline, each in its label's colour.

use egui::text::{CCursor, LayoutJob, TextFormat};
use egui::{Color32, FontId, Role, Sense, Stroke, WidgetInfo};

use super::{Cache, ReviewView};
use crate::ui::document_view::LINE_HEIGHT_FACTOR;

/// Text size of the preview: the main view's default.
const PREVIEW_FONT_SIZE: f32 = crate::ui::settings::DEFAULT_FONT_SIZE;

/// The most chars of a document drawn at once.
const MAX_SHOWN_CHARS: usize = 8_000;

/// Draws the current document of `view`.
pub(super) fn show(view: &mut ReviewView, ui: &mut egui::Ui, cache: Option<&Cache>) {
    let Some(cache) = cache else { return };
    let comparison = cache.comparison.as_ref();
    let (Some(session), Some(doc_id)) = (&view.session, &view.doc) else {
        return;
    };
    let Some(doc) = session.corpus().document(doc_id) else {
        return;
    };
    let labels = session.corpus().labels();
    let schema = &session.corpus().schema;
    let colour = |k: usize| -> Option<Color32> {
        let label = labels.get(k.checked_sub(1)?)?;
        let [r, g, b] = schema.rgb(label);
        Some(Color32::from_rgb(r, g, b))
    };
    let (lane_a, lane_b) = (&cache.lanes.0, &cache.lanes.1);
    let selected = view
        .selected
        .as_ref()
        .and_then(|id| comparison?.disagreements.iter().find(|d| &d.id == id))
        .map(|d| (d.start(), d.end()));

    ui.horizontal(|ui| {
        ui.label(format!("{} (A): tinted background", view.a));
        ui.label(format!("{} (B): underline", view.b));
    });

    // The main view's text size and line spacing.
    let font = FontId::proportional(PREVIEW_FONT_SIZE);
    let line_height = (PREVIEW_FONT_SIZE * LINE_HEIGHT_FACTOR).round();
    let text_colour = ui.visuals().text_color();
    let mut job = LayoutJob::default();
    job.wrap.max_width = ui.available_width();
    let mut run = String::new();
    let mut run_style: Option<(usize, usize, bool)> = None;
    let flush = |job: &mut LayoutJob, run: &mut String, style: (usize, usize, bool)| {
        if run.is_empty() {
            return;
        }
        let (a, b, sel) = style;
        let mut format = TextFormat::simple(font.clone(), text_colour);
        format.line_height = Some(line_height);
        if let Some(c) = colour(a) {
            format.background = c.gamma_multiply(0.35);
        }
        if let Some(c) = colour(b) {
            format.underline = Stroke::new(2.5, c);
        }
        if sel {
            format.color = ui.visuals().strong_text_color();
            format.italics = true;
        }
        job.append(run, 0.0, format);
        run.clear();
    };
    // A long article shows only the neighbourhood of the selected disagreement, so
    // that a frame never lays out the whole text.
    let total = doc.document.char_len();
    let (lo, hi) = if total <= MAX_SHOWN_CHARS {
        (0, total)
    } else {
        let centre = selected.map_or(0, |(s, _)| s);
        let lo = centre.saturating_sub(MAX_SHOWN_CHARS / 2);
        (lo, (lo + MAX_SHOWN_CHARS).min(total))
    };
    if lo > 0 {
        job.append("… ", 0.0, TextFormat::simple(font.clone(), text_colour));
    }
    let offset = if lo > 0 { 2 } else { 0 };
    let shown = doc.document.slice(lo, hi);
    for (i, ch) in (lo..).zip(shown.chars()) {
        let sel = selected.is_some_and(|(s, e)| s <= i && i < e);
        let style = (
            lane_a.get(i).copied().map_or(0, usize::from),
            lane_b.get(i).copied().map_or(0, usize::from),
            sel,
        );
        if run_style != Some(style) {
            if let Some(prev) = run_style {
                flush(&mut job, &mut run, prev);
            }
            run_style = Some(style);
        }
        run.push(ch);
    }
    if let Some(prev) = run_style {
        flush(&mut job, &mut run, prev);
    }
    if hi < total {
        job.append(" …", 0.0, TextFormat::simple(font.clone(), text_colour));
    }

    let galley = ui.ctx().fonts_mut(|f| f.layout_job(job));
    let (rect, response) = ui.allocate_exact_size(galley.size(), Sense::hover());
    response.widget_info(|| WidgetInfo::labeled(Role::Label, true, "Review document"));
    if let Some((start, _)) = view.scroll_to.take() {
        let at = galley
            .pos_from_cursor(CCursor::new(start.saturating_sub(lo) + offset))
            .translate(rect.min.to_vec2());
        ui.scroll_to_rect(at, Some(egui::Align::Center));
    }
    ui.painter().galley(rect.min, galley, text_colour);
}
