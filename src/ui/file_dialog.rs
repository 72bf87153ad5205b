//! The system file dialog (rfd), run on its own thread so the window keeps drawing;
//! the app polls for the answer each frame.
//!
//! On Linux rfd needs an XDG desktop portal or zenity. Without either it answers
//! "nothing" at once; [`FileDialogTask::poll`] tells that apart from a cancel by the
//! time it took, so the window can say so and offer a typed path instead.

use std::path::PathBuf;
use std::sync::mpsc::{Receiver, TryRecvError, channel};
use std::time::{Duration, Instant};

/// An answer faster than this, with no file, means no dialog could be shown.
const NO_DIALOG_WITHIN: Duration = Duration::from_millis(700);

/// What the dialog was opened for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DialogPurpose {
    /// Pick a project or article to open.
    Open,
    /// Pick where to save the project.
    Save,
    /// Pick the file an export is written to (the Export dialog's Browse…).
    ExportFile,
    /// Pick the folder a brat export is written to.
    ExportFolder,
    /// Pick a folder of articles to import (corpus, issue 12).
    ImportFolder,
    /// Pick the file the search panel's hits are written to (corpus, issue 12).
    SearchHitsFile,
    /// Pick the CSV file the source analytics are written to (issue 13).
    SourceReportFile,
}

/// How a dialog ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DialogOutcome {
    /// The analyst picked this file.
    Picked(DialogPurpose, PathBuf),
    /// The analyst closed the dialog without a file.
    Cancelled(DialogPurpose),
    /// No dialog could be shown (no portal, no zenity).
    Unavailable(DialogPurpose),
}

/// A file dialog running on another thread.
#[derive(Debug)]
pub struct FileDialogTask {
    purpose: DialogPurpose,
    started: Instant,
    answer: Receiver<Option<PathBuf>>,
}

impl FileDialogTask {
    /// Starts the system dialog for `purpose` in `dir` (with `file_name` proposed
    /// for Save and ExportFile). `ctx` is asked to repaint when the answer arrives.
    pub fn spawn(
        purpose: DialogPurpose,
        dir: PathBuf,
        file_name: String,
        ctx: egui::Context,
    ) -> Self {
        let (tx, rx) = channel();
        // If the thread cannot start, the closed channel reports the dialog unavailable.
        let _ = std::thread::Builder::new()
            .name("file-dialog".into())
            .spawn(move || {
                let dialog = rfd::FileDialog::new().set_directory(&dir);
                let picked = match purpose {
                    DialogPurpose::Open => dialog
                        .add_filter(
                            "Projects, articles and spans",
                            &[
                                "ron", "txt", "md", "html", "htm", "jsonl", "json", "jsonld",
                                "csv", "ann",
                            ],
                        )
                        .add_filter("All files", &["*"])
                        .pick_file(),
                    DialogPurpose::Save => dialog
                        .add_filter("Marginalia project", &["ron"])
                        .set_file_name(&file_name)
                        .save_file(),
                    DialogPurpose::ExportFile => dialog.set_file_name(&file_name).save_file(),
                    DialogPurpose::SearchHitsFile => dialog
                        .add_filter("JSON lines", &["jsonl"])
                        .set_file_name(&file_name)
                        .save_file(),
                    DialogPurpose::SourceReportFile => dialog
                        .add_filter("CSV", &["csv"])
                        .set_file_name(&file_name)
                        .save_file(),
                    DialogPurpose::ExportFolder | DialogPurpose::ImportFolder => {
                        dialog.pick_folder()
                    }
                };
                let _ = tx.send(picked);
                ctx.request_repaint();
            });
        FileDialogTask {
            purpose,
            started: Instant::now(),
            answer: rx,
        }
    }

    /// The outcome once the dialog has closed; `None` while it is still open.
    pub fn poll(&self) -> Option<DialogOutcome> {
        match self.answer.try_recv() {
            Ok(Some(path)) => Some(DialogOutcome::Picked(self.purpose, path)),
            Ok(None) if self.started.elapsed() < NO_DIALOG_WITHIN => {
                Some(DialogOutcome::Unavailable(self.purpose))
            }
            Ok(None) => Some(DialogOutcome::Cancelled(self.purpose)),
            Err(TryRecvError::Empty) => None,
            Err(TryRecvError::Disconnected) => Some(DialogOutcome::Unavailable(self.purpose)),
        }
    }
}
