//! The selected annotation's links in its editor: "attributes: …" (for an
//! attribution) and "attributed to: SOURCE" (for a claim or speculation linked from
//! one), each with × to remove the link (one undoable edit), and "Link… (L)".

use crate::model::Link;
use crate::ui::actions::elide;
use crate::ui::command::UiCommand;
use crate::ui::sources_window::SourcesCommand;
use crate::ui::state::PanelContext;

/// Draws the link rows of annotation `a` (the selected one).
pub(crate) fn link_rows(cx: &mut PanelContext, ui: &mut egui::Ui, a: &crate::model::Annotation) {
    let state = cx.state;
    let editor = &state.editor;
    let links: Vec<Link> = state.links.links_of(editor, &a.id).cloned().collect();
    let mut remove = None;
    let mut select = None;
    let outgoing: Vec<&Link> = links.iter().filter(|l| l.from == a.id).collect();
    if !outgoing.is_empty() {
        ui.label(format!("attributes ({}):", outgoing.len()));
        for l in outgoing {
            ui.horizontal(|ui| {
                let quote = editor.annotation(&l.to).map_or("?".into(), |t| {
                    let name = editor
                        .project()
                        .schema
                        .label(&t.label)
                        .map_or(t.label.as_str(), |x| x.name.as_str());
                    format!("{name}: “{}”", elide(&t.quote, 40))
                });
                if ui
                    .small_button("×")
                    .on_hover_text("Remove this link (Ctrl+Z brings it back)")
                    .clicked()
                {
                    remove = Some(l.clone());
                }
                if ui.link(quote).clicked() {
                    select = Some(l.to.clone());
                }
            });
        }
    }
    for l in links.iter().filter(|l| l.to == a.id) {
        let Some(from) = editor.annotation(&l.from) else {
            continue;
        };
        ui.horizontal(|ui| {
            if ui
                .small_button("×")
                .on_hover_text("Remove this link (Ctrl+Z brings it back)")
                .clicked()
            {
                remove = Some(l.clone());
            }
            let source = from.source.as_deref().unwrap_or("(no source yet)");
            ui.label(format!("attributed to: {source}"));
            if ui.link(format!("“{}”", elide(&from.quote, 30))).clicked() {
                select = Some(l.from.clone());
            }
        });
    }
    if let Some(link) = remove {
        cx.push(UiCommand::Sources(SourcesCommand::RemoveLink(link)));
    }
    if let Some(id) = select {
        cx.push(UiCommand::SelectAnnotation(Some(id)));
    }
}
