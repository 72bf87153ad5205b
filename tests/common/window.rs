//! The real window under egui_kittest (no display) and the helpers that wait for
//! its background work.

use std::path::{Path, PathBuf};

use egui_kittest::Harness;
use marginalia::model::Project;
use marginalia::ui::{AppOptions, MarginaliaApp};

/// What the window starts on.
pub enum Start {
    /// The sample article in a new untitled project.
    Sample,
    /// A file given on the command line (read in the background).
    File(PathBuf),
    /// A project already in memory, as if opened from the path.
    Project(Box<Project>, Option<PathBuf>),
}

/// The window size most tests use.
pub const SIZE: egui::Vec2 = egui::vec2(1280.0, 800.0);

/// The window on `start` with `options`, in a `size` window, once what it reads
/// at start has arrived. The test fonts have no Hangul or emoji (the real window
/// loads system fonts): missing glyphs are allowed.
pub fn window_sized(
    size: egui::Vec2,
    options: AppOptions,
    start: Start,
) -> Harness<'static, MarginaliaApp> {
    let mut h = Harness::builder()
        .with_size(size)
        .allow_missing_glyphs()
        .build_eframe(move |_cc| match start {
            Start::Sample => MarginaliaApp::new(None, options),
            Start::File(file) => MarginaliaApp::new(Some(&file), options),
            Start::Project(p, path) => MarginaliaApp::with_project(*p, path, options),
        });
    // A file given at start is read in the background.
    h.state_mut().wait_for_background();
    h.run_steps(3);
    h
}

/// [`window_sized`] in a 1280×800 window.
pub fn window(options: AppOptions, start: Start) -> Harness<'static, MarginaliaApp> {
    window_sized(SIZE, options, start)
}

/// The window with test options (settings in memory, saved projects in `dir`) on
/// `file` or on the sample article, the analyst's name set to `analyst`.
pub fn window_in(
    dir: &Path,
    file: Option<&Path>,
    analyst: Option<&str>,
) -> Harness<'static, MarginaliaApp> {
    let start = match file {
        Some(f) => Start::File(f.to_path_buf()),
        None => Start::Sample,
    };
    let mut h = window(AppOptions::for_tests(dir.to_path_buf()), start);
    if let Some(name) = analyst {
        h.state_mut().set_analyst(name);
    }
    h
}

/// Waits for the background task running now (open, save, import, export, review)
/// and has its outcome applied on the next frame.
pub fn wait_for_background(h: &mut Harness<'_, MarginaliaApp>) {
    h.state_mut().wait_for_background();
}

/// Runs the frame that starts background work (the commands pushed so far), waits
/// for that work and applies its outcome.
pub fn settle(h: &mut Harness<'_, MarginaliaApp>) {
    h.step();
    h.state_mut().wait_for_background();
    h.run_steps(3);
}

/// A file dropped on the window, as the windowing integration hands it over.
#[derive(Debug)]
pub struct Dropped(pub PathBuf);

impl egui::DroppedFile for Dropped {
    fn path(&self) -> &Path {
        &self.0
    }
    fn bytes(&self) -> Result<Vec<u8>, String> {
        std::fs::read(&self.0).map_err(|e| e.to_string())
    }
}

/// Drops `file` on the window and waits for what it starts (an open, an import).
pub fn drop_file(h: &mut Harness<'_, MarginaliaApp>, file: &Path) {
    h.input_mut()
        .dropped_files
        .push(std::sync::Arc::new(Dropped(file.to_path_buf())));
    settle(h);
}

/// A primary click at `pos`: the pointer moves there, then presses and releases,
/// one step each, as a mouse does.
pub fn click_at(h: &mut Harness<'_, MarginaliaApp>, pos: egui::Pos2) {
    click_at_with(h, pos, egui::Modifiers::NONE);
}

/// A primary click at `pos` with `modifiers` held (Ctrl+click, Shift+click).
pub fn click_at_with(
    h: &mut Harness<'_, MarginaliaApp>,
    pos: egui::Pos2,
    modifiers: egui::Modifiers,
) {
    h.hover_at(pos);
    h.step();
    for pressed in [true, false] {
        h.event(egui::Event::PointerButton {
            pos,
            button: egui::PointerButton::Primary,
            pressed,
            modifiers,
        });
        h.step();
    }
}
