//! The Review window (Review ▸ Add colleague's project…): the analyst's open project
//! compared with colleagues' projects, and the merge conflicts to resolve. It takes
//! the place of the article (starts over the central area, never over the toolbar
//! or the side panels). A panel like the others: it reads the application state
//! through a `PanelContext`, keeps its own state ([`ReviewWindow`], the
//! [`ReviewView`] inside) and pushes commands — its messages, a click on a
//! disagreement (the runner shows and selects that span in the main view), a
//! colleague's project to load, the window closed. The runner's side is
//! `runner.rs`.

use super::ReviewView;
use crate::ui::command::UiCommand;
use crate::ui::state::PanelContext;

/// Whether the Review window is open, and the review it shows.
#[derive(Debug, Default)]
pub struct ReviewWindow {
    /// True while the window is shown.
    pub open: bool,
    /// The review (kept when the window is closed, until another project is opened).
    pub view: Option<ReviewView>,
    /// The editor generation the review's copy of the open project was taken at.
    pub(super) generation: Option<u64>,
    /// The last review message sent to the status line.
    pub(super) last_status: String,
    /// [`Self::generation`] when the colleague's project being added was asked for.
    pub(super) add_started_at: Option<u64>,
    /// A large review being re-aligned on a thread after an edit: the session's
    /// generation it started from, and where the re-aligned session arrives.
    pub(super) realigning: Option<(u64, std::sync::mpsc::Receiver<crate::review::ReviewSession>)>,
    /// A large review waits for a pause in the editing before it copies the
    /// project again: the generation first seen unfollowed, and when.
    pub(super) waiting_since: Option<(u64, std::time::Instant)>,
    /// The span a click in the list last selected in the main view (document,
    /// start, end): cleared when the window closes, so that no text selection is
    /// left painted over the tag.
    pub(super) jumped: Option<(String, usize, usize)>,
}

/// Draws the Review window when it is open: the merge conflicts of the project,
/// then the review; what it asks goes to the command queue.
pub(crate) fn show_review(
    cx: &mut PanelContext,
    window: &mut ReviewWindow,
    ctx: &egui::Context,
    article: egui::Rect,
) {
    if !window.open {
        return;
    }
    let Some(view) = window.view.as_mut() else {
        window.open = false;
        return;
    };
    let state = cx.state;
    let mut open = true;
    let mut actions = Vec::new();
    egui::Window::new("Review")
        .open(&mut open)
        .default_pos(article.min)
        // Room for the title bar and the frame inside the article's rect.
        .default_size(article.size() - egui::vec2(16.0, 48.0))
        .min_height((article.height() - 48.0).max(200.0))
        .max_width(article.width() - 16.0)
        .constrain_to(article)
        .show(ctx, |ui| {
            super::conflicts::conflicts_section(cx, state.project(), ui);
            actions = view.ui(ui)
        });
    window.open = open;
    if !open {
        cx.push(UiCommand::ReviewClosed);
    }
    if let Some(path) = view.requested_add.take() {
        cx.push(UiCommand::AddColleague(path));
    }
    if !view.status.is_empty() && view.status != window.last_status {
        window.last_status = view.status.clone();
        cx.push(UiCommand::ShowStatus {
            text: view.status.clone(),
            is_error: view.status_is_error,
        });
    }
    for action in actions {
        let super::ReviewAction::Jump { doc, start, end } = action;
        cx.push(UiCommand::ReviewJump { doc, start, end });
    }
}
