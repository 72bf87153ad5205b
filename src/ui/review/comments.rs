//! Comments on annotations in the annotation editor: colleagues' comments are listed
//! under the selected annotation, and an analyst can agree with or dispute a
//! colleague's annotation with a note (one undoable edit, saved in the project).
//!
//! (`comments_section` is drawn by the annotation editor with a `PanelContext`;
//! `comment_on` and `announce_comments` are the runner's side — the
//! [`UiCommand::CommentOn`] handler and a step of opening a project — and take the
//! app because they apply an edit and write the status line.)

use crate::model::{Annotation, Verdict};
use crate::review::{comment_edit, comments_for};
use crate::ui::app::MarginaliaApp;
use crate::ui::command::UiCommand;
use crate::ui::state::{AppState, PanelContext};

/// Whether the comments section shows for `a` (it has comments, or it is a
/// colleague's and can get one), given the analyst `me`.
fn shows_for(a: &Annotation, me: &str) -> bool {
    !a.comments.is_empty() || (!me.is_empty() && a.author.trim() != me)
}

/// The height the comments section of the selected annotation needs, so the panel
/// can make room for it above the status bar.
pub(crate) fn comments_height(state: &AppState) -> f32 {
    let me = state.settings.analyst.trim();
    match state.selected_annotation() {
        Some(a) if shows_for(a, me) => 90.0 + 20.0 * a.comments.len().min(8) as f32,
        _ => 0.0,
    }
}

/// Lists the comments on `a` and, when `a` is a colleague's, offers Agree/Dispute
/// (`draft`: the comment being typed, the annotation editor's own state).
pub(crate) fn comments_section(
    cx: &mut PanelContext,
    draft: &mut String,
    ui: &mut egui::Ui,
    a: &Annotation,
) {
    let me = cx.state.settings.analyst.trim().to_string();
    let theirs = !me.is_empty() && a.author.trim() != me;
    if !shows_for(a, &me) {
        return;
    }
    ui.separator();
    ui.label(egui::RichText::new("Comments").strong());
    for c in &a.comments {
        let verdict = match c.verdict {
            Verdict::Agree => "agrees",
            Verdict::Dispute => "disputes",
        };
        if c.note.is_empty() {
            ui.label(format!("{} {verdict}", c.author));
        } else {
            ui.label(format!("{} {verdict}: {}", c.author, c.note));
        }
    }
    if !theirs {
        return;
    }
    let name = ui.label("Your comment");
    ui.add(
        egui::TextEdit::singleline(draft)
            .hint_text("why you agree or dispute")
            .desired_width(f32::INFINITY),
    )
    .labelled_by(name.id);
    let mut verdict = None;
    ui.horizontal(|ui| {
        if ui.button("Agree").clicked() {
            verdict = Some(Verdict::Agree);
        }
        if ui.button("Dispute").clicked() {
            verdict = Some(Verdict::Dispute);
        }
    });
    if let Some(verdict) = verdict {
        let note = std::mem::take(draft);
        cx.push(UiCommand::CommentOn {
            id: a.id.clone(),
            verdict,
            note,
        });
    }
}

/// Runs [`UiCommand::CommentOn`]: the analyst's comment on annotation `id`, as one
/// undoable edit.
pub(crate) fn comment_on(app: &mut MarginaliaApp, id: &str, verdict: Verdict, note: &str) {
    let me = app.state.settings.analyst.trim().to_string();
    let author = app.state.editor.annotation(id).map(|a| a.author.clone());
    match comment_edit(app.state.editor.project(), id, &me, verdict, note) {
        Ok(edit) => {
            if app.apply_edit(edit) {
                let author = author.unwrap_or_default();
                app.set_info(format!("Comment added to {author}'s annotation"));
            }
        }
        Err(e) => app.set_error(e.to_string()),
    }
}

/// After a project is opened: adds to the status line how many comments colleagues
/// left on the analyst's annotations.
pub(crate) fn announce_comments(app: &mut MarginaliaApp) {
    let me = app.state.settings.analyst.trim();
    if me.is_empty() {
        return;
    }
    let n = comments_for(app.state.editor.project(), me).len();
    if n == 0 || app.state.status.is_error {
        return;
    }
    let text = format!(
        "{} · {n} comment{} from colleagues on your annotations",
        app.state.status.text,
        if n == 1 { "" } else { "s" }
    );
    app.set_info(text);
}
