//! A memo of [`Suggester::source_of`] per thread: an article names the same
//! few sources again and again ("state media", "Officials in Sinuiju"), and
//! reading a name (a dozen look-ups of the registry, titles and roles) costs
//! some ten thousand instructions, a look-up here a few hundred. The memo
//! holds one suggester's readings (a suggester never changes once built, so
//! a name always reads the same) and is emptied when another suggester uses
//! the thread or when it reaches [`MEMO_SIZE`] names.

use std::cell::RefCell;
use std::sync::atomic::{AtomicU64, Ordering};

use foldhash::HashMap;

use super::Suggester;

/// Names a thread keeps before it starts afresh.
const MEMO_SIZE: usize = 4096;

/// The next suggester's number (0 is no suggester's: an empty memo).
static NEXT_ID: AtomicU64 = AtomicU64::new(1);

thread_local! {
    /// The suggester's number whose readings these are, and the readings.
    static MEMO: RefCell<(u64, HashMap<String, String>)> = RefCell::new((0, HashMap::default()));
}

/// A number no other suggester built in this process has.
pub(super) fn new_id() -> u64 {
    NEXT_ID.fetch_add(1, Ordering::Relaxed)
}

impl Suggester {
    /// The source `name` stands for ([`Suggester::read_source`]), read once
    /// per thread and name.
    pub fn source_of(&self, name: &str) -> String {
        let known = MEMO.with(|memo| {
            let memo = memo.borrow();
            (memo.0 == self.id)
                .then(|| memo.1.get(name).cloned())
                .flatten()
        });
        if let Some(source) = known {
            return source;
        }
        // Not borrowed while reading: a reading may read another name.
        let source = self.read_source(name);
        MEMO.with(|memo| {
            let mut memo = memo.borrow_mut();
            if memo.0 != self.id || memo.1.len() >= MEMO_SIZE {
                memo.0 = self.id;
                memo.1.clear();
            }
            memo.1.insert(name.to_string(), source.clone());
        });
        source
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_name_reads_the_same_from_the_memo_and_afresh() {
        let suggester = Suggester::builtin().expect("built-in rules compile");
        for name in [
            "state media",
            "Officials in Sinuiju",
            "Unification Minister Kim",
            "a trader in Hyesan",
        ] {
            let fresh = suggester.read_source(name);
            assert_eq!(suggester.source_of(name), fresh);
            assert_eq!(suggester.source_of(name), fresh);
        }
    }

    #[test]
    fn another_suggester_does_not_read_from_the_memo() {
        let first = Suggester::builtin().expect("built-in rules compile");
        let second = Suggester::builtin().expect("built-in rules compile");
        assert_ne!(first.id, second.id);
        first.source_of("state media");
        MEMO.with(|memo| assert_eq!(memo.borrow().0, first.id));
        second.source_of("state media");
        MEMO.with(|memo| assert_eq!(memo.borrow().0, second.id));
    }
}
