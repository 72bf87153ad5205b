//! The learned model in the window (issue 20), on the suggestion thread, never
//! the UI thread: the model the window holds when it was trained on the project
//! as it is; else that model taught the current document again (one more pass
//! over it after the analyst's accept, reject or edit: milliseconds, where a
//! whole retraining of a large project takes seconds); else the model cached
//! beside the project file when it is current; else trained anew (its progress
//! drawn under "Suggested", with a Cancel) and cached.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Condvar, Mutex};
use std::time::Duration;

use super::SuggestCommand;
use super::worker::{Computed, Learning};
use crate::suggest::RuleSet;
use crate::suggest::learn::{LearnError, LearnedModel, load_or_train_with_rules, training_key};
use crate::task::{Progress, ProgressState};
use crate::ui::app::MarginaliaApp;

/// The phase a training shows while it waits to start.
const TRAINING: &str = "Training the suggestion model";

/// Tests: holds every training (or computation) before it starts until
/// [`Gate::open`] (or its cancel), so a test can see the window meanwhile.
#[derive(Debug, Default)]
pub struct Gate {
    open: Mutex<bool>,
    opened: Condvar,
}

impl Gate {
    /// Lets the trainings held (and every later one) go.
    pub fn open(&self) {
        *self.open.lock().unwrap_or_else(|e| e.into_inner()) = true;
        self.opened.notify_all();
    }

    /// Waits until the gate opens or `progress` is cancelled.
    pub(super) fn wait(&self, progress: &Progress) {
        let mut open = self.open.lock().unwrap_or_else(|e| e.into_inner());
        while !*open && !progress.is_cancelled() {
            open = (self.opened.wait_timeout(open, Duration::from_millis(20)))
                .map_or_else(|e| e.into_inner().0, |(g, _)| g);
        }
    }
}

/// The model to suggest with for document `doc` of `learning.project`, reading
/// the cues of `rules` (the rules in use): a model that read other rules' cues
/// is trained again.
pub fn current_model(
    learning: &Learning,
    rules: &RuleSet,
    doc: &str,
) -> Result<Arc<LearnedModel>, LearnError> {
    let project = &*learning.project;
    let key = training_key(project, None);
    let learn_again = |m: &LearnedModel| -> Result<Arc<LearnedModel>, LearnError> {
        let mut m = m.clone();
        m.update_document(project, doc)?;
        Ok(Arc::new(m))
    };
    match learning.model.as_ref().filter(|m| m.reads_cues_of(rules)) {
        Some(m) if m.key == key => Ok(Arc::clone(m)),
        Some(m) => learn_again(m),
        None => {
            let progress = &learning.progress;
            progress.start_phase(TRAINING, 0);
            if let Some(gate) = &learning.gate {
                gate.wait(progress);
            }
            progress.check()?;
            // One training at a time: a computation started while another trains
            // (edits in a row on a large project) waits for it and takes its
            // model: as it is when the training data are the same, taught the
            // document again when they differ (same project file).
            static LAST: Mutex<Option<(Option<PathBuf>, Arc<LearnedModel>)>> = Mutex::new(None);
            let mut last = LAST.lock().unwrap_or_else(|e| e.into_inner());
            let path = learning.project_path.clone();
            let result = match last.as_ref().filter(|(_, m)| m.reads_cues_of(rules)) {
                Some((_, m)) if m.key == key => Ok(Arc::clone(m)),
                Some((p, m)) if p.is_some() && *p == path => learn_again(m),
                _ => load_or_train_with_rules(project, rules, path.as_deref(), progress)
                    .map(Arc::new),
            };
            progress.start_phase("", 0);
            let m = result?;
            *last = Some((path, Arc::clone(&m)));
            Ok(m)
        }
    }
}

impl MarginaliaApp {
    /// Which project a learned model is for: its file, or its name.
    pub(super) fn model_identity(&self) -> String {
        match self.state.project_path() {
            Some(p) => p.display().to_string(),
            None => format!("unsaved: {}", self.state.editor.project().name),
        }
    }

    /// Keeps the learned model and what was learned from the rules that a
    /// computation used (even when its suggestions are stale: they are still
    /// the newest there are), and says why the model's suggestions are missing
    /// when they are: a cancelled training switches the model off.
    pub(super) fn keep_model(&mut self, done: &Computed) {
        if let Some(m) = &done.model {
            self.suggestions.model = Some((self.model_identity(), Arc::clone(m)));
        }
        if let Some(l) = &done.rules_learned {
            self.suggestions.rules_learned = Some(l.clone());
        }
        match &done.model_failure {
            None => {}
            Some(LearnError::Cancelled(_)) => {
                self.suggestions.training = Progress::new();
                if self.state.settings.suggest_model_on {
                    self.set_suggest_switch(SuggestCommand::SetModel(false));
                }
                self.set_info(
                    "Training cancelled: the learned model is off (Suggest ▸ Suggest with the \
                     learned model turns it back on)",
                );
            }
            Some(e) => self.set_error(format!("The learned model is not used: {e}")),
        }
    }

    /// What a computation needs for the learned model: the project shared, the
    /// model held for this project, its file, the training's progress.
    pub(super) fn learning(&self) -> Learning {
        let identity = self.model_identity();
        Learning {
            project: self.state.editor.shared(),
            model: (self.suggestions.model.as_ref())
                .filter(|(of, _)| *of == identity)
                .map(|(_, m)| Arc::clone(m)),
            project_path: self.state.project_path().map(Path::to_path_buf),
            progress: self.suggestions.training.clone(),
            gate: self.suggestions.gate.clone(),
        }
    }

    /// Tests: starts the computation now if one is due and waits for its next
    /// result (the rules' alone while the model is not ready), applied at once.
    pub fn wait_for_first_suggestions(&mut self) {
        if let Some((key, _)) = self.suggestions.due.take() {
            self.start_suggesting(key);
        }
        let Some(running) = &self.suggestions.running else {
            return;
        };
        let done = running.wait_next();
        if !done.partial {
            self.suggestions.running = None;
        }
        self.keep_model(&done);
        self.apply_suggestions(done);
    }

    /// Tests: every training from now on waits until
    /// [`MarginaliaApp::release_model_training`].
    pub fn hold_model_training(&mut self) {
        self.suggestions.gate = Some(Arc::new(Gate::default()));
    }

    /// Tests: lets the trainings held go.
    pub fn release_model_training(&mut self) {
        if let Some(gate) = self.suggestions.gate.take() {
            gate.open();
        }
    }

    /// The switches: rules, model, one rule (kept in the settings).
    pub(super) fn set_suggest_switch(&mut self, command: SuggestCommand) {
        let settings = &mut self.state.settings;
        match command {
            SuggestCommand::SetRules(on) => settings.suggest_rules_on = on,
            SuggestCommand::SetModel(on) => settings.suggest_model_on = on,
            SuggestCommand::SetRule { rule, enabled } => {
                settings.disabled_rules.retain(|r| *r != rule);
                if !enabled {
                    settings.disabled_rules.push(rule);
                    settings.disabled_rules.sort();
                }
            }
            _ => return,
        }
        self.save_settings();
    }
}

impl super::SuggestionsState {
    /// The learned model's training while one runs for the suggestions shown
    /// (its phase, how far, cancelled).
    pub fn training(&self) -> Option<ProgressState> {
        self.running.as_ref()?;
        let s = self.training.state();
        (s.phase == TRAINING && (s.total == 0 || s.done < s.total)).then_some(s)
    }
}
