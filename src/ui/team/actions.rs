//! The runner's side of the Team menu: finding the git work tree, Sync, History and
//! "Compare with…" on the background task runner, and resolving merge conflicts
//! (each an undoable edit).
//!
//! (Methods of [`MarginaliaApp`] like the other commands: a sync's outcome installs
//! the merged project and a comparison opens the Review window, both of which
//! change the application state and other windows' state.)

use std::path::{Path, PathBuf};

use crate::model::Project;
use crate::store::{DiskState, load_project_with_progress};
use crate::team::{
    Git, HistoryEntry, Resolution, SyncFailure, SyncOptions, SyncReport, TeamError, as_other_side,
    driver_command, history, project_at, sync, version_label,
};
use crate::ui::app::MarginaliaApp;
use crate::ui::background::TaskOutcome;
use crate::ui::command::UiCommand;
use crate::ui::dialogs::AfterUnsaved;

/// What a sync hands back: the report, and the merged project read back when the
/// pull changed the file (with its disk state and the editor generation synced).
pub struct SyncOutcome {
    /// The report or the failure.
    pub result: Result<SyncReport, SyncFailure>,
    /// The project file as the pull left it, read on the task's thread.
    pub merged: Option<(Box<Project>, DiskState)>,
    /// The editor generation of the saved project that was synced.
    pub generation: u64,
}

impl std::fmt::Debug for SyncOutcome {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SyncOutcome")
            .field("result", &self.result)
            .field("merged", &self.merged.is_some())
            .finish()
    }
}

impl MarginaliaApp {
    /// Once per frame: whether the project file is inside a git work tree (the
    /// Team menu shows then). Git runs only when the file changes, or, while the
    /// file is not in a work tree, when the window gains the focus or the file is
    /// saved (a `git init` or clone made while the project is open; issue 14).
    pub(crate) fn follow_git_root(&mut self, ctx: &egui::Context) {
        let focused = ctx.input(|i| i.focused);
        let gained_focus = focused && !self.team.was_focused;
        self.team.was_focused = focused;
        let disk = self.state.safety.disk_state.as_ref();
        let saved = self.team.checked_disk.as_ref() != disk;
        if saved {
            self.team.checked_disk = disk.cloned();
        }
        if self.state.git_root.is_none() && (gained_focus || saved) {
            self.team.checked_for = None;
        }
        if self.team.checked_for.as_ref() == Some(&self.state.project_path) {
            return;
        }
        let path = self.state.project_path.clone();
        self.state.git_root = path
            .as_deref()
            .and_then(|p| Git::containing(p).ok())
            .map(|g| g.root);
        self.team.checked_for = Some(path);
        self.team.history = None;
        self.team.history_open = false;
    }

    /// The project's file, or the reason (status line) why Team commands need one.
    fn team_project_file(&mut self) -> Option<PathBuf> {
        match (&self.state.project_path, &self.state.git_root) {
            (Some(path), Some(_)) => Some(path.clone()),
            (Some(path), None) => {
                let e = TeamError::NotARepository(path.parent().unwrap_or(path).to_path_buf());
                self.set_error(e.to_string());
                None
            }
            (None, _) => {
                self.set_error("Save the project inside the team's git repository first");
                None
            }
        }
    }

    /// Team ▸ Sync: saves first if needed, then commits, pulls and pushes in the
    /// background. A failure says why in one line; the local commit stays.
    pub(crate) fn team_sync(&mut self) {
        let Some(path) = self.team_project_file() else {
            return;
        };
        if self.state.editor.is_dirty() {
            self.dialogs.after_save = Some(AfterUnsaved::Sync);
            self.save_to(&path);
            return;
        }
        let analyst = self.state.settings.analyst.trim().to_string();
        let options = SyncOptions {
            message: None,
            analyst: (!analyst.is_empty()).then_some(analyst),
            driver: driver_command(&this_program()),
        };
        let generation = self.state.editor.generation();
        self.start_background("Syncing with the team", move |progress| {
            let result = sync(&path, &options, progress);
            let pulled = matches!(&result, Ok(r) if r.pulled.is_some())
                || matches!(&result, Err(f) if f.done.pulled.is_some());
            let merged = pulled
                .then(|| load_project_with_progress(&path, progress).ok())
                .flatten()
                .map(|(p, state)| (Box::new(p), state));
            TaskOutcome::Sync {
                path,
                outcome: Box::new(SyncOutcome {
                    result,
                    merged,
                    generation,
                }),
            }
        });
    }

    /// Applies a finished sync: the merged project replaces the window's (unless
    /// it was edited meanwhile), and the status line says what was done.
    pub(crate) fn finish_sync(&mut self, path: &Path, outcome: SyncOutcome) {
        let SyncOutcome {
            result,
            merged,
            generation,
        } = outcome;
        let done = match &result {
            Ok(r) => r,
            Err(f) => &f.done,
        };
        // Conflicts, not marked annotations (two versions of one are one conflict).
        // Merge notes (documents, labels, the name) count too (issue 14).
        let conflicts = match &merged {
            Some((project, _)) => {
                crate::team::annotation_conflicts(project).len() + project.merge_notes.len()
            }
            None => done.conflicts,
        };
        let summary = sync_summary(done, conflicts);
        let mut kept_edits = false;
        // conflicts (issue 14): the merge comes in as one undoable edit, so the
        // undo history from before the sync stays.
        let mut undo_note = "";
        if let Some((project, state)) = merged {
            let same_file = self.state.project_path.as_deref() == Some(path);
            if same_file && self.state.editor.generation() == generation {
                self.take_merged(*project, state);
                undo_note = " (Ctrl+Z takes the sync back; earlier undo steps are kept)";
            } else {
                kept_edits = true;
            }
        }
        match result {
            Ok(_) if kept_edits => self.set_info(format!(
                "{summary}; your edits made during the sync are kept: save, then Sync again"
            )),
            Ok(_) => self.set_info(format!("{summary}{undo_note}")),
            Err(f) => {
                let kept = if f.done.committed.is_some() {
                    " (your work is committed locally)"
                } else {
                    ""
                };
                self.set_error(format!("Sync stopped: {}{kept}", f.error));
            }
        }
        if conflicts > 0 && !kept_edits {
            self.commands.push(UiCommand::Review);
        }
    }

    /// Team ▸ History (and Compare with…): opens the History window and reads the
    /// commits in the background.
    pub(crate) fn team_history(&mut self) {
        let Some(path) = self.team_project_file() else {
            return;
        };
        self.team.history_open = true;
        self.team.history = None;
        self.team.history_error = None;
        let started = self.start_background("Reading the history", move |progress| {
            TaskOutcome::History(history(&path, progress))
        });
        if !started {
            self.team.history_error = Some(self.state.status.text.clone());
        }
    }

    /// Shows the history read in the background.
    pub(crate) fn finish_history(&mut self, result: Result<Vec<HistoryEntry>, TeamError>) {
        match result {
            Ok(entries) => {
                self.team.history = Some(entries);
                self.team.history_error = None;
            }
            Err(e) => {
                self.team.history_error = Some(e.to_string());
                self.set_error(format!("History not read: {e}"));
            }
        }
    }

    /// Reads the project as it is at `rev` in the background, for the Review window.
    pub(crate) fn team_compare(&mut self, rev: String) {
        let Some(path) = self.team_project_file() else {
            return;
        };
        self.start_background(format!("Reading {rev}"), move |_| {
            let result =
                project_at(&path, &rev).map(|p| Box::new(as_other_side(p, &version_label(&rev))));
            TaskOutcome::Compare { rev, result }
        });
    }

    /// Opens the Review window with the version read as the other annotator's side.
    pub(crate) fn finish_compare(&mut self, rev: &str, result: Result<Box<Project>, TeamError>) {
        match result {
            Err(e) => self.set_error(format!("Cannot compare: {e}")),
            Ok(project) => {
                crate::ui::review::open_review(self);
                let label = version_label(rev);
                if let Some(view) = self.review.view.as_mut() {
                    view.add_version(rev, *project, &label);
                    let (status, is_error) = (view.status.clone(), view.status_is_error);
                    match is_error {
                        true => self.set_error(status),
                        false => self.set_info(status),
                    }
                }
            }
        }
    }

    /// The History window's commits, once read (tests).
    pub fn team_history_entries(&self) -> Option<&[HistoryEntry]> {
        self.team.history.as_deref()
    }

    /// True when the Team menu shows (the project file is in a git work tree).
    pub fn in_git_work_tree(&self) -> bool {
        self.state.git_root.is_some()
    }

    /// Resolves a merge conflict with one undoable edit.
    pub(crate) fn resolve_merge_conflict(&mut self, resolution: Resolution) {
        match resolution.edit(self.state.editor.project()) {
            None => self.set_error("That conflict is already resolved"),
            Some(edit) => {
                if self.apply_edit(edit) {
                    self.set_info("Conflict resolved (Ctrl+Z brings it back)");
                }
            }
        }
    }
}

/// One line about what a sync did.
fn sync_summary(done: &SyncReport, conflicts: usize) -> String {
    let mut parts = Vec::new();
    match &done.committed {
        Some((hash, counts)) => parts.push(format!("committed {hash} ({counts})")),
        None => parts.push("nothing new to commit".to_string()),
    }
    let remote = done.remote.as_deref().unwrap_or("the remote");
    if let Some(pulled) = &done.pulled {
        parts.push(format!("pulled from {remote} ({pulled})"));
    }
    if conflicts > 0 {
        parts.push(format!(
            "{} to resolve in Review",
            crate::model::text::plural(conflicts, "conflict")
        ));
    }
    if done.pushed {
        parts.push(format!("pushed to {remote}"));
    }
    let mut line = format!("Synced: {}", parts.join(", "));
    if let Some(first) = done.setup.first() {
        line.push_str(&format!(" — {first}"));
    }
    line
}

/// This program, for the merge driver's command line.
fn this_program() -> PathBuf {
    std::env::current_exe()
        .ok()
        .and_then(|p| p.canonicalize().ok())
        .unwrap_or_else(|| PathBuf::from("marginalia"))
}
