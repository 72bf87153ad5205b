//! Every subcommand that prints to standard output, read by a reader that has
//! already gone (as `| head -1` leaves it): no panic, nothing on standard error
//! beyond what the command says anyway, and the exit code of an ordinary run.

use std::path::Path;
use std::process::{Command, Output, Stdio};

mod common;
use common::cli::{run, stderr};

/// Runs the binary with its standard output a pipe whose reading end is closed
/// before the command writes anything: its first write fails with a broken pipe.
fn run_into_closed_pipe(args: &[&str]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_marginalia"))
        .args(args)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    drop(child.stdout.take());
    child.wait_with_output().expect("the binary ends")
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

#[test]
fn every_command_that_prints_ends_quietly_when_its_reader_has_gone() {
    let dir = tempfile::tempdir().unwrap();
    let (a, b) = (dir.path().join("a.ron"), dir.path().join("b.ron"));
    let made = run(&["generate", "small", s(&a), "--colleague", s(&b)]);
    assert!(made.status.success(), "{}", stderr(&made));
    let commands: Vec<Vec<&str>> = vec![
        vec!["info", s(&a)],
        vec!["info", s(&a), "--json"],
        vec!["validate", s(&a)],
        vec!["search", s(&a), "the"],
        vec!["search", s(&a), "the", "--json"],
        vec!["export", s(&a), "--format", "jsonl"],
        vec!["export", s(&a), "--format", "csv"],
        vec!["suggest", s(&a)],
        vec!["agree", s(&a), s(&b)],
        vec!["agree", s(&a), s(&b), "--json"],
        vec!["sources", s(&a)],
    ];
    for args in commands {
        let ordinary = run(&args);
        assert!(
            !ordinary.stdout.is_empty(),
            "{args:?} prints: {}",
            stderr(&ordinary)
        );
        let gone = run_into_closed_pipe(&args);
        let err = stderr(&gone);
        assert_eq!(
            gone.status.code(),
            ordinary.status.code(),
            "{args:?}: {err}"
        );
        assert!(
            !err.contains("panicked")
                && !err.contains("internal error")
                && !err.contains("cannot write"),
            "{args:?}: {err}"
        );
        assert!(err.len() <= stderr(&ordinary).len(), "{args:?}: {err}");
    }
}
