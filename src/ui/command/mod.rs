//! Every action of the window is a [`UiCommand`]. One list feeds the menus, the
//! keyboard shortcuts and the command palette; panels push commands and the app runs
//! them at the end of the frame.
//!
//! To add a command: add a variant, give it a [`UiCommand::text`] (and a shortcut in
//! [`UiCommand::shortcut`] if it has one), list it in [`UiCommand::listed`], and handle
//! it in `actions.rs`. Menus and the palette pick it up from the list.

use std::path::PathBuf;

use crate::edit::AnnotationChange;
use crate::model::{DocumentMeta, TagSchema, Verdict};
use crate::store::RecoveryEntry;
use crate::team::Resolution;
use crate::ui::dialogs::AfterUnsaved;
use crate::ui::sources_window::SourcesCommand;

/// One thing the analyst can ask the window to do.
#[derive(Debug, Clone, PartialEq)]
pub enum UiCommand {
    /// Start a new, empty project.
    NewProject,
    /// Open a project or article with the system file dialog.
    Open,
    /// Open by typing a path (also lists saved projects and recent files).
    OpenPath,
    /// Paste the clipboard as a new document.
    NewDocumentFromClipboard,
    /// Save the project to its file (Save As when it has none).
    Save,
    /// Save the project to a new file.
    SaveAs,
    /// Export labeled spans (jsonl, csv, brat, w3c, conll).
    Export,
    /// Import JSONL, brat or articles into the project.
    Import,
    /// Remove the current document (and its annotations) from the project.
    CloseDocument,
    /// Close the window (asks first when there are unsaved changes).
    Quit,
    /// Undo the last change.
    Undo,
    /// Redo the last undone change.
    Redo,
    /// Delete the selected annotation.
    DeleteAnnotation,
    /// Deselect the selected annotation.
    Deselect,
    /// Select the next annotation in the document (after the selected one, or the
    /// first from the top of the screen).
    NextAnnotation,
    /// Select the previous annotation in the document.
    PreviousAnnotation,
    /// Show the find bar.
    Find,
    /// Go to the next find match.
    FindNext,
    /// Go to the previous find match.
    FindPrevious,
    /// Make the current find match the text selection, ready to tag.
    SelectFindMatch,
    /// Larger text.
    TextBigger,
    /// Smaller text.
    TextSmaller,
    /// Default text size.
    TextReset,
    /// Switch what the text size applies to: the article only or the whole window.
    ToggleTextSizeScope,
    /// Switch between the light and the dark theme.
    ToggleTheme,
    /// Move the selected annotation's end one word right.
    MoveEndForward,
    /// Move the selected annotation's end one word left.
    MoveEndBackward,
    /// Move the selected annotation's start one word right.
    MoveStartForward,
    /// Move the selected annotation's start one word left.
    MoveStartBackward,
    /// Change the analyst's name.
    SetAnalystName,
    /// Show the command palette.
    CommandPalette,
    /// Show the list of keyboard shortcuts.
    ShowShortcuts,
    /// Show what Marginalia is.
    About,
    /// Open the Review window to compare the project with a colleague's.
    Review,
    // --- team (issue 14): shown in the Team menu when the project is in git ---
    /// Commit the saved project, pull colleagues' work (merged by identity), push.
    TeamSync,
    /// Show the commits that touched the project (who, when, annotations).
    TeamHistory,
    /// Ask which commit or branch to compare the project with.
    TeamCompareWith,
    /// Tag the text selection with the label of this id.
    Tag(String),
    // --- commands with data, pushed by panels (not listed in menus) ---
    /// Open this file (project or article).
    OpenFile(PathBuf),
    /// Save the project to this file.
    SaveTo(PathBuf),
    /// Add this text (pasted) as a new document.
    AddTextDocument(String),
    /// Show this document.
    SwitchDocument(String),
    /// Select this annotation (or none) and scroll the view to it.
    SelectAnnotation(Option<String>),
    /// Select this annotation, clicked in the article where it is visible (the
    /// view does not scroll).
    SelectClicked(String),
    /// Change the label, source, note or bounds of an annotation.
    UpdateAnnotation {
        /// The annotation.
        id: String,
        /// What changes.
        change: AnnotationChange,
    },
    /// Create the annotation waiting for its source, with this source.
    FinishAttribution(String),
    /// Rename the project (undoable).
    RenameProject(String),
    /// Apply the outcome of the background task that just ended (pushed by the
    /// runner, `background.rs`).
    FinishBackgroundTask,
    /// Cancel the background task (its progress bar's Cancel button; Esc too).
    CancelBackgroundTask,
    /// Agree with or dispute a colleague's annotation, with a note (undoable).
    CommentOn {
        /// The annotation.
        id: String,
        /// Agree or dispute.
        verdict: Verdict,
        /// Why.
        note: String,
    },
    /// Put this work, saved by autosave before a crash, back in the window.
    RestoreUnsaved(RecoveryEntry),
    /// Merge the work with the project file as it is on disk now.
    MergeWithDisk(PathBuf),
    /// List the saved-projects folder again.
    RefreshSavedProjects,
    // --- pushed by dialogs and prompts (the runner acts for them) ---
    /// Show this message in the status line.
    ShowStatus {
        /// The message.
        text: String,
        /// True when it reports a failure.
        is_error: bool,
    },
    /// Set the analyst's name (the name prompt's OK) and remember it.
    SetAnalyst(String),
    /// "Discard" in the unsaved-changes prompt: drop the unsaved work's recovery
    /// file, then do what waited.
    DiscardUnsaved(AfterUnsaved),
    /// "Save" in the unsaved-changes prompt: save, then do what waited.
    SaveThen(AfterUnsaved),
    /// Run the export the Export dialog describes.
    RunExport,
    /// Choose the export destination with the system dialog.
    BrowseExportDestination,
    /// Import these files and folders into the project (the Import dialog).
    ImportPaths(Vec<PathBuf>),
    /// "Reload from disk" in the changed-on-disk prompt: read this file again,
    /// replacing the work unless it is edited meanwhile.
    ReloadFromDisk(PathBuf),
    /// "Discard" in the restore prompt: remove this recovery file.
    DiscardRecovery(RecoveryEntry),
    // --- team (issue 14) ---
    /// Open the Review window on the project against its version at this commit
    /// or branch.
    TeamCompare(String),
    /// Resolve a merge conflict (the Review window's buttons; undoable).
    ResolveConflict(Resolution),
    // --- pushed by the Review window (issue 10: a panel like the others) ---
    /// Show and select this span of a review corpus document in the main view.
    ReviewJump {
        /// Document id in the review corpus.
        doc: String,
        /// First char.
        start: usize,
        /// One past the last char.
        end: usize,
    },
    /// Load this colleague's project into the review, in the background.
    AddColleague(PathBuf),
    /// The Review window was closed.
    ReviewClosed,
    // --- corpus (issue 12): documents table, metadata, import folder, search ---
    /// Import a folder of articles (system folder dialog, else a typed path).
    ImportFolder,
    /// Show the corpus search panel (Ctrl+Shift+F).
    SearchCorpus,
    /// Show the next document of the documents table (its order and filters).
    NextDocument,
    /// Show the previous document of the documents table.
    PreviousDocument,
    /// Mark the current document done (or not done any more) for the analyst.
    ToggleDocumentDone,
    /// Replace a document's metadata (undoable).
    SetDocumentMeta {
        /// The document.
        doc: String,
        /// The new metadata.
        meta: Box<DocumentMeta>,
    },
    /// Mark a document done or not for the analyst (undoable).
    SetDocumentDone {
        /// The document.
        doc: String,
        /// Done or not.
        done: bool,
    },
    /// Show search hit number `.0` of the search panel, its match selected.
    OpenSearchHit(usize),
    /// Tag every hit of the search panel with this label (and source), one undo step.
    TagSearchHits {
        /// The label id.
        label: String,
        /// The source, for labels that take one.
        source: Option<String>,
        /// Only the hits checked in the panel, not every hit.
        checked_only: bool,
    },
    /// Write every hit of the search panel to this file as JSONL.
    ExportSearchHits(String),
    /// Choose the search panel's hits file in the system save dialog.
    BrowseSearchHitsFile,
    // --- end corpus ---
    // --- codebook (issue 19): the labels' guidelines and the memos ---
    /// Show the Codebook window (each label's description and example).
    ShowCodebook,
    /// Show the Project memo window.
    ShowProjectMemo,
    /// Set a label's guideline (undoable).
    SetLabelGuide {
        /// The label's id.
        label: String,
        /// When to use it.
        description: String,
        /// An example span.
        example: String,
    },
    /// Set the project memo (undoable).
    SetProjectMemo(String),
    /// Set a document's memo (undoable).
    SetDocumentMemo {
        /// The document.
        doc: String,
        /// The memo.
        memo: String,
    },
    // --- end codebook ---
    // --- links and sources (issue 13): `ui/sources_window/command.rs` ---
    /// Link, pick, unlink; the Sources and Analytics windows.
    Sources(crate::ui::sources_window::SourcesCommand),
    // --- end links and sources ---
    /// Suggestions (issue 11): toggle, accept, reject, step, accept all, rules
    /// (`ui/suggestions/command.rs`).
    Suggest(crate::ui::suggestions::SuggestCommand),
}

impl UiCommand {
    /// The commands shown in the menus, the palette and the shortcut list, in order:
    /// the fixed ones plus one Tag command per label of `schema`.
    pub fn listed(schema: &TagSchema) -> Vec<UiCommand> {
        use UiCommand::*;
        let mut all = vec![
            NewProject,
            Open,
            OpenPath,
            NewDocumentFromClipboard,
            Save,
            SaveAs,
            Export,
            Import,
            CloseDocument,
            Quit,
            Undo,
            Redo,
            DeleteAnnotation,
            Deselect,
            NextAnnotation,
            PreviousAnnotation,
            Find,
            FindNext,
            FindPrevious,
            SelectFindMatch,
            MoveEndForward,
            MoveEndBackward,
            MoveStartForward,
            MoveStartBackward,
            TextBigger,
            TextSmaller,
            TextReset,
            ToggleTextSizeScope,
            ToggleTheme,
            SetAnalystName,
            CommandPalette,
            ShowShortcuts,
            About,
            Review,
            TeamSync,
            TeamHistory,
            TeamCompareWith,
            // corpus (issue 12)
            ImportFolder,
            SearchCorpus,
            NextDocument,
            PreviousDocument,
            ToggleDocumentDone,
            // codebook (issue 19)
            ShowCodebook,
            ShowProjectMemo,
            // links and sources (issue 13)
            Sources(SourcesCommand::StartLink),
            Sources(SourcesCommand::ShowSources),
            Sources(SourcesCommand::ShowAnalytics),
        ];
        all.extend(crate::ui::suggestions::SuggestCommand::LISTED.map(Suggest)); // issue 11
        all.extend(schema.labels.iter().map(|l| Tag(l.id.clone())));
        all
    }

    /// True for commands that change nothing unless an annotation is selected; their
    /// keys are left to other widgets otherwise.
    pub fn needs_selected_annotation(&self) -> bool {
        use UiCommand::*;
        matches!(
            self,
            DeleteAnnotation
                | Deselect
                | MoveEndForward
                | MoveEndBackward
                | MoveStartForward
                | MoveStartBackward
                | Sources(SourcesCommand::StartLink)
        )
    }
}

mod shortcuts;
mod text;

pub use shortcuts::shortcut_table;
