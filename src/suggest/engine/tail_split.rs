//! The tail's passes (after the sentences, on one thread) sharing work with
//! the second core: a pass whose reading of an attribution is a pure
//! function of that attribution (and the text) reads the later half of the
//! found spans on another thread while it runs over the first half here, so
//! its result is the same as on one thread. The passes that keep state
//! across attributions (a list of sources renamed so far) still apply it in
//! text order, on this thread, with the readings already made.

use std::sync::OnceLock;

use super::Found;

/// From this many found spans on (about a 256 KB text), a pass shares its
/// readings with a second thread: below it, the thread costs more than it
/// saves.
const SPLIT_FROM: usize = 4096;

/// The cores this process may use, read once (each read asks the system).
fn cores() -> usize {
    static CORES: OnceLock<usize> = OnceLock::new();
    *CORES.get_or_init(|| std::thread::available_parallelism().map_or(1, usize::from))
}

/// Where a pass over `len` found spans cuts them in two for a second
/// thread; `None` below [`SPLIT_FROM`] spans or on one core.
pub(super) fn halves(len: usize) -> Option<usize> {
    (len >= SPLIT_FROM && cores() >= 2).then_some(len / 2)
}

/// `here` on this thread and `there` on another, at once; both results.
/// A panic on the other thread goes on here.
pub(super) fn beside<R, T: Send>(
    here: impl FnOnce() -> R,
    there: impl FnOnce() -> T + Send,
) -> (R, T) {
    std::thread::scope(|scope| {
        let other = scope.spawn(there);
        let r = here();
        match other.join() {
            Ok(t) => (r, t),
            Err(panic) => std::panic::resume_unwind(panic),
        }
    })
}

/// `read` of each span of `found` (its index and the span), in order,
/// the `Some` readings kept with their indices: for a pass that reads the
/// found spans without changing them, so each reading may look at any
/// other span. A long list's later half is read on a second thread.
pub(super) fn filter_map<T: Send>(
    found: &[Found],
    read: impl Fn(usize, &Found) -> Option<T> + Sync,
) -> Vec<(usize, T)> {
    let run = |from: usize, part: &[Found]| -> Vec<(usize, T)> {
        (from..)
            .zip(part)
            .filter_map(|(i, f)| read(i, f).map(|t| (i, t)))
            .collect()
    };
    let Some(mid) = halves(found.len()) else {
        return run(0, found);
    };
    let (first, later) = found.split_at(mid);
    let (mut out, later) = beside(|| run(0, first), || run(mid, later));
    out.extend(later);
    out
}

/// `read` of each span of `found`, in order: [`filter_map`] keeping every
/// reading.
pub(super) fn map<T: Send>(found: &[Found], read: impl Fn(&Found) -> T + Sync) -> Vec<T> {
    let run = |part: &[Found]| -> Vec<T> { part.iter().map(&read).collect() };
    let Some(mid) = halves(found.len()) else {
        return run(found);
    };
    let (first, later) = found.split_at(mid);
    let (mut out, later) = beside(|| run(first), || run(later));
    out.extend(later);
    out
}
