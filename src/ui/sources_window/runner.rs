//! The runner's side of the Sources and Analytics windows: registry edits through
//! the builders of `edit::links` (one undoable edit each, annotations included),
//! the list filtered by a clicked bar, the report written as CSV.
//!
//! (Methods of [`MarginaliaApp`], like the other runner files.)

use super::SourceEdit;
use crate::edit::{
    add_alias, add_source, merge_sources, remove_alias, rename_source, set_source_kind,
};
use crate::ui::app::MarginaliaApp;

impl MarginaliaApp {
    /// Applies a change asked for in the Sources window.
    pub(crate) fn edit_sources(&mut self, change: SourceEdit) {
        let project = self.project();
        let (built, said) = match &change {
            SourceEdit::Rename { old, new } => (
                rename_source(project, old, new),
                format!("Renamed source “{old}” to “{new}”"),
            ),
            SourceEdit::Merge { from, into } => (
                merge_sources(project, from, into),
                format!("Merged source “{from}” into “{into}”"),
            ),
            SourceEdit::AddAlias { name, alias } => (
                add_alias(project, name, alias),
                format!("“{alias}” is now an alias of “{name}”"),
            ),
            SourceEdit::RemoveAlias { name, alias } => (
                remove_alias(project, name, alias),
                format!("“{alias}” is no longer an alias of “{name}”"),
            ),
            SourceEdit::SetKind { name, kind } => (
                set_source_kind(project, name, *kind),
                format!("“{name}” is now of kind {}", kind.label()),
            ),
            SourceEdit::Add { name, kind } => (
                add_source(project, name, *kind),
                format!("Added source “{name}”"),
            ),
        };
        match built {
            Ok(edit) => {
                if self.apply_edit(edit) {
                    self.set_info(format!("{said} (Ctrl+Z undoes)"));
                }
            }
            Err(e) => self.set_error(format!("Cannot change the sources: {e}")),
        }
    }

    /// Shows only the annotations attributed to `source` in the list (a click on a
    /// bar of the Analytics window), or all again.
    pub(crate) fn filter_attributed_to(&mut self, source: Option<String>) {
        match &source {
            Some(s) => self.set_info(format!(
                "The list shows what is attributed to {s} (choose “any attributed to” to see all)"
            )),
            None => self.set_info("The list shows every annotation"),
        }
        self.list.filter_attributed_to(source);
    }

    /// The save dialog's answer for the analytics' CSV: `Some(file)` becomes the
    /// destination; `None` (no dialog could be shown) keeps the typed one.
    pub(crate) fn source_report_file_picked(&mut self, picked: Option<std::path::PathBuf>) {
        match picked {
            Some(path) => {
                self.sources.analytics.csv_path = path.display().to_string();
                self.set_info("Source figures: file chosen; press Export CSV to write");
            }
            None => self.set_error(
                "No file dialog could be shown (it needs an XDG desktop portal or zenity): type the file beside \"CSV file\"",
            ),
        }
    }

    /// Writes the source report (grouped by `by`) as CSV to `path`.
    pub(crate) fn export_source_report(
        &mut self,
        path: &std::path::Path,
        by: Option<crate::analytics::Grouping>,
    ) {
        let csv = crate::analytics::source_report(self.project(), by).to_csv();
        match std::fs::write(path, csv) {
            Ok(()) => self.set_info(format!("Source figures written to {}", path.display())),
            Err(e) => self.set_error(format!("Cannot write {}: {e}", path.display())),
        }
    }
}
