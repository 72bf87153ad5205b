//! REFI-QDA export at corpus scale: 10,000 articles of about 5 kB with 200,000
//! annotations (`generate corpus`'s case) to a `.qdpx` archive. Targets (issue 19):
//! ≤ 3 s, and a peak of ≤ 3× the project's own size in memory above what the
//! project already takes. The memory figure is measured with a counting allocator
//! and printed once before the timings ("qdpx peak: … MB for a … MB project").
//!
//! `cargo bench --bench qdpx`.

mod common;

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::OnceLock;
use std::sync::atomic::{AtomicUsize, Ordering};

use criterion::{Criterion, criterion_group, criterion_main};
use marginalia::export::{ExportFormat, ExportOptions, Selection, export_to_bytes};
use marginalia::model::generate_corpus::{CorpusSpec, generate_corpus};
use marginalia::model::{OffsetUnit, Project};

/// The system allocator, counting live bytes and their peak.
struct Counting;

static LIVE: AtomicUsize = AtomicUsize::new(0);
static PEAK: AtomicUsize = AtomicUsize::new(0);

unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: forwarded unchanged to the system allocator.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            let now = LIVE.fetch_add(layout.size(), Ordering::Relaxed) + layout.size();
            PEAK.fetch_max(now, Ordering::Relaxed);
        }
        p
    }
    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: forwarded unchanged to the system allocator.
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }
}

#[global_allocator]
static ALLOCATOR: Counting = Counting;

/// The corpus project and the bytes it took to build (what it holds in memory).
fn corpus() -> &'static (Project, usize) {
    static CORPUS: OnceLock<(Project, usize)> = OnceLock::new();
    CORPUS.get_or_init(|| {
        let before = LIVE.load(Ordering::Relaxed);
        let project = generate_corpus(&CorpusSpec::CORPUS);
        let size = LIVE.load(Ordering::Relaxed).saturating_sub(before);
        (project, size)
    })
}

fn export(project: &Project) -> Vec<u8> {
    let selection = Selection::new(project, &ExportOptions::default()).expect("select");
    export_to_bytes(&selection, ExportFormat::Qdpx, OffsetUnit::Chars)
        .expect("qdpx")
        .0
}

fn qdpx(c: &mut Criterion) {
    let (project, size) = corpus();
    let base = LIVE.load(Ordering::Relaxed);
    PEAK.store(base, Ordering::Relaxed);
    let bytes = export(project);
    let peak = PEAK.load(Ordering::Relaxed).saturating_sub(base);
    let mb = |n: usize| n as f64 / 1e6;
    println!(
        "qdpx peak: {:.0} MB above the project for a {:.0} MB project ({:.2}×; target ≤ 3×); archive {:.0} MB",
        mb(peak),
        mb(*size),
        peak as f64 / (*size).max(1) as f64,
        mb(bytes.len())
    );
    drop(bytes);
    let mut group = c.benchmark_group("qdpx");
    group.bench_function("export_10000_articles_200000_annotations", |b| {
        b.iter(|| export(project))
    });
    group.finish();
}

criterion_group! {
    name = benches;
    config = common::quick();
    targets = qdpx
}
criterion_main!(benches);
