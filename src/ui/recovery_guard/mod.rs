//! The window's side of "never lose an annotation": autosave of unsaved work every
//! interval (off the UI thread), the newest work kept for the panic hook, the
//! restore prompt at start, the no-clobber check before saving over a file that
//! changed on disk, and the list of orphaned annotations.
//!
//! Everything here is a thin layer over `store::{Autosaver, AutosaveTimer,
//! RecoveryStore, RescueSlot, DiskState, save_project_checked}`.

use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use crate::edit::Edit;
use crate::model::Project;
use crate::store::{
    AutosaveTimer, Autosaver, DEFAULT_AUTOSAVE_INTERVAL, DiskState, RecoveryEntry, RecoveryStore,
    RescueSlot,
};
use crate::ui::app::MarginaliaApp;
use crate::ui::install::NewProject;

/// From this many annotations, autosave waits for a pause in the editing.
const BIG_PROJECT: usize = 5_000;
/// How long the analyst must pause before a big project is autosaved.
const AUTOSAVE_PAUSE: Duration = Duration::from_millis(750);

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
    /// The project generation last seen, and when it was first seen.
    seen_generation: (u64, Instant),
    /// Autosave of a project at least this big (annotations) waits until the
    /// analyst pauses for `autosave_pause`: the autosave thread shares the project,
    /// and an edit during its write would copy it (tens of ms on a big project).
    pub big_project: usize,
    /// See `big_project`.
    pub autosave_pause: Duration,
    /// The key of untitled work (`untitled-<pid>`).
    untitled_key: String,
    /// The project file's state when it was opened or last saved.
    pub disk_state: Option<DiskState>,
    /// Recovery files offered at start.
    pub pending: Vec<RecoveryEntry>,
    /// A save refused because the file changed on disk: the file.
    pub clobbered: Option<PathBuf>,
    /// Show the orphaned-annotations window.
    pub show_orphans: bool,
    /// The orphans listed in that window (document, label, quote), for the
    /// generation they were gathered at: gathered once, not on every frame.
    orphans: Option<(u64, Vec<OrphanRow>)>,
}

/// One orphaned annotation as the orphans window lists it: document, label, quote.
type OrphanRow = (String, String, String);

impl Safety {
    /// Autosaving into `recovery_dir` every `interval` (none when `recovery_dir` is
    /// `None`: tests), with the recovery files found there offered.
    pub fn new(recovery_dir: Option<&Path>, interval: Duration) -> Self {
        let store = recovery_dir.map(RecoveryStore::new);
        Safety {
            pending: store
                .as_ref()
                .map(RecoveryStore::pending)
                .unwrap_or_default(),
            autosaver: store.clone().map(Autosaver::start),
            store,
            timer: AutosaveTimer::new(interval),
            rescue: Arc::new(Mutex::new(None)),
            rescued_generation: None,
            autosaved: false,
            seen_generation: (0, Instant::now()),
            big_project: BIG_PROJECT,
            autosave_pause: AUTOSAVE_PAUSE,
            untitled_key: format!("untitled-{}", std::process::id()),
            disk_state: None,
            clobbered: None,
            show_orphans: false,
            orphans: None,
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
        self.clobbered = None;
    }

    /// Remembers `state` as what the project file looked like when it was read (the
    /// file is not read again).
    pub fn opened_with(&mut self, state: DiskState) {
        self.disk_state = Some(state);
        self.clobbered = None;
    }

    /// After a successful save to `path` with the state written.
    pub fn saved(&mut self, path: &Path, state: DiskState) {
        self.disk_state = Some(state);
        self.clobbered = None;
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
    let generation = app.editor.generation();
    let dirty = app.editor.is_dirty();
    if app.safety.rescued_generation == Some(generation) && dirty {
        return;
    }
    if !dirty && app.safety.rescued_generation.is_none() {
        return;
    }
    let key = app.safety.key(app.project_path.as_deref());
    let rescue = dirty.then(|| (key, Arc::downgrade(&app.editor.shared())));
    if let Ok(mut slot) = app.safety.rescue.lock() {
        *slot = rescue;
    }
    app.safety.rescued_generation = dirty.then_some(generation);
}

/// Once per frame: autosave when due, keep the rescue slot current, draw the
/// restore prompt, the clobber prompt and the orphan list.
pub(crate) fn tick(app: &mut MarginaliaApp, ctx: &egui::Context) {
    let generation = app.editor.generation();
    let dirty = app.editor.is_dirty();
    let now = Instant::now();
    if app.safety.seen_generation.0 != generation {
        app.safety.seen_generation = (generation, now);
    }
    refresh_rescue(app);
    // A big project is autosaved once the analyst pauses: the autosave thread
    // shares the project, and an edit during its write would have to copy it.
    let paused = now.saturating_duration_since(app.safety.seen_generation.1);
    let big = app.editor.project().annotations.len() >= app.safety.big_project;
    let wait = big && paused < app.safety.autosave_pause;
    if wait && dirty {
        ctx.request_repaint_after(app.safety.autosave_pause.saturating_sub(paused));
    }
    if !wait
        && let Some(saver) = &app.safety.autosaver
        && app.safety.timer.due(now, dirty, generation)
    {
        let key = app.safety.key(app.project_path.as_deref());
        saver.submit(key, app.editor.shared());
        app.safety.autosaved = true;
    }
    if !dirty && app.safety.autosaved {
        // Undone back to the saved state: the recovery file holds work that is
        // not wanted (a save has already removed it).
        app.safety.autosaved = false;
        let path = app.project_path.clone();
        app.safety.forget_recovery(path.as_deref());
    }
    if let Some(wait) = app.safety.timer.wait(now, generation).filter(|_| dirty) {
        // Wake up for the next autosave even when nothing else happens.
        ctx.request_repaint_after(wait);
    }
    restore_prompt(app, ctx);
    clobber_prompt(app, ctx);
    orphan_window(app, ctx);
}

fn restore_prompt(app: &mut MarginaliaApp, ctx: &egui::Context) {
    let Some(entry) = app.safety.pending.first().cloned() else {
        return;
    };
    let mut restore = false;
    let mut discard = false;
    let mut later = false;
    egui::Modal::new(egui::Id::unique("restore_unsaved_work")).show(ctx, |ui| {
        ui.set_width(420.0);
        ui.heading("Restore unsaved work?");
        ui.label("Marginalia ended without saving this work:");
        ui.label(entry.describe());
        ui.horizontal(|ui| {
            restore = ui.button("Restore").clicked();
            discard = ui.button("Discard").clicked();
            later = ui.button("Not now").clicked();
        });
    });
    if restore {
        app.push_command(crate::ui::UiCommand::RestoreUnsaved(entry.clone()));
    }
    if discard && let Some(store) = app.safety.store() {
        let _ = store.discard(&entry);
    }
    if restore || discard || later {
        app.safety.pending.remove(0);
    }
}

/// Runs [`crate::ui::UiCommand::RestoreUnsaved`]: loads `entry` and puts it in
/// the window; the entry is discarded once restored.
pub(crate) fn restore_unsaved(app: &mut MarginaliaApp, entry: &crate::store::RecoveryEntry) {
    let Some(store) = app.safety.store().cloned() else {
        return;
    };
    match store.load(entry) {
        Ok(project) => {
            restore_project(app, project, entry.project_path.clone());
            let _ = store.discard(entry);
        }
        Err(e) => app.set_error(format!("Could not restore: {e}")),
    }
}

/// Puts restored work in the window, unsaved (so a save writes it to its file).
fn restore_project(app: &mut MarginaliaApp, project: Project, path: Option<PathBuf>) {
    let name = project.name.clone();
    app.install(NewProject {
        unsaved: true,
        ..NewProject::saved(project, path)
    });
    app.set_info(format!(
        "Restored unsaved work “{name}”; save it to keep it"
    ));
}

fn clobber_prompt(app: &mut MarginaliaApp, ctx: &egui::Context) {
    let Some(path) = app.safety.clobbered.clone() else {
        return;
    };
    let mut choice = None;
    egui::Modal::new(egui::Id::unique("file_changed_on_disk")).show(ctx, |ui| {
        ui.set_width(460.0);
        ui.heading("The file changed on disk");
        ui.label(format!(
            "{} was changed by another program or a colleague since you opened it. \
             It was not overwritten.",
            path.display()
        ));
        ui.label("Save your work under another name, reload the file and lose your changes, or merge both: every annotation kept with its author, identical ones once.");
        ui.horizontal(|ui| {
            if ui.button("Save As…").clicked() {
                choice = Some(0);
            }
            if ui.button("Reload from disk").clicked() {
                choice = Some(1);
            }
            if ui.button("Merge with the file on disk").clicked() {
                choice = Some(3);
            }
            if ui.button("Keep editing").clicked() {
                choice = Some(2);
            }
        });
    });
    match choice {
        Some(0) => {
            app.safety.clobbered = None;
            app.push_command(crate::ui::UiCommand::SaveAs);
        }
        Some(1) => {
            app.safety.clobbered = None;
            // Read on a background task like any open (0.3 s for a big project), the
            // analyst's choice standing for the unsaved-changes prompt: the disk
            // version replaces the work unless it is edited meanwhile.
            let generation = app.editor.generation();
            app.start_open(&path, Some(generation), false);
        }
        Some(3) => {
            app.safety.clobbered = None;
            app.push_command(crate::ui::UiCommand::MergeWithDisk(path));
        }
        Some(_) => app.safety.clobbered = None,
        None => {}
    }
}

/// Merges the window's work with `path` as it is on disk now: one undoable edit when
/// the edit model can express it (otherwise the project is replaced), left unsaved,
/// with the disk state recorded so that the next save writes over the file.
pub(crate) fn merge_disk_version(app: &mut MarginaliaApp, path: &Path) {
    let (disk, state) = match crate::store::load_project_with_state(path) {
        Ok(loaded) => loaded,
        Err(e) => {
            app.set_error(format!("Could not merge: {e}"));
            return;
        }
    };
    let name = path.display().to_string();
    let merge = crate::store::merge_with_disk(app.editor.project(), &disk, &name);
    let applied = match merge.edit {
        Some(Edit::Batch(edits)) if edits.is_empty() => true,
        // A refused edit (the merge cannot be expressed as one) falls back to
        // installing the merged project below.
        Some(edit) => app.try_apply(edit).is_ok(),
        None => false,
    };
    // Unsaved until the next save writes the merge over the file.
    if applied {
        app.editor.mark_unsaved();
        app.safety.disk_state = Some(state);
    } else {
        let current = app.current_doc.clone();
        app.install(NewProject {
            disk_state: Some(state),
            unsaved: true,
            ..NewProject::saved(merge.merged, app.project_path.clone())
        });
        app.current_doc = current;
    }
    let current_exists = app
        .current_doc
        .as_deref()
        .is_some_and(|d| app.editor.project().document(d).is_some());
    if !current_exists {
        app.current_doc = app.editor.project().documents.first().map(|d| d.id.clone());
        app.selected = None;
    }
    let warnings = match merge.warnings.len() {
        0 => String::new(),
        n => format!(
            " ({}: {})",
            crate::model::text::plural(n, "warning"),
            merge.warnings.join("; ")
        ),
    };
    app.set_info(format!(
        "Merged with {name}: {} from disk; save to write both{warnings}",
        crate::export::import::plural(merge.from_disk, "annotation")
    ));
}

fn orphan_window(app: &mut MarginaliaApp, ctx: &egui::Context) {
    if !app.safety.show_orphans {
        return;
    }
    let generation = app.editor.generation();
    let fresh = matches!(&app.safety.orphans, Some((g, _)) if *g == generation);
    if !fresh {
        let list = app
            .editor
            .project()
            .annotations
            .iter()
            .filter(|a| a.orphaned)
            .map(|a| (a.doc.clone(), a.label.clone(), a.quote.clone()))
            .collect();
        app.safety.orphans = Some((generation, list));
    }
    let Some((_, orphans)) = &app.safety.orphans else {
        return;
    };
    if orphans.is_empty() {
        return;
    }
    let mut open = true;
    egui::Window::new(format!("Orphaned annotations ({})", orphans.len()))
        .open(&mut open)
        .default_width(420.0)
        .show(ctx, |ui| {
            ui.label("Their text was not found after the article changed. They are kept, with their old offsets, and not drawn in the article.");
            egui::ScrollArea::vertical().max_height(300.0).show(ui, |ui| {
                for (doc, label, quote) in orphans {
                    ui.label(format!("{doc} · {label}: “{}”", crate::ui::elide(quote, 80)));
                }
            });
        });
    app.safety.show_orphans = open;
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Annotation;
    use crate::ui::app::AppOptions;

    fn app_with_one_edit() -> (MarginaliaApp, tempfile::TempDir) {
        let dir = tempfile::tempdir().unwrap();
        let mut app = MarginaliaApp::new(None, AppOptions::for_tests(dir.path()));
        let doc = app.project().documents[0].clone();
        let end = doc.text.chars().take_while(|c| !c.is_whitespace()).count();
        let quote = doc.slice(0, end).to_string();
        let a = Annotation::new(doc.id.clone(), 0, end, quote, "claim", "tester");
        assert!(app.apply_edit(Edit::AddAnnotation(a)));
        (app, dir)
    }

    fn rescued_annotations(app: &MarginaliaApp) -> Option<usize> {
        let slot = app.safety.rescue.lock().unwrap();
        slot.as_ref()
            .and_then(|(_, p)| p.upgrade())
            .map(|p| p.annotations.len())
    }

    #[test]
    fn the_rescue_follows_the_editors_project_without_a_copy() {
        let (mut app, _dir) = app_with_one_edit();
        tick(&mut app, &egui::Context::default());
        assert_eq!(rescued_annotations(&app), Some(1));
        let slot = app.safety.rescue.lock().unwrap().clone();
        let held = slot.and_then(|(_, p)| p.upgrade()).unwrap();
        assert!(
            Arc::ptr_eq(&held, &app.editor.shared()),
            "the editor's own project, not a copy"
        );
    }

    #[test]
    fn an_edit_leaves_no_stale_project_to_the_hook_until_refreshed() {
        let (mut app, _dir) = app_with_one_edit();
        refresh_rescue(&mut app);
        assert_eq!(rescued_annotations(&app), Some(1));
        assert!(app.apply_edit(Edit::RenameProject("renamed".into())));
        // The edit moved the project: the hook finds nothing rather than a
        // project half-way through a change.
        assert_eq!(rescued_annotations(&app), None);
        refresh_rescue(&mut app);
        assert_eq!(rescued_annotations(&app), Some(1));
        // Saved work leaves nothing to rescue.
        app.editor.mark_saved();
        refresh_rescue(&mut app);
        assert!(app.safety.rescue.lock().unwrap().is_none());
    }

    #[test]
    fn work_undone_back_to_the_saved_state_leaves_no_recovery_file() {
        let dir = tempfile::tempdir().unwrap();
        let recovery = dir.path().join("recovery");
        let mut options = AppOptions::for_tests(dir.path());
        options.recovery_dir = Some(recovery.clone());
        options.autosave_interval = Duration::ZERO;
        let mut app = MarginaliaApp::new(None, options);
        let doc = app.project().documents[0].clone();
        let quote = doc.slice(0, 5).to_string();
        let a = Annotation::new(doc.id.clone(), 0, 5, quote, "claim", "tester");
        assert!(app.apply_edit(Edit::AddAnnotation(a)));
        let ctx = egui::Context::default();
        let store = RecoveryStore::new(&recovery);
        tick(&mut app, &ctx);
        app.safety.autosaver.as_ref().unwrap().flush();
        assert_eq!(store.pending().len(), 1, "autosaved");
        assert!(app.editor.undo().is_some());
        tick(&mut app, &ctx);
        app.safety.autosaver.as_ref().unwrap().flush();
        assert!(
            store.pending().is_empty(),
            "nothing unsaved: nothing to offer"
        );
    }

    #[test]
    fn a_big_project_is_autosaved_once_the_analyst_pauses() {
        let dir = tempfile::tempdir().unwrap();
        let recovery = dir.path().join("recovery");
        let mut options = AppOptions::for_tests(dir.path());
        options.recovery_dir = Some(recovery.clone());
        options.autosave_interval = Duration::ZERO;
        let mut app = MarginaliaApp::new(None, options);
        app.safety.big_project = 0;
        app.safety.autosave_pause = Duration::from_millis(300);
        let doc = app.project().documents[0].clone();
        let quote = doc.slice(0, 5).to_string();
        let a = Annotation::new(doc.id.clone(), 0, 5, quote, "claim", "tester");
        assert!(app.apply_edit(Edit::AddAnnotation(a)));
        let ctx = egui::Context::default();
        let store = RecoveryStore::new(&recovery);
        tick(&mut app, &ctx);
        app.safety.autosaver.as_ref().unwrap().flush();
        assert!(store.pending().is_empty(), "autosaved while still editing");
        std::thread::sleep(Duration::from_millis(350));
        tick(&mut app, &ctx);
        app.safety.autosaver.as_ref().unwrap().flush();
        assert_eq!(store.pending().len(), 1, "not autosaved after the pause");
    }
}
