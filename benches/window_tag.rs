//! Tagging in the whole window, small case beside large: the frame in which a
//! selection is tagged — the command, its undo record, and everything the window
//! derives again from the changed project (counts, list rows, highlights of the
//! touched paragraph, the copy kept for the panic hook) — and the frame that undoes
//! it. `cargo bench --bench edit` times the command alone; this is what the analyst
//! waits for. Prints median and p99 over 200 tags at the end.
//!
//! `cargo bench --bench window_tag`.

mod common;

use std::time::Duration;

use common::app::WholeApp;
use common::frames::{Harness, median_p99};
use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use marginalia::ui::command::UiCommand;

/// The window on case `case`, drawn twice, and the first word of its article.
fn window(case: usize) -> (WholeApp, Harness, String, (usize, usize)) {
    let mut w = WholeApp::open(common::project_file(case), common::app_dir());
    let mut h = Harness::new();
    for _ in 0..3 {
        h.frame(|ui| w.ui(ui));
    }
    let doc = w.app.current_document().expect("a document");
    let word = doc.text.chars().take_while(|c| c.is_alphanumeric()).count();
    let id = doc.id.clone();
    (w, h, id, (0, word.max(1)))
}

/// Tags the word as a claim (one frame, timed), then undoes it (one frame, timed).
fn tag_then_undo(
    w: &mut WholeApp,
    h: &mut Harness,
    doc: &str,
    span: (usize, usize),
) -> (Duration, Duration) {
    w.app.view_mut().set_selection(doc, Some(span));
    w.app.push_command(UiCommand::Tag("claim".into()));
    let tag = h.frame(|ui| w.ui(ui));
    w.app.push_command(UiCommand::Undo);
    let undo = h.frame(|ui| w.ui(ui));
    (tag, undo)
}

fn window_tag(c: &mut Criterion) {
    let mut group = c.benchmark_group("window_tag");
    for case in common::SMALL_AND_LARGE {
        let name = common::CASES[case].0;
        let (mut w, mut h, doc, span) = window(case);
        group.bench_function(BenchmarkId::from_parameter(name), |b| {
            b.iter_custom(|n| {
                (0..n)
                    .map(|_| tag_then_undo(&mut w, &mut h, &doc, span).0)
                    .sum()
            })
        });
    }
    group.finish();
}

fn percentiles(_c: &mut Criterion) {
    println!("\nwindow frame that tags, and the one that undoes (median / p99 over 200):");
    for case in common::SMALL_AND_LARGE {
        let (mut w, mut h, doc, span) = window(case);
        let (tags, undos): (Vec<_>, Vec<_>) = (0..200)
            .map(|_| tag_then_undo(&mut w, &mut h, &doc, span))
            .unzip();
        let count = w.app.project().annotations.len();
        let show = |what: &str, times: Vec<Duration>| {
            let (median, p99) = median_p99(times);
            println!(
                "  {:<10} {what:<5} {:>8.3} ms / {:>8.3} ms",
                common::CASES[case].0,
                median.as_secs_f64() * 1e3,
                p99.as_secs_f64() * 1e3
            );
        };
        show("tag", tags);
        show("undo", undos);
        assert_eq!(
            count,
            common::project(case).annotations.len(),
            "every tag was undone"
        );
    }
}

criterion_group! {
    name = benches;
    config = common::quick();
    targets = window_tag, percentiles
}
criterion_main!(benches);
