//! The name of each [`UiCommand`] as menus, the palette and the shortcut list show it
//! (a label's commands take the label's name from the schema). Apart from the enum
//! in `mod.rs` because the list of names is long and changes with every command.

use super::UiCommand;
use crate::model::TagSchema;

impl UiCommand {
    /// The name shown in menus and the palette.
    pub fn text(&self, schema: &TagSchema) -> String {
        use UiCommand::*;
        let s = match self {
            NewProject => "New project",
            Open => "Open…",
            OpenPath => "Open path…",
            NewDocumentFromClipboard => "New document from clipboard",
            Save => "Save",
            SaveAs => "Save As…",
            Export => "Export…",
            Import => "Import…",
            CloseDocument => "Close document",
            Quit => "Quit",
            Undo => "Undo",
            Redo => "Redo",
            DeleteAnnotation => "Delete annotation",
            Deselect => "Deselect annotation",
            NextAnnotation => "Next annotation",
            PreviousAnnotation => "Previous annotation",
            Find => "Find…",
            FindNext => "Find next",
            FindPrevious => "Find previous",
            SelectFindMatch => "Select find match",
            TextBigger => "Larger text",
            TextSmaller => "Smaller text",
            TextReset => "Default text size",
            ToggleTextSizeScope => "Text size: article only / whole window",
            ToggleTheme => "Light / dark theme",
            MoveEndForward => "Move annotation end right",
            MoveEndBackward => "Move annotation end left",
            MoveStartForward => "Move annotation start right",
            MoveStartBackward => "Move annotation start left",
            SetAnalystName => "Analyst name…",
            CommandPalette => "Command palette…",
            ShowShortcuts => "Keyboard shortcuts",
            About => "About Marginalia",
            Review => "Add colleague's project…",
            TeamSync => "Sync with the team",
            TeamHistory => "History…",
            TeamCompareWith => "Compare with…",
            Tag(id) => {
                let name = schema.label(id).map_or(id.as_str(), |l| l.name.as_str());
                return format!("Tag as {name}");
            }
            OpenFile(p) => return format!("Open {}", p.display()),
            SaveTo(p) => return format!("Save to {}", p.display()),
            AddTextDocument(_) => "Add pasted text",
            SwitchDocument(_) => "Show document",
            SelectAnnotation(_) | SelectClicked(_) => "Select annotation",
            UpdateAnnotation { .. } => "Change annotation",
            FinishAttribution(_) => "Set source",
            RenameProject(_) => "Rename project",
            FinishBackgroundTask => "Finish the background task",
            CancelBackgroundTask => "Cancel the background task",
            CommentOn { .. } => "Comment on annotation",
            RestoreUnsaved(_) => "Restore unsaved work",
            MergeWithDisk(_) => "Merge with the file on disk",
            RefreshSavedProjects => "Refresh saved projects",
            ShowStatus { .. } => "Show a message",
            SetAnalyst(_) => "Set the analyst's name",
            DiscardUnsaved(_) => "Discard unsaved changes",
            SaveThen(_) => "Save, then go on",
            RunExport => "Export",
            BrowseExportDestination => "Choose the export destination",
            ImportPaths(_) => "Import files",
            ReloadFromDisk(_) => "Reload from disk",
            DiscardRecovery(_) => "Discard recovered work",
            TeamCompare(rev) => return format!("Compare with {rev}"),
            ResolveConflict(_) => "Resolve a merge conflict",
            ReviewJump { .. } => "Show the span in the article",
            AddColleague(_) => "Add a colleague's project",
            ReviewClosed => "Close the Review window",
            // corpus (issue 12)
            ImportFolder => "Import folder…",
            SearchCorpus => "Search the corpus…",
            NextDocument => "Next document",
            PreviousDocument => "Previous document",
            ToggleDocumentDone => "Mark document done / not done",
            SetDocumentMeta { .. } => "Edit document metadata",
            SetDocumentDone { .. } => "Mark document done",
            OpenSearchHit(_) => "Show search hit",
            TagSearchHits { .. } => "Tag search results",
            ExportSearchHits(_) => "Export search hits",
            BrowseSearchHitsFile => "Choose the search hits file…",
            // codebook (issue 19)
            ShowCodebook => "Codebook…",
            ShowProjectMemo => "Project memo…",
            SetLabelGuide { .. } => "Edit label guideline",
            SetProjectMemo(_) => "Edit project memo",
            SetDocumentMemo { .. } => "Edit document memo",
            Sources(c) => c.text(), // links and sources (issue 13)
            Suggest(c) => c.text(), // issue 11
        };
        s.to_string()
    }
}
