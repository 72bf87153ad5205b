//! The window's background task: work that can take longer than a frame (opening or
//! saving a big project, import, export, adding a colleague's project to the review)
//! runs on a `std::thread` with a [`Progress`] handle, while the window keeps
//! repainting. One task at a time: each frame the app polls it
//! ([`Background::poll`]), draws its progress bar and Cancel button (status bar; Esc
//! cancels too), and once it has finished hands its [`TaskOutcome`] back through
//! [`UiCommand::FinishBackgroundTask`](super::UiCommand::FinishBackgroundTask), so the
//! result is applied on the UI thread like any other command.
//!
//! The work itself is a library function (`*_with_progress`); this file only runs it.

use std::sync::mpsc::{self, Receiver, Sender};
use std::time::Duration;

use crate::task::{Progress, ProgressState};

mod outcome;
mod runner;

pub use outcome::{OpenedFile, TaskOutcome, open_with_progress};

/// How often the window repaints while a task runs (for its progress bar).
pub const REPAINT_EVERY: Duration = Duration::from_millis(50);

/// A task running on its thread.
struct Running {
    what: String,
    progress: Progress,
    receiver: Receiver<TaskOutcome>,
    /// Holds the thread before it starts (tests), released by dropping it.
    gate: Option<Sender<()>>,
}

/// The window's background task runner (at most one task at a time).
#[derive(Default)]
pub struct Background {
    running: Option<Running>,
    finished: Option<TaskOutcome>,
    /// Tests: hold every new task before it starts until [`Background::release`].
    hold: bool,
}

impl std::fmt::Debug for Background {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Background")
            .field("running", &self.running.as_ref().map(|r| &r.what))
            .field("finished", &self.finished.is_some())
            .finish()
    }
}

impl Background {
    /// True from the start of a task until its outcome was taken.
    pub fn is_busy(&self) -> bool {
        self.running.is_some() || self.finished.is_some()
    }

    /// What runs ("Opening big.ron") and how far it is, while a task runs.
    pub fn state(&self) -> Option<(String, ProgressState)> {
        self.running
            .as_ref()
            .map(|r| (r.what.clone(), r.progress.state()))
            .or_else(|| {
                self.finished
                    .as_ref()
                    .map(|_| ("Finishing".to_string(), ProgressState::default()))
            })
    }

    /// What the task does, while one runs.
    pub fn what(&self) -> Option<&str> {
        match &self.running {
            Some(r) => Some(&r.what),
            None => self.finished.as_ref().map(|_| "A task"),
        }
    }

    /// Starts `work` on a new thread, described by `what`; `ctx` (when known) is
    /// woken when it ends. Refused (false) while another task runs.
    pub fn start(
        &mut self,
        what: impl Into<String>,
        ctx: Option<egui::Context>,
        work: impl FnOnce(&Progress) -> TaskOutcome + Send + 'static,
    ) -> bool {
        if self.is_busy() {
            return false;
        }
        let progress = Progress::new();
        let (sender, receiver) = mpsc::channel();
        let (gate, held) = if self.hold {
            let (tx, rx) = mpsc::channel::<()>();
            (Some(tx), Some(rx))
        } else {
            (None, None)
        };
        let worker_progress = progress.clone();
        let spawned = std::thread::Builder::new()
            .name("marginalia-task".into())
            .spawn(move || {
                if let Some(rx) = held {
                    // Ends when the gate is released (its sender dropped).
                    let _ = rx.recv();
                }
                let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
                    work(&worker_progress)
                }))
                .unwrap_or_else(|panic| TaskOutcome::Crashed(panic_text(&panic)));
                let _ = sender.send(outcome);
                if let Some(ctx) = ctx {
                    ctx.request_repaint();
                }
            });
        if let Err(e) = spawned {
            self.finished = Some(TaskOutcome::Crashed(format!("cannot start a thread: {e}")));
            return true;
        }
        self.running = Some(Running {
            what: what.into(),
            progress,
            receiver,
            gate,
        });
        true
    }

    /// Asks the running task to stop (it ends with a "cancelled" outcome, having
    /// changed nothing).
    pub fn cancel(&self) {
        if let Some(r) = &self.running {
            r.progress.cancel();
        }
    }

    /// Collects the outcome if the task has ended; true when one is waiting to be
    /// taken with [`Background::take_finished`].
    pub fn poll(&mut self) -> bool {
        if let Some(r) = &self.running {
            match r.receiver.try_recv() {
                Ok(outcome) => {
                    self.finished = Some(outcome);
                    self.running = None;
                }
                Err(mpsc::TryRecvError::Empty) => {}
                Err(mpsc::TryRecvError::Disconnected) => {
                    self.finished = Some(TaskOutcome::Crashed("the task ended early".into()));
                    self.running = None;
                }
            }
        }
        self.finished.is_some()
    }

    /// Blocks until the running task ends (releasing a held one first).
    pub fn wait(&mut self) {
        let Some(mut r) = self.running.take() else {
            return;
        };
        r.gate = None;
        self.finished = Some(
            r.receiver
                .recv()
                .unwrap_or_else(|_| TaskOutcome::Crashed("the task ended early".into())),
        );
    }

    /// The outcome of the task that ended, once.
    pub fn take_finished(&mut self) -> Option<TaskOutcome> {
        self.finished.take()
    }

    /// Tests: hold (true) every task started from now on before it does anything,
    /// until [`Background::release`] or [`Background::wait`].
    pub fn set_hold(&mut self, hold: bool) {
        self.hold = hold;
    }

    /// Lets a held task start.
    pub fn release(&mut self) {
        if let Some(r) = &mut self.running {
            r.gate = None;
        }
    }
}

fn panic_text(panic: &Box<dyn std::any::Any + Send>) -> String {
    let what = panic
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| panic.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".into());
    format!(
        "internal error: {}",
        what.lines().next().unwrap_or_default()
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_held_task_sees_a_cancel_and_its_outcome_is_taken_once() {
        let mut bg = Background::default();
        bg.set_hold(true);
        assert!(bg.start("Counting", None, |p| TaskOutcome::Export {
            result: Ok("done".into()),
            cancelled: p.check().is_err(),
        }));
        assert!(bg.is_busy());
        assert!(!bg.start("Another", None, |_| TaskOutcome::Crashed(String::new())));
        assert!(!bg.poll(), "held: not finished");
        assert_eq!(bg.state().unwrap().0, "Counting");
        bg.cancel();
        bg.wait();
        assert!(bg.poll());
        assert!(matches!(
            bg.take_finished(),
            Some(TaskOutcome::Export {
                cancelled: true,
                ..
            })
        ));
        assert!(bg.take_finished().is_none());
        assert!(!bg.is_busy());
    }

    #[test]
    fn a_panicking_task_ends_as_one_line() {
        let mut bg = Background::default();
        bg.start("Crashing", None, |_| panic!("boom\nsecond line"));
        bg.wait();
        match bg.take_finished() {
            Some(TaskOutcome::Crashed(text)) => assert_eq!(text, "internal error: boom"),
            other => panic!("{other:?}"),
        }
    }
}
