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

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, Sender};
use std::time::Duration;

use super::review::ColleagueAdded;
use crate::export::{ImportError, ImportReport};
use crate::model::{Document, Project};
use crate::store::{DiskState, StoreError};
use crate::task::{Progress, ProgressState};

use super::app::MarginaliaApp;
use super::command::UiCommand;

/// How often the window repaints while a task runs (for its progress bar).
pub const REPAINT_EVERY: Duration = Duration::from_millis(50);

/// What a file opened in the background turned out to be.
#[derive(Debug)]
pub enum OpenedFile {
    /// A project, with the state of the bytes read (for the no-clobber check).
    Project(Box<Project>, DiskState),
    /// An article to add to the project.
    Article {
        /// The article, its id provisional.
        document: Document,
        /// What was assumed while reading it.
        notes: Vec<String>,
    },
}

/// What a finished background task hands back to the window.
#[derive(Debug)]
pub enum TaskOutcome {
    /// A file was opened (or failed to).
    Open {
        /// The file.
        path: PathBuf,
        /// The editor generation the analyst agreed to replace (after the
        /// unsaved-changes prompt), if asked.
        approved: Option<u64>,
        /// Opened at start (a failure is also printed on stderr).
        at_start: bool,
        /// The file's contents.
        result: Result<OpenedFile, StoreError>,
    },
    /// The project was saved (or not).
    Save {
        /// Where.
        path: PathBuf,
        /// The editor generation of the snapshot saved.
        generation: u64,
        /// Annotations saved.
        annotations: usize,
        /// The state of the file written.
        result: Result<DiskState, StoreError>,
    },
    /// Files were imported into a copy of the project.
    Import {
        /// The inputs.
        paths: Vec<PathBuf>,
        /// The project with the imports, and what was imported.
        result: Result<(Box<Project>, ImportReport), ImportError>,
    },
    /// An export was written: the confirmation, or why not (one line each).
    Export {
        /// The confirmation or the reason.
        result: Result<String, String>,
        /// True when it was cancelled.
        cancelled: bool,
    },
    /// A colleague's project was added to a copy of the review session.
    Colleague {
        /// The colleague's file.
        path: PathBuf,
        /// The session with the colleague added, the warnings and first figures.
        result: Result<Box<ColleagueAdded>, StoreError>,
    },
    /// The work panicked (a bug); nothing was changed.
    Crashed(String),
}

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

/// Opens `path` as the window does: a `.ron` project with progress and the state of
/// its bytes; anything else through [`crate::store::open_path`].
pub fn open_with_progress(
    path: &std::path::Path,
    progress: &Progress,
) -> Result<OpenedFile, StoreError> {
    let is_ron = path
        .extension()
        .is_some_and(|e| e.eq_ignore_ascii_case("ron"));
    if is_ron {
        let (project, state) = crate::store::load_project_with_progress(path, progress)?;
        return Ok(OpenedFile::Project(Box::new(project), state));
    }
    progress.start_phase("Reading", 0);
    match crate::store::open_path(path)? {
        crate::store::Opened::Project(project) => {
            let state = DiskState::of_file(path)?.unwrap_or_else(|| DiskState::of_bytes(b"", None));
            Ok(OpenedFile::Project(Box::new(project), state))
        }
        crate::store::Opened::Article { document, notes } => {
            progress.check()?;
            Ok(OpenedFile::Article { document, notes })
        }
    }
}

impl MarginaliaApp {
    /// Once per frame: collects a finished task (its outcome is applied by the
    /// [`UiCommand::FinishBackgroundTask`] pushed here), keeps repainting while one
    /// runs, and lets Esc cancel it.
    pub(crate) fn poll_background(&mut self, ctx: &egui::Context) {
        if !self.background.is_busy() {
            return;
        }
        if self.background.poll() {
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
        let Some(outcome) = self.background.take_finished() else {
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
                super::review::finish_add_colleague(self, &path, result)
            }
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
        if self.background.is_busy() {
            self.refuse_busy();
            return false;
        }
        let ctx = self.egui_ctx.clone();
        self.background.start(what, ctx, work)
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
        if conflicts && self.background.is_busy() {
            self.refuse_busy();
            return true;
        }
        false
    }

    /// Says in the status line why nothing happens: a task runs.
    pub(crate) fn refuse_busy(&mut self) {
        let what = self.background.what().unwrap_or("A task").to_string();
        self.set_error(format!(
            "{what} is still running: wait for it, or press Esc to cancel it"
        ));
    }

    /// True while a background task runs (or its outcome waits to be applied).
    pub fn is_busy(&self) -> bool {
        self.background.is_busy()
    }

    /// What the background task does and how far it is, while one runs.
    pub fn background_progress(&self) -> Option<(String, ProgressState)> {
        self.background.state()
    }

    /// Cancels the background task (the Cancel button and Esc do this).
    pub fn cancel_background(&mut self) {
        if let Some((what, _)) = self.background.state() {
            self.background.cancel();
            self.set_info(format!("Cancelling: {what}…"));
        }
    }

    /// Tests: waits until the background task has ended and queues its outcome,
    /// applied by the next frame (`harness.run()`).
    pub fn wait_for_background(&mut self) {
        self.background.wait();
        if self.background.poll() && !self.commands.contains(&UiCommand::FinishBackgroundTask) {
            self.commands.push(UiCommand::FinishBackgroundTask);
        }
    }

    /// Tests: holds every background task started from now on before it does
    /// anything (true), so that a cancel can be tested without racing the work;
    /// [`Self::wait_for_background`] releases it.
    pub fn hold_background_tasks(&mut self, hold: bool) {
        self.background.set_hold(hold);
    }
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
