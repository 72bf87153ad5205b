//! Merge conflicts in the Review window (team, issue 14): the annotations a
//! three-way merge kept in two versions (or changed against a deletion), each with
//! its buttons — keep this version, keep both, delete — pushed as
//! [`UiCommand::ResolveConflict`], one undoable edit each.

use crate::model::{Annotation, Project};
use crate::team::{Resolution, annotation_conflicts};
use crate::ui::actions::elide;
use crate::ui::command::UiCommand;
use crate::ui::state::PanelContext;

/// How many conflicts are drawn at once (the rest follow as these are resolved).
const SHOWN: usize = 50;

/// Lists the merge conflicts of `project` (nothing when it has none) and queues
/// the analyst's resolutions.
pub(crate) fn conflicts_section(cx: &mut PanelContext, project: &Project, ui: &mut egui::Ui) {
    let conflicts = annotation_conflicts(project);
    if conflicts.is_empty() {
        return;
    }
    let title = format!(
        "Merge conflicts ({}): both versions were kept",
        conflicts.len()
    );
    egui::CollapsingHeader::new(egui::RichText::new(title).strong())
        .id_salt("review_merge_conflicts")
        .default_open(true)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("review_merge_conflicts_list")
                .max_height(220.0)
                .show(ui, |ui| {
                    for (i, c) in conflicts.iter().take(SHOWN).enumerate() {
                        ui.push_id(("conflict", i), |ui| {
                            ui.weak(elide(c.reason, 100));
                            for v in &c.versions {
                                version_row(cx, ui, v);
                            }
                            let first = c.versions[0].id.clone();
                            if c.versions.len() > 1 {
                                if ui.button("Keep both").clicked() {
                                    cx.push(UiCommand::ResolveConflict(Resolution::KeepBoth(
                                        first,
                                    )));
                                }
                            } else if ui
                                .button("Delete it")
                                .on_hover_text("Accept the deletion made on the other side")
                                .clicked()
                            {
                                cx.push(UiCommand::ResolveConflict(Resolution::Discard(first)));
                            }
                            ui.separator();
                        });
                    }
                    if conflicts.len() > SHOWN {
                        ui.weak(format!("…and {} more", conflicts.len() - SHOWN));
                    }
                });
        });
    ui.separator();
}

/// One version: label, quote, source, note, who — and "Keep this version".
fn version_row(cx: &mut PanelContext, ui: &mut egui::Ui, v: &Annotation) {
    ui.horizontal_wrapped(|ui| {
        if ui
            .button("Keep this version")
            .on_hover_text("The other version goes")
            .clicked()
        {
            cx.push(UiCommand::ResolveConflict(Resolution::Keep(v.id.clone())));
        }
        let mut text = format!("{} “{}”", v.label, elide(&v.quote, 60));
        if let Some(s) = &v.source {
            text.push_str(&format!(" — source {s}"));
        }
        if !v.note.is_empty() {
            text.push_str(&format!(" — note “{}”", elide(&v.note, 40)));
        }
        text.push_str(&format!(" — by {}", v.annotator()));
        ui.label(text);
    });
}
