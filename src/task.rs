//! Progress and cancellation for long library work (opening or saving a big project,
//! import, export, agreement), with no window in it: the caller keeps a [`Progress`]
//! (cheap to clone, shared between threads), the work reports how far it is and calls
//! [`Progress::check`] every so often, which returns [`Cancelled`] once
//! [`Progress::cancel`] was called. The window draws the progress bar from
//! [`Progress::state`]; the command line passes a fresh handle nobody cancels.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};

/// The work was cancelled by the caller; whatever it writes was left as it was.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("cancelled")]
pub struct Cancelled;

/// A shared progress and cancel handle. Clones share the same state.
#[derive(Debug, Clone, Default)]
pub struct Progress {
    inner: Arc<Shared>,
}

#[derive(Debug, Default)]
struct Shared {
    done: AtomicU64,
    total: AtomicU64,
    cancelled: AtomicBool,
    phase: Mutex<String>,
}

/// What a [`Progress`] says at one moment, for drawing.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct ProgressState {
    /// What is being done ("Parsing", "Writing to disk"…).
    pub phase: String,
    /// Units done in this phase (bytes, annotations, documents…).
    pub done: u64,
    /// Units in this phase; 0 when unknown.
    pub total: u64,
    /// True once cancel was asked for.
    pub cancelled: bool,
}

impl ProgressState {
    /// How far the phase is, from 0 to 1, or `None` when its size is unknown.
    pub fn fraction(&self) -> Option<f32> {
        (self.total > 0).then(|| (self.done.min(self.total) as f64 / self.total as f64) as f32)
    }
}

impl Progress {
    /// A new handle: no phase, nothing done, not cancelled.
    pub fn new() -> Self {
        Progress::default()
    }

    /// Starts a phase named `phase` of `total` units (0 when unknown); done is reset.
    pub fn start_phase(&self, phase: &str, total: u64) {
        if let Ok(mut p) = self.inner.phase.lock() {
            p.clear();
            p.push_str(phase);
        }
        self.inner.done.store(0, Ordering::Relaxed);
        self.inner.total.store(total, Ordering::Relaxed);
    }

    /// Sets how many units of the phase are done.
    pub fn set_done(&self, done: u64) {
        self.inner.done.store(done, Ordering::Relaxed);
    }

    /// Adds `n` units done.
    pub fn advance(&self, n: u64) {
        self.inner.done.fetch_add(n, Ordering::Relaxed);
    }

    /// Asks the work to stop at its next [`Progress::check`].
    pub fn cancel(&self) {
        self.inner.cancelled.store(true, Ordering::Relaxed);
    }

    /// True once [`Progress::cancel`] was called.
    pub fn is_cancelled(&self) -> bool {
        self.inner.cancelled.load(Ordering::Relaxed)
    }

    /// `Err(Cancelled)` once cancel was asked for: the work stops there.
    pub fn check(&self) -> Result<(), Cancelled> {
        if self.is_cancelled() {
            Err(Cancelled)
        } else {
            Ok(())
        }
    }

    /// The phase, done and total as they are now.
    pub fn state(&self) -> ProgressState {
        ProgressState {
            phase: self
                .inner
                .phase
                .lock()
                .map(|p| p.clone())
                .unwrap_or_default(),
            done: self.inner.done.load(Ordering::Relaxed),
            total: self.inner.total.load(Ordering::Relaxed),
            cancelled: self.is_cancelled(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clones_share_progress_and_cancel() {
        let p = Progress::new();
        let seen_by_worker = p.clone();
        p.start_phase("Parsing", 200);
        seen_by_worker.set_done(50);
        seen_by_worker.advance(50);
        let s = p.state();
        assert_eq!((s.phase.as_str(), s.done, s.total), ("Parsing", 100, 200));
        assert_eq!(s.fraction(), Some(0.5));
        assert_eq!(seen_by_worker.check(), Ok(()));
        p.cancel();
        assert_eq!(seen_by_worker.check(), Err(Cancelled));
        assert!(p.state().cancelled);
        assert_eq!(ProgressState::default().fraction(), None);
    }
}
