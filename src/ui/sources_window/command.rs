//! The window's commands of issue 13 (links and sources), one [`UiCommand`]
//! variant (`UiCommand::Sources`) so that the shared command list grows by one
//! line: their names, and what each one does (the runner's side).
//!
//! [`UiCommand`]: crate::ui::UiCommand

use std::path::PathBuf;

use super::SourceEdit;
use crate::analytics::Grouping;
use crate::edit::Edit as ProjectEdit;
use crate::model::Link;
use crate::ui::app::MarginaliaApp;

/// One action on links or sources.
#[derive(Debug, Clone, PartialEq)]
pub enum SourcesCommand {
    /// Link the selected annotation: pick the other end next (L).
    StartLink,
    /// ↑/↓ while picking a link's other end (true: down).
    PickStep(bool),
    /// Enter while picking: link the candidate.
    PickConfirm,
    /// Esc while picking.
    PickCancel,
    /// Link the selected annotation to this one at once (Ctrl+click on it).
    LinkSelectedTo(String),
    /// Remove this link (undoable).
    RemoveLink(Link),
    /// Show the Sources window (the registry).
    ShowSources,
    /// Show the Source analytics window.
    ShowAnalytics,
    /// Change the source registry (the Sources window; undoable).
    Edit(SourceEdit),
    /// Show only annotations attributed to this source in the list (None: all).
    FilterAttributedTo(Option<String>),
    /// Choose the analytics' CSV file in the system dialog (Browse…).
    BrowseReportFile,
    /// Write the source figures, grouped so, as CSV to this file.
    ExportReport {
        /// The file.
        path: PathBuf,
        /// The grouping.
        by: Option<Grouping>,
    },
}

impl SourcesCommand {
    /// The name shown in menus and the palette.
    pub fn text(&self) -> &'static str {
        use SourcesCommand::*;
        match self {
            StartLink => "Link annotation to…",
            PickStep(_) => "Next link candidate",
            PickConfirm => "Link the candidate",
            PickCancel => "Cancel linking",
            LinkSelectedTo(_) => "Link the selected annotation to this one",
            RemoveLink(_) => "Remove link",
            ShowSources => "Sources…",
            ShowAnalytics => "Source analytics…",
            Edit(_) => "Change the source registry",
            FilterAttributedTo(_) => "Filter by attributed source",
            BrowseReportFile => "Choose the source figures file…",
            ExportReport { .. } => "Export source figures",
        }
    }
}

impl MarginaliaApp {
    /// Runs one command of links and sources.
    pub(crate) fn run_sources_command(&mut self, ctx: &egui::Context, command: SourcesCommand) {
        use SourcesCommand::*;
        match command {
            StartLink => self.start_link(),
            PickStep(forward) => self.step_link(forward),
            PickConfirm => self.confirm_link(),
            PickCancel => self.cancel_link(),
            LinkSelectedTo(id) => self.link_selected_to(&id),
            RemoveLink(link) => {
                self.apply_edit(ProjectEdit::RemoveLink(link));
            }
            ShowSources => self.sources.registry.open = true,
            ShowAnalytics => self.sources.analytics.open = true,
            Edit(change) => self.edit_sources(change),
            FilterAttributedTo(source) => self.filter_attributed_to(source),
            BrowseReportFile => {
                let typed = self.sources.analytics.csv_path.clone();
                self.browse_save_file(
                    ctx,
                    crate::ui::file_dialog::DialogPurpose::SourceReportFile,
                    &typed,
                    "Type where to write the CSV beside \"CSV file\"",
                    "Choose where to write the source figures in the dialog…",
                );
            }
            ExportReport { path, by } => self.export_source_report(&path, by),
        }
    }
}
