//! Memos in the window (issue 19): [`MemoBox`], a text box whose text becomes one
//! command only when it is committed — focus lost, Ctrl+Enter, or the box hidden
//! with text typed in it (another document shown, the window closed) — so typing
//! never makes an edit per keystroke and nothing typed is lost; Esc puts back the
//! saved text instead. And the Project ▸ Project memo… window.

use super::command::UiCommand;
use super::state::PanelContext;

/// A text box bound to one stored text (a memo, a guideline): what was typed, and
/// what it was loaded from.
#[derive(Debug, Clone, Default)]
pub(crate) struct MemoBox {
    /// What the buffer was loaded for (a document id, a label id…) and its text
    /// then; a commit goes to that key even when the window moved on meanwhile.
    loaded: Option<(String, String)>,
    /// The text being typed.
    buffer: String,
    /// The egui pass the box was last drawn in (to tell that it is hidden).
    drawn_pass: Option<u64>,
}

/// How a [`MemoBox`] looks.
#[derive(Debug, Clone, Copy)]
pub(crate) struct MemoLook<'a> {
    /// Several lines (a memo, a description) or one (an example).
    pub multiline: bool,
    /// Shown while the box is empty.
    pub hint: &'a str,
}

impl MemoBox {
    /// Draws the box for the text `current` stored under `key`, labelled by
    /// `label` (its accessible name). Returns `(key, text)` when the analyst
    /// committed a changed text (focus lost or Ctrl+Enter); reloads from `current`
    /// whenever it is not being edited.
    pub(crate) fn show(
        &mut self,
        ui: &mut egui::Ui,
        id: egui::Id,
        label: &egui::Response,
        (key, current): (&str, &str),
        look: MemoLook<'_>,
    ) -> Option<(String, String)> {
        self.drawn_pass = Some(ui.ctx().cumulative_pass_nr());
        let focused = ui.memory(|m| m.has_focus(id));
        // Shown for another key (the document switched) with text typed for the
        // old one: that text is committed to the old key, and the box loads anew.
        let moved_on = (self.loaded.as_ref()).is_some_and(|(k, _)| k != key);
        let carried = if moved_on { self.typed() } else { None };
        let stale = (self.loaded.as_ref()).is_none_or(|(k, t)| k != key || t != current);
        if stale && (!focused || moved_on) {
            self.buffer = current.to_string();
            self.loaded = Some((key.to_string(), current.to_string()));
        }
        if carried.is_some() {
            return carried;
        }
        // Ctrl+Enter commits; taken before the box sees it (it would be a newline).
        let commit_key =
            focused && ui.input_mut(|i| i.consume_key(egui::Modifiers::COMMAND, egui::Key::Enter));
        let edit = if look.multiline {
            egui::TextEdit::multiline(&mut self.buffer).desired_rows(4)
        } else {
            egui::TextEdit::singleline(&mut self.buffer)
        };
        let r = ui
            .add(
                edit.id(id)
                    .hint_text(look.hint)
                    .desired_width(f32::INFINITY),
            )
            .labelled_by(label.id);
        if commit_key {
            r.surrender_focus();
        }
        if !(commit_key || r.lost_focus()) {
            return None;
        }
        // Esc (egui has taken the focus away already): back to the saved text.
        if !commit_key && ui.input(|i| i.key_pressed(egui::Key::Escape)) {
            if let Some((_, was)) = &self.loaded {
                self.buffer.clone_from(was);
            }
            return None;
        }
        self.typed()
    }

    /// Called each frame before the box would be drawn, whether it is or not: when
    /// it was not drawn last pass (its window closed, its document gone) and holds
    /// text typed and not committed, commits that text (once).
    pub(crate) fn commit_if_hidden(&mut self, ctx: &egui::Context) -> Option<(String, String)> {
        let now = ctx.cumulative_pass_nr();
        let hidden = self.drawn_pass.is_some_and(|p| p + 1 < now);
        if hidden { self.typed() } else { None }
    }

    /// The typed text with its key when it differs from what was loaded (marked
    /// loaded now: it is being committed).
    fn typed(&mut self) -> Option<(String, String)> {
        let (key, was) = self.loaded.clone()?;
        if self.buffer == was {
            return None;
        }
        self.loaded = Some((key.clone(), self.buffer.clone()));
        Some((key, self.buffer.clone()))
    }
}

/// Commits the document memo box's text when the box was hidden with text typed in
/// it (called each frame before it is drawn, even when it will not be).
pub(crate) fn commit_hidden_document_memo(
    cx: &mut PanelContext,
    memo: &mut MemoBox,
    ctx: &egui::Context,
) {
    if let Some((doc, memo)) = memo.commit_if_hidden(ctx) {
        cx.push(UiCommand::SetDocumentMemo { doc, memo });
    }
}

/// Draws the current document's memo box (in the documents panel).
pub(crate) fn document_memo(cx: &mut PanelContext, memo: &mut MemoBox, ui: &mut egui::Ui) {
    let Some(doc) = cx.state.current_document() else {
        return;
    };
    let label = ui.label("Document memo");
    let look = MemoLook {
        multiline: true,
        hint: "Your note on this article (Ctrl+Enter or click away to keep it)",
    };
    let id = egui::Id::unique("document_memo");
    if let Some((doc, memo)) = memo.show(ui, id, &label, (&doc.id, &doc.memo), look) {
        cx.push(UiCommand::SetDocumentMemo { doc, memo });
    }
}

/// Draws the Project memo window when `open`.
pub(crate) fn project_memo_window(
    cx: &mut PanelContext,
    open: &mut bool,
    memo: &mut MemoBox,
    ctx: &egui::Context,
) {
    if let Some((_, text)) = memo.commit_if_hidden(ctx) {
        cx.push(UiCommand::SetProjectMemo(text));
    }
    if !*open {
        return;
    }
    let current = cx.state.project().memo.clone();
    egui::Window::new("Project memo")
        .open(open)
        .default_width(420.0)
        .default_pos(super::codebook::below_toolbar(ctx))
        .show(ctx, |ui| {
            let label = ui.label("Memo on the whole project");
            let look = MemoLook {
                multiline: true,
                hint: "Notes for everyone on this project (Ctrl+Enter or click away to keep)",
            };
            let id = egui::Id::unique("project_memo");
            if let Some((_, text)) = memo.show(ui, id, &label, ("project", &current), look) {
                cx.push(UiCommand::SetProjectMemo(text));
            }
            ui.weak("Saved in the project file; exported to REFI-QDA as a project note.");
        });
}
