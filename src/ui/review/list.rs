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
    let schema = &session.corpus().schema;
    let labels_of = |id: &str| schema.label(id).map_or(id.to_string(), |l| l.name.clone());
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
            let text = difference(d.kind, d.a.as_ref(), d.b.as_ref(), &labels_of);
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
        });
        ui.indent(("review-decisions", &d.id), |ui| {
            ui.horizontal(|ui| {
                let has_a = d.kind != DisagreementKind::OnlyB;
                let has_b = d.kind != DisagreementKind::OnlyA;
                // The chosen decision shows as selected.
                let mut offer = |ui: &mut egui::Ui, show: bool, name: &str, decision: Decision| {
                    let on = chosen == Some(decision.describe());
                    if show && ui.selectable_label(on, name).clicked() {
                        decide = Some((d.id.clone(), decision));
                    }
                };
                offer(ui, has_a, "Accept A", Decision::AcceptA);
                offer(ui, has_b, "Accept B", Decision::AcceptB);
                offer(ui, has_a && has_b, "Accept both", Decision::AcceptBoth);
                offer(ui, true, "Reject", Decision::Reject);
                if ui
                    .selectable_label(chosen == Some("edit"), "Edit…")
                    .clicked()
                {
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

/// What differs between the two sides, in a few words: the boundary (both quotes
/// with their ends shown), the label or the source; a span only one annotator
/// tagged is said so.
fn difference(
    kind: DisagreementKind,
    a: Option<&Annotation>,
    b: Option<&Annotation>,
    label_name: &dyn Fn(&str) -> String,
) -> String {
    let tagged = |x: &Annotation| match &x.source {
        Some(s) => format!("{} ({s})", label_name(&x.label)),
        None => label_name(&x.label),
    };
    match (kind, a, b) {
        (DisagreementKind::OnlyA, Some(a), _) => {
            format!("Only A tagged {} as {}", ends(&a.quote), tagged(a))
        }
        (DisagreementKind::OnlyB, _, Some(b)) => {
            format!("Only B tagged {} as {}", ends(&b.quote), tagged(b))
        }
        (DisagreementKind::LabelDiffers, Some(a), Some(b)) => {
            format!("{}: A {} · B {}", ends(&a.quote), tagged(a), tagged(b))
        }
        (DisagreementKind::SourceDiffers, Some(a), Some(b)) => format!(
            "{} {}: source A {} · B {}",
            ends(&a.quote),
            label_name(&a.label),
            a.source.as_deref().unwrap_or("none"),
            b.source.as_deref().unwrap_or("none")
        ),
        (DisagreementKind::BoundaryDiffers, Some(a), Some(b)) => {
            let labels = if (&a.label, &a.source) == (&b.label, &b.source) {
                format!(" ({})", tagged(a))
            } else {
                format!(" (A {} · B {})", tagged(a), tagged(b))
            };
            let moved = |x: usize, y: usize, what: &str| match x.cmp(&y) {
                std::cmp::Ordering::Equal => None,
                std::cmp::Ordering::Less => Some(format!("A {what} {} chars earlier", y - x)),
                std::cmp::Ordering::Greater => Some(format!("A {what} {} chars later", x - y)),
            };
            let how: Vec<String> = [
                moved(a.start, b.start, "starts"),
                moved(a.end, b.end, "ends"),
            ]
            .into_iter()
            .flatten()
            .collect();
            format!(
                "Boundaries: A {} · B {}{labels} — {}",
                ends(&a.quote),
                ends(&b.quote),
                how.join(", ")
            )
        }
        (kind, a, b) => {
            let side = |x: Option<&Annotation>| x.map_or("nothing".into(), |x| ends(&x.quote));
            format!("{}: A {} · B {}", kind.describe(), side(a), side(b))
        }
    }
}

/// A quote in curly quotes; a long one keeps both ends (where boundaries differ) and
/// drops the middle.
fn ends(quote: &str) -> String {
    const END: usize = 24;
    let one_line: String = quote
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    let n = one_line.chars().count();
    if n <= 2 * END + 1 {
        return format!("“{one_line}”");
    }
    let head: String = one_line.chars().take(END).collect();
    let tail: String = one_line.chars().skip(n - END).collect();
    format!("“{head}…{tail}”")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ann(start: usize, end: usize, quote: &str, label: &str, source: Option<&str>) -> Annotation {
        let mut a = Annotation::new("d", start, end, quote, label, "alice");
        a.source = source.map(str::to_string);
        a
    }

    #[test]
    fn the_difference_is_what_is_shown() {
        let name = |id: &str| id.to_uppercase();
        let long =
            "조선중앙통신 said the “new” missile 👋🏽 flew far beyond the line, officials said";
        let a = ann(0, 80, long, "claim", None);
        let b = ann(7, 80, &long[19..], "claim", None);
        let t = difference(DisagreementKind::BoundaryDiffers, Some(&a), Some(&b), &name);
        assert!(t.contains("A starts 7 chars earlier"), "{t}");
        assert!(t.contains("“조선중앙통신"), "{t}");
        assert!(t.contains("officials said”"), "{t}");
        let k = ann(0, 6, "조선중앙통신", "attribution", Some("KCNA"));
        let y = ann(0, 6, "조선중앙통신", "attribution", Some("Yonhap"));
        let t = difference(DisagreementKind::SourceDiffers, Some(&k), Some(&y), &name);
        assert_eq!(t, "“조선중앙통신” ATTRIBUTION: source A KCNA · B Yonhap");
        let t = difference(DisagreementKind::OnlyB, None, Some(&y), &name);
        assert_eq!(t, "Only B tagged “조선중앙통신” as ATTRIBUTION (Yonhap)");
        assert!(!t.contains("A:"));
    }
}
