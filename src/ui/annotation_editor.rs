//! The editor of the selected annotation, under the list: label (combo), source (text
//! with the same completion as the attribution popup: `source_field.rs`), note
//! (multiline), Delete. Each change is one undoable
//! `Edit::UpdateAnnotation`, committed when a field loses focus or on Enter — not on
//! every keystroke.

use crate::edit::AnnotationChange;

use super::command::UiCommand;
use super::source_field::{ListMode, SourceCompletion, source_field};
use super::state::PanelContext;
use super::theme::{label_color, swatch};

/// The text being edited, kept apart from the project until committed.
#[derive(Debug, Default)]
pub struct AnnotationEditorState {
    /// The annotation the buffers belong to, and the project generation they were
    /// loaded at.
    loaded: Option<(String, u64)>,
    /// The source being typed.
    pub source: String,
    /// The note being typed.
    pub note: String,
    /// Completion of the source field.
    pub completion: SourceCompletion,
    /// The comment being typed on a colleague's annotation.
    pub comment_draft: String,
}

fn update(cx: &mut PanelContext, id: &str, change: AnnotationChange) {
    cx.push(UiCommand::UpdateAnnotation {
        id: id.to_string(),
        change,
    });
}

/// Draws the editor of the selected annotation; `own` is the editor's own state
/// (the text being typed).
pub(crate) fn annotation_editor(
    cx: &mut PanelContext,
    own: &mut AnnotationEditorState,
    ui: &mut egui::Ui,
) {
    let Some(a) = cx.state.selected_annotation().cloned() else {
        return;
    };
    let generation = cx.state.editor.generation();
    let any_field_focused = ui.ctx().text_edit_focused();
    let state = &mut *own;
    let stale = match &state.loaded {
        Some((id, g)) => *id != a.id || (*g != generation && !any_field_focused),
        None => true,
    };
    if stale {
        // Text typed into the previous annotation's fields is kept, not lost, when
        // the selection moves on before the field reported losing focus.
        if let Some((old_id, _)) = state.loaded.clone().filter(|(id, _)| *id != a.id)
            && let Some(old) = cx.state.editor.annotation(&old_id)
        {
            let source = Some(state.source.trim().to_string()).filter(|s| !s.is_empty());
            let change = AnnotationChange {
                source: (source != old.source).then_some(source),
                note: (state.note != old.note).then(|| state.note.clone()),
                ..Default::default()
            };
            if change != AnnotationChange::default() {
                cx.push(UiCommand::UpdateAnnotation { id: old_id, change });
            }
        }
        let state = &mut *own;
        state.source = a.source.clone().unwrap_or_default();
        state.note = a.note.clone();
        state.loaded = Some((a.id.clone(), generation));
    }
    let schema = cx.state.editor.project().schema.clone();
    ui.label(egui::RichText::new("Selected annotation").strong());
    ui.label(format!("“{}”", super::actions::elide(&a.quote, 200)));
    let was = |id: &str| schema.label(id).map_or(id.to_string(), |l| l.name.clone());
    ui.weak(format!("{}..{} · {}", a.start, a.end, provenance(&a, was)));

    egui::Grid::new("annotation_editor_grid")
        .num_columns(2)
        .show(ui, |ui| {
            let name = ui.label("Label");
            let current = schema
                .label(&a.label)
                .map_or(a.label.clone(), |l| l.name.clone());
            let mut label = a.label.clone();
            ui.horizontal(|ui| {
                swatch(ui, label_color(&schema, &a.label));
                egui::ComboBox::from_id_salt("annotation_label")
                    .selected_text(current)
                    .show_ui(ui, |ui| {
                        for l in &schema.labels {
                            let r = ui.selectable_value(&mut label, l.id.clone(), &l.name);
                            // codebook (issue 19): the label's guideline on hover.
                            let guide = l.guide_text();
                            if !guide.is_empty() {
                                r.on_hover_text(guide);
                            }
                        }
                    })
                    .response
                    .labelled_by(name.id);
            });
            if label != a.label {
                update(
                    cx,
                    &a.id,
                    AnnotationChange {
                        label: Some(label),
                        ..Default::default()
                    },
                );
            }
            ui.end_row();

            let source_label = ui.label("Source");
            let known = cx.state.links.source_names().to_vec(); // sources (issue 13): aliases too
            let state = &mut *own;
            state.completion.aliases = cx.state.links.source_aliases().clone();
            let out = ui
                .vertical(|ui| {
                    ui.set_max_width(220.0);
                    source_field(
                        ui,
                        egui::Id::unique("annotation_source_field"),
                        &mut state.source,
                        &known,
                        &mut state.completion,
                        "who said it",
                        ListMode::WhileFocused,
                    )
                })
                .inner;
            let r = out.response.labelled_by(source_label.id);
            // Enter or a click on a suggestion takes the completed source; leaving
            // the field keeps what was typed (but a press on the list is a pick).
            let commit_source = out
                .accepted
                .or_else(|| (r.lost_focus() && !out.picking).then(|| state.source.clone()));
            if let Some(src) = commit_source {
                // sources (issue 13): an alias is stored as its canonical name.
                let registry = cx.state.editor.project().source_registry();
                let src = super::source_field::canonical_source(&registry, &src);
                state.source = src.clone();
                let new = Some(src.trim().to_string()).filter(|s| !s.is_empty());
                if new != a.source {
                    update(
                        cx,
                        &a.id,
                        AnnotationChange {
                            source: Some(new),
                            ..Default::default()
                        },
                    );
                }
            }
            ui.end_row();

            let note_label = ui.label("Note");
            let state = &mut *own;
            let r = ui
                .add(
                    egui::TextEdit::multiline(&mut state.note)
                        .hint_text("why, context, doubts…")
                        .desired_rows(3)
                        .desired_width(f32::INFINITY),
                )
                .labelled_by(note_label.id);
            if r.lost_focus() && state.note != a.note {
                let note = state.note.clone();
                update(
                    cx,
                    &a.id,
                    AnnotationChange {
                        note: Some(note),
                        ..Default::default()
                    },
                );
            }
            ui.end_row();
        });
    if schema.label(&a.label).is_some_and(|l| l.needs_source) && a.source.is_none() {
        ui.colored_label(
            ui.visuals().warn_fg_color,
            "This attribution has no source yet: type one above.",
        );
    }
    super::links::link_rows(cx, ui, &a); // links (issue 13)
    ui.horizontal(|ui| {
        if ui
            .button("Link…")
            .on_hover_text("Link to a span (L)")
            .clicked()
        {
            cx.push(UiCommand::Sources(
                super::sources_window::SourcesCommand::StartLink,
            ));
        }
        if ui.button("Delete").on_hover_text("Delete (Del)").clicked() {
            cx.push(UiCommand::DeleteAnnotation);
        }
        if ui.button("Deselect").clicked() {
            cx.push(UiCommand::Deselect);
        }
        ui.weak("Shift+←/→ end · Alt+Shift+←/→ start");
    });
    super::review::comments_section(cx, &mut own.comment_draft, ui, &a);
}

/// "by alice · 2026-11-27T10:00:00Z", or with a colleague's change
/// "by alice, edited by bob (was Claim) · 2026-12-03T09:00:00Z"; `label_name`
/// names a label id.
pub(crate) fn provenance(
    a: &crate::model::Annotation,
    label_name: impl Fn(&str) -> String,
) -> String {
    let author = if a.author.is_empty() {
        "(unknown)"
    } else {
        &a.author
    };
    match &a.edited_by {
        Some(editor) => format!(
            "by {author}, edited by {editor}{} · {}",
            a.previous_label
                .as_ref()
                .map(|l| format!(" (was {})", label_name(l)))
                .unwrap_or_default(),
            a.modified.as_deref().unwrap_or(&a.created)
        ),
        None => format!("by {author} · {}", a.created),
    }
}
