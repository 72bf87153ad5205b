//! Issue 13: one frame of the whole window while scrolling, on the large case
//! (10 MB article, 100,000 annotations) with 50,000 links, an attribution with links
//! selected (so its connectors are drawn whenever both ends are on screen). The
//! budget: ≤ 1 ms median, as `frame_scroll/whole_app` without links. After
//! criterion's figure it prints median and p99 over a scroll of a few hundred frames.
//!
//! `frame_edit_links`: the two frames of a link made and undone (the link index
//! follows the edits).
//!
//! `cargo bench --bench frame_links`.

mod common;

use std::path::PathBuf;
use std::sync::OnceLock;

use common::app::{OVER_TEXT, WholeApp};
use common::frames::{Harness, SCROLL_STEP, median_p99};
use criterion::{Criterion, criterion_group, criterion_main};
use marginalia::model::{Link, Project};
use marginalia::ui::command::UiCommand;

/// The large case.
const CASE: usize = 3;
/// Links added to it.
const LINKS: usize = 50_000;

/// The large case with up to [`LINKS`] links, each attribution of the main
/// article to the next claim or speculation after it; saved once.
fn linked_file() -> &'static PathBuf {
    static FILE: OnceLock<PathBuf> = OnceLock::new();
    FILE.get_or_init(|| {
        let mut p: Project = common::project(CASE).clone();
        let main = p.documents[0].id.clone();
        let mut order: Vec<usize> = (0..p.annotations.len())
            .filter(|&i| p.annotations[i].doc == main)
            .collect();
        order.sort_by_key(|&i| (p.annotations[i].start, p.annotations[i].end));
        let mut links = Vec::new();
        let mut open: Vec<usize> = Vec::new();
        for &i in &order {
            let a = &p.annotations[i];
            if a.label == "attribution" {
                open.push(i);
            } else {
                // Each content after attributions links to (up to two of) them.
                for &j in open.iter().rev().take(2) {
                    links.push(Link::attributes(&p.annotations[j].id, &a.id));
                }
                open.clear();
            }
            if links.len() >= LINKS {
                break;
            }
        }
        links.truncate(LINKS);
        p.links = links;
        let path = common::scratch().join("large_10m_links.ron");
        marginalia::store::save_project(&path, &p).expect("save the linked case");
        path
    })
}

/// The window on the linked case, the attribution of the link at a third of the
/// links selected (the view brings it into sight).
fn window() -> (WholeApp, Harness) {
    let file = linked_file();
    let mut app = WholeApp::open(file, common::app_dir());
    let links = &app.app.project().links;
    assert!(links.len() >= LINKS / 2, "{} links", links.len());
    let from = links[links.len() / 3].from.clone();
    app.app
        .push_command(UiCommand::SelectAnnotation(Some(from)));
    let mut harness = Harness::new();
    for _ in 0..4 {
        harness.frame(|ui| app.ui(ui));
    }
    (app, harness)
}

/// Wheel steps down for 20 frames, then up for 20 (the selection stays near).
fn bounce() -> impl FnMut() -> f32 {
    let mut frame = 0usize;
    move || {
        frame += 1;
        if ((frame - 1) / 20).is_multiple_of(2) {
            SCROLL_STEP
        } else {
            -SCROLL_STEP
        }
    }
}

fn scroll(c: &mut Criterion) {
    let mut group = c.benchmark_group("frame_scroll_links");
    group.bench_function("whole_app/large_10m_50k_links", |b| {
        let (mut app, mut harness) = window();
        let mut step = bounce();
        b.iter_custom(|n| {
            (0..n)
                .map(|_| harness.wheel_frame(OVER_TEXT, -step(), |ui| app.ui(ui)))
                .sum()
        })
    });
    group.finish();
}

/// The two frames of a link made (Ctrl+click, one `AddLink`) and undone, on the
/// window of [`window`]: the index of 50,000 links follows each edit (the links
/// added and removed) instead of being built again (issue 13).
fn link_edit(c: &mut Criterion) {
    let (mut app, mut harness) = window();
    let project = app.app.project();
    let from = project.links[project.links.len() / 3].from.clone();
    let to = (project.links.iter())
        .map(|l| l.to.clone())
        .find(|to| !project.links.contains(&Link::attributes(&from, to)))
        .expect("a content not linked to the selected attribution");
    let mut group = c.benchmark_group("frame_edit_links");
    group.bench_function("link_and_undo/large_10m_50k_links", |b| {
        b.iter_custom(|n| {
            (0..n)
                .map(|_| {
                    app.app.push_command(UiCommand::Sources(
                        marginalia::ui::sources_window::SourcesCommand::LinkSelectedTo(to.clone()),
                    ));
                    let made = harness.frame(|ui| app.ui(ui));
                    app.app.push_command(UiCommand::Undo);
                    made + harness.frame(|ui| app.ui(ui))
                })
                .sum()
        })
    });
    group.finish();
}

fn percentiles(_c: &mut Criterion) {
    let (mut app, mut harness) = window();
    let mut step = bounce();
    let times: Vec<_> = (0..400)
        .map(|_| harness.wheel_frame(OVER_TEXT, -step(), |ui| app.ui(ui)))
        .collect();
    let n = times.len();
    let (median, p99) = median_p99(times);
    println!(
        "percentiles/whole_app/large_10m_50k_links scroll   median {median:>10.3?}   p99 {p99:>10.3?}   ({n} frames)"
    );
}

criterion_group! {
    name = benches;
    config = common::quick();
    targets = scroll, link_edit, percentiles
}
criterion_main!(benches);
