//! Merge conflicts in the Review window (team, issue 14): the annotations a
//! three-way merge kept in two versions (or changed against a deletion), each with
//! its buttons — keep this version, keep both, delete — pushed as
//! [`UiCommand::ResolveConflict`], one undoable edit each; and the merge notes
//! (a document, label or name changed differently on both sides: one version in
//! place, the other in the note) with "Keep this version" / "Keep the other".

use crate::model::{Annotation, MergeNote, Project};
use crate::team::{Resolution, annotation_conflicts, noted_fields};
use crate::ui::actions::elide;
use crate::ui::command::UiCommand;
use crate::ui::state::PanelContext;

/// How many merge conflicts and merge notes `project` still holds.
pub(crate) fn open_count(project: &Project) -> usize {
    annotation_conflicts(project).len() + project.merge_notes.len()
}

/// The label of the Review menu's way back to them, when there are any.
pub(crate) fn menu_text(open: usize) -> String {
    format!("Merge conflicts and notes to resolve ({open})…")
}

/// Adds to the status line, after a project opens, how many merge conflicts and
/// notes it still holds and where to resolve them (a reopened project gave no sign
/// of them: seen in the real window).
pub(crate) fn announce_conflicts(app: &mut crate::ui::MarginaliaApp) {
    let open = open_count(app.state.editor.project());
    if open == 0 || app.state.status.is_error {
        return;
    }
    let text = format!(
        "{} · {open} merge conflict{} or note{} to resolve: Review ▸ Merge conflicts",
        app.state.status.text,
        if open == 1 { "" } else { "s" },
        if open == 1 { "" } else { "s" },
    );
    app.set_info(text);
}

/// How many conflicts are drawn at once (the rest follow as these are resolved).
const SHOWN: usize = 50;

/// Lists the merge conflicts of `project` (nothing when it has none) and queues
/// the analyst's resolutions.
pub(crate) fn conflicts_section(cx: &mut PanelContext, project: &Project, ui: &mut egui::Ui) {
    let conflicts = annotation_conflicts(project);
    let notes = &project.merge_notes;
    if conflicts.is_empty() && notes.is_empty() {
        return;
    }
    let title = format!(
        "Merge conflicts ({}): both versions were kept",
        conflicts.len() + notes.len()
    );
    egui::CollapsingHeader::new(egui::RichText::new(title).strong())
        .id_salt("review_merge_conflicts")
        .default_open(true)
        .show(ui, |ui| {
            egui::ScrollArea::vertical()
                .id_salt("review_merge_conflicts_list")
                .max_height(220.0)
                .show(ui, |ui| {
                    // --- conflicts (issue 14): merge notes first ---
                    for (at, note) in notes.iter().enumerate().take(SHOWN) {
                        ui.push_id(("merge_note", at), |ui| {
                            note_rows(cx, ui, project, at, note);
                            ui.separator();
                        });
                    }
                    let room = SHOWN.saturating_sub(notes.len());
                    for (i, c) in conflicts.iter().take(room).enumerate() {
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
                    let total = conflicts.len() + notes.len();
                    if total > SHOWN {
                        ui.weak(format!("…and {} more", total - SHOWN));
                    }
                });
        });
    ui.separator();
}

/// One merge note: what differs, the version in place with "Keep this version",
/// the other with "Keep the other" (conflicts, issue 14).
fn note_rows(
    cx: &mut PanelContext,
    ui: &mut egui::Ui,
    project: &Project,
    at: usize,
    n: &MergeNote,
) {
    let what = match n.kind() {
        "project name" => "The project's name".to_string(),
        kind => format!("{kind} '{}'", elide(&n.item, 40)),
    };
    ui.weak(format!("{what}: changed differently on both sides"));
    let fields = noted_fields(project, n);
    let side = |pick: fn(&crate::team::NotedField) -> &str| -> String {
        let parts: Vec<String> = fields
            .iter()
            .map(|f| format!("{}: “{}”", f.field, elide(pick(f), 50)))
            .collect();
        match parts.is_empty() {
            true => "(no difference left)".to_string(),
            false => parts.join(", "),
        }
    };
    let item = n.item.clone();
    ui.horizontal_wrapped(|ui| {
        if ui
            .button("Keep this version")
            .on_hover_text("The version in the project stays; the note goes")
            .clicked()
        {
            cx.push(UiCommand::ResolveConflict(Resolution::KeepNoted {
                at,
                item: item.clone(),
            }));
        }
        ui.label(side(|f| &f.this));
    });
    ui.horizontal_wrapped(|ui| {
        if ui
            .button("Keep the other")
            .on_hover_text("The other analyst's version replaces the one in the project")
            .clicked()
        {
            cx.push(UiCommand::ResolveConflict(Resolution::TakeNoted {
                at,
                item,
            }));
        }
        ui.label(side(|f| &f.other));
    });
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
