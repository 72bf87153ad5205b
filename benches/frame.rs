//! One frame of the document view while scrolling (layout + tessellation, headless
//! egui at 1280×800), small case beside large case, against two references: the naive
//! single `LayoutJob` for the whole article, and a bare virtualized per-paragraph view.
//! After criterion's figures it prints median and p99 over a scroll of a few hundred
//! frames for each view.
//!
//! `cargo bench --bench frame` (or `-- paragraph` / `-- naive` for one view).

mod common;

use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use common::frames::{Harness, NaiveView, ParagraphView, SCROLL_STEP, median_p99};

/// Cases the naive view is measured on: laying out a 10 MB article as one galley
/// takes minutes and gigabytes, so it stops at the peer's 1 MB.
const NAIVE_CASES: [usize; 3] = [0, 1, 2];

fn paragraph_scroll(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame_scroll/paragraph_view");
    for case in common::SMALL_AND_LARGE {
        let name = common::CASES[case].0;
        group.bench_function(BenchmarkId::from_parameter(name), |b| {
            let project = common::project(case);
            let mut view = ParagraphView::new(project);
            let mut harness = Harness::new();
            let start = view.total_height() / 3.0;
            harness.frame(|ui| view.ui(ui, project, Some(start), 0.0));
            b.iter_custom(|n| {
                (0..n)
                    .map(|_| harness.frame(|ui| view.ui(ui, project, None, SCROLL_STEP)))
                    .sum()
            })
        });
    }
    group.finish();
}

fn paragraph_jump(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame_jump/paragraph_view");
    for case in common::SMALL_AND_LARGE {
        let name = common::CASES[case].0;
        group.bench_function(BenchmarkId::from_parameter(name), |b| {
            let project = common::project(case);
            let mut view = ParagraphView::new(project);
            let mut harness = Harness::new();
            let mut rng = fastrand::Rng::with_seed(7);
            b.iter_custom(|n| {
                (0..n)
                    .map(|_| {
                        let to = rng.f32() * view.total_height();
                        harness.frame(|ui| view.ui(ui, project, Some(to), 0.0))
                    })
                    .sum()
            })
        });
    }
    group.finish();
}

fn naive_scroll(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame_scroll/naive_one_layoutjob");
    for case in NAIVE_CASES {
        let name = common::CASES[case].0;
        group.bench_function(BenchmarkId::from_parameter(name), |b| {
            let project = common::project(case);
            let mut view = NaiveView::new(project);
            let mut harness = Harness::new();
            harness.frame(|ui| view.ui(ui, 0.0)); // the first layout is not a scroll
            b.iter_custom(|n| {
                (0..n)
                    .map(|_| harness.frame(|ui| view.ui(ui, SCROLL_STEP)))
                    .sum()
            })
        });
    }
    group.finish();
}

/// Median and p99 over a scroll, printed as a table (criterion reports no p99).
fn percentiles(_c: &mut Criterion) {
    let wanted = |label: &str| {
        std::env::args()
            .skip(1)
            .filter(|a| !a.starts_with('-'))
            .all(|filter| label.contains(&filter))
    };
    let show = |label: &str, times: Vec<Duration>| {
        let (median, p99) = median_p99(times);
        println!("{label:<48} median {median:>10.3?}   p99 {p99:>10.3?}");
    };
    println!("\nframe percentiles (scroll of {SCROLL_STEP} points per frame)");
    for case in common::SMALL_AND_LARGE {
        let name = common::CASES[case].0;
        let label = format!("percentiles/paragraph_view/{name}");
        if !wanted(&label) {
            continue;
        }
        let project = common::project(case);
        let mut view = ParagraphView::new(project);
        let mut harness = Harness::new();
        let start = view.total_height() / 3.0;
        harness.frame(|ui| view.ui(ui, project, Some(start), 0.0));
        let times = (0..400)
            .map(|_| harness.frame(|ui| view.ui(ui, project, None, SCROLL_STEP)))
            .collect();
        show(&label, times);
        let mut rng = fastrand::Rng::with_seed(7);
        let times = (0..100)
            .map(|_| {
                let to = rng.f32() * view.total_height();
                harness.frame(|ui| view.ui(ui, project, Some(to), 0.0))
            })
            .collect();
        show(&format!("percentiles/paragraph_view_jump/{name}"), times);
    }
    for case in NAIVE_CASES {
        let name = common::CASES[case].0;
        let label = format!("percentiles/naive_one_layoutjob/{name}");
        if !wanted(&label) {
            continue;
        }
        let project = common::project(case);
        let mut view = NaiveView::new(project);
        let mut harness = Harness::new();
        harness.frame(|ui| view.ui(ui, 0.0));
        let times = (0..60)
            .map(|_| harness.frame(|ui| view.ui(ui, SCROLL_STEP)))
            .collect();
        show(&label, times);
    }
}

criterion_group! {
    name = benches;
    config = common::quick();
    targets = paragraph_scroll, paragraph_jump, naive_scroll, percentiles
}
criterion_main!(benches);
