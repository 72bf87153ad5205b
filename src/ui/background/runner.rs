//! The window's side of its background task: polled once per frame, its outcome
//! applied by the end-of-frame runner, refusals while it runs, and the test hooks.
//!
//! (Methods of [`MarginaliaApp`]: the runner applies each outcome to the
//! application state and the panels' state, so they take the whole app.)

use super::{REPAINT_EVERY, TaskOutcome};
use crate::task::{Progress, ProgressState};
use crate::ui::app::MarginaliaApp;
use crate::ui::command::UiCommand;

impl MarginaliaApp {
    /// Once per frame: collects a finished task (its outcome is applied by the
    /// [`UiCommand::FinishBackgroundTask`] pushed here), keeps repainting while one
    /// runs, and lets Esc cancel it.
    pub(crate) fn poll_background(&mut self, ctx: &egui::Context) {
        if !self.state.background.is_busy() {
            return;
        }
        if self.state.background.poll() {
            if !self.commands.contains(&UiCommand::FinishBackgroundTask) {
                self.commands.push(UiCommand::FinishBackgroundTask);
            }
            return;
        }
        ctx.request_repaint_after(REPAINT_EVERY);
        if ctx.input_mut(|i| i.consume_key(egui::Modifiers::NONE, egui::Key::Escape)) {
            self.cancel_background();
        }
    }

    /// Applies the outcome of the task that ended.
    pub(crate) fn finish_background_task(&mut self) {
        let Some(outcome) = self.state.background.take_finished() else {
            return;
        };
        match outcome {
            TaskOutcome::Open {
                path,
                approved,
                at_start,
                result,
            } => self.finish_open(&path, approved, at_start, result),
            TaskOutcome::Save {
                path,
                generation,
                annotations,
                result,
            } => self.finish_save(&path, generation, annotations, result),
            TaskOutcome::Import { paths, result } => self.finish_import(&paths, result),
            TaskOutcome::Export { result, cancelled } => self.finish_export(result, cancelled),
            TaskOutcome::Colleague { path, result } => {
                crate::ui::review::finish_add_colleague(self, &path, result)
            }
            TaskOutcome::Sync { path, outcome } => self.finish_sync(&path, *outcome),
            TaskOutcome::History(result) => self.finish_history(result),
            TaskOutcome::Compare { rev, result } => self.finish_compare(&rev, result),
            TaskOutcome::Crashed(why) => {
                self.dialogs.close_after_save = false;
                self.dialogs.after_save = None;
                self.set_error(why);
            }
        }
    }

    /// Starts `work` in the background, described by `what` in the progress bar.
    /// Refused with the reason in the status line while another task runs.
    pub(crate) fn start_background(
        &mut self,
        what: impl Into<String>,
        work: impl FnOnce(&Progress) -> TaskOutcome + Send + 'static,
    ) -> bool {
        if self.state.background.is_busy() {
            self.refuse_busy();
            return false;
        }
        let ctx = self.state.egui_ctx.clone();
        self.state.background.start(what, ctx, work)
    }

    /// True (with the reason in the status line) for a command that cannot run while
    /// a background task does: another open, save, import or export, a new project.
    /// Reading, scrolling and editing go on.
    pub(crate) fn refuse_while_busy(&mut self, command: &UiCommand) -> bool {
        use UiCommand::*;
        let conflicts = matches!(
            command,
            NewProject | Open | OpenPath | OpenFile(_) | Save | SaveAs | SaveTo(_) | Import
        );
        if conflicts && self.state.background.is_busy() {
            self.refuse_busy();
            return true;
        }
        false
    }

    /// Says in the status line why nothing happens: a task runs.
    pub(crate) fn refuse_busy(&mut self) {
        let what = self.state.background.what().unwrap_or("A task").to_string();
        self.set_error(format!(
            "{what} is still running: wait for it, or press Esc to cancel it"
        ));
    }

    /// True while a background task runs (or its outcome waits to be applied).
    pub fn is_busy(&self) -> bool {
        self.state.background.is_busy()
    }

    /// What the background task does and how far it is, while one runs.
    pub fn background_progress(&self) -> Option<(String, ProgressState)> {
        self.state.background.state()
    }

    /// Cancels the background task (the Cancel button and Esc do this).
    pub fn cancel_background(&mut self) {
        if let Some((what, _)) = self.state.background.state() {
            self.state.background.cancel();
            self.set_info(format!("Cancelling: {what}…"));
        }
    }

    /// Tests: waits until the background task has ended and queues its outcome,
    /// applied by the next frame (`harness.run()`).
    pub fn wait_for_background(&mut self) {
        self.state.background.wait();
        if self.state.background.poll() && !self.commands.contains(&UiCommand::FinishBackgroundTask)
        {
            self.commands.push(UiCommand::FinishBackgroundTask);
        }
    }

    /// Tests: holds every background task started from now on before it does
    /// anything (true), so that a cancel can be tested without racing the work;
    /// [`Self::wait_for_background`] releases it.
    pub fn hold_background_tasks(&mut self, hold: bool) {
        self.state.background.set_hold(hold);
    }
}
