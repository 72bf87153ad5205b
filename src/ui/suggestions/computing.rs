//! The suggestions' computation while it runs (issue 11): its progress — the
//! phase ("Finding suggestions", then "Learning from the annotated documents")
//! and how far — drawn under "Suggested" once it has run for [`PROGRESS_AFTER`]
//! (a 10 MB article takes about a second; a short one never flickers a bar),
//! and the tests' hooks to hold a computation and to wait for it. The work itself
//! is on the suggestion thread ([`super::worker`]), never the UI thread.

use std::sync::Arc;
use std::time::Duration;

use super::SuggestionsState;
use super::learned::Gate;
use crate::task::ProgressState;
use crate::ui::app::MarginaliaApp;

/// How long a computation runs before its progress is drawn.
pub const PROGRESS_AFTER: Duration = Duration::from_millis(250);

impl SuggestionsState {
    /// The running computation's progress, once it has run for
    /// [`PROGRESS_AFTER`] and while it is in a phase.
    pub fn computing(&self) -> Option<ProgressState> {
        let running = self.running.as_ref()?;
        if running.started.elapsed() < PROGRESS_AFTER {
            return None;
        }
        let state = running.progress.state();
        (!state.phase.is_empty()).then_some(state)
    }
}

impl MarginaliaApp {
    /// Tests: starts the computation now if one is due (no debounce) and waits for
    /// its result, applied at once.
    pub fn wait_for_suggestions(&mut self) {
        if let Some((key, _)) = self.suggestions.due.take() {
            self.start_suggesting(key);
        }
        if let Some(running) = self.suggestions.running.take() {
            let done = running.wait();
            self.keep_model(&done);
            self.apply_suggestions(done);
        }
    }

    /// Tests: every computation from now on waits before finding suggestions
    /// until [`MarginaliaApp::release_suggestions`].
    pub fn hold_suggestions(&mut self) {
        self.suggestions.suggest_gate = Some(Arc::new(Gate::default()));
    }

    /// Tests: lets the computations held go.
    pub fn release_suggestions(&mut self) {
        if let Some(gate) = self.suggestions.suggest_gate.take() {
            gate.open();
        }
    }
}

/// The computation's progress bar, while it is shown (and a repaint while a
/// computation runs, so the bar appears and moves).
pub(super) fn computing_bar(suggestions: &SuggestionsState, ui: &mut egui::Ui) {
    if suggestions.running.is_some() {
        ui.ctx().request_repaint_after(Duration::from_millis(100));
    }
    let Some(state) = suggestions.computing() else {
        return;
    };
    let text = match state.fraction() {
        Some(f) => format!("{} {:.0}%", state.phase, f * 100.0),
        None => format!("{}…", state.phase),
    };
    let bar = egui::ProgressBar::new(state.fraction().unwrap_or(0.0))
        .desired_width(180.0)
        .text(text.clone());
    ui.add(bar).on_hover_text(text);
}
