//! The tooltip over a highlight: every annotation under the pointer, innermost
//! first, with its label, source, author and note, so that nested and overlapping
//! annotations can be told apart without clicking through them.

use egui::{Color32, Response, RichText, Sense, vec2};

use crate::model::Annotation;

use super::ViewInput;
use super::spans::Span;
use super::state::DocState;

/// Annotations listed in one tooltip at most.
const MAX_LISTED: usize = 8;

/// Shows the tooltip when the pointer rests on a highlight (not while dragging).
pub fn show(response: &Response, state: &DocState, input: &ViewInput<'_>) {
    if state.drag.is_some() {
        return;
    }
    let Some(c) = response.hover_pos().and_then(|p| state.char_under(p)) else {
        return;
    };
    // In the order clicks cycle through them.
    let covering = state.spans.covering(state.block_of(c), c);
    if covering.is_empty() {
        return;
    }
    response.clone().on_hover_ui_at_pointer(|ui| {
        for span in covering.iter().take(MAX_LISTED) {
            if let Some(a) = annotation_of(span, input) {
                row(ui, span, a, input);
            }
        }
        if covering.len() > MAX_LISTED {
            ui.weak(format!("… and {} more", covering.len() - MAX_LISTED));
        }
    });
}

/// The annotation a span was built from.
fn annotation_of<'a>(span: &Span, input: &ViewInput<'a>) -> Option<&'a Annotation> {
    input.annotations.at_position(span.input)
}

/// One line: colour swatch, label (source), author; the note below when there is one.
fn row(ui: &mut egui::Ui, span: &Span, a: &Annotation, input: &ViewInput<'_>) {
    let label = input
        .schema
        .label(&a.label)
        .map_or(a.label.as_str(), |l| l.name.as_str());
    ui.horizontal(|ui| {
        let (rect, _) = ui.allocate_exact_size(vec2(10.0, 10.0), Sense::hover());
        let [r, g, b] = span.rgb;
        ui.painter()
            .rect_filled(rect, 2.0, Color32::from_rgb(r, g, b));
        let mut text = label.to_owned();
        if let Some(source) = a.source.as_deref().filter(|s| !s.is_empty()) {
            text.push_str(&format!(" ({source})"));
        }
        ui.label(RichText::new(text).strong());
        if !a.author.is_empty() {
            ui.weak(format!("· {}", a.author));
        }
    });
    if let Some(note) = a.note.lines().next().filter(|l| !l.trim().is_empty()) {
        ui.weak(note);
    }
}
