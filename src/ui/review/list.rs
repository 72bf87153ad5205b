//! The disagreement list: each disagreement with both sides and the decisions.

use super::{ReviewAction, ReviewView};
use crate::model::Annotation;
use crate::review::{Comparison, Decision, DisagreementKind, SpanChoice};

/// Draws the disagreement list of `view`'s document and pair.
pub(super) fn show(
    view: &mut ReviewView,
    ui: &mut egui::Ui,
    comparison: Option<&Comparison>,
    actions: &mut Vec<ReviewAction>,
) {
    let (Some(session), Some(doc)) = (&view.session, view.doc.clone()) else {
        return;
    };
    let Some(cmp) = comparison else {
        return;
    };
    let undecided = cmp
        .disagreements
        .iter()
        .filter(|d| session.curation.decision(&d.id).is_none())
        .count();
    let labels = session.corpus().labels();
    let len = session
        .corpus()
        .document(&doc)
        .map(|d| d.document.char_len())
        .unwrap_or(0);
    let mut decide: Option<(String, Decision)> = None;
    let mut accept_agreed = false;
    ui.horizontal(|ui| {
        ui.strong(format!(
            "Disagreements: {} ({undecided} undecided)",
            cmp.disagreements.len()
        ));
        if ui
            .button(format!("Accept all agreed ({})", cmp.agreed.len()))
            .on_hover_text("Accept every span on which all annotators agree")
            .clicked()
        {
            accept_agreed = true;
        }
    });
    for d in &cmp.disagreements {
        let chosen = session.curation.decision(&d.id).map(Decision::describe);
        ui.horizontal_wrapped(|ui| {
            let text = format!(
                "{} — A: {} — B: {}",
                d.kind.describe(),
                side(d.a.as_ref()),
                side(d.b.as_ref())
            );
            let selected = view.selected.as_deref() == Some(d.id.as_str());
            if ui.selectable_label(selected, text).clicked() {
                view.selected = Some(d.id.clone());
                view.scroll_to = Some((d.start(), d.end()));
                actions.push(ReviewAction::Jump {
                    doc: doc.clone(),
                    start: d.start(),
                    end: d.end(),
                });
            }
            if let Some(c) = chosen {
                ui.weak(format!("✔ {c}"));
            }
        });
        ui.indent(("review-decisions", &d.id), |ui| {
            ui.horizontal(|ui| {
                let has_a = d.kind != DisagreementKind::OnlyB;
                let has_b = d.kind != DisagreementKind::OnlyA;
                let mut offer = |ui: &mut egui::Ui, show: bool, name: &str, decision: Decision| {
                    if show && ui.small_button(name).clicked() {
                        decide = Some((d.id.clone(), decision));
                    }
                };
                offer(ui, has_a, "Accept A", Decision::AcceptA);
                offer(ui, has_b, "Accept B", Decision::AcceptB);
                offer(ui, has_a && has_b, "Accept both", Decision::AcceptBoth);
                offer(ui, true, "Reject", Decision::Reject);
                if ui.small_button("Edit…").clicked() {
                    let base = d.a.as_ref().or(d.b.as_ref());
                    view.edit_draft = Some((
                        d.id.clone(),
                        SpanChoice {
                            start: d.start(),
                            end: d.end(),
                            label: base.map(|x| x.label.clone()).unwrap_or_default(),
                            source: base.and_then(|x| x.source.clone()),
                        },
                    ));
                }
            });
        });
        if let Some((id, draft)) = &mut view.edit_draft
            && id == &d.id
        {
            let mut done = false;
            ui.indent(&d.id, |ui| {
                ui.horizontal(|ui| {
                    let from = ui.label("Edited span: from char");
                    ui.add(egui::DragValue::new(&mut draft.start).range(0..=len))
                        .labelled_by(from.id);
                    let to = ui.label("to char");
                    ui.add(egui::DragValue::new(&mut draft.end).range(0..=len))
                        .labelled_by(to.id);
                    let name = ui.label("label");
                    egui::ComboBox::from_id_salt(("review-edit-label", &d.id))
                        .selected_text(draft.label.as_str())
                        .show_ui(ui, |ui| {
                            for l in &labels {
                                ui.selectable_value(&mut draft.label, l.clone(), l);
                            }
                        })
                        .response
                        .labelled_by(name.id);
                    let mut source = draft.source.clone().unwrap_or_default();
                    let label = ui.label("source");
                    ui.add(egui::TextEdit::singleline(&mut source).desired_width(120.0))
                        .labelled_by(label.id);
                    draft.source = Some(source).filter(|s| !s.trim().is_empty());
                    if ui.button("Use this span").clicked() {
                        decide = Some((d.id.clone(), Decision::Edit(draft.clone())));
                        done = true;
                    }
                    if ui.button("Cancel").clicked() {
                        done = true;
                    }
                });
            });
            if done {
                view.edit_draft = None;
            }
        }
    }
    if let Some((id, decision)) = decide {
        view.decide(&id, decision);
    }
    if accept_agreed {
        view.accept_agreed();
    }
}

/// One side in a few words: the quote, label and source.
fn side(a: Option<&Annotation>) -> String {
    match a {
        None => "—".into(),
        Some(a) => {
            let mut quote: String = a.quote.chars().take(40).collect();
            if a.quote.chars().count() > 40 {
                quote.push('…');
            }
            match &a.source {
                Some(s) => format!("“{quote}” {} ({s})", a.label),
                None => format!("“{quote}” {}", a.label),
            }
        }
    }
}
