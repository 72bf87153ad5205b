//! When a big project's autosave waits: the autosave thread shares the project
//! with the editor, and an edit made while it writes would have to copy the whole
//! project (tens of ms at 100,000 annotations), so from [`BIG_PROJECT`]
//! annotations the autosave waits until the analyst pauses for [`AUTOSAVE_PAUSE`].
//! A pure function of the caller's clock, like [`super::AutosaveTimer`].

use std::time::{Duration, Instant};

/// From this many annotations, autosave waits for a pause in the editing.
pub const BIG_PROJECT: usize = 5_000;
/// How long the analyst must pause before a big project is autosaved.
pub const AUTOSAVE_PAUSE: Duration = Duration::from_millis(750);

/// Tracks when the project last changed and says whether an autosave must wait.
#[derive(Debug, Clone)]
pub struct AutosavePause {
    /// Projects with at least this many annotations wait for a pause.
    pub big_project: usize,
    /// How long the pause must be.
    pub pause: Duration,
    /// The project generation last seen, and when it was first seen.
    seen: (u64, Instant),
}

impl AutosavePause {
    /// The defaults ([`BIG_PROJECT`], [`AUTOSAVE_PAUSE`]), starting at `now`.
    pub fn new(now: Instant) -> Self {
        AutosavePause {
            big_project: BIG_PROJECT,
            pause: AUTOSAVE_PAUSE,
            seen: (0, now),
        }
    }

    /// Called each frame with the editor's `generation` and the project's number of
    /// `annotations`: `None` when an autosave may go now, otherwise how much longer
    /// it must wait (the caller wakes up then).
    pub fn wait(&mut self, now: Instant, generation: u64, annotations: usize) -> Option<Duration> {
        if self.seen.0 != generation {
            self.seen = (generation, now);
        }
        if annotations < self.big_project {
            return None;
        }
        let paused = now.saturating_duration_since(self.seen.1);
        (paused < self.pause).then(|| self.pause - paused)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_small_project_never_waits() {
        let t = Instant::now();
        let mut p = AutosavePause::new(t);
        assert_eq!(p.wait(t, 1, BIG_PROJECT - 1), None);
        assert_eq!(p.wait(t, 2, 0), None);
    }

    #[test]
    fn a_big_project_waits_until_the_edits_pause() {
        let t = Instant::now();
        let ms = Duration::from_millis;
        let mut p = AutosavePause::new(t);
        assert_eq!(p.wait(t, 1, BIG_PROJECT), Some(AUTOSAVE_PAUSE));
        assert_eq!(p.wait(t + ms(500), 1, BIG_PROJECT), Some(ms(250)));
        // Another edit starts the pause again.
        assert_eq!(p.wait(t + ms(600), 2, BIG_PROJECT), Some(AUTOSAVE_PAUSE));
        assert_eq!(p.wait(t + ms(1350), 2, BIG_PROJECT), None);
        assert_eq!(p.wait(t + ms(5000), 2, BIG_PROJECT), None);
    }
}
