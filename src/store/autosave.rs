//! Autosave off the UI thread, the timer that decides when, and the panic hook that
//! writes unsaved work before the process ends.
//!
//! The window's part (see the README's safety section): keep an [`AutosaveTimer`]
//! and an [`Autosaver`]; each frame, when `timer.due(now, editor.is_dirty(),
//! editor.generation())`, call `autosaver.submit(key, editor.project().clone())`,
//! and wake up again after `timer.wait(..)`; after a successful save, or when the
//! analyst discards the work, call `autosaver.discard(key)`. Keep a [`RescueSlot`]
//! up to date and call [`install_panic_hook`] once at start.

use std::path::PathBuf;
use std::sync::mpsc::{self, Receiver, Sender};
use std::sync::{Arc, Mutex, TryLockError, Weak};
use std::thread::JoinHandle;
use std::time::{Duration, Instant, SystemTime};

use super::RecoveryStore;
use crate::model::Project;

/// How often unsaved work is written aside unless configured otherwise.
pub const DEFAULT_AUTOSAVE_INTERVAL: Duration = Duration::from_secs(30);

/// How soon the first snapshot of unsaved work is written: this long after the
/// change that made the project unsaved (the edits made meanwhile go into the same
/// write), so that a crash soon after starting to work loses at most this much.
pub const FIRST_AUTOSAVE_DELAY: Duration = Duration::from_secs(2);

/// Decides when to autosave, as a pure function of the caller's clock: the first
/// snapshot [`FIRST_AUTOSAVE_DELAY`] after the project became unsaved, then at most
/// once per `interval`, and only for changes not autosaved yet. Once the work is
/// saved (not dirty), the next change starts again with a quick first snapshot.
#[derive(Debug, Clone)]
pub struct AutosaveTimer {
    /// Minimum time between two autosaves.
    pub interval: Duration,
    /// Delay of the first autosave after the project became unsaved (never more
    /// than `interval`).
    pub first_delay: Duration,
    /// When the project was first seen unsaved, since the last time it was saved.
    dirty_since: Option<Instant>,
    /// The last autosave of this unsaved stretch.
    last_at: Option<Instant>,
    last_generation: Option<u64>,
}

impl AutosaveTimer {
    /// A timer autosaving every `interval`, the first time
    /// [`FIRST_AUTOSAVE_DELAY`] after the first unsaved change.
    pub fn new(interval: Duration) -> Self {
        AutosaveTimer {
            interval,
            first_delay: FIRST_AUTOSAVE_DELAY,
            dirty_since: None,
            last_at: None,
            last_generation: None,
        }
    }

    /// When the next autosave may happen, for work unsaved since `dirty_since`.
    fn ready_at(&self, dirty_since: Instant) -> Instant {
        match self.last_at {
            Some(last) => last + self.interval,
            None => dirty_since + self.first_delay.min(self.interval),
        }
    }

    /// True (and remembered as done) when an autosave is due: `dirty`, `generation`
    /// (the editor's change counter) not autosaved yet, and the first delay or the
    /// interval elapsed.
    pub fn due(&mut self, now: Instant, dirty: bool, generation: u64) -> bool {
        if !dirty {
            self.dirty_since = None;
            self.last_at = None;
            return false;
        }
        let since = *self.dirty_since.get_or_insert(now);
        if self.last_generation == Some(generation) || now < self.ready_at(since) {
            return false;
        }
        self.last_at = Some(now);
        self.last_generation = Some(generation);
        true
    }

    /// Treats `generation` as written: no autosave until the project changes again
    /// (its unsaved work was discarded).
    pub fn skip(&mut self, generation: u64) {
        self.last_generation = Some(generation);
    }

    /// How long until an autosave may be due (for the caller's wake-up), when there
    /// are unsaved changes not autosaved yet; call after [`Self::due`].
    pub fn wait(&self, now: Instant, generation: u64) -> Option<Duration> {
        let since = self.dirty_since?;
        if self.last_generation == Some(generation) {
            return None;
        }
        Some(self.ready_at(since).saturating_duration_since(now))
    }
}

/// What the last autosave did, for the status line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum AutosaveOutcome {
    /// Written to this recovery file at this time.
    Saved(PathBuf, SystemTime),
    /// Failed, with a one-line reason.
    Failed(String),
}

enum Job {
    Save(String, std::sync::Arc<Project>),
    Discard(String),
    Flush(Sender<()>),
}

/// Writes recovery files on a background thread. Snapshots are sent over a channel
/// (the caller clones the project, which is cheap next to writing it); when several
/// wait for the same key only the newest is written. Dropping the autosaver
/// finishes the queued work and stops the thread.
#[derive(Debug)]
pub struct Autosaver {
    jobs: Option<Sender<Job>>,
    worker: Option<JoinHandle<()>>,
    last: Arc<Mutex<Option<AutosaveOutcome>>>,
}

impl Autosaver {
    /// Starts the background thread writing into `store`.
    pub fn start(store: RecoveryStore) -> Self {
        let (tx, rx) = mpsc::channel();
        let last = Arc::new(Mutex::new(None));
        let last_w = Arc::clone(&last);
        let worker = std::thread::Builder::new()
            .name("marginalia-autosave".into())
            .spawn(move || work(&store, &rx, &last_w))
            .ok();
        Autosaver {
            jobs: worker.is_some().then_some(tx),
            worker,
            last,
        }
    }

    /// Queues a snapshot of the work named `key` (never blocks).
    pub fn submit(&self, key: impl Into<String>, project: impl Into<std::sync::Arc<Project>>) {
        self.send(Job::Save(key.into(), project.into()));
    }

    /// Queues the removal of `key`'s recovery file (after a real save).
    pub fn discard(&self, key: impl Into<String>) {
        self.send(Job::Discard(key.into()));
    }

    /// Waits until everything queued so far is written.
    pub fn flush(&self) {
        let (tx, rx) = mpsc::channel();
        if self
            .jobs
            .as_ref()
            .is_some_and(|j| j.send(Job::Flush(tx)).is_ok())
        {
            let _ = rx.recv();
        }
    }

    /// The outcome of the latest autosave, if any happened.
    pub fn last_outcome(&self) -> Option<AutosaveOutcome> {
        match self.last.lock() {
            Ok(g) => g.clone(),
            Err(p) => p.into_inner().clone(),
        }
    }

    fn send(&self, job: Job) {
        if let Some(j) = &self.jobs
            && j.send(job).is_err()
        {
            self.set_failed("the autosave thread has stopped");
        }
        if self.jobs.is_none() {
            self.set_failed("the autosave thread could not be started");
        }
    }

    fn set_failed(&self, why: &str) {
        if let Ok(mut g) = self.last.lock() {
            *g = Some(AutosaveOutcome::Failed(why.to_string()));
        }
    }
}

impl Drop for Autosaver {
    fn drop(&mut self) {
        self.jobs = None;
        if let Some(w) = self.worker.take() {
            let _ = w.join();
        }
    }
}

fn work(store: &RecoveryStore, rx: &Receiver<Job>, last: &Mutex<Option<AutosaveOutcome>>) {
    while let Ok(first) = rx.recv() {
        let mut batch = vec![first];
        batch.extend(rx.try_iter());
        for (i, job) in batch.iter().enumerate() {
            match job {
                Job::Save(key, project) => {
                    let superseded = batch[i + 1..].iter().any(
                        |later| matches!(later, Job::Save(k, _) | Job::Discard(k) if k == key),
                    );
                    if superseded {
                        continue;
                    }
                    let outcome = match store.save(key, project) {
                        Ok(path) => AutosaveOutcome::Saved(path, SystemTime::now()),
                        Err(e) => AutosaveOutcome::Failed(e.to_string()),
                    };
                    if let Ok(mut g) = last.lock() {
                        *g = Some(outcome);
                    }
                }
                Job::Discard(key) => {
                    let _ = store.discard_key(key);
                }
                Job::Flush(done) => {
                    let _ = done.send(());
                }
            }
        }
    }
}

/// The newest state of the work, for the panic hook: `(key, project)`. The project
/// is the editor's own, held weakly (no copy, nothing per edit): an edit moves the
/// project to a new place (`Arc::make_mut`), which leaves this reference empty until
/// the window points it at the project again (it does on the frame of the edit). So
/// the hook never sees a project in the middle of an edit, and the window keeps no
/// second copy of a big project.
pub type RescueSlot = Arc<Mutex<Option<(String, Weak<Project>)>>>;

/// Installs a panic hook that writes the slot's project to `store` (then runs the
/// previous hook). A slot locked at the moment of the panic is read anyway if the
/// lock is poisoned, skipped if it is held (a deadlock would be worse).
pub fn install_panic_hook(store: RecoveryStore, slot: RescueSlot) {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let guard = match slot.try_lock() {
            Ok(g) => Some(g),
            Err(TryLockError::Poisoned(p)) => Some(p.into_inner()),
            Err(TryLockError::WouldBlock) => None,
        };
        let rescue = guard
            .as_ref()
            .and_then(|g| g.as_ref())
            .and_then(|(key, project)| Some((key.clone(), project.upgrade()?)));
        drop(guard);
        if let Some((key, project)) = rescue {
            match store.save(&key, &project) {
                Ok(path) => eprintln!(
                    "marginalia: unsaved work written to {} (it will be offered at the next start)",
                    path.display()
                ),
                Err(e) => eprintln!("marginalia: could not write the unsaved work: {e}"),
            }
        }
        previous(info);
    }));
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn timer_writes_soon_after_the_first_change_then_once_per_interval() {
        let t0 = Instant::now();
        let s = Duration::from_secs(1);
        let mut t = AutosaveTimer::new(DEFAULT_AUTOSAVE_INTERVAL);
        assert!(!t.due(t0, false, 0), "nothing unsaved");
        assert_eq!(t.wait(t0, 0), None);
        // First unsaved change seen at t0 + 5 s: written 2 s later, not 30 s.
        assert!(!t.due(t0 + 5 * s, true, 1));
        assert_eq!(t.wait(t0 + 5 * s, 1), Some(2 * s));
        assert!(!t.due(t0 + 6 * s, true, 2), "edits in the first 2 s wait");
        assert!(t.due(t0 + 7 * s, true, 2), "one write for the burst");
        assert!(!t.due(t0 + 8 * s, true, 2), "already autosaved");
        assert_eq!(t.wait(t0 + 8 * s, 2), None, "nothing to wake up for");
        // Later changes: once per interval.
        assert!(!t.due(t0 + 20 * s, true, 3), "interval not over");
        assert_eq!(t.wait(t0 + 20 * s, 3), Some(17 * s));
        assert!(t.due(t0 + 37 * s, true, 3));
        // Saved: the next change gets a quick first snapshot again.
        assert!(!t.due(t0 + 40 * s, false, 3));
        assert!(!t.due(t0 + 41 * s, true, 4));
        assert!(!t.due(t0 + 42 * s, true, 5));
        assert!(t.due(t0 + 43 * s, true, 5));
    }

    #[test]
    fn the_first_delay_is_never_longer_than_the_interval() {
        let t0 = Instant::now();
        let mut t = AutosaveTimer::new(Duration::ZERO);
        assert!(t.due(t0, true, 1));
        assert!(t.due(t0, true, 2));
    }

    #[test]
    fn autosaver_writes_the_newest_snapshot_and_discards() {
        let dir = tempfile::tempdir().unwrap();
        let store = RecoveryStore::new(dir.path());
        let saver = Autosaver::start(store.clone());
        for n in 0..20 {
            saver.submit("k", Project::new(format!("v{n}")));
        }
        saver.flush();
        let pending = store.pending();
        assert_eq!(pending.len(), 1);
        assert_eq!(store.load(&pending[0]).unwrap().name, "v19");
        assert!(matches!(
            saver.last_outcome(),
            Some(AutosaveOutcome::Saved(..))
        ));
        saver.discard("k");
        drop(saver);
        assert!(store.pending().is_empty());
    }

    #[test]
    fn failure_is_reported_not_panicked() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("file");
        std::fs::write(&blocker, b"x").unwrap();
        let saver = Autosaver::start(RecoveryStore::new(blocker.join("sub")));
        saver.submit("k", Project::new("p"));
        saver.flush();
        assert!(matches!(
            saver.last_outcome(),
            Some(AutosaveOutcome::Failed(_))
        ));
    }
}
