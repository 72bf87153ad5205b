//! The application: its state (kept apart from the panels that draw it) and the
//! frame loop that draws the panels, collects [`UiCommand`]s and runs them.
//!
//! The `impl MarginaliaApp` is spread by purpose, one file per kind of work, each
//! saying at its top what it holds: the read accessors for tests in `app_access.rs`,
//! what each command does in `actions.rs` (and the `*_actions.rs` / `runner.rs`
//! files of each feature), edits and undo in `edits.rs`, the one place a new project
//! enters in `install.rs`. This file keeps the struct, its construction and the frame.

use std::path::{Path, PathBuf};

use crate::model::Project;

pub use super::options::AppOptions;
use super::state::PanelContext;
pub use super::state::{AppState, Status};

use super::annotation_editor::AnnotationEditorState;
use super::annotation_list::AnnotationListState;
use super::command::UiCommand;
use super::dialogs::Dialogs;
use super::document_view::DocumentView;
use super::file_dialog::FileDialogTask;
use super::find_bar::FindState;

/// The sample article the window opens on when given no file.
pub const SAMPLE_ARTICLE: &str = include_str!("../../assets/sample_article.md");

/// The Marginalia window: the application state every panel reads, the commands
/// pushed this frame, and each panel's own state.
pub struct MarginaliaApp {
    /// What the panels read and only the end-of-frame runner changes.
    pub(crate) state: AppState,
    /// Commands pushed this frame, run at its end.
    pub(crate) commands: Vec<UiCommand>,
    /// The article view (keeps per-document selection and scroll).
    pub(crate) view: DocumentView,
    /// The find bar.
    pub(crate) find: FindState,
    /// The annotation list's filters and rows.
    pub(crate) list: AnnotationListState,
    /// The selected annotation's editor (its text buffers).
    pub(crate) annotation_editor: AnnotationEditorState,
    /// The dialogs and prompts.
    pub(crate) dialogs: Dialogs,
    /// The current document's annotations the view draws, kept between frames.
    pub(crate) drawn: super::derived::DrawnAnnotations,
    /// The system file dialog, while it is open.
    pub(crate) file_dialog: Option<FileDialogTask>,
    /// The Review window (comparing with colleagues' projects).
    pub(crate) review: super::review::ReviewWindow,
    /// The Team menu's History window (git work trees).
    pub(crate) team: super::team::TeamWindow,
    /// The Sources and Source analytics windows (issue 13).
    pub(crate) sources: super::sources_window::SourcesWindows,
    /// True once the analyst has chosen to close (after the unsaved-changes prompt).
    pub(crate) allow_close: bool,
    /// A text field had the keyboard at the end of the last frame (egui drops the
    /// focus on Esc before the frame runs, so the Esc must still count as the
    /// field's).
    pub(crate) text_field_had_focus: bool,
    /// Left panel (project name, documents table, metadata), search, import summary.
    pub(crate) corpus: super::corpus_actions::CorpusPanels,
    /// The safety net's prompts (restore, changed on disk, orphans).
    pub(crate) safety_prompts: super::recovery_guard::SafetyPrompts,
    /// The Codebook and Project memo windows, and the document memo box (issue 19).
    pub(crate) codebook: super::codebook::CodebookWindows,
    /// Suggestions of the document shown, their computation, the rules window
    /// (issue 11).
    pub(crate) suggestions: super::suggestions::SuggestionsState,
    /// Theme and title as last sent to the window, to send only changes.
    last_title: String,
    applied_dark_mode: Option<bool>,
}

impl MarginaliaApp {
    /// The app on `file` (a project or an article), or on the sample article when
    /// `file` is `None`. A file that cannot be opened leaves the sample article
    /// open and its reason in the status line.
    pub fn new(file: Option<&Path>, options: AppOptions) -> Self {
        let (settings, settings_note) = options.settings.load();
        let safety = super::recovery_guard::Safety::new(
            options.recovery_dir.as_deref(),
            options.autosave_interval,
        );
        let state = AppState::new(
            settings,
            options.settings,
            options.saved_projects_dir,
            options.native_dialogs,
            safety,
        );
        let safety_prompts = super::recovery_guard::SafetyPrompts::new(state.safety.store());
        let mut app = MarginaliaApp {
            state,
            commands: Vec::new(),
            view: DocumentView::default(),
            find: FindState::default(),
            list: AnnotationListState::default(),
            annotation_editor: AnnotationEditorState::default(),
            dialogs: Dialogs::default(),
            drawn: Default::default(),
            file_dialog: None,
            review: Default::default(),
            team: Default::default(),
            sources: Default::default(),
            allow_close: false,
            corpus: Default::default(),
            safety_prompts,
            text_field_had_focus: false,
            codebook: Default::default(), // codebook (issue 19)
            suggestions: Default::default(),
            last_title: String::new(),
            applied_dark_mode: None,
        };
        app.start_on_sample();
        if let Some(note) = settings_note {
            app.set_error(note);
        }
        if let Some(path) = file
            && super::import_dialog::wants_import(path)
        {
            // A JSONL file or a brat folder is prior work: imported into a new project
            // named after it (not shown as raw JSON text).
            let name = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| "Imported project".into());
            app.replace_project_silently(Project::new(name), None);
            app.import_now(&[path.to_path_buf()]);
            if app.project().documents.is_empty() {
                let why = app.state.status.text.clone();
                eprintln!("marginalia: {why}");
                app.start_on_sample();
                app.set_error(why);
            }
        } else if let Some(path) = file {
            // Read off the UI thread: the window shows the sample article and the
            // progress bar until the file arrives (tests: `wait_for_background`).
            app.start_open(path, None, true);
        }
        app
    }

    /// The app on `project` (already loaded or built), as if opened from `path`.
    /// For tests and for callers that make a project themselves (import, recovery).
    pub fn with_project(project: Project, path: Option<PathBuf>, options: AppOptions) -> Self {
        let mut app = MarginaliaApp::new(None, options);
        app.replace_project_silently(project, path);
        app.set_info(format!("Opened “{}”", app.project().name));
        app
    }

    /// The application state to read and the command queue, for one panel.
    pub(crate) fn panel_context(&mut self) -> PanelContext<'_> {
        PanelContext::new(&self.state, &mut self.commands)
    }

    // ----- status line (the runner's shorthand for `state.set_info` …) -----

    /// Shows an informational message in the status line.
    pub(crate) fn set_info(&mut self, text: impl Into<String>) {
        self.state.set_info(text);
    }

    /// Shows a failure in the status line (one line).
    pub(crate) fn set_error(&mut self, text: impl Into<String>) {
        self.state.set_error(text);
    }

    pub(crate) fn save_settings(&mut self) {
        self.state.save_settings();
    }

    // ----- the frame -----

    fn frame(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if self.state.egui_ctx.is_none() {
            self.state.egui_ctx = Some(ctx.clone());
            super::fonts::install(&ctx);
        }
        self.poll_background(&ctx);
        self.follow_suggestions(&ctx); // issue 11
        self.follow_git_root(&ctx);
        super::review::follow_review(self, &ctx);
        self.apply_theme(&ctx);
        self.poll_file_dialog();
        self.handle_close_request(&ctx);
        self.handle_dropped_files(&ctx);
        self.handle_paste(&ctx);
        if !self.dialogs.any_modal_open() {
            self.handle_link_keys(&ctx); // links (issue 13): ↑/↓/Enter/Esc while picking
            self.handle_shortcuts(&ctx);
        }
        self.state
            .derived
            .refresh(self.state.editor.project(), self.state.editor.generation());
        let known = &self.state.derived.known_sources;
        self.state.links.refresh(&self.state.editor, known);

        egui::Panel::top("menu_bar").show(ui, |ui| {
            let mut cx = self.panel_context();
            super::menus::menu_bar(&mut cx, ui);
            super::toolbar::toolbar(&mut cx, ui);
        });
        egui::Panel::bottom("status_bar").show(ui, |ui| {
            super::status_bar::status_bar(&mut self.panel_context(), ui)
        });
        super::corpus_actions::show_search_and_summary(self, ui);
        egui::Panel::left("documents")
            .resizable(true)
            .default_size(480.0)
            .show(ui, |ui| {
                let mut cx = PanelContext::new(&self.state, &mut self.commands);
                super::documents_panel::documents_panel(&mut cx, &mut self.corpus.documents, ui)
            });
        egui::Panel::right("annotations")
            .resizable(true)
            .default_size(360.0)
            .show(ui, |ui| {
                // Content wider than the panel (a long editor row) must not widen it:
                // the article would reflow under the mouse. Text wraps; anything
                // else is clipped at the panel's edge (a horizontal scroll area
                // without a bar, which does not grow to fit its content).
                ui.style_mut().wrap_mode = Some(egui::TextWrapMode::Wrap);
                egui::ScrollArea::horizontal()
                    .id_salt("annotations_panel_clip")
                    .auto_shrink([false, false])
                    .scroll_bar_visibility(egui::scroll_area::ScrollBarVisibility::AlwaysHidden)
                    .show(ui, |ui| {
                        ui.set_max_width(ui.clip_rect().width());
                        let mut cx = PanelContext::new(&self.state, &mut self.commands);
                        super::suggestions::list::suggested_section(&mut cx, &self.suggestions, ui); // issue 11
                        super::annotation_list::annotation_panel(
                            &mut cx,
                            &mut self.list,
                            &mut self.annotation_editor,
                            ui,
                        );
                    });
            });
        let article = egui::CentralPanel::default()
            .show(ui, |ui| {
                let mut cx = PanelContext::new(&self.state, &mut self.commands);
                super::article_panel::article_panel(
                    &mut cx,
                    &mut self.view,
                    &mut self.drawn,
                    &self.find,
                    ui,
                )
            })
            .response
            .rect;
        let modal_open = self.dialogs.any_modal_open();
        super::find_bar::show(
            &mut PanelContext::new(&self.state, &mut self.commands),
            &mut self.find,
            &mut self.view,
            modal_open,
            &ctx,
            article,
        );

        super::dialogs::show_dialogs(
            &mut PanelContext::new(&self.state, &mut self.commands),
            &mut self.dialogs,
            &ctx,
        );
        let mut cx = PanelContext::new(&self.state, &mut self.commands);
        super::review::show_review(&mut cx, &mut self.review, &ctx, article);
        super::team::show_history(&mut cx, &mut self.team, &ctx);
        super::codebook::show(&mut cx, &mut self.codebook, &ctx); // codebook (issue 19)
        super::sources_window::show_windows(&mut cx, &mut self.sources, &ctx); // issue 13
        super::suggestions::rules_window::show(&mut cx, &mut self.suggestions.rules, &ctx); // issue 11
        super::recovery_guard::tick(self, &ctx);

        let commands = std::mem::take(&mut self.commands);
        for command in commands {
            self.run_command(&ctx, command);
        }
        // The panic hook follows the project edited by those commands at once.
        super::recovery_guard::refresh_rescue(self);
        self.update_title(&ctx);
        self.text_field_had_focus = ctx.text_edit_focused();
    }

    fn apply_theme(&mut self, ctx: &egui::Context) {
        if self.applied_dark_mode.is_none() {
            // Ctrl+= / Ctrl+- are the app's own (article or whole window, see
            // `Settings::text_size_whole_window`), not egui's zoom keys.
            ctx.options_mut(|o| o.zoom_with_keyboard = false);
        }
        // Text size for the whole window: egui's zoom (the article then keeps the
        // default size, which the zoom scales).
        let zoom = self.state.settings.zoom_factor();
        if (ctx.zoom_factor() - zoom).abs() > 1e-3 {
            ctx.set_zoom_factor(zoom);
        }
        if self.applied_dark_mode != Some(self.state.settings.dark_mode) {
            ctx.set_theme(if self.state.settings.dark_mode {
                egui::Theme::Dark
            } else {
                egui::Theme::Light
            });
            self.applied_dark_mode = Some(self.state.settings.dark_mode);
        }
    }

    fn update_title(&mut self, ctx: &egui::Context) {
        let title = self.title();
        if title != self.last_title {
            ctx.send_viewport_cmd(egui::ViewportCommand::Title(title.clone()));
            self.last_title = title;
        }
    }
}

impl eframe::App for MarginaliaApp {
    fn ui(&mut self, ui: &mut egui::Ui, _frame: &mut eframe::Frame) {
        self.frame(ui);
    }
}
