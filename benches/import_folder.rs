//! Importing a folder of 10,000 articles (issue 12: "import of the 10,000 files
//! ≤ 10 s; peak memory ≤ 6× the project file"). The 10,000 articles of
//! `generate corpus` (about 5 kB of text each, with outlet, date, URL and byline) are
//! written once into a temporary folder, half as web pages with their metadata in
//! `<meta>` tags and site chrome around an `<article>`, half as plain text, in
//! nested folders per outlet. Then:
//!
//! - printed once, before the timings: one import as the CLI does it (the library's
//!   folder import, then the project saved), its time, the project file's size and
//!   the peak resident memory of this process during it (`VmHWM`, reset first), as
//!   a multiple of the project file; and the same for `marginalia import DIR --out
//!   P` run as a whole process (its `VmHWM` read until it exits).
//! - timed: `import/folder_10000_articles` (import + save) and, for comparison,
//!   `import/read_files_10000` (only reading the files' bytes).
//!
//! `cargo bench --bench import_folder`. Slow by nature: each iteration reads
//! 10,000 files and parses 5,000 web pages.

mod common;

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use criterion::{Criterion, criterion_group, criterion_main};
use marginalia::export::{ImportFormat, ImportOptions, import_paths};
use marginalia::model::generate_corpus::{CorpusSpec, generate_corpus};
use marginalia::model::{Document, Project};

/// The folder of generated articles (written once) and its size in bytes.
fn article_folder() -> (PathBuf, u64) {
    let dir = common::scratch().join("articles");
    let project = generate_corpus(&CorpusSpec::CORPUS);
    let mut bytes = 0u64;
    for (k, doc) in project.documents.iter().enumerate() {
        let outlet = doc.meta.outlet.as_deref().unwrap_or("unknown");
        let folder = dir
            .join(outlet.to_lowercase().replace(' ', "-"))
            .join(format!("{:02}", k / 500));
        std::fs::create_dir_all(&folder).expect("article folder");
        let (name, contents) = if k % 2 == 0 {
            (format!("article-{k:05}.html"), web_page(doc))
        } else {
            (
                format!("article-{k:05}.txt"),
                format!("{}\n\n{}", doc.title, doc.text),
            )
        };
        bytes += contents.len() as u64;
        std::fs::write(folder.join(name), contents).expect("article written");
    }
    (dir, bytes)
}

/// `doc` as a saved news page: metadata in `<meta>` tags, the article in
/// `<article>`, menus, a cookie banner, comments and a footer around it.
fn web_page(doc: &Document) -> String {
    let esc = |s: &str| {
        s.replace('&', "&amp;")
            .replace('<', "&lt;")
            .replace('>', "&gt;")
            .replace('"', "&quot;")
    };
    let meta = &doc.meta;
    let tag = |property: &str, value: Option<&String>| {
        value.map_or(String::new(), |v| {
            format!("<meta property=\"{property}\" content=\"{}\">\n", esc(v))
        })
    };
    let paragraphs: String = (doc.text.split("\n\n"))
        .map(|p| format!("<p>{}</p>\n", esc(p)))
        .collect();
    format!(
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <title>{title} | {outlet}</title>\n{site}{date}{url}\
         <meta name=\"author\" content=\"{byline}\">\n</head>\n<body>\n\
         <nav><a href=\"/\">Home</a> <a href=\"/politics\">Politics</a> <a href=\"/nk\">North Korea</a> <a href=\"/login\">Log in</a></nav>\n\
         <div class=\"cookie-banner\"><p>We use cookies to improve your experience.</p><button>Accept</button></div>\n\
         <article>\n<h1>{title}</h1>\n{paragraphs}</article>\n\
         <section class=\"comments\"><h3>Leave a Reply</h3><p>Required fields are marked *</p><textarea></textarea></section>\n\
         <footer><p>© 2026 {outlet}. All rights reserved.</p></footer>\n</body>\n</html>\n",
        title = esc(&doc.title),
        outlet = esc(meta.outlet.as_deref().unwrap_or("")),
        site = tag("og:site_name", meta.outlet.as_ref()),
        date = tag("article:published_time", meta.date_original.as_ref()),
        url = tag("og:url", meta.url.as_ref()),
        byline = esc(meta.byline.as_deref().unwrap_or("")),
    )
}

/// Imports `dir` into a new project and saves it to `out`, as `marginalia import`
/// does. Returns the project's document count.
fn import_and_save(dir: &Path, out: &Path) -> usize {
    let mut project = Project::new("Imported");
    let report = import_paths(
        &mut project,
        &[dir],
        ImportFormat::Auto,
        &ImportOptions::default(),
    )
    .expect("folder imported");
    assert!(
        report.skipped_files.is_empty(),
        "skipped: {:?}",
        report.skipped_files.first()
    );
    marginalia::store::save_project(out, &project).expect("project saved");
    project.documents.len()
}

/// A field of `/proc/self/status` in bytes (`VmHWM`, `VmRSS`), 0 where there is
/// none (not Linux).
fn status_bytes(field: &str) -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix(field)?.strip_prefix(':'))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse::<u64>().ok())
        .map_or(0, |kb| kb * 1024)
}

/// Resets this process's peak resident memory (`VmHWM`) to its current size.
fn reset_peak() {
    let _ = std::fs::write("/proc/self/clear_refs", "5");
}

/// One import in this process and one as a whole `marginalia import`, each with
/// its time and peak memory beside the project file's size.
fn measure_once(dir: &Path, folder_bytes: u64) {
    let mb = |n: u64| n as f64 / 1e6;
    let out = common::scratch().join("imported.ron");
    let before = status_bytes("VmRSS");
    reset_peak();
    let start = Instant::now();
    let documents = import_and_save(dir, &out);
    let took = start.elapsed();
    let peak = status_bytes("VmHWM");
    let file = std::fs::metadata(&out).map_or(0, |m| m.len());
    println!(
        "import_folder: {documents} articles ({:.0} MB of files) in {:.2} s (target ≤ 10 s); \
         project file {:.0} MB; peak RSS {:.0} MB = {:.2}× the file (target ≤ 6×), \
         {:.0} MB above the {:.0} MB before",
        mb(folder_bytes),
        took.as_secs_f64(),
        mb(file),
        mb(peak),
        peak as f64 / file.max(1) as f64,
        mb(peak.saturating_sub(before)),
        mb(before)
    );
    let cli_out = common::scratch().join("imported-cli.ron");
    let log = common::scratch().join("import-cli.log");
    let stderr = std::fs::File::create(&log).expect("log file");
    let start = Instant::now();
    let (status, peak) = common::process::run_watching_peak(
        std::process::Command::new(env!("CARGO_BIN_EXE_marginalia"))
            .arg("import")
            .arg(dir)
            .arg("--out")
            .arg(&cli_out)
            .stderr(stderr),
    );
    let took = start.elapsed();
    assert!(
        status.success(),
        "marginalia import failed ({status}): {}",
        std::fs::read_to_string(&log).unwrap_or_default()
    );
    let file = std::fs::metadata(&cli_out).map_or(0, |m| m.len());
    println!(
        "marginalia import (whole process): {:.2} s (target ≤ 10 s); project file {:.0} MB; \
         peak RSS {:.0} MB = {:.2}× the file (target ≤ 6×)",
        took.as_secs_f64(),
        mb(file),
        mb(peak),
        peak as f64 / file.max(1) as f64
    );
}

fn import_folder(c: &mut Criterion) {
    let (dir, folder_bytes) = article_folder();
    measure_once(&dir, folder_bytes);
    let out = common::scratch().join("imported.ron");
    let mut group = c.benchmark_group("import");
    group.sample_size(10);
    group.warm_up_time(Duration::from_millis(100));
    group.measurement_time(Duration::from_secs(20));
    group.bench_function("read_files_10000", |b| {
        b.iter(|| {
            let listing = marginalia::read::list_files(&dir, |_| true).expect("listed");
            let bytes: usize = (listing.files.iter())
                .map(|f| std::fs::read(&f.path).map_or(0, |b| b.len()))
                .sum();
            bytes
        })
    });
    group.bench_function("folder_10000_articles", |b| {
        b.iter(|| import_and_save(&dir, &out))
    });
    group.finish();
    let _ = std::fs::remove_dir_all(common::scratch());
}

criterion_group! {
    name = benches;
    config = common::quick();
    targets = import_folder
}
criterion_main!(benches);
