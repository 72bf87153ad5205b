//! The popup that asks for an attribution's source, near the selection, with
//! completion from the sources the project already uses and the schema's list.
//! Type to filter, ↑/↓ to pick, Enter accepts, Esc cancels (nothing is tagged).

use egui::{Key, Modifiers};

use crate::ui::app::MarginaliaApp;
use crate::ui::command::UiCommand;

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
    /// The suggestion picked with ↑/↓, if any.
    pub highlighted: Option<usize>,
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
            highlighted: None,
            anchor,
            focused_once: false,
        }
    }
}

/// The suggestions for `query` among `known`: those starting with it first, then
/// those containing it, case-insensitively.
pub fn suggestions(known: &[String], query: &str) -> Vec<String> {
    let q = query.trim().to_lowercase();
    if q.is_empty() {
        return known.to_vec();
    }
    let mut starts: Vec<String> = Vec::new();
    let mut contains: Vec<String> = Vec::new();
    for s in known {
        let l = s.to_lowercase();
        if l.starts_with(&q) {
            starts.push(s.clone());
        } else if l.contains(&q) {
            contains.push(s.clone());
        }
    }
    starts.extend(contains);
    starts
}

/// What Enter accepts: the highlighted suggestion, else the first suggestion that
/// starts with the typed text, else the typed text itself.
pub fn accepted(query: &str, suggestions: &[String], highlighted: Option<usize>) -> String {
    if let Some(s) = highlighted.and_then(|i| suggestions.get(i)) {
        return s.clone();
    }
    let q = query.trim();
    if let Some(exact) = suggestions.iter().find(|s| s.eq_ignore_ascii_case(q)) {
        return exact.clone();
    }
    suggestions
        .iter()
        .find(|s| !q.is_empty() && s.to_lowercase().starts_with(&q.to_lowercase()))
        .cloned()
        .unwrap_or_else(|| q.to_string())
}

pub(super) fn show(app: &mut MarginaliaApp, ctx: &egui::Context) {
    let Some(popup) = app.dialogs.source.as_mut() else {
        return;
    };
    let known = app.derived.known_sources.clone();
    let list = suggestions(&known, &popup.query);
    let (down, up, escape) = ctx.input_mut(|i| {
        (
            i.consume_key(Modifiers::NONE, Key::ArrowDown),
            i.consume_key(Modifiers::NONE, Key::ArrowUp),
            i.consume_key(Modifiers::NONE, Key::Escape),
        )
    });
    if escape {
        app.dialogs.source = None;
        app.set_info("Attribution cancelled");
        return;
    }
    let last = list.len().saturating_sub(1);
    if down && !list.is_empty() {
        popup.highlighted = Some(popup.highlighted.map_or(0, |h| (h + 1).min(last)));
    }
    if up {
        popup.highlighted = popup.highlighted.and_then(|h| h.checked_sub(1));
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
                let edit = ui.add(
                    egui::TextEdit::singleline(&mut popup.query)
                        .hint_text("KCNA, NK News, …")
                        .desired_width(f32::INFINITY),
                );
                if !popup.focused_once {
                    edit.request_focus();
                    popup.focused_once = true;
                }
                if edit.changed() {
                    popup.highlighted = None;
                }
                if edit.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter)) {
                    accept = Some(accepted(&popup.query, &list, popup.highlighted));
                }
                egui::ScrollArea::vertical()
                    .max_height(200.0)
                    .show(ui, |ui| {
                        for (i, s) in list.iter().enumerate() {
                            let on = popup.highlighted == Some(i);
                            let r = ui.selectable_label(on, s);
                            if on {
                                r.scroll_to_me(None);
                            }
                            if r.clicked() {
                                accept = Some(s.clone());
                            }
                        }
                    });
                ui.horizontal(|ui| {
                    if ui.button("OK").clicked() {
                        accept = Some(accepted(&popup.query, &list, popup.highlighted));
                    }
                    if ui.button("Cancel").clicked() {
                        cancel = true;
                    }
                    ui.weak("Enter accepts · Esc cancels");
                });
            });
        });
    if cancel {
        app.dialogs.source = None;
        app.set_info("Attribution cancelled");
    } else if let Some(source) = accept {
        if source.trim().is_empty() {
            app.set_error("Type a source (or Esc to cancel)");
            if let Some(p) = app.dialogs.source.as_mut() {
                p.focused_once = false;
            }
        } else {
            app.commands.push(UiCommand::FinishAttribution(source));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn known() -> Vec<String> {
        ["KCNA", "NK News", "Daily NK", "NK Pro", "Yonhap"]
            .iter()
            .map(|s| s.to_string())
            .collect()
    }

    #[test]
    fn suggestions_put_prefix_matches_first() {
        assert_eq!(
            suggestions(&known(), "nk"),
            ["NK News", "NK Pro", "Daily NK"]
        );
        assert_eq!(suggestions(&known(), "").len(), 5);
        assert!(suggestions(&known(), "조선").is_empty());
    }

    #[test]
    fn enter_takes_highlight_then_prefix_then_typed_text() {
        let list = suggestions(&known(), "yon");
        assert_eq!(accepted("yon", &list, None), "Yonhap");
        assert_eq!(
            accepted("nk", &suggestions(&known(), "nk"), Some(2)),
            "Daily NK"
        );
        assert_eq!(accepted("kcna", &list, None), "kcna");
        assert_eq!(accepted(" 조선중앙통신 ", &[], None), "조선중앙통신");
    }
}
