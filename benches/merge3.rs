//! The three-way merge of two analysts' versions of a 10,000-article project: the
//! library's `merge3` alone, and the merge driver's whole run on files (read three
//! versions, merge, write). Issue 14's target: ≤ 2 s.
//!
//! `cargo bench --bench merge3`.

mod common;

use std::hint::black_box;

use criterion::{BatchSize, Criterion, criterion_group, criterion_main};
use marginalia::model::generate::{GenerateSpec, generate_project};
use marginalia::model::{Annotation, Document, Project};
use marginalia::store::save_project;
use marginalia::team::{merge_files, merge3};

/// 10,000 short articles of ~2 kB, ten annotations each, plus one main article.
const SPEC: GenerateSpec = GenerateSpec {
    main_bytes: 20_000,
    annotations: 200,
    small_articles: 10_000,
    seed: 14,
};

/// One analyst's session on `base`: relabels one annotation in `relabel`, notes one
/// in `note`, deletes one in `delete`, adds `new_docs` articles with an annotation
/// each (ids prefixed by `who`).
fn session(base: &Project, who: &str, relabel: usize, note: usize, delete: usize) -> Project {
    let mut p = base.clone();
    for (i, a) in p.annotations.iter_mut().enumerate() {
        if i % relabel == 0 {
            a.label = if a.label == "claim" {
                "speculation"
            } else {
                "claim"
            }
            .into();
        }
        if i % note == 0 {
            a.note = format!("{who}: checked “{i}”");
        }
    }
    // Issue 14: both sides retitle one document in 100 and recolour a label, each
    // differently (merge notes). In one article in 10, alice puts a line before
    // the text (moving her annotations with it) while bob tags its opening words:
    // the merge re-attaches bob's annotations to alice's text.
    const PREFIX: &str = "UPDATE 조선: ";
    let mut changed = std::collections::HashSet::new();
    let mut added = Vec::new();
    for (k, d) in p.documents.iter_mut().enumerate() {
        if k % 100 == 1 {
            d.title = format!("{} ({who})", d.title);
        }
        if k % 10 != 3 || d.text.chars().count() < 12 {
            continue;
        }
        if who == "alice" {
            let mut new =
                Document::new(d.id.clone(), d.title.clone(), format!("{PREFIX}{}", d.text));
            new.origin = d.origin.clone();
            new.meta = d.meta.clone();
            *d = new;
            changed.insert(d.id.clone());
        } else {
            let quote: String = d.text.chars().take(12).collect();
            added.push(Annotation::new(&d.id, 0, 12, quote, "claim", who));
        }
    }
    let shift = PREFIX.chars().count();
    for a in p
        .annotations
        .iter_mut()
        .filter(|a| changed.contains(&a.doc))
    {
        a.start += shift;
        a.end += shift;
    }
    p.annotations.extend(added);
    p.schema.labels[0].color = if who == "alice" { "#aa0000" } else { "#00bb00" }.into();
    let mut i = 0;
    p.annotations.retain(|_| {
        i += 1;
        i % delete != 0
    });
    for k in 0..100 {
        let text = format!("조선중앙통신 said the test succeeded 👋🏽 ({who}, dispatch {k}).");
        let doc = Document::new(format!("{who}-new-{k}"), format!("{who} {k}"), text);
        let mut a = Annotation::new(&doc.id, 0, 6, "조선중앙통신", "attribution", who);
        a.source = Some("KCNA".into());
        p.documents.push(doc);
        p.annotations.push(a);
    }
    p.sort_annotations();
    p
}

fn merge(c: &mut Criterion) {
    let base = generate_project(&SPEC);
    let ours = session(&base, "alice", 7, 50, 11);
    let theirs = session(&base, "bob", 9, 5, 13);
    let check = merge3(&base, &ours, &theirs);
    eprintln!(
        "merge3: {} documents, {} annotations, {} conflicts, {} merge notes, {} re-attached",
        check.project.documents.len(),
        check.project.annotations.len(),
        check.conflicts.len(),
        check.project.merge_notes.len(),
        check.reanchored
    );
    let mut group = c.benchmark_group("merge3");
    group.bench_function("10k_articles", |b| {
        b.iter(|| merge3(black_box(&base), black_box(&ours), black_box(&theirs)))
    });
    let dir = common::scratch();
    let (o, a, t) = (dir.join("o.ron"), dir.join("a.ron"), dir.join("b.ron"));
    save_project(&o, &base).expect("save");
    save_project(&t, &theirs).expect("save");
    save_project(&a, &ours).expect("save");
    let ours_bytes = std::fs::read(&a).expect("read");
    group.bench_function("driver_10k_articles_files", |b| {
        b.iter_batched(
            || std::fs::write(&a, &ours_bytes).expect("write"),
            |()| merge_files(&o, &a, &t, "desk.ron").expect("merge"),
            BatchSize::PerIteration,
        )
    });
    group.finish();
    let _ = std::fs::remove_dir_all(dir);
}

criterion_group! {
    name = benches;
    config = common::quick();
    targets = merge
}
criterion_main!(benches);
