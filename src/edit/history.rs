//! Undo and redo, many steps deep, plus the "unsaved changes" mark.

use std::collections::VecDeque;
use std::sync::Arc;

use super::apply::apply_indexed;
use super::changes::{self, Change, ChangeLog};
use super::command::{Edit, EditError};
use super::index::AnnotationIndex;
use super::link_log::LinkLog;
use crate::model::{Annotation, Project};

/// How many steps are kept for undo.
pub const MAX_UNDO_STEPS: usize = 10_000;

/// How many team syncs that pulled can be undone. Each such step holds a whole
/// project (the state before the sync), so the history keeps the last few: older
/// steps, back to and including the oldest of them, are dropped.
pub const MAX_UNDO_SYNCS: usize = 5;

#[derive(Debug, Clone)]
struct Step {
    /// Applying this edit takes the project one step back (or forward, on the redo
    /// stack).
    edit: Edit,
    description: String,
    /// Identifies the state reached after the step, for the unsaved-changes mark.
    id: u64,
}

/// A project together with its undo history. Every change goes through
/// [`Editor::apply`], so every change can be undone. Keeps an index of the
/// annotations by id, updated by each edit, undo and redo (not rebuilt per change):
/// [`Editor::annotation`] and the edits find annotations in O(1).
#[derive(Debug, Clone)]
pub struct Editor {
    /// Shared with a save or an autosave in progress ([`Editor::shared`]); an edit
    /// made meanwhile copies it first (`Arc::make_mut`), otherwise nothing is copied.
    project: Arc<Project>,
    index: AnnotationIndex,
    /// Oldest first; a deque so that dropping the oldest step past the limit is O(1).
    undo: VecDeque<Step>,
    redo: VecDeque<Step>,
    next_id: u64,
    saved_state: u64,
    generation: u64,
    /// The last changes' positions, for caches that follow the project.
    log: ChangeLog,
    /// The last changes' links added and removed (issue 13).
    link_log: LinkLog,
}

impl Default for Editor {
    fn default() -> Self {
        Editor::new(Project::default())
    }
}

impl Editor {
    /// An editor on `project`, with an empty history, marked as saved.
    pub fn new(project: Project) -> Self {
        Editor {
            index: AnnotationIndex::build(&project.annotations),
            project: Arc::new(project),
            undo: VecDeque::new(),
            redo: VecDeque::new(),
            next_id: 1,
            saved_state: 0,
            generation: 0,
            log: ChangeLog::default(),
            link_log: LinkLog::default(),
        }
    }

    /// The project as it is now.
    pub fn project(&self) -> &Project {
        &self.project
    }

    /// The project as it is now, shared rather than copied: for a save or an
    /// autosave on another thread. The next edit while it is held copies the
    /// project once (the holder keeps the state it was given).
    pub fn shared(&self) -> Arc<Project> {
        Arc::clone(&self.project)
    }

    /// The annotation with id `id` (a hash look-up, not a scan).
    pub fn annotation(&self, id: &str) -> Option<&Annotation> {
        self.position(id)
            .and_then(|i| self.project.annotations.get(i))
    }

    /// Position of annotation `id` in `project().annotations`.
    pub fn position(&self, id: &str) -> Option<usize> {
        self.index.position(&self.project.annotations, id)
    }

    /// Replaces the project (open, new), clearing the history and the change log
    /// (caches build again).
    pub fn replace(&mut self, project: Project) {
        let generation = self.generation + 1;
        *self = Editor::new(project);
        self.generation = generation;
    }

    /// Applies `edit` as one undo step and returns what it changed (also kept in
    /// [`Editor::changes`]).
    pub fn apply(&mut self, edit: Edit) -> Result<Change, EditError> {
        let description = edit.describe();
        let noted = self.note(&edit);
        let inverse = apply_indexed(
            Arc::make_mut(&mut self.project),
            Some(&mut self.index),
            edit,
        )?;
        (self.link_log).record(self.generation, self.generation + 1, &inverse);
        self.undo.push_back(Step {
            edit: inverse,
            description,
            id: self.next_id,
        });
        self.next_id += 1;
        if self.undo.len() > MAX_UNDO_STEPS {
            self.undo.pop_front();
        }
        if matches!(self.undo.back().map(|s| &s.edit), Some(Edit::TakeMerged(_))) {
            self.drop_syncs_past_the_limit();
        }
        self.redo.clear();
        self.generation += 1;
        Ok(self.record(noted))
    }

    /// Keeps at most [`MAX_UNDO_SYNCS`] whole-project steps for undo: the oldest
    /// steps go, up to and including the oldest sync (a step in the middle cannot
    /// go: the steps before it would no longer undo onto the state they were made
    /// in).
    fn drop_syncs_past_the_limit(&mut self) {
        let is_sync = |s: &Step| matches!(s.edit, Edit::TakeMerged(_));
        let mut syncs = self.undo.iter().filter(|s| is_sync(s)).count();
        while syncs > MAX_UNDO_SYNCS {
            match self.undo.pop_front() {
                Some(dropped) if is_sync(&dropped) => syncs -= 1,
                Some(_) => {}
                None => break,
            }
        }
    }

    /// Undoes the last step and returns what changed; `None` when there is nothing
    /// to undo.
    pub fn undo(&mut self) -> Option<Change> {
        let noted = self.note(&self.undo.back()?.edit);
        Self::shift(
            Arc::make_mut(&mut self.project),
            &mut self.index,
            &mut self.undo,
            &mut self.redo,
            &mut self.generation,
            &mut self.link_log,
        )
        .then(|| self.record(noted))
    }

    /// Redoes the last undone step and returns what changed; `None` when there is
    /// nothing to redo.
    pub fn redo(&mut self) -> Option<Change> {
        let noted = self.note(&self.redo.back()?.edit);
        Self::shift(
            Arc::make_mut(&mut self.project),
            &mut self.index,
            &mut self.redo,
            &mut self.undo,
            &mut self.generation,
            &mut self.link_log,
        )
        .then(|| self.record(noted))
    }

    /// The positions the last changes touched (see [`ChangeLog::since`]).
    pub fn changes(&self) -> &ChangeLog {
        &self.log
    }

    /// The links the last changes added and removed (see [`LinkLog::since`]).
    pub fn link_changes(&self) -> &LinkLog {
        &self.link_log
    }

    /// Before `edit` is applied: what it will touch.
    fn note(&self, edit: &Edit) -> changes::Before {
        changes::before(&self.project, self.generation, edit, |id| self.position(id))
    }

    /// After the edit noted by [`Self::note`]: its record, logged.
    fn record(&mut self, noted: changes::Before) -> Change {
        let change = changes::after(&self.project, self.generation, noted, |id| {
            self.index.position(&self.project.annotations, id)
        });
        self.log.record_change(&change);
        change
    }

    fn shift(
        project: &mut Project,
        index: &mut AnnotationIndex,
        from: &mut VecDeque<Step>,
        to: &mut VecDeque<Step>,
        generation: &mut u64,
        link_log: &mut LinkLog,
    ) -> bool {
        let Some(step) = from.pop_back() else {
            return false;
        };
        match apply_indexed(project, Some(index), step.edit.clone()) {
            Ok(inverse) => {
                link_log.record(*generation, *generation + 1, &inverse);
                // The state id moves with the step: after an undo the state is that of
                // the step below; after a redo it is this step's again.
                to.push_back(Step {
                    edit: inverse,
                    description: step.description,
                    id: step.id,
                });
                *generation += 1;
                true
            }
            Err(_) => {
                // Cannot happen for inverses produced by `apply`; keep the step.
                from.push_back(step);
                false
            }
        }
    }

    /// The edit Undo would apply (the inverse of the last step).
    pub fn undo_edit(&self) -> Option<&Edit> {
        self.undo.back().map(|s| &s.edit)
    }

    /// The edit Redo would apply.
    pub fn redo_edit(&self) -> Option<&Edit> {
        self.redo.back().map(|s| &s.edit)
    }

    /// What Undo would undo ("add claim").
    pub fn undo_description(&self) -> Option<&str> {
        self.undo.back().map(|s| s.description.as_str())
    }

    /// What Redo would redo.
    pub fn redo_description(&self) -> Option<&str> {
        self.redo.back().map(|s| s.description.as_str())
    }

    /// True when there are changes since the last save (or open).
    pub fn is_dirty(&self) -> bool {
        self.current_state() != self.saved_state
    }

    /// Records that the project as it is now has been saved.
    pub fn mark_saved(&mut self) {
        self.saved_state = self.current_state();
    }

    /// Marks the project as changed without an edit (a recovered or imported project
    /// that has never been saved).
    pub fn mark_unsaved(&mut self) {
        self.saved_state = u64::MAX;
    }

    fn current_state(&self) -> u64 {
        self.undo.back().map_or(0, |s| s.id)
    }

    /// A counter that changes whenever the project does (for caches).
    pub fn generation(&self) -> u64 {
        self.generation
    }

    /// Number of steps that can be undone.
    pub fn undo_depth(&self) -> usize {
        self.undo.len()
    }
}
