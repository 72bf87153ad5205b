//! The desktop window (eframe). The only module that uses egui.
//!
//! The application state is [`AppState`] (`state.rs`), held by [`MarginaliaApp`]
//! beside each panel's own state. Panels draw with a `PanelContext` (the state
//! read-only and the command queue): every action is a [`UiCommand`] pushed by a
//! panel, a menu, a shortcut, a dialog or the palette and run at the end of the
//! frame (`actions.rs`), the only code that changes the state. One file per panel
//! or dialog: menus, toolbar, documents panel (left), annotation list and editor
//! (right), find bar, status bar, and `dialogs/`. The article is drawn by
//! `article_panel.rs` with the [`document_view`] widget.
//!
//! Adding a feature window (Export, Import, Review, a recovery prompt):
//! 1. a variant in [`UiCommand`] with its `text`, optional `shortcut`, and a place in
//!    `UiCommand::listed` — the menus, the palette and the shortcut list follow;
//! 2. its state as a field of [`dialogs::Dialogs`] and its drawing in a new file
//!    `dialogs/<name>.rs` (`pub(super) fn show(cx, dialogs, ctx)`), called from
//!    `dialogs::show_dialogs`; add it to `Dialogs::any_modal_open` if it takes the
//!    keyboard;
//! 3. the command handled in `actions.rs` (usually: open the dialog);
//! 4. a menu entry in `menus.rs`: `entry(cx, ui, UiCommand::YourCommand)`.
//!
//! Panels never change the project: they push a [`UiCommand`], and the runner at the
//! end of the frame (`actions.rs`) applies it through `app.apply_edit` (the editor
//! returns a change record the caches follow; refusals go to the status line). A new
//! project enters only through `install.rs`. Files go through `store`; tests build the app
//! with [`MarginaliaApp::new`] / [`MarginaliaApp::with_project`] and
//! [`AppOptions::for_tests`] and drive it with egui_kittest (see `tests/ui_app.rs`).

mod actions;
mod annotation_editor;
mod annotation_list;
mod app;
mod app_access;
mod article_panel;
pub mod background;
mod browse_save;
#[cfg(test)]
mod cache_tests;
mod codebook; // codebook (issue 19)
pub mod command;
mod corpus_actions;
pub mod derived;
pub mod dialogs;
pub mod document_view;
mod documents_panel;
mod edit_status;
mod edits;
pub mod export_dialog;
mod file_actions;
pub mod file_dialog;
mod find_bar;
pub mod fonts;
pub mod import_dialog;
pub mod import_folder;
mod input;
mod install;
mod links;
mod memo; // codebook (issue 19)
mod menus;
mod navigate;
mod options;
pub mod recovery_guard;
/// Kept here for callers of the old path; the folder logic needs no window.
pub use crate::store::saved_projects;
pub mod settings;
pub mod source_field;
pub mod sources_window;
mod start_panel;
pub mod state;
mod status_bar;
pub mod suggestions; // issue 11
mod tagging;
pub mod team;
pub mod theme;
mod toolbar;

pub mod review;
mod save_actions;
mod search_panel;

use std::path::PathBuf;
use std::process::ExitCode;

pub use actions::elide;
pub use app::{AppOptions, MarginaliaApp, SAMPLE_ARTICLE};
pub use command::UiCommand;
pub use corpus_actions::CorpusPanels;
pub use settings::{Settings, SettingsStore};
pub use state::{AppState, Status};

/// Opens the window, on `file` if given (a project or an article), otherwise on the
/// last project worked on (the newest project file in the recent files that still
/// exists), otherwise on the sample article in a new untitled project. A file that cannot be opened leaves
/// the window open with the reason in the status line (and on stderr).
pub fn run(file: Option<PathBuf>) -> anyhow::Result<ExitCode> {
    let options = eframe::NativeOptions {
        viewport: egui::ViewportBuilder::default()
            .with_title("Marginalia")
            .with_app_id("marginalia")
            .with_inner_size([1280.0, 800.0])
            .with_min_inner_size([720.0, 420.0])
            .with_drag_and_drop(true),
        ..Default::default()
    };
    eframe::run_native(
        "Marginalia",
        options,
        Box::new(move |_cc| {
            let options = AppOptions::user();
            let file = file.or_else(|| options.settings.load().0.last_project());
            let store = options
                .recovery_dir
                .clone()
                .map(crate::store::RecoveryStore::new);
            let app = MarginaliaApp::new(file.as_deref(), options);
            // A panic writes the newest unsaved work before the process ends.
            if let Some(store) = store {
                crate::store::install_panic_hook(store, app.state.safety.rescue.clone());
            }
            Ok(Box::new(app))
        }),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))?;
    Ok(ExitCode::SUCCESS)
}
