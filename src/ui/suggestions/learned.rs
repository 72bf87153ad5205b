//! The learned model in the window (issue 20), on the suggestion thread, never
//! the UI thread: the model the window holds when it was trained on the project
//! as it is; else that model taught the current document again (one more pass
//! over it after the analyst's accept, reject or edit: milliseconds, where a
//! whole retraining of a large project takes seconds); else the model cached
//! beside the project file when it is current; else trained anew and cached.

use std::path::Path;
use std::sync::{Arc, Mutex};

use super::SuggestCommand;
use super::worker::{Computed, Learning};
use crate::suggest::learn::{LearnedModel, load_or_train, training_key};
use crate::task::Progress;
use crate::ui::app::MarginaliaApp;

/// The model to suggest with for document `doc` of `learning.project`.
pub fn current_model(learning: &Learning, doc: &str) -> Result<Arc<LearnedModel>, String> {
    let project = &*learning.project;
    let key = training_key(project, None);
    match &learning.model {
        Some(m) if m.key == key => Ok(Arc::clone(m)),
        Some(m) => {
            let mut m = LearnedModel::clone(m);
            m.update_document(project, doc).map_err(|e| e.to_string())?;
            Ok(Arc::new(m))
        }
        None => {
            // One training at a time: a computation started while another trains
            // (edits in a row on a large project) waits for it and takes its
            // model when the training data are the same, instead of training too.
            static LAST: Mutex<Option<Arc<LearnedModel>>> = Mutex::new(None);
            let mut last = LAST.lock().unwrap_or_else(|e| e.into_inner());
            if let Some(m) = last.as_ref().filter(|m| m.key == key) {
                return Ok(Arc::clone(m));
            }
            let path = learning.project_path.as_deref();
            let m = Arc::new(
                load_or_train(project, path, &Progress::new()).map_err(|e| e.to_string())?,
            );
            *last = Some(Arc::clone(&m));
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

    /// Keeps the learned model a finished computation used (even when its
    /// suggestions are stale: the model is still the newest there is).
    pub(super) fn keep_model(&mut self, done: &Computed) {
        if let Some(m) = &done.model {
            self.suggestions.model = Some((self.model_identity(), Arc::clone(m)));
        }
    }

    /// What a computation needs for the learned model: the project shared, the
    /// model held for this project, its file.
    pub(super) fn learning(&self) -> Learning {
        let identity = self.model_identity();
        Learning {
            project: self.state.editor.shared(),
            model: (self.suggestions.model.as_ref())
                .filter(|(of, _)| *of == identity)
                .map(|(_, m)| Arc::clone(m)),
            project_path: self.state.project_path().map(Path::to_path_buf),
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
