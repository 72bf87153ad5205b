//! The rules the window suggests with (issue 11): the project's rules file
//! (`NAME.rules.ron` beside `NAME.ron`) when it has one, else the built-in
//! rules; loaded again whenever the project's file changes (open, save as), and
//! saved or retired from the rules window's editor ([`super::rules_editor`]).
//! The file work is the library's (`crate::suggest::project_rules`).
//!
//! (Methods of [`MarginaliaApp`], like the other runner files.)

use std::path::{Path, PathBuf};
use std::sync::Arc;

use super::SuggestCommand;
use super::rules_editor::RulesEditor;
use crate::suggest::RuleSet;
use crate::suggest::project_rules::{
    Origin, retire_project_rules, rules_for_project, rules_text_for_project, save_project_rules,
};
use crate::ui::app::MarginaliaApp;

/// The rules in use and what they were loaded for.
#[derive(Debug)]
pub struct ProjectRules {
    /// The rules the worker and the rules window use.
    pub(super) rules: Arc<RuleSet>,
    /// Bumped at each load or save, so the suggestions are computed again.
    pub(super) version: u64,
    /// The project file they were loaded for (`Some(None)`: an unsaved project;
    /// `None`: not loaded yet).
    loaded_for: Option<Option<PathBuf>>,
}

impl Default for ProjectRules {
    fn default() -> Self {
        ProjectRules {
            rules: Arc::new(RuleSet::builtin()),
            version: 0,
            loaded_for: None,
        }
    }
}

fn file_name(path: &Path) -> String {
    let name = path.file_name().unwrap_or(path.as_os_str());
    name.to_string_lossy().into_owned()
}

impl MarginaliaApp {
    /// The rules the suggestions are computed with now.
    pub fn suggestion_rules(&self) -> &RuleSet {
        &self.suggestions.project_rules.rules
    }

    /// Tests: the rules window (its comparison: `wait`, `evaluation`).
    pub fn rules_window_mut(&mut self) -> &mut super::rules_window::RulesWindow {
        &mut self.suggestions.rules
    }

    /// Tests: the rules window's editor, while open (its text is what a user types).
    pub fn rules_editor_mut(&mut self) -> Option<&mut RulesEditor> {
        self.suggestions.rules.editor.as_mut()
    }

    /// Once per frame: the project's rules loaded when the project's file is not
    /// the one they were loaded for (a project opened or saved under a new name).
    pub(super) fn follow_project_rules(&mut self) {
        let path = self.state.project_path().map(Path::to_path_buf);
        if self.suggestions.project_rules.loaded_for.as_ref() == Some(&path) {
            return;
        }
        let (rules, origin) = match rules_for_project(path.as_deref()) {
            Ok(found) => found,
            Err(e) => {
                self.set_error(format!("{e} (suggesting with the built-in rules)"));
                (RuleSet::builtin(), Origin::Builtin)
            }
        };
        self.suggestions.project_rules.loaded_for = Some(path);
        self.suggestions.rules.editor = None;
        self.use_rules(rules, &origin);
    }

    /// Makes `rules` the ones in use: the suggestions and the rules window's
    /// comparison are computed again.
    fn use_rules(&mut self, rules: RuleSet, origin: &Origin) {
        let held = &mut self.suggestions.project_rules;
        held.rules = Arc::new(rules);
        held.version += 1;
        self.suggestions.rules.in_use = match origin {
            Origin::Builtin => "the built-in rules".into(),
            Origin::File(path) => file_name(path),
        };
        if self.suggestions.rules.open {
            self.open_rules_window();
        }
    }

    fn open_rules_window(&mut self) {
        let project = self.state.editor.project().clone();
        let rules = self.suggestions.project_rules.rules.clone();
        let ctx = self.state.egui_ctx.clone();
        self.suggestions.rules.open(project, rules, ctx);
    }

    /// Runs the rules window's commands: show it, edit, save and retire the
    /// project's rules file.
    pub(super) fn run_rules_file_command(&mut self, command: SuggestCommand) {
        self.follow_project_rules();
        let path = self.state.project_path().map(Path::to_path_buf);
        match command {
            SuggestCommand::EditRules => {
                let (text, error) = match rules_text_for_project(path.as_deref()) {
                    Ok(text) => (text, None),
                    Err(e) => (RuleSet::builtin_text().to_string(), Some(e.to_string())),
                };
                self.suggestions.rules.editor = Some(RulesEditor { text, error });
                self.suggestions.rules.open = true;
            }
            SuggestCommand::SaveRules(text) => self.save_rules(path.as_deref(), &text),
            SuggestCommand::BuiltinRules => self.back_to_builtin_rules(path.as_deref()),
            _ => self.open_rules_window(),
        }
    }

    fn save_rules(&mut self, path: Option<&Path>, text: &str) {
        let Some(project) = path else {
            self.set_error("Save the project first to give it its own rules");
            return;
        };
        match save_project_rules(project, text) {
            Ok((rules, file)) => {
                if let Some(ed) = &mut self.suggestions.rules.editor {
                    ed.error = None;
                }
                self.use_rules(rules, &Origin::File(file.clone()));
                self.set_info(format!(
                    "Rules saved to {}: suggestions computed again with them",
                    file_name(&file)
                ));
            }
            Err(e) => {
                let why = e.to_string();
                match &mut self.suggestions.rules.editor {
                    Some(ed) => ed.error = Some(why.clone()),
                    None => {
                        self.suggestions.rules.editor = Some(RulesEditor {
                            text: text.to_string(),
                            error: Some(why.clone()),
                        })
                    }
                }
                self.set_error(format!("Rules not saved: {why}"));
            }
        }
    }

    fn back_to_builtin_rules(&mut self, path: Option<&Path>) {
        let Some(project) = path else {
            self.set_info("An unsaved project uses the built-in rules");
            return;
        };
        match retire_project_rules(project) {
            Ok(kept) => {
                if let Some(ed) = &mut self.suggestions.rules.editor {
                    *ed = RulesEditor {
                        text: RuleSet::builtin_text().to_string(),
                        error: None,
                    };
                }
                self.use_rules(RuleSet::builtin(), &Origin::Builtin);
                self.set_info(match kept {
                    Some(bak) => format!(
                        "Back to the built-in rules (the project's rules kept as {})",
                        file_name(&bak)
                    ),
                    None => "This project already uses the built-in rules".into(),
                });
            }
            Err(e) => self.set_error(format!("Rules file not retired: {e}")),
        }
    }
}
