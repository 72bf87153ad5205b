//! Importing 100,000 tiny JSONL documents into a new project (issue 18: "peak memory
//! ≤ 5× the input"). `{"id", "text" of ~30 chars, "label": [[0, 8, L]]}` a line,
//! 9 MB, written once. Then:
//!
//! - printed once, before the timings: `marginalia import tiny.jsonl --out NEW.ron`
//!   run as a whole process (it streams: documents and annotations go to spill files
//!   beside the output), its time and its peak resident memory as a multiple of the
//!   input; and the same import done in memory by the library plus a save.
//! - timed: `import_tiny/cli_streamed` and `import_tiny/library_in_memory`.
//!
//! `cargo bench --bench import_tiny`.

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use marginalia::export::{ImportFormat, ImportOptions, import_paths};
use marginalia::model::Project;

const LINES: usize = 100_000;

/// The JSONL file (written once) and its size in bytes.
fn tiny_file() -> (PathBuf, u64) {
    let path = common::scratch().join("tiny.jsonl");
    let labels = ["claim", "speculation", "attribution"];
    let mut text = String::with_capacity(LINES * 92);
    for i in 0..LINES {
        text.push_str(&format!(
            "{{\"id\": \"t{i}\", \"text\": \"Dispatch {i:06}: KCNA said so.\", \"label\": [[0, 8, \"{}\"]]}}\n",
            labels[i % 3]
        ));
    }
    std::fs::write(&path, &text).expect("input written");
    (path, text.len() as u64)
}

/// `marginalia import INPUT --out OUT` (OUT removed first): its peak RSS.
fn import_cli(input: &Path, out: &Path) -> u64 {
    let _ = std::fs::remove_file(out);
    let (status, peak) = common::process::run_watching_peak(
        std::process::Command::new(env!("CARGO_BIN_EXE_marginalia"))
            .arg("import")
            .arg(input)
            .arg("--out")
            .arg(out)
            .stderr(std::process::Stdio::null()),
    );
    assert!(status.success(), "marginalia import failed ({status})");
    peak
}

/// The in-memory import (what an import into an existing project does) and a save.
fn import_in_memory(input: &Path, out: &Path) -> usize {
    let mut project = Project::new("tiny");
    import_paths(
        &mut project,
        &[input],
        ImportFormat::Auto,
        &ImportOptions::default(),
    )
    .expect("imported");
    marginalia::store::save_project(out, &project).expect("saved");
    project.annotations.len()
}

fn import_tiny(c: &mut Criterion) {
    let (input, bytes) = tiny_file();
    let out = common::scratch().join("tiny.ron");
    let mb = |n: u64| n as f64 / 1e6;
    let start = Instant::now();
    let peak = import_cli(&input, &out);
    println!(
        "marginalia import of {LINES} tiny documents ({:.1} MB): {:.2} s, peak RSS {:.0} MB \
         = {:.1}× the input (target ≤ 5×)",
        mb(bytes),
        start.elapsed().as_secs_f64(),
        mb(peak),
        peak as f64 / bytes.max(1) as f64
    );
    let mut group = c.benchmark_group("import_tiny");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(100));
    group.measurement_time(Duration::from_secs(10));
    group.bench_function("cli_streamed", |b| b.iter(|| import_cli(&input, &out)));
    group.bench_function("library_in_memory", |b| {
        b.iter(|| import_in_memory(&input, &out))
    });
    group.finish();
    let _ = std::fs::remove_dir_all(common::scratch());
}

criterion_group! {
    name = benches;
    config = common::quick();
    targets = import_tiny
}
criterion_main!(benches);
