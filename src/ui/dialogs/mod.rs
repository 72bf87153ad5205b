//! The small windows and popups over the main window: the attribution source popup,
//! the analyst-name prompt, the unsaved-changes prompt, the typed-path dialog, the
//! command palette, the shortcut list and About. Each lives in its own file; this one
//! holds which of them are open.

mod analyst_prompt;
mod help;
mod palette;
mod path_dialog;
mod source_popup;
mod unsaved_prompt;

use std::path::PathBuf;

pub use analyst_prompt::{AnalystPrompt, needs_analyst};
pub use palette::Palette;
pub use path_dialog::{PathDialog, PathPurpose};
pub use source_popup::{PendingAttribution, SourcePopup};

use super::command::UiCommand;
use super::state::PanelContext;
use crate::model::Project;

/// What waits for the answer to "Save changes?".
#[derive(Debug, Clone, PartialEq)]
pub enum AfterUnsaved {
    /// Close the window.
    CloseWindow,
    /// Replace the project with a new empty one.
    NewProject,
    /// Replace the project with this one, opened from this file.
    OpenProject(Box<Project>, PathBuf),
    /// Load the project at this file (in the background), then replace.
    LoadProject(PathBuf),
    /// Team ▸ Sync, once the project is saved (team, issue 14).
    Sync,
}

/// Which dialogs are open, with their state.
#[derive(Debug, Default)]
pub struct Dialogs {
    /// The attribution source popup.
    pub source: Option<SourcePopup>,
    /// The analyst-name prompt.
    pub analyst: Option<AnalystPrompt>,
    /// The unsaved-changes prompt and what waits for it.
    pub unsaved: Option<AfterUnsaved>,
    /// The typed-path dialog (Open path…, Save As without a system dialog).
    pub path: Option<PathDialog>,
    /// The command palette.
    pub palette: Option<Palette>,
    /// The keyboard-shortcut list.
    pub shortcuts: bool,
    /// The About window.
    pub about: bool,
    /// A clipboard paste was requested; the next paste becomes a document.
    pub awaiting_paste: bool,
    /// Close the window once the pending save succeeds.
    pub close_after_save: bool,
    /// What waits for the save running in the background ("Save" in the
    /// unsaved-changes prompt): carried out once it succeeds with nothing left unsaved.
    pub after_save: Option<AfterUnsaved>,
    /// File ▸ Export….
    pub export: Option<crate::ui::export_dialog::ExportDialog>,
    /// File ▸ Import….
    pub import: Option<crate::ui::import_dialog::ImportDialog>,
}

impl Dialogs {
    /// True while a dialog that takes the keyboard is open (global shortcuts pause).
    pub fn any_modal_open(&self) -> bool {
        self.source.is_some()
            || self.analyst.is_some()
            || self.unsaved.is_some()
            || self.path.is_some()
            || self.palette.is_some()
            || self.export.is_some()
            || self.import.is_some()
    }

    /// Opens the analyst-name prompt, prefilled with `current`; `then` runs after OK.
    pub fn ask_analyst(&mut self, current: &str, then: Option<UiCommand>) {
        self.analyst = Some(AnalystPrompt::new(current, then));
    }
}

/// Draws every open dialog: each reads the application state and pushes
/// commands through `cx`; `dialogs` is their own state.
pub(crate) fn show_dialogs(cx: &mut PanelContext, dialogs: &mut Dialogs, ctx: &egui::Context) {
    source_popup::show(cx, dialogs, ctx);
    analyst_prompt::show(cx, dialogs, ctx);
    unsaved_prompt::show(cx, dialogs, ctx);
    path_dialog::show(cx, dialogs, ctx);
    palette::show(cx, dialogs, ctx);
    help::show(cx, dialogs, ctx);
    crate::ui::export_dialog::show(cx, dialogs, ctx);
    crate::ui::import_dialog::show(cx, dialogs, ctx);
}
