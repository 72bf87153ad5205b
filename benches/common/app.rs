//! The real document view widget and the whole window, driven headless.

use std::path::Path;
use std::time::Duration;

use egui::{Pos2, Ui};
use marginalia::model::Project;
use marginalia::ui::command::UiCommand;
use marginalia::ui::document_view::{DocumentView, ViewAnnotations, ViewInput};
use marginalia::ui::{AppOptions, MarginaliaApp};

use super::frames::{Harness, SCREEN};

/// Where the pointer rests while scrolling: over the article, in the centre panel.
pub const OVER_TEXT: Pos2 = Pos2::new(SCREEN.x * 0.45, SCREEN.y * 0.5);

/// Where the pointer rests to scroll the annotation list: in the right panel.
pub const OVER_LIST: Pos2 = Pos2::new(SCREEN.x - 180.0, SCREEN.y * 0.35);

/// The real [`DocumentView`] on a project's first document, alone in the window.
pub struct ViewOnly<'p> {
    project: &'p Project,
    /// Positions of its annotations in `project.annotations`, gathered once.
    shown: Vec<usize>,
    view: DocumentView,
}

impl<'p> ViewOnly<'p> {
    /// The view of `project`'s first document, its annotations gathered once.
    pub fn new(project: &'p Project) -> Self {
        let doc = &project.documents[0];
        ViewOnly {
            project,
            shown: (project.annotations.iter().enumerate())
                .filter(|(_, a)| a.doc == doc.id)
                .map(|(i, _)| i)
                .collect(),
            view: DocumentView::new(),
        }
    }

    /// Draws the view for one frame.
    pub fn ui(&mut self, ui: &mut Ui) {
        let input = ViewInput {
            document: &self.project.documents[0],
            annotations: ViewAnnotations::new(&self.project.annotations, &self.shown),
            schema: &self.project.schema,
            selected: None,
            selected_position: None,
            find_matches: &[],
            current_match: None,
            font_size: 15.0,
            generation: 1,
            dark_mode: false,
            changes: None,
        };
        std::hint::black_box(self.view.show(ui, &input));
    }

    /// Asks the view to bring char `c` into sight on the next frame.
    pub fn jump_to(&mut self, c: usize) {
        let id = self.project.documents[0].id.clone();
        self.view.scroll_to(&id, c);
    }
}

/// The whole window (menus, panels, annotation list, document view, status line).
pub struct WholeApp {
    /// The app.
    pub app: MarginaliaApp,
    frame: eframe::Frame,
}

impl WholeApp {
    /// The window as `marginalia FILE` opens it, settings kept in `dir`.
    pub fn open(file: &Path, dir: &Path) -> Self {
        let mut app = MarginaliaApp::new(Some(file), AppOptions::for_tests(dir.to_path_buf()));
        // The file is read on a background task; the next frame puts it in place.
        app.wait_for_background();
        app.set_analyst("bench");
        let mut window = WholeApp {
            app,
            frame: eframe::Frame::_new_kittest(),
        };
        Harness::new().frame(|ui| window.ui(ui));
        assert_eq!(
            window.app.project_path(),
            Some(file),
            "the bench must draw the file, not the sample article: {}",
            window.app.status().text
        );
        window
    }

    /// Draws the window for one frame.
    pub fn ui(&mut self, ui: &mut Ui) {
        eframe::App::ui(&mut self.app, ui, &mut self.frame);
    }

    /// Asks the document view to bring char `c` of the current document into sight.
    pub fn jump_to(&mut self, c: usize) {
        if let Some(id) = self.app.current_document().map(|d| d.id.clone()) {
            self.app.view_mut().scroll_to(&id, c);
        }
    }
}

impl WholeApp {
    /// Turns suggestions on (issue 11) and waits for those of the current document,
    /// so the frames measured draw them (dashed outlines, the Suggested list).
    /// Returns how many there are.
    pub fn suggestions_on(&mut self) -> usize {
        use marginalia::ui::suggestions::SuggestCommand;
        // The settings (kept in the run's app folder) may hold them on from
        // an earlier case: toggled only when off.
        if !self.app.settings().suggestions_on {
            self.app
                .push_command(UiCommand::Suggest(SuggestCommand::Toggle));
        }
        // The toggle runs after the frame's suggestion bookkeeping: the next
        // frame starts the computation, which is then waited for.
        Harness::new().frame(|ui| self.ui(ui));
        Harness::new().frame(|ui| self.ui(ui));
        self.app.wait_for_suggestions();
        Harness::new().frame(|ui| self.ui(ui));
        self.app.suggestions().list().len()
    }

    /// Selects the annotation of the current document found at `fraction` of the
    /// project's annotations (as a click in the list or a search would): the list
    /// and the view both bring it into sight on the next frame.
    pub fn select_at(&mut self, fraction: f32) {
        let Some(doc) = self.app.current_document().map(|d| d.id.clone()) else {
            return;
        };
        let all = &self.app.project().annotations;
        let at = ((all.len() as f32 * fraction) as usize).min(all.len().saturating_sub(1));
        let id = all[at..]
            .iter()
            .chain(&all[..at])
            .find(|a| a.doc == doc)
            .map(|a| a.id.clone());
        self.app.push_command(UiCommand::SelectAnnotation(id));
    }
}

/// Opens `file` in a new window and runs frames until the first one has drawn the
/// text: the time from start to the text and its highlights on screen.
pub fn open_to_first_frame(file: &Path, dir: &Path) -> Duration {
    let started = std::time::Instant::now();
    let mut app = WholeApp::open(file, dir);
    let mut harness = Harness::new();
    // `open` read the file and put it in place (one frame); two more passes: egui
    // sizes the panels on the first.
    harness.frame(|ui| app.ui(ui));
    harness.frame(|ui| app.ui(ui));
    started.elapsed()
}
