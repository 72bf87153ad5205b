//! The popup that asks for an attribution's source, near the selection, with
//! completion from the sources the project already uses and the schema's list.
//! Type to filter, ↑/↓ to pick, Enter accepts, Esc cancels (nothing is tagged).

use egui::{Key, Modifiers};

use super::Dialogs;
use crate::ui::command::UiCommand;
use crate::ui::source_field::{ListMode, SourceCompletion, accepted, source_field, suggestions};
use crate::ui::state::PanelContext;

/// The span waiting for its source.
#[derive(Debug, Clone, PartialEq)]
pub struct PendingAttribution {
    /// Document id.
    pub doc: String,
    /// First char.
    pub start: usize,
    /// One past the last char.
    pub end: usize,
    /// Label id (one that needs a source).
    pub label: String,
}

/// State of the source popup.
#[derive(Debug, Clone)]
pub struct SourcePopup {
    /// What will be tagged.
    pub pending: PendingAttribution,
    /// What the analyst typed.
    pub query: String,
    /// The completion state (the suggestion picked with ↑/↓).
    pub completion: SourceCompletion,
    /// Screen position of the selection's first char, if known.
    pub anchor: Option<egui::Rect>,
    focused_once: bool,
}

impl SourcePopup {
    /// A popup for `pending`, shown below `anchor`.
    pub fn new(pending: PendingAttribution, anchor: Option<egui::Rect>) -> Self {
        SourcePopup {
            pending,
            query: String::new(),
            completion: SourceCompletion::default(),
            anchor,
            focused_once: false,
        }
    }
}

pub(super) fn show(cx: &mut PanelContext, dialogs: &mut Dialogs, ctx: &egui::Context) {
    let Some(popup) = dialogs.source.as_mut() else {
        return;
    };
    let known = cx.state.links.source_names().to_vec(); // sources (issue 13): aliases too
    popup.completion.aliases = cx.state.links.source_aliases().clone();
    let escape = ctx.input_mut(|i| i.consume_key(Modifiers::NONE, Key::Escape));
    if escape {
        dialogs.source = None;
        cx.info("Attribution cancelled");
        return;
    }
    let pos = popup
        .anchor
        .map(|r| r.left_bottom() + egui::vec2(0.0, 4.0))
        .unwrap_or_else(|| ctx.content_rect().center() - egui::vec2(150.0, 100.0));
    let mut accept: Option<String> = None;
    let mut cancel = false;
    egui::Area::new(egui::Id::unique("attribution_source_popup"))
        .order(egui::Order::Foreground)
        .fixed_pos(pos)
        .constrain(true)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| {
                ui.set_width(280.0);
                ui.label(egui::RichText::new("Source of this attribution").strong());
                let id = egui::Id::unique("attribution_source_field");
                let out = source_field(
                    ui,
                    id,
                    &mut popup.query,
                    &known,
                    &mut popup.completion,
                    "KCNA, NK News, …",
                    ListMode::Always,
                );
                if !popup.focused_once {
                    out.response.request_focus();
                    popup.focused_once = true;
                }
                accept = out.accepted;
                ui.horizontal(|ui| {
                    if ui.button("OK").clicked() {
                        let list = suggestions(&known, &popup.query);
                        accept = Some(accepted(&popup.query, &list, popup.completion.highlighted));
                    }
                    if ui.button("Cancel").clicked() {
                        cancel = true;
                    }
                    ui.weak("Enter accepts · Esc cancels");
                });
            });
        });
    if cancel {
        dialogs.source = None;
        cx.info("Attribution cancelled");
    } else if let Some(source) = accept {
        if source.trim().is_empty() {
            cx.error("Type a source (or Esc to cancel)");
            if let Some(p) = dialogs.source.as_mut() {
                p.focused_once = false;
            }
        } else {
            cx.push(UiCommand::FinishAttribution(source));
        }
    }
}
