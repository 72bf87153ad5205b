//! The application: its state (kept apart from the panels that draw it) and the
//! frame loop that draws the panels, collects [`UiCommand`]s and runs them.

use std::path::{Path, PathBuf};

use crate::edit::Editor;
use crate::model::{Annotation, Document, Project};

use super::annotation_editor::AnnotationEditorState;
use super::annotation_list::AnnotationListState;
use super::command::UiCommand;
use super::dialogs::Dialogs;
use super::document_view::{DocumentView, ViewAnnotations, ViewEvent, ViewInput};
use super::file_dialog::FileDialogTask;
use super::find_bar::FindState;
use super::settings::{Settings, SettingsStore};

/// The sample article the window opens on when given no file.
pub const SAMPLE_ARTICLE: &str = include_str!("../../assets/sample_article.md");

/// What the app is started with; tests inject a settings store in memory and a
/// temporary saved-projects folder so they never touch the real home directory.
#[derive(Debug, Clone)]
pub struct AppOptions {
    /// Where the analyst's settings live.
    pub settings: SettingsStore,
    /// The `saved_projects/` folder.
    pub saved_projects_dir: PathBuf,
    /// Use the system file dialog (rfd) for Open… and Save As…; when false the
    /// typed-path dialog is used instead (tests, or no desktop).
    pub native_dialogs: bool,
    /// Where unsaved work is autosaved and found again after a crash (`None`: no
    /// autosave, as in tests).
    pub recovery_dir: Option<PathBuf>,
    /// Time between two autosaves of unsaved work.
    pub autosave_interval: std::time::Duration,
}

impl AppOptions {
    /// The real user's settings and the default saved-projects folder.
    pub fn user() -> Self {
        AppOptions {
            settings: SettingsStore::user(),
            saved_projects_dir: super::saved_projects::default_dir(),
            native_dialogs: true,
            recovery_dir: crate::store::RecoveryStore::default_location().map(|s| s.dir),
            autosave_interval: crate::store::DEFAULT_AUTOSAVE_INTERVAL,
        }
    }

    /// Settings in memory, saving under `saved_projects_dir`, no system dialogs.
    pub fn for_tests(saved_projects_dir: impl Into<PathBuf>) -> Self {
        AppOptions {
            settings: SettingsStore::Memory,
            saved_projects_dir: saved_projects_dir.into(),
            native_dialogs: false,
            recovery_dir: None,
            autosave_interval: crate::store::DEFAULT_AUTOSAVE_INTERVAL,
        }
    }
}

/// The status line: the last thing that happened, in one line.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Status {
    /// The message.
    pub text: String,
    /// True when it reports a failure.
    pub is_error: bool,
}

/// The Marginalia window.
pub struct MarginaliaApp {
    /// The project and its undo history; every change goes through it.
    pub(crate) editor: Editor,
    /// The file the project was opened from or last saved to.
    pub(crate) project_path: Option<PathBuf>,
    /// Id of the document shown.
    pub(crate) current_doc: Option<String>,
    /// Id of the selected annotation.
    pub(crate) selected: Option<String>,
    /// Where the selected annotation was last found in `project.annotations`.
    selected_hint: std::cell::Cell<usize>,
    /// The article view (keeps per-document selection and scroll).
    pub(crate) view: DocumentView,
    /// What is remembered between runs.
    pub(crate) settings: Settings,
    pub(crate) settings_store: SettingsStore,
    /// The saved-projects folder and its `.ron` files.
    pub(crate) saved_dir: PathBuf,
    pub(crate) saved_list: Vec<PathBuf>,
    pub(crate) native_dialogs: bool,
    /// The status line.
    pub(crate) status: Status,
    /// Commands pushed this frame, run at its end.
    pub(crate) commands: Vec<UiCommand>,
    pub(crate) find: FindState,
    pub(crate) list: AnnotationListState,
    pub(crate) annotation_editor: AnnotationEditorState,
    pub(crate) dialogs: Dialogs,
    /// Counts, sources and authors, recomputed when the project changes.
    pub(crate) derived: super::derived::Derived,
    /// The current document's annotations the view draws, kept between frames.
    pub(crate) drawn: super::derived::DrawnAnnotations,
    pub(crate) file_dialog: Option<FileDialogTask>,
    /// The Review window (comparing with colleagues' projects).
    pub(crate) review: super::review::ReviewWindow,
    /// True once the analyst has chosen to close (after the unsaved-changes prompt).
    pub(crate) allow_close: bool,
    /// Autosave, recovery, no-clobber and orphans (`recovery_guard.rs`).
    pub(crate) safety: super::recovery_guard::Safety,
    /// A text field had the keyboard at the end of the last frame (egui drops the
    /// focus on Esc before the frame runs, so the Esc must still count as the
    /// field's).
    pub(crate) text_field_had_focus: bool,
    /// The project name being edited in the left panel.
    pub(crate) project_name_buffer: String,
    /// Long work running off the UI thread (open, save, import, export, review).
    pub(crate) background: super::background::Background,
    /// The egui context, once the first frame ran (to wake the window when a
    /// background task ends).
    pub(crate) egui_ctx: Option<egui::Context>,
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
        let saved_list = super::saved_projects::list(&options.saved_projects_dir);
        let mut app = MarginaliaApp {
            editor: Editor::new(Project::default()),
            project_path: None,
            current_doc: None,
            selected: None,
            selected_hint: Default::default(),
            view: DocumentView::default(),
            settings,
            settings_store: options.settings,
            saved_dir: options.saved_projects_dir,
            saved_list,
            native_dialogs: options.native_dialogs,
            status: Status::default(),
            commands: Vec::new(),
            find: FindState::default(),
            list: AnnotationListState::default(),
            annotation_editor: AnnotationEditorState::default(),
            dialogs: Dialogs::default(),
            derived: Default::default(),
            drawn: Default::default(),
            file_dialog: None,
            review: Default::default(),
            allow_close: false,
            safety: super::recovery_guard::Safety::new(
                options.recovery_dir.as_deref(),
                options.autosave_interval,
            ),
            project_name_buffer: String::new(),
            text_field_had_focus: false,
            background: Default::default(),
            egui_ctx: None,
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
                let why = app.status.text.clone();
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

    /// A new untitled project holding the sample article.
    fn start_on_sample(&mut self) {
        let mut project = Project::new("Untitled project");
        // Laid out like any Markdown article the analyst opens (no "#" marks).
        let (markdown, _) = crate::model::text::normalize(SAMPLE_ARTICLE);
        let page = crate::export::markdown::markdown_to_text(&markdown);
        let title = page.title.unwrap_or_else(|| "Sample article".into());
        let doc = Document::new(project.unique_document_id(&title), title, page.text)
            .with_origin("assets/sample_article.md");
        project.documents.push(doc);
        self.install(super::install::NewProject::saved(project, None));
        self.set_info("Sample article opened: select text and press 1, 2 or 3 to tag it");
    }

    // ----- accessors (used by the panels and by tests) -----

    /// The project as it is now.
    pub fn project(&self) -> &Project {
        self.editor.project()
    }

    /// The project with its undo history.
    pub fn editor(&self) -> &Editor {
        &self.editor
    }

    /// The file the project belongs to, if it has been saved or opened from one.
    pub fn project_path(&self) -> Option<&Path> {
        self.project_path.as_deref()
    }

    /// The document shown.
    pub fn current_document(&self) -> Option<&Document> {
        self.current_doc
            .as_deref()
            .and_then(|id| self.project().document(id))
    }

    /// The selected annotation. Panels ask for it several times a frame, so where it
    /// was last found is tried first (then the editor's id index).
    pub fn selected_annotation(&self) -> Option<&Annotation> {
        let id = self.selected.as_deref()?;
        let all = &self.project().annotations;
        if let Some(a) = all.get(self.selected_hint.get()).filter(|a| a.id == id) {
            return Some(a);
        }
        let i = self.editor.position(id)?;
        self.selected_hint.set(i);
        all.get(i)
    }

    /// The document view (per-document selection, scroll, screen positions).
    pub fn view(&self) -> &DocumentView {
        &self.view
    }

    /// The document view, mutable (tests set selections through it).
    pub fn view_mut(&mut self) -> &mut DocumentView {
        &mut self.view
    }

    /// Screen rectangle of char `offset` of the current document, once drawn.
    pub fn char_screen_rect(&self, offset: usize) -> Option<egui::Rect> {
        let doc = self.current_doc.as_deref()?;
        self.view.char_screen_rect(doc, offset)
    }

    /// The status line.
    pub fn status(&self) -> &Status {
        &self.status
    }

    /// The remembered settings.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Sets the analyst's name (as the name prompt does) and remembers it.
    pub fn set_analyst(&mut self, name: &str) {
        self.settings.analyst = name.trim().to_string();
        self.save_settings();
    }

    /// Queues a command, run at the end of the next frame.
    pub fn push_command(&mut self, command: UiCommand) {
        self.commands.push(command);
    }

    /// True when the unsaved-changes prompt is showing.
    pub fn is_asking_about_unsaved_changes(&self) -> bool {
        self.dialogs.unsaved.is_some()
    }

    /// True when the attribution source popup is showing.
    pub fn is_asking_for_source(&self) -> bool {
        self.dialogs.source.is_some()
    }

    /// The window title as it should be now.
    pub fn title(&self) -> String {
        let mark = if self.editor.is_dirty() { "● " } else { "" };
        format!("{mark}{} — Marginalia", self.project().name)
    }

    // ----- status line -----

    /// Shows an informational message in the status line.
    pub(crate) fn set_info(&mut self, text: impl Into<String>) {
        self.status = Status {
            text: text.into(),
            is_error: false,
        };
    }

    /// Shows a failure in the status line (one line).
    pub(crate) fn set_error(&mut self, text: impl Into<String>) {
        let text: String = text.into();
        self.status = Status {
            text: super::settings::one_line(&text),
            is_error: true,
        };
    }

    pub(crate) fn save_settings(&mut self) {
        if let Err(e) = self.settings_store.save(&self.settings) {
            self.set_error(e);
        }
    }

    // ----- the frame -----

    fn frame(&mut self, ui: &mut egui::Ui) {
        let ctx = ui.ctx().clone();
        if self.egui_ctx.is_none() {
            self.egui_ctx = Some(ctx.clone());
            super::fonts::install(&ctx);
        }
        self.poll_background(&ctx);
        self.apply_theme(&ctx);
        self.poll_file_dialog();
        self.handle_close_request(&ctx);
        self.handle_dropped_files(&ctx);
        self.handle_paste(&ctx);
        if !self.dialogs.any_modal_open() {
            self.handle_shortcuts(&ctx);
        }
        self.derived
            .refresh(self.editor.project(), self.editor.generation());

        egui::Panel::top("menu_bar").show(ui, |ui| {
            super::menus::menu_bar(self, ui);
            super::toolbar::toolbar(self, ui);
        });
        egui::Panel::bottom("status_bar").show(ui, |ui| super::status_bar::status_bar(self, ui));
        egui::Panel::left("documents")
            .resizable(true)
            .default_size(220.0)
            .show(ui, |ui| super::documents_panel::documents_panel(self, ui));
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
                        super::annotation_list::annotation_panel(self, ui);
                    });
            });
        let article = egui::CentralPanel::default()
            .show(ui, |ui| self.document_area(ui))
            .response
            .rect;
        super::find_bar::show(self, &ctx, article);

        super::dialogs::show_dialogs(self, &ctx);
        super::review::show_review(self, &ctx, article);
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

    fn document_area(&mut self, ui: &mut egui::Ui) {
        let Some(doc_id) = self.current_doc.clone() else {
            super::start_panel::start_panel(self, ui);
            return;
        };
        let selected_position = self.selected_annotation().map(|_| self.selected_hint.get());
        let project = self.editor.project();
        let Some(document) = project.document(&doc_id) else {
            return;
        };
        // Orphans point into a text that no longer exists: listed, not drawn.
        let drawn = self.drawn.of(
            project,
            self.editor.generation(),
            &doc_id,
            self.editor.changes(),
        );
        let annotations = ViewAnnotations::new(&project.annotations, drawn);
        let find_here = self.find.open && self.find.doc == doc_id;
        let find_matches: &[(usize, usize)] = if find_here { &self.find.matches } else { &[] };
        let input = ViewInput {
            document,
            annotations,
            schema: &project.schema,
            selected: self.selected.as_deref(),
            selected_position,
            find_matches,
            current_match: self.find.current.filter(|_| find_here),
            font_size: self.settings.article_font_size(),
            generation: self.editor.generation(),
            dark_mode: self.settings.dark_mode,
            changes: Some(self.editor.changes()),
        };
        let events = self.view.show(ui, &input);
        for event in events {
            match event {
                ViewEvent::SelectionChanged(_) => {}
                // Clicked where it is visible: select it without scrolling the view.
                ViewEvent::AnnotationClicked(id) => self.selected = Some(id),
                ViewEvent::AnnotationResized { id, start, end } => {
                    self.commands.push(UiCommand::UpdateAnnotation {
                        id,
                        change: crate::edit::AnnotationChange {
                            span: Some((start, end)),
                            ..Default::default()
                        },
                    });
                }
            }
        }
    }

    fn apply_theme(&mut self, ctx: &egui::Context) {
        if self.applied_dark_mode.is_none() {
            // Ctrl+= / Ctrl+- are the app's own (article or whole window, see
            // `Settings::text_size_whole_window`), not egui's zoom keys.
            ctx.options_mut(|o| o.zoom_with_keyboard = false);
        }
        // Text size for the whole window: egui's zoom (the article then keeps the
        // default size, which the zoom scales).
        let zoom = self.settings.zoom_factor();
        if (ctx.zoom_factor() - zoom).abs() > 1e-3 {
            ctx.set_zoom_factor(zoom);
        }
        if self.applied_dark_mode != Some(self.settings.dark_mode) {
            ctx.set_theme(if self.settings.dark_mode {
                egui::Theme::Dark
            } else {
                egui::Theme::Light
            });
            self.applied_dark_mode = Some(self.settings.dark_mode);
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
