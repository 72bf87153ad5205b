//! Keyboard on the view (when no text field has the keyboard): Shift+←/→ moves the
//! selected annotation's end a word, Alt+Shift+←/→ its start; Ctrl+C copies the
//! selected text.

use egui::{Key, Modifiers, Ui};

use super::pointer::{End, id_of};
use super::state::DocState;
use super::{ViewEvent, ViewInput};
use crate::model::words::step_span;

/// Handles this frame's keys.
pub fn handle(ui: &Ui, state: &DocState, input: &ViewInput<'_>, events: &mut Vec<ViewEvent>) {
    if ui.ctx().memory(|m| m.focused().is_some()) {
        return;
    }
    copy_selection(ui, state, input);
    resize_selected(ui, state, input, events);
}

/// Ctrl+C (the platform's copy event) puts the selected text on the clipboard.
fn copy_selection(ui: &Ui, state: &DocState, input: &ViewInput<'_>) {
    let Some((a, b)) = state.selection else {
        return;
    };
    if ui.input(|i| i.events.iter().any(|e| matches!(e, egui::Event::Copy))) {
        ui.ctx().copy_text(input.document.slice(a, b).to_owned());
    }
}

/// Shift+←/→ moves the selected annotation's end a word, Alt+Shift+←/→ its start,
/// when no other widget has the keyboard.
fn resize_selected(ui: &Ui, state: &DocState, input: &ViewInput<'_>, events: &mut Vec<ViewEvent>) {
    let Some(span) = state.selected_span() else {
        return;
    };
    let Some(id) = id_of(span, input) else {
        return;
    };
    // Alt+Shift first: a Shift pattern also matches (logically) when Alt is held.
    let pressed = ui.input_mut(|i| {
        [
            (Modifiers::ALT | Modifiers::SHIFT, End::Start),
            (Modifiers::SHIFT, End::End),
        ]
        .into_iter()
        .flat_map(|(m, end)| {
            [
                (m, end, Key::ArrowLeft, false),
                (m, end, Key::ArrowRight, true),
            ]
        })
        .find(|&(m, _, k, _)| i.consume_key(m, k))
        .map(|(_, end, _, forward)| (end, forward))
    });
    let Some((end, forward)) = pressed else {
        return;
    };
    let Some((start, stop)) = step_span(
        input.document,
        span.start,
        span.end,
        end == End::Start,
        forward,
    ) else {
        return;
    };
    if (start, stop) != (span.start, span.end) {
        events.push(ViewEvent::AnnotationResized {
            id: id.to_owned(),
            start,
            end: stop,
        });
    }
}
