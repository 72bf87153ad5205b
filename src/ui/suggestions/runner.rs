//! The runner's side of suggestions: once per frame the computation follows the
//! document shown and its edits (debounced, on its own thread), and the
//! [`SuggestCommand`]s run here. Accepting and rejecting are [`Edit`]s through the
//! one edit path (`edits.rs`), so they undo and save like any tag.
//!
//! (Methods of [`MarginaliaApp`], like the other runner files.)
//!
//! [`Edit`]: crate::edit::Edit

use std::sync::Arc;
use std::time::Instant;

use super::worker::{Computed, Key, Request, Running};
use super::{DEBOUNCE, SuggestCommand, SuggestionsState};
use crate::model::Annotation;
use crate::suggest::accept::{accept_edit, reject_edit};
use crate::suggest::{Occurrence, Suggestion, keep_new, occurrences_in_document};
use crate::ui::actions::elide;
use crate::ui::app::MarginaliaApp;
use crate::ui::command::UiCommand;
use crate::ui::document_view::{SuggestionMark, SuggestionMarks};

impl MarginaliaApp {
    /// The suggestions' state (tests read the list and the current one).
    pub fn suggestions(&self) -> &SuggestionsState {
        &self.suggestions
    }

    /// Once per frame: keeps the suggestions those of the document shown, as it is
    /// now (a new computation when the document, its annotations or the rules
    /// switched off change), and hands the view its marks.
    pub(crate) fn follow_suggestions(&mut self, ctx: &egui::Context) {
        self.follow_project_rules();
        let doc = self.state.current_doc.clone();
        let Some(doc) = doc.filter(|_| self.state.settings.suggestions_on) else {
            if self.suggestions.computed_for.is_some() || !self.suggestions.list.is_empty() {
                self.suggestions.clear();
            }
            if self.view.suggestions().is_some() {
                self.view.set_suggestions(None);
            }
            return;
        };
        let want = Key {
            doc: doc.clone(),
            generation: self.state.editor.generation(),
            disabled: self.state.settings.disabled_rules.clone(),
            rules_version: self.suggestions.project_rules.version,
            rules_on: self.state.settings.suggest_rules_on,
            model_on: self.state.settings.suggest_model_on,
        };
        if let Some(done) = self.suggestions.running.as_ref().and_then(Running::poll) {
            if !done.partial {
                self.suggestions.running = None;
            }
            self.keep_model(&done);
            if done.key == want {
                self.apply_suggestions(done);
            }
        }
        let s = &mut self.suggestions;
        let running_for = s.running.as_ref().map(|r| &r.key);
        if s.computed_for.as_ref() != Some(&want) && running_for != Some(&want) {
            let other_doc = s.computed_for.as_ref().is_none_or(|k| k.doc != want.doc);
            if other_doc {
                // Another document: what was shown goes at once, and the new one's
                // suggestions are computed without waiting.
                s.computed.clear();
                s.occurrences.retain(|o| o.doc == want.doc);
                s.current = None;
                s.rebuild();
            }
            let now = Instant::now();
            let due = match &s.due {
                Some((k, at)) if *k == want => *at,
                _ if other_doc && s.running.is_none() => now,
                _ => now + DEBOUNCE,
            };
            if now >= due {
                s.due = None;
                self.start_suggesting(want);
            } else {
                s.due = Some((want, due));
                ctx.request_repaint_after(due - now);
            }
        }
        if self.suggestions.marks.is_none() {
            let schema = &self.state.editor.project().schema;
            let s = &mut self.suggestions;
            let marks: Vec<SuggestionMark> = (s.list.iter())
                .map(|x| SuggestionMark {
                    start: x.start,
                    end: x.end,
                    rgb: schema.rgb(&x.label),
                })
                .collect();
            let marks = Arc::new(SuggestionMarks::new(marks, s.current));
            s.marks = Some(marks.clone());
            self.view.set_suggestions(Some((doc, marks)));
        }
    }

    /// Starts computing the suggestions of `key`'s document, from a snapshot.
    pub(super) fn start_suggesting(&mut self, key: Key) {
        let model_on = key.model_on;
        let rules = self.suggestions.project_rules.rules.clone();
        let Some(mut request) = Request::of(self.state.editor.project(), key, rules) else {
            return;
        };
        if model_on {
            request.learning = Some(self.learning());
        }
        request.project = Some(self.state.editor.shared());
        request.rules_learned = self.suggestions.rules_learned.clone();
        request.gate = self.suggestions.suggest_gate.clone();
        let ctx = self.state.egui_ctx.clone();
        self.suggestions.running = Some(Running::start(request, ctx));
    }

    pub(super) fn apply_suggestions(&mut self, done: Computed) {
        let project = self.state.editor.project();
        let s = &mut self.suggestions;
        match done.result {
            Ok(found) => s.computed = found,
            Err(why) => {
                s.computed.clear();
                s.failure = Some(why);
            }
        }
        // Occurrences the analyst has tagged since are no longer suggested.
        let mine: Vec<&Annotation> = (project.annotations.iter())
            .filter(|a| a.doc == done.key.doc)
            .collect();
        s.occurrences = keep_new(std::mem::take(&mut s.occurrences), mine, &project.rejected);
        s.computed_for = Some(done.key);
        s.rebuild();
        if let Some(why) = self.suggestions.failure.take() {
            self.set_error(format!("No suggestions: {why}"));
        }
    }

    /// Runs one suggestion command.
    pub(crate) fn run_suggest_command(&mut self, command: SuggestCommand) {
        use SuggestCommand::*;
        let needs_name = matches!(command, Accept | AcceptAllOfRule | AcceptAllOfLabel);
        if needs_name && self.state.settings.analyst.trim().is_empty() {
            self.dialogs
                .ask_analyst("", Some(UiCommand::Suggest(command)));
            return;
        }
        match command {
            Toggle => {
                let on = !self.state.settings.suggestions_on;
                self.state.settings.suggestions_on = on;
                self.save_settings();
                self.set_info(if on {
                    "Suggestions on: Tab steps to the next, Enter accepts, Backspace rejects"
                } else {
                    "Suggestions off"
                });
            }
            Accept => self.accept_where(|_, _| true, false),
            AcceptAllOfRule => self.accept_where(|s, t| s.rule == t.rule, true),
            AcceptAllOfLabel => self.accept_where(|s, t| s.label == t.label, true),
            Reject => self.reject_target(),
            Next => self.step_suggestion(true),
            Previous => self.step_suggestion(false),
            DisableRule => self.disable_target_rule(),
            TagAllOccurrences => self.tag_all_occurrences(),
            ShowRules | EditRules | SaveRules(_) | BuiltinRules => {
                self.run_rules_file_command(command)
            }
            Select(i) => self.select_suggestion(i),
            SetRules(_) | SetModel(_) | SetRule { .. } => self.set_suggest_switch(command),
            CancelTraining => self.suggestions.training.cancel(),
        }
    }

    /// The index of the suggestion Enter or Backspace acts on.
    fn suggestion_target(&self) -> Option<usize> {
        let s = &self.suggestions;
        let doc = self.state.current_doc.as_deref()?;
        let from = self.view.visible_range(doc).map_or(0, |r| r.0);
        super::target(&s.list, s.current, self.view.selection(doc), from)
    }

    /// Makes suggestion `i` current: selected in the text and scrolled to.
    fn select_suggestion(&mut self, i: usize) {
        let Some(s) = self.suggestions.list.get(i).cloned() else {
            return;
        };
        self.suggestions.current = Some(i);
        self.suggestions.marks = None;
        self.state.selected = None;
        self.view.set_selection(&s.doc, Some((s.start, s.end)));
        self.view.scroll_to(&s.doc, s.start);
        let source = s
            .source
            .map(|x| format!(", source {x}"))
            .unwrap_or_default();
        self.set_info(format!(
            "Suggestion {} of {}: {}{source} by rule {} (score {:.2}) — {}",
            i + 1,
            self.suggestions.list.len(),
            self.label_name(&s.label),
            s.rule,
            s.score,
            s.why
        ));
    }

    fn label_name(&self, id: &str) -> String {
        let schema = &self.project().schema;
        schema.label(id).map_or(id, |l| &l.name).to_string()
    }

    fn step_suggestion(&mut self, forward: bool) {
        let Some(doc) = self.state.current_doc.clone() else {
            return;
        };
        let from = (self.view.selection(&doc))
            .map(|(a, _)| a)
            .or_else(|| self.view.visible_range(&doc).map(|r| r.0))
            .unwrap_or(0);
        let s = &self.suggestions;
        match super::step(&s.list, s.current, from, forward) {
            Some(i) => self.select_suggestion(i),
            None if s.is_pending() => self.set_info("Suggestions are being computed…"),
            None => self.set_info("No suggestions in this document"),
        }
    }

    /// Accepts the target suggestion (`all` false) or every suggestion `same` as it
    /// (`all` true), as one edit; the next suggestion becomes current.
    fn accept_where(&mut self, same: impl Fn(&Suggestion, &Suggestion) -> bool, all: bool) {
        let Some(t) = self.suggestion_target() else {
            self.set_error("No suggestion here to accept (Tab steps to the next one)");
            return;
        };
        let list = &self.suggestions.list;
        let Some(target) = list.get(t).cloned() else {
            return;
        };
        let chosen: Vec<&Suggestion> = if all {
            list.iter().filter(|s| same(s, &target)).collect()
        } else {
            vec![&target]
        };
        let author = self.state.settings.analyst.trim().to_string();
        let accepted = match accept_edit(self.state.editor.project(), &chosen, &author) {
            Ok(Some(a)) => a,
            Ok(None) => {
                self.set_info("Already tagged so: nothing to accept");
                return;
            }
            Err(e) => {
                self.set_error(format!("Cannot accept: {e}"));
                return;
            }
        };
        let spans: Vec<(String, usize, usize, String)> = (chosen.iter())
            .map(|s| (s.doc.clone(), s.start, s.end, s.label.clone()))
            .collect();
        let n = accepted.ids.len();
        if !self.apply_edit(accepted.edit) {
            return;
        }
        self.suggestions.current = Some(t);
        self.suggestions.remove(|s| {
            spans
                .iter()
                .any(|(d, a, b, l)| s.doc == *d && s.label == *l && s.overlaps(*a, *b))
        });
        let message = if all {
            format!(
                "Accepted {} (one step: Ctrl+Z undoes them all)",
                crate::model::text::plural(n, "suggestion")
            )
        } else {
            format!(
                "Accepted “{}” as {} (rule {}); Ctrl+Z undoes",
                elide(&target.quote, 50),
                self.label_name(&target.label),
                target.rule
            )
        };
        self.show_current_suggestion();
        self.set_info(message);
    }

    fn reject_target(&mut self) {
        let Some(t) = self.suggestion_target() else {
            self.set_error("No suggestion here to reject (Tab steps to the next one)");
            return;
        };
        let Some(target) = self.suggestions.list.get(t).cloned() else {
            return;
        };
        if let Some(edit) = reject_edit(self.state.editor.project(), &[&target])
            && !self.apply_edit(edit)
        {
            return;
        }
        self.suggestions.current = Some(t);
        self.suggestions.remove(|s| {
            s.doc == target.doc && s.label == target.label && s.overlaps(target.start, target.end)
        });
        self.show_current_suggestion();
        self.set_info(format!(
            "Rejected “{}”: not suggested again (saved with the project; Ctrl+Z undoes)",
            elide(&target.quote, 50)
        ));
    }

    /// After an accept or reject: the new current suggestion selected in the text.
    fn show_current_suggestion(&mut self) {
        match self.suggestions.current_index() {
            Some(i) => self.select_suggestion(i),
            None => {
                if let Some(doc) = self.state.current_doc.clone() {
                    self.view.set_selection(&doc, None);
                }
            }
        }
    }

    fn disable_target_rule(&mut self) {
        let Some(target) = (self.suggestion_target()).and_then(|t| self.suggestions.list.get(t))
        else {
            self.set_error("No suggestion selected: its rule is the one switched off");
            return;
        };
        let rule = target.rule.clone();
        if rule == crate::suggest::OCCURRENCE_RULE {
            self.suggestions.occurrences.clear();
        } else if !self.state.settings.disabled_rules.contains(&rule) {
            self.state.settings.disabled_rules.push(rule.clone());
            self.state.settings.disabled_rules.sort();
            self.save_settings();
        }
        self.suggestions.remove(|s| s.rule == rule);
        self.set_info(format!(
            "Rule {rule} switched off (Suggestions ▸ Suggestion rules… turns it back on)"
        ));
    }

    fn tag_all_occurrences(&mut self) {
        let Some(a) = self.state.selected_annotation().cloned() else {
            self.set_error("Select an annotation first: its text is then suggested everywhere");
            return;
        };
        let project = self.state.editor.project();
        let Some(doc) = project.document(&a.doc) else {
            return;
        };
        let mine: Vec<&Annotation> = (project.annotations.iter())
            .filter(|x| x.doc == a.doc)
            .collect();
        let found = occurrences_in_document(doc, &Occurrence::of(&a), &mine);
        let found = keep_new(found, [], &project.rejected);
        let n = found.len();
        if n == 0 {
            self.set_info(format!(
                "No other untagged occurrence of “{}” in this document",
                elide(&a.quote, 40)
            ));
            return;
        }
        let first = found.first().cloned();
        self.suggestions.occurrences = found;
        self.suggestions.rebuild();
        if !self.state.settings.suggestions_on {
            self.state.settings.suggestions_on = true;
            self.save_settings();
        }
        if let Some(f) = first
            && let Some(i) = (self.suggestions.list.iter())
                .position(|s| s.start == f.start && s.end == f.end && s.label == f.label)
        {
            self.select_suggestion(i);
        }
        self.set_info(format!(
            "{} of “{}” suggested: Enter accepts one, “Accept all of this rule” all in one step",
            crate::model::text::plural(n, "other occurrence"),
            elide(&a.quote, 40)
        ));
    }
}
