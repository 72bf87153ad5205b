//! The Review window, the runner's side: starting a review of the open project,
//! keeping its copy of the project up to date after edits (on a thread for a large
//! review), loading a colleague's project in the background, and what the window's
//! commands ask (show a span in the main view, the window closed).
//!
//! (Free functions and methods taking the whole app, run before the panels draw
//! or by the end-of-frame runner: they change the review's state together with the
//! application state, the background task and the main view's selection.)

use super::ReviewView;
use crate::review::text_hash;
use crate::ui::app::MarginaliaApp;
use crate::ui::background::TaskOutcome;
use crate::ui::command::UiCommand;

/// From how many annotations in the review the analyst's edits are re-aligned on a
/// thread (about 0.7 s on the large project) rather than on the spot.
const REALIGN_IN_BACKGROUND_FROM: usize = 10_000;

/// How long the analyst pauses before a large review copies the project again (a
/// copy of 100,000 annotations takes ~90 ms: not on every tag).
const REALIGN_PAUSE: std::time::Duration = std::time::Duration::from_millis(750);

/// Opens the Review window on the open project (starting a review when none runs or
/// the project is another one).
pub(crate) fn open_review(app: &mut MarginaliaApp) {
    let curator = match app.state.settings.analyst.trim() {
        "" => "reviewer".to_string(),
        name => name.to_string(),
    };
    let name = app
        .state
        .project_path
        .as_ref()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| app.state.editor.project().name.clone());
    let window = &mut app.review;
    let same_project = window
        .view
        .as_ref()
        .and_then(|v| v.session.as_ref())
        .and_then(|s| s.inputs().next().map(|n| n == name))
        .unwrap_or(false);
    if !same_project {
        let mut view = ReviewView::new(curator);
        view.add_in_background = true;
        view.start(name, app.state.editor.project().clone());
        window.view = Some(view);
        window.generation = Some(app.state.editor.generation());
        window.last_status.clear();
    }
    window.open = true;
}

/// Once per frame, before the panels draw: brings the open review's copy of the
/// project up to date after an edit (at once for a small review; after a pause in
/// the editing and on a thread for a large one), and takes a re-aligned session
/// that arrived.
pub(crate) fn follow_review(app: &mut MarginaliaApp, ctx: &egui::Context) {
    if !app.review.open {
        return;
    }
    let generation = app.state.editor.generation();
    if app.review.generation != Some(generation) {
        let now = std::time::Instant::now();
        let since = match app.review.waiting_since {
            Some((g, t)) if g == generation => t,
            _ => {
                app.review.waiting_since = Some((generation, now));
                now
            }
        };
        let wait = REALIGN_PAUSE.saturating_sub(now.saturating_duration_since(since));
        if review_size(app) >= REALIGN_IN_BACKGROUND_FROM && !wait.is_zero() {
            ctx.request_repaint_after(wait);
        } else {
            follow_the_project(app, ctx);
            app.review.generation = Some(generation);
            app.review.waiting_since = None;
        }
    }
    take_realigned(app, ctx);
}

/// Loads the colleague's project at `path` in the background and aligns it with a
/// copy of the review session; the review keeps working on the current one meanwhile.
pub(crate) fn start_add_colleague(app: &mut MarginaliaApp, path: std::path::PathBuf) {
    let Some((session, choice)) = app
        .review
        .view
        .as_ref()
        .and_then(|v| Some((v.session.clone()?, v.choice())))
    else {
        if let Some(view) = app.review.view.as_mut() {
            view.add_colleague(&path);
        }
        return;
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| path.display().to_string());
    app.review.add_started_at = app.review.generation;
    app.start_background(format!("Adding {name}"), move |progress| {
        let result = ReviewView::add_colleague_off_thread(session, choice, &path, progress);
        TaskOutcome::Colleague { path, result }
    });
}

/// Puts the outcome of [`start_add_colleague`] in the review.
pub(crate) fn finish_add_colleague(
    app: &mut MarginaliaApp,
    path: &std::path::Path,
    result: Result<Box<super::ColleagueAdded>, crate::store::StoreError>,
) {
    match app.review.view.as_mut() {
        Some(view) => {
            view.finish_add(path, result);
            // The session copy holds the analyst's project as it was when the task
            // started: brought up to date if it changed meanwhile.
            if app.review.generation != app.review.add_started_at {
                app.review.generation = None;
            }
            let (status, is_error) = (view.status.clone(), view.status_is_error);
            app.review.last_status = status.clone();
            if is_error {
                app.set_error(status);
            } else {
                app.set_info(status);
            }
        }
        None => app.set_info("The review was closed before the colleague's project arrived"),
    }
}

/// Annotations in the review (0 without a session).
fn review_size(app: &MarginaliaApp) -> usize {
    app.review
        .view
        .as_ref()
        .and_then(|v| v.session.as_ref())
        .map_or(0, |s| {
            s.corpus()
                .documents
                .iter()
                .map(|d| d.annotations.len())
                .sum()
        })
}

/// Brings the review's copy of the analyst's project up to date after an edit: on
/// the spot for a small review, on a thread for a large one (the review shows the
/// previous alignment until the new one arrives).
fn follow_the_project(app: &mut MarginaliaApp, ctx: &egui::Context) {
    let Some(session) = app.review.view.as_mut().and_then(|v| v.session.as_mut()) else {
        return;
    };
    let size: usize = session
        .corpus()
        .documents
        .iter()
        .map(|d| d.annotations.len())
        .sum();
    if size < REALIGN_IN_BACKGROUND_FROM {
        session.replace_own(app.state.editor.project().clone());
        app.review.realigning = None;
        return;
    }
    // The copies are shared: only the analyst's project is copied here.
    let mut copy = session.clone();
    let own = app.state.editor.project().clone();
    let (sender, receiver) = std::sync::mpsc::channel();
    let wake = ctx.clone();
    let spawned = std::thread::Builder::new()
        .name("marginalia-realign".into())
        .spawn(move || {
            copy.replace_own(own);
            let _ = sender.send(copy);
            wake.request_repaint();
        });
    match spawned {
        // A newer edit replaces the older re-alignment (its result is dropped).
        Ok(_) => app.review.realigning = Some((session.generation(), receiver)),
        Err(_) => session.replace_own(app.state.editor.project().clone()),
    }
}

/// Puts a re-aligned session in the review once it arrived, keeping the decisions
/// taken meanwhile.
fn take_realigned(app: &mut MarginaliaApp, ctx: &egui::Context) {
    let Some((started_from, receiver)) = &app.review.realigning else {
        return;
    };
    let arrived = match receiver.try_recv() {
        Ok(session) => Some(session),
        Err(std::sync::mpsc::TryRecvError::Empty) => {
            ctx.request_repaint_after(crate::ui::background::REPAINT_EVERY);
            return;
        }
        Err(std::sync::mpsc::TryRecvError::Disconnected) => None,
    };
    let started_from = *started_from;
    app.review.realigning = None;
    apply_realigned(app, started_from, arrived);
}

/// Puts `arrived` (the session re-aligned from the one of generation
/// `started_from`) in the review, keeping the decisions taken meanwhile.
fn apply_realigned(
    app: &mut MarginaliaApp,
    started_from: u64,
    arrived: Option<crate::review::ReviewSession>,
) {
    let Some(mut fresh) = arrived else {
        return;
    };
    let Some(current) = app.review.view.as_mut().and_then(|v| v.session.as_mut()) else {
        return;
    };
    if current.generation() != started_from {
        // A colleague's project was added meanwhile: align again from that one.
        app.review.generation = None;
        return;
    }
    fresh.curation = current.curation.clone();
    *current = fresh;
}

impl MarginaliaApp {
    /// Review ▸ a click on a disagreement: shows and selects that span of the
    /// analyst's own document (`doc` is a document of the review corpus).
    pub(crate) fn review_jump(&mut self, doc: &str, start: usize, end: usize) {
        let hash = self
            .review
            .view
            .as_ref()
            .and_then(|v| v.session.as_ref())
            .and_then(|s| s.corpus().documents.iter().find(|d| d.document.id == doc))
            .map(|d| d.hash.clone());
        let Some(hash) = hash else {
            return;
        };
        let own = self
            .state
            .editor
            .project()
            .documents
            .iter()
            .find(|d| text_hash(&d.text) == hash)
            .map(|d| d.id.clone());
        match own {
            Some(id) => {
                self.view.scroll_to(&id, start);
                self.view.set_selection(&id, Some((start, end)));
                self.review.jumped = Some((id.clone(), start, end));
                self.commands.push(UiCommand::SwitchDocument(id));
            }
            None => self.set_info("That document is only in a colleague's project"),
        }
    }

    /// The Review window was closed: the selection a click in it made in the main
    /// view goes, so that no text selection is left painted over the tag.
    pub(crate) fn review_closed(&mut self) {
        if let Some((doc, start, end)) = self.review.jumped.take()
            && self.view.selection(&doc) == Some((start, end))
        {
            self.view.set_selection(&doc, None);
        }
    }

    /// The review shown in the Review window, if one was started.
    pub fn review_view(&self) -> Option<&ReviewView> {
        self.review.view.as_ref()
    }

    /// Tests: waits for the re-alignment of a large review after an edit, if one
    /// runs, and puts it in the review.
    pub fn wait_for_review(&mut self) {
        if let Some((started_from, receiver)) = self.review.realigning.take() {
            let arrived = receiver.recv().ok();
            apply_realigned(self, started_from, arrived);
        }
        if let Some(view) = self.review.view.as_mut() {
            view.wait_for_comparison();
        }
    }
}
