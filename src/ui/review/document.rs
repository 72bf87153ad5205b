//! The reviewed document with both annotators' spans: A's as a tinted background,
//! B's as a thick underline, each in its label's colour.

use egui::text::{CCursor, LayoutJob, TextFormat};
use egui::{Color32, FontId, Role, Sense, Stroke, WidgetInfo};

use super::ReviewView;
use crate::review::{Comparison, Span, char_categories};

/// Draws the current document of `view`.
pub(super) fn show(view: &mut ReviewView, ui: &mut egui::Ui, comparison: Option<&Comparison>) {
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
    let lane = |who: &str| {
        let spans: Vec<Span> = doc
            .annotations_by(who)
            .into_iter()
            .map(Span::from)
            .collect();
        char_categories(doc.document.char_len(), &spans, &labels)
    };
    let (lane_a, lane_b) = (lane(&view.a), lane(&view.b));
    let selected = view
        .selected
        .as_ref()
        .and_then(|id| comparison?.disagreements.iter().find(|d| &d.id == id))
        .map(|d| (d.start(), d.end()));

    ui.horizontal(|ui| {
        ui.label(format!("{} (A): tinted background", view.a));
        ui.label(format!("{} (B): underline", view.b));
    });

    let font = FontId::proportional(15.0);
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
    for (i, ch) in doc.document.text.chars().enumerate() {
        let sel = selected.is_some_and(|(s, e)| s <= i && i < e);
        let style = (
            lane_a.get(i).copied().unwrap_or(0),
            lane_b.get(i).copied().unwrap_or(0),
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

    let galley = ui.ctx().fonts_mut(|f| f.layout_job(job));
    let (rect, response) = ui.allocate_exact_size(galley.size(), Sense::hover());
    response.widget_info(|| WidgetInfo::labeled(Role::Label, true, "Review document"));
    if let Some((start, _)) = view.scroll_to.take() {
        let at = galley
            .pos_from_cursor(CCursor::new(start))
            .translate(rect.min.to_vec2());
        ui.scroll_to_rect(at, Some(egui::Align::Center));
    }
    ui.painter().galley(rect.min, galley, text_colour);
}
