//! The small modal that asks the analyst's name once (before the first change to
//! an annotation of any kind: a tag, a label, source or note change, a boundary
//! move, a delete), stored on every annotation made (`author`) or changed
//! (`edited_by`) and remembered in the settings.

use super::Dialogs;
use crate::ui::command::UiCommand;
use crate::ui::state::PanelContext;

/// True when `command` makes or changes an annotation, so the analyst's name must
/// be known first. Commands that act on the selected annotation count only when
/// one is selected (otherwise they just say so).
pub fn needs_analyst(command: &UiCommand, has_selection: bool) -> bool {
    use UiCommand::*;
    match command {
        Tag(_) | FinishAttribution(_) | UpdateAnnotation { .. } => true,
        // corpus (issue 12): tags made from search hits, "done" marks by name.
        TagSearchHits { .. } | ToggleDocumentDone | SetDocumentDone { .. } => true,
        DeleteAnnotation | MoveEndForward | MoveEndBackward | MoveStartForward
        | MoveStartBackward => has_selection,
        _ => false,
    }
}

/// State of the name prompt.
#[derive(Debug, Clone)]
pub struct AnalystPrompt {
    /// The name being typed.
    pub name: String,
    /// What to run once the name is known (the tag that asked).
    pub then: Option<UiCommand>,
    focused_once: bool,
}

impl AnalystPrompt {
    /// A prompt prefilled with `current`.
    pub fn new(current: &str, then: Option<UiCommand>) -> Self {
        AnalystPrompt {
            name: current.to_string(),
            then,
            focused_once: false,
        }
    }
}

pub(super) fn show(cx: &mut PanelContext, dialogs: &mut Dialogs, ctx: &egui::Context) {
    let Some(prompt) = dialogs.analyst.as_mut() else {
        return;
    };
    let mut ok = false;
    let mut cancel = false;
    let modal = egui::Modal::new(egui::Id::unique("analyst_name_prompt")).show(ctx, |ui| {
        ui.set_width(320.0);
        ui.heading("Your name");
        ui.label(
            "Stored on each annotation you make or change, so colleagues know who tagged what.",
        );
        let edit = ui.add(
            egui::TextEdit::singleline(&mut prompt.name)
                .hint_text("e.g. Kim Min-ji")
                .desired_width(f32::INFINITY),
        );
        if !prompt.focused_once {
            edit.request_focus();
            prompt.focused_once = true;
        }
        if edit.lost_focus() && ui.input(|i| i.key_pressed(egui::Key::Enter)) {
            ok = true;
        }
        ui.horizontal(|ui| {
            ok |= ui
                .add_enabled(!prompt.name.trim().is_empty(), egui::Button::new("OK"))
                .clicked();
            cancel |= ui.button("Cancel").clicked();
        });
    });
    if modal.should_close() {
        cancel = true;
    }
    if ok && !prompt.name.trim().is_empty() {
        let name = prompt.name.trim().to_string();
        let then = prompt.then.take();
        dialogs.analyst = None;
        cx.push(UiCommand::SetAnalyst(name));
        if let Some(command) = then {
            cx.push(command);
        }
    } else if cancel {
        dialogs.analyst = None;
        cx.info("No name given; nothing was changed");
    }
}
