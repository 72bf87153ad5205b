//! A panic writes the newest unsaved work to the recovery folder before the process
//! ends (the hook is process-wide, so this test has a binary of its own).

use std::sync::{Arc, Mutex};

use marginalia::model::{Annotation, Document, Project};
use marginalia::store::{RecoveryStore, install_panic_hook};

#[test]
fn a_panic_writes_the_recovery_file() {
    let dir = tempfile::tempdir().unwrap();
    let store = RecoveryStore::new(dir.path().join("recovery"));
    let slot = Arc::new(Mutex::new(None));
    install_panic_hook(store.clone(), Arc::clone(&slot));
    let mut work = Project::new("조선 unsaved “work”");
    work.documents.push(Document::new(
        "d",
        "D",
        "KCNA said 👋🏽 the parade was historic.",
    ));
    work.annotations
        .push(Annotation::new("d", 0, 4, "KCNA", "attribution", "me").with_source("KCNA"));
    // The slot points at the editor's own project (held weakly), as the window does.
    let live = Arc::new(work.clone());
    *slot.lock().unwrap() = Some(("untitled-test".to_string(), Arc::downgrade(&live)));
    // The UI thread panics while the slot is held: the hook must not deadlock, and
    // must still save once the lock is poisoned.
    let held = Arc::clone(&slot);
    let result = std::thread::spawn(move || {
        let _guard = held.lock().unwrap();
        panic!("simulated crash while holding the project");
    })
    .join();
    assert!(result.is_err());
    // The slot was locked (WouldBlock) during that panic: nothing could be written
    // without risking a deadlock. A second panic elsewhere finds it poisoned and
    // writes it.
    let result = std::thread::spawn(|| panic!("simulated crash in the UI")).join();
    assert!(result.is_err());
    let pending = store.pending();
    assert_eq!(pending.len(), 1);
    assert_eq!(store.load(&pending[0]).unwrap(), work);
}
