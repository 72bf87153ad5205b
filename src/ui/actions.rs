//! What each [`UiCommand`] does. Project changes go through the [`Editor`], files
//! through `store` (opening and saving are in `file_actions.rs`); every failure ends
//! as one line in the status bar.
//!
//! [`Editor`]: crate::edit::Editor
//!
//! (`impl MarginaliaApp` spans this file and the runner's other files —
//! `edits.rs`, `install.rs`, `tagging.rs`, `file_actions.rs`, `save_actions.rs`,
//! `background/runner.rs`, `navigate.rs`, `input.rs`, the Export, Import and Review
//! windows' own files — because the runner is the one place that changes both the
//! application state and the panels' state; each file holds the commands of one
//! purpose so that none grows past a screenful of concerns. Panels never take the
//! app: they get a `PanelContext`.)

use crate::edit::Edit;

use super::app::MarginaliaApp;
use super::command::UiCommand;
use super::dialogs::{AfterUnsaved, PathDialog};
use super::settings::{DEFAULT_FONT_SIZE, MAX_FONT_SIZE, MIN_FONT_SIZE};

impl MarginaliaApp {
    /// Runs one command.
    pub(crate) fn run_command(&mut self, ctx: &egui::Context, command: UiCommand) {
        use UiCommand::*;
        if self.refuse_while_busy(&command) {
            return;
        }
        if self.ask_name_first(&command) {
            return;
        }
        // links (issue 13): while picking a link's other end, a click links it.
        if self.intercept_for_link(&command) {
            return;
        }
        match command {
            NewProject => self.replace_checked(AfterUnsaved::NewProject),
            Open => self.open_dialog(ctx),
            OpenPath => self.dialogs.path = Some(PathDialog::open(String::new(), None)),
            NewDocumentFromClipboard => {
                self.dialogs.awaiting_paste = true;
                ctx.send_viewport_cmd(egui::ViewportCommand::RequestPaste);
                self.set_info("Reading the clipboard…");
            }
            Save => match self.state.project_path.clone() {
                Some(path) => self.save_to(&path),
                None => self.save_as_dialog(ctx),
            },
            SaveAs => self.save_as_dialog(ctx),
            Export => self.open_export_dialog(),
            Import => self.open_import_dialog(),
            CloseDocument => self.close_document(),
            Quit => {
                if self.state.editor.is_dirty()
                    && !self.allow_close
                    && self.state.background.is_busy()
                {
                    self.refuse_busy();
                } else if self.state.editor.is_dirty() && !self.allow_close {
                    self.dialogs.unsaved = Some(AfterUnsaved::CloseWindow);
                } else {
                    ctx.send_viewport_cmd(egui::ViewportCommand::Close);
                }
            }
            Undo => self.undo(),
            Redo => self.redo(),
            DeleteAnnotation => self.delete_selected(),
            Deselect => {
                self.state.selected = None;
                // Esc after a tag from the find bar closes the bar too.
                self.find.open = false;
            }
            NextAnnotation => self.step_annotation(true),
            PreviousAnnotation => self.step_annotation(false),
            Find => self.find.show(),
            FindNext => self.step_find(true),
            FindPrevious => self.step_find(false),
            SelectFindMatch => self.select_find_match(),
            TextBigger => self.change_font_size(2.0),
            TextSmaller => self.change_font_size(-2.0),
            TextReset => {
                self.state.settings.font_size = DEFAULT_FONT_SIZE;
                self.save_settings();
            }
            ToggleTextSizeScope => {
                self.state.settings.text_size_whole_window =
                    !self.state.settings.text_size_whole_window;
                self.save_settings();
                self.set_info(if self.state.settings.text_size_whole_window {
                    "Text size now applies to the whole window"
                } else {
                    "Text size now applies to the article only"
                });
            }
            ToggleTheme => {
                self.state.settings.dark_mode = !self.state.settings.dark_mode;
                self.save_settings();
            }
            MoveEndForward => self.move_boundary(true, true),
            MoveEndBackward => self.move_boundary(true, false),
            MoveStartForward => self.move_boundary(false, true),
            MoveStartBackward => self.move_boundary(false, false),
            SetAnalystName => self.dialogs.ask_analyst(&self.state.settings.analyst, None),
            CommandPalette => self.dialogs.palette = Some(Default::default()),
            ShowShortcuts => self.dialogs.shortcuts = true,
            About => self.dialogs.about = true,
            Review => super::review::open_review(self),
            TeamSync => self.team_sync(),
            TeamHistory | TeamCompareWith => self.team_history(),
            TeamCompare(rev) => self.team_compare(rev),
            ResolveConflict(resolution) => self.resolve_merge_conflict(resolution),
            ReviewJump { doc, start, end } => self.review_jump(&doc, start, end),
            AddColleague(path) => super::review::start_add_colleague(self, path),
            ReviewClosed => self.review_closed(),
            Tag(label) => self.tag_selection(&label),
            OpenFile(path) => self.open_file(&path),
            SaveTo(path) => self.save_to(&path),
            AddTextDocument(text) => self.add_text_document(text),
            SwitchDocument(id) => self.switch_document(&id),
            SelectAnnotation(id) => self.select_annotation(id),
            SelectClicked(id) => {
                if self.state.editor.annotation(&id).is_some() {
                    self.state.selected = Some(id);
                }
            }
            UpdateAnnotation { id, change } => {
                self.apply_edit(Edit::UpdateAnnotation { id, change });
            }
            FinishAttribution(source) => self.finish_attribution(&source),
            FinishBackgroundTask => self.finish_background_task(),
            CancelBackgroundTask => self.cancel_background(),
            CommentOn { id, verdict, note } => super::review::comment_on(self, &id, verdict, &note),
            RestoreUnsaved(entry) => super::recovery_guard::restore_unsaved(self, &entry),
            MergeWithDisk(path) => super::recovery_guard::merge_disk_version(self, &path),
            ShowStatus { text, is_error } => match is_error {
                true => self.set_error(text),
                false => self.set_info(text),
            },
            SetAnalyst(name) => {
                self.set_analyst(&name);
                self.set_info(format!("Annotations will be signed “{name}”"));
            }
            DiscardUnsaved(after) => self.discard_unsaved(after),
            SaveThen(after) => self.save_then(ctx, after),
            RunExport => self.run_export(),
            BrowseExportDestination => self.browse_export_destination(ctx),
            ImportPaths(paths) => self.import_into_project(&paths),
            ReloadFromDisk(path) => {
                // The analyst's choice stands for the unsaved-changes prompt: the
                // disk version replaces the work unless it is edited meanwhile.
                let generation = self.state.editor.generation();
                self.start_open(&path, Some(generation), false);
            }
            DiscardRecovery(entry) => {
                if let Some(store) = self.state.safety.store() {
                    let _ = store.discard(&entry);
                }
            }
            RefreshSavedProjects => {
                self.state.saved_list = super::saved_projects::list(&self.state.saved_dir);
            }
            RenameProject(name) => {
                let name = name.trim().to_string();
                if name.is_empty() {
                    self.set_error("A project needs a name");
                } else if name != self.project().name {
                    self.apply_edit(Edit::RenameProject(name));
                }
            }
            // corpus (issue 12): `corpus_actions.rs`.
            c @ (ImportFolder
            | SearchCorpus
            | NextDocument
            | PreviousDocument
            | ToggleDocumentDone
            | SetDocumentMeta { .. }
            | SetDocumentDone { .. }
            | OpenSearchHit(_)
            | TagSearchHits { .. }
            | ExportSearchHits(_)
            | BrowseSearchHitsFile) => self.run_corpus_command(ctx, c),
            // codebook (issue 19): `codebook/actions.rs`.
            c @ (ShowCodebook
            | ShowProjectMemo
            | SetLabelGuide { .. }
            | SetProjectMemo(_)
            | SetDocumentMemo { .. }) => self.run_codebook_command(c),
            Sources(c) => self.run_sources_command(ctx, c), // links and sources (issue 13)
            Suggest(c) => self.run_suggest_command(c),      // issue 11: `suggestions/runner.rs`
        }
    }

    /// Before `command` runs: when it changes an annotation and no name is known
    /// yet, opens the name prompt (which runs the command after OK) and returns
    /// true: the command waits.
    pub(crate) fn ask_name_first(&mut self, command: &UiCommand) -> bool {
        if !self.state.settings.analyst.trim().is_empty()
            || !super::dialogs::needs_analyst(command, self.state.selected.is_some())
        {
            return false;
        }
        self.dialogs.ask_analyst("", Some(command.clone()));
        true
    }

    // ----- files -----

    fn add_text_document(&mut self, text: String) {
        let limit = crate::store::MAX_ARTICLE_BYTES;
        if text.len() as u64 > limit {
            self.set_error(format!(
                "The pasted text is too large ({} bytes; the limit is {limit} bytes)",
                text.len()
            ));
            return;
        }
        let (text, _) = crate::model::text::normalize(&text);
        if text.trim().is_empty() {
            self.set_error("The clipboard holds no text to make a document from");
            return;
        }
        let document =
            crate::store::document_from_text(self.project(), text, "Pasted article", None);
        let id = document.id.clone();
        let title = document.title.clone();
        if self.apply_edit(Edit::AddDocument {
            document,
            index: None,
        }) {
            self.show_document(&id);
            self.set_info(format!("New document from the clipboard: {title}"));
        }
    }

    fn close_document(&mut self) {
        let Some(id) = self.state.current_doc.clone() else {
            self.set_error("No document to close");
            return;
        };
        let index = self.project().documents.iter().position(|d| d.id == id);
        if self.apply_edit(Edit::RemoveDocument(id)) {
            let docs = &self.project().documents;
            let next = index
                .and_then(|i| docs.get(i).or_else(|| docs.last()))
                .map(|d| d.id.clone());
            self.state.current_doc = next;
            self.state.selected = None;
            self.set_info("Document closed (Ctrl+Z brings it back)");
        }
    }

    // ----- documents and selection -----

    pub(crate) fn show_document(&mut self, id: &str) {
        if self.state.current_doc.as_deref() != Some(id) {
            self.state.current_doc = Some(id.to_string());
            if self.selected_annotation().is_some_and(|a| a.doc != id) {
                self.state.selected = None;
            }
        }
    }

    pub(crate) fn switch_document(&mut self, id: &str) {
        if self.project().document(id).is_some() {
            self.show_document(id);
            if self.find.open {
                self.find
                    .refresh(self.state.editor.project(), id, self.view.visible_range(id));
            }
        } else {
            self.set_error(format!("No document '{id}' in the project"));
        }
    }

    fn select_annotation(&mut self, id: Option<String>) {
        let Some(id) = id else {
            self.state.selected = None;
            return;
        };
        let Some(a) = self.state.editor.annotation(&id) else {
            self.set_error(format!("No annotation '{id}'"));
            return;
        };
        let (doc, start) = (a.doc.clone(), a.start);
        self.show_document(&doc);
        self.view.scroll_to(&doc, start);
        self.state.selected = Some(id);
    }

    fn change_font_size(&mut self, delta: f32) {
        self.state.settings.font_size =
            (self.state.settings.clamped_font_size() + delta).clamp(MIN_FONT_SIZE, MAX_FONT_SIZE);
        self.save_settings();
    }

    // ----- find -----

    fn step_find(&mut self, forward: bool) {
        if !self.find.open {
            self.find.show();
            return;
        }
        let on_screen =
            (self.state.current_doc.as_deref()).and_then(|d| self.view.visible_range(d));
        if let Some((doc, start)) = self.find.step(forward, on_screen) {
            self.view.scroll_to(&doc, start);
        }
    }

    fn select_find_match(&mut self) {
        let Some((doc, start, end)) = self.find.current_range() else {
            self.set_error("No find match to select");
            return;
        };
        self.view.set_selection(&doc, Some((start, end)));
        self.view.scroll_to(&doc, start);
        self.find.focus_field = false;
        self.set_info("Match selected: press a label's key to tag it");
    }
}

/// `text` on one line, cut to `max` chars with an ellipsis.
pub fn elide(text: &str, max: usize) -> String {
    let one_line: String = text
        .chars()
        .map(|c| if c.is_whitespace() { ' ' } else { c })
        .collect();
    if one_line.chars().count() <= max {
        one_line
    } else {
        let mut s: String = one_line.chars().take(max.saturating_sub(1)).collect();
        s.push('…');
        s
    }
}
