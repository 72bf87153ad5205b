//! The desktop window (eframe). The only module that uses egui.
//!
//! State lives in [`MarginaliaApp`]; every action is a [`UiCommand`] pushed by a
//! panel, a menu, a shortcut or the palette and run at the end of the frame
//! (`actions.rs`). One file per panel or dialog:
//! menus, toolbar, documents panel (left), annotation list and editor (right), find
//! bar, status bar, and `dialogs/`. The article itself is drawn by
//! [`document_view`].

mod actions;
mod annotation_editor;
mod annotation_list;
mod app;
pub mod command;
pub mod dialogs;
pub mod document_view;
mod documents_panel;
pub mod export_dialog;
pub mod file_dialog;
mod find_bar;
pub mod import_dialog;
mod menus;
pub mod saved_projects;
pub mod settings;
mod status_bar;
pub mod theme;
mod toolbar;

pub mod review;

use std::path::PathBuf;
use std::process::ExitCode;

pub use actions::elide;
pub use app::{AppOptions, MarginaliaApp, SAMPLE_ARTICLE, Status};
pub use command::UiCommand;
pub use settings::{Settings, SettingsStore};

/// Opens the window, on `file` if given (a project or an article), otherwise on the
/// sample article in a new untitled project. A file that cannot be opened leaves
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
            Ok(Box::new(MarginaliaApp::new(
                file.as_deref(),
                AppOptions::user(),
            )))
        }),
    )
    .map_err(|e| anyhow::anyhow!("cannot open the window: {e}"))?;
    Ok(ExitCode::SUCCESS)
}
