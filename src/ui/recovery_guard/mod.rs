//! The window's side of "never lose an annotation": autosave of unsaved work every
//! interval (off the UI thread), the newest work kept for the panic hook, the
//! restore prompt at start, the no-clobber check before saving over a file that
//! changed on disk, and the list of orphaned annotations.
//!
//! Everything here is a thin layer over `store::{Autosaver, AutosaveTimer, AutosavePause,
//! RecoveryStore, RescueSlot, DiskState, save_project_checked}`.

use std::path::Path;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::store::{
    AutosavePause, AutosaveTimer, Autosaver, DEFAULT_AUTOSAVE_INTERVAL, DiskState, RecoveryStore,
    RescueSlot,
};
use crate::ui::app::MarginaliaApp;

mod merge;
mod prompts;

pub(crate) use merge::merge_disk_version;
pub(crate) use prompts::{SafetyPrompts, restore_unsaved};

/// The safety state of the window.
#[derive(Debug)]
pub struct Safety {
    store: Option<RecoveryStore>,
    autosaver: Option<Autosaver>,
    timer: AutosaveTimer,
    /// The newest work, for the panic hook.
    pub rescue: RescueSlot,
    rescued_generation: Option<u64>,
    /// A recovery file holds unsaved work of this window (written since the work
    /// was last clean): removed when the work is clean again (saved, or undone back
    /// to the saved state), so only a crash leaves one behind.
    autosaved: bool,
    /// When a big project's autosave waits for a pause in the editing (the
    /// policy is the library's: `store::AutosavePause`).
    pub pause: AutosavePause,
    /// The key of untitled work (`untitled-<pid>`).
    untitled_key: String,
    /// The project file's state when it was opened or last saved.
    pub disk_state: Option<DiskState>,
}

impl Safety {
    /// Autosaving into `recovery_dir` every `interval` (none when `recovery_dir` is
    /// `None`: tests), with the recovery files found there offered.
    pub fn new(recovery_dir: Option<&Path>, interval: Duration) -> Self {
        let store = recovery_dir.map(RecoveryStore::new);
        Safety {
            autosaver: store.clone().map(Autosaver::start),
            store,
            timer: AutosaveTimer::new(interval),
            rescue: Arc::new(Mutex::new(None)),
            rescued_generation: None,
            autosaved: false,
            pause: AutosavePause::new(Instant::now()),
            untitled_key: format!("untitled-{}", std::process::id()),
            disk_state: None,
        }
    }

    /// The default: the user's recovery folder, every 30 seconds.
    pub fn user() -> Self {
        let dir = RecoveryStore::default_location().map(|s| s.dir);
        Safety::new(dir.as_deref(), DEFAULT_AUTOSAVE_INTERVAL)
    }

    /// The recovery store, if autosave is on.
    pub fn store(&self) -> Option<&RecoveryStore> {
        self.store.as_ref()
    }

    fn key(&self, project_path: Option<&Path>) -> String {
        match project_path {
            Some(p) => std::path::absolute(p)
                .unwrap_or_else(|_| p.to_path_buf())
                .to_string_lossy()
                .into_owned(),
            None => self.untitled_key.clone(),
        }
    }

    /// Remembers what the project file looks like now (after opening it).
    pub fn opened(&mut self, path: Option<&Path>) {
        self.disk_state = path.and_then(|p| DiskState::of_file(p).ok().flatten());
    }

    /// Remembers `state` as what the project file looked like when it was read (the
    /// file is not read again).
    pub fn opened_with(&mut self, state: DiskState) {
        self.disk_state = Some(state);
    }

    /// After a successful save to `path` with the state written.
    pub fn saved(&mut self, path: &Path, state: DiskState) {
        self.disk_state = Some(state);
        self.autosaved = false;
        if let Some(a) = &self.autosaver {
            a.discard(self.key(Some(path)));
            a.discard(self.untitled_key.clone());
        }
    }
}

impl Safety {
    /// The analyst chose to discard the unsaved work of the project at
    /// `project_path` (Discard in the unsaved-changes prompt): its recovery file
    /// goes, and is written to disk before this returns (the window may close right
    /// after), so the next start offers nothing back. Only a crash leaves one.
    /// `generation` is the editor's: that state is neither autosaved nor rescued
    /// again (the window may draw a frame or two before it closes).
    pub fn discarded(&mut self, project_path: Option<&Path>, generation: u64) {
        if let Ok(mut slot) = self.rescue.lock() {
            *slot = None;
        }
        self.rescued_generation = Some(generation);
        self.timer.skip(generation);
        self.forget_recovery(project_path);
        if let Some(a) = &self.autosaver {
            a.flush();
        }
    }

    /// Queues the removal of the recovery files of this window's work.
    fn forget_recovery(&mut self, project_path: Option<&Path>) {
        self.autosaved = false;
        if let Some(a) = &self.autosaver {
            a.discard(self.key(project_path));
            a.discard(self.untitled_key.clone());
        }
    }
}

/// Points the panic hook at the editor's project as it is now (no copy: see
/// [`crate::store::RescueSlot`]), or at nothing once the work is saved. Called on
/// every frame and after the frame's commands, so an edit leaves the hook without
/// a project for at most the rest of that frame.
pub(crate) fn refresh_rescue(app: &mut MarginaliaApp) {
    let generation = app.state.editor.generation();
    let dirty = app.state.editor.is_dirty();
    if app.state.safety.rescued_generation == Some(generation) && dirty {
        return;
    }
    if !dirty && app.state.safety.rescued_generation.is_none() {
        return;
    }
    let key = app.state.safety.key(app.state.project_path.as_deref());
    let rescue = dirty.then(|| (key, Arc::downgrade(&app.state.editor.shared())));
    if let Ok(mut slot) = app.state.safety.rescue.lock() {
        *slot = rescue;
    }
    app.state.safety.rescued_generation = dirty.then_some(generation);
}

/// Once per frame: autosave when due, keep the rescue slot current, draw the
/// restore prompt, the clobber prompt and the orphan list.
pub(crate) fn tick(app: &mut MarginaliaApp, ctx: &egui::Context) {
    let generation = app.state.editor.generation();
    let dirty = app.state.editor.is_dirty();
    let now = Instant::now();
    refresh_rescue(app);
    // A big project is autosaved once the analyst pauses: the autosave thread
    // shares the project, and an edit during its write would have to copy it.
    let annotations = app.state.editor.project().annotations.len();
    let wait = (app.state.safety.pause).wait(now, generation, annotations);
    if let Some(wait) = wait.filter(|_| dirty) {
        ctx.request_repaint_after(wait);
    }
    if wait.is_none()
        && let Some(saver) = &app.state.safety.autosaver
        && app.state.safety.timer.due(now, dirty, generation)
    {
        let key = app.state.safety.key(app.state.project_path.as_deref());
        saver.submit(key, app.state.editor.shared());
        app.state.safety.autosaved = true;
    }
    if !dirty && app.state.safety.autosaved {
        // Undone back to the saved state: the recovery file holds work that is
        // not wanted (a save has already removed it).
        app.state.safety.autosaved = false;
        let path = app.state.project_path.clone();
        app.state.safety.forget_recovery(path.as_deref());
    }
    if let Some(wait) = app
        .state
        .safety
        .timer
        .wait(now, generation)
        .filter(|_| dirty)
    {
        // Wake up for the next autosave even when nothing else happens.
        ctx.request_repaint_after(wait);
    }
    let mut cx = crate::ui::state::PanelContext::new(&app.state, &mut app.commands);
    prompts::show(&mut cx, &mut app.safety_prompts, ctx);
}

#[cfg(test)]
mod tests;
