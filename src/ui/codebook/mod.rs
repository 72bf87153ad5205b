//! Project ▸ Codebook…: each label's tagging guideline (description and example),
//! edited in place; each committed box (focus lost or Ctrl+Enter) is one undoable
//! edit. The same guideline is the hover text of the label's toolbar button, menu
//! entry and palette entry ([`guide_hover`]). Also holds the Project memo window's
//! state (`super::memo`).

mod actions;

use std::collections::HashMap;

use super::command::UiCommand;
use super::memo::{MemoBox, MemoLook};
use super::state::PanelContext;
use super::theme::label_color;
use crate::model::{Label, TagSchema};

/// The codebook and project-memo windows: whether each is open and their boxes.
#[derive(Debug, Default)]
pub(crate) struct CodebookWindows {
    /// The Codebook window is open.
    pub codebook_open: bool,
    /// The Project memo window is open.
    pub memo_open: bool,
    /// The description and example boxes, by (label id, is the example).
    guides: HashMap<(String, bool), MemoBox>,
    /// The project memo's box.
    project_memo: MemoBox,
}

/// The hover text of a control that applies `label`: `action`, then the
/// guideline (description, example) when the label has one.
pub(crate) fn guide_hover(action: String, label: &Label) -> String {
    let guide = label.guide_text();
    if guide.is_empty() {
        action
    } else {
        format!("{action}\n\n{guide}")
    }
}

/// The hover text of a command, for menus and the palette: the guideline of the
/// label a Tag command applies; `None` for other commands and labels without one.
pub(crate) fn command_hover(command: &UiCommand, schema: &TagSchema) -> Option<String> {
    let UiCommand::Tag(id) = command else {
        return None;
    };
    let guide = schema.label(id)?.guide_text();
    (!guide.is_empty()).then_some(guide)
}

/// Draws the Codebook and Project memo windows when open.
pub(crate) fn show(cx: &mut PanelContext, windows: &mut CodebookWindows, ctx: &egui::Context) {
    super::memo::project_memo_window(cx, &mut windows.memo_open, &mut windows.project_memo, ctx);
    // A guideline box hidden with typed text (the window closed) keeps it.
    for ((_, example), memo) in windows.guides.iter_mut() {
        if let Some((label, text)) = memo.commit_if_hidden(ctx) {
            push_guide(cx, label, *example, text);
        }
    }
    if !windows.codebook_open {
        return;
    }
    let schema = cx.state.project().schema.clone();
    let mut open = true;
    egui::Window::new("Codebook")
        .open(&mut open)
        .default_width(460.0)
        .default_pos(below_toolbar(ctx))
        .show(ctx, |ui| {
            ui.weak("The guideline of each label: shown when hovering its button, exported to REFI-QDA as the code's description.");
            egui::ScrollArea::vertical().show(ui, |ui| {
                for label in &schema.labels {
                    ui.separator();
                    ui.colored_label(label_color(&schema, &label.id), &label.name);
                    guide_row(cx, windows, ui, label, false);
                    guide_row(cx, windows, ui, label, true);
                }
            });
        });
    windows.codebook_open = open;
}

/// Where the windows open: below the toolbar, right of the documents panel, so
/// the label buttons whose hover text they edit stay in view.
pub(crate) fn below_toolbar(ctx: &egui::Context) -> egui::Pos2 {
    let r = ctx.content_rect();
    egui::pos2(r.left() + r.width() * 0.4, r.top() + 90.0)
}

/// One box of a label's guideline: its description, or (`example`) its example.
fn guide_row(
    cx: &mut PanelContext,
    windows: &mut CodebookWindows,
    ui: &mut egui::Ui,
    label: &Label,
    example: bool,
) {
    let (name, current, look) = if example {
        let hint = "a span that takes this label";
        let look = MemoLook {
            multiline: false,
            hint,
        };
        ("Example", &label.example, look)
    } else {
        let hint = "when to use this label";
        let look = MemoLook {
            multiline: true,
            hint,
        };
        ("Description", &label.description, look)
    };
    // "Description of Claim": a name of its own for each box (screen readers, tests).
    let text = ui.label(format!("{name} of {}", label.name));
    let id = egui::Id::unique(("codebook", &label.id, example));
    let memo = (windows.guides)
        .entry((label.id.clone(), example))
        .or_default();
    if let Some((id, text)) = memo.show(ui, id, &text, (&label.id, current), look) {
        push_guide(cx, id, example, text);
    }
}

/// Commits a label's description (or `example`) typed in the Codebook window.
fn push_guide(cx: &mut PanelContext, label: String, example: bool, text: String) {
    let Some(now) = cx.state.project().schema.label(&label) else {
        return;
    };
    let (description, example_text) = if example {
        (now.description.clone(), text)
    } else {
        (text, now.example.clone())
    };
    cx.push(UiCommand::SetLabelGuide {
        label,
        description,
        example: example_text,
    });
}
