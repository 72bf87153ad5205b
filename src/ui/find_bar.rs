//! Find in the article (Ctrl+F): a bar with a text field, drawn over the bottom right
//! corner of the article, as Firefox's (so opening it moves nothing, and the match it
//! goes to — the first at or after the top of the screen — is not under it); the
//! matches (case-insensitive,
//! from `model::text::find_all`) are highlighted in the view in magenta, a colour no
//! label uses. As in a browser, the search starts from where the analyst is: typing
//! moves to the first match at or after the top of the screen, and Enter /
//! Shift+Enter step from the current match when it is on screen, else from the screen.
//! "3 of 12" is shown, and Ctrl+Enter (or the button) makes the current match the text
//! selection so 1/2/3 tag it at once. Esc closes (also after a tag, once the field has
//! lost the keyboard).

use egui::{Align2, Key, Modifiers, Rect, vec2};

use crate::model::Project;

use super::command::UiCommand;
use super::document_view::DocumentView;
use super::state::PanelContext;

/// State of the find bar.
#[derive(Debug, Default)]
pub struct FindState {
    /// Whether the bar is shown.
    pub open: bool,
    /// The text searched for.
    pub query: String,
    /// The document the matches belong to.
    pub doc: String,
    /// Char ranges of the matches.
    pub matches: Vec<(usize, usize)>,
    /// Index of the current match.
    pub current: Option<usize>,
    /// Give the field the keyboard on the next frame.
    pub focus_field: bool,
    /// The query the matches were computed for.
    computed_for: Option<(String, String)>,
}

/// The chars at the top and the bottom of the screen (see
/// `DocumentView::visible_range`), `None` when the view was not painted yet.
pub type OnScreen = Option<(usize, usize)>;

impl FindState {
    /// Shows the bar with the keyboard in its field.
    pub fn show(&mut self) {
        self.open = true;
        self.focus_field = true;
    }

    /// Recomputes the matches of the query in document `doc` when needed; the
    /// current match becomes the first at or after the top of the screen (`view`),
    /// wrapping to the first of the text.
    pub fn refresh(&mut self, project: &Project, doc: &str, view: OnScreen) {
        let key = (doc.to_string(), self.query.clone());
        if self.computed_for.as_ref() == Some(&key) {
            return;
        }
        self.doc = doc.to_string();
        self.matches = project
            .document(doc)
            .map(|d| crate::model::text::find_all(&d.text, &self.query))
            .unwrap_or_default();
        let top = view.map_or(0, |(top, _)| top);
        self.current = (!self.matches.is_empty()).then(|| self.first_at_or_after(top));
        self.computed_for = Some(key);
    }

    /// Index of the first match starting at or after char `c` (the first match when
    /// none does). Only meaningful with matches.
    fn first_at_or_after(&self, c: usize) -> usize {
        let i = self.matches.partition_point(|&(s, _)| s < c);
        if i < self.matches.len() { i } else { 0 }
    }

    /// Moves to the next (or previous) match, wrapping; returns the document and
    /// start of the new current match. From the current match when it is on screen
    /// (`view`), else from the screen: the first match at or after its top (or, going
    /// back, the last one before it).
    pub fn step(&mut self, forward: bool, view: OnScreen) -> Option<(String, usize)> {
        let n = self.matches.len();
        if n == 0 {
            return None;
        }
        let on_screen = |i: usize| match (view, self.matches.get(i)) {
            (Some((top, bottom)), Some(&(s, _))) => s >= top && s <= bottom,
            (None, _) => true,
            (_, None) => false,
        };
        let next = match (self.current.filter(|&i| on_screen(i)), view, forward) {
            (Some(i), _, true) => (i + 1) % n,
            (Some(i), _, false) => (i + n - 1) % n,
            (None, Some((top, _)), true) => self.first_at_or_after(top),
            (None, Some((top, _)), false) => self
                .matches
                .partition_point(|&(s, _)| s < top)
                .checked_sub(1)
                .unwrap_or(n - 1),
            (None, None, true) => 0,
            (None, None, false) => n - 1,
        };
        self.current = Some(next);
        self.matches.get(next).map(|&(s, _)| (self.doc.clone(), s))
    }

    /// The current match as (document, start, end).
    pub fn current_range(&self) -> Option<(String, usize, usize)> {
        let (s, e) = *self.matches.get(self.current?)?;
        Some((self.doc.clone(), s, e))
    }

    /// "3 of 12", "no matches", or nothing for an empty query.
    pub fn count_text(&self) -> String {
        if self.query.trim().is_empty() {
            String::new()
        } else if self.matches.is_empty() {
            "no matches".into()
        } else {
            format!(
                "{} of {}",
                self.current.map_or(0, |c| c + 1),
                self.matches.len()
            )
        }
    }
}

/// Shows the find bar (when open) over the bottom right corner of `article`, the
/// document area's rect, so that opening and closing it moves nothing and the
/// matches near the top of the screen, where find goes first, stay uncovered.
/// `find` is the bar's own state; it scrolls `view` to the match it goes to, and
/// leaves Esc to an open dialog (`modal_open`).
pub(crate) fn show(
    cx: &mut PanelContext,
    find: &mut FindState,
    view: &mut DocumentView,
    modal_open: bool,
    ctx: &egui::Context,
    article: Rect,
) {
    if !find.open {
        return;
    }
    let scrollbar = ctx.global_style().spacing.scroll.bar_width + 8.0;
    egui::Area::new(egui::Id::unique("find_bar"))
        .order(egui::Order::Foreground)
        .pivot(Align2::RIGHT_BOTTOM)
        .fixed_pos(article.right_bottom() + vec2(-scrollbar, -4.0))
        .constrain_to(article)
        .show(ctx, |ui| {
            egui::Frame::popup(ui.style()).show(ui, |ui| find_bar(cx, find, view, modal_open, ui));
        });
}

/// Draws the find bar's content.
fn find_bar(
    cx: &mut PanelContext,
    find: &mut FindState,
    view: &mut DocumentView,
    modal_open: bool,
    ui: &mut egui::Ui,
) {
    let Some(doc) = cx.state.current_doc.clone() else {
        ui.label("No document to search.");
        return;
    };
    let mut scroll_to = None;
    let on_screen = view.visible_range(&doc);
    ui.horizontal(|ui| {
        ui.label("Find:");
        let field_id = egui::Id::unique("find_field");
        let has_focus = ui.ctx().memory(|m| m.has_focus(field_id));
        let (select, shift_enter) = if has_focus {
            ui.input_mut(|i| {
                (
                    i.consume_key(Modifiers::COMMAND, Key::Enter),
                    i.consume_key(Modifiers::SHIFT, Key::Enter),
                )
            })
        } else {
            (false, false)
        };
        // Esc while the field does not have the keyboard (after Ctrl+Enter and a
        // tag): closes the bar too, unless a dialog (the source popup) takes it.
        let escape_outside = !has_focus && !modal_open && ui.input(|i| i.key_pressed(Key::Escape));
        let r = ui.add(
            egui::TextEdit::singleline(&mut find.query)
                .id(field_id)
                .hint_text("text in the article")
                .desired_width(220.0),
        );
        if find.focus_field {
            r.request_focus();
            find.focus_field = false;
        }
        // egui takes the focus away on Esc before the field sees it.
        let escape = escape_outside || (r.lost_focus() && ui.input(|i| i.key_pressed(Key::Escape)));
        find.refresh(cx.state.editor.project(), &doc, on_screen);
        if r.changed() && find.current.is_some() {
            scroll_to = find.current_range();
        }
        let enter = r.lost_focus() && ui.input(|i| i.key_pressed(Key::Enter));
        if enter || shift_enter {
            find.step(!shift_enter, on_screen);
            scroll_to = find.current_range();
            r.request_focus();
        }
        ui.label(find.count_text());
        if ui
            .button("Previous")
            .on_hover_text("Previous match (Shift+Enter)")
            .clicked()
        {
            cx.push(UiCommand::FindPrevious);
        }
        if ui
            .button("Next")
            .on_hover_text("Next match (Enter)")
            .clicked()
        {
            cx.push(UiCommand::FindNext);
        }
        if select
            || ui
                .add_enabled(find.current.is_some(), egui::Button::new("Select match"))
                .on_hover_text("Make the match the text selection, then press 1/2/3 (Ctrl+Enter)")
                .clicked()
        {
            cx.push(UiCommand::SelectFindMatch);
            r.surrender_focus();
        }
        if escape || ui.button("Close").on_hover_text("Close (Esc)").clicked() {
            find.open = false;
        }
    });
    if let Some((d, s, _)) = scroll_to {
        view.scroll_to(&d, s);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Document;

    #[test]
    fn find_steps_and_counts_in_korean_text() {
        let mut p = Project::new("t");
        p.documents.push(Document::new(
            "d",
            "D",
            "KCNA (조선중앙통신) said; kcna repeated 👋🏽 KCNA.",
        ));
        let mut f = FindState {
            query: "kcna".into(),
            ..Default::default()
        };
        f.refresh(&p, "d", None);
        assert_eq!(f.matches.len(), 3);
        assert_eq!(f.count_text(), "1 of 3");
        f.step(true, None);
        assert_eq!(f.count_text(), "2 of 3");
        f.step(false, None);
        f.step(false, None);
        assert_eq!(f.count_text(), "3 of 3");
        let (_, s, e) = f.current_range().unwrap();
        assert_eq!(p.documents[0].slice(s, e), "KCNA");
        f.query = "조선".into();
        f.refresh(&p, "d", None);
        assert_eq!(f.current_range(), Some(("d".into(), 6, 8)));
        f.query = "nothing".into();
        f.refresh(&p, "d", None);
        assert_eq!(f.count_text(), "no matches");
    }
}
