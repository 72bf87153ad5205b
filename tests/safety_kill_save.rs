//! Saves killed with SIGKILL at many points: the project file is always the old
//! version or the new one, complete, and so is its backup.
//!
//! The test re-runs its own test binary as the child (`child_saves_in_a_loop`,
//! which does nothing unless `MARGINALIA_KILL_TEST_DIR` is set). The child writes
//! two large project texts alternately, as fast as it can, through
//! `store::write_atomic` — the disk half of `store::save_project`, whose other half
//! (building the RON text) writes nothing. The parent kills it after a varying delay
//! and checks what is on disk byte for byte, and that it loads.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use marginalia::model::{Annotation, Document, Project};
use marginalia::store::{backup_path, load_project, project_to_ron, write_atomic};

const ENV: &str = "MARGINALIA_KILL_TEST_DIR";

/// A deterministic project of about 3 MB: two long documents with Korean, emoji and
/// curly quotes, and thousands of annotations.
fn big_project(name: &str, annotations: usize) -> Project {
    let para = "조선중앙통신 said the “parade” was historic 👋🏽; analysts at NK News doubted it. ";
    let mut p = Project::new(name);
    for d in 0..2 {
        let text = para.repeat(12_000);
        p.documents
            .push(Document::new(format!("doc{d}"), format!("Doc {d}"), text));
    }
    let plen = para.chars().count();
    for i in 0..annotations {
        let doc = i % 2;
        let start = (i / 2) * plen;
        let mut a = Annotation::new(
            format!("doc{doc}"),
            start,
            start + 6,
            "조선중앙통신",
            "attribution",
            "alice",
        )
        .with_source("KCNA");
        a.id = format!("a{i:06}");
        a.created = "2026-11-27T10:00:00Z".into();
        p.annotations.push(a);
    }
    p.sort_annotations();
    p
}

#[test]
fn child_saves_in_a_loop() {
    let Ok(dir) = std::env::var(ENV) else {
        return; // Only meaningful as the child of the test below.
    };
    let dir = Path::new(&dir);
    let old = std::fs::read(dir.join("old.txt")).unwrap();
    let new = std::fs::read(dir.join("new.txt")).unwrap();
    let target = dir.join("project.ron");
    println!("ready");
    loop {
        for bytes in [&new, &old] {
            if write_atomic(&target, bytes).is_err() {
                std::process::exit(3);
            }
        }
    }
}

#[cfg(unix)]
#[test]
fn killed_saves_leave_old_or_new_complete() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("project.ron");
    let old_p = big_project("old", 8_000);
    let new_p = big_project("new", 9_000);
    let old = project_to_ron(&old_p).unwrap().into_bytes();
    let new = project_to_ron(&new_p).unwrap().into_bytes();
    std::fs::write(dir.path().join("old.txt"), &old).unwrap();
    std::fs::write(dir.path().join("new.txt"), &new).unwrap();
    assert!(old.len() > 2_000_000, "project should be large");
    // How long one save takes here (to spread the kills over it; never asserted).
    let t = std::time::Instant::now();
    write_atomic(&path, &old).unwrap();
    let save_us = (t.elapsed().as_micros() as u64).max(500);
    let me = std::env::current_exe().unwrap();
    let (mut saw_old, mut saw_new, mut torn_tmp, mut with_backup) = (0, 0, 0, 0);
    let rounds = 60;
    for round in 0..rounds {
        let mut child = Command::new(&me)
            .args([
                "--exact",
                "child_saves_in_a_loop",
                "--test-threads=1",
                "--nocapture",
            ])
            .env(ENV, dir.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let mut line = String::new();
        let mut out = std::io::BufReader::new(child.stdout.take().unwrap());
        while !line.contains("ready") {
            line.clear();
            if std::io::BufRead::read_line(&mut out, &mut line).unwrap() == 0 {
                panic!("the child ended before it was ready");
            }
        }
        // Vary the delay over about four saves so that kills land in every phase of
        // one: creating and writing the temp file, syncing, linking the backup,
        // renaming.
        let delay = fastrand::u64(0..4 * save_us);
        std::thread::sleep(Duration::from_micros(delay));
        child.kill().unwrap(); // SIGKILL
        let status = child.wait().unwrap();
        assert_ne!(status.code(), Some(3), "the child's save failed");
        let on_disk = std::fs::read(&path)
            .unwrap_or_else(|e| panic!("round {round}: project gone after kill: {e}"));
        if on_disk == old {
            saw_old += 1;
        } else if on_disk == new {
            saw_new += 1;
        } else {
            panic!(
                "round {round} ({delay} µs): neither old nor new ({} bytes)",
                on_disk.len()
            );
        }
        // Before the child's first save gets to its backup step there is none; once
        // there is one, it is always a complete version too.
        if let Ok(bak) = std::fs::read(backup_path(&path)) {
            assert!(bak == old || bak == new, "round {round}: backup torn");
            with_backup += 1;
        }
        for e in std::fs::read_dir(dir.path()).unwrap().flatten() {
            if e.file_name().to_string_lossy().ends_with(".tmp") {
                torn_tmp += 1;
                std::fs::remove_file(e.path()).unwrap();
            }
        }
    }
    eprintln!(
        "one save takes ~{save_us} µs; {rounds} kills: {saw_old} left the old version, \
         {saw_new} the new one, {torn_tmp} left a temporary file (killed mid-write), \
         {with_backup} had a backup"
    );
    assert_eq!(saw_old + saw_new, rounds);
    // And what is on disk loads as a project, with every check passing.
    let loaded = load_project(&path).unwrap();
    assert!(loaded == old_p || loaded == new_p);
}
