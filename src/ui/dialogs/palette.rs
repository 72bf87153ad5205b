//! The command palette (Ctrl+Shift+P): every listed command, filtered as you type;
//! ↑/↓ pick, Enter runs, Esc closes. Anchored at a fixed place near the top of the
//! window with a list of fixed height, so that its input does not move while the
//! list filters, and the list's scrollbar runs along the popup's right edge.

use egui::{Key, Modifiers};

use super::Dialogs;
use crate::ui::command::UiCommand;
use crate::ui::state::PanelContext;

/// State of the palette.
#[derive(Debug, Clone, Default)]
pub struct Palette {
    /// The filter typed so far.
    pub query: String,
    /// Index of the highlighted entry among the filtered ones.
    pub highlighted: usize,
    focused_once: bool,
}

/// Width of the palette, in points.
const PALETTE_WIDTH: f32 = 420.0;
/// Height of its list (fixed, whatever the filter leaves), in points.
const LIST_HEIGHT: f32 = 320.0;

pub(super) fn show(cx: &mut PanelContext, dialogs: &mut Dialogs, ctx: &egui::Context) {
    let Some(palette) = dialogs.palette.as_mut() else {
        return;
    };
    let schema = cx.state.editor.project().schema.clone();
    let q = palette.query.to_lowercase();
    let entries: Vec<(UiCommand, String)> = UiCommand::listed(&schema)
        .into_iter()
        .map(|c| {
            let text = c.text(&schema);
            (c, text)
        })
        .filter(|(_, t)| t.to_lowercase().contains(&q))
        .collect();
    let (down, up) = ctx.input_mut(|i| {
        (
            i.consume_key(Modifiers::NONE, Key::ArrowDown),
            i.consume_key(Modifiers::NONE, Key::ArrowUp),
        )
    });
    if down {
        palette.highlighted = (palette.highlighted + 1).min(entries.len().saturating_sub(1));
    }
    if up {
        palette.highlighted = palette.highlighted.saturating_sub(1);
    }
    let mut run: Option<UiCommand> = None;
    let id = egui::Id::unique("command_palette");
    let area =
        egui::Modal::default_area(id).anchor(egui::Align2::CENTER_TOP, egui::vec2(0.0, 80.0));
    let modal = egui::Modal::new(id).area(area).show(ctx, |ui| {
        ui.set_width(PALETTE_WIDTH);
        let edit = ui.add(
            egui::TextEdit::singleline(&mut palette.query)
                .hint_text("Type a command…")
                .desired_width(f32::INFINITY),
        );
        if !palette.focused_once {
            edit.request_focus();
            palette.focused_once = true;
        }
        if edit.changed() {
            palette.highlighted = 0;
        }
        if edit.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
            run = entries.get(palette.highlighted).map(|(c, _)| c.clone());
        }
        egui::ScrollArea::vertical()
            .max_height(LIST_HEIGHT)
            .min_scrolled_height(LIST_HEIGHT)
            .auto_shrink([false, false])
            .show(ui, |ui| {
                ui.set_min_height(LIST_HEIGHT);
                for (i, (command, text)) in entries.iter().enumerate() {
                    ui.horizontal(|ui| {
                        let mut r = ui.selectable_label(i == palette.highlighted, text);
                        // codebook (issue 19): a Tag entry shows its label's guideline.
                        if let Some(guide) = crate::ui::codebook::command_hover(command, &schema) {
                            r = r.on_hover_text(guide);
                        }
                        if i == palette.highlighted {
                            r.scroll_to_me(None);
                        }
                        if r.clicked() {
                            run = Some(command.clone());
                        }
                        if let Some(s) = command.shortcut(&schema) {
                            ui.weak(ctx.format_shortcut(&s));
                        }
                    });
                }
            });
    });
    if let Some(command) = run {
        dialogs.palette = None;
        cx.push(command);
    } else if modal.should_close() {
        dialogs.palette = None;
    }
}
