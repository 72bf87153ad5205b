//! "Suggestion rules": each rule's precision and recall against the annotations the
//! analyst has in this project (INCEpTION shows its recommenders so), so weak rules
//! are visible, with a check box to switch each off or on. The comparison runs on
//! its own thread (every document of the project is suggested for).

use std::sync::Arc;
use std::sync::mpsc::{self, Receiver};

use super::SuggestCommand;
use crate::model::Project;
use crate::suggest::eval::{Evaluation, Strictness, evaluate};
use crate::suggest::learn::{MODEL_RULE, suggest_project_fair_with_rules};
use crate::suggest::{RuleSet, SuggestScope, Suggester, suggest_project_raw};
use crate::task::Progress;
use crate::ui::command::UiCommand;
use crate::ui::state::PanelContext;

/// The window's state.
#[derive(Debug, Default)]
pub struct RulesWindow {
    /// Shown?
    pub open: bool,
    /// The comparison, once computed.
    evaluation: Option<Result<Evaluation, String>>,
    /// The comparison running.
    running: Option<Receiver<Result<Evaluation, String>>>,
    /// The project's rules file being edited ("Edit rules…").
    pub editor: Option<super::rules_editor::RulesEditor>,
    /// The rules in use, named for the window ("the built-in rules", `NAME.rules.ron`).
    pub in_use: String,
}

impl RulesWindow {
    /// Opens the window and compares `rules` with `project`'s annotations.
    pub fn open(&mut self, project: Project, rules: Arc<RuleSet>, ctx: Option<egui::Context>) {
        self.open = true;
        self.evaluation = None;
        let (sender, receiver) = mpsc::channel();
        let spawned = std::thread::Builder::new()
            .name("marginalia-rules".into())
            .spawn(move || {
                let result = std::panic::catch_unwind(|| evaluate_rules(&project, &rules))
                    .unwrap_or_else(|_| Err("internal error while comparing".into()));
                let _ = sender.send(result);
                if let Some(ctx) = ctx {
                    ctx.request_repaint();
                }
            });
        match spawned {
            Ok(_) => self.running = Some(receiver),
            Err(e) => self.evaluation = Some(Err(format!("cannot start a thread: {e}"))),
        }
    }

    /// The comparison, once it has arrived.
    pub fn evaluation(&mut self) -> Option<&Evaluation> {
        self.poll();
        self.evaluation.as_ref()?.as_ref().ok()
    }

    /// Tests: waits for the comparison.
    pub fn wait(&mut self) {
        if let Some(r) = self.running.take() {
            self.evaluation = Some(r.recv().unwrap_or_else(|_| Err("ended early".into())));
        }
    }

    fn poll(&mut self) {
        if let Some(r) = &self.running
            && let Ok(result) = r.try_recv()
        {
            self.evaluation = Some(result);
            self.running = None;
        }
    }
}

/// Every rule (those switched off included) and the learned model (row
/// [`MODEL_RULE`], each document suggested for by a model trained without it,
/// reading the cues of `rules`, the rules in use, as the window's model does)
/// against the project's annotations.
pub fn evaluate_rules(project: &Project, rules: &RuleSet) -> Result<Evaluation, String> {
    let registry = project.source_registry().into_owned();
    let suggester = Suggester::new(rules.clone(), registry).map_err(|e| e.to_string())?;
    let mut found = suggest_project_raw(&suggester, project, &SuggestScope::default());
    let learned = suggest_project_fair_with_rules(project, rules, &Progress::new())
        .map_err(|e| e.to_string())?;
    for ((_, mine), (_, model)) in found.iter_mut().zip(learned) {
        mine.extend(model);
    }
    Ok(evaluate(project, &found, suggester.registry(), &[]))
}

/// Draws the window while it is open.
pub(crate) fn show(cx: &mut PanelContext, window: &mut RulesWindow, ctx: &egui::Context) {
    if !window.open {
        return;
    }
    window.poll();
    let mut open = true;
    egui::Window::new("Suggestion rules")
        .open(&mut open)
        .default_width(520.0)
        .show(ctx, |ui| {
            ui.label(
                "Each rule against the annotations of this project (any overlap; \
                 attributions need the same source). Untick a rule to stop its suggestions. \
                 The learned model (rule “model”) is scored the fair way: each document \
                 by a model trained on the others.",
            );
            switches(cx, ui);
            let in_use = if window.in_use.is_empty() {
                "the built-in rules"
            } else {
                window.in_use.as_str()
            };
            super::rules_editor::show(cx, &mut window.editor, in_use, ui);
            match &window.evaluation {
                None => {
                    ui.horizontal(|ui| {
                        ui.spinner();
                        ui.label("Comparing…");
                    });
                }
                Some(Err(why)) => {
                    ui.colored_label(ui.visuals().error_fg_color, why);
                }
                Some(Ok(e)) => table(cx, e, ui),
            }
        });
    if !open {
        window.open = false;
    }
}

/// The two switches: the rules' suggestions and the learned model's.
fn switches(cx: &mut PanelContext, ui: &mut egui::Ui) {
    let settings = &cx.state.settings;
    let (mut rules, mut model) = (settings.suggest_rules_on, settings.suggest_model_on);
    ui.horizontal(|ui| {
        if ui.checkbox(&mut rules, "Rules").changed() {
            cx.push(UiCommand::Suggest(SuggestCommand::SetRules(rules)));
        }
        if ui
            .checkbox(&mut model, "Learned model (learns from your annotations)")
            .changed()
        {
            cx.push(UiCommand::Suggest(SuggestCommand::SetModel(model)));
        }
    });
}

fn table(cx: &mut PanelContext, e: &Evaluation, ui: &mut egui::Ui) {
    let disabled = &cx.state.settings.disabled_rules;
    let mut pushed = Vec::new();
    egui::ScrollArea::vertical()
        .max_height(420.0)
        .show(ui, |ui| {
            egui::Grid::new("suggestion_rules_table")
                .striped(true)
                .num_columns(7)
                .show(ui, |ui| {
                    for h in [
                        "on",
                        "rule",
                        "label",
                        "suggested",
                        "matched",
                        "precision",
                        "recall",
                    ] {
                        ui.strong(h);
                    }
                    ui.end_row();
                    for r in &e.rules {
                        let Some(rule) = r.rule.as_deref() else {
                            continue;
                        };
                        let is_model = rule == MODEL_RULE;
                        let mut on = if is_model {
                            cx.state.settings.suggest_model_on
                        } else {
                            !disabled.iter().any(|d| d == rule)
                        };
                        if ui.checkbox(&mut on, "").changed() {
                            pushed.push(UiCommand::Suggest(if is_model {
                                SuggestCommand::SetModel(on)
                            } else {
                                SuggestCommand::SetRule {
                                    rule: rule.to_string(),
                                    enabled: on,
                                }
                            }));
                        }
                        let c = r.at(Strictness::Overlap);
                        ui.label(rule);
                        ui.label(&r.label);
                        ui.label(c.suggested.to_string());
                        ui.label(c.matched.to_string());
                        ui.label(format!("{:.2}", c.precision));
                        ui.label(format!("{:.2}", c.recall));
                        ui.end_row();
                    }
                });
            if e.rules.is_empty() {
                ui.weak("No rule suggested anything in this project.");
            }
        });
    for c in pushed {
        cx.push(c);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Annotation, Document};

    #[test]
    fn a_rule_whose_suggestion_the_analyst_tagged_counts_a_match() {
        let text = "North Korea fired two missiles on Monday, according to KCNA.";
        let mut p = Project::new("t");
        p.documents.push(Document::new("d", "t", text));
        let found = evaluate_rules(&p, &RuleSet::builtin()).unwrap();
        let rule = (found.rules.iter())
            .find(|r| r.label == "attribution")
            .expect("an attribution rule fires");
        assert_eq!(rule.overlap.matched, 0);
        let start = text.find("according").unwrap();
        let quote = &text[start..text.len() - 1];
        p.annotations.push(
            Annotation::new(
                "d",
                start,
                start + quote.chars().count(),
                quote,
                "attribution",
                "a",
            )
            .with_source("KCNA"),
        );
        let found = evaluate_rules(&p, &RuleSet::builtin()).unwrap();
        let same = (found.rules.iter()).find(|r| r.rule == rule.rule).unwrap();
        assert_eq!(same.overlap.matched, 1);
        assert_eq!(same.overlap.precision, 1.0);
    }

    #[test]
    fn the_learned_model_has_its_own_fair_row() {
        let text = include_str!("../../../tests/fixtures/suggest/tune.ron");
        let p = crate::store::parse_project(text, std::path::Path::new("tune.ron")).unwrap();
        let e = evaluate_rules(&p, &RuleSet::builtin()).unwrap();
        let model: Vec<_> = (e.rules.iter())
            .filter(|r| r.rule.as_deref() == Some(MODEL_RULE))
            .collect();
        assert!(!model.is_empty(), "a row per label for the model");
        assert!(model.iter().any(|r| r.overlap.matched > 0));
        assert!(
            e.rules
                .iter()
                .any(|r| r.rule.as_deref() != Some(MODEL_RULE))
        );
    }
}
