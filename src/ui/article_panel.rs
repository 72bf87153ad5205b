//! The centre: the current document drawn by the [`DocumentView`] with its
//! annotations and find matches, or the start panel when there is no document.
//! What the analyst does there comes back as view events, turned into commands.

use super::command::UiCommand;
use super::derived::DrawnAnnotations;
use super::document_view::{DocumentView, ViewAnnotations, ViewEvent, ViewInput};
use super::find_bar::FindState;
use super::state::PanelContext;

/// Draws the article area. `view` and `drawn` are the panel's own state (layout,
/// scroll, selection per document; the annotations drawn); `find` is read for its
/// matches.
pub(crate) fn article_panel(
    cx: &mut PanelContext,
    view: &mut DocumentView,
    drawn: &mut DrawnAnnotations,
    find: &FindState,
    ui: &mut egui::Ui,
) {
    let state = cx.state;
    let Some(doc_id) = state.current_doc.as_deref() else {
        super::start_panel::start_panel(cx, ui);
        return;
    };
    let project = state.editor.project();
    let Some(document) = state.current_document() else {
        return;
    };
    // Orphans point into a text that no longer exists: listed, not drawn.
    let drawn = drawn.of(
        project,
        state.editor.generation(),
        doc_id,
        state.editor.changes(),
    );
    let annotations = ViewAnnotations::new(&project.annotations, drawn);
    let find_here = find.open && find.doc == doc_id;
    let find_matches: &[(usize, usize)] = if find_here { &find.matches } else { &[] };
    let input = ViewInput {
        document,
        annotations,
        schema: &project.schema,
        selected: state.selected.as_deref(),
        selected_position: state.selected_position(),
        find_matches,
        current_match: find.current.filter(|_| find_here),
        font_size: state.settings.article_font_size(),
        generation: state.editor.generation(),
        dark_mode: state.settings.dark_mode,
        changes: Some(state.editor.changes()),
    };
    let events = view.show(ui, &input);
    // links (issue 13): the selected annotation's connectors, over the text.
    super::links::paint_connectors(ui, view, state, ui.clip_rect());
    for event in events {
        match event {
            ViewEvent::SelectionChanged(_) => {}
            // Clicked where it is visible: selected without scrolling the view.
            ViewEvent::AnnotationClicked(id) => cx.push(UiCommand::SelectClicked(id)),
            ViewEvent::AnnotationLinkClicked(id) => cx.push(UiCommand::Sources(
                super::sources_window::SourcesCommand::LinkSelectedTo(id),
            )),
            ViewEvent::AnnotationResized { id, start, end } => {
                cx.push(UiCommand::UpdateAnnotation {
                    id,
                    change: crate::edit::AnnotationChange {
                        span: Some((start, end)),
                        ..Default::default()
                    },
                });
            }
        }
    }
}
